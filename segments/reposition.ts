import type { KernelBackend, RopeParams } from "../kernels/backend.js";
import { UnsupportedOperationError } from "./errors.js";
import type { KvSegment } from "./kv-segment.js";

/**
 * Moves a segment so that its first token sits at `newStart`: rotates the
 * stored (post-RoPE) keys by the position change; values carry no position.
 * Exact up to f16 rounding (see ../shared/research/llama-state.md).
 */
export function repositionSegment(seg: KvSegment, newStart: number, kernels: KernelBackend, rope: RopeParams): KvSegment {
  const delta = newStart - seg.positions[0];
  const positions = new Int32Array(seg.positions.length);
  for (let i = 0; i < positions.length; i++) positions[i] = seg.positions[i] + delta;
  if (delta === 0) return { ...seg, positions };
  const nHeads = seg.rowK / rope.headDim;
  const n = seg.tokens.length;
  let k: Uint8Array[];
  if (seg.kType === "f16") {
    k = seg.k.map((layer) => {
      const copy = new Uint16Array(new Uint8Array(layer).buffer); // an aligned private copy (layer may be a view into a Buffer)
      kernels.ropeShiftF16(copy, n, nHeads, delta, rope);
      return new Uint8Array(copy.buffer);
    });
  } else if (seg.kType === "f32") {
    k = seg.k.map((layer) => {
      const copy = new Float32Array(new Uint8Array(layer).buffer);
      kernels.ropeShift(copy, n, nHeads, delta, rope);
      return new Uint8Array(copy.buffer);
    });
  } else {
    // llama.cpp stores quantized K Hadamard-rotated when head_dim % 64 == 0; undoing that is not implemented.
    throw new UnsupportedOperationError(`re-positioning ${seg.kType} keys is not supported; use an f16 or f32 KV cache, or reuse at the same positions`);
  }
  return { ...seg, positions, k };
}
