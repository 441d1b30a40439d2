/**
 * Fused hot loops of the reuse gate and the offset estimator. Internal to
 * anchors/.
 *
 * The anchors' stored f16 blocks are read in place: each half is converted
 * through kernels/f16.ts's exact f16 -> f32 table inside the arithmetic loop,
 * so no decoded copy of a base or delta is ever written. Blocks stored as f32
 * are read in place too; q8_0 blocks are dequantized (through the injected
 * kernels) once per layer into a per-anchor scratch that is reused across
 * layers and calls of one `BlockSources`.
 *
 * Every loop is monomorphic (one function per source type) and allocates
 * nothing. Sums run in f64 over 4 interleaved partial sums (for instruction-
 * level parallelism), so they differ from a plain left-to-right sum only in
 * f64 rounding; the order is fixed, so results are deterministic.
 */
import { F16_TO_F32 } from "../kernels/f16.js";
import type { CompactBlock, CompactKernels } from "./compact.js";

const EMPTY_U16 = new Uint16Array(0);
const EMPTY_F32 = new Float32Array(0);
const Q8_BLOCK = 32;
const Q8_BLOCK_BYTES = 34;

/**
 * Per-anchor sources of one (part, side, layer): `u16[i]` (f16 bits, when
 * `isF16[i]`) or `f32[i]` (f32 values). The first nValues values are valid.
 */
export class BlockSources {
  readonly u16: Uint16Array[];
  readonly f32: Float32Array[];
  readonly isF16: Uint8Array;
  /** Whether every source set since the last reset() is f16. */
  allF16 = true;
  readonly #scratch: Float32Array[];

  constructor(n: number) {
    this.u16 = new Array<Uint16Array>(n).fill(EMPTY_U16);
    this.f32 = new Array<Float32Array>(n).fill(EMPTY_F32);
    this.isF16 = new Uint8Array(n);
    this.#scratch = new Array<Float32Array>(n).fill(EMPTY_F32);
  }

  reset(): void {
    this.allF16 = true;
  }

