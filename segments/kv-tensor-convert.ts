import type { KernelBackend, RopeParams } from "../kernels/backend.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import { UnsupportedOperationError } from "./errors.js";
import type { KvSegment } from "./kv-segment.js";

/**
 * A segment's KV as f32 in a chosen frame: keys rotated so that its first
 * token sits at `frameStart` (0 by default: the anchors' canonical frame).
 */
export function segmentToTensor(seg: KvSegment, kernels: KernelBackend, rope: RopeParams, frameStart = 0): KvTensor {
  if (seg.kType !== "f16" || seg.vType !== "f16") throw new UnsupportedOperationError(`offset correction needs an f16 KV cache, got ${seg.kType}/${seg.vType}`);
  const n = seg.tokens.length;
  const delta = frameStart - seg.positions[0];
  const nHeads = seg.rowK / rope.headDim;
  const k = seg.k.map((b) => {
    const f = kernels.f16ToF32(new Uint16Array(new Uint8Array(b).buffer));
    if (delta !== 0) kernels.ropeShift(f, n, nHeads, delta, rope);
    return f;
  });
  const v = seg.v.map((b) => kernels.f16ToF32(new Uint16Array(new Uint8Array(b).buffer)));
  return { nLayer: seg.nLayer, nTokens: n, rowK: seg.rowK, rowV: seg.rowV, k, v };
}

/** The inverse: a frame-0 tensor placed at `start` as a segment like `like` (f16). */
export function tensorToSegment(t: KvTensor, like: KvSegment, start: number, kernels: KernelBackend, rope: RopeParams): KvSegment {
  const n = t.nTokens;
  const nHeads = t.rowK / rope.headDim;
  const k = t.k.map((f) => {
    const c = Float32Array.from(f);
    if (start !== 0) kernels.ropeShift(c, n, nHeads, start, rope);
    return new Uint8Array(kernels.f32ToF16(c).buffer);
  });
  const v = t.v.map((f) => new Uint8Array(kernels.f32ToF16(f).buffer));
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) positions[i] = start + i;
  return { ...like, tokens: like.tokens.subarray(0, n), positions, k, v };
}
