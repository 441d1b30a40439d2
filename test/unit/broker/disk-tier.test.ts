import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { DiskTier } from "../../../broker/disk-tier.js";
import { jsonLogger } from "../../../broker/logger.js";
import type { StoreEvent } from "../../../broker/segment-store.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const k = (i: number) => i.toString(16).padStart(64, "0");

describe("DiskTier", () => {
  it("persists, rebuilds its index, and quarantines a corrupt file as a miss", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-disk-"));
    const logs: string[] = [];
    const logger = jsonLogger("info", (l) => logs.push(l));
    try {
      const t1 = await DiskTier.open({ dir, logger });
      const a = fakeSegment(1000);
      const b = fakeSegment(0);
      assert.equal(await t1.put(k(1), { namespace: "n", ...a }), true);
      assert.equal(await t1.put(k(2), { namespace: "n", ...b }), true);
      assert.equal(await t1.put(k(1), { namespace: "n", ...a }), false);
      await writeFile(path.join(dir, "tmp", "leftover"), "x");
      const t2 = await DiskTier.open({ dir, logger });
      assert.deepEqual(await readdir(path.join(dir, "tmp")), []);
      assert.deepEqual(t2.usage(), { segments: 2, bytes: 1000 });
      assert.equal(Buffer.compare((await t2.get(k(1)))!.payload, a.payload), 0);
      assert.equal((await t2.get(k(2)))!.payload.length, 0);
      const f = path.join(dir, "objects", `${k(1)}.seg`);
      const bytes = await readFile(f);
      bytes[bytes.length - 1] ^= 1;
      await writeFile(f, bytes);
      const events: StoreEvent[] = [];
      t2.onEvent((e) => events.push(e));
      assert.equal(await t2.get(k(1)), undefined);
      assert.equal(t2.head(k(1)), undefined);
      assert.equal(events[0]?.kind, "quarantined");
      assert.equal((await readdir(path.join(dir, "quarantine"))).length, 1);
      assert.ok(logs.some((l) => l.includes('"level":"error"') && l.includes("quarantined")));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("evicts least recently used files over its byte budget", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-disk-"));
    try {
      const t = await DiskTier.open({ dir, logger: jsonLogger("error"), budgetBytes: 250 });
      for (let i = 0; i < 3; i++) await t.put(k(i), { namespace: "n", ...fakeSegment(100) });
      assert.equal(t.head(k(0)), undefined);
      assert.equal((await readdir(path.join(dir, "objects"))).length, 2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
