/** Properties of the CPU kernels that hold for any input (no golden files). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RopeParams } from "../../../kernels/backend.js";
import { cpuBackend as be } from "../../../kernels/cpu-backend.js";
import { F16_TO_F32_BITS, f16BitsToF32, f32BitsToF16Bits, f32ToF16Bits } from "../../../kernels/f16.js";
import { ropeCosSin, ropeShiftF32 } from "../../../kernels/rope.js";
import { bitsFromF32, f32FromBits, gaussian, mulberry32 } from "./golden-inputs.js";

const isHalfNaN = (h: number): boolean => (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0;
const halfOrder = (h: number): number => (h & 0x8000 ? -(h & 0x7fff) : h);

function randomKeys(n: number, seed: number, scale = 3): Float32Array {
  const g = gaussian(mulberry32(seed));
  const k = new Float32Array(n);
  for (let i = 0; i < n; i++) k[i] = g() * scale;
  return k;
}

/** max over rotated pairs of |a - b| / |pair of ref| (pairs as `rope` pairs them). */
function maxPairRelErr(a: Float32Array, b: Float32Array, ref: Float32Array, rope: RopeParams): number {
  let worst = 0;
  const half = rope.nRot / 2;
  for (let off = 0; off < a.length; off += rope.headDim) {
    for (let i = 0; i < half; i++) {
      const [p, q] = rope.style === "neox" ? [off + i, off + i + half] : [off + 2 * i, off + 2 * i + 1];
      const norm = Math.hypot(ref[p], ref[q]);
      worst = Math.max(worst, Math.hypot(a[p] - b[p], a[q] - b[q]) / norm);
    }
  }
  return worst;
}

const llama: RopeParams = { style: "normal", nRot: 128, headDim: 128, freqBase: 500000, freqScale: 1 };
const qwen: RopeParams = { style: "neox", nRot: 64, headDim: 64, freqBase: 1000000, freqScale: 1 };
const partial: RopeParams = { style: "neox", nRot: 32, headDim: 80, freqBase: 10000, freqScale: 1 };

