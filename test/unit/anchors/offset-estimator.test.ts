import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Anchor, estimateOffset, type OffsetEstimate, type OffsetHit } from "../../../anchors/mod.js";
import type { KvTensor } from "../../../kernels/kv-tensor.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import { f16ToF32Array, f32ToF16Array } from "../../../kernels/f16.js";
import { prng, refKernels as K, tensorFrom } from "./reference-kernels.js";

const TAU3 = 1 / Math.log(3); // an anchor twice as far as the best gets 1/3 of its weight
const close = (a: number, b: number, eps = 1e-5) => assert.ok(Math.abs(a - b) <= eps, `${a} vs ${b}`);
const hit = (e: OffsetEstimate): OffsetHit => {
  assert.equal(e.hit, true);
  return e as OffsetHit;
};
/** 2 layers, 2 tokens, row 4 (K and V alike); layer 1 token t channel c = f(t, c); layer 0 = l0. */
const t2 = (f: (t: number, c: number) => number, l0 = 7, nTokens = 2) => tensorFrom(2, nTokens, 4, 4, (l, _s, t, c) => (l === 0 ? l0 : f(t, c)));

function withDeltas(id: string, base: KvTensor, ph: number, pf?: number, fp = "fp"): Anchor {
  const a = Anchor.create(K, { id, base });
  a.setDeltas(K, fp, { ph: t2(() => ph, 100, base.nTokens), pf: pf === undefined ? undefined : t2(() => pf, 100, 1) });
  return a;
}

describe("estimateOffset: hand-checked", () => {
  it("per-token weights [3/4, 1/4] and [1/4, 3/4] mix deltas 4 and 8 into 5 and 7", () => {
    // Content 0. Anchor a: token 0 at 1, token 1 at 2 (mean |diff| 1, 2); anchor b: 2, 1.
    const a = withDeltas("a", t2((t) => (t === 0 ? 1 : 2)), 4);
    const b = withDeltas("b", t2((t) => (t === 0 ? 2 : 1)), 8);
    const e = hit(estimateOffset(K, t2(() => 0), "fp", [a, b], { tau: TAU3 }));
    assert.deepEqual(e.anchorIds, ["a", "b"]);
    for (const side of ["k", "v"] as const) {
      close(e.weights[side][0][0], 0.75);
      close(e.weights[side][1][0], 0.25);
      close(e.weights[side][0][1], 0.25);
      close(e.weights[side][1][1], 0.75);
      // token 0: 0.75*4 + 0.25*8 = 5; token 1: 0.25*4 + 0.75*8 = 7
      [5, 5, 5, 5, 7, 7, 7, 7].forEach((x, i) => close(e.kv[side][1][i], x));
      assert.deepEqual([...e.kv[side][0]], [7, 7, 7, 7, 7, 7, 7, 7]); // layer 0 untouched (its deltas, 100, are not stored)
    }
    // spread: token 0: 0.75*|4-5| + 0.25*|8-5| = 1.5; token 1: 0.25*3 + 0.75*1 = 1.5. nearest: 1. uncertainty 2.5.
    [1.5, 1.5].forEach((x, t) => close(e.spread[t], x));
    assert.deepEqual([...e.nearest], [1, 1]);
    [2.5, 2.5].forEach((x, t) => close(e.uncertainty[t], x));
    assert.equal(e.following, undefined);
    assert.equal(e.followingCorrected, false);
  });

  it("following text: per-channel weights from the span's per-channel RMS distances", () => {
    // Content 0; a: 1 everywhere (distance 1 per channel); b: channels [2, 1, 0.5, 1] on both tokens.
    const bCh = [2, 1, 0.5, 1];
    const a = withDeltas("a", t2(() => 1), 0, 4);
    const b = withDeltas("b", t2((_t, c) => bCh[c]), 0, 8);
    const following = t2(() => 10, 3, 1);
    const e = hit(estimateOffset(K, t2(() => 0), "fp", [a, b], { tau: TAU3, following }));
    assert.equal(e.followingCorrected, true);
    assert.deepEqual(e.followingAnchorIds, ["a", "b"]);
    // w_a per channel: c0 (1 vs 2) 3/4; c1 (1 vs 1) 1/2; c2 (1 vs 0.5, a is twice as far) 1/4; c3 1/2.
    [0.75, 0.5, 0.25, 0.5].forEach((w, c) => close(e.followingWeights.k[0][c], w));
    // 10 + w*4 + (1-w)*8 = [15, 16, 17, 16]
    for (const side of ["k", "v"] as const) {
      [15, 16, 17, 16].forEach((x, c) => close(e.following![side][1][c], x));
      assert.deepEqual([...e.following![side][0]], [3, 3, 3, 3]);
    }
    assert.deepEqual([...following.k[1]], [10, 10, 10, 10]); // the input was copied, not changed
  });

  it("misses are values: no deltas for this consumer, or no anchor long enough", () => {
    const a = withDeltas("a", t2(() => 1), 4);
    assert.deepEqual(estimateOffset(K, t2(() => 0), "other", [a]), { hit: false, reason: "no-anchor-for-consumer" });
    assert.deepEqual(estimateOffset(K, t2(() => 0, 7, 3), "fp", [a]), { hit: false, reason: "no-anchor-long-enough" });
  });

  it("following deltas shorter than the consumer's following text are not used", () => {
    const a = withDeltas("a", t2(() => 1), 4, 4);
    const e = hit(estimateOffset(K, t2(() => 0), "fp", [a], { following: t2(() => 10, 3, 2) }));
    assert.equal(e.followingCorrected, false);
    assert.deepEqual([...e.following!.k[1]], Array(8).fill(10));
  });
});

