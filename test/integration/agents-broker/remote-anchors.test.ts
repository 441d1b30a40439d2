/**
 * Broker-held anchors: a 3-agent RAG pipeline (held-out seed 1000) runs in
 * "anchors" mode with its anchor pools in a broker process, through
 * RemoteCorrector (kvmesh.v1.Anchors). Dense prefills teach the broker's pools
 * (anchors are created there); pools are per namespace.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BrokerAuthError } from "../../../agents/broker-client.js";
import { PipelineSession } from "../../../agents/pipeline-session.js";
import { RemoteCorrector } from "../../../agents/remote-corrector.js";
import { runPipeline } from "../../../bench/pipeline-runner.js";
import { getSuite } from "../../../bench/suite/suites.js";
import { allocKvTensor } from "../../../kernels/kv-tensor.js";
import { ensureSynthModel } from "../../../models/synth-cache.js";
import { startBrokerProcess, type BrokerProcess } from "../../kit/broker-launcher.js";

const NS = { team: "team-token-1234", other: "other-token-1234" };

describe("anchor pools held by the broker", () => {
  let broker: BrokerProcess;
  before(async () => { broker = await startBrokerProcess({ namespaces: NS }); });
  after(async () => { await broker?.stop(); });

  it("runs a 3-agent rag pipeline in anchors mode through the broker's pools", async () => {
    const rc = await RemoteCorrector.connect({ grpc: broker.addresses.grpc, namespace: "team", token: NS.team });
    const other = await RemoteCorrector.connect({ grpc: broker.addresses.grpc, namespace: "other", token: NS.other });
    const session = await PipelineSession.create({ modelPath: await ensureSynthModel("tiny"), mode: "anchors", threads: 2, anchorService: rc });
    try {
      const suite = getSuite("rag");
      for (let i = 0; i < 2; i++) {
        const r = await runPipeline(session, suite, suite.generate(1000, i), 3);
        assert.equal(r.agents.length, 3);
      }
      assert.equal(session.calls.length, 6);
      for (const c of session.calls) assert.equal(c.fallback, undefined, c.decision);
      const s = await rc.stats();
      assert.ok(s.observations > 0, JSON.stringify(s));
      assert.ok(s.anchors > 0 && s.kinds > 0 && s.bytes > 0, `anchors created in the broker: ${JSON.stringify(s)}`);
      assert.ok(s.corrected + s.prefills > 0, JSON.stringify(s));
      // Another namespace sees none of them.
      assert.deepEqual(await other.stats(), { kinds: 0, anchors: 0, bytes: 0, corrected: 0, prefills: 0, observations: 0 });
    } finally {
      await session.dispose();
      rc.dispose();
      other.dispose();
    }
  });

  it("answers a bad tensor with a typed error and a wrong token with BrokerAuthError", async () => {
    await assert.rejects(RemoteCorrector.connect({ grpc: broker.addresses.grpc, namespace: "team", token: "wrong-token-000" }), BrokerAuthError);
    const rc = await RemoteCorrector.connect({ grpc: broker.addresses.grpc, namespace: "team", token: NS.team });
    try {
      const a = allocKvTensor(2, 3, 8, 8);
      const b = allocKvTensor(2, 4, 8, 8);
      await assert.rejects(rc.observe("doc", "c1", "x", a, b), { name: "BrokerRequestError" });
      const first = await rc.correct("fresh-kind", "c1", a);
      assert.equal(first.kind, "prefill");
    } finally {
      rc.dispose();
    }
  });
});