  set(i: number, kernels: CompactKernels, block: CompactBlock, nValues: number): void {
    if (block.type === "f16") {
      this.u16[i] = block.data as Uint16Array;
      this.f32[i] = EMPTY_F32;
      this.isF16[i] = 1;
      return;
    }
    this.allF16 = false;
    this.isF16[i] = 0;
    this.u16[i] = EMPTY_U16;
    if (block.type === "f32") {
      this.f32[i] = block.data as Float32Array;
      return;
    }
    const blocks = Math.ceil(nValues / Q8_BLOCK);
    const padded = blocks * Q8_BLOCK;
    if (this.#scratch[i].length < padded) this.#scratch[i] = new Float32Array(padded);
    const s = this.#scratch[i];
    kernels.dequantizeQ8_0((block.data as Uint8Array).subarray(0, blocks * Q8_BLOCK_BYTES), padded, s.subarray(0, padded));
    this.f32[i] = s;
  }
}

/** sum_{i in [o, o+n)} |x[i] - f16(b[i])|. */
export function absDiffF16(x: Float32Array, b: Uint16Array, o: number, n: number): number {
  const T = F16_TO_F32;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  const end = o + n;
  let i = o;
  for (; i + 3 < end; i += 4) {
    s0 += Math.abs(x[i] - T[b[i]]);
    s1 += Math.abs(x[i + 1] - T[b[i + 1]]);
    s2 += Math.abs(x[i + 2] - T[b[i + 2]]);
    s3 += Math.abs(x[i + 3] - T[b[i + 3]]);
  }
  for (; i < end; i++) s0 += Math.abs(x[i] - T[b[i]]);
  return s0 + s1 + (s2 + s3);
}

/** sum_{i in [o, o+n)} |x[i] - b[i]|. */
export function absDiffF32(x: Float32Array, b: Float32Array, o: number, n: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  const end = o + n;
  let i = o;
  for (; i + 3 < end; i += 4) {
    s0 += Math.abs(x[i] - b[i]);
    s1 += Math.abs(x[i + 1] - b[i + 1]);
    s2 += Math.abs(x[i + 2] - b[i + 2]);
    s3 += Math.abs(x[i + 3] - b[i + 3]);
  }
  for (; i < end; i++) s0 += Math.abs(x[i] - b[i]);
  return s0 + s1 + (s2 + s3);
}

/** sum_{i in [start, end)} (x[i] - f16(b[i]))^2. */
export function sqDiffF16(x: Float32Array, b: Uint16Array, start: number, end: number): number {
  const T = F16_TO_F32;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let i = start;
  for (; i + 3 < end; i += 4) {
    const d0 = x[i] - T[b[i]];
    const d1 = x[i + 1] - T[b[i + 1]];
    const d2 = x[i + 2] - T[b[i + 2]];
    const d3 = x[i + 3] - T[b[i + 3]];
    s0 += d0 * d0;
    s1 += d1 * d1;
    s2 += d2 * d2;
    s3 += d3 * d3;
  }
  for (; i < end; i++) {
    const d = x[i] - T[b[i]];
    s0 += d * d;
  }
  return s0 + s1 + (s2 + s3);
}

/** sum_{i in [start, end)} (x[i] - b[i])^2. */
export function sqDiffF32(x: Float32Array, b: Float32Array, start: number, end: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let i = start;
  for (; i + 3 < end; i += 4) {
    const d0 = x[i] - b[i];
    const d1 = x[i + 1] - b[i + 1];
    const d2 = x[i + 2] - b[i + 2];
    const d3 = x[i + 3] - b[i + 3];
    s0 += d0 * d0;
    s1 += d1 * d1;
    s2 += d2 * d2;
    s3 += d3 * d3;
  }
  for (; i < end; i++) {
    const d = x[i] - b[i];
    s0 += d * d;
  }
  return s0 + s1 + (s2 + s3);
}

/** sum_{i in [start, end)} x[i]^2. */
export function sqSum(x: Float32Array, start: number, end: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let i = start;
  for (; i + 3 < end; i += 4) {
    s0 += x[i] * x[i];
    s1 += x[i + 1] * x[i + 1];
    s2 += x[i + 2] * x[i + 2];
    s3 += x[i + 3] * x[i + 3];
  }
  for (; i < end; i++) s0 += x[i] * x[i];
  return s0 + s1 + (s2 + s3);
}

/** acc[c] += sum_{r < rows} (x[r][c] - f16(b[r][c]))^2. */
export function colSqDiffF16(x: Float32Array, b: Uint16Array, rows: number, cols: number, acc: Float64Array): void {
  const T = F16_TO_F32;
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) {
      const d = x[o] - T[b[o]];
      acc[c] += d * d;
    }
  }
}

/** acc[c] += sum_{r < rows} (x[r][c] - b[r][c])^2. */
export function colSqDiffF32(x: Float32Array, b: Float32Array, rows: number, cols: number, acc: Float64Array): void {
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) {
      const d = x[o] - b[o];
      acc[c] += d * d;
    }
  }
}

/** x[r][c] += w[wo + c] * f16(d[r][c]). */
export function addColScaledF16(x: Float32Array, d: Uint16Array, w: Float32Array, wo: number, rows: number, cols: number): void {
  const T = F16_TO_F32;
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) x[o] += w[wo + c] * T[d[o]];
  }
}

/** x[r][c] += w[wo + c] * d[r][c]. */
export function addColScaledF32(x: Float32Array, d: Float32Array, w: Float32Array, wo: number, rows: number, cols: number): void {
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) x[o] += w[wo + c] * d[o];
  }
}

/*
 * Apply one token row: with m = sum_a w_a d_a (f64), out[i] = x[i] + m (one
 * f32 rounding) for i in [o, o+n), and return the weighted disagreement
 * sum_i sum_a w_a |d_a[i] - m|. `x` and `out` may be the same array.
 * Specialised for 1..4 anchors stored as f16; applyRowGeneric covers the rest.
 */

