/**
 * The CUDA kernel backend (native/cuda/kvmesh-cuda.cu), in two shapes:
 *
 * - `DeviceKernels`: buffers that stay on the GPU and work queued on one
 *   stream (what a device-resident reuse path uses; the kernels bench
 *   measures it);
 * - `KernelBackend`: the CPU backend's synchronous typed-array interface, each
 *   call uploading its input, running the kernel and downloading the result
 *   (for parity tests and as a drop-in; slower than the CPU for small inputs).
 *
 * Optional: it exists where nvcc built it (native/build.mjs) and a CUDA device
 * answers; the first use in a process family runs a smoke test in a child
 * process (cuda-smoke.ts) and caches the verdict next to the binary, so a
 * broken binary or driver crashes a child, not the caller.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { KernelBackend, RopeParams } from "../backend.js";
import { KernelLengthError } from "../errors.js";
import { checkAtLeast, checkCount, checkMatrix } from "../offset.js";
import { q4_0Bytes } from "../q4_0.js";
import { q8_0Bytes } from "../q8_0.js";
import { checkRopeShift, ropeCosSin, ropeThetaScale } from "../rope.js";
import { nativeBuildDir } from "../native-build.js";
import { smokeVerdict } from "../smoke-verdict.js";

/** A buffer in GPU memory. Dispose it when done (it is also freed when collected). */
export interface DeviceBuffer {
  readonly bytes: number;
  upload(src: ArrayBufferView, byteOffset?: number): void;
  download(dst: ArrayBufferView, byteOffset?: number): void;
  /**
   * Queues a copy into `dst` (page-locked host memory, DeviceKernels.pinned, for it to overlap) on a second
   * stream: it starts once the work queued so far is done and runs while later work computes. Until
   * DeviceKernels.waitCopies() returns, `dst` must not be read and this buffer's bytes must not be written.
   */
  copyOut(dst: ArrayBufferView, byteOffset?: number): void;
  copyFrom(src: DeviceBuffer, bytes: number): void;
  dispose(): void;
}

interface CudaAddon {
  DeviceBuffer: new (bytes: number) => DeviceBuffer;
  device(): { available: boolean; reason?: string; name?: string; computeCapability?: string; memoryBytes?: number };
  f16ToF32(src: DeviceBuffer, dst: DeviceBuffer, n: number): void;
  f32ToF16(src: DeviceBuffer, dst: DeviceBuffer, n: number): void;
  rope(k: DeviceBuffer, nTokens: number, nHeads: number, headDim: number, nRot: number, neox: boolean, cosSin: DeviceBuffer, tableOf: DeviceBuffer | null, f16: boolean): void;
  rowAbsDiffSum(x: DeviceBuffer, y: DeviceBuffer, rows: number, cols: number, out: DeviceBuffer): void;
  colSqDiffSum(x: DeviceBuffer, y: DeviceBuffer, rows: number, cols: number, out: DeviceBuffer): void;
  sqDiffSum(x: DeviceBuffer, y: DeviceBuffer, n: number, scratch: DeviceBuffer): number;
  addScaled(x: DeviceBuffer, d: DeviceBuffer, w: DeviceBuffer, rows: number, cols: number, byRow: boolean): void;
  applyAnchors(x: DeviceBuffer, out: DeviceBuffer, tokens: number, cols: number, deltas: DeviceBuffer[], w: DeviceBuffer, disagree: DeviceBuffer | null): void;
  quantize(src: DeviceBuffer, dst: DeviceBuffer, values: number, bits: 4 | 8): void;
  dequantize(src: DeviceBuffer, dst: DeviceBuffer, values: number, bits: 4 | 8): void;
  kvToF32(src: DeviceBuffer, dst: DeviceBuffer, tokens: number, cols: number, transposed: boolean, cellStride: number): void;
  f32ToKv(src: DeviceBuffer, dst: DeviceBuffer, tokens: number, cols: number, transposed: boolean, cellStride: number): void;
  pinned(bytes: number): ArrayBuffer;
  gatherF32(src: DeviceBuffer, srcLayer: number, dst: DeviceBuffer, layers: number, perLayer: number): void;
  anchorDist(x: DeviceBuffer, P: number, row: number, layers: number, bases: DeviceBuffer[], strides: number[], part: DeviceBuffer, dist: DeviceBuffer): void;
  anchorApplyLayers(x: DeviceBuffer, out: DeviceBuffer, P: number, row: number, layers: number, deltas: DeviceBuffer[], strides: number[], w: DeviceBuffer, part: DeviceBuffer | null, spread: DeviceBuffer | null): void;
  shrinkRows(x: DeviceBuffer, out: DeviceBuffer, rows: number, row: number, alpha: DeviceBuffer): void;
  c2cProject(weights: DeviceBuffer[], dims: number[], rmsEps: number, s: DeviceBuffer, r: DeviceBuffer, out: DeviceBuffer, scratch: DeviceBuffer, T: number): void;
  anchorColDist(x: DeviceBuffer, P: number, row: number, layers: number, bases: DeviceBuffer[], strides: number[], out: DeviceBuffer): void;
  followApply(colDist: DeviceBuffer, row: number, layers: number, tau: number, pf: DeviceBuffer[], strides: number[], F: number, base: DeviceBuffer, out: DeviceBuffer): void;
  countNonFinite(buf: DeviceBuffer, n: number, counter: DeviceBuffer): number;
  countNonFiniteAll(bufs: DeviceBuffer[], ns: number[], counter: DeviceBuffer): number;
  waitCopies(): void;
  sync(): void;
  mark(): number;
  elapsed(a: number, b: number): number;
  clearMarks(): void;
}

