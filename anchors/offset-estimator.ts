/**
 * KVCOMM's offset estimation: predict the KV a consumer would compute for
 * shared content from the deltas its anchors observed under the same consumer
 * prefix, without a prefill.
 *
 * Inputs: the new content's KV re-positioned to start 0 (P tokens), the
 * consumer's prefix fingerprint, and optionally the consumer's precomputed KV
 * of its own text after the placeholder (F tokens, its own frame). Usable
 * anchors: length >= P (compared and applied through their first P tokens)
 * and deltas stored for this fingerprint. Layers >= 1 only; layer 0 is
 * returned unchanged. For X in {K, V} separately:
 *
 * Placeholder span, per token t:
 *   D[a,t] = mean over layers >= 1 and channels of |X[t] - X_a[t]|
 *   w[a,t] = softmax_a(-D[a,t] / (tau * min_a D[.,t]))
 *   X[t]  += sum_a w[a,t] * deltaPh_a[t]
 * Following text, per layer l and channel c (anchors whose stored following
 * delta covers F tokens):
 *   D[a,l,c] = sqrt( sum_t<P (X[t,c] - X_a[t,c])^2 / P )   (on the span, layer l)
 *   w[a,l,c] = softmax_a(-D / (tau * min_a D))
 *   Xf[.,c] += sum_a w[a,l,c] * deltaPf_a[.,c]
 *
 * Temperature: KVCOMM used tau = 1 on raw distances, so its weights depended
 * on the KV's magnitude (small mean-abs distances gave near-uniform averages,
 * large L2 distances near one-hot picks). Here, as in the reuse gate, the
 * temperature is relative to the best anchor's distance at that token or
 * channel: the weights depend only on distance ratios. tau = 0.5 (default)
 * gives an anchor twice as far as the best e^-2 of its weight. An exact match
 * takes all the weight, so content equal to an anchor's base gets exactly that
 * anchor's stored delta.
 *
 * Uncertainty per token (for selective recompute; only its ranking matters),
 * averaged over K and V, in KV units (mean |.| per element over layers >= 1):
 *   spread[t]  = sum_a w[a,t] * mean|deltaPh_a[t] - sum_b w[b,t] deltaPh_b[t]|
 *                (how much the anchors disagree about the correction)
 *   nearest[t] = min_a D[a,t]  (how far the content is from any anchor there)
 *   uncertainty[t] = spread[t] + nearest[t]
 */
import type { OffsetKernels } from "../kernels/backend.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import { type Anchor, type CompactKernels, type KvSide, checkTensor, shapeOf } from "./anchor.js";
import { AnchorOptionError, AnchorShapeError } from "./errors.js";
import { relativeSoftmax } from "./softmax.js";

export type EstimatorKernels = OffsetKernels & CompactKernels;

export const DEFAULT_ESTIMATOR_TAU = 0.5;

export interface OffsetEstimateOptions {
  /** Relative temperature of both weightings (default 0.5). */
  readonly tau?: number;
  /** The consumer's precomputed KV of its text after the placeholder (F tokens, its own frame). */
  readonly following?: KvTensor;
  /** Correct `content` and `following` in place instead of returning corrected copies. */
  readonly inPlace?: boolean;
}

export interface OffsetMiss {
  readonly hit: false;
  readonly reason: "no-anchor-for-consumer" | "no-anchor-long-enough";
}

export interface SideWeights {
  /** Per anchor (aligned with anchorIds): [P] weights on the span. */
  readonly k: readonly Float32Array[];
  readonly v: readonly Float32Array[];
}

