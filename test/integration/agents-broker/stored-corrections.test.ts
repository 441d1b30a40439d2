/**
 * The broker's corrector gets what the in-process AnchorService has: a
 * correction of content the anchors cover only in part (the covered tokens
 * come back; the caller prefills or moves the rest), corrections of segments
 * it already stores, named by key (nothing uploaded, the result placed at the
 * consumer's position), and corrections computed ahead for every consumer a
 * pool knows. Synthetic tensors on a real broker process.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { BrokerSegmentSource } from "../../../agents/cache/broker-source.js";
import { RemoteCorrector } from "../../../agents/correct/remote-corrector.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import type { RopeParams } from "../../../kernels/backend.js";
import type { KvTensor } from "../../../kernels/kv-tensor.js";
import { xorshift32 } from "../../../kernels/xorshift.js";
import type { KvSegment } from "../../../segments/kv-segment.js";
import { segmentToTensor, tensorToSegment } from "../../../segments/kv-tensor-convert.js";
import { repositionSegment } from "../../../segments/reposition.js";
import { sliceSegment } from "../../../agents/agent.js";
import { startBrokerProcess, type BrokerProcess } from "../../kit/broker-launcher.js";

const NS = { team: "team-token-1234" };
const ROPE: RopeParams = { style: "normal", nRot: 8, headDim: 8, freqBase: 10000, freqScale: 1 };
const L = 3;
const ROW = 16; // two heads of 8

function tensor(n: number, seed: number, scale = 1): KvTensor {
  const rng = xorshift32(seed);
  const fill = () => Float32Array.from({ length: n * ROW }, () => scale * (rng() / 2 ** 31 - 1));
  return { nLayer: L, nTokens: n, rowK: ROW, rowV: ROW, k: Array.from({ length: L }, fill), v: Array.from({ length: L }, fill) };
}

function plus(a: KvTensor, b: KvTensor): KvTensor {
  const add = (x: Float32Array, y: Float32Array) => x.map((v, i) => v + y[i]);
  return { ...a, k: a.k.map((x, l) => add(x, b.k[l])), v: a.v.map((x, l) => add(x, b.v[l])) };
}

/** A stored-like f16 segment of `n` tokens at positions start.. (keys really rotated there). */
function segment(n: number, seed: number, start: number): KvSegment {
  const like: KvSegment = {
    modelFingerprint: "fixture-model", kType: "f16", vType: "f16", nLayer: L, rowK: ROW, rowV: ROW, context: "ctx-of-producer",
    tokens: Int32Array.from({ length: n }, (_, i) => 100 + seed + i), positions: new Int32Array(n), k: [], v: [],
  };
  return tensorToSegment(tensor(n, seed), like, start, cpuBackend, ROPE);
}

function maxDiff(a: readonly Uint8Array[], b: readonly Uint8Array[]): number {
  let d = 0;
  for (let l = 0; l < a.length; l++) {
    const x = cpuBackend.f16ToF32(new Uint16Array(a[l].slice().buffer));
    const y = cpuBackend.f16ToF32(new Uint16Array(b[l].slice().buffer));
    for (let i = 0; i < x.length; i++) d = Math.max(d, Math.abs(x[i] - y[i]));
  }
  return d;
}

