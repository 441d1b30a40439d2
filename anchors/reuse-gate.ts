/**
 * KVCOMM's entropy gate: is new content close enough to the pool's anchors
 * that their deltas can predict its offset ("reusable"), or is it new (dense
 * prefill, and the observation becomes an anchor)?
 *
 * For new content V (values only: they carry no position), first k tokens,
 * layers >= 1, and each usable anchor a (length >= k, compared on its first k
 * tokens):
 *   d_a = sqrt( sum (V - V_a)^2 / nElements )        RMS difference per element
 *   p   = softmax(-d / T),  T = tau * min_a d_a      (relative temperature)
 *   H   = -sum p log2 p
 *   reusable iff >= 2 usable anchors and H <= gamma * log2(N), N = usable anchors.
 *
 * Calibration (the fix over KVCOMM, whose softmax ran over raw L2 distances
 * with temperature 1, so its decision depended on KV magnitude and length):
 * p depends only on the ratios d_a / d_min. Multiplying all V by c multiplies
 * every d_a by |c|; repeating the content (length x2) leaves every RMS
 * distance unchanged; either way the ratios, p, H and the decision are
 * unchanged. tau is "how much farther than the best anchor is much farther":
 * with tau = 0.1 (the default), an anchor 10% farther than the best gets
 * e^-1 of its weight, one 50% farther e^-5. With N = 5 and gamma = 0.3 that
 * makes the content reusable once the other anchors are about 1.35x farther
 * than the best (all four at 1.35x: H = 0.71 bits, threshold 0.70). An exact
 * match (d_min = 0) is reusable outright.
 *
 * Because the gate only compares anchors with each other, it also reports an
 * absolute, still scale-free, closeness: relDistance = d_min / RMS(V). Set
 * `maxRelDistance` to call content "new" when even the best anchor is far.
 */
import type { OffsetKernels } from "../kernels/backend.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import { type Anchor, type CompactKernels, checkTensor, shapeOf } from "./anchor.js";
import { AnchorOptionError, AnchorShapeError } from "./errors.js";
import { BlockSources, sqDiffF16, sqDiffF32, sqSum } from "./fused.js";
import { entropyBits, relativeSoftmax } from "./softmax.js";
import { runSteps } from "../kernels/steps.js";

/** Values of one layer compared per chunk (16 KiB of f32 content: stays in L1 across the anchors). */
const GATE_CHUNK = 4096;

export type GateKernels = OffsetKernels & CompactKernels;

export interface ReuseGateOptions {
  /** Tokens compared (default: all of the new content). Anchors shorter than k are not usable. */
  readonly k?: number;
  /** Entropy threshold as a fraction of log2(N) (KVCOMM: 0.3). */
  readonly gamma?: number;
  /** Relative temperature (default 0.1), see above. */
  readonly tau?: number;
  /** Anchors whose cumulative weight first reaches topP are `selected` (their activations are raised). */
  readonly topP?: number;
  /** When set: content whose best anchor's relDistance exceeds this is new. */
  readonly maxRelDistance?: number;
}

export const DEFAULT_GATE_GAMMA = 0.3;
export const DEFAULT_GATE_TAU = 0.1;
export const DEFAULT_GATE_TOP_P = 0.9;

export type ReuseReason =
  | "no-usable-anchors"
  | "one-usable-anchor"
  | "exact-match"
  | "low-entropy"
  | "high-entropy"
  | "too-far"
  /** Not tested: gamma >= 1 admits everything (see AnchorService). */
  | "gate-open";

export interface ReuseDecision {
  readonly reusable: boolean;
  readonly reason: ReuseReason;
  /** H in bits (0 when fewer than 2 usable anchors). */
  readonly entropy: number;
  /** gamma * log2(N) (0 when fewer than 2 usable anchors). */
  readonly threshold: number;
  /** p over the usable anchors, aligned with `anchorIds`. */
  readonly weights: Float64Array;
  readonly anchorIds: readonly string[];
  /** RMS distance per element to each usable anchor, aligned with `anchorIds`. */
  readonly distances: Float64Array;
  /** The top-p anchors by weight (heaviest first): those to activate when reusing. */
  readonly selected: readonly string[];
  /** min distance / RMS of the new content's compared values (NaN when no usable anchor). */
  readonly relDistance: number;
  readonly k: number;
}

function checkOptions(o: ReuseGateOptions): Required<Omit<ReuseGateOptions, "k">> {
  const gamma = o.gamma ?? DEFAULT_GATE_GAMMA;
  const tau = o.tau ?? DEFAULT_GATE_TAU;
  const topP = o.topP ?? DEFAULT_GATE_TOP_P;
  const maxRelDistance = o.maxRelDistance ?? Infinity;
  if (!(gamma >= 0)) throw new AnchorOptionError(`gamma must be >= 0, got ${gamma}`);
  if (!(tau > 0) || !Number.isFinite(tau)) throw new AnchorOptionError(`tau must be finite and > 0, got ${tau}`);
  if (!(topP > 0 && topP <= 1)) throw new AnchorOptionError(`topP must be in (0, 1], got ${topP}`);
  if (!(maxRelDistance >= 0)) throw new AnchorOptionError(`maxRelDistance must be >= 0, got ${maxRelDistance}`);
  return { gamma, tau, topP, maxRelDistance };
}

