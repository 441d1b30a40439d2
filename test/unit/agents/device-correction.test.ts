/**
 * Offset corrections on the device (agents/correct/device-correction.ts, with
 * anchors/device-mirror.ts and anchors/device-estimator.ts) against the host
 * path (AnchorService.correct, then tensorToSegment), on a host stand-in of
 * the device kernels everywhere (CI: no GPU) and on the CUDA backend where a
 * GPU answers. The stand-in gives the host's corrected KV bit for bit; CUDA
 * within one f16 step everywhere and identical almost everywhere (its
 * distances are summed in another order, so a weight may differ in its last
 * bit). The consumer's following text (its own text after the part) is held
 * against the host path's too. Also: anchors and producers' KV cross to the device once, values are
 * checked there, and every case the path does not take says why.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AnchorService, type AnchorShrink } from "../../../anchors/anchor-service.js";
import { deviceCorrector, DeviceCorrector } from "../../../agents/correct/device-correction.js";
import { checkSegmentValues } from "../../../agents/inject/segment-values.js";
import type { RopeParams } from "../../../kernels/backend.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import { cudaStatus, type DeviceKernels } from "../../../kernels/cuda/cuda-backend.js";
import type { KvTensor } from "../../../kernels/kv-tensor.js";
import { xorshift32 } from "../../../kernels/xorshift.js";
import type { KvSegment } from "../../../segments/kv-segment.js";
import { segmentToTensor, tensorToSegment } from "../../../segments/kv-tensor-convert.js";
import { hostDeviceKernels } from "../../kit/host-device-kernels.js";

const ROPE: RopeParams = { style: "normal", headDim: 64, nRot: 64, freqBase: 10000, freqScale: 1, freqFactors: Float32Array.from({ length: 32 }, (_, i) => 1 + i / 16) };
const N_LAYER = 4;
const ROW = 128; // 2 KV heads of 64
const KIND = "reply:agent1";
const FP = "consumer-fp";

function segment(n: number, pos0: number, seed: number, scale = 2, shape = { nLayer: N_LAYER, row: ROW }): KvSegment {
  const next = xorshift32(seed);
  const layer = () => new Uint8Array(cpuBackend.f32ToF16(Float32Array.from({ length: n * shape.row }, () => (next() / 2 ** 32 - 0.5) * scale)).buffer);
  return {
    modelFingerprint: "m", kType: "f16", vType: "f16", nLayer: shape.nLayer, rowK: shape.row, rowV: shape.row,
    tokens: Int32Array.from({ length: n }, (_, i) => 10 + i), positions: Int32Array.from({ length: n }, (_, i) => pos0 + i), context: `c${seed}`,
    k: Array.from({ length: shape.nLayer }, layer), v: Array.from({ length: shape.nLayer }, layer),
  };
}

/** `base` plus small noise: what a consumer's dense prefill "really" computed. */
function perturbed(base: KvTensor, seed: number): KvTensor {
  const next = xorshift32(seed);
  const f = (x: Float32Array) => x.map((v) => v + (next() / 2 ** 32 - 0.5) * 0.1);
  return { ...base, k: base.k.map(f), v: base.v.map(f) };
}

/** A service whose pool for KIND knows FP through `nAnchors` anchors of `anchorTokens` tokens (with a following text of `following` tokens). */
function service(nAnchors: number, anchorTokens: number, gamma = 1, shape = { nLayer: N_LAYER, row: ROW }, following = 0, shrink: AnchorShrink = "off"): AnchorService {
  const svc = new AnchorService(cpuBackend, { gamma, shrink });
  const fBase = following > 0 ? segmentToTensor(segment(following, 0, 900, 2, shape), cpuBackend, ROPE, 0) : undefined;
  for (let a = 0; a < nAnchors; a++) {
    const base = segmentToTensor(segment(anchorTokens, 7 * a, 100 + a, 2, shape), cpuBackend, ROPE, 0);
    svc.observe(KIND, FP, `content${a}`, base, perturbed(base, 200 + a), fBase && (a === 0 ? fBase : perturbed(fBase, 400 + a)));
  }
  return svc;
}

/** The host path's corrected span at `start`, f16. */
function hostCorrected(svc: AnchorService, seg: KvSegment, start: number): { placed: KvSegment; uncertainty: Float32Array } {
  const c = svc.correct(KIND, FP, segmentToTensor(seg, cpuBackend, ROPE, 0));
  assert.equal(c.kind, "corrected");
  if (c.kind !== "corrected") throw new Error("unreachable");
  return { placed: tensorToSegment(c.kv, seg, start, cpuBackend, ROPE, true), uncertainty: c.uncertainty };
}

