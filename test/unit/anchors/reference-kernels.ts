/**
 * Test-only reference of what anchors/ needs from a KernelBackend: the five
 * OffsetKernels primitives written out plainly here (independent of
 * kernels/offset.ts), and f16 / q8_0 conversion from kernels/f16.ts and
 * kernels/q8_0.ts. When kernels/cpu-backend.ts lands, `refKernels` can be
 * replaced by `cpuBackend` in one line.
 */
import type { OffsetKernels } from "../../../kernels/backend.js";
import { allocKvTensor, type KvTensor } from "../../../kernels/kv-tensor.js";
import { f16ToF32Array, f32ToF16Array } from "../../../kernels/f16.js";
import { dequantizeQ8_0, quantizeQ8_0 } from "../../../kernels/q8_0.js";
import type { CompactKernels } from "../../../anchors/mod.js";

const offset: OffsetKernels = {
  rowAbsDiffSum(x, y, rows, cols, out) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let c = 0; c < cols; c++) s += Math.abs(x[r * cols + c] - y[r * cols + c]);
      out[r] += s;
    }
  },
  colSqDiffSum(x, y, rows, cols, out) {
    for (let c = 0; c < cols; c++) {
      let s = 0;
      for (let r = 0; r < rows; r++) s += (x[r * cols + c] - y[r * cols + c]) ** 2;
      out[c] += s;
    }
  },
  sqDiffSum(x, y, n) {
    let s = 0;
    for (let i = 0; i < n; i++) s += (x[i] - y[i]) ** 2;
    return s;
  },
  addRowScaled(x, d, w, rows, cols) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) x[r * cols + c] += w[r] * d[r * cols + c];
  },
  addColScaled(x, d, w, rows, cols) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) x[r * cols + c] += w[c] * d[r * cols + c];
  },
};

const compact: CompactKernels = {
  f16ToF32: (src, dst) => f16ToF32Array(src, dst),
  f32ToF16: (src, dst) => f32ToF16Array(src, dst),
  quantizeQ8_0: (src) => quantizeQ8_0(src),
  dequantizeQ8_0: (src, n, dst) => dequantizeQ8_0(src, n, dst),
};

export const refKernels: OffsetKernels & CompactKernels = { ...offset, ...compact };

/** A tensor from per-layer K and V values given as [token][row] nested arrays. */
export function tensor(k: number[][][], v: number[][][]): KvTensor {
  const nLayer = k.length;
  const nTokens = k[0].length;
  const t = allocKvTensor(nLayer, nTokens, k[0][0].length, v[0][0].length);
  for (let l = 0; l < nLayer; l++) {
    t.k[l].set(k[l].flat());
    t.v[l].set(v[l].flat());
  }
  return t;
}

/** A tensor whose every value is fn(layer, side, token, index-in-row). */
export function tensorFrom(nLayer: number, nTokens: number, rowK: number, rowV: number, fn: (l: number, side: "k" | "v", t: number, c: number) => number): KvTensor {
  const t = allocKvTensor(nLayer, nTokens, rowK, rowV);
  for (let l = 0; l < nLayer; l++) {
    for (let i = 0; i < nTokens * rowK; i++) t.k[l][i] = fn(l, "k", Math.floor(i / rowK), i % rowK);
    for (let i = 0; i < nTokens * rowV; i++) t.v[l][i] = fn(l, "v", Math.floor(i / rowV), i % rowV);
  }
  return t;
}

/** Every value multiplied by s. */
export function scaled(t: KvTensor, s: number): KvTensor {
  return { ...t, k: t.k.map((x) => x.map((y) => y * s)), v: t.v.map((x) => x.map((y) => y * s)) };
}

/** The token sequence repeated twice (length x2). */
export function doubled(t: KvTensor): KvTensor {
  const rep = (x: Float32Array) => {
    const o = new Float32Array(x.length * 2);
    o.set(x);
    o.set(x, x.length);
    return o;
  };
  return { ...t, nTokens: t.nTokens * 2, k: t.k.map(rep), v: t.v.map(rep) };
}

/** Deterministic pseudo-random values in [-1, 1) (xorshift32; tests must not use Math.random). */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 31 - 1;
  };
}
