/**
 * Broker-held anchors: a 3-agent RAG pipeline (held-out seed 1000) runs in
 * "anchors" mode with its anchor pools in a broker process, through
 * RemoteCorrector (kvmesh.v1.Anchors). Dense prefills teach the broker's pools
 * (anchors are created there); pools are per namespace.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BrokerAuthError } from "../../../agents/transport/broker-client.js";
import { PipelineSession } from "../../../pipelines/pipeline-session.js";
import { RemoteCorrector } from "../../../agents/correct/remote-corrector.js";
import { runPipeline } from "../../../pipelines/suite/pipeline-runner.js";
import { getSuite } from "../../../pipelines/suite/suites.js";
import { allocKvTensor } from "../../../kernels/kv-tensor.js";
import { ensureSynthModel } from "../../../models/synth-cache.js";
import { startBrokerProcess, type BrokerProcess } from "../../kit/broker-launcher.js";

const NS = { team: "team-token-1234", other: "other-token-1234" };

describe("anchor pools held by the broker", () => {
  let broker: BrokerProcess;
  before(async () => { broker = await startBrokerProcess({ namespaces: NS }); });
  after(async () => { await broker?.stop(); });

  // This test failed twice in a row on a fresh clone (issue 13 item 11): it ran with the cost model
  // on, and whether the broker was ever asked for a correction then depended on timing. The model
  // took agent 1's cold first call (nothing reused, the slowest call of the run) for the cost of a
  // state load and from then on predicted every reuse slower than a prefill, so on a cold machine
  // no call got as far as the broker's pools (corrected + prefills = 0). The cost model is tested
  // on its own (test/unit/agents/cost-model.test.ts, test/model/session-accounting.test.ts); here it
  // is off, and the assertions say what the broker must have done.
  it("runs a 3-agent rag pipeline in anchors mode through the broker's pools", async () => {
    const rc = await RemoteCorrector.connect({ grpc: broker.addresses.grpc, namespace: "team", token: NS.team });
    const other = await RemoteCorrector.connect({ grpc: broker.addresses.grpc, namespace: "other", token: NS.other });
    const session = await PipelineSession.create({ modelPath: await ensureSynthModel("tiny"), mode: "anchors", threads: 2, anchorService: rc, costModel: false });
    try {
      const suite = getSuite("rag");
      for (let i = 0; i < 3; i++) {
        const r = await runPipeline(session, suite, suite.generate(1000, i), 3);
        assert.equal(r.agents.length, 3);
      }
      assert.equal(session.calls.length, 9);
      for (const c of session.calls) assert.equal(c.fallback, undefined, c.decision);
      for (const c of session.calls) assert.deepEqual(c.failures, [], c.decision);
      const s = await rc.stats();
      assert.ok(s.observations > 0, JSON.stringify(s));
      assert.ok(s.anchors > 0 && s.kinds > 0 && s.bytes > 0, `anchors created in the broker: ${JSON.stringify(s)}`);
      // Instances 1 and 2 taught every pool two anchors; instance 3's downstream calls are corrected by the broker.
      assert.ok(s.corrected > 0, JSON.stringify(s));
      const last = session.calls.slice(6);
      assert.equal(last[0].servedByReuse, false, "agent 1 reads the inputs first");
      assert.ok(last[1].servedByReuse && last[2].servedByReuse, `${last[1].decision} | ${last[2].decision}`);
      // Another namespace sees none of them.
      assert.deepEqual(await other.stats(), { kinds: 0, anchors: 0, bytes: 0, corrected: 0, prefills: 0, observations: 0, ahead: 0, aheadUsed: 0 });
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
