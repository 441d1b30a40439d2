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
import type { FusedAnchorKernels } from "../kernels/fused-anchors.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import { type Anchor, type AnchorPart, type CompactKernels, type KvSide, checkTensor, shapeOf } from "./anchor.js";
import type { CompactBlock } from "./compact.js";
import { AnchorOptionError, AnchorShapeError } from "./errors.js";
import {
  BlockSources,
  absDiffF16,
  absDiffF32,
  addColScaledF16,
  addColScaledF32,
  applyRowF16x1,
  applyRowF16x2,
  applyRowF16x3,
  applyRowF16x4,
  applyRowGeneric,
  colSqDiffF16,
  colSqDiffF32,
} from "./fused.js";
import { relativeSoftmaxInto } from "./softmax.js";
import { SHRINK_BUCKETS, shrinkLayer, shrinkRows, type ShrinkFactors } from "./correction-shrink.js";
import { runSteps } from "../kernels/steps.js";

export type EstimatorKernels = OffsetKernels & CompactKernels & { readonly fusedAnchors?: FusedAnchorKernels };

export const DEFAULT_ESTIMATOR_TAU = 0.5;

export interface OffsetEstimateOptions {
  /** Relative temperature of both weightings (default 0.5). */
  readonly tau?: number;
  /** The consumer's precomputed KV of its text after the placeholder (F tokens, its own frame). */
  readonly following?: KvTensor;
  /** Correct `content` and `following` in place instead of returning corrected copies. */
  readonly inPlace?: boolean;
  /** Scale the anchors' deltas by the pool's calibration (default: in full). */
  readonly shrink?: ShrinkFactors;
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

/**
 * Output arrays for the corrected span: layer 0 copied; layers >= 1 left
 * uninitialised (no zero fill), because pass 2 of the correction writes every
 * one of their values before the tensor is returned.
 */
function outputTensor(t: KvTensor): KvTensor {
  const alloc = (x: Float32Array, l: number) => {
    if (l === 0) return Float32Array.from(x);
    const buf = Buffer.allocUnsafeSlow(x.length * 4);
    return new Float32Array(buf.buffer, buf.byteOffset, x.length);
  };
  return { nLayer: t.nLayer, nTokens: t.nTokens, rowK: t.rowK, rowV: t.rowV, k: t.k.map(alloc), v: t.v.map(alloc) };
}

/** What the per-side estimate reads of an anchor: its stored blocks (an Anchor, or a copy of its blocks elsewhere). */
export interface BlockReader {
  storedBlock(part: AnchorPart, side: KvSide, layer: number, nTokens: number, fingerprint?: string): CompactBlock | undefined;
}

/** One side's scales from the pool's calibration (correction-shrink.ts). */
export type SideShrink = ShrinkFactors["k"];

export interface SideResult {
  weights: Float32Array[];
  pfWeights: Float32Array[];
  spread: Float64Array;
  nearest: Float64Array;
}

/**
 * One side (K or V). Two streaming passes over layers >= 1, each reading the
 * stored f16 blocks in place (see fused.ts): pass 1 reads each anchor's base
 * once (per-token and, for the following text, per-channel distances); pass 2
 * reads each anchor's span delta once and, per element, forms the weighted
 * mean correction, writes x + mean and accumulates the anchors' disagreement.
 * The weights need all layers' distances first, hence two passes.
 * K and V are independent: each side can run on its own thread (out[0] is
 * not written; estimateOffsetSteps copies layer 0 unchanged).
 */
export function* correctSide(
  kernels: EstimatorKernels,
  side: KvSide,
  x: Float32Array[],
  out: Float32Array[],
  anchors: readonly BlockReader[],
  fingerprint: string,
  P: number,
  row: number,
  nLayer: number,
  tau: number,
  follow: { out: Float32Array[]; F: number; anchors: readonly BlockReader[]; base?: readonly Float32Array[] } | undefined,
  shrink?: SideShrink,
): Generator<void, SideResult> {
  const A = anchors.length;
  const n = P * row;
  const perToken = (nLayer - 1) * row;
  const src = new BlockSources(A);
  // A backend's fused passes (native threads, the same results bit for bit); they read the first P rows of each block.
  const fused = kernels.fusedAnchors;
  const fusedOk = fused !== undefined;

  // Pass 1: distances per token (span; dist[t * A + a]) and per (layer, channel) (following).
  const dist = new Float64Array(P * A);
  const followIdx = follow ? follow.anchors.map((a) => anchors.indexOf(a)) : [];
  const colDist = followIdx.map(() => new Float64Array(perToken));
  const colAcc = new Float64Array(row);
  for (let l = 1; l < nLayer; l++) {
    src.reset();
    for (let a = 0; a < A; a++) src.set(a, kernels, anchors[a].storedBlock("base", side, l, P)!, n);
    const xl = x[l];
    if (fusedOk && src.allF16) fused!.distF16(xl, src.u16.slice(0, A), P, row, dist);
    else {
      for (let t = 0, o = 0, d = 0; t < P; t++, o += row) {
        for (let a = 0; a < A; a++, d++) {
          dist[d] += src.isF16[a] === 1 ? absDiffF16(xl, src.u16[a], o, row) : absDiffF32(xl, src.f32[a], o, row);
        }
      }
    }
    for (let i = 0; i < followIdx.length; i++) {
      const a = followIdx[i];
      colAcc.fill(0);
      if (src.isF16[a] === 1) colSqDiffF16(xl, src.u16[a], P, row, colAcc);
      else colSqDiffF32(xl, src.f32[a], P, row, colAcc);
      const cd = colDist[i];
      for (let c = 0, j = (l - 1) * row; c < row; c++, j++) cd[j] = Math.sqrt(colAcc[c] / P);
    }
    yield;
  }

  const { weights, nearest } = spanWeights(dist, P, A, perToken, tau);
  const pfWeights = followingWeights(colDist, perToken, tau);

  // Pass 2: apply, and measure how much the anchors' deltas disagree.
  const spread = new Float64Array(P);
  const wt = new Float32Array(A);
  const drow = new Float32Array(A * row);
  const mrow = new Float64Array(row);
  const pfSrc = new BlockSources(1);
  const [w0, w1, w2, w3] = [weights[0], weights[A > 1 ? 1 : 0], weights[A > 2 ? 2 : 0], weights[A > 3 ? 3 : 0]];
  for (let l = 1; l < nLayer; l++) {
    src.reset();
    for (let a = 0; a < A; a++) src.set(a, kernels, anchors[a].storedBlock("ph", side, l, P, fingerprint)!, n);
    const xl = x[l];
    const ol = out[l];
    if (fusedOk && src.allF16) fused!.applyF16(xl, ol, src.u16.slice(0, A), weights, P, row, spread);
    else if (src.allF16 && A <= 4) {
      const u = src.u16;
      const [b0, b1, b2, b3] = [u[0], u[A > 1 ? 1 : 0], u[A > 2 ? 2 : 0], u[A > 3 ? 3 : 0]];
      if (A === 1) for (let t = 0, o = 0; t < P; t++, o += row) spread[t] += applyRowF16x1(xl, ol, o, row, b0, w0[t]);
      else if (A === 2) for (let t = 0, o = 0; t < P; t++, o += row) spread[t] += applyRowF16x2(xl, ol, o, row, b0, w0[t], b1, w1[t]);
      else if (A === 3) for (let t = 0, o = 0; t < P; t++, o += row) spread[t] += applyRowF16x3(xl, ol, o, row, b0, w0[t], b1, w1[t], b2, w2[t]);
      else for (let t = 0, o = 0; t < P; t++, o += row) spread[t] += applyRowF16x4(xl, ol, o, row, b0, w0[t], b1, w1[t], b2, w2[t], b3, w3[t]);
    } else {
      for (let t = 0, o = 0; t < P; t++, o += row) {
        for (let a = 0; a < A; a++) wt[a] = weights[a][t];
        spread[t] += applyRowGeneric(src, A, wt, xl, ol, o, row, drow, mrow);
      }
    }
    if (shrink) shrinkLayer(xl, ol, shrink.span.subarray(l * SHRINK_BUCKETS, (l + 1) * SHRINK_BUCKETS), P, row);
    if (follow && follow.F > 0) {
      applyFollowingLayer(kernels, side, l, follow.out[l], follow.anchors, fingerprint, follow.F, row, pfWeights, pfSrc);
      // The following text: base + alpha * (corrected - base), one alpha per layer.
      if (shrink && follow.base) shrinkRows(follow.base[l], follow.out[l], shrink.following.subarray(l, l + 1), 0, follow.F, row);
    }
    yield;
  }
  for (let t = 0; t < P; t++) spread[t] /= perToken;
  return { weights, pfWeights, spread, nearest };
}

/**
 * The following text's weights from pass 1's per-(layer >= 1, channel)
 * distances (colDist[i][(l - 1) * row + c], one array per anchor used for it):
 * w[i][j] = relativeSoftmax over i of colDist[.][j]. Shared by every backend's
 * estimate, so that equal distances give equal weights.
 */
export function followingWeights(colDist: readonly Float64Array[], perToken: number, tau: number): Float32Array[] {
  const nf = colDist.length;
  const pfWeights = colDist.map(() => new Float32Array(perToken));
  if (nf > 0) {
    const dc = new Float64Array(nf);
    const wc = new Float64Array(nf);
    for (let j = 0; j < perToken; j++) {
      for (let i = 0; i < nf; i++) dc[i] = colDist[i][j];
      relativeSoftmaxInto(dc, nf, tau, wc);
      for (let i = 0; i < nf; i++) pfWeights[i][j] = wc[i];
    }
  }
  return pfWeights;
}

/**
 * Layer l (>= 1) of one side of the following text, in place:
 * fo[t][c] += w[i][(l - 1) * row + c] * deltaPf_i[t][c] for each anchor i in
 * order (one f32 rounding per anchor), reading the stored pf blocks.
 */
export function applyFollowingLayer(
  kernels: EstimatorKernels,
  side: KvSide,
  l: number,
  fo: Float32Array,
  anchors: readonly BlockReader[],
  fingerprint: string,
  F: number,
  row: number,
  pfWeights: readonly Float32Array[],
  pfSrc: BlockSources = new BlockSources(1),
): void {
  for (let i = 0; i < anchors.length; i++) {
    pfSrc.reset();
    pfSrc.set(0, kernels, anchors[i].storedBlock("pf", side, l, F, fingerprint)!, F * row);
    if (pfSrc.isF16[0] === 1) addColScaledF16(fo, pfSrc.u16[0], pfWeights[i], (l - 1) * row, F, row);
    else addColScaledF32(fo, pfSrc.f32[0], pfWeights[i], (l - 1) * row, F, row);
  }
}

/**
 * The span's weights from pass 1's distances (dist[t * A + a], summed over
 * `perToken` values per token): w[a][t] = relativeSoftmax over a of the mean
 * distances, and each token's nearest mean distance. Shared by every backend's
 * estimate, so that equal distances give equal weights.
 */
export function spanWeights(dist: Float64Array, P: number, A: number, perToken: number, tau: number): { weights: Float32Array[]; nearest: Float64Array } {
  const weights = Array.from({ length: A }, () => new Float32Array(P));
  const nearest = new Float64Array(P);
  const dt = new Float64Array(A);
  const w64 = new Float64Array(A);
  for (let t = 0, d = 0; t < P; t++) {
    let m = Infinity;
    for (let a = 0; a < A; a++, d++) {
      dt[a] = dist[d] / perToken;
      if (dt[a] < m) m = dt[a];
    }
    nearest[t] = m;
    relativeSoftmaxInto(dt, A, tau, w64);
    for (let a = 0; a < A; a++) weights[a][t] = w64[a];
  }
  return { weights, nearest };
}

export function estimateOffset(
  kernels: EstimatorKernels,
  content: KvTensor,
  fingerprint: string,
  anchors: readonly Anchor[],
  options: OffsetEstimateOptions = {},
): OffsetEstimate {
  return runSteps(estimateOffsetSteps(kernels, content, fingerprint, anchors, options));
}

/**
 * {@link estimateOffset} in steps: the generator yields after every layer of
 * each pass, so a caller can spread one estimate over idle moments (e.g.
 * while llama.cpp computes in its own threads). The result is identical.
 */
export function* estimateOffsetSteps(
  kernels: EstimatorKernels,
  content: KvTensor,
  fingerprint: string,
  anchors: readonly Anchor[],
  options: OffsetEstimateOptions = {},
): Generator<void, OffsetEstimate> {
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

  // Shrinking needs the content as it was (out = x + alpha * (out - x)).
  if (options.inPlace && options.shrink) throw new AnchorOptionError("an in-place estimate cannot shrink its correction");
  const kv = options.inPlace ? content : outputTensor(content);
  const F = options.following?.nTokens ?? 0;
  const following = options.following ? (options.inPlace ? options.following : copyTensor(options.following)) : undefined;
  const followers = F > 0 ? usable.filter((a) => (a.followingLength(fingerprint) ?? 0) >= F) : [];
  const follow = following && followers.length > 0 ? { F, anchors: followers } : undefined;

  const rk = yield* correctSide(kernels, "k", content.k, kv.k, usable, fingerprint, P, shape.rowK, shape.nLayer, tau, follow && { ...follow, out: following!.k, base: options.following!.k }, options.shrink?.k);
  const rv = yield* correctSide(kernels, "v", content.v, kv.v, usable, fingerprint, P, shape.rowV, shape.nLayer, tau, follow && { ...follow, out: following!.v, base: options.following!.v }, options.shrink?.v);

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

