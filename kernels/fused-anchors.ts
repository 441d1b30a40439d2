/**
 * The two streaming passes of the offset estimate (anchors/offset-estimator.ts)
 * as one call per layer, for a backend that can do them faster than the
 * JavaScript loops of anchors/fused.ts, with the same results bit for bit.
 * Layouts: x, out [P][row] f32; bases, deltas: one [P][row] block of f16 bits
 * per anchor; weights: one [P] array per anchor; dist [P][A] and spread [P]
 * are added to.
 */
export interface FusedAnchorKernels {
  readonly name: string;
  /** dist[t * A + a] += sum_c |x[t][c] - f16(bases[a][t][c])| (four interleaved partial sums, as absDiffF16). */
  distF16(x: Float32Array, bases: readonly Uint16Array[], P: number, row: number, dist: Float64Array): void;
  /** out[t] = x[t] + sum_a weights[a][t] * f16(deltas[a][t]); spread[t] += the anchors' weighted disagreement (as applyRowF16x*). */
  applyF16(x: Float32Array, out: Float32Array, deltas: readonly Uint16Array[], weights: readonly Float32Array[], P: number, row: number, spread: Float64Array): void;
}