export interface OffsetHit {
  readonly hit: true;
  /** Corrected placeholder span (still re-positioned to start 0). */
  readonly kv: KvTensor;
  /** Corrected following text, when `following` was given. */
  readonly following: KvTensor | undefined;
  /** Whether `following` got a correction (false when no usable anchor stored a long enough following delta). */
  readonly followingCorrected: boolean;
  readonly anchorIds: readonly string[];
  /** w[a][t], summing to 1 over a at every t. */
  readonly weights: SideWeights;
  /** Anchors used for the following text, and their per-(layer >= 1, channel) weights: [(nLayer-1) * row]. */
  readonly followingAnchorIds: readonly string[];
  readonly followingWeights: SideWeights;
  readonly uncertainty: Float32Array;
  readonly spread: Float32Array;
  readonly nearest: Float32Array;
}

export type OffsetEstimate = OffsetHit | OffsetMiss;

function copyTensor(t: KvTensor): KvTensor {
  return { nLayer: t.nLayer, nTokens: t.nTokens, rowK: t.rowK, rowV: t.rowV, k: t.k.map((x) => Float32Array.from(x)), v: t.v.map((x) => Float32Array.from(x)) };
}

interface SideResult {
  weights: Float32Array[];
  pfWeights: Float32Array[];
  spread: Float64Array;
  nearest: Float64Array;
}

function correctSide(
  kernels: EstimatorKernels,
  side: KvSide,
  x: Float32Array[],
  out: Float32Array[],
  anchors: readonly Anchor[],
  fingerprint: string,
  P: number,
  row: number,
  nLayer: number,
  tau: number,
  follow: { out: Float32Array[]; F: number; anchors: readonly Anchor[] } | undefined,
): SideResult {
  const A = anchors.length;
  const n = P * row;
  const perToken = (nLayer - 1) * row;
  const base = new Float32Array(n);
  const delta = new Float32Array(n);
  const acc = new Float32Array(P);
  const col = new Float32Array(row);

  // Pass 1: distances per token (span) and per (layer, channel) (following).
  const dist = Array.from({ length: A }, () => new Float64Array(P));
  const followIdx = follow ? follow.anchors.map((a) => anchors.indexOf(a)) : [];
  const colDist = followIdx.map(() => new Float64Array(perToken));
  for (let a = 0; a < A; a++) {
    const fi = followIdx.indexOf(a);
    for (let l = 1; l < nLayer; l++) {
      anchors[a].decode(kernels, "base", side, l, P, undefined, base);
      acc.fill(0);
      kernels.rowAbsDiffSum(x[l], base, P, row, acc);
      for (let t = 0; t < P; t++) dist[a][t] += acc[t];
      if (fi >= 0) {
        col.fill(0);
        kernels.colSqDiffSum(x[l], base, P, row, col);
        for (let c = 0; c < row; c++) colDist[fi][(l - 1) * row + c] = Math.sqrt(col[c] / P);
      }
    }
    for (let t = 0; t < P; t++) dist[a][t] /= perToken;
  }

  // Weights.
  const weights = Array.from({ length: A }, () => new Float32Array(P));
  const nearest = new Float64Array(P);
  const dt = new Float64Array(A);
  for (let t = 0; t < P; t++) {
    let m = Infinity;
    for (let a = 0; a < A; a++) {
      dt[a] = dist[a][t];
      if (dt[a] < m) m = dt[a];
    }
    nearest[t] = m;
    const w = relativeSoftmax(dt, tau);
    for (let a = 0; a < A; a++) weights[a][t] = w[a];
  }
  const pfWeights = colDist.map(() => new Float32Array(perToken));
  if (colDist.length > 0) {
    const dc = new Float64Array(colDist.length);
    for (let j = 0; j < perToken; j++) {
      for (let i = 0; i < colDist.length; i++) dc[i] = colDist[i][j];
      const w = relativeSoftmax(dc, tau);
      for (let i = 0; i < colDist.length; i++) pfWeights[i][j] = w[i];
    }
  }

  // Pass 2: apply, then measure how much the anchors' deltas disagree.
  const spread = new Float64Array(P);
  const mean = new Float32Array(n);
  for (let l = 1; l < nLayer; l++) {
    const o = out[l];
    const orig = o === x[l] ? Float32Array.from(o) : x[l];
    for (let a = 0; a < A; a++) {
      anchors[a].decode(kernels, "ph", side, l, P, fingerprint, delta);
      kernels.addRowScaled(o, delta, weights[a], P, row);
    }
    for (let i = 0; i < n; i++) mean[i] = o[i] - orig[i];
    for (let a = 0; a < A; a++) {
      anchors[a].decode(kernels, "ph", side, l, P, fingerprint, delta);
      acc.fill(0);
      kernels.rowAbsDiffSum(delta, mean, P, row, acc);
      for (let t = 0; t < P; t++) spread[t] += weights[a][t] * acc[t];
    }
    if (follow && follow.F > 0) {
      const fn = follow.F * row;
      const fDelta = new Float32Array(fn);
      for (let i = 0; i < follow.anchors.length; i++) {
        follow.anchors[i].decode(kernels, "pf", side, l, follow.F, fingerprint, fDelta);
        kernels.addColScaled(follow.out[l], fDelta, pfWeights[i].subarray((l - 1) * row, l * row), follow.F, row);
      }
    }
  }
  for (let t = 0; t < P; t++) spread[t] /= perToken;
  return { weights, pfWeights, spread, nearest };
}

