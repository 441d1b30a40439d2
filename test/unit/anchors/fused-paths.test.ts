/**
 * The fused loops (anchors/fused.ts) against a plain reference of the same
 * formulas (decode each stored block to f32, then the OffsetKernels
 * primitives): every storage type, 1..6 anchors (the f16 specialisations for
 * 1..4 and the generic path), mixed storage, following text, in place.
 * Results may differ only by float rounding (sums are reordered).
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Anchor, estimateOffset, relativeSoftmax, reuseGate, type AnchorStorage, type OffsetHit } from "../../../anchors/mod.js";
import type { KvTensor } from "../../../kernels/kv-tensor.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import { prng, refKernels as K, tensorFrom } from "./reference-kernels.js";

const FP = "fp";

function rnd(seed: number, nLayer: number, nTokens: number, row: number, scale = 1, ref?: KvTensor): KvTensor {
  const r = prng(seed);
  return tensorFrom(nLayer, nTokens, row, row, (l, side, t, c) => (ref ? ref[side][l][t * row + c] : 0) + r() * scale);
}

interface Ref {
  kv: KvTensor;
  following?: KvTensor;
  weights: { k: Float64Array[]; v: Float64Array[] };
  pfWeights: { k: Float64Array[]; v: Float64Array[] };
  spread: Float64Array;
  nearest: Float64Array;
}

/** The estimator's formulas, written out plainly over decoded f32 blocks. */
function referenceEstimate(content: KvTensor, anchors: Anchor[], tau: number, following?: KvTensor): Ref {
  const P = content.nTokens;
  const L = content.nLayer;
  const F = following?.nTokens ?? 0;
  const followers = F > 0 ? anchors.filter((a) => (a.followingLength(FP) ?? 0) >= F) : [];
  const kv: KvTensor = { ...content, k: content.k.map((x) => Float32Array.from(x)), v: content.v.map((x) => Float32Array.from(x)) };
  const fo = following && { ...following, k: following.k.map((x) => Float32Array.from(x)), v: following.v.map((x) => Float32Array.from(x)) };
  const res: Ref = { kv, following: fo, weights: { k: [], v: [] }, pfWeights: { k: [], v: [] }, spread: new Float64Array(P), nearest: new Float64Array(P) };
  for (const side of ["k", "v"] as const) {
    const row = side === "k" ? content.rowK : content.rowV;
    const per = (L - 1) * row;
    const dist = anchors.map(() => new Float64Array(P));
    const col = followers.map(() => new Float64Array(per));
    for (const [a, an] of anchors.entries()) {
      for (let l = 1; l < L; l++) {
        const b = an.decode(K, "base", side, l, P);
        for (let t = 0; t < P; t++) for (let c = 0; c < row; c++) dist[a][t] += Math.abs(content[side][l][t * row + c] - b[t * row + c]) / per;
        const fi = followers.indexOf(an);
        if (fi >= 0) {
          for (let c = 0; c < row; c++) {
            let s = 0;
            for (let t = 0; t < P; t++) s += (content[side][l][t * row + c] - b[t * row + c]) ** 2;
            col[fi][(l - 1) * row + c] = Math.sqrt(s / P);
          }
        }
      }
    }
    const w = anchors.map(() => new Float64Array(P));
    for (let t = 0; t < P; t++) {
      const d = dist.map((x) => x[t]);
      const p = relativeSoftmax(d, tau);
      p.forEach((x, a) => (w[a][t] = x));
      res.nearest[t] += Math.min(...d) / 2;
    }
    const pw = followers.map(() => new Float64Array(per));
    for (let j = 0; j < per; j++) relativeSoftmax(col.map((x) => x[j]), tau).forEach((x, i) => (pw[i][j] = x));
    res.weights[side] = w;
    res.pfWeights[side] = pw;
    for (let l = 1; l < L; l++) {
      const ds = anchors.map((an) => an.decode(K, "ph", side, l, P, FP));
      for (let t = 0; t < P; t++) {
        let sp = 0;
        for (let c = 0; c < row; c++) {
          const i = t * row + c;
          let m = 0;
          ds.forEach((d, a) => (m += w[a][t] * d[i]));
          kv[side][l][i] = content[side][l][i] + m;
          ds.forEach((d, a) => (sp += w[a][t] * Math.abs(d[i] - m)));
        }
        res.spread[t] += sp / per / 2;
      }
      if (fo) {
        followers.forEach((an, i) => {
          const d = an.decode(K, "pf", side, l, F, FP);
          for (let r = 0; r < F; r++) for (let c = 0; c < row; c++) fo[side][l][r * row + c] += pw[i][(l - 1) * row + c] * d[r * row + c];
        });
      }
    }
  }
  return res;
}

const near = (a: ArrayLike<number>, b: ArrayLike<number>, eps: number, what: string) => {
  assert.equal(a.length, b.length, what);
  for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i] - b[i]) <= eps * (1 + Math.abs(b[i])), `${what}[${i}]: ${a[i]} vs ${b[i]}`);
};

function check(e: OffsetHit, r: Ref, L: number): void {
  for (const side of ["k", "v"] as const) {
    for (let l = 0; l < L; l++) near(e.kv[side][l], r.kv[side][l], 2e-6, `kv.${side}[${l}]`);
    e.weights[side].forEach((w, a) => near(w, r.weights[side][a], 1e-6, `w.${side}[${a}]`));
    e.followingWeights[side].forEach((w, a) => near(w, r.pfWeights[side][a], 1e-6, `pfw.${side}[${a}]`));
    if (r.following) for (let l = 0; l < L; l++) near(e.following![side][l], r.following[side][l], 2e-6, `following.${side}[${l}]`);
  }
  near(e.spread, r.spread, 1e-5, "spread");
  near(e.nearest, r.nearest, 1e-5, "nearest");
}

