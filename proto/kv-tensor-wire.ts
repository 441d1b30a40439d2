import { pb } from "./wire.js";

/**
 * A KvTensor (f32, one array per layer) <-> `kvmesh.v1.KvTensorF16`: f16,
 * layer-major K[0] V[0] K[1] V[1] ..., little-endian. The f16 conversion is
 * passed in (kernels/ does it; proto/ may not import kernels/).
 */
export interface WireKvTensor {
  readonly nLayer: number;
  readonly nTokens: number;
  readonly rowK: number;
  readonly rowV: number;
  readonly k: Float32Array[];
  readonly v: Float32Array[];
}

export interface F16Codec {
  f32ToF16(src: Float32Array): Uint16Array;
  f16ToF32(src: Uint16Array): Float32Array;
}

/** The data bytes a tensor of this shape takes on the wire. */
export function kvTensorWireBytes(nLayer: number, nTokens: number, rowK: number, rowV: number): number {
  return nLayer * nTokens * (rowK + rowV) * 2;
}

/**
 * The wire's f16 bytes (layer-major K[0] V[0] K[1] V[1] ...) as per-layer
 * K and V byte arrays, copied (`data` may be a view into a pooled Buffer, at
 * an odd offset). The caller checks the length first (kvTensorWireBytes).
 */
export function splitKvTensorF16(data: Uint8Array, nLayer: number, nTokens: number, rowK: number, rowV: number): { k: Uint8Array[]; v: Uint8Array[] } {
  const k: Uint8Array[] = [];
  const v: Uint8Array[] = [];
  let q = 0;
  for (let l = 0; l < nLayer; l++) {
    k.push(new Uint8Array(data.subarray(q, q + nTokens * rowK * 2)));
    q += nTokens * rowK * 2;
    v.push(new Uint8Array(data.subarray(q, q + nTokens * rowV * 2)));
    q += nTokens * rowV * 2;
  }
  return { k, v };
}

export function kvTensorToProto(t: WireKvTensor, codec: F16Codec): InstanceType<typeof pb.KvTensorF16> {
  return kvTensorF16ToProto({ nLayer: t.nLayer, nTokens: t.nTokens, rowK: t.rowK, rowV: t.rowV, data: kvTensorF16Data(t, codec) });
}

/** A tensor already in the wire's f16 layout (encoded once, sent many times). */
export interface KvTensorF16Bytes {
  readonly nLayer: number;
  readonly nTokens: number;
  readonly rowK: number;
  readonly rowV: number;
  /** Layer-major K[0] V[0] K[1] V[1] ..., f16 little-endian. */
  readonly data: Uint8Array;
}

/** The wire's data bytes of `t` (f16, layer-major K[0] V[0] ...). */
export function kvTensorF16Data(t: WireKvTensor, codec: F16Codec): Uint8Array {
  const data = new Uint8Array(kvTensorWireBytes(t.nLayer, t.nTokens, t.rowK, t.rowV));
  let p = 0;
  for (let l = 0; l < t.nLayer; l++) {
    for (const src of [t.k[l], t.v[l]]) {
      const h = codec.f32ToF16(src);
      data.set(new Uint8Array(h.buffer, h.byteOffset, h.byteLength), p);
      p += h.byteLength;
    }
  }
  return data;
}

export function kvTensorF16ToProto(t: KvTensorF16Bytes): InstanceType<typeof pb.KvTensorF16> {
  if (t.data.byteLength !== kvTensorWireBytes(t.nLayer, t.nTokens, t.rowK, t.rowV)) throw new RangeError(`KvTensorF16 of ${t.data.byteLength} bytes for shape ${t.nLayer}x${t.nTokens}x(${t.rowK}+${t.rowV})`);
  return pb.KvTensorF16.create({ nLayer: t.nLayer, nTokens: t.nTokens, rowK: t.rowK, rowV: t.rowV, data: t.data });
}

/** Decodes and checks the shape; RangeError when data and shape disagree. */
export function kvTensorFromProto(w: { nLayer?: number | null; nTokens?: number | null; rowK?: number | null; rowV?: number | null; data?: Uint8Array | null } | null | undefined, codec: F16Codec): WireKvTensor {
  if (!w) throw new RangeError("KvTensorF16 missing");
  const nLayer = w.nLayer ?? 0, nTokens = w.nTokens ?? 0, rowK = w.rowK ?? 0, rowV = w.rowV ?? 0;
  const data = w.data ?? new Uint8Array(0);
  if (nLayer <= 0 || nLayer > 1024 || nTokens <= 0 || rowK <= 0 || rowV <= 0) throw new RangeError(`KvTensorF16 shape ${nLayer}x${nTokens}x(${rowK}+${rowV}) is invalid`);
  const want = kvTensorWireBytes(nLayer, nTokens, rowK, rowV);
  if (data.byteLength !== want) throw new RangeError(`KvTensorF16 has ${data.byteLength} data bytes, its shape needs ${want}`);
  // Copy once into an aligned buffer (protobuf bytes may sit at an odd offset).
  const aligned = new Uint16Array(want / 2);
  new Uint8Array(aligned.buffer).set(data);
  const k: Float32Array[] = [];
  const v: Float32Array[] = [];
  let p = 0;
  for (let l = 0; l < nLayer; l++) {
    k.push(codec.f16ToF32(aligned.subarray(p, p + nTokens * rowK)));
    p += nTokens * rowK;
    v.push(codec.f16ToF32(aligned.subarray(p, p + nTokens * rowV)));
    p += nTokens * rowV;
  }
  return { nLayer, nTokens, rowK, rowV, k, v };
}
