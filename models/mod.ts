/** Public API of the models layer. */
export type { ModelInfo } from "./model-info.js";
export { readModelInfo } from "./read-model-info.js";
export {
  computeModelFingerprint,
  FINGERPRINT_SAMPLE_BYTES,
  MODEL_FINGERPRINT_VERSION,
  type FingerprintInput,
  type FingerprintTensor,
} from "./model-fingerprint.js";
export { GgufFile, GGUF_LIMITS, readGgufHeader, type GgufHeader, type GgufTensorInfo } from "./gguf-reader.js";
export { GgufWriter, encodeF16, encodeF32, encodeQ8_0, encodeTensor, type GgufTensorSpec, type GgufWriteResult, type TensorChunks } from "./gguf-writer.js";
export {
  GGUF_DEFAULT_ALIGNMENT,
  GGUF_MAGIC,
  GGUF_VERSION,
  GgmlType,
  GgufValueType,
  ggmlBlockInfo,
  ggmlTensorBytes,
  ggmlTypeName,
  ggufValueSize,
  isGgufArray,
  type GgufArray,
  type GgufKv,
  type GgufScalar,
  type GgufTypedArray,
  type GgufValue,
} from "./gguf-types.js";
export { findRopeStyle, ropeStyleForArch } from "./rope-style.js";
export {
  SYNTH_SHAPES,
  SYNTH_SHAPE_NAMES,
  getSynthShape,
  headDim,
  llama3RopeFactors,
  type Llama3RopeScaling,
  type SynthShape,
  type SynthShapeName,
} from "./synth-shapes.js";
export { SPM_SPACE, TokenType, buildSynthVocab, type SynthVocab } from "./synth-tokenizer.js";
export {
  LOGIT_STD,
  QK_STD,
  SYNTH_DEFAULT_SEED,
  SYNTH_MODEL_VERSION,
  synthModel,
  type SynthModelOptions,
  type SynthModelResult,
  type SynthWeightType,
} from "./synth-model.js";
export { defaultSynthDir, ensureSynthModel, synthModelFileName, type EnsureSynthOptions } from "./synth-cache.js";
export * from "./errors.js";
