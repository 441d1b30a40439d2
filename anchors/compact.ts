/**
 * Compact storage of f32 blocks (anchor bases and deltas): f32, f16 bits or
 * ggml q8_0 blocks. Conversion goes through the injected kernels (the
 * `KernelBackend` methods), so the CPU and a GPU backend round identically.
 * Internal to anchors/.
 */
import type { KernelBackend } from "../kernels/backend.js";

export type CompactType = "f32" | "f16" | "q8_0";

/** The part of `KernelBackend` that compact storage needs. */
export type CompactKernels = Pick<KernelBackend, "f16ToF32" | "f32ToF16" | "quantizeQ8_0" | "dequantizeQ8_0">;

const Q8_BLOCK = 32;
const Q8_BLOCK_BYTES = 34;

/** One f32 block stored compactly; `n` values, q8_0 zero-padded to a multiple of 32. */
export interface CompactBlock {
  readonly type: CompactType;
  readonly n: number;
  readonly data: Float32Array | Uint16Array | Uint8Array;
}

export function compactBytes(type: CompactType, n: number): number {
  if (type === "f32") return 4 * n;
  if (type === "f16") return 2 * n;
  return Math.ceil(n / Q8_BLOCK) * Q8_BLOCK_BYTES;
}

/**
 * Stored blocks live in SharedArrayBuffers: a worker thread can then read an
 * anchor (e.g. one side of an estimate) without a copy.
 */
export function encodeBlock(kernels: CompactKernels, type: CompactType, src: Float32Array): CompactBlock {
  const n = src.length;
  if (type === "f32") {
    const data = new Float32Array(new SharedArrayBuffer(4 * n));
    data.set(src);
    return { type, n, data };
  }
  if (type === "f16") return { type, n, data: kernels.f32ToF16(src, new Uint16Array(new SharedArrayBuffer(2 * n))) };
  const padded = new Float32Array(Math.ceil(n / Q8_BLOCK) * Q8_BLOCK);
  padded.set(src);
  const q = kernels.quantizeQ8_0(padded);
  const data = new Uint8Array(new SharedArrayBuffer(q.byteLength));
  data.set(q);
  return { type, n, data };
}

/**
 * The first `nValues` values of `block` as f32, written to `dst` (length >= nValues)
 * when given. Decoding a prefix touches only the storage it needs.
 */
export function decodePrefix(kernels: CompactKernels, block: CompactBlock, nValues: number, dst?: Float32Array): Float32Array {
  if (nValues > block.n) throw new RangeError(`decodePrefix: ${nValues} values asked, block holds ${block.n}`);
  const out = dst ? dst.subarray(0, nValues) : new Float32Array(nValues);
  if (block.type === "f32") {
    out.set((block.data as Float32Array).subarray(0, nValues));
  } else if (block.type === "f16") {
    kernels.f16ToF32((block.data as Uint16Array).subarray(0, nValues), out);
  } else {
    const blocks = Math.ceil(nValues / Q8_BLOCK);
    const src = (block.data as Uint8Array).subarray(0, blocks * Q8_BLOCK_BYTES);
    if (dst && nValues === blocks * Q8_BLOCK) {
      kernels.dequantizeQ8_0(src, nValues, out); // straight into dst, no temporary
    } else {
      out.set(kernels.dequantizeQ8_0(src, blocks * Q8_BLOCK).subarray(0, nValues));
    }
  }
  return out;
}
