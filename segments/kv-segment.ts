import type { KvType } from "./kv-type.js";

/**
 * The KV of a stretch of tokens, cut out of a llama.cpp sequence.
 * Layout: per layer, K and V are [token][kvHead][headDim] rows stored in their
 * KV type's encoding (f16 bits, f32, or q8_0 blocks); V is never transposed
 * here, whatever the context does. K is stored after RoPE at `positions`.
 */
export interface KvSegment {
  readonly modelFingerprint: string;
  readonly kType: KvType;
  readonly vType: KvType;
  readonly nLayer: number;
  /** Values per token per layer: nHeadKv * headDimK and nHeadKv * headDimV. */
  readonly rowK: number;
  readonly rowV: number;
  readonly tokens: Int32Array;
  readonly positions: Int32Array;
  /** contextDigest() of the tokens this KV was computed behind. */
  readonly context: string;
  readonly k: readonly Uint8Array[];
  readonly v: readonly Uint8Array[];
}

export function segmentLength(s: KvSegment): number {
  return s.tokens.length;
}