export function applyRowF16x1(x: Float32Array, out: Float32Array, o: number, n: number, b0: Uint16Array, w0: number): number {
  const T = F16_TO_F32;
  let s = 0;
  const end = o + n;
  for (let i = o; i < end; i++) {
    const d0 = T[b0[i]];
    const m = w0 * d0;
    out[i] = x[i] + m;
    s += w0 * Math.abs(d0 - m);
  }
  return s;
}

export function applyRowF16x2(x: Float32Array, out: Float32Array, o: number, n: number, b0: Uint16Array, w0: number, b1: Uint16Array, w1: number): number {
  const T = F16_TO_F32;
  let s0 = 0, s1 = 0;
  const end = o + n;
  for (let i = o; i < end; i++) {
    const d0 = T[b0[i]];
    const d1 = T[b1[i]];
    const m = w0 * d0 + w1 * d1;
    out[i] = x[i] + m;
    s0 += w0 * Math.abs(d0 - m);
    s1 += w1 * Math.abs(d1 - m);
  }
  return s0 + s1;
}

export function applyRowF16x3(
  x: Float32Array, out: Float32Array, o: number, n: number,
  b0: Uint16Array, w0: number, b1: Uint16Array, w1: number, b2: Uint16Array, w2: number,
): number {
  const T = F16_TO_F32;
  let s0 = 0, s1 = 0, s2 = 0;
  const end = o + n;
  for (let i = o; i < end; i++) {
    const d0 = T[b0[i]];
    const d1 = T[b1[i]];
    const d2 = T[b2[i]];
    const m = w0 * d0 + w1 * d1 + w2 * d2;
    out[i] = x[i] + m;
    s0 += w0 * Math.abs(d0 - m);
    s1 += w1 * Math.abs(d1 - m);
    s2 += w2 * Math.abs(d2 - m);
  }
  return s0 + s1 + s2;
}

export function applyRowF16x4(
  x: Float32Array, out: Float32Array, o: number, n: number,
  b0: Uint16Array, w0: number, b1: Uint16Array, w1: number, b2: Uint16Array, w2: number, b3: Uint16Array, w3: number,
): number {
  const T = F16_TO_F32;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  const end = o + n;
  for (let i = o; i < end; i++) {
    const d0 = T[b0[i]];
    const d1 = T[b1[i]];
    const d2 = T[b2[i]];
    const d3 = T[b3[i]];
    const m = w0 * d0 + w1 * d1 + (w2 * d2 + w3 * d3);
    out[i] = x[i] + m;
    s0 += w0 * Math.abs(d0 - m);
    s1 += w1 * Math.abs(d1 - m);
    s2 += w2 * Math.abs(d2 - m);
    s3 += w3 * Math.abs(d3 - m);
  }
  return s0 + s1 + (s2 + s3);
}

/**
 * Any number of anchors, any source types: the row of each anchor's delta is
 * converted once into `drow` (A * n f32), m accumulates in `mrow` (n f64).
 */
export function applyRowGeneric(
  src: BlockSources, A: number, w: Float32Array,
  x: Float32Array, out: Float32Array, o: number, n: number,
  drow: Float32Array, mrow: Float64Array,
): number {
  const T = F16_TO_F32;
  mrow.fill(0, 0, n);
  for (let a = 0, r = 0; a < A; a++, r += n) {
    const wa = w[a];
    if (src.isF16[a] === 1) {
      const b = src.u16[a];
      for (let c = 0; c < n; c++) {
        const d = T[b[o + c]];
        drow[r + c] = d;
        mrow[c] += wa * d;
      }
    } else {
      const b = src.f32[a];
      for (let c = 0; c < n; c++) {
        const d = b[o + c];
        drow[r + c] = d;
        mrow[c] += wa * d;
      }
    }
  }
  for (let c = 0; c < n; c++) out[o + c] = x[o + c] + mrow[c];
  let s = 0;
  for (let a = 0, r = 0; a < A; a++, r += n) {
    let sa = 0;
    for (let c = 0; c < n; c++) sa += Math.abs(drow[r + c] - mrow[c]);
    s += w[a] * sa;
  }
  return s;
}