describe("f16 conversions", () => {
  it("every one of the 65536 halves survives f16 -> f32 -> f16 (NaNs stay NaN, quiet ones bit-exact)", () => {
    const all = new Uint16Array(65536);
    for (let i = 0; i < 65536; i++) all[i] = i;
    const back = be.f32ToF16(be.f16ToF32(all));
    let nans = 0;
    for (let h = 0; h < 65536; h++) {
      if (isHalfNaN(h)) {
        nans++;
        assert.ok(isHalfNaN(back[h]), `NaN 0x${h.toString(16)} became 0x${back[h].toString(16)}`);
        assert.equal(back[h], h | 0x200, "a NaN keeps its sign and payload and comes back quiet");
      } else {
        assert.equal(back[h], h, `0x${h.toString(16)} -> 0x${back[h].toString(16)}`);
      }
    }
    assert.equal(nans, 2 * 1023);
  });

  it("f16 -> f32 gives the value sign * 2^(e-15) * (1 + m/1024) (subnormals: m * 2^-24)", () => {
    for (let h = 0; h < 65536; h++) {
      const e = (h >> 10) & 0x1f;
      const m = h & 0x3ff;
      if (e === 31) continue;
      const mag = e === 0 ? m * 2 ** -24 : 2 ** (e - 15) * (1 + m / 1024);
      const v = f16BitsToF32(h);
      assert.ok(Object.is(v, h & 0x8000 ? -mag : mag), `0x${h.toString(16)}: ${v} vs ${mag}`);
    }
    assert.equal(f16BitsToF32(0x7c00), Infinity);
    assert.equal(f16BitsToF32(0xfc00), -Infinity);
    assert.ok(Number.isNaN(f16BitsToF32(0x7e00)));
  });

  it("f32 -> f16 rounds every half-way point to even and its neighbours to nearest", () => {
    // For each pair of adjacent finite positive halves (lo, lo+1), the exact
    // midpoint is an f32; it must round to the even one, and the f32 values
    // one ulp below/above must round to lo/lo+1.
    for (let lo = 0; lo < 0x7bff; lo++) {
      const mid = (f16BitsToF32(lo) + f16BitsToF32(lo + 1)) / 2;
      const midBits = bitsFromF32(mid);
      assert.equal(f32FromBits(midBits), mid, "midpoint is exact in f32");
      const even = lo % 2 === 0 ? lo : lo + 1;
      assert.equal(f32BitsToF16Bits(midBits), even);
      assert.equal(f32BitsToF16Bits(midBits - 1), lo);
      assert.equal(f32BitsToF16Bits(midBits + 1), lo + 1);
      assert.equal(f32BitsToF16Bits((midBits | 0x80000000) >>> 0), even | 0x8000);
    }
    // Overflow: 65504 is the largest half; 65520 (its midpoint with 2^16) rounds to infinity.
    assert.equal(f32ToF16Bits(65504), 0x7bff);
    assert.equal(f32ToF16Bits(65519.99), 0x7bff);
    assert.equal(f32ToF16Bits(65520), 0x7c00);
    assert.equal(f32ToF16Bits(-1e10), 0xfc00);
    assert.equal(f32ToF16Bits(2 ** -25), 0x0000, "half the smallest subnormal ties to zero");
    assert.equal(f32ToF16Bits(-(2 ** -25)), 0x8000);
    assert.equal(f32ToF16Bits(1.5 * 2 ** -25), 0x0001);
    assert.equal(f32ToF16Bits(3 * 2 ** -25), 0x0002, "1.5 subnormal steps ties to even (2)");
    assert.equal(f32ToF16Bits(1e-40), 0x0000, "f32 denormals flush to zero by rounding");
    assert.ok(isHalfNaN(f32ToF16Bits(NaN)));
  });

  it("f32 -> f16 is monotonic and within half an ulp on random values", () => {
    const rand = mulberry32(77);
    const src = new Float32Array(100_000);
    for (let i = 0; i < src.length; i++) src[i] = (rand() - 0.5) * 2 ** (rand() * 40 - 24);
    const h = be.f32ToF16(src);
    for (let i = 0; i < src.length; i++) {
      const v = f16BitsToF32(h[i]);
      const up = f16BitsToF32(h[i] & 0x8000 ? h[i] - 1 : h[i] + 1);
      const down = f16BitsToF32(h[i] & 0x8000 ? h[i] + 1 : Math.max(h[i] - 1, 0));
      assert.ok(Math.abs(src[i] - v) <= Math.abs(up - v) / 2 || Math.abs(src[i] - v) <= Math.abs(v - down) / 2, `${src[i]} -> ${v}`);
    }
    const sorted = Float32Array.from(src).sort();
    const hs = be.f32ToF16(sorted);
    for (let i = 1; i < hs.length; i++) assert.ok(halfOrder(hs[i]) >= halfOrder(hs[i - 1]));
  });

  it("the lookup table is the same data as f16BitsToF32", () => {
    const f = new Float32Array(F16_TO_F32_BITS.buffer);
    for (let h = 0; h < 65536; h += 97) assert.ok(Object.is(f[h], f16BitsToF32(h)) || Number.isNaN(f[h]));
  });
});

