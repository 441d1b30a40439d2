/** Protobuf base-128 varints for the hand-written codecs (non-negative integers below 2^53). */

export function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) { n = Math.floor(n / 128); len++; }
  return len;
}

/** Writes `n` at `at`; returns the offset after it. */
export function writeVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) { out[at++] = (n & 0x7f) | 0x80; n = Math.floor(n / 128); }
  out[at++] = n;
  return at;
}
