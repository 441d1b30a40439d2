/**
 * Primitives of anchor-based offset correction (KVCOMM); see OffsetKernels in
 * backend.ts. Matrices are row-major [rows][cols] f32. Arrays may be longer
 * than the shape needs (only the first rows*cols values are read or written).
 * Sums are accumulated in double and rounded once when stored to f32.
 */
import type { OffsetKernels } from "./backend.js";
import { KernelLengthError, KernelShapeError } from "./errors.js";

export function checkCount(kernel: string, what: string, v: number): void {
  if (!Number.isInteger(v) || v < 0) throw new KernelShapeError(kernel, what, v, "an integer >= 0");
}

export function checkAtLeast(kernel: string, what: string, a: ArrayLike<number>, n: number): void {
  if (a.length < n) throw new KernelLengthError(kernel, what, `at least ${n}`, a.length);
}

export function checkMatrix(kernel: string, rows: number, cols: number, ...arrays: [string, ArrayLike<number>][]): number {
  checkCount(kernel, "rows", rows);
  checkCount(kernel, "cols", cols);
  const n = rows * cols;
  for (const [what, a] of arrays) checkAtLeast(kernel, what, a, n);
  return n;
}

/** out[r] += sum_c |x[r][c] - y[r][c]|. */
export function rowAbsDiffSum(x: Float32Array, y: Float32Array, rows: number, cols: number, out: Float32Array): void {
  checkMatrix("rowAbsDiffSum", rows, cols, ["x", x], ["y", y]);
  checkAtLeast("rowAbsDiffSum", "out", out, rows);
  for (let r = 0, o = 0; r < rows; r++) {
    let acc = 0;
    const end = o + cols;
    for (; o < end; o++) acc += Math.abs(x[o] - y[o]);
    out[r] += acc;
  }
}

let colScratch = new Float64Array(1024);

/** out[c] += sum_r (x[r][c] - y[r][c])^2. */
export function colSqDiffSum(x: Float32Array, y: Float32Array, rows: number, cols: number, out: Float32Array): void {
  checkMatrix("colSqDiffSum", rows, cols, ["x", x], ["y", y]);
  checkAtLeast("colSqDiffSum", "out", out, cols);
  if (rows === 0 || cols === 0) return;
  // Row-major streaming with a double accumulator per column (reused scratch).
  if (colScratch.length < cols) colScratch = new Float64Array(cols);
  const acc = colScratch;
  acc.fill(0, 0, cols);
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) {
      const d = x[o] - y[o];
      acc[c] += d * d;
    }
  }
  for (let c = 0; c < cols; c++) out[c] += acc[c];
}

/** sum of (x - y)^2 over the first n values, in double. */
export function sqDiffSum(x: Float32Array, y: Float32Array, n: number): number {
  checkCount("sqDiffSum", "n", n);
  checkAtLeast("sqDiffSum", "x", x, n);
  checkAtLeast("sqDiffSum", "y", y, n);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - y[i];
    acc += d * d;
  }
  return acc;
}

/** x[r][c] += w[r] * d[r][c]. */
export function addRowScaled(x: Float32Array, d: Float32Array, w: Float32Array, rows: number, cols: number): void {
  checkMatrix("addRowScaled", rows, cols, ["x", x], ["d", d]);
  checkAtLeast("addRowScaled", "w", w, rows);
  for (let r = 0, o = 0; r < rows; r++) {
    const wr = w[r];
    const end = o + cols;
    for (; o < end; o++) x[o] += wr * d[o];
  }
}

/** x[r][c] += w[c] * d[r][c]. */
export function addColScaled(x: Float32Array, d: Float32Array, w: Float32Array, rows: number, cols: number): void {
  checkMatrix("addColScaled", rows, cols, ["x", x], ["d", d]);
  checkAtLeast("addColScaled", "w", w, cols);
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) x[o] += w[c] * d[o];
  }
}

/** The five primitives as one OffsetKernels object. */
export const cpuOffsetKernels: OffsetKernels = {
  rowAbsDiffSum,
  colSqDiffSum,
  sqDiffSum,
  addRowScaled,
  addColScaled,
};
