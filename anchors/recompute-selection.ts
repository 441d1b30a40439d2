/**
 * Which reused tokens to prefill again (selective recompute, CacheBlend's
 * idea), as pure functions of per-token scores: the caller scores, this
 * module budgets and groups. Rules (each measured against random at the same
 * budget by `kvmesh bench fidelity`):
 *
 *   uncertainty   where the anchors disagree most (their spread per token)
 *   kv-deviation  where the reused K/V of an early layer differs most from a
 *                 fresh computation of that layer in the consumer's context
 *                 (CacheBlend's check; needs a shallow probe pass)
 *   boundary      the first tokens of each reused part, where it meets what
 *                 comes before it (KVLink's junction, without trained links)
 *   overlap       tokens whose id also occurs elsewhere in the consumer's
 *                 prompt (rarer ids weigh more), and the few tokens after
 *                 them: where a dense prefill's cross-part attention
 *                 (matching, then copying what follows) would have changed
 *                 the KV that a part encoded elsewhere lacks; free to compute
 *   random        the control
 */

export type RecomputeSelection = "uncertainty" | "kv-deviation" | "boundary" | "overlap" | "random";
export const RECOMPUTE_SELECTIONS: readonly RecomputeSelection[] = ["uncertainty", "kv-deviation", "boundary", "overlap", "random"];

/** Weights of a match at t, t-1, t-2, t-3 in a token's overlap score (the tokens after a match carry what it copies). */
const OVERLAP_WINDOW = [1, 0.8, 0.6, 0.4];

/**
 * Overlap scores of prompt tokens [start, end): a token whose id also occurs
 * outside that range scores 1 / (its count in the whole prompt), spread over
 * it and the next tokens by OVERLAP_WINDOW.
 */
export function overlapScores(prompt: Int32Array, start: number, end: number): Float32Array {
  const count = new Map<number, number>();
  for (const t of prompt) count.set(t, (count.get(t) ?? 0) + 1);
  const inside = new Map<number, number>();
  for (let i = start; i < end; i++) inside.set(prompt[i], (inside.get(prompt[i]) ?? 0) + 1);
  const n = end - start;
  const m = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = prompt[start + i];
    const all = count.get(t)!;
    if (all > inside.get(t)!) m[i] = 1 / all;
  }
  const s = new Float32Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < OVERLAP_WINDOW.length && j <= i; j++) s[i] += OVERLAP_WINDOW[j] * m[i - j];
  return s;
}

export interface RecomputeBudget {
  /** Fraction of the part's scored tokens to prefill again. */
  readonly ratio: number;
  /** Tokens are chosen in chunks of this size (scores averaged per chunk). */
  readonly chunk: number;
  /** Most separate runs kept (each costs one evaluation and one injection); Infinity: no cap. */
  readonly maxRuns: number;
}

/** Tokens to recompute for a budget: round(ratio * n), at least one chunk once ratio > 0 and n > 0. */
export function recomputeBudget(n: number, ratio: number): number {
  if (n <= 0 || ratio <= 0) return 0;
  return Math.min(n, Math.round(ratio * n));
}

/**
 * Runs [a, b) of tokens (relative to the part) to prefill again: the
 * highest-scoring chunks until the budget is spent (the last chunk cut to
 * the budget), neighbours merged, the `maxRuns` best runs kept, in order.
 */
export function chooseRuns(scores: Float32Array, b: RecomputeBudget): [number, number][] {
  return chooseRunsAcross([scores], b)[0];
}

/**
 * {@link chooseRuns} over all reused parts of a call at once (CacheBlend's
 * selection is over the whole context): one budget, round(ratio * all
 * tokens), spent on the highest-scoring chunks wherever they are (chunks
 * never cross parts; scores must be comparable between parts). Returns each
 * part's runs; `maxRuns` applies per part.
 */
export function chooseRunsAcross(parts: readonly Float32Array[], b: RecomputeBudget): [number, number][][] {
  const total = parts.reduce((x, s) => x + s.length, 0);
  const budget = recomputeBudget(total, b.ratio);
  const out: [number, number][][] = parts.map(() => []);
  if (budget <= 0) return out;
  const chunk = Math.max(1, Math.floor(b.chunk));
  const chunks: { p: number; a: number; b: number; score: number }[] = [];
  parts.forEach((scores, p) => {
    for (let a = 0; a < scores.length; a += chunk) {
      const e = Math.min(scores.length, a + chunk);
      let s = 0;
      for (let i = a; i < e; i++) s += scores[i];
      chunks.push({ p, a, b: e, score: s / (e - a) });
    }
  });
  chunks.sort((x, y) => y.score - x.score || x.p - y.p || x.a - y.a);
  const picked: { p: number; a: number; b: number; score: number }[] = [];
  let used = 0;
  for (const c of chunks) {
    if (used >= budget) break;
    const take = Math.min(c.b - c.a, budget - used);
    picked.push({ p: c.p, a: c.a, b: c.a + take, score: c.score });
    used += take;
  }
  for (let p = 0; p < parts.length; p++) {
    const mine = picked.filter((c) => c.p === p).sort((x, y) => x.a - y.a);
    const runs: { a: number; b: number; score: number }[] = [];
    for (const c of mine) {
      const last = runs[runs.length - 1];
      if (last && last.b === c.a) { last.b = c.b; last.score = Math.max(last.score, c.score); } else runs.push({ a: c.a, b: c.b, score: c.score });
    }
    runs.sort((x, y) => y.score - x.score || x.a - y.a);
    out[p] = runs.slice(0, Number.isFinite(b.maxRuns) ? Math.max(1, b.maxRuns) : runs.length)
      .map((r) => [r.a, r.b] as [number, number]).sort((x, y) => x[0] - y[0]);
  }
  return out;
}

/** Boundary scores: highest at the part's first token, falling with the distance from it. */
export function boundaryScores(n: number): Float32Array {
  const s = new Float32Array(n);
  for (let i = 0; i < n; i++) s[i] = 1 / (1 + i);
  return s;
}

/** Random scores (the control), from a generator of uniform [0, 1) numbers. */
export function randomScores(n: number, next: () => number): Float32Array {
  const s = new Float32Array(n);
  for (let i = 0; i < n; i++) s[i] = next();
  return s;
}

/**
 * KV deviation per token at one layer: squared L2 distance between the
 * reused K and V rows and fresh ones (both at the same positions, so keys
 * compare without rotation). K and V are each normalized by their mean
 * squared norm over the fresh rows, so neither side dominates by scale.
 */
export function kvDeviation(reusedK: Float32Array, reusedV: Float32Array, freshK: Float32Array, freshV: Float32Array, n: number, rowK: number, rowV: number): Float32Array {
  const out = new Float32Array(n);
  const scaleK = meanSquare(freshK, n * rowK);
  const scaleV = meanSquare(freshV, n * rowV);
  for (let t = 0; t < n; t++) {
    let dk = 0;
    for (let i = t * rowK, e = i + rowK; i < e; i++) { const d = reusedK[i] - freshK[i]; dk += d * d; }
    let dv = 0;
    for (let i = t * rowV, e = i + rowV; i < e; i++) { const d = reusedV[i] - freshV[i]; dv += d * d; }
    out[t] = dk / scaleK + dv / scaleV;
  }
  return out;
}

function meanSquare(x: Float32Array, len: number): number {
  let s = 0;
  for (let i = 0; i < len; i++) s += x[i] * x[i];
  return Math.max(1e-12, len > 0 ? s / len : 1);
}
