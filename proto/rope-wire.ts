import { kvmesh, pb } from "./wire.js";

/**
 * RoPE parameters on the wire (`kvmesh.v1.RopeConfig`): what the broker needs
 * to move stored keys between positions without knowing the model. The same
 * shape as kernels/backend.ts RopeParams (proto/ may not import kernels/).
 */
export interface WireRope {
  readonly style: "normal" | "neox";
  readonly nRot: number;
  readonly headDim: number;
  readonly freqBase: number;
  readonly freqScale: number;
  readonly freqFactors?: Float32Array;
}

export function ropeToProto(r: WireRope): InstanceType<typeof pb.RopeConfig> {
  return pb.RopeConfig.create({
    style: r.style, nRot: r.nRot, headDim: r.headDim, freqBase: r.freqBase, freqScale: r.freqScale,
    freqFactors: r.freqFactors ? Array.from(r.freqFactors) : [],
  });
}

/** Decodes and checks a RopeConfig; RangeError for anything a rotation could not use. */
export function ropeFromProto(w: kvmesh.v1.RopeConfig.$Properties | null | undefined): WireRope {
  if (!w) throw new RangeError("rope config missing");
  const style = w.style;
  if (style !== "normal" && style !== "neox") throw new RangeError(`rope style must be "normal" or "neox", got ${JSON.stringify(style)}`);
  const nRot = w.nRot ?? 0, headDim = w.headDim ?? 0, freqBase = w.freqBase ?? 0, freqScale = w.freqScale ?? 0;
  if (!Number.isInteger(headDim) || headDim <= 0 || headDim > 4096) throw new RangeError(`rope head_dim ${headDim} is out of range`);
  if (!Number.isInteger(nRot) || nRot <= 0 || nRot > headDim || nRot % 2 !== 0) throw new RangeError(`rope n_rot ${nRot} must be even and in 2..head_dim`);
  if (!(freqBase > 0) || !Number.isFinite(freqBase)) throw new RangeError(`rope freq_base ${freqBase} must be a positive number`);
  if (!(freqScale > 0) || !Number.isFinite(freqScale)) throw new RangeError(`rope freq_scale ${freqScale} must be a positive number`);
  const f = w.freqFactors ?? [];
  if (f.length !== 0 && f.length !== nRot / 2) throw new RangeError(`rope freq_factors has ${f.length} values, n_rot / 2 = ${nRot / 2} expected`);
  if (f.some((x: number) => !(x > 0) || !Number.isFinite(x))) throw new RangeError("rope freq_factors must be positive numbers");
  return { style, nRot, headDim, freqBase, freqScale, ...(f.length ? { freqFactors: Float32Array.from(f) } : {}) };
}
