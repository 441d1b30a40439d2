import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SHRINK_BUCKETS, ShrinkCalibration, rowAlphas, shrinkBucket, shrinkLayer, shrinkRows } from "../../../anchors/correction-shrink.js";
import { estimateOffset } from "../../../anchors/offset-estimator.js";
import { AnchorOptionError } from "../../../anchors/errors.js";
import { Anchor } from "../../../anchors/anchor.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import type { KvTensor } from "../../../kernels/kv-tensor.js";

const constant = (nLayer: number, n: number, row: number, f: (l: number, i: number) => number): KvTensor => ({
  nLayer, nTokens: n, rowK: row, rowV: row,
  k: Array.from({ length: nLayer }, (_, l) => Float32Array.from({ length: n * row }, (_, i) => f(l, i))),
  v: Array.from({ length: nLayer }, (_, l) => Float32Array.from({ length: n * row }, (_, i) => f(l, i) + 1)),
});

describe("correction shrink", () => {
  it("buckets by distance from the part's start (golden)", () => {
    assert.deepEqual([0, 1, 3, 4, 15, 16, 63, 64, 5000].map(shrinkBucket), [0, 1, 1, 2, 2, 3, 3, 4, 4]);
    assert.equal(SHRINK_BUCKETS, 5);
  });

  it("shrinkLayer: out = x + alpha * (out - x) per bucket (golden)", () => {
    const P = 70;
    const x = Float32Array.from({ length: P * 2 }, () => 1);
    const out = Float32Array.from({ length: P * 2 }, () => 3);
    shrinkLayer(x, out, Float32Array.of(1, 0.5, 0, 0.25, 0.75), P, 2);
    const at = (t: number) => out[2 * t];
    assert.deepEqual([at(0), at(1), at(3), at(4), at(15), at(16), at(63), at(64), at(69)], [3, 2, 2, 1, 1, 1.5, 1.5, 2.5, 2.5]);
  });

  it("shrinkRows: one alpha over a token range, in f64 rounded once; rowAlphas spreads a side's scales over rows (golden)", () => {
    const x = Float32Array.of(1, 1, 1, 1, 1, 1);
    const out = Float32Array.of(2, 2, 2, 2, 2, 2);
    shrinkRows(x, out, Float32Array.of(0.1), 1, 2, 2);
    assert.deepEqual([...out], [2, 2, Math.fround(1 + 0.10000000149011612 * 1), Math.fround(1.1000000014901161), 2, 2]);
    const side = { span: Float32Array.from({ length: 2 * SHRINK_BUCKETS }, (_, i) => i / 10), following: Float32Array.of(7, 0.5) };
    assert.deepEqual([...rowAlphas(side, 2, 5)].map((a) => Math.round(a * 10) / 10), [1, 1, 1, 1, 1, 0.5, 0.6, 0.6, 0.6, 0.7]);
    assert.deepEqual([...rowAlphas(side, 2, 3, true)], [1, 1, 1, 0.5, 0.5, 0.5]);
  });

  it("calibration: the least-squares scale, clamped to [0, 1], 1 without data", () => {
    const moved = constant(2, 5, 4, () => 0);
    const pred = constant(2, 5, 4, (_l, i) => (i % 3) - 1);
    const scaled = (a: number): KvTensor => ({ ...pred, k: pred.k.map((x) => x.map((v) => a * v)), v: pred.v.map((x) => x.map((v) => a * v)) });
    const alphaFor = (real: KvTensor) => {
      const c = new ShrinkCalibration(2);
      c.record(moved, pred, real);
      return c.factors();
    };
    // Real halfway: 0.5 (tokens 0..4 fill buckets 0, 1 and 2; 3 and 4 have no data: 1). Layer 0 is never corrected: 1.
    const half = alphaFor(scaled(0.5));
    assert.deepEqual([...half.k.span].map((a) => Math.round(a * 1e6) / 1e6), [1, 1, 1, 1, 1, 0.5, 0.5, 0.5, 1, 1]);
    assert.deepEqual([...alphaFor(scaled(-1)).k.span.subarray(5, 8)], [0, 0, 0]);
    assert.deepEqual([...alphaFor(scaled(3)).k.span.subarray(5, 8)], [1, 1, 1]);
    assert.deepEqual([...half.k.following], [1, 1]);
    // The following text: its own least-squares scale against its base.
    const c = new ShrinkCalibration(2);
    c.record(moved, pred, scaled(0.5), { base: moved, predicted: pred, real: scaled(0.25) });
    assert.deepEqual([...c.factors().k.following], [1, 0.25]);
  });

  it("calibration: a test with a value that is not finite is dropped whole, the scales learned stay", () => {
    const moved = constant(2, 5, 4, () => 0);
    const pred = constant(2, 5, 4, (_l, i) => (i % 3) - 1);
    const half: KvTensor = { ...pred, k: pred.k.map((x) => x.map((v) => v / 2)), v: pred.v.map((x) => x.map((v) => v / 2)) };
    const c = new ShrinkCalibration(2);
    assert.equal(c.record(moved, pred, half), true);
    const before = c.factors();
    for (const bad of [NaN, Infinity, -Infinity]) {
      const poisoned: KvTensor = { ...half, k: half.k.map((x, l) => (l === 1 ? x.map((v, i) => (i === 3 ? bad : v)) : x)) };
      assert.equal(c.record(moved, pred, poisoned), false);
      const poisonedFollowing: KvTensor = { ...half, v: half.v.map((x, l) => (l === 1 ? x.map((v, i) => (i === 0 ? bad : v)) : x)) };
      assert.equal(c.record(moved, pred, half, { base: moved, predicted: pred, real: poisonedFollowing }), false);
    }
    assert.equal(c.observations, 1);
    assert.deepEqual(c.factors(), before);
  });

  it("estimateOffset: alpha 0 leaves the content as it was, alpha 1 is the in-full correction bit for bit; in place cannot shrink", () => {
    const content = constant(3, 6, 8, (l, i) => Math.sin(l + i));
    const anchors = [0, 1].map((a) => {
      const base = constant(3, 6, 8, (l, i) => Math.sin(l + i + a + 1));
      const real = constant(3, 6, 8, (l, i) => Math.sin(l + i + a + 1) + 0.3 * Math.cos(i * (a + 2)));
      const anchor = Anchor.create(cpuBackend, { id: `a${a}`, base });
      anchor.setDeltas(cpuBackend, "c", { ph: { ...real, k: real.k.map((x, l) => x.map((v, i) => v - base.k[l][i])), v: real.v.map((x, l) => x.map((v, i) => v - base.v[l][i])) } });
      return anchor;
    });
    const full = estimateOffset(cpuBackend, content, "c", anchors);
    const fill = (a: number) => ({ span: new Float32Array(3 * SHRINK_BUCKETS).fill(a), following: new Float32Array(3).fill(a) });
    const none = estimateOffset(cpuBackend, content, "c", anchors, { shrink: { k: fill(0), v: fill(0) } });
    const ones = estimateOffset(cpuBackend, content, "c", anchors, { shrink: { k: fill(1), v: fill(1) } });
    assert.ok(full.hit && none.hit && ones.hit);
    if (!full.hit || !none.hit || !ones.hit) return;
    assert.notDeepEqual([...full.kv.k[1]], [...content.k[1]]);
    assert.deepEqual(none.kv.k.map((x) => [...x]), content.k.map((x) => [...x]));
    assert.deepEqual(none.kv.v.map((x) => [...x]), content.v.map((x) => [...x]));
    assert.deepEqual(ones.kv.k.map((x) => [...x]), full.kv.k.map((x) => [...x]));
    assert.throws(() => estimateOffset(cpuBackend, content, "c", anchors, { inPlace: true, shrink: { k: fill(1), v: fill(1) } }), AnchorOptionError);
  });
});
