import { createHash } from "node:crypto";
import { SegmentIntegrityError } from "./errors.js";
import type { KvSegment } from "./kv-segment.js";
import { kvTypeBytes, type KvType } from "./kv-type.js";
import type { SegmentKey } from "./segment-key.js";

/**
 * Everything about a segment except its KV bytes: what travels in
 * kvmesh.v1.SegmentManifest and lets a receiver check the payload.
 */
export interface SegmentManifestFields {
  readonly key: string;
  readonly modelFingerprint: string;
  readonly kType: KvType;
  readonly vType: KvType;
  readonly nLayer: number;
  readonly rowK: number;
  readonly rowV: number;
  readonly tokens: Int32Array;
  readonly positions: Int32Array;
  readonly context: string;
  readonly byteLength: number;
  /** SHA-256 hex of the payload. */
  readonly checksum: string;
}

/** Payload layout: layer-major, K[0] V[0] K[1] V[1] ..., raw bytes in the KV types' encoding. */
export function segmentPayload(seg: KvSegment): Uint8Array {
  let n = 0;
  for (let l = 0; l < seg.nLayer; l++) n += seg.k[l].length + seg.v[l].length;
  const out = new Uint8Array(n);
  let p = 0;
  for (let l = 0; l < seg.nLayer; l++) {
    out.set(seg.k[l], p);
    p += seg.k[l].length;
    out.set(seg.v[l], p);
    p += seg.v[l].length;
  }
  return out;
}

export function segmentManifest(seg: KvSegment, key: SegmentKey, payload: Uint8Array = segmentPayload(seg)): SegmentManifestFields {
  return {
    key: key.digest, modelFingerprint: seg.modelFingerprint, kType: seg.kType, vType: seg.vType,
    nLayer: seg.nLayer, rowK: seg.rowK, rowV: seg.rowV, tokens: seg.tokens, positions: seg.positions,
    context: seg.context, byteLength: payload.length, checksum: payloadChecksum(payload),
  };
}

export function payloadChecksum(payload: Uint8Array): string {
  return createHash("sha256").update(payload).digest("hex");
}

/** Rebuilds a segment from manifest + payload; SegmentIntegrityError when they disagree. */
export function segmentFromWire(m: SegmentManifestFields, payload: Uint8Array): KvSegment {
  const n = m.tokens.length;
  if (m.positions.length !== n) throw new SegmentIntegrityError(`manifest has ${n} tokens but ${m.positions.length} positions`);
  if (!Number.isSafeInteger(m.nLayer) || m.nLayer <= 0 || m.nLayer > 1024) throw new SegmentIntegrityError(`manifest n_layer ${m.nLayer} is out of range`);
  const kBytes = n * kvTypeBytes(m.kType, m.rowK);
  const vBytes = n * kvTypeBytes(m.vType, m.rowV);
  const expected = m.nLayer * (kBytes + vBytes);
  if (!Number.isSafeInteger(expected) || expected !== m.byteLength) throw new SegmentIntegrityError(`manifest byteLength ${m.byteLength} does not match its shape (${expected})`);
  if (payload.length !== m.byteLength) throw new SegmentIntegrityError(`payload has ${payload.length} bytes, manifest says ${m.byteLength}`);
  if (payloadChecksum(payload) !== m.checksum) throw new SegmentIntegrityError("payload checksum does not match the manifest");
  const k: Uint8Array[] = [];
  const v: Uint8Array[] = [];
  let p = 0;
  for (let l = 0; l < m.nLayer; l++) {
    k.push(new Uint8Array(payload.subarray(p, p + kBytes))); // copies: payload may be a Buffer, whose slice() is a view
    p += kBytes;
    v.push(new Uint8Array(payload.subarray(p, p + vBytes)));
    p += vBytes;
  }
  return {
    modelFingerprint: m.modelFingerprint, kType: m.kType, vType: m.vType, nLayer: m.nLayer, rowK: m.rowK, rowV: m.rowV,
    tokens: m.tokens, positions: m.positions, context: m.context, k, v,
  };
}
