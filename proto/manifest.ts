import { pb } from "./wire.js";

/**
 * A segment manifest as plain data: every field of `kvmesh.v1.SegmentManifest`.
 * `segments/segment-wire.ts` (`SegmentManifestFields`) produces values of this
 * shape; the broker and the SDK pass them through without looking at KV bytes.
 */
export interface WireManifest {
  readonly keyDigest: string;
  readonly modelFingerprint: string;
  readonly kType: string;
  readonly vType: string;
  readonly nLayer: number;
  readonly rowK: number;
  readonly rowV: number;
  readonly tokens: ArrayLike<number>;
  readonly positions: ArrayLike<number>;
  readonly contextDigest: string;
  readonly byteLength: number;
  /** SHA-256 hex of the payload. */
  readonly checksum: string;
  readonly stateFormatVersion?: number;
  /** Set by the broker when stored (ms since the epoch). */
  readonly storedUnixMs?: number;
}

/** The manifest as the generated encoder wants it. */
export function manifestToProto(m: WireManifest): InstanceType<typeof pb.SegmentManifest> {
  return pb.SegmentManifest.create({
    keyDigest: m.keyDigest,
    modelFingerprint: m.modelFingerprint,
    kType: m.kType,
    vType: m.vType,
    nLayer: m.nLayer,
    rowK: m.rowK,
    rowV: m.rowV,
    tokens: Array.from(m.tokens),
    positions: Array.from(m.positions),
    contextDigest: m.contextDigest,
    byteLength: m.byteLength,
    checksum: m.checksum,
    stateFormatVersion: m.stateFormatVersion ?? 0,
    storedUnixMs: m.storedUnixMs ?? 0,
  });
}

/** A decoded manifest as plain data (absent proto3 fields become their defaults). */
export function manifestFromProto(p: {
  keyDigest?: string | null; modelFingerprint?: string | null; kType?: string | null; vType?: string | null;
  nLayer?: number | null; rowK?: number | null; rowV?: number | null; tokens?: number[] | null;
  positions?: number[] | null; contextDigest?: string | null; byteLength?: number | null;
  checksum?: string | null; stateFormatVersion?: number | null; storedUnixMs?: number | null;
} | null | undefined): WireManifest {
  const q = p ?? {};
  return {
    keyDigest: q.keyDigest ?? "",
    modelFingerprint: q.modelFingerprint ?? "",
    kType: q.kType ?? "",
    vType: q.vType ?? "",
    nLayer: q.nLayer ?? 0,
    rowK: q.rowK ?? 0,
    rowV: q.rowV ?? 0,
    // The decoder's fresh arrays, kept as they are (a typed-array copy per field costs more than the decode).
    tokens: q.tokens ?? [],
    positions: q.positions ?? [],
    contextDigest: q.contextDigest ?? "",
    byteLength: Number(q.byteLength ?? 0),
    checksum: q.checksum ?? "",
    stateFormatVersion: q.stateFormatVersion ?? 0,
    storedUnixMs: Number(q.storedUnixMs ?? 0),
  };
}
