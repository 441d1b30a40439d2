/**
 * Applying an opened projector to one prompt's KV: receiver layer t fuses its K and V with the sharer's
 * layer layerMap[t] (kernels/c2c-fuser.ts), each gated by the projector's hard gates.
 * Layers are token-major f32 arrays: sharer [T, sharer.nHeadKv * headDim], receiver [T, receiver.nHeadKv * headDim].
 */
import { c2cFuse, type FuserProjectorWeights } from "../kernels/c2c-fuser.js";
import type { DeviceFuserLayer } from "../kernels/cuda/device-c2c-fuser.js";
import { ProjectorFormatError } from "./errors.js";
import type { ProjectorFile } from "./projector-file.js";

/** Layer alignment from the top: receiver layer t reads sharer layer t + S - T, clamped to [0, S - 1]. */
export function layerMapFromTop(nSharer: number, nReceiver: number): number[] {
  return Array.from({ length: nReceiver }, (_, t) => Math.min(Math.max(t + nSharer - nReceiver, 0), nSharer - 1));
}

export interface LayerKv {
  readonly k: Float32Array;
  readonly v: Float32Array;
}

export function projectorWeights(p: ProjectorFile, layer: number, kv: "k" | "v"): FuserProjectorWeights {
  const h = p.header;
  const t = (part: string): Float32Array => {
    const a = p.tensors.get(`layer.${layer}.${kv}.${part}`);
    if (!a) throw new ProjectorFormatError(`projector has no tensor layer.${layer}.${kv}.${part}`);
    return a;
  };
  return {
    hidden: h.hidden, sDim: h.sharer.nHeadKv * h.sharer.headDim, nHeads: h.receiver.nHeadKv, headDim: h.receiver.headDim, rmsEps: h.rmsEps,
    wIn: t("w_in.weight"), bIn: t("w_in.bias"), norm1: t("norm1.weight"), w1: t("w1.weight"), b1: t("w1.bias"),
    w2: t("w2.weight"), b2: t("w2.bias"), norm2: t("norm2.weight"), wOut: t("w_out.weight"), bOut: t("w_out.bias"),
    wWeight: t("w_weight.weight"), bWeight: t("w_weight.bias"),
  };
}

/** The fused receiver cache of one prompt (mode "zeroed": the projection-zeroed control). */
export function fuseCache(p: ProjectorFile, sharer: readonly LayerKv[], receiver: readonly LayerKv[], nTokens: number, mode: "fuse" | "zeroed" = "fuse"): LayerKv[] {
  const h = p.header;
  if (sharer.length !== h.sharer.nLayer || receiver.length !== h.receiver.nLayer) {
    throw new ProjectorFormatError(`projector wants ${h.sharer.nLayer} sharer and ${h.receiver.nLayer} receiver layers, got ${sharer.length} and ${receiver.length}`);
  }
  return receiver.map((r, t) => {
    const s = sharer[h.layerMap[t]];
    const gate = (g: number): 0 | 1 => (g === 1 ? 1 : 0);
    return {
      k: c2cFuse(projectorWeights(p, t, "k"), s.k, r.k, nTokens, gate(h.gates[t][0]), mode),
      v: c2cFuse(projectorWeights(p, t, "v"), s.v, r.v, nTokens, gate(h.gates[t][1]), mode),
    };
  });
}

/** The projector's layers as kernels/cuda/device-c2c-fuser.ts's DeviceFuser holds them (weights and hard gates). */
export function deviceFuserLayers(p: ProjectorFile): DeviceFuserLayer[] {
  const gate = (g: number): 0 | 1 => (g === 1 ? 1 : 0);
  return p.header.gates.map((g, t) => ({ k: projectorWeights(p, t, "k"), v: projectorWeights(p, t, "v"), gateK: gate(g[0]), gateV: gate(g[1]) }));
}
