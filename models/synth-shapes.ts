/**
 * Real model shapes for synthetic (random-weight) GGUF models. Every shape is
 * written as the `llama` architecture with the real layer / head / width /
 * vocab counts, so KV sizes and state files match the real model's.
 */
import { UnknownShapeError } from "./errors.js";

export interface Llama3RopeScaling {
  readonly factor: number;
  readonly lowFreqFactor: number;
  readonly highFreqFactor: number;
  readonly originalContextLength: number;
}

export interface SynthShape {
  readonly name: SynthShapeName;
  readonly nLayer: number;
  readonly nEmbd: number;
  readonly nHead: number;
  readonly nHeadKv: number;
  readonly nFf: number;
  readonly nVocab: number;
  readonly contextLength: number;
  readonly ropeFreqBase: number;
  readonly rmsEps: number;
  /** No `output.weight`: the output projection reuses `token_embd.weight`. */
  readonly tiedEmbeddings: boolean;
  /** When set, a `rope_freqs.weight` tensor with Llama-3 factors is written. */
  readonly llama3Rope?: Llama3RopeScaling;
}

export type SynthShapeName = "tiny" | "qwen2.5-0.5b" | "llama-3.2-1b" | "llama-3.1-8b";

export const SYNTH_SHAPES: Readonly<Record<SynthShapeName, SynthShape>> = {
  tiny: {
    name: "tiny",
    nLayer: 4,
    nEmbd: 128,
    nHead: 4,
    nHeadKv: 2,
    nFf: 384,
    nVocab: 2048,
    contextLength: 8192,
    ropeFreqBase: 10000,
    rmsEps: 1e-5,
    tiedEmbeddings: false,
  },
  "qwen2.5-0.5b": {
    name: "qwen2.5-0.5b",
    nLayer: 24,
    nEmbd: 896,
    nHead: 14,
    nHeadKv: 2,
    nFf: 4864,
    nVocab: 151936,
    contextLength: 32768,
    ropeFreqBase: 1000000,
    rmsEps: 1e-6,
    tiedEmbeddings: true,
  },
  "llama-3.2-1b": {
    name: "llama-3.2-1b",
    nLayer: 16,
    nEmbd: 2048,
    nHead: 32,
    nHeadKv: 8,
    nFf: 8192,
    nVocab: 128256,
    contextLength: 131072,
    ropeFreqBase: 500000,
    rmsEps: 1e-5,
    tiedEmbeddings: true,
    llama3Rope: { factor: 32, lowFreqFactor: 1, highFreqFactor: 4, originalContextLength: 8192 },
  },
  "llama-3.1-8b": {
    name: "llama-3.1-8b",
    nLayer: 32,
    nEmbd: 4096,
    nHead: 32,
    nHeadKv: 8,
    nFf: 14336,
    nVocab: 128256,
    contextLength: 131072,
    ropeFreqBase: 500000,
    rmsEps: 1e-5,
    tiedEmbeddings: false,
    llama3Rope: { factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalContextLength: 8192 },
  },
};

export const SYNTH_SHAPE_NAMES = Object.keys(SYNTH_SHAPES) as SynthShapeName[];

export function getSynthShape(name: string): SynthShape {
  const s = (SYNTH_SHAPES as Record<string, SynthShape | undefined>)[name];
  if (!s) throw new UnknownShapeError(`unknown synthetic model shape "${name}" (known: ${SYNTH_SHAPE_NAMES.join(", ")})`);
  return s;
}

export function headDim(s: SynthShape): number {
  return s.nEmbd / s.nHead;
}

/**
 * Llama-3 RoPE frequency factors (what `rope_freqs.weight` holds): for each
 * rotated pair i, theta_i is divided by the factor. High frequencies keep 1,
 * low frequencies get `factor`, the band between is interpolated smoothly.
 */
export function llama3RopeFactors(nRot: number, base: number, r: Llama3RopeScaling): Float32Array {
  const out = new Float32Array(nRot / 2);
  const lowWavelen = r.originalContextLength / r.lowFreqFactor;
  const highWavelen = r.originalContextLength / r.highFreqFactor;
  for (let i = 0; i < out.length; i++) {
    const freq = Math.pow(base, (-2 * i) / nRot);
    const wavelen = (2 * Math.PI) / freq;
    if (wavelen < highWavelen) out[i] = 1;
    else if (wavelen > lowWavelen) out[i] = r.factor;
    else {
      const smooth = (r.originalContextLength / wavelen - r.lowFreqFactor) / (r.highFreqFactor - r.lowFreqFactor);
      out[i] = 1 / ((1 - smooth) / r.factor + smooth);
    }
  }
  return out;
}