const L = 4, P = 5, F = 3, ROW = 12; // rows of 12: q8_0 blocks straddle tokens, loop tails of 4 are exercised
const content = rnd(7, L, P, ROW);
function anchorsOf(n: number, storage: (i: number) => AnchorStorage, withFollowing = true): Anchor[] {
  return Array.from({ length: n }, (_, i) => {
    // Bases near the content (noise growing with i), so that the weights are soft.
    const base = rnd(100 + i, L, P + (i % 2), ROW, 0.2 * (i + 1));
    for (const s of ["k", "v"] as const) for (let l = 0; l < L; l++) for (let j = 0; j < P * ROW; j++) base[s][l][j] += content[s][l][j];
    const b = Anchor.create(K, { id: `a${i}`, base, storage: storage(i) });
    b.setDeltas(K, FP, { ph: rnd(200 + i, L, P + (i % 2), ROW, 0.5), pf: withFollowing && i !== 1 ? rnd(300 + i, L, F + (i % 2), ROW, 0.4) : undefined });
    return b;
  });
}

describe("fused estimator and gate: same results as the plain formulas", () => {
  const storages: [string, (i: number) => AnchorStorage][] = [
    ["f16", () => ({ baseType: "f16", deltaType: "f16" })],
    ["f32", () => ({ baseType: "f32", deltaType: "f32" })],
    ["q8_0", () => ({ baseType: "q8_0", deltaType: "q8_0" })],
    ["mixed", (i) => ({ baseType: (["f16", "q8_0", "f32"] as const)[i % 3], deltaType: (["f16", "f32", "q8_0"] as const)[i % 3] })],
  ];
  for (const [label, storage] of storages) {
    for (const n of [1, 2, 3, 4, 5, 6]) {
      it(`${label} storage, ${n} anchor(s), with following text`, () => {
        const anchors = anchorsOf(n, storage);
        const following = rnd(99, L, F, ROW);
        for (const backend of [K, cpuBackend]) {
          const e = estimateOffset(backend, content, FP, anchors, { following });
          assert.equal(e.hit, true);
          if (n > 1) assert.ok((e as OffsetHit).weights.k.filter((w) => w[0] > 1e-3).length >= 2, "soft weights");
          check(e as OffsetHit, referenceEstimate(content, anchors, 0.5, following), L);
        }
        // In place: same bytes as the copy.
        const c2 = rnd(7, L, P, ROW);
        const f2 = rnd(99, L, F, ROW);
        const copy = estimateOffset(cpuBackend, c2, FP, anchors, { following: f2 }) as OffsetHit;
        const inPlace = estimateOffset(cpuBackend, c2, FP, anchors, { following: f2, inPlace: true }) as OffsetHit;
        for (const side of ["k", "v"] as const) {
          for (let l = 0; l < L; l++) {
            assert.deepEqual(Buffer.from(inPlace.kv[side][l].buffer), Buffer.from(copy.kv[side][l].buffer));
            assert.deepEqual(Buffer.from(inPlace.following![side][l].buffer), Buffer.from(copy.following![side][l].buffer));
          }
        }
        assert.equal(inPlace.kv, c2);
      });

      it(`${label} storage, ${n} anchor(s): gate distances and relDistance`, () => {
        const anchors = anchorsOf(n, storage, false);
        for (const k of [P, 2]) {
          const d = reuseGate(cpuBackend, content, anchors, { k });
          const nEl = (L - 1) * k * ROW;
          let csq = 0;
          for (let l = 1; l < L; l++) for (let i = 0; i < k * ROW; i++) csq += content.v[l][i] ** 2;
          const want = anchors.map((a) => {
            let s = 0;
            for (let l = 1; l < L; l++) {
              const b = a.decode(K, "base", "v", l, k);
              for (let i = 0; i < k * ROW; i++) s += (content.v[l][i] - b[i]) ** 2;
            }
            return Math.sqrt(s / nEl);
          });
          near(d.distances, want, 1e-12, "distances");
          assert.ok(Math.abs(d.relDistance - Math.min(...want) / Math.sqrt(csq / nEl)) < 1e-12);
        }
      });
    }
  }

  it("a large row (several gate chunks, long rows) matches too", () => {
    const big = rnd(5, 3, 70, 128);
    const anchors = [0, 1, 2].map((i) => {
      const a = Anchor.create(cpuBackend, { id: `b${i}`, base: rnd(50 + i, 3, 70, 128, 0.3, big) });
      a.setDeltas(cpuBackend, FP, { ph: rnd(60 + i, 3, 70, 128, 0.5) });
      return a;
    });
    check(estimateOffset(cpuBackend, big, FP, anchors) as OffsetHit, referenceEstimate(big, anchors, 0.5), 3);
    const d = reuseGate(cpuBackend, big, anchors);
    const want = anchors.map((a) => {
      let s = 0;
      for (let l = 1; l < 3; l++) {
        const b = a.decode(K, "base", "v", l, 70);
        for (let i = 0; i < 70 * 128; i++) s += (big.v[l][i] - b[i]) ** 2;
      }
      return Math.sqrt(s / (2 * 70 * 128));
    });
    near(d.distances, want, 1e-12, "distances");
  });
});
