/**
 * readModelInfo(path): the ModelInfo kvmesh needs, read from GGUF metadata
 * (header only, plus small reads for rope_freqs.weight and the fingerprint's
 * weight samples).
 */
import { basename } from "node:path";
import type { RopeParams } from "../kernels/backend.js";
import { ModelMetadataError } from "./errors.js";
import { GgufFile } from "./gguf-reader.js";
import { GgmlType, GgufValueType, isGgufArray, type GgufArray } from "./gguf-types.js";
import { FINGERPRINT_SAMPLE_BYTES, computeModelFingerprint, type FingerprintTensor } from "./model-fingerprint.js";
import type { ModelInfo } from "./model-info.js";
import { ropeStyleForArch } from "./rope-style.js";

function requireNumber(f: GgufFile, key: string): number {
  const v = f.get(key);
  if (isGgufArray(v)) return uniformArray(v, key);
  const n = f.getNumber(key);
  if (n === undefined || !Number.isFinite(n)) throw new ModelMetadataError(`${f.path}: missing or non-numeric metadata key ${key}`);
  return n;
}

function optionalNumber(f: GgufFile, key: string): number | undefined {
  const v = f.get(key);
  if (v === undefined) return undefined;
  if (isGgufArray(v)) return uniformArray(v, key);
  const n = f.getNumber(key);
  if (n === undefined) throw new ModelMetadataError(`${f.path}: metadata key ${key} is not numeric`);
  return n;
}

/** Per-layer arrays (some architectures) are accepted only when all layers agree. */
function uniformArray(a: GgufArray, key: string): number {
  const vals = a.values;
  if (Array.isArray(vals) || vals.length === 0) throw new ModelMetadataError(`metadata key ${key}: expected a number`);
  const first = Number(vals[0]);
  for (let i = 1; i < vals.length; i++) {
    if (Number(vals[i]) !== first) throw new ModelMetadataError(`metadata key ${key}: per-layer values differ; not supported`);
  }
  return first;
}

function positiveInt(n: number, key: string, path: string): number {
  if (!Number.isInteger(n) || n <= 0) throw new ModelMetadataError(`${path}: ${key} must be a positive integer, got ${n}`);
  return n;
}

function f32Values(a: GgufArray | undefined): Float32Array | undefined {
  if (!a || Array.isArray(a.values)) return undefined;
  if (a.values instanceof Float32Array) return a.values;
  return Float32Array.from(a.values as ArrayLike<number>, Number);
}

function i32Values(a: GgufArray | undefined): Int32Array | undefined {
  if (!a || Array.isArray(a.values)) return undefined;
  if (a.values instanceof Int32Array) return a.values;
  return Int32Array.from(a.values as ArrayLike<number>, Number);
}

