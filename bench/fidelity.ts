/** Comparing next-token distributions: the reference is always the dense prefill. */

/** KL(p || q) in nats over p's support; q's missing mass is floored at 1e-12. */
export function klDivergence(p: ReadonlyMap<number, number>, q: ReadonlyMap<number, number>): number {
  let kl = 0;
  for (const [t, pv] of p) {
    if (pv <= 0) continue;
    const qv = Math.max(q.get(t) ?? 0, 1e-12);
    kl += pv * Math.log(pv / qv);
  }
  return Math.max(0, kl);
}

export function argmax(p: ReadonlyMap<number, number>): number {
  let best = -1;
  let bestP = -Infinity;
  for (const [t, v] of p) if (v > bestP || (v === bestP && t < best)) { best = t; bestP = v; }
  return best;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function percentile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