describe("ropeShift", () => {
  for (const rope of [llama, qwen, partial]) {
    const label = `${rope.style} nRot ${rope.nRot}/${rope.headDim}`;

    it(`${label}: rotating by d then -d restores the keys (within 1e-6 of the pair norm)`, () => {
      const k0 = randomKeys(16 * 4 * rope.headDim, 1);
      for (const d of [1, 17, -300, 4096, 123456]) {
        const k = k0.slice();
        be.ropeShift(k, 16, 4, d, rope);
        assert.ok(maxPairRelErr(k, k0, k0, rope) > 1e-3, "the shift changed something");
        be.ropeShift(k, 16, 4, -d, rope);
        const err = maxPairRelErr(k, k0, k0, rope);
        assert.ok(err < 1e-6, `d=${d}: ${err}`);
      }
    });

    it(`${label}: rotating by a then b matches rotating by a+b (within 1e-4 of the pair norm for |a|,|b| <= 300)`, () => {
      // theta is computed in f32 as ggml does (iterated products), so theta(a) + theta(b)
      // and theta(a+b) differ by a few f32 ulps of theta; 1e-4 bounds that for these deltas.
      const k0 = randomKeys(8 * 2 * rope.headDim, 2);
      for (const [a, b] of [[3, 4], [-10, 250], [300, -299], [128, 128]]) {
        const k1 = k0.slice();
        be.ropeShift(k1, 8, 2, a, rope);
        be.ropeShift(k1, 8, 2, b, rope);
        const k2 = k0.slice();
        be.ropeShift(k2, 8, 2, a + b, rope);
        const err = maxPairRelErr(k1, k2, k0, rope);
        assert.ok(err < 1e-4, `a=${a} b=${b}: ${err}`);
      }
    });

    it(`${label}: preserves each pair's norm and leaves dims >= nRot bit-identical`, () => {
      const k0 = randomKeys(4 * 3 * rope.headDim, 3);
      const k = k0.slice();
      be.ropeShift(k, 4, 3, 999, rope);
      const half = rope.nRot / 2;
      for (let off = 0; off < k.length; off += rope.headDim) {
        for (let i = 0; i < half; i++) {
          const [p, q] = rope.style === "neox" ? [off + i, off + i + half] : [off + 2 * i, off + 2 * i + 1];
          const n0 = Math.hypot(k0[p], k0[q]);
          assert.ok(Math.abs(Math.hypot(k[p], k[q]) - n0) <= 1e-6 * n0);
        }
        for (let i = rope.nRot; i < rope.headDim; i++) assert.ok(Object.is(k[off + i], k0[off + i]));
      }
    });
  }

  it("neox is normal style with the dims interleaved (bit-identical)", () => {
    const headDim = 64;
    const nRot = 48;
    const base = { headDim, nRot, freqBase: 10000, freqScale: 1 };
    const k = randomKeys(5 * 2 * headDim, 4);
    // perm: neox index of normal index (2i -> i, 2i+1 -> i + nRot/2; the rest fixed).
    const perm = (j: number): number => (j >= nRot ? j : j % 2 === 0 ? j / 2 : (j - 1) / 2 + nRot / 2);
    const inter = new Float32Array(k.length);
    for (let off = 0; off < k.length; off += headDim) for (let j = 0; j < headDim; j++) inter[off + j] = k[off + perm(j)];
    be.ropeShift(k, 5, 2, 77, { ...base, style: "neox" });
    be.ropeShift(inter, 5, 2, 77, { ...base, style: "normal" });
    for (let off = 0; off < k.length; off += headDim) {
      for (let j = 0; j < headDim; j++) assert.ok(Object.is(inter[off + j], k[off + perm(j)]));
    }
  });

  it("freqScale 0.5, or every freqFactor = 2, equals half the shift (bit-identical)", () => {
    const k0 = randomKeys(3 * 2 * 128, 5);
    const half = k0.slice();
    be.ropeShift(half, 3, 2, 500, llama);
    const scaled = k0.slice();
    be.ropeShift(scaled, 3, 2, 1000, { ...llama, freqScale: 0.5 });
    const factors = k0.slice();
    be.ropeShift(factors, 3, 2, 1000, { ...llama, freqFactors: new Float32Array(64).fill(2) });
    for (let i = 0; i < k0.length; i++) {
      assert.ok(Object.is(scaled[i], half[i]), `freqScale [${i}]`);
      assert.ok(Object.is(factors[i], half[i]), `freqFactors [${i}]`);
    }
  });

  it("the angles are ggml's: theta_0 = delta, theta_i = delta * base^(-2i/nRot) (to f32 accuracy)", () => {
    const cs = ropeCosSin(1, llama, new Float32Array(128));
    for (let i = 0; i < 64; i++) {
      const theta = Math.pow(500000, (-2 * i) / 128);
      assert.ok(Math.abs(cs[2 * i] - Math.cos(theta)) < 1e-6 && Math.abs(cs[2 * i + 1] - Math.sin(theta)) < 1e-6, `pair ${i}`);
    }
    const ff = new Float32Array(64).fill(1);
    ff[0] = 4;
    const cs4 = ropeCosSin(8, { ...llama, freqFactors: ff }, new Float32Array(128));
    assert.equal(cs4[0], Math.fround(Math.cos(2)));
  });

  it("per-token deltas equal one call per token; a constant Int32Array equals the number", () => {
    const nTokens = 6;
    const row = 2 * qwen.headDim;
    const deltas = Int32Array.of(5, 5, -9, 0, 4000, 5);
    const k0 = randomKeys(nTokens * row, 6);
    const k = k0.slice();
    be.ropeShift(k, nTokens, 2, deltas, qwen);
    for (let t = 0; t < nTokens; t++) {
      const one = k0.slice(t * row, (t + 1) * row);
      be.ropeShift(one, 1, 2, deltas[t], qwen);
      for (let i = 0; i < row; i++) assert.ok(Object.is(one[i], k[t * row + i]));
    }
    const a = k0.slice();
    const b = k0.slice();
    be.ropeShift(a, nTokens, 2, 42, qwen);
    be.ropeShift(b, nTokens, 2, new Int32Array(nTokens).fill(42), qwen);
    assert.deepEqual(a, b);
  });

  it("delta 0 is an exact no-op", () => {
    const k0 = randomKeys(2 * 2 * 128, 7);
    const k = k0.slice();
    be.ropeShift(k, 2, 2, 0, llama);
    assert.deepEqual(k, k0);
    const h0 = be.f32ToF16(k0);
    const h = h0.slice();
    be.ropeShiftF16(h, 2, 2, new Int32Array(2), llama);
    assert.deepEqual(h, h0);
  });

  it("ropeShiftF16 = convert to f32, ropeShift, round to f16 (bit-identical)", () => {
    for (const rope of [llama, qwen, partial]) {
      const h = be.f32ToF16(randomKeys(7 * 3 * rope.headDim, 8));
      const f = be.f16ToF32(h);
      be.ropeShiftF16(h, 7, 3, Int32Array.of(1, 2, 3, -4, 5000, 5000, 9), rope);
      ropeShiftF32(f, 7, 3, Int32Array.of(1, 2, 3, -4, 5000, 5000, 9), rope);
      assert.deepEqual(h, be.f32ToF16(f));
    }
  });
});