/** Read a GGUF model's ModelInfo (including its fingerprint). */
export async function readModelInfo(path: string): Promise<ModelInfo> {
  const f = await GgufFile.open(path);
  try {
    const arch = f.getString("general.architecture");
    if (!arch) throw new ModelMetadataError(`${path}: missing general.architecture`);
    const style = ropeStyleForArch(arch);
    const k = (s: string): string => `${arch}.${s}`;
    const nLayer = positiveInt(requireNumber(f, k("block_count")), k("block_count"), path);
    const nEmbd = positiveInt(requireNumber(f, k("embedding_length")), k("embedding_length"), path);
    const nHead = positiveInt(requireNumber(f, k("attention.head_count")), k("attention.head_count"), path);
    const nHeadKv = positiveInt(optionalNumber(f, k("attention.head_count_kv")) ?? nHead, k("attention.head_count_kv"), path);
    const headDimK = positiveInt(optionalNumber(f, k("attention.key_length")) ?? nEmbd / nHead, k("attention.key_length"), path);
    const headDimV = positiveInt(optionalNumber(f, k("attention.value_length")) ?? nEmbd / nHead, k("attention.value_length"), path);
    const contextLength = optionalNumber(f, k("context_length")) ?? 0;
    const rmsEps = optionalNumber(f, k("attention.layer_norm_rms_epsilon")) ?? 0;

    const tokensArr = f.getArray("tokenizer.ggml.tokens");
    const tokens = tokensArr && tokensArr.itemType === GgufValueType.STRING ? (tokensArr.values as string[]) : undefined;
    const nVocab = tokens?.length ?? optionalNumber(f, k("vocab_size"));
    if (!nVocab) throw new ModelMetadataError(`${path}: no tokenizer.ggml.tokens and no ${k("vocab_size")}`);

    const nRot = positiveInt(optionalNumber(f, k("rope.dimension_count")) ?? headDimK, k("rope.dimension_count"), path);
    const freqBase = optionalNumber(f, k("rope.freq_base")) ?? 10000;
    const factor = optionalNumber(f, k("rope.scaling.factor")) ?? optionalNumber(f, k("rope.scale_linear")) ?? 0;
    const scalingKey = f.getString(k("rope.scaling.type"));
    // llama.cpp: an absent type means "linear"; a factor of 0 (absent) means no scaling.
    const ropeScalingType = scalingKey ?? (factor !== 0 ? "linear" : "none");
    const freqScale = ropeScalingType === "none" || factor === 0 ? 1 : 1 / factor;
    const yarnOrigCtx = optionalNumber(f, k("rope.scaling.original_context_length")) ?? 0;
    const ropeAttnFactor = optionalNumber(f, k("rope.scaling.attn_factor")) ?? 0;

    let ropeFreqsBytes: Uint8Array = new Uint8Array(0);
    let freqFactors: Float32Array | undefined;
    const rf = f.tensor("rope_freqs.weight");
    if (rf) {
      if (rf.type !== GgmlType.F32) throw new ModelMetadataError(`${path}: rope_freqs.weight must be f32`);
      ropeFreqsBytes = await f.readTensorBytes(rf.name);
      freqFactors = new Float32Array(new Uint8Array(ropeFreqsBytes).buffer);
      if (freqFactors.length !== nRot / 2) {
        throw new ModelMetadataError(`${path}: rope_freqs.weight has ${freqFactors.length} values, expected ${nRot / 2}`);
      }
    }
    const rope: RopeParams = { style, nRot, headDim: headDimK, freqBase, freqScale, ...(freqFactors ? { freqFactors } : {}) };

    const sample: FingerprintTensor[] = [];
    for (const t of f.tensors) {
      const head = await f.readTensorRange(t.name, 0, FINGERPRINT_SAMPLE_BYTES);
      const tailLen = Math.max(0, Math.min(FINGERPRINT_SAMPLE_BYTES, t.nBytes - FINGERPRINT_SAMPLE_BYTES));
      const tail = await f.readTensorRange(t.name, t.nBytes - tailLen, tailLen);
      sample.push({ name: t.name, type: t.type, dims: t.dims, head, tail });
    }
    const fingerprint = computeModelFingerprint({
      architecture: arch,
      nLayer,
      nEmbd,
      nHead,
      nHeadKv,
      headDimK,
      headDimV,
      rmsEps,
      rope,
      ropeScalingType,
      yarnOrigCtx,
      ropeAttnFactor,
      ropeFreqsBytes,
      tokenizer: {
        model: f.getString("tokenizer.ggml.model") ?? "",
        tokens: tokens ?? [],
        scores: f32Values(f.getArray("tokenizer.ggml.scores")),
        tokenTypes: i32Values(f.getArray("tokenizer.ggml.token_type")),
        bosId: optionalNumber(f, "tokenizer.ggml.bos_token_id") ?? -1,
        eosId: optionalNumber(f, "tokenizer.ggml.eos_token_id") ?? -1,
      },
      tensors: sample,
    });
    return {
      path,
      architecture: arch,
      name: f.getString("general.name") ?? basename(path).replace(/\.gguf$/i, ""),
      nLayer,
      nEmbd,
      nHead,
      nHeadKv,
      headDimK,
      headDimV,
      nVocab,
      contextLength,
      rope,
      ropeScalingType,
      fingerprint,
    };
  } finally {
    await f.dispose();
  }
}
