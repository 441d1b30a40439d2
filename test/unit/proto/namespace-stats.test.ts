import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { namespaceStatsFromProto, type NamespaceStats } from "../../../proto/namespace-stats.js";
import { pb } from "../../../proto/wire.js";

describe("NamespaceStats", () => {
  const stats: NamespaceStats = {
    namespace: "alpha", segments: 3, bytes: 4096, hits: 5, misses: 6, bytesIn: 7, bytesOut: 8, evictions: 9,
    memoryBytes: 10, memoryBudget: 2 ** 40, shmDir: "/dev/shm/x", brokerId: "b-1",
  };

  it("round-trips through the StatsReply wire message", () => {
    const wire = pb.StatsReply.encode(pb.StatsReply.create(stats)).finish();
    assert.deepEqual(namespaceStatsFromProto(pb.StatsReply.decode(wire)), stats);
  });

  it("has exactly the fields of kvmesh.v1.StatsReply", () => {
    const fields = Object.keys(pb.StatsReply.prototype).filter((k) => typeof (pb.StatsReply.prototype as unknown as Record<string, unknown>)[k] !== "function");
    assert.deepEqual([...fields].sort(), Object.keys(stats).sort());
  });

  it("reads absent fields as their proto3 defaults", () => {
    const s = namespaceStatsFromProto(pb.StatsReply.decode(new Uint8Array()));
    assert.equal(s.namespace, "");
    assert.equal(s.segments, 0);
    assert.equal(s.shmDir, "");
  });
});