describe("q8_0", () => {
  it("layout: 34 bytes per block, little-endian f16 d then 32 int8; amax maps to +-127", () => {
    const x = new Float32Array(64);
    for (let j = 0; j < 32; j++) x[j] = j - 10; // amax 21
    x[40] = -3; // block 1: amax 3 at a negative value
    const q = be.quantizeQ8_0(x);
    assert.equal(q.length, 68);
    const d0 = f16BitsToF32(q[0] | (q[1] << 8));
    assert.equal(d0, f16BitsToF32(f32ToF16Bits(21 / 127)));
    assert.equal((q[2 + 31] << 24) >> 24, 127);
    assert.equal((q[2 + 0] << 24) >> 24, Math.round(-10 / (21 / 127)));
    assert.equal((q[34 + 2 + 8] << 24) >> 24, -127);
    assert.equal((q[34 + 2 + 0] << 24) >> 24, 0);
  });

  it("an all-zero block has d = 0 and q = 0, and dequantizes to zeros", () => {
    const q = be.quantizeQ8_0(new Float32Array(32));
    assert.deepEqual(Array.from(q), new Array(34).fill(0));
    assert.deepEqual(Array.from(be.dequantizeQ8_0(q, 32)), new Array(32).fill(0));
  });

  it("ties round away from zero (roundf)", () => {
    const x = new Float32Array(32);
    x[0] = 127; // d = 1 exactly
    x[1] = 2.5;
    x[2] = -2.5;
    x[3] = 0.5;
    const q = new Int8Array(be.quantizeQ8_0(x).buffer);
    assert.deepEqual([q[3], q[4], q[5]], [3, -3, 1]);
  });

  it("each value is within d/2 of q*d (f32 d), and within d/2 + 127|d - f16(d)| after dequantization", () => {
    const g = gaussian(mulberry32(9));
    const rand = mulberry32(10);
    const n = 32 * 400;
    const x = new Float32Array(n);
    for (let b = 0; b < n / 32; b++) {
      const scale = 10 ** (rand() * 8 - 5); // includes blocks whose f16 d is subnormal
      for (let j = 0; j < 32; j++) x[b * 32 + j] = g() * scale;
    }
    const bytes = be.quantizeQ8_0(x);
    const qs = new Int8Array(bytes.buffer);
    const y = be.dequantizeQ8_0(bytes, n);
    for (let b = 0; b < n / 32; b++) {
      let amax = 0;
      for (let j = 0; j < 32; j++) amax = Math.max(amax, Math.abs(x[b * 32 + j]));
      const d = amax / 127;
      const d16 = f16BitsToF32(bytes[b * 34] | (bytes[b * 34 + 1] << 8));
      for (let j = 0; j < 32; j++) {
        const xv = x[b * 32 + j];
        const q = qs[b * 34 + 2 + j];
        assert.ok(Math.abs(xv - q * d) <= d / 2 + d * 1e-5, `block ${b}[${j}]: x=${xv} q=${q} d=${d}`);
        assert.equal(y[b * 32 + j], Math.fround(q * d16));
        assert.ok(Math.abs(xv - y[b * 32 + j]) <= d / 2 + 127 * Math.abs(d - d16) + d * 1e-5);
      }
    }
  });

  it("quantize -> dequantize -> quantize is stable", () => {
    const x = randomKeys(32 * 50, 11);
    const q1 = be.quantizeQ8_0(x);
    const q2 = be.quantizeQ8_0(be.dequantizeQ8_0(q1, x.length));
    // Re-quantizing from the f16 d can only move q by one step where x/d was near a tie.
    let diff = 0;
    for (let i = 0; i < q1.length; i++) if (q1[i] !== q2[i]) diff++;
    assert.ok(diff < q1.length * 0.02, `${diff} bytes changed`);
  });
});