/** Identical halves, and the largest difference in f16 steps (same-sign values: distance of the bit patterns). */
function compareHalves(a: readonly Uint8Array[], b: readonly Uint8Array[]): { identical: number; total: number; maxSteps: number } {
  let identical = 0, total = 0, maxSteps = 0;
  for (let l = 0; l < a.length; l++) {
    const x = new Uint16Array(a[l].buffer, a[l].byteOffset, a[l].byteLength / 2);
    const y = new Uint16Array(b[l].buffer, b[l].byteOffset, b[l].byteLength / 2);
    assert.equal(x.length, y.length);
    for (let i = 0; i < x.length; i++) {
      total++;
      if (x[i] === y[i]) identical++;
      else maxSteps = Math.max(maxSteps, (x[i] & 0x8000) === (y[i] & 0x8000) ? Math.abs(x[i] - y[i]) : Infinity);
    }
  }
  return { identical, total, maxSteps };
}

/** K and V of `got` against `ref`: bit for bit (`exact`), or at most one f16 step apart and nearly all identical (the GPU). */
function assertHalvesMatch(got: Pick<KvSegment, "k" | "v">, ref: Pick<KvSegment, "k" | "v">, exact: boolean): void {
  const k = compareHalves(got.k, ref.k);
  const v = compareHalves(got.v, ref.v);
  if (exact) {
    assert.equal(k.identical, k.total, `K: ${k.total - k.identical} values differ`);
    assert.equal(v.identical, v.total, `V: ${v.total - v.identical} values differ`);
  } else {
    assert.ok(k.maxSteps <= 1 && v.maxSteps <= 1, `at most one f16 step apart (K ${k.maxSteps}, V ${v.maxSteps})`);
    assert.ok(k.identical / k.total > 0.999 && v.identical / v.total > 0.999, `nearly all identical (K ${k.identical}/${k.total}, V ${v.identical}/${v.total})`);
  }
}

const cuda = cudaStatus();
const devices: [string, () => DeviceKernels, boolean][] = [["host stand-in", hostDeviceKernels, true]];
if (cuda.ok) devices.push(["CUDA", () => cuda.device, false]);