/** The GPU kernels on device-resident buffers; calls queue work, sync() waits for it. */
export interface DeviceKernels {
  readonly name: string;
  readonly deviceName: string;
  alloc(bytes: number): DeviceBuffer;
  /** Rotates f16 (or f32) keys [nTokens][nHeads][headDim] in place by `delta` positions (kernels/rope.ts's arithmetic). */
  ropeShift(k: DeviceBuffer, nTokens: number, nHeads: number, delta: number | Int32Array, rope: RopeParams, f16: boolean): void;
  f16ToF32(src: DeviceBuffer, dst: DeviceBuffer, n: number): void;
  f32ToF16(src: DeviceBuffer, dst: DeviceBuffer, n: number): void;
  /** out = x + sum_a w[a][t] * f16(delta_a): the fused anchor offset application of one layer and side (w: f32 [anchors][tokens]). */
  applyAnchors(x: DeviceBuffer, out: DeviceBuffer, tokens: number, cols: number, deltas: readonly DeviceBuffer[], w: DeviceBuffer, disagree?: DeviceBuffer): void;
  addScaled(x: DeviceBuffer, d: DeviceBuffer, w: DeviceBuffer, rows: number, cols: number, byRow: boolean): void;
  quantize(src: DeviceBuffer, dst: DeviceBuffer, values: number, bits: 4 | 8): void;
  dequantize(src: DeviceBuffer, dst: DeviceBuffer, values: number, bits: 4 | 8): void;
  /** llama.cpp's KV layout of one layer (f16; V transposed when flash attention is off) to the anchors' f32 [tokens][cols], and back. */
  kvToF32(src: DeviceBuffer, dst: DeviceBuffer, tokens: number, cols: number, transposed: boolean, cellStride: number): void;
  f32ToKv(src: DeviceBuffer, dst: DeviceBuffer, tokens: number, cols: number, transposed: boolean, cellStride: number): void;
  /** Page-locked host memory: copies between it and the device run at full PCIe speed. Freed when the ArrayBuffer is collected. */
  pinned(bytes: number): ArrayBuffer;
  /** dst [layers][perLayer] f32 = the f16 values src[l * srcLayer + i], i < perLayer (the first tokens of each layer of a [layers][n][row] block). */
  gatherF32(src: DeviceBuffer, srcLayer: number, dst: DeviceBuffer, layers: number, perLayer: number): void;
  /**
   * The offset estimate's first pass over layers 1..layers-1 of one side in one launch:
   * dist[t][a] = sum over those layers and the row of |x[l][t] - f16(base_a[l-1][t])| (f64).
   * x: f32 [layers][P][row]; each base: f16 [layers-1][strides[a] / row][row]; `part`: P * (layers-1) * A doubles of scratch.
   */
  anchorDistance(x: DeviceBuffer, P: number, row: number, layers: number, bases: readonly DeviceBuffer[], strides: readonly number[], part: DeviceBuffer, dist: DeviceBuffer): void;
  /**
   * The second pass: out[l][t] = x[l][t] + sum_a w[a][t] * f16(delta_a[l-1][t]) for l >= 1, layer 0 copied (as anchors/fused.ts
   * rounds it); with `spread`, spread[t] = the anchors' weighted disagreement summed over layers (`part`: P * (layers-1) doubles).
   */
  anchorCorrect(x: DeviceBuffer, out: DeviceBuffer, P: number, row: number, layers: number, deltas: readonly DeviceBuffer[], strides: readonly number[], w: DeviceBuffer, spread?: { part: DeviceBuffer; out: DeviceBuffer }): void;
  /**
   * The following text's distances (offset-estimator's pass 1, per layer and channel): for layers l >= 1,
   * out[a][(l - 1) * row + c] = sqrt(sum over t < P, in order, of (x[l][t][c] - f16(base_a[l-1][t][c]))^2 / P) (f64).
   */
  anchorColumnDistance(x: DeviceBuffer, P: number, row: number, layers: number, bases: readonly DeviceBuffer[], strides: readonly number[], out: DeviceBuffer): void;
  /**
   * The following text corrected (offset-estimator's followingWeights, then applyFollowingLayer per layer):
   * out[0] = base[0]; per layer l >= 1 and channel c, weights w[a] = relativeSoftmax(colDist[.][(l - 1) * row + c], tau)
   * (rounded to f32), out[l][t][c] = base[l][t][c] + w[a] * f16(pf_a[l-1][t][c]) for each anchor in order.
   * colDist: f64 [A][layers - 1][row] (anchorColumnDistance's); base, out: f32 [layers][F][row]; each pf: f16 [layers-1][strides[a] / row][row].
   */
  followingApply(colDist: DeviceBuffer, row: number, layers: number, tau: number, pf: readonly DeviceBuffer[], strides: readonly number[], F: number, base: DeviceBuffer, out: DeviceBuffer): void;
  /**
   * The anchors' calibrated shrink (anchors/correction-shrink.ts shrinkRows): per row r < rows with alpha[r] != 1,
   * out[r] = x[r] + alpha[r] * (out[r] - x[r]) in f64, rounded once to f32 (the host's bytes).
   * x, out: f32 [rows][row]; alpha: f32 [rows].
   */
  shrinkRows(x: DeviceBuffer, out: DeviceBuffer, rows: number, row: number, alpha: DeviceBuffer): void;
  /**
   * One receiver layer and side of a C2C fuser (kernels/c2c-fuser.ts's steps, f32): out = r + sigmoid(W_w h) * P.
   * weights: 12 f32 buffers in FuserProjectorWeights' order (wIn .. bWeight); dims [hidden, sDim, nHeads, headDim];
   * s: [T][sDim], r and out: [T][nHeads * headDim]; scratch: c2cScratchFloats(...) floats.
   */
  c2cProject(weights: readonly DeviceBuffer[], dims: readonly [number, number, number, number], rmsEps: number, s: DeviceBuffer, r: DeviceBuffer, out: DeviceBuffer, scratch: DeviceBuffer, T: number): void;
  /** How many of the first n f16 values of `buf` are NaN or infinite (waits for queued work). */
  countNonFinite(buf: DeviceBuffer, n: number): number;
  /** The same over several buffers' first n values, with one wait. */
  countNonFiniteAll(parts: readonly (readonly [DeviceBuffer, number])[]): number;
  /** Waits for every DeviceBuffer.copyOut queued. */
  waitCopies(): void;
  sync(): void;
  /** Milliseconds of device time `work` queues (CUDA events), after it finished. */
  time(work: () => void): number;
  /** Device-to-device copy bandwidth (read + write bytes / s) on `bytes`-sized buffers, measured now. */
  copyGBps(bytes: number, reps?: number): number;
}

