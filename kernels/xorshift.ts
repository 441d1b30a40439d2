/**
 * Marsaglia's xorshift32: a tiny deterministic generator for reproducible
 * choices (random-control tokens, filler text, test data). Not for secrets.
 * Returns uint32 values; a seed of 0 becomes 1 (0 is a fixed point).
 */
export function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x;
  };
}
