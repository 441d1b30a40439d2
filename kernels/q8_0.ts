/**
 * ggml q8_0: blocks of 32 values, each stored as ggml's `block_q8_0`:
 * a 2-byte little-endian f16 scale `d` followed by 32 int8 `qs` (34 bytes).
 *
 * Quantization mirrors ggml's `quantize_row_q8_0_ref` (also what ggml-cuda's
 * copy kernel does), in f32:
 *
 *     amax = max |x_j|;  d = amax / 127;  id = d ? 1/d : 0
 *     block.d = f16(d)                    (nearest even)
 *     qs_j    = roundf(x_j * id)          (ties away from zero)
 *
 * ggml's AVX path computes id = 127/amax and rounds ties to even instead, so
 * a value exactly halfway between two steps may land one step apart; the
 * error bound is the same. Note that q is chosen against the f32 `d` while
 * dequantization uses the f16 one, so |x - q*f16(d)| <= d/2 + 127*|d - f16(d)|
 * (not just d/2). Dequantization `x = qs_j * f16(d)` is exact in f32.
 * Non-finite inputs give unspecified (but non-throwing) output.
 */
import { KernelLengthError } from "./errors.js";
import { F16_TO_F32, f32ToF16Bits } from "./f16.js";

export const Q8_0_BLOCK_VALUES = 32;
export const Q8_0_BLOCK_BYTES = 34;

/** Bytes needed for `nValues` values (`nValues` a multiple of 32). */
export function q8_0Bytes(nValues: number): number {
  return (nValues / Q8_0_BLOCK_VALUES) * Q8_0_BLOCK_BYTES;
}

function checkValues(kernel: string, n: number): void {
  if (!Number.isInteger(n) || n < 0 || n % Q8_0_BLOCK_VALUES !== 0) {
    throw new KernelLengthError(kernel, "values", "a non-negative multiple of 32", n);
  }
}

/** f32 -> q8_0 blocks. `src.length` must be a multiple of 32; writes into `dst` (exactly q8_0Bytes long) when given. */
export function quantizeQ8_0(src: Float32Array, dst?: Uint8Array): Uint8Array {
  const n = src.length;
  checkValues("quantizeQ8_0", n);
  const nBytes = q8_0Bytes(n);
  const out = dst ?? new Uint8Array(nBytes);
  if (out.length !== nBytes) throw new KernelLengthError("quantizeQ8_0", "dst", nBytes, out.length);
  const qs = new Int8Array(out.buffer, out.byteOffset, out.length);
  const nBlocks = n / Q8_0_BLOCK_VALUES;
  for (let b = 0; b < nBlocks; b++) {
    const x0 = b * Q8_0_BLOCK_VALUES;
    const o = b * Q8_0_BLOCK_BYTES;
    let amax = 0;
    for (let j = 0; j < Q8_0_BLOCK_VALUES; j++) {
      const a = Math.abs(src[x0 + j]);
      if (a > amax) amax = a;
    }
    const d = Math.fround(amax / 127);
    const id = d !== 0 ? Math.fround(1 / d) : 0;
    const h = f32ToF16Bits(d);
    out[o] = h & 0xff;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < Q8_0_BLOCK_VALUES; j++) {
      const v = Math.fround(src[x0 + j] * id);
      // roundf (ties away from zero). |v| <= 127.x is an f32, so |v| + 0.5 is
      // exact in double and truncating it (| 0) is its floor. (Math.round is
      // both wrong here, ties toward +inf, and slow in V8.)
      qs[o + 2 + j] = v < 0 ? -((0.5 - v) | 0) : (v + 0.5) | 0;
    }
  }
  return out;
}

/**
 * q8_0 blocks -> f32. `nValues` must be a multiple of 32 and `src.length`
 * exactly q8_0Bytes(nValues); writes into `dst` (length nValues) when given.
 */
export function dequantizeQ8_0(src: Uint8Array, nValues: number, dst?: Float32Array): Float32Array {
  checkValues("dequantizeQ8_0", nValues);
  const nBytes = q8_0Bytes(nValues);
  if (src.length !== nBytes) throw new KernelLengthError("dequantizeQ8_0", "src", `q8_0 bytes for ${nValues} values = ${nBytes}`, src.length);
  const out = dst ?? new Float32Array(nValues);
  if (out.length !== nValues) throw new KernelLengthError("dequantizeQ8_0", "dst", nValues, out.length);
  const qs = new Int8Array(src.buffer, src.byteOffset, src.length);
  const table = F16_TO_F32;
  const nBlocks = nValues / Q8_0_BLOCK_VALUES;
  for (let b = 0; b < nBlocks; b++) {
    const o = b * Q8_0_BLOCK_BYTES;
    const d = table[src[o] | (src[o + 1] << 8)];
    const x0 = b * Q8_0_BLOCK_VALUES;
    const q0 = o + 2;
    for (let j = 0; j < Q8_0_BLOCK_VALUES; j++) out[x0 + j] = qs[q0 + j] * d;
  }
  return out;
}
