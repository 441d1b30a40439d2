/**
 * How far to trust the anchors' correction, learned from dense calls.
 *
 * KVCOMM adds the anchors' weighted deltas in full. That is right when the
 * anchors saw content like this behind a prefix like this (the suites'
 * "first-reader" setting), and wrong when they did not: with documents
 * encoded alone and read behind other prefixes, another document's delta at
 * token t says little about this one's, and adding it in full left the KV
 * farther from a dense prefill than no correction at all (measured on the
 * embedded model, 3 dense calls: 1.2-2.2x the squared error of the moved KV
 * past the fourth token in 13 of 14 layer-sides), and recompute then
 * repaired less.
 *
 * So each dense call the anchors learn from is also a test of the anchors as
 * they stood: predict its KV with the other anchors, compare with what it
 * really computed, and keep, per layer, K/V and distance from the part's
 * start (buckets below), the least-squares scale of the prediction:
 *   alpha = clamp( sum <real - moved, pred - moved> / sum |pred - moved|^2, 0, 1 )
 * A correction then adds alpha times the anchors' delta: 1 where they
 * predict well, near 0 (the moved KV) where they do not. The own text after
 * a part (KVCOMM's following segment) gets one alpha per layer and side,
 * between its learned base and its correction.
 * Before a bucket has data its alpha is 1 (KVCOMM as published).
 */
import type { KvTensor } from "../kernels/kv-tensor.js";

/** Token buckets by distance from the part's start: [0], [1,4), [4,16), [16,64), [64,...). */
export const SHRINK_BUCKET_STARTS: readonly number[] = [0, 1, 4, 16, 64];
export const SHRINK_BUCKETS = SHRINK_BUCKET_STARTS.length;

/** The bucket of the token at `t` tokens from the part's start. */
export function shrinkBucket(t: number): number {
  let b = 0;
  while (b + 1 < SHRINK_BUCKETS && t >= SHRINK_BUCKET_STARTS[b + 1]) b++;
  return b;
}

/** Scales per side: span[l * SHRINK_BUCKETS + b] and following[l] (layer 0 is never corrected). */
export interface ShrinkFactors {
  readonly k: { readonly span: Float32Array; readonly following: Float32Array };
  readonly v: { readonly span: Float32Array; readonly following: Float32Array };
}

/**
 * Tokens [t0, t1) of one layer, in place: out = x + alpha[0] * (out - x),
 * computed in f64 and rounded once to f32 (the CUDA kernel computes the
 * same, so both backends give the same bytes). alpha 1 leaves them as they are.
 */
export function shrinkRows(x: Float32Array, out: Float32Array, alpha: Float32Array, t0: number, t1: number, row: number): void {
  const a = alpha[0];
  if (a === 1) return;
  for (let i = t0 * row, e = t1 * row; i < e; i++) out[i] = x[i] + a * (out[i] - x[i]);
}

/** Layer l of one side's span (P tokens), in place: {@link shrinkRows} per bucket; `alphas` is that layer's SHRINK_BUCKETS scales. */
export function shrinkLayer(x: Float32Array, out: Float32Array, alphas: Float32Array, P: number, row: number): void {
  for (let b = 0; b < SHRINK_BUCKETS; b++) {
    const t0 = Math.min(P, SHRINK_BUCKET_STARTS[b]);
    const t1 = b + 1 < SHRINK_BUCKETS ? Math.min(P, SHRINK_BUCKET_STARTS[b + 1]) : P;
    shrinkRows(x, out, alphas.subarray(b, b + 1), t0, t1, row);
  }
}

/**
 * One side's scales as one per row of a [layers][tokens] block (layer 0: 1),
 * for a kernel that scales rows: the span's by bucket, or (`following`) the
 * following text's, one per layer.
 */
export function rowAlphas(side: ShrinkFactors["k"], nLayer: number, tokens: number, following = false): Float32Array {
  const out = new Float32Array(nLayer * tokens).fill(1);
  for (let l = 1; l < nLayer; l++) {
    const row = out.subarray(l * tokens, (l + 1) * tokens);
    if (following) row.fill(side.following[l]);
    else for (let b = 0; b < SHRINK_BUCKETS; b++) row.fill(side.span[l * SHRINK_BUCKETS + b], Math.min(tokens, SHRINK_BUCKET_STARTS[b]), b + 1 < SHRINK_BUCKETS ? Math.min(tokens, SHRINK_BUCKET_STARTS[b + 1]) : tokens);
  }
  return out;
}

