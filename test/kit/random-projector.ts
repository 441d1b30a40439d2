/**
 * Random C2C fuser weights for model tests: every tensor of every receiver
 * layer and side (models/projector-file.ts PROJECTOR_PARTS) drawn by `rnd`,
 * RMSNorm weights 1; and a whole projector file stamped for a model pair.
 */
import type { ModelInfo } from "../../models/model-info.js";
import { layerMapFromTop } from "../../models/projector-apply.js";
import { encodeProjector } from "../../models/projector-encode.js";
import { PROJECTOR_PARTS } from "../../models/projector-file.js";

export function randomProjectorTensors(
  shape: { readonly sharerDim: number; readonly receiverDim: number; readonly receiverHeads: number; readonly receiverLayers: number; readonly hidden: number },
  rnd: (n: number) => Float32Array,
): Map<string, Float32Array> {
  const { sharerDim, receiverDim, receiverHeads, hidden } = shape;
  const sizes: Record<string, number> = {
    "w_in.weight": hidden * (sharerDim + receiverDim), "w1.weight": hidden * hidden, "w2.weight": hidden * hidden, "w_out.weight": receiverDim * hidden,
    "w_out.bias": receiverDim, "w_weight.weight": receiverHeads * hidden, "w_weight.bias": receiverHeads,
  };
  const tensors = new Map<string, Float32Array>();
  for (let t = 0; t < shape.receiverLayers; t++) {
    for (const kv of ["k", "v"]) {
      for (const part of PROJECTOR_PARTS) tensors.set(`layer.${t}.${kv}.${part}`, part.startsWith("norm") ? new Float32Array(hidden).fill(1) : rnd(sizes[part] ?? hidden));
    }
  }
  return tensors;
}

/**
 * A projector file for sharer -> receiver (both fingerprints stamped) with random weights (uniform,
 * scale 0.5, a fixed seed), hidden size 8 unless given, every gate open.
 */
export function randomProjectorFile(sharer: ModelInfo, receiver: ModelInfo, seed = 4242, hidden = 8): Uint8Array {
  let s = seed;
  const rnd = (n: number) => Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32 - 0.5) * 0.5;
  });
  const tensors = randomProjectorTensors({ sharerDim: sharer.nHeadKv * sharer.headDimK, receiverDim: receiver.nHeadKv * receiver.headDimK, receiverHeads: receiver.nHeadKv, receiverLayers: receiver.nLayer, hidden }, rnd);
  const side = (m: ModelInfo) => ({ name: m.name, fingerprint: m.fingerprint, nLayer: m.nLayer, nHeadKv: m.nHeadKv, headDim: m.headDimK });
  return encodeProjector({
    kind: "kvmesh-c2c-fuser", sharer: side(sharer), receiver: side(receiver), hidden, rmsEps: 1e-6, activation: "gelu-erf",
    layerMap: layerMapFromTop(sharer.nLayer, receiver.nLayer), gates: Array.from({ length: receiver.nLayer }, () => [1, 1]),
  }, tensors);
}
