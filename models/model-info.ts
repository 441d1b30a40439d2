import type { RopeParams } from "../kernels/backend.js";

/**
 * What kvmesh needs to know about a GGUF model to validate and move its KV.
 * Produced by `readModelInfo(path)` (models/read-model-info.ts).
 */
export interface ModelInfo {
  readonly path: string;
  readonly architecture: string;
  readonly name: string;
  readonly nLayer: number;
  readonly nEmbd: number;
  readonly nHead: number;
  readonly nHeadKv: number;
  /** Per-head K and V widths (`<arch>.attention.key_length|value_length`, else nEmbd / nHead). */
  readonly headDimK: number;
  readonly headDimV: number;
  readonly nVocab: number;
  readonly contextLength: number;
  readonly rope: RopeParams;
  /** `<arch>.rope.scaling.type` ("none", "linear", "yarn", ...); re-positioning refuses what it cannot reproduce. */
  readonly ropeScalingType: string;
  /**
   * Hex digest (32 chars) of everything in the model that changes KV bytes; see
   * models/model-fingerprint.ts for the exact, versioned recipe.
   */
  readonly fingerprint: string;
}
