/**
 * The KVCOMM offset estimate (offset-estimator.ts, correctSide) of both sides
 * on the GPU: the content (frame 0, f32 [layers][P][row] per side, already on
 * the device) and the anchors' blocks (DeviceAnchorMirror) never leave it.
 * Only pass 1's per-token distances (P x A doubles per side) come to the host,
 * where spanWeights (the CPU estimate's own function) turns them into
 * weights; the weights go back for pass 2. Each pass is one launch per side
 * over all layers (native/cuda/anchor-passes.cu).
 *
 * Every anchor given is used (the plan was made with the gate open, as
 * AnchorService.openPlan does). With `following` (the anchors whose following
 * deltas cover the consumer's following text), pass 1 also measures, per
 * layer >= 1 and channel, each of those anchors' RMS distance over the span
 * (one more launch per side) and leaves them on the device for the following
 * text's correction (DeviceKernels.followingApply).
 *
 * `applied(side)` is called as soon as that side's pass 2 (and, with
 * `shrink`, the calibrated scaling after it) is queued (K before V), so the
 * caller can queue what uses the corrected side (and its copy to the host)
 * while the other side computes.
 */
import type { DeviceBuffer, DeviceKernels, DeviceScratch } from "../kernels/cuda/cuda-backend.js";
import type { Anchor, KvSide } from "./anchor.js";
import type { DeviceAnchorMirror, MirroredBlock } from "./device-mirror.js";
import { spanWeights } from "./offset-estimator.js";
import { rowAlphas, type ShrinkFactors } from "./correction-shrink.js";

/** One side's content on the device: x (input) and out, f32 [layers][P][row]. */
export interface DeviceSide {
  readonly x: DeviceBuffer;
  readonly out: DeviceBuffer;
  readonly row: number;
}

export interface DeviceEstimate {
  readonly weights: Readonly<Record<KvSide, Float32Array[]>>;
  /** Per token, in KV units (as correctSide's: the disagreement summed over layers >= 1, divided by their values). */
  readonly spread: Readonly<Record<KvSide, Float64Array>>;
  readonly nearest: Readonly<Record<KvSide, Float64Array>>;
  /** With `following`: per side, the following anchors' distances, f64 [anchor][(layers - 1) * row] (scratch, on the device). */
  readonly columnDistances?: Readonly<Record<KvSide, DeviceBuffer>>;
}

export interface DeviceEstimateMiss {
  readonly miss: string;
}

/**
 * Corrects `k.x` into `k.out` and `v.x` into `v.out` (layer 0 copied) for
 * `consumer` with `anchors`, through their first P tokens.
 */
export function estimateOnDevice(
  dk: DeviceKernels,
  mirror: DeviceAnchorMirror,
  scratch: DeviceScratch,
  anchors: readonly Anchor[],
  consumer: string,
  P: number,
  nLayer: number,
  sides: Readonly<Record<KvSide, DeviceSide>>,
  tau: number,
  following?: readonly Anchor[],
  applied?: (side: KvSide) => void,
  shrink?: ShrinkFactors,
): DeviceEstimate | DeviceEstimateMiss {
  const A = anchors.length;
  const L1 = nLayer - 1;
  const names = ["k", "v"] as const;
  const blocks = {} as Record<KvSide, { bases: MirroredBlock[]; deltas: MirroredBlock[] }>;
  for (const s of names) {
    const bases = anchors.map((a) => mirror.block(a, "base", s));
    const deltas = anchors.map((a) => mirror.block(a, "ph", s, consumer));
    if (bases.some((b) => !b) || deltas.some((d) => !d)) return { miss: "anchor blocks not on the device (not f16, or over the mirror's budget)" };
    blocks[s] = { bases: bases as MirroredBlock[], deltas: deltas as MirroredBlock[] };
  }
  // Pass 1 of both sides queued, then one wait (the first download).
  const dist = {} as Record<KvSide, DeviceBuffer>;
  for (const s of names) {
    const { x, row } = sides[s];
    dist[s] = scratch.get(`dist.${s}`, P * A * 8);
    const b = blocks[s].bases;
    dk.anchorDistance(x, P, row, nLayer, b.map((m) => m.buf), b.map((m) => m.stride), scratch.get(`distPart.${s}`, P * L1 * A * 8), dist[s]);
  }
  const fIdx = following?.map((a) => anchors.indexOf(a)) ?? [];
  if (fIdx.some((i) => i < 0)) throw new RangeError("following anchors must be among the estimate's anchors");
  const colDist = {} as Record<KvSide, DeviceBuffer>;
  if (fIdx.length > 0) {
    for (const s of names) {
      const { x, row } = sides[s];
      const b = fIdx.map((i) => blocks[s].bases[i]);
      colDist[s] = scratch.get(`colDist.${s}`, fIdx.length * L1 * row * 8);
      dk.anchorColumnDistance(x, P, row, nLayer, b.map((m) => m.buf), b.map((m) => m.stride), colDist[s]);
    }
  }
  const weights = {} as Record<KvSide, Float32Array[]>;
  const nearest = {} as Record<KvSide, Float64Array>;
  for (const s of names) {
    const host = new Float64Array(P * A);
    dist[s].download(host);
    const w = spanWeights(host, P, A, L1 * sides[s].row, tau);
    weights[s] = w.weights;
    nearest[s] = w.nearest;
  }
  // Both sides' weights up, then pass 2 of each side (and what the caller queues after it), then one wait for the spreads.
  const wBuf = {} as Record<KvSide, DeviceBuffer>;
  for (const s of names) {
    const wAll = new Float32Array(A * P);
    weights[s].forEach((w, a) => wAll.set(w, a * P));
    wBuf[s] = scratch.get(`w.${s}`, wAll.byteLength);
    wBuf[s].upload(wAll);
  }
  const spreadBuf = {} as Record<KvSide, DeviceBuffer>;
  for (const s of names) {
    const { x, out, row } = sides[s];
    spreadBuf[s] = scratch.get(`spread.${s}`, P * 8);
    const d = blocks[s].deltas;
    dk.anchorCorrect(x, out, P, row, nLayer, d.map((m) => m.buf), d.map((m) => m.stride), wBuf[s], { part: scratch.get(`spreadPart.${s}`, P * L1 * 8), out: spreadBuf[s] });
    if (shrink) {
      // The pool's calibrated scales, per layer and bucket, as one per row (the spread is the unscaled anchors', as on the host).
      const alpha = rowAlphas(shrink[s], nLayer, P);
      const aBuf = scratch.get(`alpha.${s}`, alpha.byteLength);
      aBuf.upload(alpha);
      dk.shrinkRows(x, out, nLayer * P, row, aBuf);
    }
    applied?.(s);
  }
  const spread = {} as Record<KvSide, Float64Array>;
  for (const s of names) {
    const host = new Float64Array(P);
    spreadBuf[s].download(host);
    const perToken = L1 * sides[s].row;
    for (let t = 0; t < P; t++) host[t] /= perToken;
    spread[s] = host;
  }
  return { weights, spread, nearest, ...(fIdx.length > 0 ? { columnDistances: colDist } : {}) };
}
