import type { pb } from "./wire.js";

/**
 * One namespace's anchor-pool counters as plain data: every field of
 * `kvmesh.v1.AnchorStatsReply`. The broker's pools produce it, the SDK's
 * RemoteCorrector hands it out; the shape lives here because agents/ and
 * broker/ may not import each other.
 */
export interface AnchorPoolStats {
  readonly kinds: number;
  readonly anchors: number;
  readonly bytes: number;
  readonly corrected: number;
  readonly prefills: number;
  readonly observations: number;
  /** Corrections the broker computed ahead (CorrectAhead), and of them, used by a CorrectStored. */
  readonly ahead: number;
  readonly aheadUsed: number;
}

/** A decoded AnchorStatsReply as plain data (absent proto3 fields become 0). */
export function anchorPoolStatsFromProto(r: InstanceType<typeof pb.AnchorStatsReply>): AnchorPoolStats {
  return {
    kinds: r.kinds ?? 0, anchors: r.anchors ?? 0, bytes: Number(r.bytes ?? 0), corrected: Number(r.corrected ?? 0),
    prefills: Number(r.prefills ?? 0), observations: Number(r.observations ?? 0), ahead: Number(r.ahead ?? 0), aheadUsed: Number(r.aheadUsed ?? 0),
  };
}