interface Sums { dot: Float64Array; pp: Float64Array; n: Float64Array }

const sums = (len: number): Sums => ({ dot: new Float64Array(len), pp: new Float64Array(len), n: new Float64Array(len) });
const cloneSums = (s: Sums): Sums => ({ dot: Float64Array.from(s.dot), pp: Float64Array.from(s.pp), n: Float64Array.from(s.n) });

/**
 * The running sums behind one pool's factors. `record` takes one dense
 * call's test: what the anchors predicted (unshrunk), what the moved KV was,
 * and what the consumer really computed, all in frame 0.
 */
export class ShrinkCalibration {
  #span: { k: Sums; v: Sums };
  #following: { k: Sums; v: Sums };
  #observations = 0;

  constructor(readonly nLayer: number) {
    this.#span = { k: sums(nLayer * SHRINK_BUCKETS), v: sums(nLayer * SHRINK_BUCKETS) };
    this.#following = { k: sums(nLayer), v: sums(nLayer) };
  }

  /** Dense calls recorded. */
  get observations(): number {
    return this.#observations;
  }

  /**
   * One test: `moved`, `predicted` and `real` cover the same P tokens (only
   * the first P of `real` are read); `following`, when given, the own text
   * after the part: its base (what the correction starts from), the
   * prediction and the real KV.
   */
  record(moved: KvTensor, predicted: KvTensor, real: KvTensor, following?: { base: KvTensor; predicted: KvTensor; real: KvTensor }): boolean {
    // Into copies first: a test with a value that is not finite (a corrupt observation from a peer)
    // is dropped whole instead of poisoning every later correction. Returns whether it was kept.
    const span = { k: cloneSums(this.#span.k), v: cloneSums(this.#span.v) };
    const follow = { k: cloneSums(this.#following.k), v: cloneSums(this.#following.v) };
    const P = predicted.nTokens;
    for (const side of ["k", "v"] as const) {
      const row = side === "k" ? predicted.rowK : predicted.rowV;
      const s = span[side];
      for (let l = 1; l < this.nLayer; l++) {
        const m = moved[side][l];
        const p = predicted[side][l];
        const r = real[side][l];
        for (let t = 0; t < P; t++) {
          const j = l * SHRINK_BUCKETS + shrinkBucket(t);
          let dot = 0;
          let pp = 0;
          for (let i = t * row, e = i + row; i < e; i++) {
            const d = p[i] - m[i];
            dot += (r[i] - m[i]) * d;
            pp += d * d;
          }
          s.dot[j] += dot;
          s.pp[j] += pp;
          s.n[j] += 1;
        }
      }
      if (following) {
        const f = follow[side];
        const F = Math.min(following.predicted.nTokens, following.real.nTokens, following.base.nTokens);
        for (let l = 1; l < this.nLayer; l++) {
          const m = following.base[side][l];
          const p = following.predicted[side][l];
          const r = following.real[side][l];
          let dot = 0;
          let pp = 0;
          for (let i = 0, e = F * row; i < e; i++) {
            const d = p[i] - m[i];
            dot += (r[i] - m[i]) * d;
            pp += d * d;
          }
          f.dot[l] += dot;
          f.pp[l] += pp;
          f.n[l] += F;
        }
      }
    }
    for (const x of [span.k, span.v, follow.k, follow.v]) if (!x.dot.every(Number.isFinite) || !x.pp.every(Number.isFinite)) return false;
    this.#span = span;
    this.#following = follow;
    this.#observations++;
    return true;
  }

  /** The scales learned so far (1 where there is no data). */
  factors(): ShrinkFactors {
    const alpha = (s: Sums) => {
      const out = new Float32Array(s.dot.length).fill(1);
      for (let j = 0; j < out.length; j++) if (s.n[j] > 0 && s.pp[j] > 0) out[j] = Math.min(1, Math.max(0, s.dot[j] / s.pp[j]));
      return out;
    };
    return {
      k: { span: alpha(this.#span.k), following: alpha(this.#following.k) },
      v: { span: alpha(this.#span.v), following: alpha(this.#following.v) },
    };
  }
}