export type CudaStatus = { readonly ok: true; readonly device: DeviceKernels; readonly backend: KernelBackend } | { readonly ok: false; readonly reason: string };

const CHILD_ENV = "KVMESH_CUDA_SMOKE_CHILD";
let status: CudaStatus | undefined;

/** The CUDA backend, or why not (decided once per process; KVMESH_CUDA=0 turns it off). */
export function cudaStatus(): CudaStatus {
  status ??= decide();
  return status;
}

function decide(): CudaStatus {
  if (process.env.KVMESH_CUDA === "0") return { ok: false, reason: "turned off by KVMESH_CUDA=0" };
  const dir = nativeBuildDir();
  if (!dir) return { ok: false, reason: "cannot find kvmesh's native/ folder" };
  const binary = join(dir, "kvmesh-cuda.node");
  let stamp: { ok?: boolean; key?: string; reason?: string };
  try {
    stamp = JSON.parse(readFileSync(join(dir, "cuda-stamp.json"), "utf8"));
  } catch {
    return { ok: false, reason: "not built (no nvcc when native/build.mjs ran?)" };
  }
  if (!stamp.ok || !existsSync(binary)) return { ok: false, reason: stamp.reason ?? "not built" };
  let addon: CudaAddon;
  try {
    addon = createRequire(import.meta.url)(binary) as CudaAddon;
  } catch (e) {
    return { ok: false, reason: `cannot load ${binary}: ${(e as Error).message.split("\n")[0]}` };
  }
  const dev = addon.device();
  if (!dev.available) return { ok: false, reason: `no usable CUDA device: ${dev.reason}` };
  if (process.env[CHILD_ENV] !== "1") {
    const verdict = smokeFor(dir, stamp.key ?? "?");
    if (!verdict.ok) return verdict;
  }
  const device = deviceKernels(addon, dev.name ?? "CUDA device");
  return { ok: true, device, backend: hostBackend(addon, device) };
}

