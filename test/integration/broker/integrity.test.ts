import assert from "node:assert/strict";
import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import http2 from "node:http2";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { BrokerClient, BrokerRequestError } from "../../../agents/transport/broker-client.js";
import { GrpcBrokerTransport } from "../../../agents/transport/transport-grpc.js";
import { brokerServiceDefinition } from "../../../proto/broker-service.js";
import { grpcMessagePrefix } from "../../../proto/grpc-message-framing.js";
import { startBrokerInProcess, startBrokerProcess } from "../../kit/broker-launcher.js";
import { rawGrpcCall } from "../../kit/raw-grpc.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123456" };

/** Issue 14 item 8: swapped files, conflicting puts, garbage requests, impossible manifests. */
describe("broker integrity on odd input", () => {
  it("a segment file copied over another's name is not served under the wrong key", async () => {
    const store = await mkdtemp(path.join(os.tmpdir(), "kvmesh-swap-"));
    try {
      const a = fakeSegment(5000);
      const b = fakeSegment(6000);
      {
        await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", store });
        await using c = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
        await c.put(a.manifest, a.payload);
        await c.put(b.manifest, b.payload);
      }
      const objects = path.join(store, "objects");
      const files = await readdir(objects);
      assert.equal(files.length, 2);
      // Which file is whose is secret (HMAC'd names): copy each over the other, then B must not come back as A's bytes.
      const [f1, f2] = files;
      await copyFile(path.join(objects, f1), path.join(objects, `${f2}.tmp`));
      await copyFile(path.join(objects, f2), path.join(objects, f1));
      await copyFile(path.join(objects, `${f2}.tmp`), path.join(objects, f2));
      await rm(path.join(objects, `${f2}.tmp`));
      await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", store });
      await using c = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
      assert.equal(await c.get(a.manifest.keyDigest), undefined);
      assert.equal(await c.get(b.manifest.keyDigest), undefined);
      assert.deepEqual((await c.lookup([a.manifest.keyDigest, b.manifest.keyDigest])).map((r) => r.hit), [false, false]);
      assert.equal((await readdir(path.join(store, "quarantine"))).length, 2);
    } finally {
      await rm(store, { recursive: true, force: true });
    }
  });

  it("a put of other bytes under a stored key is an error and the stored bytes stay", async () => {
    await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off" });
    await using c = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
    const first = fakeSegment(1000, "same-label");
    const second = fakeSegment(1000, "same-label");
    assert.equal(first.manifest.keyDigest, second.manifest.keyDigest);
    await c.put(first.manifest, first.payload);
    assert.equal((await c.put(first.manifest, first.payload)).created, false, "the same bytes again: fine");
    await assert.rejects(c.put(second.manifest, second.payload), (e: Error) => e instanceof BrokerRequestError && /another segment/.test(e.message));
    assert.equal(Buffer.compare(Buffer.from((await c.get(first.manifest.keyDigest))!.payload), first.payload), 0);
  });

  it("refuses manifest numbers no model has", async () => {
    await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off" });
    const t = new GrpcBrokerTransport({ address: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
    try {
      const seg = fakeSegment(64);
      const bad = [
        { nLayer: 0 }, { nLayer: 100_000 }, { rowK: 0 }, { rowV: 2 ** 30 }, { kType: "f99" },
        { positions: Int32Array.from([0, 1, 2]) }, { tokens: Int32Array.from([1, -2, 3, 4]) },
      ];
      for (const b of bad) {
        await assert.rejects(t.put({ ...seg.manifest, ...b }, seg.payload, Date.now() + 5000), (e: Error) => e instanceof BrokerRequestError && /manifest/.test(e.message), JSON.stringify(b));
      }
      assert.equal((await t.put(seg.manifest, seg.payload, Date.now() + 5000)).created, true);
    } finally {
      t.close();
    }
  });

  it("garbage requests get INVALID_ARGUMENT, and error logs are rate-limited", async () => {
    await using broker = await startBrokerProcess({ namespaces: NS, shmDir: "off" });
    const session = http2.connect(`http://${broker.addresses.grpc}`);
    session.on("error", () => {});
    try {
      const headers = { "kvmesh-namespace": "alpha", "kvmesh-token": NS.alpha };
      const garbage = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x07, 0x01]);
      const framed = Buffer.concat([grpcMessagePrefix(garbage.length), garbage]);
      const statuses = new Set<string>();
      for (let i = 0; i < 200; i++) {
        for (const m of [brokerServiceDefinition.stats, brokerServiceDefinition.get, brokerServiceDefinition.putAlias, brokerServiceDefinition.delete]) {
          statuses.add(await rawGrpcCall(session, m.path, framed, headers));
        }
      }
      assert.deepEqual([...statuses], ["grpc 3"]);
    } finally {
      session.close();
    }
    await new Promise((r) => setTimeout(r, 100));
    const errorLines = broker.stderr().split("\n").filter((l) => l.includes('"level":"error"'));
    assert.ok(errorLines.length <= 21, `${errorLines.length} error lines for 800 garbage requests`);
  });
});
