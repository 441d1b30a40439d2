/**
 * RoPE re-positioning of keys that are already rotated (post-RoPE K, as the
 * KV cache stores them): rotate each key by `delta` positions, which is what
 * llama.cpp's K-shift does (`ggml_rope_ext` with pos = delta).
 *
 * The angles follow ggml-cpu's `ggml_rope_cache_init` with ext_factor = 0 and
 * attn_factor = 1, in the same f32 precision:
 *
 *     theta_scale = powf(freq_base, -2.0f / n_rot)          (f32)
 *     theta       = (float) delta
 *     for pair i: t = theta / freq_factors[i] (when given)   (f32)
 *                 t = freq_scale * t                        (f32)
 *                 cos_i = cosf(t), sin_i = sinf(t)          (stored as f32)
 *                 theta = theta * theta_scale               (f32, iterative)
 *
 * Pair i rotates (x[2i], x[2i+1]) in "normal" style and (x[i], x[i + nRot/2])
 * in "neox" style: x0' = x0*cos - x1*sin, x1' = x0*sin + x1*cos. That product
 * is computed here in double and rounded once to f32 (ggml computes it in f32,
 * possibly fused), so results can differ from ggml by about one f32 ulp.
 * Dimensions nRot..headDim-1 are left untouched (bit for bit).
 *
 * YaRN (ext_factor != 0) and attention-factor scaling are not supported;
 * models/ refuses such models.
 */
import type { RopeParams } from "./backend.js";
import { KernelLengthError, KernelShapeError, RopeParamsError } from "./errors.js";
import { F16_TO_F32, f32BitsToF16Bits } from "./f16.js";

const KERNEL = "ropeShift";

/** Throws {@link RopeParamsError} unless the parameters can be applied. */
export function validateRopeParams(rope: RopeParams): void {
  const { nRot, headDim, freqBase, freqScale, freqFactors, style } = rope;
  if (style !== "normal" && style !== "neox") throw new RopeParamsError(`unknown style ${String(style)}`);
  if (!Number.isInteger(headDim) || headDim < 2) throw new RopeParamsError(`headDim = ${headDim} must be an integer >= 2`);
  if (!Number.isInteger(nRot) || nRot < 2 || nRot % 2 !== 0 || nRot > headDim) {
    throw new RopeParamsError(`nRot = ${nRot} must be an even integer in [2, headDim = ${headDim}]`);
  }
  if (!(freqBase > 0) || !Number.isFinite(freqBase)) throw new RopeParamsError(`freqBase = ${freqBase} must be finite and > 0`);
  if (!(freqScale > 0) || !Number.isFinite(freqScale)) throw new RopeParamsError(`freqScale = ${freqScale} must be finite and > 0`);
  if (freqFactors !== undefined && freqFactors.length < nRot / 2) {
    throw new RopeParamsError(`freqFactors has length ${freqFactors.length}, needs at least nRot/2 = ${nRot / 2}`);
  }
}

/** ggml's theta_scale = powf(freq_base, -2.0f / n_rot), in f32. */
export function ropeThetaScale(rope: RopeParams): number {
  return Math.fround(Math.pow(Math.fround(rope.freqBase), Math.fround(-2 / rope.nRot)));
}

/**
 * Fills `out[2i] = cos(theta_i)`, `out[2i+1] = sin(theta_i)` for the nRot/2
 * pairs of a rotation by `delta` positions, with theta_i computed as ggml does
 * (see the file comment). `out.length` must be at least nRot.
 */
export function ropeCosSin(delta: number, rope: RopeParams, out: Float32Array, thetaScale = ropeThetaScale(rope)): Float32Array {
  if (out.length < rope.nRot) throw new KernelLengthError("ropeCosSin", "out", `at least nRot = ${rope.nRot}`, out.length);
  const half = rope.nRot >> 1;
  const ff = rope.freqFactors;
  const scale = Math.fround(rope.freqScale);
  let theta = Math.fround(delta);
  for (let i = 0; i < half; i++) {
    let t = ff === undefined ? theta : Math.fround(theta / ff[i]);
    t = Math.fround(scale * t);
    out[2 * i] = Math.cos(t);
    out[2 * i + 1] = Math.sin(t);
    theta = Math.fround(theta * thetaScale);
  }
  return out;
}

/** Throws the typed error ropeShiftF16/F32 would throw for these arguments (shared with other backends). */
export function checkRopeShift(kLength: number, nTokens: number, nHeads: number, delta: number | Int32Array, rope: RopeParams): void {
  validateRopeParams(rope);
  if (!Number.isInteger(nTokens) || nTokens < 0) throw new KernelShapeError(KERNEL, "nTokens", nTokens, "an integer >= 0");
  if (!Number.isInteger(nHeads) || nHeads < 0) throw new KernelShapeError(KERNEL, "nHeads", nHeads, "an integer >= 0");
  const want = nTokens * nHeads * rope.headDim;
  if (kLength !== want) throw new KernelLengthError(KERNEL, "k", `nTokens * nHeads * headDim = ${want}`, kLength);
  if (typeof delta === "number") {
    if (!Number.isInteger(delta) || delta < -0x80000000 || delta > 0x7fffffff) {
      throw new RopeParamsError(`delta = ${delta} must be an int32`);
    }
  } else if (delta.length !== nTokens) {
    throw new KernelLengthError(KERNEL, "delta", `nTokens = ${nTokens}`, delta.length);
  }
}

// Scratch reused across calls (kernels are synchronous, JS is single-threaded).
let cacheScratch = new Float32Array(256);

function cosSinCache(nRot: number): Float32Array {
  if (cacheScratch.length < nRot) cacheScratch = new Float32Array(nRot);
  return cacheScratch;
}