for (const [name, make, exact] of devices) {
  describe(`device correction (${name})`, () => {
    for (const [nAnchors, n, p0, start, shrink] of [[2, 48, 40, 100, "off"], [3, 33, 0, 0, "off"], [4, 40, 5, 5, "off"], [3, 33, 0, 0, "calibrated"], [4, 70, 5, 5, "calibrated"]] as const) {
      it(`${nAnchors} anchors, ${n} tokens moved ${p0} -> ${start}, deltas ${shrink === "off" ? "in full" : "calibrated"}: the host path's corrected KV${exact ? " bit for bit" : " within one f16 step"}`, () => {
        const svc = service(nAnchors, n + 8, 1, undefined, 0, shrink);
        // Calibrated: the pool's later observations tested the earlier anchors, and the scales are not all 1.
        if (shrink === "calibrated") assert.ok([...svc.shrinkFactors(KIND)!.k.span].some((a) => a < 0.999));
        const seg = segment(n, p0, 7);
        const ref = hostCorrected(svc, seg, start);
        using dc = new DeviceCorrector(make());
        dc.syncAnchors(svc);
        const arena = dc.acquireArena();
        const r = dc.correct(svc, KIND, FP, seg, start, ROPE, arena);
        assert.equal(r.kind, "corrected", r.kind === "host" || r.kind === "prefill" ? r.reason : "");
        if (r.kind !== "corrected") return;
        assert.deepEqual(Array.from(r.segment.positions), Array.from(ref.placed.positions));
        assert.deepEqual(Array.from(r.segment.tokens), Array.from(seg.tokens));
        assertHalvesMatch(r.segment, ref.placed, exact);
        if (exact) assert.deepEqual(r.correction.uncertainty, ref.uncertainty);
        else {
          for (let t = 0; t < n; t++) assert.ok(Math.abs(r.correction.uncertainty[t] - ref.uncertainty[t]) <= 1e-5 * Math.abs(ref.uncertainty[t]), `uncertainty of token ${t}`);
        }
        // The corrected values were checked on the device: the host scan passes them at once.
        checkSegmentValues(r.segment);
        dc.releaseArena(arena);
      });
    }

    for (const [nAnchors, n, F, fStart, shrink] of [[2, 48, 3, 110, "off"], [4, 40, 7, 0, "off"], [4, 40, 7, 0, "calibrated"]] as const) {
      it(`the following text (${F} tokens at ${fStart}, ${nAnchors} anchors, deltas ${shrink === "off" ? "in full" : "calibrated"}): the host path's, placed,${exact ? " bit for bit" : " within one f16 step"}`, () => {
        const svc = new AnchorService(cpuBackend, { gamma: 1, shrink });
        const fBase = segmentToTensor(segment(F, 0, 900), cpuBackend, ROPE, 0);
        for (let a = 0; a < nAnchors; a++) {
          const base = segmentToTensor(segment(n + 8, 7 * a, 100 + a), cpuBackend, ROPE, 0);
          // The first observation's following text becomes the consumer's base; later ones are deltas on their anchors.
          // Calibrated: a shift common to every observation plus noise of their own, so the scale learned is neither 0 nor 1.
          const later = shrink === "off" ? perturbed(fBase, 400 + a) : perturbed(perturbed(perturbed(fBase, 400), 500 + a), 600 + a);
          svc.observe(KIND, FP, `content${a}`, base, perturbed(base, 200 + a), a === 0 ? fBase : later);
        }
        if (shrink === "calibrated") assert.ok([...svc.shrinkFactors(KIND)!.v.following].some((a) => a > 0.1 && a < 0.9), `${[...svc.shrinkFactors(KIND)!.v.following]} ${svc.calibrationTests(KIND)}`);
        const seg = segment(n, 5, 17);
        const c = svc.correct(KIND, FP, segmentToTensor(seg, cpuBackend, ROPE, 0), { following: true });
        assert.equal(c.kind, "corrected");
        const refKv = c.kind === "corrected" ? c.following : undefined;
        assert.ok(refKv, "the host path corrects the following text");
        const like: KvSegment = { ...segment(F, 0, 901), context: "after" };
        // As PipelineSession places the host path's following text.
        const ref = tensorToSegment(refKv, like, fStart, cpuBackend, ROPE, true);
        const unc = tensorToSegment(fBase, like, fStart, cpuBackend, ROPE, false);
        using dc = new DeviceCorrector(make());
        dc.syncAnchors(svc);
        const r = dc.correct(svc, KIND, FP, seg, 60, ROPE, dc.acquireArena(), { following: { like, start: fStart } });
        assert.equal(r.kind, "corrected", r.kind === "host" || r.kind === "prefill" ? r.reason : "");
        if (r.kind !== "corrected") return;
        const got = r.following;
        assert.ok(got, "the device path returns the following text");
        assert.deepEqual(Array.from(got.positions), Array.from({ length: F }, (_, i) => fStart + i));
        assert.deepEqual(Array.from(got.tokens), Array.from(like.tokens));
        assert.equal(got.context, "after");
        // The anchors' deltas were added: most values moved off the uncorrected base (a no-op would fail here).
        const moved = compareHalves(got.v, unc.v);
        assert.ok(moved.total - moved.identical > 0.5 * (N_LAYER - 1) * F * ROW, `only ${moved.total - moved.identical} values corrected`);
        assertHalvesMatch(got, ref, exact);
        checkSegmentValues(got);
        // Not asked for: not computed.
        const plain = dc.correct(svc, KIND, FP, seg, 60, ROPE, dc.acquireArena());
        assert.equal(plain.kind === "corrected" ? plain.following : "not corrected", undefined);
      });
    }

    it("a correction made ahead in steps, with calls' corrections between its steps, equals the one on a call's path, in memory of its own", () => {
      const svc = new AnchorService(cpuBackend, { gamma: 1, shrink: "off" });
      const F = 5;
      const fBase = segmentToTensor(segment(F, 0, 900), cpuBackend, ROPE, 0);
      for (let a = 0; a < 3; a++) {
        const base = segmentToTensor(segment(48, 7 * a, 100 + a), cpuBackend, ROPE, 0);
        svc.observe(KIND, FP, `content${a}`, base, perturbed(base, 200 + a), a === 0 ? fBase : perturbed(fBase, 400 + a));
      }
      const seg = segment(40, 5, 21);
      const other = segment(36, 9, 22);
      const following = { like: { ...segment(F, 0, 901), context: "after" }, start: 120 };
      const dk = make();
      using dc = new DeviceCorrector(dk);
      dc.syncAnchors(svc);
      const arena = dc.acquireArena();
      const ref = dc.correct(svc, KIND, FP, seg, 80, ROPE, arena, { following });
      assert.equal(ref.kind, "corrected");
      if (ref.kind !== "corrected") return;
      const owned: ArrayBufferLike[] = [];
      const g = dc.correctSteps(svc, KIND, FP, seg, 80, ROPE, { take: (n) => { const b = new Uint8Array(n); owned.push(b.buffer); return b; } }, { following });
      let steps = 0;
      let r: ReturnType<typeof g.next>;
      // A call's correction of another content (and its following text) between every two steps.
      while (!(r = g.next()).done) {
        steps++;
        // Between steps nothing runs into the caller's memory (the generator may be dropped there).
        if ("pendingCopies" in dk) assert.equal((dk as ReturnType<typeof hostDeviceKernels>).pendingCopies, 0, `copies in flight after step ${steps}`);
        assert.equal(dc.correct(svc, KIND, FP, other, 3, ROPE, arena, { following: { ...following, start: 39 } }).kind, "corrected");
      }
      assert.ok(steps >= 4, `${steps} steps`);
      const got = r.value;
      assert.equal(got.kind, "corrected", got.kind === "host" || got.kind === "prefill" ? got.reason : "");
      if (got.kind !== "corrected") return;
      for (const [x, y] of [[got.segment, ref.segment], [got.following, ref.following]] as const) {
        assert.ok(x && y, "the span and its following text");
        assert.deepEqual(Array.from(x.positions), Array.from(y.positions));
        assertHalvesMatch(x, y, true);
        // In memory the caller gave, not the calls' arena (which the next call reuses).
        assert.ok(x.k.every((b) => owned.includes(b.buffer)) && x.v.every((b) => owned.includes(b.buffer)));
      }
      assert.deepEqual(got.correction.uncertainty, ref.correction.uncertainty);
      checkSegmentValues(got.segment);
      dc.releaseArena(arena);
    });

    it("the bytes a call gets are final when correct() returns: copies overlapped, none left running, after another content's correction in the same scratch", () => {
      // Larger on the GPU, so that a copy not ordered after its kernels would read the previous content's result.
      const shape = exact ? { nLayer: N_LAYER, row: ROW } : { nLayer: 16, row: 1024 };
      const n = exact ? 40 : 384;
      const F = 6;
      const svc = service(3, n + 8, 1, shape, F);
      const dk = make();
      using dc = new DeviceCorrector(dk);
      dc.syncAnchors(svc);
      const like: KvSegment = { ...segment(F, 0, 901, 2, shape), context: "after" };
      const arena = dc.acquireArena();
      const first = dc.correct(svc, KIND, FP, segment(n, 3, 31, 2, shape), 20, ROPE, arena, { following: { like, start: 20 + n } });
      if (first.kind !== "corrected" || !first.following) throw new Error("the first correction and its following text");
      dc.releaseArena(arena);
      // Poison where the next call's result will land (the same arena, from its start).
      for (const b of [...first.segment.k, ...first.segment.v, ...first.following.k, ...first.following.v]) b.fill(0xff);
      const seg = segment(n, 9, 32, 3, shape);
      const c = svc.correct(KIND, FP, segmentToTensor(seg, cpuBackend, ROPE, 0), { following: true });
      assert.equal(c.kind, "corrected");
      if (c.kind !== "corrected" || !c.following) throw new Error("the host path corrects the span and its following text");
      const refSpan = tensorToSegment(c.kv, seg, 50, cpuBackend, ROPE, true);
      const refFollowing = tensorToSegment(c.following, like, 50 + n, cpuBackend, ROPE, true);
      // The same arena again: nothing of the poison may be left.
      const again = dc.acquireArena();
      assert.equal(again, arena);
      const r = dc.correct(svc, KIND, FP, seg, 50, ROPE, again, { following: { like, start: 50 + n } });
      assert.equal(r.kind, "corrected", r.kind === "host" || r.kind === "prefill" ? r.reason : "");
      if (r.kind !== "corrected" || !r.following) throw new Error("the device path corrects the span and its following text");
      assert.ok(r.segment.k[0].buffer === first.segment.k[0].buffer && r.segment.k[0].byteOffset === first.segment.k[0].byteOffset, "the result landed on the poison");
      if ("pendingCopies" in dk) {
        const hdk = dk as ReturnType<typeof hostDeviceKernels>;
        assert.equal(hdk.pendingCopies, 0, "no copy left in flight");
        assert.ok(hdk.counts.copiesOut >= 8, `copies went through the second stream (${hdk.counts.copiesOut})`);
      }
      for (const [got, ref] of [[r.segment, refSpan], [r.following, refFollowing]] as const) {
        assertHalvesMatch(got, ref, exact);
        checkSegmentValues(got);
      }
      dc.releaseArena(again);
    });

    it("anchors cross once (synced after learning), producers' KV once (at publish)", () => {
      const dk = make();
      const counts = "counts" in dk ? (dk as ReturnType<typeof hostDeviceKernels>).counts : undefined;
      const svc = service(2, 40, 1);
      using dc = new DeviceCorrector(dk);
      dc.syncAnchors(svc);
      // Base and span delta, K and V, of 2 anchors.
      assert.equal(dc.mirror.uploads, 8);
      assert.equal(dc.mirror.bytes, 8 * (N_LAYER - 1) * 40 * ROW * 2);
      dc.syncAnchors(svc);
      assert.equal(dc.mirror.uploads, 8, "a second sync uploads nothing");
      const seg = segment(40, 3, 11);
      assert.equal(dc.prefetch(seg), true);
      assert.equal(dc.prefetched, 1);
      const before = counts?.uploadedBytes ?? 0;
      const arena = dc.acquireArena();
      for (const start of [50, 60]) assert.equal(dc.correct(svc, KIND, FP, seg, start, ROPE, arena).kind, "corrected");
      assert.equal(dc.mirror.uploads, 8, "corrections upload no anchor");
      // Only the weights went up: 2 corrections x 2 sides x 2 anchors x 40 tokens, f32.
      if (counts) assert.equal(counts.uploadedBytes - before, 2 * 2 * 2 * 40 * 4);
      // A new consumer's deltas go up at the next sync; an anchor gone is freed.
      const base = segmentToTensor(segment(40, 0, 100), cpuBackend, ROPE, 0);
      svc.observe(KIND, "another-consumer", "content0", base, perturbed(base, 300));
      dc.syncAnchors(svc);
      assert.equal(dc.mirror.uploads, 10);
      svc.pool(KIND).delete("content1");
      dc.syncAnchors(svc);
      assert.equal(dc.mirror.bytes, 6 * (N_LAYER - 1) * 40 * ROW * 2);
    });

    it("a producer's KV with a NaN is not kept on the device and stays for the host scan to refuse", () => {
      const svc = service(2, 40, 1);
      using dc = new DeviceCorrector(make());
      const seg = segment(40, 3, 12);
      new Uint16Array(seg.v[2].buffer, seg.v[2].byteOffset, 1)[0] = 0x7e00;
      assert.equal(dc.prefetch(seg), false);
      const r = dc.correct(svc, KIND, FP, seg, 9, ROPE, dc.acquireArena());
      assert.equal(r.kind, "host");
      assert.match((r as { reason: string }).reason, /non-finite/);
      assert.throws(() => checkSegmentValues(seg), /finite|NaN/i);
    });

    it("says why when it does not apply: gate closed, unknown consumer, not f16", () => {
      using dc = new DeviceCorrector(make());
      const seg = segment(40, 3, 13);
      const gated = dc.correct(service(2, 40, 0.3), KIND, FP, seg, 9, ROPE, dc.acquireArena());
      assert.deepEqual([gated.kind, (gated as { reason: string }).reason], ["host", "the gate must look at the content first"]);
      const unknown = dc.correct(service(2, 40, 1), KIND, "nobody", seg, 9, ROPE, dc.acquireArena());
      assert.equal(unknown.kind, "prefill");
      const q8 = dc.correct(service(2, 40, 1), KIND, FP, { ...seg, kType: "q8_0" }, 9, ROPE, dc.acquireArena());
      assert.equal(q8.kind, "host");
    });
  });
}