export function estimateOffset(
  kernels: EstimatorKernels,
  content: KvTensor,
  fingerprint: string,
  anchors: readonly Anchor[],
  options: OffsetEstimateOptions = {},
): OffsetEstimate {
  const tau = options.tau ?? DEFAULT_ESTIMATOR_TAU;
  if (!(tau > 0) || !Number.isFinite(tau)) throw new AnchorOptionError(`tau must be finite and > 0, got ${tau}`);
  const shape = shapeOf(content);
  checkTensor(content, shape, "new content");
  const P = content.nTokens;
  if (options.following) checkTensor(options.following, shape, "following text");

  const forConsumer = anchors.filter((a) => a.hasDeltas(fingerprint));
  if (forConsumer.length === 0) return { hit: false, reason: "no-anchor-for-consumer" };
  const usable = forConsumer.filter((a) => a.nTokens >= P);
  if (usable.length === 0) return { hit: false, reason: "no-anchor-long-enough" };
  for (const a of usable) {
    if (a.shape.nLayer !== shape.nLayer || a.shape.rowK !== shape.rowK || a.shape.rowV !== shape.rowV) {
      throw new AnchorShapeError(`anchor ${a.id}: shape differs from the new content's`);
    }
  }

  const kv = options.inPlace ? content : copyTensor(content);
  const F = options.following?.nTokens ?? 0;
  const following = options.following ? (options.inPlace ? options.following : copyTensor(options.following)) : undefined;
  const followers = F > 0 ? usable.filter((a) => (a.followingLength(fingerprint) ?? 0) >= F) : [];
  const follow = following && followers.length > 0 ? { F, anchors: followers } : undefined;

  const rk = correctSide(kernels, "k", content.k, kv.k, usable, fingerprint, P, shape.rowK, shape.nLayer, tau, follow && { ...follow, out: following!.k });
  const rv = correctSide(kernels, "v", content.v, kv.v, usable, fingerprint, P, shape.rowV, shape.nLayer, tau, follow && { ...follow, out: following!.v });

  const spread = new Float32Array(P);
  const nearest = new Float32Array(P);
  const uncertainty = new Float32Array(P);
  for (let t = 0; t < P; t++) {
    spread[t] = (rk.spread[t] + rv.spread[t]) / 2;
    nearest[t] = (rk.nearest[t] + rv.nearest[t]) / 2;
    uncertainty[t] = spread[t] + nearest[t];
  }
  return {
    hit: true,
    kv,
    following,
    followingCorrected: follow !== undefined,
    anchorIds: usable.map((a) => a.id),
    weights: { k: rk.weights, v: rv.weights },
    followingAnchorIds: followers.map((a) => a.id),
    followingWeights: { k: rk.pfWeights, v: rv.pfWeights },
    uncertainty,
    spread,
    nearest,
  };
}

