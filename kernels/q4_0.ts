/**
 * ggml q4_0, for moving KV over the wire at a quarter of f16's size: blocks
 * of 32 values, each an f16 scale `d` followed by 16 bytes of 4-bit codes
 * (18 bytes). Values 0..15 of a block sit in the low nibbles, 16..31 in the
 * high nibbles. Quantization mirrors ggml's `quantize_row_q4_0_ref`, in f32:
 *
 *     max = the value of largest magnitude;  d = max / -8;  id = d ? 1/d : 0
 *     block.d = f16(d)                         (nearest even)
 *     q_j = min(15, trunc(x_j * id + 8.5))
 *
 * and dequantization x_j = (q_j - 8) * f16(d). The error is at most about
 * |d| / 2 + 8 |d - f16(d)| per value (one step of a 16-level grid).
 */
import { KernelLengthError } from "./errors.js";
import { F16_TO_F32, f32ToF16Bits } from "./f16.js";

export const Q4_0_BLOCK_VALUES = 32;
export const Q4_0_BLOCK_BYTES = 18;

export function q4_0Bytes(nValues: number): number {
  return (nValues / Q4_0_BLOCK_VALUES) * Q4_0_BLOCK_BYTES;
}

function checkValues(kernel: string, n: number): void {
  if (!Number.isInteger(n) || n < 0 || n % Q4_0_BLOCK_VALUES !== 0) throw new KernelLengthError(kernel, "values", "a non-negative multiple of 32", n);
}

/** f32 -> q4_0 blocks (`src.length` a multiple of 32). */
export function quantizeQ4_0(src: Float32Array, dst?: Uint8Array): Uint8Array {
  const n = src.length;
  checkValues("quantizeQ4_0", n);
  const nBytes = q4_0Bytes(n);
  const out = dst ?? new Uint8Array(nBytes);
  if (out.length !== nBytes) throw new KernelLengthError("quantizeQ4_0", "dst", nBytes, out.length);
  for (let x0 = 0, o = 0; x0 < n; x0 += Q4_0_BLOCK_VALUES, o += Q4_0_BLOCK_BYTES) {
    let amax = 0;
    let max = 0;
    for (let j = 0; j < Q4_0_BLOCK_VALUES; j++) {
      const a = Math.abs(src[x0 + j]);
      if (amax < a) {
        amax = a;
        max = src[x0 + j];
      }
    }
    const d = Math.fround(max / -8);
    const id = d !== 0 ? Math.fround(1 / d) : 0;
    const h = f32ToF16Bits(d);
    out[o] = h & 0xff;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < 16; j++) {
      // trunc(f32(f32(x * id) + 8.5)), as C's (int8_t) cast of the f32 sum; the sum is >= 0.5 here.
      const q0 = Math.min(15, Math.trunc(Math.fround(Math.fround(src[x0 + j] * id) + 8.5)));
      const q1 = Math.min(15, Math.trunc(Math.fround(Math.fround(src[x0 + 16 + j] * id) + 8.5)));
      out[o + 2 + j] = q0 | (q1 << 4);
    }
  }
  return out;
}

/** q4_0 blocks -> f32. */
export function dequantizeQ4_0(src: Uint8Array, nValues: number, dst?: Float32Array): Float32Array {
  checkValues("dequantizeQ4_0", nValues);
  const nBytes = q4_0Bytes(nValues);
  if (src.length !== nBytes) throw new KernelLengthError("dequantizeQ4_0", "src", `q4_0 bytes for ${nValues} values = ${nBytes}`, src.length);
  const out = dst ?? new Float32Array(nValues);
  if (out.length !== nValues) throw new KernelLengthError("dequantizeQ4_0", "dst", nValues, out.length);
  for (let x0 = 0, o = 0; x0 < nValues; x0 += Q4_0_BLOCK_VALUES, o += Q4_0_BLOCK_BYTES) {
    const d = F16_TO_F32[src[o] | (src[o + 1] << 8)];
    for (let j = 0; j < 16; j++) {
      const q = src[o + 2 + j];
      out[x0 + j] = ((q & 0x0f) - 8) * d;
      out[x0 + 16 + j] = ((q >>> 4) - 8) * d;
    }
  }
  return out;
}
