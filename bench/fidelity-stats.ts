/**
 * The statistics of `kvmesh bench fidelity`, pure: confidence intervals of a
 * proportion, paired differences between two methods on the same instances,
 * and the rule that picks the default method and recompute fraction from the
 * measured curve (never by hand).
 */

/** z for a two-sided 95% interval. */
const Z95 = 1.959964;

/** Wilson score interval of k successes out of n, 95%: [low, high] (fractions). [0, 1] when n = 0. */
export function wilson95(k: number, n: number): [number, number] {
  if (n <= 0) return [0, 1];
  const p = k / n;
  const z2 = Z95 * Z95;
  const den = 1 + z2 / n;
  const mid = (p + z2 / (2 * n)) / den;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / den;
  return [Math.max(0, mid - half), Math.min(1, mid + half)];
}

/**
 * Paired difference a - b over the same instances (each 0 or 1): the mean
 * difference and its 95% normal interval (per-instance differences in
 * {-1, 0, 1}; their sample standard deviation over sqrt(n)).
 */
export function pairedDifference(a: readonly boolean[], b: readonly boolean[]): { diff: number; ci95: [number, number]; wins: number; losses: number } {
  if (a.length !== b.length) throw new RangeError(`paired difference: ${a.length} vs ${b.length} instances`);
  const n = a.length;
  if (n === 0) return { diff: 0, ci95: [-1, 1], wins: 0, losses: 0 };
  let wins = 0;
  let losses = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] && !b[i]) wins++;
    else if (!a[i] && b[i]) losses++;
  }
  const mean = (wins - losses) / n;
  // Sum of squared differences is wins + losses (each +-1).
  const variance = n > 1 ? (wins + losses - n * mean * mean) / (n - 1) : 1;
  const half = Z95 * Math.sqrt(Math.max(0, variance) / n);
  return { diff: mean, ci95: [mean - half, mean + half], wins, losses };
}

export interface CurvePoint {
  readonly method: string;
  readonly recomputeFraction: number;
  readonly accuracy: number;
  readonly ci95: readonly [number, number];
  /** Reused shared tokens / shared tokens. */
  readonly reuseRate: number;
}

export interface ChosenPoint {
  readonly method: string;
  readonly recomputeFraction: number;
  readonly accuracy: number;
  readonly reuseRate: number;
  /** The rule that chose it and which branch applied. */
  readonly rule: string;
}

/** The random-selection controls ("random" on anchors, "naive+random" on moved KV). */
export const isRandomControl = (method: string): boolean => method === "random" || method.endsWith("+random");

/** Accuracy loss against dense that the default may have (the "within 2 points"). */
export const CHOSEN_TOLERANCE = 0.02;
/** Shared-token reuse the default must keep when nothing is within the tolerance. */
export const CHOSEN_MIN_REUSE = 0.7;

/**
 * The default method and fraction, chosen from the curve:
 *   1. among points within CHOSEN_TOLERANCE of dense accuracy, the one that
 *      reuses most (ties: higher accuracy, then smaller fraction);
 *   2. otherwise, among points reusing >= CHOSEN_MIN_REUSE, the most accurate
 *      (ties: more reuse, then smaller fraction);
 *   3. otherwise the most accurate point.
 * The random controls are never chosen (they are controls, not rules to ship).
 */
export function chooseDefault(denseAccuracy: number, points: readonly CurvePoint[]): ChosenPoint | undefined {
  const cands = points.filter((p) => !isRandomControl(p.method));
  if (cands.length === 0) return undefined;
  const eps = 1e-9;
  const byReuse = (a: CurvePoint, b: CurvePoint) => b.reuseRate - a.reuseRate || b.accuracy - a.accuracy || a.recomputeFraction - b.recomputeFraction;
  const byAccuracy = (a: CurvePoint, b: CurvePoint) => b.accuracy - a.accuracy || b.reuseRate - a.reuseRate || a.recomputeFraction - b.recomputeFraction;
  const close = cands.filter((p) => p.accuracy >= denseAccuracy - CHOSEN_TOLERANCE - eps);
  let pick: CurvePoint;
  let rule: string;
  if (close.length > 0) {
    pick = [...close].sort(byReuse)[0];
    rule = `most shared-token reuse among points within ${CHOSEN_TOLERANCE * 100} points of dense accuracy`;
  } else {
    const reusing = cands.filter((p) => p.reuseRate >= CHOSEN_MIN_REUSE - eps);
    if (reusing.length > 0) {
      pick = [...reusing].sort(byAccuracy)[0];
      rule = `no point within ${CHOSEN_TOLERANCE * 100} points of dense: most accurate among points reusing >= ${CHOSEN_MIN_REUSE * 100}% of shared tokens`;
    } else {
      pick = [...cands].sort(byAccuracy)[0];
      rule = `no point within ${CHOSEN_TOLERANCE * 100} points of dense or reusing >= ${CHOSEN_MIN_REUSE * 100}%: most accurate point`;
    }
  }
  return { method: pick.method, recomputeFraction: pick.recomputeFraction, accuracy: pick.accuracy, reuseRate: pick.reuseRate, rule };
}
