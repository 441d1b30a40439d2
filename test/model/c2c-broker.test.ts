/**
 * Model tier: Cache-to-Cache through a broker (agents/correct/c2c-fusion.ts fuseFromBroker) on the
 * shipped models, kvmesh-small as sharer and kvmesh-tiny as receiver, with a random projector written
 * here and stamped for that pair. The sharer publishes its KV of the prompt; the receiver asks the
 * broker to fuse it: the next-token distribution must equal the in-process fusion's (same KV bits),
 * differ from the receiver's own prefill, and with the broker gone the receiver keeps its own prefill
 * (exactly the plain distribution) and says why.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path, { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Agent } from "../../agents/agent.js";
import { fuseFromBroker, fuseIntoReceiver, prefillAndCut } from "../../agents/correct/c2c-fusion.js";
import { RemoteProjector } from "../../agents/correct/remote-projector.js";
import { BrokerClient } from "../../agents/transport/broker-client.js";
import { BrokerError } from "../../agents/transport/transport-errors.js";
import { packageRoot } from "../../models/package-root.js";
import { parseProjector } from "../../models/projector-file.js";
import { SegmentKey, STATE_FORMAT_VERSION } from "../../segments/segment-key.js";
import { segmentManifest, segmentPayload } from "../../segments/segment-wire.js";
import { startBrokerInProcess, type InProcessBroker } from "../kit/broker-launcher.js";
import { randomProjectorFile } from "../kit/random-projector.js";

const ROOT = packageRoot();
const NS = { team: "team-token-0123456789" };

describe("C2C through the broker (kvmesh-small -> kvmesh-tiny)", () => {
  let receiver: Agent;
  let sharer: Agent;
  let broker: InProcessBroker;
  let dir: string;
  let file: Uint8Array;
  before(async () => {
    receiver = await Agent.create({ modelPath: join(ROOT, "models", "kvmesh-tiny.gguf"), threads: 2, contextSize: 256 });
    sharer = await Agent.create({ modelPath: join(ROOT, "models", "kvmesh-small.gguf"), threads: 2, contextSize: 256 });
    dir = await mkdtemp(path.join(os.tmpdir(), "h18-c2c-broker-"));
    file = randomProjectorFile(sharer.info, receiver.info);
    await writeFile(path.join(dir, "small-to-tiny.kvpj"), file);
    broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", extraArgs: ["--projectors", dir] });
  });
  after(async () => {
    await broker?.[Symbol.asyncDispose]();
    await receiver?.dispose();
    await sharer?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const maxDiff = (a: Map<number, number>, b: Map<number, number>) => Math.max(...[...new Set([...a.keys(), ...b.keys()])].map((k) => Math.abs((a.get(k) ?? 0) - (b.get(k) ?? 0))));

  it("fuses in the broker exactly as in process; with the broker gone the receiver keeps its own prefill", async () => {
    const tokens = Array.from(receiver.model.tokenize("Question: which city hosts the archive? Documents: the archive moved to Lund in 1931."));
    const head = tokens.slice(0, -1);
    const last = tokens.slice(-1);
    await prefillAndCut(receiver, head);
    const plain = await receiver.probabilitiesAfter(last);
    // The sharer publishes its KV of the same tokens.
    const seg = await prefillAndCut(sharer, head);
    const key = SegmentKey.of({ modelFingerprint: seg.modelFingerprint, kType: seg.kType, vType: seg.vType, stateFormatVersion: STATE_FORMAT_VERSION, tenant: "team", tokens: seg.tokens, context: seg.context, startPos: 0 });
    const conn = { grpc: broker.addresses.grpc, namespace: "team", token: NS.team };
    await using store = await BrokerClient.connect(conn);
    await store.put(segmentManifest(seg, key), segmentPayload(seg));
    const remote = await RemoteProjector.connect(conn);
    try {
      const got = await fuseFromBroker(receiver, remote, { keyDigest: key.digest, modelFingerprint: sharer.info.fingerprint }, head);
      assert.equal(got.kind, "fused", JSON.stringify(got));
      const viaBroker = await receiver.probabilitiesAfter(last);
      await fuseIntoReceiver(receiver, sharer, parseProjector(file), head);
      const inProcess = await receiver.probabilitiesAfter(last);
      assert.equal(maxDiff(viaBroker, inProcess), 0, "broker fusion and in-process fusion give the same distribution");
      assert.ok(maxDiff(viaBroker, plain) > 1e-3, `fused equals plain (max diff ${maxDiff(viaBroker, plain)})`);
      // A pair the broker has no projector for: a miss, the receiver's own prefill.
      const swapped = await fuseFromBroker(receiver, remote, { keyDigest: key.digest, modelFingerprint: "00000000000000000000000000000001" }, head);
      assert.equal(swapped.kind, "prefilled");
      assert.match(swapped.kind === "prefilled" ? swapped.reason : "", /holds no projector for sharer model/);
      assert.equal(maxDiff(await receiver.probabilitiesAfter(last), plain), 0);
    } finally {
      remote.dispose();
    }
    // The broker goes away: no failed generation, the receiver's own prefill, a typed error attached.
    const remote2 = await RemoteProjector.connect(conn);
    await broker[Symbol.asyncDispose]();
    const dead = await fuseFromBroker(receiver, remote2, { keyDigest: key.digest, modelFingerprint: sharer.info.fingerprint }, head);
    remote2.dispose();
    assert.equal(dead.kind, "prefilled");
    // The list was kept from connect: the fuse call itself fails.
    assert.ok(dead.kind === "prefilled" && dead.error instanceof BrokerError, JSON.stringify(dead));
    assert.equal(maxDiff(await receiver.probabilitiesAfter(last), plain), 0);
  });
});