/** Rotates `nHeads` consecutive rows of `headDim` f32 values starting at `off`. */
function rotateRowsF32(k: Float32Array, off: number, nHeads: number, headDim: number, nRot: number, neox: boolean, cs: Float32Array): void {
  const half = nRot >> 1;
  for (let h = 0; h < nHeads; h++, off += headDim) {
    if (neox) {
      for (let i = 0; i < half; i++) {
        const c = cs[2 * i];
        const s = cs[2 * i + 1];
        const j0 = off + i;
        const j1 = j0 + half;
        const x0 = k[j0];
        const x1 = k[j1];
        k[j0] = x0 * c - x1 * s;
        k[j1] = x0 * s + x1 * c;
      }
    } else {
      for (let i = 0; i < nRot; i += 2) {
        const c = cs[i];
        const s = cs[i + 1];
        const j0 = off + i;
        const x0 = k[j0];
        const x1 = k[j0 + 1];
        k[j0] = x0 * c - x1 * s;
        k[j0 + 1] = x0 * s + x1 * c;
      }
    }
  }
}

/**
 * ropeShift on f32 keys, [nTokens][nHeads][headDim], in place. This driver and
 * ropeShiftF16's are deliberately two copies: one generic driver taking the
 * row rotator as a parameter measured 1.7x slower on f16 blocks (V8 no longer
 * specialises the rotation loop; `kvmesh bench kernels`, 2026-11-30).
 */
export function ropeShiftF32(k: Float32Array, nTokens: number, nHeads: number, delta: number | Int32Array, rope: RopeParams): void {
  checkRopeShift(k.length, nTokens, nHeads, delta, rope);
  const { headDim, nRot } = rope;
  const neox = rope.style === "neox";
  const cs = cosSinCache(nRot);
  const thetaScale = ropeThetaScale(rope);
  const rowTok = nHeads * headDim;
  if (typeof delta === "number") {
    if (delta === 0) return; // cos 0 = 1, sin 0 = 0: the identity.
    ropeCosSin(delta, rope, cs, thetaScale);
    rotateRowsF32(k, 0, nTokens * nHeads, headDim, nRot, neox, cs);
    return;
  }
  let last = 0;
  let have = false;
  for (let t = 0; t < nTokens; t++) {
    const d = delta[t];
    if (d === 0) continue;
    if (!have || d !== last) {
      ropeCosSin(d, rope, cs, thetaScale);
      last = d;
      have = true;
    }
    rotateRowsF32(k, t * rowTok, nHeads, headDim, nRot, neox, cs);
  }
}

// Two f32 slots to round a double result to f32 and read its bits.
const pairF32 = new Float32Array(2);
const pairBits = new Uint32Array(pairF32.buffer);

/** f32 bits -> f16 bits with the normal-range fast path inline (see f32BitsToF16Bits). */
function toF16(x: number): number {
  const a = x & 0x7fffffff;
  if (a >= 0x38800000 && a < 0x477ff000) return ((x >>> 16) & 0x8000) | ((a - 0x38000000 + 0x0fff + ((a >>> 13) & 1)) >>> 13);
  return f32BitsToF16Bits(x);
}

/** Rotates `nHeads` consecutive rows of `headDim` f16 values starting at `off`. */
function rotateRowsF16(k: Uint16Array, off: number, nHeads: number, headDim: number, nRot: number, neox: boolean, cs: Float32Array): void {
  const T = F16_TO_F32;
  const r = pairF32;
  const rb = pairBits;
  const half = nRot >> 1;
  for (let h = 0; h < nHeads; h++, off += headDim) {
    if (neox) {
      for (let i = 0; i < half; i++) {
        const c = cs[2 * i];
        const s = cs[2 * i + 1];
        const j0 = off + i;
        const j1 = j0 + half;
        const x0 = T[k[j0]];
        const x1 = T[k[j1]];
        r[0] = x0 * c - x1 * s;
        r[1] = x0 * s + x1 * c;
        k[j0] = toF16(rb[0]);
        k[j1] = toF16(rb[1]);
      }
    } else {
      for (let i = 0; i < nRot; i += 2) {
        const c = cs[i];
        const s = cs[i + 1];
        const j0 = off + i;
        const x0 = T[k[j0]];
        const x1 = T[k[j0 + 1]];
        r[0] = x0 * c - x1 * s;
        r[1] = x0 * s + x1 * c;
        k[j0] = toF16(rb[0]);
        k[j0 + 1] = toF16(rb[1]);
      }
    }
  }
}

/**
 * ropeShift on f16 keys (IEEE half bits), in place: each rotated value is
 * converted to f32, rotated as in {@link ropeShiftF32}, rounded to f32 and
 * then to f16 (nearest even), as ggml's in-place rope on an f16 cache does.
 */
export function ropeShiftF16(k: Uint16Array, nTokens: number, nHeads: number, delta: number | Int32Array, rope: RopeParams): void {
  checkRopeShift(k.length, nTokens, nHeads, delta, rope);
  const { headDim, nRot } = rope;
  const neox = rope.style === "neox";
  const cs = cosSinCache(nRot);
  const thetaScale = ropeThetaScale(rope);
  const rowTok = nHeads * headDim;
  if (typeof delta === "number") {
    if (delta === 0) return;
    ropeCosSin(delta, rope, cs, thetaScale);
    rotateRowsF16(k, 0, nTokens * nHeads, headDim, nRot, neox, cs);
    return;
  }
  let last = 0;
  let have = false;
  for (let t = 0; t < nTokens; t++) {
    const d = delta[t];
    if (d === 0) continue;
    if (!have || d !== last) {
      ropeCosSin(d, rope, cs, thetaScale);
      last = d;
      have = true;
    }
    rotateRowsF16(k, t * rowTok, nHeads, headDim, nRot, neox, cs);
  }
}
