import type { ModelInfo } from "../models/model-info.js";

/** Models (by fingerprint) already warned about in this process. */
const warned = new Set<string>();

/**
 * Warns once per model and process when a prompt is longer than the context
 * the model was trained on (`<arch>.context_length`): llama.cpp runs it, but
 * positions past training give answers of unknown quality. The warning
 * carries the numbers; it goes through process.emitWarning (type
 * KvmeshWarning, code KVMESH_PAST_TRAINED_CONTEXT), so it shows on stderr and
 * a caller can listen for it.
 */
export function warnPastTrainedContext(info: ModelInfo, modelPath: string, promptTokens: number): void {
  if (!(info.contextLength > 0) || promptTokens <= info.contextLength || warned.has(info.fingerprint)) return;
  warned.add(info.fingerprint);
  process.emitWarning(
    `a prompt of ${promptTokens} tokens is longer than the ${info.contextLength} tokens ${modelPath} was trained on; ` +
      "positions past that were never trained, answers may degrade (said once per model)",
    { type: "KvmeshWarning", code: "KVMESH_PAST_TRAINED_CONTEXT" },
  );
}