describe("device correction: where it is chosen", () => {
  it("the CPU backend corrects on the host, and says so", () => {
    const s = deviceCorrector(cpuBackend);
    assert.equal(s.ok, false);
    assert.match((s as { reason: string }).reason, /kernel backend is cpu/);
  });

  it("KVMESH_DEVICE_CORRECTION=0 turns it off", () => {
    const was = process.env.KVMESH_DEVICE_CORRECTION;
    process.env.KVMESH_DEVICE_CORRECTION = "0";
    try {
      const s = deviceCorrector({ ...cpuBackend, name: "cuda" });
      assert.deepEqual(s, { ok: false, reason: "turned off by KVMESH_DEVICE_CORRECTION=0" });
    } finally {
      if (was === undefined) delete process.env.KVMESH_DEVICE_CORRECTION;
      else process.env.KVMESH_DEVICE_CORRECTION = was;
    }
  });

  it("arenas of concurrent calls do not share memory", () => {
    using dc = new DeviceCorrector(hostDeviceKernels());
    const a = dc.acquireArena();
    const b = dc.acquireArena();
    const x = a.take(1024);
    const y = b.take(1024);
    x.fill(1);
    y.fill(2);
    assert.equal(x[0], 1);
    dc.releaseArena(a);
    assert.equal(dc.acquireArena(), a, "a released arena is reused");
  });
});