/** Indices of the heaviest weights whose sum first reaches topP (ties: lower index first). */
export function topPIndices(weights: ArrayLike<number>, topP: number): number[] {
  const order = Array.from({ length: weights.length }, (_, i) => i).sort((a, b) => weights[b] - weights[a] || a - b);
  const out: number[] = [];
  let sum = 0;
  for (const i of order) {
    out.push(i);
    sum += weights[i];
    if (sum >= topP - 1e-12) break;
  }
  return out;
}

export function reuseGate(
  kernels: GateKernels,
  content: KvTensor,
  anchors: readonly Anchor[],
  options: ReuseGateOptions = {},
): ReuseDecision {
  return runSteps(reuseGateSteps(kernels, content, anchors, options));
}

/** {@link reuseGate} in steps: yields after every layer; the result is identical. */
export function* reuseGateSteps(
  kernels: GateKernels,
  content: KvTensor,
  anchors: readonly Anchor[],
  options: ReuseGateOptions = {},
): Generator<void, ReuseDecision> {
  const { gamma, tau, topP, maxRelDistance } = checkOptions(options);
  const shape = shapeOf(content);
  checkTensor(content, shape, "new content");
  if (shape.nLayer < 2) throw new AnchorShapeError("reuse gate: needs >= 2 layers (layer 0 is never compared)");
  const k = options.k ?? content.nTokens;
  if (!Number.isInteger(k) || k < 1 || k > content.nTokens) throw new AnchorOptionError(`k must be an integer in [1, ${content.nTokens}], got ${k}`);

  const usable = anchors.filter((a) => a.nTokens >= k);
  for (const a of usable) {
    if (a.shape.nLayer !== shape.nLayer || a.shape.rowV !== shape.rowV || a.shape.rowK !== shape.rowK) {
      throw new AnchorShapeError(`anchor ${a.id}: shape differs from the new content's`);
    }
  }
  // One streaming pass per layer >= 1: V of the first k tokens, every usable
  // anchor's stored f16 base read in place (see fused.ts), in chunks small
  // enough that the content's chunk stays in L1 while each anchor reads it.
  const A = usable.length;
  const n = k * shape.rowV;
  const nElements = n * (shape.nLayer - 1);
  const src = new BlockSources(A);
  const sq = new Float64Array(A);
  const layerSq = new Float64Array(A);
  let contentSq = 0;
  for (let l = 1; l < shape.nLayer; l++) {
    src.reset();
    for (let a = 0; a < A; a++) src.set(a, kernels, usable[a].storedBlock("base", "v", l, k)!, n);
    const v = content.v[l];
    layerSq.fill(0);
    for (let start = 0; start < n; start += GATE_CHUNK) {
      const end = Math.min(n, start + GATE_CHUNK);
      contentSq += sqSum(v, start, end);
      for (let a = 0; a < A; a++) {
        layerSq[a] += src.isF16[a] === 1 ? sqDiffF16(v, src.u16[a], start, end) : sqDiffF32(v, src.f32[a], start, end);
      }
    }
    for (let a = 0; a < A; a++) sq[a] += layerSq[a];
    yield;
  }
  const contentRms = Math.sqrt(contentSq / nElements);
  const distances = new Float64Array(A);
  for (let a = 0; a < A; a++) distances[a] = Math.sqrt(sq[a] / nElements);
  const anchorIds = usable.map((a) => a.id);
  let dMin = Infinity;
  for (const d of distances) if (d < dMin) dMin = d;
  const relDistance = usable.length === 0 ? NaN : contentRms > 0 ? dMin / contentRms : dMin === 0 ? 0 : Infinity;

  const weights = relativeSoftmax(distances, tau);
  const base = { weights, anchorIds, distances, relDistance, k };
  if (usable.length < 2) {
    return {
      ...base,
      reusable: false,
      reason: usable.length === 0 ? "no-usable-anchors" : "one-usable-anchor",
      entropy: 0,
      threshold: 0,
      selected: [],
    };
  }
  const entropy = entropyBits(weights);
  const threshold = gamma * Math.log2(usable.length);
  const selected = topPIndices(weights, topP).map((i) => anchorIds[i]);
  if (relDistance > maxRelDistance) return { ...base, reusable: false, reason: "too-far", entropy, threshold, selected: [] };
  if (dMin === 0) return { ...base, reusable: true, reason: "exact-match", entropy, threshold, selected };
  const reusable = entropy <= threshold;
  return { ...base, reusable, reason: reusable ? "low-entropy" : "high-entropy", entropy, threshold, selected: reusable ? selected : [] };
}