function smokeFor(dir: string, key: string): { ok: true } | { ok: false; reason: string } {
  const script = fileURLToPath(new URL(`./cuda-smoke${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url));
  return smokeVerdict({ cacheName: `cuda-smoke-${key}.json`, dir, script, env: { [CHILD_ENV]: "1" }, timeoutMs: 120_000 });
}

/** cos/sin tables for every distinct delta, and which table each token uses (-1: delta 0, left alone). */
function ropeTables(delta: number | Int32Array, nTokens: number, rope: RopeParams): { cosSin: Float32Array; tableOf: Int32Array } {
  const thetaScale = ropeThetaScale(rope);
  const tableOf = new Int32Array(nTokens);
  const tables: Float32Array[] = [];
  const index = new Map<number, number>();
  for (let t = 0; t < nTokens; t++) {
    const d = typeof delta === "number" ? delta : delta[t];
    if (d === 0) {
      tableOf[t] = -1;
      continue;
    }
    let i = index.get(d);
    if (i === undefined) {
      i = tables.length;
      index.set(d, i);
      tables.push(ropeCosSin(d, rope, new Float32Array(rope.nRot), thetaScale));
    }
    tableOf[t] = i;
  }
  const cosSin = new Float32Array(Math.max(1, tables.length) * rope.nRot);
  tables.forEach((tb, i) => cosSin.set(tb, i * rope.nRot));
  return { cosSin, tableOf };
}

function deviceKernels(addon: CudaAddon, deviceName: string): DeviceKernels {
  const small = new Map<string, DeviceBuffer>();
  // Small per-call inputs (tables) live in reused buffers.
  const scratch = (slot: string, bytes: number): DeviceBuffer => {
    let b = small.get(slot);
    if (!b || b.bytes < bytes) {
      b?.dispose();
      b = new addon.DeviceBuffer(Math.max(bytes, 256));
      small.set(slot, b);
    }
    return b;
  };
  // cos/sin tables of recent uniform moves, on the device (a move repeats: a segment read at the same offset again).
  const tables = new Map<string, DeviceBuffer>();
  const uniformTable = (delta: number, rope: RopeParams): DeviceBuffer => {
    const key = `${delta}:${rope.style}:${rope.nRot}:${rope.freqBase}:${rope.freqScale}:${rope.freqFactors ? Array.from(rope.freqFactors).join(",") : ""}`;
    let b = tables.get(key);
    if (b) {
      tables.delete(key);
      tables.set(key, b);
      return b;
    }
    b = new addon.DeviceBuffer(rope.nRot * 4);
    b.upload(ropeCosSin(delta, rope, new Float32Array(rope.nRot)));
    tables.set(key, b);
    if (tables.size > 64) {
      const [oldest, ob] = tables.entries().next().value as [string, DeviceBuffer];
      ob.dispose();
      tables.delete(oldest);
    }
    return b;
  };
  const dk: DeviceKernels = {
    name: "cuda",
    deviceName,
    alloc: (bytes) => new addon.DeviceBuffer(bytes),
    ropeShift(k, nTokens, nHeads, delta, rope, f16) {
      if (typeof delta === "number") {
        // One delta: one table (kept on the device for the next call with the same move), no per-token index.
        if (delta === 0) return;
        addon.rope(k, nTokens, nHeads, rope.headDim, rope.nRot, rope.style === "neox", uniformTable(delta, rope), null, f16);
        return;
      }
      const { cosSin, tableOf } = ropeTables(delta, nTokens, rope);
      const cs = scratch("cosSin", cosSin.byteLength);
      cs.upload(cosSin);
      const to = scratch("tableOf", tableOf.byteLength);
      to.upload(tableOf);
      addon.rope(k, nTokens, nHeads, rope.headDim, rope.nRot, rope.style === "neox", cs, to, f16);
    },
    f16ToF32: (s, d, n) => addon.f16ToF32(s, d, n),
    f32ToF16: (s, d, n) => addon.f32ToF16(s, d, n),
    applyAnchors: (x, out, tokens, cols, deltas, w, disagree) => addon.applyAnchors(x, out, tokens, cols, [...deltas], w, disagree ?? null),
    addScaled: (x, d, w, rows, cols, byRow) => addon.addScaled(x, d, w, rows, cols, byRow),
    quantize: (s, d, n, bits) => addon.quantize(s, d, n, bits),
    dequantize: (s, d, n, bits) => addon.dequantize(s, d, n, bits),
    kvToF32: (s, d, t, c, tr, st) => addon.kvToF32(s, d, t, c, tr, st),
    f32ToKv: (s, d, t, c, tr, st) => addon.f32ToKv(s, d, t, c, tr, st),
    pinned: (bytes) => addon.pinned(bytes),
    gatherF32: (src, srcLayer, dst, layers, perLayer) => addon.gatherF32(src, srcLayer, dst, layers, perLayer),
    anchorDistance: (x, P, row, layers, bases, strides, part, dist) => addon.anchorDist(x, P, row, layers, [...bases], [...strides], part, dist),
    anchorCorrect: (x, out, P, row, layers, deltas, strides, w, spread) => addon.anchorApplyLayers(x, out, P, row, layers, [...deltas], [...strides], w, spread?.part ?? null, spread?.out ?? null),
    anchorColumnDistance: (x, P, row, layers, bases, strides, out) => addon.anchorColDist(x, P, row, layers, [...bases], [...strides], out),
    followingApply: (colDist, row, layers, tau, pf, strides, F, base, out) => addon.followApply(colDist, row, layers, tau, [...pf], [...strides], F, base, out),
    shrinkRows: (x, out, rows, row, alpha) => addon.shrinkRows(x, out, rows, row, alpha),
    c2cProject: (w, dims, eps, s, r, out, scratch, T) => addon.c2cProject([...w], [...dims], eps, s, r, out, scratch, T),
    countNonFinite: (b, n) => addon.countNonFinite(b, n, scratch("nonFinite", 8)),
    countNonFiniteAll: (parts) => addon.countNonFiniteAll(parts.map((p) => p[0]), parts.map((p) => p[1]), scratch("nonFinite", 8)),
    waitCopies: () => addon.waitCopies(),
    sync: () => addon.sync(),
    time(work) {
      const a = addon.mark();
      work();
      const b = addon.mark();
      const ms = addon.elapsed(a, b);
      addon.clearMarks();
      return ms;
    },
    copyGBps(bytes, reps = 10) {
      const src = new addon.DeviceBuffer(bytes);
      const dst = new addon.DeviceBuffer(bytes);
      try {
        dst.copyFrom(src, bytes); // warm-up
        const ms = dk.time(() => {
          for (let i = 0; i < reps; i++) dst.copyFrom(src, bytes);
        });
        return (2 * bytes * reps) / (ms / 1000) / 1e9;
      } finally {
        src.dispose();
        dst.dispose();
      }
    },
  };
  return dk;
}

/** The synchronous typed-array interface over the device kernels (upload, run, download). */
function hostBackend(addon: CudaAddon, dk: DeviceKernels): KernelBackend {
  const pool = new Map<string, DeviceBuffer>();
  const buf = (slot: string, bytes: number): DeviceBuffer => {
    let b = pool.get(slot);
    if (!b || b.bytes < bytes) {
      b?.dispose();
      b = new addon.DeviceBuffer(Math.max(bytes, 256));
      pool.set(slot, b);
    }
    return b;
  };
  const up = (slot: string, a: ArrayBufferView): DeviceBuffer => {
    const b = buf(slot, a.byteLength);
    if (a.byteLength > 0) b.upload(a);
    return b;
  };
  const down = (b: DeviceBuffer, a: ArrayBufferView): void => {
    if (a.byteLength > 0) b.download(a);
  };
  const rope = (k: Float32Array | Uint16Array, nTokens: number, nHeads: number, delta: number | Int32Array, p: RopeParams, f16: boolean) => {
    checkRopeShift(k.length, nTokens, nHeads, delta, p);
    if (k.length === 0) return;
    const b = up("k", k);
    dk.ropeShift(b, nTokens, nHeads, delta, p, f16);
    down(b, k);
  };
  const scaled = (kernel: string, x: Float32Array, d: Float32Array, w: Float32Array, rows: number, cols: number, byRow: boolean) => {
    const n = checkMatrix(kernel, rows, cols, ["x", x], ["d", d]);
    checkAtLeast(kernel, "w", w, byRow ? rows : cols);
    if (n === 0) return;
    const xv = x.subarray(0, n);
    const bx = up("x", xv);
    dk.addScaled(bx, up("y", d.subarray(0, n)), up("w", w.subarray(0, byRow ? rows : cols)), rows, cols, byRow);
    down(bx, xv);
  };
  return {
    name: "cuda",
    f16ToF32(src, dst) {
      const out = dst ?? new Float32Array(src.length);
      if (out.length !== src.length) throw new KernelLengthError("f16ToF32", "dst", src.length, out.length);
      if (src.length === 0) return out;
      const o = buf("y", out.byteLength);
      dk.f16ToF32(up("x", src), o, src.length);
      down(o, out);
      return out;
    },
    f32ToF16(src, dst) {
      const out = dst ?? new Uint16Array(src.length);
      if (out.length !== src.length) throw new KernelLengthError("f32ToF16", "dst", src.length, out.length);
      if (src.length === 0) return out;
      const o = buf("y", out.byteLength);
      dk.f32ToF16(up("x", src), o, src.length);
      down(o, out);
      return out;
    },
    ropeShift: (k, nTokens, nHeads, delta, p) => rope(k, nTokens, nHeads, delta, p, false),
    ropeShiftF16: (k, nTokens, nHeads, delta, p) => rope(k, nTokens, nHeads, delta, p, true),
    quantizeQ8_0: (src) => quantize(src, 8),
    dequantizeQ8_0: (src, n, dst) => dequantize(src, n, 8, dst),
    quantizeQ4_0: (src) => quantize(src, 4),
    dequantizeQ4_0: (src, n, dst) => dequantize(src, n, 4, dst),
    rowAbsDiffSum(x, y, rows, cols, out) {
      const n = checkMatrix("rowAbsDiffSum", rows, cols, ["x", x], ["y", y]);
      checkAtLeast("rowAbsDiffSum", "out", out, rows);
      if (rows === 0) return;
      const o = up("w", out.subarray(0, rows));
      addon.rowAbsDiffSum(up("x", x.subarray(0, n)), up("y", y.subarray(0, n)), rows, cols, o);
      down(o, out.subarray(0, rows));
    },
    colSqDiffSum(x, y, rows, cols, out) {
      const n = checkMatrix("colSqDiffSum", rows, cols, ["x", x], ["y", y]);
      checkAtLeast("colSqDiffSum", "out", out, cols);
      if (cols === 0) return;
      const o = up("w", out.subarray(0, cols));
      addon.colSqDiffSum(up("x", x.subarray(0, n)), up("y", y.subarray(0, n)), rows, cols, o);
      down(o, out.subarray(0, cols));
    },
    sqDiffSum(x, y, n) {
      checkCount("sqDiffSum", "n", n);
      checkAtLeast("sqDiffSum", "x", x, n);
      checkAtLeast("sqDiffSum", "y", y, n);
      if (n === 0) return 0;
      return addon.sqDiffSum(up("x", x.subarray(0, n)), up("y", y.subarray(0, n)), n, buf("sum", 1024 * 8));
    },
    addRowScaled: (x, d, w, rows, cols) => scaled("addRowScaled", x, d, w, rows, cols, true),
    addColScaled: (x, d, w, rows, cols) => scaled("addColScaled", x, d, w, rows, cols, false),
  };

  function quantize(src: Float32Array, bits: 4 | 8): Uint8Array {
    const kernel = bits === 8 ? "quantizeQ8_0" : "quantizeQ4_0";
    if (src.length % 32 !== 0) throw new KernelLengthError(kernel, "values", "a non-negative multiple of 32", src.length);
    const out = new Uint8Array(bits === 8 ? q8_0Bytes(src.length) : q4_0Bytes(src.length));
    if (src.length === 0) return out;
    const o = buf("y", out.byteLength);
    dk.quantize(up("x", src), o, src.length, bits);
    down(o, out);
    return out;
  }

  function dequantize(src: Uint8Array, nValues: number, bits: 4 | 8, dst?: Float32Array): Float32Array {
    const kernel = bits === 8 ? "dequantizeQ8_0" : "dequantizeQ4_0";
    if (!Number.isInteger(nValues) || nValues < 0 || nValues % 32 !== 0) throw new KernelLengthError(kernel, "values", "a non-negative multiple of 32", nValues);
    const bytes = bits === 8 ? q8_0Bytes(nValues) : q4_0Bytes(nValues);
    if (src.length !== bytes) throw new KernelLengthError(kernel, "src", `${bits === 8 ? "q8_0" : "q4_0"} bytes for ${nValues} values = ${bytes}`, src.length);
    const out = dst ?? new Float32Array(nValues);
    if (out.length !== nValues) throw new KernelLengthError(kernel, "dst", nValues, out.length);
    if (nValues === 0) return out;
    const o = buf("y", out.byteLength);
    dk.dequantize(up("x", src), o, nValues, bits);
    down(o, out);
    return out;
  }
}

/**
 * Named device buffers reused from call to call (grown, never shrunk), for
 * work that runs one call at a time on one thread: a buffer from get() is
 * valid until the next get() of the same slot.
 */
export class DeviceScratch implements Disposable {
  readonly #slots = new Map<string, DeviceBuffer>();

  constructor(private readonly dk: DeviceKernels) {}

  get(slot: string, bytes: number): DeviceBuffer {
    let b = this.#slots.get(slot);
    if (!b || b.bytes < bytes) {
      b?.dispose();
      // Some headroom, so that slightly longer contents do not reallocate every time.
      b = this.dk.alloc(Math.max(256, Math.ceil((bytes * 1.25) / 256) * 256));
      this.#slots.set(slot, b);
    }
    return b;
  }

  /** Device bytes held. */
  get bytes(): number {
    let n = 0;
    for (const b of this.#slots.values()) n += b.bytes;
    return n;
  }

  dispose(): void {
    for (const b of this.#slots.values()) b.dispose();
    this.#slots.clear();
  }

  [Symbol.dispose](): void {
    this.dispose();
  }
}
