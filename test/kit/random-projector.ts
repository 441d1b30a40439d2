/**
 * Random C2C fuser weights for model tests: every tensor of every receiver
 * layer and side (models/projector-file.ts PROJECTOR_PARTS) drawn by `rnd`,
 * RMSNorm weights 1.
 */
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