describe("offset primitives", () => {
  it("match naive double loops on random shapes, and accumulate", () => {
    for (const [rows, cols] of [[1, 1], [3, 1000], [200, 7], [0, 5]]) {
      const x = randomKeys(rows * cols, 13);
      const y = randomKeys(rows * cols, 14);
      const w = randomKeys(Math.max(rows, cols), 15);
      const out = new Float32Array(rows).fill(1);
      be.rowAbsDiffSum(x, y, rows, cols, out);
      for (let r = 0; r < rows; r++) {
        let s = 1;
        for (let c = 0; c < cols; c++) s += Math.abs(x[r * cols + c] - y[r * cols + c]);
        assert.ok(Math.abs(out[r] - s) <= 1e-6 * s);
      }
      const outC = new Float32Array(cols).fill(2);
      be.colSqDiffSum(x, y, rows, cols, outC);
      let total = 0;
      for (let c = 0; c < cols; c++) {
        let s = 2;
        for (let r = 0; r < rows; r++) s += (x[r * cols + c] - y[r * cols + c]) ** 2;
        total += s - 2;
        assert.ok(Math.abs(outC[c] - s) <= 1e-6 * s);
      }
      assert.ok(Math.abs(be.sqDiffSum(x, y, rows * cols) - total) <= 1e-9 * (total + 1));
      const xr = x.slice();
      be.addRowScaled(xr, y, w, rows, cols);
      const xc = x.slice();
      be.addColScaled(xc, y, w, rows, cols);
      for (let i = 0; i < rows * cols; i++) {
        assert.equal(xr[i], Math.fround(x[i] + w[Math.floor(i / cols)] * y[i]));
        assert.equal(xc[i], Math.fround(x[i] + w[i % cols] * y[i]));
      }
    }
  });

  it("addRowScaled and addColScaled on a small exact example", () => {
    const x = Float32Array.of(1, 2, 3, 4, 5, 6);
    const d = Float32Array.of(0.5, 0.25, 1, 2, 4, 8);
    be.addRowScaled(x, d, Float32Array.of(1, -2), 2, 3);
    assert.deepEqual(Array.from(x), [1.5, 2.25, 4, 0, -3, -10]);
    be.addColScaled(x, d, Float32Array.of(2, 0, -1), 2, 3);
    assert.deepEqual(Array.from(x), [2.5, 2.25, 3, 4, -3, -18]);
  });
});
