import type { KernelBackend, RopeParams } from "../kernels/backend.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import { runSteps } from "../kernels/steps.js";
import { UnsupportedOperationError } from "./errors.js";
import type { KvSegment } from "./kv-segment.js";

/**
 * A segment's KV as f32 in a chosen frame: keys rotated so that its first
 * token sits at `frameStart` (0 by default: the anchors' canonical frame).
 */
export function segmentToTensor(seg: KvSegment, kernels: KernelBackend, rope: RopeParams, frameStart = 0): KvTensor {
  return runSteps(segmentToTensorSteps(seg, kernels, rope, frameStart));
}

/** {@link segmentToTensor}, yielding after each layer (for work spread over idle time). */
export function* segmentToTensorSteps(seg: KvSegment, kernels: KernelBackend, rope: RopeParams, frameStart = 0): Generator<void, KvTensor> {
  if (seg.kType !== "f16" || seg.vType !== "f16") throw new UnsupportedOperationError(`offset correction needs an f16 KV cache, got ${seg.kType}/${seg.vType}`);
  const n = seg.tokens.length;
  const delta = frameStart - seg.positions[0];
  const nHeads = seg.rowK / rope.headDim;
  const k: Float32Array[] = [];
  const v: Float32Array[] = [];
  for (let l = 0; l < seg.nLayer; l++) {
    const f = kernels.f16ToF32(halves(seg.k[l]));
    if (delta !== 0) kernels.ropeShift(f, n, nHeads, delta, rope);
    k.push(f);
    v.push(kernels.f16ToF32(halves(seg.v[l])));
    yield;
  }
  return { nLayer: seg.nLayer, nTokens: n, rowK: seg.rowK, rowV: seg.rowV, k, v };
}

/**
 * The inverse: a frame-0 tensor placed at `start` as a segment like `like`
 * (f16). With `consume`, the tensor's K arrays are rotated in place (the
 * caller will not read them again), which saves a copy.
 */
export function tensorToSegment(t: KvTensor, like: KvSegment, start: number, kernels: KernelBackend, rope: RopeParams, consume = false): KvSegment {
  return runSteps(tensorToSegmentSteps(t, like, start, kernels, rope, consume));
}

/** {@link tensorToSegment}, yielding after each layer. */
export function* tensorToSegmentSteps(t: KvTensor, like: KvSegment, start: number, kernels: KernelBackend, rope: RopeParams, consume = false): Generator<void, KvSegment> {
  const n = t.nTokens;
  const nHeads = t.rowK / rope.headDim;
  const k: Uint8Array[] = [];
  const v: Uint8Array[] = [];
  for (let l = 0; l < t.nLayer; l++) {
    let c = t.k[l];
    if (start !== 0) {
      if (!consume) c = Float32Array.from(c);
      kernels.ropeShift(c, n, nHeads, start, rope);
    }
    k.push(new Uint8Array(kernels.f32ToF16(c).buffer));
    v.push(new Uint8Array(kernels.f32ToF16(t.v[l]).buffer));
    yield;
  }
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) positions[i] = start + i;
  return { ...like, tokens: like.tokens.subarray(0, n), positions, k, v };
}

/** The first n (default all) f16 values of a layer's bytes: a view when aligned, else one copy. */
export function halves(b: Uint8Array, n = b.byteLength >> 1): Uint16Array {
  if (b.byteOffset % 2 === 0) return new Uint16Array(b.buffer, b.byteOffset, n);
  return new Uint16Array(new Uint8Array(b.subarray(0, 2 * n)).buffer);
}
