import type { pb } from "./wire.js";

/**
 * One namespace's counters as plain data: every field of `kvmesh.v1.StatsReply`.
 * The broker produces it (`SegmentService.stats`), the SDK hands it out
 * (`BrokerClient.stats`); agents/ and broker/ may not import each other, so
 * the shape lives here, next to the wire type it mirrors.
 */
export interface NamespaceStats {
  readonly namespace: string;
  readonly segments: number;
  readonly bytes: number;
  readonly hits: number;
  readonly misses: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly evictions: number;
  /** Broker-wide memory tier use and budget (not per tenant). */
  readonly memoryBytes: number;
  readonly memoryBudget: number;
  /** The broker's shared-memory directory ("" = off). */
  readonly shmDir: string;
  readonly brokerId: string;
}

/** A decoded StatsReply as plain data (absent proto3 fields become their defaults). */
export function namespaceStatsFromProto(r: InstanceType<typeof pb.StatsReply>): NamespaceStats {
  return {
    namespace: r.namespace ?? "", segments: Number(r.segments ?? 0), bytes: Number(r.bytes ?? 0),
    hits: Number(r.hits ?? 0), misses: Number(r.misses ?? 0), bytesIn: Number(r.bytesIn ?? 0),
    bytesOut: Number(r.bytesOut ?? 0), evictions: Number(r.evictions ?? 0), memoryBytes: Number(r.memoryBytes ?? 0),
    memoryBudget: Number(r.memoryBudget ?? 0), shmDir: r.shmDir ?? "", brokerId: r.brokerId ?? "",
  };
}
