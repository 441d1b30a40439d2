/**
 * A guard on generations from reused KV that is not exact (moved, corrected,
 * partly recomputed). Greedy decoding changes its output where the two most
 * likely next tokens are nearly tied; a small error in the reused KV decides
 * such a tie differently from a full prefill, and everything after it
 * differs. The guard watches the margin p(top 1) - p(top 2) of the first
 * `steps` generated tokens; at a near tie (margin < minMargin) the caller
 * drops the inexact KV, prefills the prompt from there (with the tokens
 * generated so far), and lets exact KV decide the tie.
 *
 * `steps: 1` watches only the first token: a near tie there means the reused
 * KV is not trusted for this call at all (a gate after the first evaluation).
 * A larger `steps` also repairs later ties; the tokens before the tie came
 * from reused KV, the rest from exact KV.
 */
import { AnchorOptionError } from "./errors.js";

export interface NearTieGuard {
  /** A margin below this is a near tie (probabilities, 0..1). */
  readonly minMargin: number;
  /** Generated tokens watched, from the first (>= 1; Infinity: all). */
  readonly steps: number;
}

/** Where a guard stepped in: the step (0 = first generated token) and the margin it saw there. */
export interface GuardEvent {
  readonly step: number;
  readonly margin: number;
  /** Prompt and generated tokens evaluated again from exact KV. */
  readonly reprefilledTokens: number;
}

export function checkGuard(g: NearTieGuard): NearTieGuard {
  if (!(g.minMargin >= 0 && g.minMargin <= 1)) throw new AnchorOptionError(`guard minMargin must be in [0, 1], got ${g.minMargin}`);
  if (!(g.steps >= 1) || (Number.isFinite(g.steps) && !Number.isInteger(g.steps))) throw new AnchorOptionError(`guard steps must be an integer >= 1 or Infinity, got ${g.steps}`);
  return g;
}

/** p(top 1) - p(top 2) of a next-token distribution (1 when it has one token, 0 when empty). */
export function topTwoMargin(probs: Iterable<number>): number {
  let a = -Infinity;
  let b = -Infinity;
  for (const p of probs) {
    if (p > a) { b = a; a = p; } else if (p > b) b = p;
  }
  if (a === -Infinity) return 0;
  return b === -Infinity ? 1 : a - b;
}

/** Whether the guard steps in at `step` (0-based) with this margin. */
export function nearTie(g: NearTieGuard, step: number, margin: number): boolean {
  return step < g.steps && margin < g.minMargin;
}

/** A short name for a guard, as methods and reports write it: "guard<0.05" or "guard<0.05@1". */
export function guardLabel(g: NearTieGuard): string {
  return `guard<${g.minMargin}${Number.isFinite(g.steps) ? `@${g.steps}` : ""}`;
}
