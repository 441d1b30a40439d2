import { pb } from "./wire.js";

/**
 * A projector the broker holds, as plain data: every field of
 * `kvmesh.v1.ProjectorInfo`. The broker's ProjectorSet produces it, the SDK's
 * RemoteProjector hands it out; the shape lives here because agents/ and
 * broker/ may not import each other.
 */
export interface ProjectorInfo {
  /** "sharer-name -> receiver-name" (the file's header). */
  readonly projectorId: string;
  readonly sharerModelFingerprint: string;
  readonly receiverModelFingerprint: string;
  readonly formatVersion: number;
  /** File size in bytes. */
  readonly byteLength: number;
  /** SHA-256 hex of the file. */
  readonly sha256: string;
  readonly parameters: number;
  readonly sharerLayers: number;
  readonly receiverLayers: number;
}

/** Why the broker gave no fused KV (kvmesh.v1.FuseRefusalReason, without its prefix). */
export type FuseRefusalReason = "no-projector" | "segment-missing" | "tokens-differ" | "same-model" | "kv-type";

const REASONS: readonly [FuseRefusalReason, number][] = [
  ["no-projector", pb.FuseRefusalReason.FUSE_REFUSAL_REASON_NO_PROJECTOR],
  ["segment-missing", pb.FuseRefusalReason.FUSE_REFUSAL_REASON_SEGMENT_MISSING],
  ["tokens-differ", pb.FuseRefusalReason.FUSE_REFUSAL_REASON_TOKENS_DIFFER],
  ["same-model", pb.FuseRefusalReason.FUSE_REFUSAL_REASON_SAME_MODEL],
  ["kv-type", pb.FuseRefusalReason.FUSE_REFUSAL_REASON_KV_TYPE],
];

export function fuseRefusalReasonToProto(r: FuseRefusalReason): number {
  return REASONS.find(([name]) => name === r)![1];
}

/** The reason's name, or undefined for a value this build does not know (UNSPECIFIED, or newer). */
export function fuseRefusalReasonFromProto(n: number | null | undefined): FuseRefusalReason | undefined {
  return REASONS.find(([, v]) => v === n)?.[0];
}

export function projectorInfoToProto(p: ProjectorInfo): InstanceType<typeof pb.ProjectorInfo> {
  return pb.ProjectorInfo.create({ ...p });
}

/** A decoded ProjectorInfo as plain data (absent proto3 fields become their defaults). */
export function projectorInfoFromProto(p: { [K in keyof ProjectorInfo]?: ProjectorInfo[K] | null } | null | undefined): ProjectorInfo {
  const q = p ?? {};
  return {
    projectorId: q.projectorId ?? "", sharerModelFingerprint: q.sharerModelFingerprint ?? "", receiverModelFingerprint: q.receiverModelFingerprint ?? "",
    formatVersion: q.formatVersion ?? 0, byteLength: Number(q.byteLength ?? 0), sha256: q.sha256 ?? "", parameters: Number(q.parameters ?? 0),
    sharerLayers: q.sharerLayers ?? 0, receiverLayers: q.receiverLayers ?? 0,
  };
}
