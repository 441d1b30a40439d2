import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { BrokerClient } from "../../../agents/transport/broker-client.js";
import { startBrokerProcess } from "../../kit/broker-launcher.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123" };

describe("disk tier durability (broker subprocess)", () => {
  let store: string;
  before(async () => { store = await mkdtemp(path.join(os.tmpdir(), "kvmesh-store-")); });
  after(async () => { await rm(store, { recursive: true, force: true }); });

  it("serves every acknowledged segment byte-identical after kill -9, and quarantines a flipped byte", async () => {
    const segs = [0, 1, 4096, 1024 * 1024 + 1, 3 * 1024 * 1024].map((n) => fakeSegment(n));
    const first = await startBrokerProcess({ namespaces: NS, store });
    const c1 = await BrokerClient.connect({ grpc: first.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 10_000 });
    for (const s of segs) assert.equal((await c1.put(s.manifest, s.payload)).created, true);
    await first.kill9();
    await c1.dispose();

    const second = await startBrokerProcess({ namespaces: NS, store });
    const c2 = await BrokerClient.connect({ grpc: second.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 10_000 });
    try {
      for (const s of segs) {
        const got = await c2.get(s.manifest.keyDigest);
        assert.ok(got, `segment of ${s.payload.length} bytes survives`);
        assert.equal(Buffer.compare(Buffer.from(got.payload), s.payload), 0);
      }
      // Flip one payload byte of the biggest file on disk: served as a miss, moved to quarantine.
      const objects = path.join(store, "objects");
      const files = await readdir(objects);
      assert.equal(files.length, segs.length);
      let biggest = files[0];
      let size = -1;
      for (const f of files) {
        const n = (await readFile(path.join(objects, f))).length;
        if (n > size) { size = n; biggest = f; }
      }
      const p = path.join(objects, biggest);
      const bytes = await readFile(p);
      bytes[bytes.length - 7] ^= 0xff;
      await writeFile(p, bytes);
      // The memory tier still holds the segment from the earlier get; a fresh process reads the disk.
      await c2.dispose();
      await second.stop();
      const third = await startBrokerProcess({ namespaces: NS, store });
      const c3 = await BrokerClient.connect({ grpc: third.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 10_000 });
      try {
        const big = segs[segs.length - 1];
        assert.equal(await c3.get(big.manifest.keyDigest), undefined);
        assert.deepEqual((await c3.lookup([big.manifest.keyDigest])).map((r) => r.hit), [false]);
        assert.equal((await readdir(path.join(store, "quarantine"))).length, 1);
        await new Promise((r) => setTimeout(r, 100));
        assert.match(third.stderr(), /"level":"error","msg":"corrupt segment file quarantined"/);
        // The others are still fine.
        const ok = await c3.get(segs[2].manifest.keyDigest);
        assert.equal(Buffer.compare(Buffer.from(ok!.payload), segs[2].payload), 0);
      } finally {
        await c3.dispose();
        await third.stop();
      }
    } finally {
      await c2.dispose();
      await second.stop();
    }
  });
});
