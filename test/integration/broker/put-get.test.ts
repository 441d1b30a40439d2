import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BrokerClient, SegmentIntegrityError, segmentManifestOf } from "../../../agents/transport/broker-client.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123" };

describe("broker put/get over gRPC", () => {
  let broker: InProcessBroker;
  let client: BrokerClient;
  let shmClient: BrokerClient;
  before(async () => {
    broker = await startBrokerInProcess({ namespaces: NS, metrics: true });
    client = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 10_000 });
    shmClient = await BrokerClient.connect({
      grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 10_000, sameHost: true,
    });
  });
  after(async () => {
    await client.dispose();
    await shmClient.dispose();
    await broker[Symbol.asyncDispose]();
  });

  for (const size of [0, 1, 1024 * 1024 + 1, 20 * 1024 * 1024]) {
    it(`round-trips ${size} bytes byte-identical (stream and shm)`, async () => {
      const seg = fakeSegment(size);
      const put = await client.put(seg.manifest, seg.payload);
      assert.equal(put.created, true);
      const got = await client.get(seg.manifest.keyDigest);
      assert.ok(got);
      assert.equal(Buffer.compare(Buffer.from(got.payload), seg.payload), 0);
      assert.equal(got.manifest.checksum, seg.manifest.checksum);
      assert.deepEqual(Array.from(got.manifest.tokens), Array.from(seg.manifest.tokens));
      assert.ok(shmClient.usesSharedMemory);
      const viaShm = await shmClient.get(seg.manifest.keyDigest);
      assert.ok(viaShm);
      assert.equal(Buffer.compare(Buffer.from(viaShm.payload), seg.payload), 0);
    });
  }

  it("puts through shared memory", async () => {
    const seg = fakeSegment(3 * 1024 * 1024 + 5);
    assert.equal((await shmClient.put(seg.manifest, seg.payload)).created, true);
    const got = await client.get(seg.manifest.keyDigest);
    assert.equal(Buffer.compare(Buffer.from(got!.payload), seg.payload), 0);
  });

  it("answers a miss with undefined and lookups with hit/miss", async () => {
    const seg = fakeSegment(100);
    assert.equal(await client.get(seg.manifest.keyDigest), undefined);
    await client.put(seg.manifest, seg.payload);
    assert.equal((await client.put(seg.manifest, seg.payload)).created, false);
    const other = fakeSegment(1).manifest.keyDigest;
    const r = await client.lookup([seg.manifest.keyDigest, other]);
    assert.deepEqual(r.map((x) => x.hit), [true, false]);
    assert.equal(r[0].manifest?.byteLength, 100);
    assert.equal(await client.delete(seg.manifest.keyDigest), true);
    assert.equal(await client.get(seg.manifest.keyDigest), undefined);
    assert.equal(await client.delete(seg.manifest.keyDigest), false);
  });

  it("rejects a put whose payload does not match its checksum", async () => {
    const seg = fakeSegment(1000);
    const bad = Buffer.from(seg.payload);
    bad[10] ^= 1;
    await assert.rejects(client.put(seg.manifest, bad), (e: Error) => e.name === "BrokerRequestError");
    await assert.rejects(client.put(seg.manifest, bad.subarray(1)), SegmentIntegrityError);
    assert.equal(await client.get(seg.manifest.keyDigest), undefined);
  });

  it("fails a get whose bytes no longer match the manifest checksum (stream and shm)", async () => {
    const seg = fakeSegment(3 * 1024 * 1024 + 17);
    await client.put(seg.manifest, seg.payload);
    // Flip one byte of the broker's stored copy (in this process) in the last chunk.
    const svc = broker.broker.service;
    const stored = await svc.get(svc.authenticate("alpha", NS.alpha), seg.manifest.keyDigest, false);
    assert.ok(stored.hit);
    stored.payload[stored.payload.length - 3] ^= 0x40;
    await assert.rejects(client.get(seg.manifest.keyDigest), SegmentIntegrityError);
    await assert.rejects(shmClient.get(seg.manifest.keyDigest), SegmentIntegrityError);
    stored.payload[stored.payload.length - 3] ^= 0x40;
    const ok = await client.get(seg.manifest.keyDigest);
    assert.equal(Buffer.compare(Buffer.from(ok!.payload), seg.payload), 0);
  });

  it("accepts segments/segment-wire manifests and hands them back", async () => {
    const seg = fakeSegment(64);
    const fields = segmentManifestOf(seg.manifest);
    assert.equal((await client.put(fields, seg.payload)).created, true);
    const got = await client.get(fields.key);
    assert.deepEqual(segmentManifestOf(got!.manifest), fields);
  });

  it("exposes Prometheus metrics", async () => {
    const res = await fetch(`http://${broker.addresses.metrics}/metrics`);
    const text = await res.text();
    assert.match(text, /kvmesh_broker_hits_total\{method="get"\} \d+/);
    assert.match(text, /kvmesh_broker_request_duration_seconds_bucket\{method="get",transport="grpc",le="0.001"\} \d+/);
    assert.match(text, /kvmesh_broker_tier_bytes\{tier="memory"\} \d+/);
    // Node's and the process's own series, under the names Prometheus clients use.
    for (const name of ["process_cpu_seconds_total", "process_resident_memory_bytes", "process_start_time_seconds", "nodejs_heap_size_used_bytes", "nodejs_eventloop_lag_p99_seconds"]) {
      assert.match(text, new RegExp(`\\n${name} [\\d.e+-]+\\n`), name);
    }
    const stats = await client.stats();
    assert.equal(stats.namespace, "alpha");
    assert.ok(stats.segments >= 5);
  });
});
