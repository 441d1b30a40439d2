/**
 * kvmesh.v1.Projection on a `kvmesh broker` process (free port) started with --projectors: it lists
 * what it holds; fusing a stored segment by key returns, bit for bit, the f16 KV the in-process fuser
 * (agents/correct/c2c-fusion.ts's path: f16 -> f32, fuseCache, f32 -> f16) computes on the same
 * inputs; a wrong model pair is refused naming both models; a file that fails its checks stops the
 * start with a message naming it; a dead broker is a typed error.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { segmentLayers, withLayers } from "../../../agents/correct/c2c-fusion.js";
import { RemoteProjector } from "../../../agents/correct/remote-projector.js";
import { BrokerClient } from "../../../agents/transport/broker-client.js";
import { BrokerRequestError, BrokerUnavailableError } from "../../../agents/transport/transport-errors.js";
import { f32ToF16Array } from "../../../kernels/f16.js";
import { fuseCache } from "../../../models/projector-apply.js";
import { parseProjector, stampProjector } from "../../../models/projector-file.js";
import { healthServiceDefinition, ServingStatus, type HealthCheckResponse } from "../../../proto/health-service.js";
import { healthPb } from "../../../proto/wire.js";
import type { KvSegment } from "../../../segments/kv-segment.js";
import { contextDigest, SegmentKey, STATE_FORMAT_VERSION } from "../../../segments/segment-key.js";
import { segmentManifest, segmentPayload } from "../../../segments/segment-wire.js";
import { startBrokerProcess, type BrokerProcess } from "../../kit/broker-launcher.js";
import { freePort } from "../../kit/free-port.js";

const NS = { team: "team-token-0123456789" };
const FIXTURE = new Uint8Array(readFileSync(new URL("../../fixtures/c2c/tiny.kvpj", import.meta.url)));
const SHARER = "0123456789abcdef0123456789abcdef";
const RECEIVER = "fedcba9876543210fedcba9876543210";
const OTHER = "00000000000000000000000000000001";
const stamped = stampProjector(FIXTURE, { sharer: SHARER, receiver: RECEIVER });

/** An f16 segment of the fixture's shapes (sharer 3 layers x 12 values a row, receiver 2 x 8) with random values. */
function segment(model: string, nLayer: number, row: number, tokens: number[], seed: number): KvSegment {
  let s = seed;
  const half = () => {
    const f = Float32Array.from({ length: tokens.length * row }, () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return (s / 2 ** 32 - 0.5) * 4;
    });
    return new Uint8Array(f32ToF16Array(f).buffer);
  };
  return {
    modelFingerprint: model, kType: "f16", vType: "f16", nLayer, rowK: row, rowV: row, tokens: Int32Array.from(tokens),
    positions: Int32Array.from(tokens, (_, i) => i), context: contextDigest([]),
    k: Array.from({ length: nLayer }, half), v: Array.from({ length: nLayer }, half),
  };
}

function keyOf(seg: KvSegment): string {
  return SegmentKey.of({ modelFingerprint: seg.modelFingerprint, kType: "f16", vType: "f16", stateFormatVersion: STATE_FORMAT_VERSION, tenant: "team", tokens: seg.tokens, context: seg.context, startPos: 0 }).digest;
}

