/**
 * IEEE 754 binary16 ("half", ggml's f16) <-> binary32 conversions, bit-exact
 * with what ggml's CPU backend does on x86 with F16C (`_cvtss_sh(x, 0)` and
 * `_cvtsh_ss`):
 * - f32 -> f16 rounds to nearest, ties to even, with correct subnormals;
 *   values at or above 65520 become infinity.
 * - f16 -> f32 is exact.
 * - NaNs keep their sign and the top bits of their payload, and come out
 *   quiet: f32 -> f16 gives `sign | 0x7e00 | (mantissa >> 13)`, f16 -> f32 gives
 *   `sign | 0x7fc00000 | (mantissa << 13)`. (ggml's software fallback, used
 *   without F16C, turns every f32 NaN into 0x7e00 instead; both are NaNs.)
 *
 * Every conversion works on bits (Uint32 views of the f32 data), so NaN
 * payloads survive; no value passes through a JS number on the way.
 */
import { KernelLengthError } from "./errors.js";

function buildF16ToF32Bits(): Uint32Array {
  const table = new Uint32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = (h & 0x8000) << 16;
    const exp = (h >>> 10) & 0x1f;
    let mant = h & 0x3ff;
    let bits: number;
    if (exp === 0) {
      if (mant === 0) {
        bits = sign;
      } else {
        // Subnormal half: normalise into an f32 normal.
        let e = 1;
        while ((mant & 0x400) === 0) {
          mant <<= 1;
          e--;
        }
        bits = sign | ((e + 112) << 23) | ((mant & 0x3ff) << 13);
      }
    } else if (exp === 31) {
      bits = mant === 0 ? sign | 0x7f800000 : sign | 0x7fc00000 | (mant << 13);
    } else {
      bits = sign | ((exp + 112) << 23) | (mant << 13);
    }
    table[h] = bits >>> 0;
  }
  return table;
}

/** f16 bits -> f32 bits, for all 65536 halves. Do not write to it. */
export const F16_TO_F32_BITS: Uint32Array = buildF16ToF32Bits();
/** The same table read as f32 values (shares its buffer with {@link F16_TO_F32_BITS}). Do not write to it. */
export const F16_TO_F32: Float32Array = new Float32Array(F16_TO_F32_BITS.buffer);

/** f32 bits (as an int32 or uint32) -> f16 bits, round to nearest even. */
export function f32BitsToF16Bits(x: number): number {
  const sign = (x >>> 16) & 0x8000;
  const a = x & 0x7fffffff;
  if (a < 0x38800000) {
    // |x| < 2^-14: a subnormal half or zero.
    if (a <= 0x33000000) return sign; // |x| <= 2^-25 (half of the smallest subnormal): ties to 0.
    const s = 126 - (a >>> 23); // 14..24
    const m = (a & 0x7fffff) | 0x800000;
    let q = m >>> s;
    const rem = m & ((1 << s) - 1);
    const half = 1 << (s - 1);
    if (rem > half || (rem === half && (q & 1) !== 0)) q++;
    return sign | q; // q may reach 0x400, the smallest normal: still right.
  }
  if (a < 0x477ff000) {
    // Rounds to a finite normal half: rebias the exponent, add the rounding
    // bias (0xfff plus the kept lowest bit: ties to even) and let the carry run
    // into the exponent.
    return sign | ((a - 0x38000000 + 0x0fff + ((a >>> 13) & 1)) >>> 13);
  }
  if (a <= 0x7f800000) return sign | 0x7c00; // overflow or infinity
  return sign | 0x7e00 | ((a >>> 13) & 0x3ff); // NaN: quiet, payload kept
}

const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

/** A JS number -> f16 bits: first rounded to f32 (as a C float would be), then to f16. */
export function f32ToF16Bits(x: number): number {
  scratchF32[0] = x;
  return f32BitsToF16Bits(scratchU32[0]);
}

/** f16 bits -> the value as a JS number (exact). */
export function f16BitsToF32(h: number): number {
  return F16_TO_F32[h & 0xffff];
}

/** The bits of a Float32Array's elements (a view on the same memory, no copy). */
export function f32Bits(a: Float32Array): Uint32Array {
  return new Uint32Array(a.buffer, a.byteOffset, a.length);
}

/** f16 bits -> f32, bit-exact. Writes into `dst` (length must equal `src.length`) when given. */
export function f16ToF32Array(src: Uint16Array, dst?: Float32Array): Float32Array {
  const n = src.length;
  const out = dst ?? new Float32Array(n);
  if (out.length !== n) throw new KernelLengthError("f16ToF32", "dst", n, out.length);
  const o = f32Bits(out);
  const t = F16_TO_F32_BITS;
  for (let i = 0; i < n; i++) o[i] = t[src[i]];
  return out;
}

/** f32 -> f16 bits, round to nearest even. Writes into `dst` (length must equal `src.length`) when given. */
export function f32ToF16Array(src: Float32Array, dst?: Uint16Array): Uint16Array {
  const n = src.length;
  const out = dst ?? new Uint16Array(n);
  if (out.length !== n) throw new KernelLengthError("f32ToF16", "dst", n, out.length);
  const s = f32Bits(src);
  for (let i = 0; i < n; i++) {
    // Same as f32BitsToF16Bits, inlined by hand for the common (normal) case.
    const x = s[i];
    const a = x & 0x7fffffff;
    if (a >= 0x38800000 && a < 0x477ff000) {
      out[i] = ((x >>> 16) & 0x8000) | ((a - 0x38000000 + 0x0fff + ((a >>> 13) & 1)) >>> 13);
    } else {
      out[i] = f32BitsToF16Bits(x);
    }
  }
  return out;
}