/** f16-exact pseudo-random tensor. */
function rnd(seed: number, nLayer: number, nTokens: number, row: number, scale = 1): KvTensor {
  const r = prng(seed);
  const t = tensorFrom(nLayer, nTokens, row, row, () => r() * scale);
  for (const x of [...t.k, ...t.v]) x.set(f16ToF32Array(f32ToF16Array(x)));
  return t;
}

describe("estimateOffset: exactness, weights, determinism", () => {
  const L = 4, P = 6, F = 3, ROW = 16;
  const bases = [rnd(1, L, P + 2, ROW), rnd(2, L, P, ROW), rnd(3, L, P + 1, ROW)];
  const ph = [rnd(11, L, P + 2, ROW, 0.3), rnd(12, L, P, ROW, 0.3), rnd(13, L, P + 1, ROW, 0.3)];
  const pf = [rnd(21, L, F, ROW, 0.2), rnd(22, L, F, ROW, 0.2), rnd(23, L, F, ROW, 0.2)];
  const mkAnchors = (deltaType: "f16" | "q8_0" = "f16") =>
    bases.map((base, i) => {
      const a = Anchor.create(K, { id: `a${i}`, base, storage: { baseType: "f16", deltaType } });
      a.setDeltas(K, "fp", { ph: ph[i], pf: pf[i] });
      return a;
    });
  const prefixOf = (t: KvTensor, n: number): KvTensor => ({ ...t, nTokens: n, k: t.k.map((x) => x.slice(0, n * t.rowK)), v: t.v.map((x) => x.slice(0, n * t.rowV)) });
  const following = rnd(99, L, F, ROW);

  for (const target of [0, 1]) {
    it(`content equal to anchor a${target}'s base (first ${P} tokens) gets exactly that anchor's deltas`, () => {
      const content = prefixOf(bases[target], P);
      const e = hit(estimateOffset(K, content, "fp", mkAnchors(), { following }));
      for (const side of ["k", "v"] as const) {
        for (let t = 0; t < P; t++) e.weights[side].forEach((w, a) => assert.equal(w[t], a === target ? 1 : 0));
        for (let l = 1; l < L; l++) {
          const d16 = f16ToF32Array(f32ToF16Array(ph[target][side][l].subarray(0, P * ROW)));
          const want = content[side][l].map((x, i) => x + d16[i]);
          assert.deepEqual(e.kv[side][l], want);
          // ... which is the f32 delta up to f16 rounding.
          const src = ph[target][side][l];
          for (let i = 0; i < P * ROW; i++) assert.ok(Math.abs(e.kv[side][l][i] - content[side][l][i] - src[i]) <= Math.abs(src[i]) * 2 ** -11 + 2 ** -24);
          const f16 = f16ToF32Array(f32ToF16Array(pf[target][side][l]));
          assert.deepEqual(e.following![side][l], following[side][l].map((x, i) => x + f16[i]));
        }
        assert.deepEqual(e.kv[side][0], content[side][0]);
      }
      assert.deepEqual([...e.nearest], Array(P).fill(0));
      assert.deepEqual([...e.spread], Array(P).fill(0)); // one-hot weights: nothing to disagree about
    });
  }

  it("weights sum to 1 at every token and every (layer, channel)", () => {
    const content = rnd(7, L, P, ROW);
    const e = hit(estimateOffset(K, content, "fp", mkAnchors(), { following }));
    for (const side of ["k", "v"] as const) {
      for (let t = 0; t < P; t++) close(e.weights[side].reduce((s, w) => s + w[t], 0), 1, 1e-6);
      for (let j = 0; j < (L - 1) * ROW; j++) close(e.followingWeights[side].reduce((s, w) => s + w[j], 0), 1, 1e-6);
      // Soft weights here: no anchor takes everything.
      assert.ok(e.weights[side].every((w) => w[0] > 0.01 && w[0] < 0.99));
    }
    for (let t = 0; t < P; t++) {
      assert.ok(e.spread[t] > 0 && e.nearest[t] > 0);
      close(e.uncertainty[t], e.spread[t] + e.nearest[t], 1e-6);
    }
  });

  it("tokens far from every anchor rank as most uncertain", () => {
    const content = prefixOf(bases[1], P);
    for (const x of [...content.k, ...content.v]) for (let i = 2 * ROW; i < 3 * ROW; i++) x[i] += 5; // push token 2 away
    const e = hit(estimateOffset(K, content, "fp", mkAnchors()));
    const order = [...e.uncertainty.keys()].sort((a, b) => e.uncertainty[b] - e.uncertainty[a]);
    assert.equal(order[0], 2);
    assert.equal(e.nearest[0], 0);
    assert.ok(e.nearest[2] > 4);
  });

  it("deterministic: identical output bytes from identical inputs; in-place equals copy", () => {
    const content = rnd(7, L, P, ROW);
    const run = (inPlace: boolean) => {
      const c = rnd(7, L, P, ROW);
      const f = rnd(99, L, F, ROW);
      return hit(estimateOffset(K, c, "fp", mkAnchors("q8_0"), { following: f, inPlace }));
    };
    const x = run(false);
    const y = run(false);
    const z = run(true);
    for (const side of ["k", "v"] as const) {
      for (let l = 0; l < L; l++) {
        assert.deepEqual(Buffer.from(x.kv[side][l].buffer), Buffer.from(y.kv[side][l].buffer));
        assert.deepEqual(Buffer.from(x.kv[side][l].buffer), Buffer.from(z.kv[side][l].buffer));
        assert.deepEqual(Buffer.from(x.following![side][l].buffer), Buffer.from(z.following![side][l].buffer));
      }
    }
    assert.deepEqual(Buffer.from(x.uncertainty.buffer), Buffer.from(z.uncertainty.buffer));
    assert.notDeepEqual(x.kv.k[1], content.k[1]);
  });

  it("the same result with kernels/cpu-backend.ts's cpuBackend in place of the reference", () => {
    const content = rnd(7, L, P, ROW);
    const a = hit(estimateOffset(K, content, "fp", mkAnchors(), { following }));
    const cpuAnchors = bases.map((base, i) => {
      const x = Anchor.create(cpuBackend, { id: `a${i}`, base });
      x.setDeltas(cpuBackend, "fp", { ph: ph[i], pf: pf[i] });
      return x;
    });
    const b = hit(estimateOffset(cpuBackend, content, "fp", cpuAnchors, { following }));
    for (let l = 0; l < L; l++) {
      for (let i = 0; i < a.kv.k[l].length; i++) close(a.kv.k[l][i], b.kv.k[l][i], 1e-6);
      for (let i = 0; i < a.following!.v[l].length; i++) close(a.following!.v[l][i], b.following!.v[l][i], 1e-6);
    }
  });
});
