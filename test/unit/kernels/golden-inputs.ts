/**
 * Deterministic inputs shared by the golden generator
 * (scripts/make-kernel-goldens.ts) and the golden conformance test. Nothing
 * here calls kernel code: it is plain input generation and hashing.
 */

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples from a uniform PRNG (Box-Muller). */
export function gaussian(rand: () => number): () => number {
  return () => {
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** FNV-1a (32-bit) over the little-endian bytes of 16- or 32-bit words. */
export function fnv1a(words: ArrayLike<number>, bytesPerWord: 2 | 4): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] >>> 0;
    for (let b = 0; b < bytesPerWord; b++) {
      h ^= (w >>> (8 * b)) & 0xff;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, "0");
}

const dv = new DataView(new ArrayBuffer(4));
export function f32FromBits(bits: number): number {
  dv.setUint32(0, bits >>> 0, true);
  return dv.getFloat32(0, true);
}
export function bitsFromF32(x: number): number {
  dv.setFloat32(0, x, true);
  return dv.getUint32(0, true);
}

/**
 * f32 bit patterns that stress f32 -> f16 rounding, in a fixed order:
 * A. every f32 exponent 100..143 x every top-10-bit mantissa prefix x low
 *    13 bits in {0, 1, 0xfff, 0x1000, 0x1001, 0x1fff} (the normal-range tie
 *    and its neighbours), both signs;
 * B. every subnormal-half midpoint (2m+1) * 2^-25, m = 0..1023, and the f32
 *    values one ulp either side, both signs;
 * C. specials: zeros, f32 denormals, the overflow edge around 65520,
 *    infinities, quiet and signalling NaNs with payloads.
 */
export function f32ToF16StressInputs(): Uint32Array {
  const out: number[] = [];
  const lows = [0, 1, 0xfff, 0x1000, 0x1001, 0x1fff];
  for (const sign of [0, 0x80000000]) {
    for (let e = 100; e <= 143; e++) {
      for (let p = 0; p < 1024; p++) {
        for (const low of lows) out.push((sign | (e << 23) | (p << 13) | low) >>> 0);
      }
    }
    for (let m = 0; m < 1024; m++) {
      const mid = bitsFromF32((2 * m + 1) * 2 ** -25);
      out.push((sign | (mid - 1)) >>> 0, (sign | mid) >>> 0, (sign | (mid + 1)) >>> 0);
    }
    const specials = [
      0, 1, 2, 0x007fffff, 0x00800000, 0x33000000, 0x33000001, 0x32ffffff, 0x33800000, 0x387fffff, 0x38800000,
      0x477fe000, 0x477fefff, 0x477ff000, 0x477ff001, 0x47800000, 0x7f7fffff, 0x7f800000, 0x7f800001, 0x7fbfffff,
      0x7fc00000, 0x7fc02000, 0x7fffe000, 0x7fffffff, 0x7f802000,
    ];
    for (const s of specials) out.push((sign | s) >>> 0);
  }
  return Uint32Array.from(out);
}
