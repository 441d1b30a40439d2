import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { BrokerClient, BrokerResourceExhaustedError } from "../../../agents/transport/broker-client.js";
import { startBrokerProcess } from "../../kit/broker-launcher.js";
import { fakeSegment } from "../../kit/segment-fixture.js";
import { mountSmallFs } from "../../kit/small-fs.js";

const NS = { alpha: "alpha-token-123" };

/**
 * Issue 14 item 3: on a full disk a put used to be acknowledged with a
 * truncated file (the short writev was not checked), which was quarantined
 * after a restart. Now: every acknowledged put survives kill -9 whole, a put
 * that does not fit is refused RESOURCE_EXHAUSTED, and reads go on.
 */
describe("disk tier on a full disk (2 MiB tmpfs, broker subprocess)", () => {
  it("never acknowledges a short write, refuses RESOURCE_EXHAUSTED, keeps serving reads, loses nothing acked", async (t) => {
    const fs = await mountSmallFs(2 * 1024 * 1024);
    if ("skip" in fs) { t.skip(fs.skip); return; }
    await using _fs = fs;
    const store = path.join(fs.dir, "store");
    const first = await startBrokerProcess({ namespaces: NS, store, shmDir: "off" });
    const acked: ReturnType<typeof fakeSegment>[] = [];
    const refused: ReturnType<typeof fakeSegment>[] = [];
    const c1 = await BrokerClient.connect({ grpc: first.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 10_000 });
    try {
      // 300 KiB each (not a divisor of 2 MiB): one put lands across the end of the space.
      for (let i = 0; i < 12; i++) {
        const s = fakeSegment(300 * 1024 + 17);
        try {
          assert.equal((await c1.put(s.manifest, s.payload)).created, true);
          acked.push(s);
        } catch (err) {
          assert.ok(err instanceof BrokerResourceExhaustedError, `refused as RESOURCE_EXHAUSTED, got ${(err as Error).name}: ${(err as Error).message}`);
          refused.push(s);
        }
      }
      assert.ok(acked.length >= 3, `${acked.length} puts fit`);
      assert.ok(refused.length >= 3, `${refused.length} puts refused`);
      assert.deepEqual(await readdir(path.join(store, "tmp")), [], "a refused put leaves no partial file");
      // Reads (and lookups) go on while the disk is full.
      for (const s of acked) assert.equal(Buffer.compare(Buffer.from((await c1.get(s.manifest.keyDigest))!.payload), s.payload), 0);
      assert.deepEqual((await c1.lookup(refused.map((s) => s.manifest.keyDigest))).map((r) => r.hit), refused.map(() => false));
      assert.equal((await c1.stats()).segments, acked.length);
    } finally {
      await c1.dispose();
      await first.kill9();
    }
    const second = await startBrokerProcess({ namespaces: NS, store, shmDir: "off" });
    const c2 = await BrokerClient.connect({ grpc: second.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 10_000 });
    try {
      for (const s of acked) {
        const got = await c2.get(s.manifest.keyDigest);
        assert.ok(got, "an acknowledged segment survives the restart");
        assert.equal(Buffer.compare(Buffer.from(got.payload), s.payload), 0);
      }
      for (const s of refused) assert.equal(await c2.get(s.manifest.keyDigest), undefined);
      assert.deepEqual(await readdir(path.join(store, "quarantine")), [], "nothing truncated reached objects/");
      assert.doesNotMatch(second.stderr(), /quarantined/);
    } finally {
      await c2.dispose();
      await second.stop();
    }
  });
});
