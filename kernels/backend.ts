/**
 * The numeric work kvmesh needs, behind one interface so that a CUDA backend
 * can replace the CPU one. Layouts are explicit: a K block is
 * [token][kvHead][headDim] f32 (or f16 bits), row-major.
 */
import type { FusedAnchorKernels } from "./fused-anchors.js";

export type RopeStyle = "normal" | "neox";

/** Everything that fixes how RoPE rotates a key. Read from the GGUF by models/. */
export interface RopeParams {
  /** "normal": llama.cpp's llama arch, pairs (2i, 2i+1); "neox": pairs (i, i + nRot/2). */
  readonly style: RopeStyle;
  /** Number of rotated dimensions per head (<= headDim); the rest pass through. */
  readonly nRot: number;
  readonly headDim: number;
  readonly freqBase: number;
  /** 1 / linear scaling factor (1 when unscaled). */
  readonly freqScale: number;
  /** Llama-3 `rope_freqs.weight` factors (length nRot/2): theta_i is divided by factors[i]. */
  readonly freqFactors?: Float32Array;
}

export interface KernelBackend extends OffsetKernels {
  readonly name: string;
  /** The offset estimate's two passes in one call per layer (anchors/offset-estimator.ts uses them when present). */
  readonly fusedAnchors?: FusedAnchorKernels;
  /** IEEE half bits -> f32. Writes into `dst` when given. */
  f16ToF32(src: Uint16Array, dst?: Float32Array): Float32Array;
  /** f32 -> IEEE half bits, round to nearest even (as ggml does). */
  f32ToF16(src: Float32Array, dst?: Uint16Array): Uint16Array;
  /**
   * Rotate keys in place as if each token had moved by `delta` positions
   * (a number for all tokens, or one per token). `k` is [nTokens][nHeads][headDim].
   * This is what llama.cpp's K-shift does: rope with position = delta.
   */
  ropeShift(k: Float32Array, nTokens: number, nHeads: number, delta: number | Int32Array, rope: RopeParams): void;
  /** The same on f16 bits (convert, rotate in f32, round back). */
  ropeShiftF16(k: Uint16Array, nTokens: number, nHeads: number, delta: number | Int32Array, rope: RopeParams): void;
  /** ggml q8_0: blocks of 32 values = f16 scale + 32 int8 (34 bytes). `src.length` must be a multiple of 32. */
  quantizeQ8_0(src: Float32Array): Uint8Array;
  dequantizeQ8_0(src: Uint8Array, nValues: number, dst?: Float32Array): Float32Array;
  /** ggml q4_0: blocks of 32 values = f16 scale + 16 bytes of 4-bit codes (18 bytes), for transport. */
  quantizeQ4_0(src: Float32Array): Uint8Array;
  dequantizeQ4_0(src: Uint8Array, nValues: number, dst?: Float32Array): Float32Array;
}

/**
 * Primitives of anchor-based offset correction (KVCOMM), so that a GPU backend
 * can fuse them. Matrices are row-major [rows][cols] f32.
 */
export interface OffsetKernels {
  /** out[r] += sum_c |x[r][c] - y[r][c]| (per-token distance, summed over a layer). */
  rowAbsDiffSum(x: Float32Array, y: Float32Array, rows: number, cols: number, out: Float32Array): void;
  /** out[c] += sum_r (x[r][c] - y[r][c])^2 (per-channel distance over tokens). */
  colSqDiffSum(x: Float32Array, y: Float32Array, rows: number, cols: number, out: Float32Array): void;
  /** sum of (x - y)^2 over the first n values. */
  sqDiffSum(x: Float32Array, y: Float32Array, n: number): number;
  /** x[r][c] += w[r] * d[r][c]. */
  addRowScaled(x: Float32Array, d: Float32Array, w: Float32Array, rows: number, cols: number): void;
  /** x[r][c] += w[c] * d[r][c]. */
  addColScaled(x: Float32Array, d: Float32Array, w: Float32Array, rows: number, cols: number): void;
}