describe("kvmesh.v1.Projection on a broker process", () => {
  let dir: string;
  let broker: BrokerProcess;
  let store: BrokerClient;
  let projector: RemoteProjector;
  const tokens = [5, 9, 2, 7, 1, 3, 8];
  const sharerSeg = segment(SHARER, 3, 12, tokens, 11);
  const receiverSeg = segment(RECEIVER, 2, 8, tokens, 22);

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "h18-projection-"));
    await writeFile(path.join(dir, "golden.kvpj"), stamped);
    broker = await startBrokerProcess({ namespaces: NS, shmDir: "off", extraArgs: ["--projectors", dir] });
    const conn = { grpc: broker.addresses.grpc, namespace: "team", token: NS.team };
    store = await BrokerClient.connect(conn);
    projector = await RemoteProjector.connect(conn);
    const key = SegmentKey.of({ modelFingerprint: SHARER, kType: "f16", vType: "f16", stateFormatVersion: STATE_FORMAT_VERSION, tenant: "team", tokens: sharerSeg.tokens, context: sharerSeg.context, startPos: 0 });
    await store.put(segmentManifest(sharerSeg, key), segmentPayload(sharerSeg));
  });
  after(async () => {
    projector?.dispose();
    await store?.[Symbol.asyncDispose]();
    await broker?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("lists the projector it loaded: pair, version, size", async () => {
    const list = await projector.list(true);
    assert.equal(list.length, 1);
    assert.equal(list[0].sharerModelFingerprint, SHARER);
    assert.equal(list[0].receiverModelFingerprint, RECEIVER);
    assert.equal(list[0].formatVersion, 1);
    assert.equal(list[0].byteLength, stamped.byteLength);
    assert.equal(list[0].receiverLayers, 2);
    assert.equal((await projector.find(SHARER, RECEIVER))?.sha256, list[0].sha256);
    assert.equal(await projector.find(RECEIVER, SHARER), undefined);
    assert.match(broker.stderr(), /projectors loaded/);
  });

  it("fuses a stored segment by key into the receiver's KV: bit for bit what the in-process fuser gives", async () => {
    const a = await projector.fuseStored(keyOf(sharerSeg), receiverSeg);
    assert.equal(a.kind, "fused", JSON.stringify(a));
    if (a.kind !== "fused") return;
    const local = withLayers(receiverSeg, fuseCache(parseProjector(stamped), segmentLayers(sharerSeg), segmentLayers(receiverSeg), tokens.length));
    for (let l = 0; l < 2; l++) {
      assert.deepEqual(a.segment.k[l], local.k[l], `layer ${l} K`);
      assert.deepEqual(a.segment.v[l], local.v[l], `layer ${l} V`);
    }
    assert.notDeepEqual(a.segment.k[1], receiverSeg.k[1], "the fused KV is not the receiver's own");
    assert.deepEqual(a.segment.tokens, receiverSeg.tokens);
    assert.equal(a.projector.sharerModelFingerprint, SHARER);
    // Uploaded sharer KV gives the same bytes.
    const up = await projector.fuseUploaded(sharerSeg, receiverSeg);
    assert.equal(up.kind === "fused" && up.segment.k.every((k, l) => Buffer.from(k).equals(local.k[l])), true);
  });

  it("refuses a wrong model pair, naming both models", async () => {
    const other = { ...receiverSeg, modelFingerprint: OTHER };
    const a = await projector.fuseStored(keyOf(sharerSeg), other);
    assert.equal(a.kind, "refused");
    if (a.kind !== "refused") return;
    assert.equal(a.reason, "no-projector");
    assert.equal(a.sharer, SHARER);
    assert.equal(a.receiver, OTHER);
    assert.match(a.detail, new RegExp(`sharer model ${SHARER} -> receiver model ${OTHER}`));
  });

  it("refuses a missing segment and one of other tokens; KV that fits no projector is a typed request error", async () => {
    const missing = await projector.fuseStored("ab".repeat(32), receiverSeg);
    assert.equal(missing.kind === "refused" && missing.reason, "segment-missing");
    const shifted = { ...receiverSeg, tokens: Int32Array.from(tokens, (t) => t + 1) };
    const differ = await projector.fuseStored(keyOf(sharerSeg), shifted);
    assert.equal(differ.kind === "refused" && differ.reason, "tokens-differ");
    await assert.rejects(projector.fuseStored(keyOf(sharerSeg), segment(RECEIVER, 3, 8, tokens, 5)), (e: unknown) => e instanceof BrokerRequestError && /does not fit projector/.test(e.message));
  });

  it("is no longer UNIMPLEMENTED: health reports kvmesh.v1.Projection SERVING (grpc-js lists in grpc-interop.test.ts)", async () => {
    const HealthCtor = grpc.makeGenericClientConstructor(healthServiceDefinition, "Health");
    const client = new HealthCtor(broker.addresses.grpc, grpc.credentials.createInsecure()) as never as grpc.Client & {
      check(req: unknown, opts: grpc.CallOptions, cb: (e: grpc.ServiceError | null, r: HealthCheckResponse) => void): void;
    };
    try {
      const r = await new Promise<HealthCheckResponse>((resolve, reject) =>
        client.check(healthPb.HealthCheckRequest.create({ service: "kvmesh.v1.Projection" }), { deadline: Date.now() + 5000 }, (e, x) => (e ? reject(e) : resolve(x))));
      assert.equal(r.status, ServingStatus.SERVING);
    } finally {
      client.close();
    }
  });
});

describe("kvmesh broker --projectors: refusals at start and a dead broker", () => {
  it("does not start with a projector file that fails its checks, and says which file", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "h18-projection-bad-"));
    try {
      const file = path.join(dir, "unstamped.kvpj");
      await writeFile(file, FIXTURE);
      await assert.rejects(startBrokerProcess({ namespaces: NS, shmDir: "off", extraArgs: ["--projectors", file] }),
        (e: Error) => e.message.includes(`projector ${file}:`) && /not stamped/.test(e.message));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a broker that is not there is a BrokerUnavailableError, not a hang", async () => {
    const port = await freePort();
    await assert.rejects(RemoteProjector.connect({ grpc: `127.0.0.1:${port}`, namespace: "team", token: NS.team, connectTimeoutMs: 500 }), BrokerUnavailableError);
  });
});