describe("broker corrections: partial coverage, by key, ahead", () => {
  let broker: BrokerProcess;
  let rc: RemoteCorrector;
  let store: BrokerSegmentSource;
  before(async () => {
    broker = await startBrokerProcess({ namespaces: NS });
    rc = await RemoteCorrector.connect({ grpc: broker.addresses.grpc, namespace: "team", token: NS.team });
    store = BrokerSegmentSource.create({ grpc: broker.addresses.grpc, namespace: "team", token: NS.team, throwOnPublishError: true });
    // Two anchors of 8 tokens know consumer c1 (the broker's gate is open: gamma 1).
    for (const [id, seed] of [["a1", 1], ["a2", 2]] as const) {
      const base = tensor(8, seed);
      await rc.observe("doc", "c1", id, base, plus(base, tensor(8, seed + 10, 0.05)));
    }
  });
  after(async () => {
    rc?.dispose();
    await store?.dispose();
    await broker?.stop();
  });

  it("corrects the part of the content the anchors cover (12 tokens, anchors of 8) instead of refusing it", async () => {
    const c = await rc.correct("doc", "c1", tensor(12, 7));
    assert.equal(c.kind, "corrected", c.kind === "prefill" ? c.reason : "");
    if (c.kind !== "corrected") return;
    assert.equal(c.kv.nTokens, 8);
    assert.equal(c.uncertainty.length, 8);
    assert.equal(c.kv.nLayer, L);
  });

  it("corrects a stored segment by key, placed at the consumer's position, as the upload path does", async () => {
    const seg = segment(12, 21, 5);
    await store.publish("doc1", seg);
    const key = store.keyOf(seg).digest;
    const r = await rc.correctStored("doc", "c1", seg, key, 20, ROPE);
    assert.equal(r.correction.kind, "corrected");
    assert.ok(r.segment);
    assert.equal(r.segment.tokens.length, 8);
    assert.deepEqual(Array.from(r.segment.positions), Array.from({ length: 8 }, (_, i) => 20 + i));
    assert.deepEqual(Array.from(r.segment.tokens), Array.from(seg.tokens.subarray(0, 8)));
    // The same correction through the upload path (content in frame 0, then placed at 20 here).
    const up = await rc.correct("doc", "c1", segmentToTensor(seg, cpuBackend, ROPE, 0));
    assert.equal(up.kind, "corrected");
    if (up.kind !== "corrected") return;
    const placed = tensorToSegment(up.kv, seg, 20, cpuBackend, ROPE);
    // Equal up to f16 rounding (the upload path rounds the content to f16 once more on the way).
    assert.ok(maxDiff(r.segment.k, placed.k) < 2e-3, `K differs by ${maxDiff(r.segment.k, placed.k)}`);
    assert.ok(maxDiff(r.segment.v, placed.v) < 2e-3, `V differs by ${maxDiff(r.segment.v, placed.v)}`);
    // A correction that did not move keys would differ by far more (the control for this check).
    const unmoved = tensorToSegment(up.kv, seg, 0, cpuBackend, ROPE);
    assert.ok(maxDiff(r.segment.k, unmoved.k) > 0.05);
  });

  it("with moveUncovered, returns the tokens past the anchors too, moved to their place but not corrected", async () => {
    const seg = segment(12, 71, 5);
    await store.publish("doc4", seg);
    const r = await rc.correctStored("doc", "c1", seg, store.keyOf(seg).digest, 30, ROPE, true);
    assert.equal(r.correction.kind, "corrected");
    assert.equal(r.covered, 8);
    assert.ok(r.segment);
    assert.equal(r.segment.tokens.length, 12);
    assert.deepEqual(Array.from(r.segment.positions), Array.from({ length: 12 }, (_, i) => 30 + i));
    // The last 4 tokens: the stored KV moved from positions 13.. to 38.., nothing else.
    const tail = repositionSegment(sliceSegment(seg, 8, 12), 38, cpuBackend, ROPE);
    const got = sliceSegment(r.segment, 8, 12);
    assert.ok(maxDiff(got.k, tail.k) < 2e-3 && maxDiff(got.v, tail.v) < 2e-3, `tail differs by ${maxDiff(got.k, tail.k)}`);
    if (r.correction.kind === "corrected") assert.equal(r.correction.uncertainty.length, 8);
  });

  it("corrects ahead for every consumer the pool knows; the later request finds it done", async () => {
    const seg = segment(10, 31, 3);
    await store.publish("doc2", seg);
    const key = store.keyOf(seg).digest;
    assert.equal(await rc.correctAhead("doc", key, ROPE), 1);
    for (let i = 0; i < 100 && (await rc.stats()).ahead < 1; i++) await sleep(20);
    const before = await rc.stats();
    assert.equal(before.ahead, 1);
    const r = await rc.correctStored("doc", "c1", seg, key, 40, ROPE);
    assert.equal(r.correction.kind, "corrected");
    assert.equal(r.ahead, true);
    assert.equal((await rc.stats()).aheadUsed, before.aheadUsed + 1);
    // Nobody to correct for: nothing queued.
    assert.equal(await rc.correctAhead("unknown-kind", key, ROPE), 0);
  });

  it("answers in frame 0 when asked (from bytes encoded ahead, or computed on the request): the placed answer moved back to 0", async () => {
    const seg = segment(12, 91, 4);
    await store.publish("doc-f0", seg);
    const key = store.keyOf(seg).digest;
    const placed = await rc.correctStored("doc", "c1", seg, key, 25, ROPE, true);
    assert.ok(placed.segment);
    // On the request's path (nothing ahead), then from what the broker encoded ahead.
    const onPath = (await rc.correctStoredBatch([{ kind: "doc", consumer: "c1", seg, keyDigest: key, start: 25, rope: ROPE, moveUncovered: true, frame0: true }]))[0];
    const computed = (await rc.stats()).ahead;
    assert.equal(await rc.correctAhead("doc", key, ROPE), 1);
    for (let i = 0; i < 100 && (await rc.stats()).ahead <= computed; i++) await sleep(20);
    const aheadBefore = (await rc.stats()).aheadUsed;
    const ahead = (await rc.correctStoredBatch([{ kind: "doc", consumer: "c1", seg, keyDigest: key, start: 25, rope: ROPE, moveUncovered: true, frame0: true }]))[0];
    assert.equal(ahead.ahead, true);
    assert.equal((await rc.stats()).aheadUsed, aheadBefore + 1);
    for (const r of [onPath, ahead]) {
      assert.equal(r.correction.kind, "corrected");
      assert.equal(r.covered, 8);
      assert.ok(r.segment);
      assert.equal(r.segment.tokens.length, 12, "the uncovered tail comes along");
      assert.deepEqual(Array.from(r.segment.positions), Array.from({ length: 12 }, (_, i) => i));
      // Moved to 25 it is the placed answer (f16 rounding apart); unmoved it is not (the control).
      const moved = repositionSegment(r.segment, 25, cpuBackend, ROPE);
      assert.ok(maxDiff(moved.k, placed.segment.k) < 2e-3, `K differs by ${maxDiff(moved.k, placed.segment.k)}`);
      assert.ok(maxDiff(r.segment.k, placed.segment.k) > 0.05);
      assert.ok(maxDiff(r.segment.v, placed.segment.v) < 2e-3);
    }
  });

  it("on the broker's host, a batch's KV comes through its shm dir, the same bytes as through the socket, and the file goes after", async () => {
    const near = await RemoteCorrector.connect({ grpc: broker.addresses.grpc, namespace: "team", token: NS.team, sameHost: true });
    try {
      assert.equal(near.usesSharedMemory, true);
      assert.equal(rc.usesSharedMemory, false);
      const a = segment(12, 111, 5);
      const b = segment(6, 112, 0);
      await store.publish("doc-s1", a);
      await store.publish("doc-s2", b);
      const parts = [
        { kind: "doc", consumer: "c1", seg: a, keyDigest: store.keyOf(a).digest, start: 20, rope: ROPE, moveUncovered: true, frame0: true },
        { kind: "doc", consumer: "c1", seg: b, keyDigest: "ef".repeat(32), start: 40, rope: ROPE },
        { kind: "doc", consumer: "c1", seg: b, keyDigest: store.keyOf(b).digest, start: 40, rope: ROPE },
      ];
      const viaShm = await near.correctStoredBatch(parts);
      const viaSocket = await rc.correctStoredBatch(parts);
      assert.equal(viaShm[1].correction.kind, "prefill");
      for (const i of [0, 2]) {
        assert.equal(viaShm[i].correction.kind, "corrected");
        assert.deepEqual(Array.from(viaShm[i].segment!.positions), Array.from(viaSocket[i].segment!.positions));
        assert.ok(maxDiff(viaShm[i].segment!.k, viaSocket[i].segment!.k) === 0 && maxDiff(viaShm[i].segment!.v, viaSocket[i].segment!.v) === 0);
      }
      // The reply file is released after reading (the release is not awaited by the call).
      const out = path.join(broker.addresses.shmDir!, "out");
      let left = (await readdir(out)).filter((f) => f.startsWith("once-"));
      for (let i = 0; i < 50 && left.length > 0; i++) {
        await sleep(20);
        left = (await readdir(out)).filter((f) => f.startsWith("once-"));
      }
      assert.deepEqual(left, []);
    } finally {
      near.dispose();
    }
  });

  it("corrects several stored parts in one round trip (CorrectStoredBatch), each as CorrectStored would", async () => {
    const a = segment(12, 101, 5);
    const b = segment(6, 102, 0);
    await store.publish("doc-b1", a);
    await store.publish("doc-b2", b);
    const parts = [
      { kind: "doc", consumer: "c1", seg: a, keyDigest: store.keyOf(a).digest, start: 20, rope: ROPE, moveUncovered: true },
      { kind: "doc", consumer: "c1", seg: b, keyDigest: store.keyOf(b).digest, start: 40, rope: ROPE },
      { kind: "doc", consumer: "c1", seg: b, keyDigest: "ef".repeat(32), start: 40, rope: ROPE },
    ];
    const got = await rc.correctStoredBatch(parts);
    assert.equal(got.length, 3);
    for (const [i, p] of parts.slice(0, 2).entries()) {
      const one = await rc.correctStored(p.kind, p.consumer, p.seg, p.keyDigest, p.start, p.rope, p.moveUncovered);
      assert.equal(got[i].correction.kind, "corrected");
      assert.equal(got[i].covered, one.covered);
      assert.deepEqual(Array.from(got[i].segment!.positions), Array.from(one.segment!.positions));
      assert.ok(maxDiff(got[i].segment!.k, one.segment!.k) === 0 && maxDiff(got[i].segment!.v, one.segment!.v) === 0);
    }
    assert.equal(got[0].segment!.tokens.length, 12, "moved the uncovered tail too");
    assert.equal(got[2].correction.kind, "prefill", "a part it does not store is a prefill answer");
    assert.deepEqual(await rc.correctStoredBatch([]), []);
  });

  it("a segment it does not store is a prefill answer; a bad request is a typed error", async () => {
    const r = await rc.correctStored("doc", "c1", segment(4, 41, 0), "ab".repeat(32), 0, ROPE);
    assert.equal(r.correction.kind, "prefill");
    assert.match(r.correction.kind === "prefill" ? r.correction.reason : "", /not stored/);
    await assert.rejects(rc.correctStored("doc", "c1", segment(4, 41, 0), "not-a-key", 0, ROPE), { name: "BrokerRequestError" });
    await assert.rejects(rc.correctStored("doc", "c1", segment(4, 41, 0), "ab".repeat(32), 0, { ...ROPE, nRot: 7 }), { name: "BrokerRequestError" });
  });

  it("learns from a dense prefill with the producer's KV named by key (only the real KV travels)", async () => {
    const seg = segment(8, 51, 2);
    await store.publish("doc3", seg);
    const base = segmentToTensor(seg, cpuBackend, ROPE, 0);
    const before = await rc.stats();
    const r = await rc.observeStored("doc", "c2", "a3", store.keyOf(seg).digest, ROPE, plus(base, tensor(8, 61, 0.05)));
    assert.equal(r.created, true);
    assert.equal((await rc.stats()).observations, before.observations + 1);
    await assert.rejects(rc.observeStored("doc", "c2", "a4", "cd".repeat(32), ROPE, base), { name: "BrokerRequestError" });
  });

  it("learns the consumer's own text after the content and returns it corrected, by key and ahead, only when asked", async () => {
    // Two stored contents observed by consumer c3, each with 3 tokens of following text.
    const segs = [segment(8, 81, 0), segment(8, 82, 0)];
    const following = [tensor(3, 91), tensor(3, 92)];
    for (const [i, seg] of segs.entries()) {
      await store.publish(`doc-f${i}`, seg);
      const base = segmentToTensor(seg, cpuBackend, ROPE, 0);
      await rc.observeStored("ftext", "c3", `f${i}`, store.keyOf(seg).digest, ROPE, plus(base, tensor(8, 95 + i, 0.05)), following[i]);
    }
    // Content equal to the second anchor's base: its following text comes back (layers >= 1; layer 0 the first one's).
    const key = store.keyOf(segs[1]).digest;
    const r = await rc.correctStored("ftext", "c3", segs[1], key, 12, ROPE, false, true);
    assert.equal(r.correction.kind, "corrected");
    assert.ok(r.following, "the corrected following text comes back");
    assert.equal(r.following.nTokens, 3);
    const close = (x: Float32Array, y: Float32Array) => x.every((v, j) => Math.abs(v - y[j]) < 4e-3);
    assert.ok(close(r.following.k[0], following[0].k[0]));
    for (let l = 1; l < L; l++) assert.ok(close(r.following.k[l], following[1].k[l]) && close(r.following.v[l], following[1].v[l]), `layer ${l}`);
    // Not asked for: not sent.
    assert.equal((await rc.correctStored("ftext", "c3", segs[1], key, 12, ROPE)).following, undefined);
    // Computed ahead with the following text, then taken.
    const seg = segment(8, 83, 0);
    await store.publish("doc-f2", seg);
    const k2 = store.keyOf(seg).digest;
    const before = (await rc.stats()).ahead;
    assert.equal(await rc.correctAhead("ftext", k2, ROPE), 1);
    for (let i = 0; i < 100 && (await rc.stats()).ahead <= before; i++) await sleep(20);
    const a = await rc.correctStored("ftext", "c3", seg, k2, 12, ROPE, false, true);
    assert.equal(a.ahead, true);
    assert.equal(a.following?.nTokens, 3);
    // A following text whose rows differ from the content's is a typed error.
    const bad: KvTensor = { nLayer: L, nTokens: 2, rowK: ROW, rowV: 8, k: Array.from({ length: L }, () => new Float32Array(2 * ROW)), v: Array.from({ length: L }, () => new Float32Array(16)) };
    await assert.rejects(rc.observeStored("ftext", "c3", "f9", store.keyOf(segs[0]).digest, ROPE, segmentToTensor(segs[0], cpuBackend, ROPE, 0), bad), { name: "BrokerRequestError" });
  });
});
