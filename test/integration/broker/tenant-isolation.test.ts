import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { BrokerAuthError, BrokerClient } from "../../../agents/transport/broker-client.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";
import { startNatsServer, type NatsServerHandle } from "../../kit/nats-server.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123", beta: "beta-token-4567" };

describe("tenant isolation", () => {
  let nats: NatsServerHandle;
  let broker: InProcessBroker;
  let store: string;
  let a: BrokerClient;
  let b: BrokerClient;
  before(async () => {
    store = await mkdtemp(path.join(os.tmpdir(), "kvmesh-tenants-"));
    nats = await startNatsServer({ namespaces: Object.keys(NS) });
    broker = await startBrokerInProcess({ namespaces: NS, nats: nats.url, natsSeedFile: nats.brokerSeedFile, store });
    const g = broker.addresses.grpc;
    a = await BrokerClient.connect({ grpc: g, nats: nats.url, natsSeed: nats.seedOf("alpha"), namespace: "alpha", token: NS.alpha, timeoutMs: 5000 });
    b = await BrokerClient.connect({ grpc: g, nats: nats.url, natsSeed: nats.seedOf("beta"), namespace: "beta", token: NS.beta, timeoutMs: 5000 });
  });
  after(async () => {
    await a.dispose();
    await b.dispose();
    await broker[Symbol.asyncDispose]();
    await nats.stop();
    await rm(store, { recursive: true, force: true });
  });

  it("another namespace cannot get, look up, detect or delete a segment", async () => {
    const seg = fakeSegment(2048, "shared-content");
    await a.put(seg.manifest, seg.payload);
    assert.equal(await b.get(seg.manifest.keyDigest), undefined);
    assert.deepEqual((await b.lookupNats([seg.manifest.keyDigest])).map((r) => r.hit), [false]);
    assert.deepEqual((await b.lookupGrpc([seg.manifest.keyDigest])).map((r) => r.hit), [false]);
    assert.deepEqual((await a.lookupGrpc([seg.manifest.keyDigest])).map((r) => r.hit), [true], "the owner sees it on the same path");
    assert.equal(await b.delete(seg.manifest.keyDigest), false);
    assert.equal((await b.stats()).segments, 0);
    const still = await a.get(seg.manifest.keyDigest);
    assert.equal(Buffer.compare(Buffer.from(still!.payload), seg.payload), 0);
  });

  it("stores equal content of two tenants under different storage keys", async () => {
    const seg = fakeSegment(512, "same-in-both");
    await a.put(seg.manifest, seg.payload);
    assert.equal((await b.put(seg.manifest, seg.payload)).created, true);
    const files = await readdir(path.join(store, "objects"));
    assert.ok(!files.some((f) => f.startsWith(seg.manifest.keyDigest)), "the raw key digest never names a file");
    // alpha has 2 segments (this and the previous test's), beta 1: three distinct files.
    assert.equal(files.length, 3);
    assert.equal(await b.delete(seg.manifest.keyDigest), true);
    assert.ok(await a.get(seg.manifest.keyDigest), "beta's delete left alpha's copy alone");
  });

  it("denies a wrong or missing token on gRPC and NATS", async () => {
    await assert.rejects(
      BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.beta, timeoutMs: 5000 }),
      BrokerAuthError);
    await assert.rejects(
      BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "gamma", token: "whatever-123", timeoutMs: 5000 }),
      BrokerAuthError);
    const { GrpcBrokerTransport } = await import("../../../agents/transport/transport-grpc.js");
    const g = new GrpcBrokerTransport({ address: broker.addresses.grpc, namespace: "alpha", token: "wrong-token-999" });
    try {
      await assert.rejects(g.lookup([fakeSegment(1).manifest.keyDigest], Date.now() + 2000), BrokerAuthError, "LookupStream");
      await assert.rejects(g.lookupUnary([fakeSegment(1).manifest.keyDigest], Date.now() + 2000), BrokerAuthError, "BatchLookup");
    } finally {
      g.close();
    }
    const { NatsBrokerTransport } = await import("../../../agents/transport/transport-nats.js");
    // On NATS a namespace is who NATS let in: beta's key does not get it alpha's subjects, no key gets in at all.
    await assert.rejects(NatsBrokerTransport.connect(nats.url, "alpha", undefined, 2000), BrokerAuthError);
    const t = await NatsBrokerTransport.connect(nats.url, "alpha", nats.seedOf("beta"), 2000);
    try {
      await assert.rejects(t.lookup([fakeSegment(1).manifest.keyDigest], 2000));
    } finally {
      await t.close();
    }
  });
});
