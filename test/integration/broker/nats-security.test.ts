import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { connect, nkeyAuthenticator, type NatsConnection } from "@nats-io/transport-node";
import { BrokerAuthError, BrokerClient, SegmentIntegrityError, verifiedLookup } from "../../../agents/transport/broker-client.js";
import { natsSubjects } from "../../../proto/broker-service.js";
import { pb } from "../../../proto/wire.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";
import { startNatsServer, type NatsServerHandle } from "../../kit/nats-server.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123456", beta: "beta-token-654321" };

const asUser = (nats: NatsServerHandle, name: string) => connect({
  servers: nats.url, timeout: 2000, authenticator: nkeyAuthenticator(new TextEncoder().encode(nats.seedOf(name))),
  inboxPrefix: name in NS ? natsSubjects.inbox(name) : undefined,
});

/** Subscribes and reports whether the server refused it (a permissions violation arrives asynchronously). */
async function subscribeRefused(nc: NatsConnection, subject: string): Promise<boolean> {
  let refused = false;
  const sub = nc.subscribe(subject, { callback: (err) => { if (err) refused = true; } });
  await nc.flush();
  for (let i = 0; i < 40 && !refused; i++) await new Promise((r) => setTimeout(r, 25));
  if (!sub.isClosed()) sub.unsubscribe();
  return refused;
}

/**
 * Issue 14 items 1-2: the bus used to be open and every NATS lookup carried
 * the tenant's token; any client could read it, and any responder could
 * answer lookups (forged hits were accepted).
 */
describe("NATS security: NKey users with per-namespace permissions", () => {
  let nats: NatsServerHandle;
  let broker: InProcessBroker;
  before(async () => {
    nats = await startNatsServer({
      namespaces: Object.keys(NS),
      extraUsers: [{ name: "monitor", permissions: { publish: [], subscribe: [">"], allowResponses: false } }],
    });
    broker = await startBrokerInProcess({ namespaces: NS, nats: nats.url, natsSeedFile: nats.brokerSeedFile });
  });
  after(async () => {
    await broker?.[Symbol.asyncDispose]();
    await nats?.stop();
  });

  it("no tenant secret travels in any NATS payload", async () => {
    const monitor = await asUser(nats, "monitor");
    const seen: Uint8Array[] = [];
    const sub = monitor.subscribe(">", { callback: (_e, m) => { seen.push(m.data); } });
    await monitor.flush();
    await using alpha = await BrokerClient.connect({
      grpc: broker.addresses.grpc, nats: nats.url, natsSeed: nats.seedOf("alpha"), namespace: "alpha", token: NS.alpha,
    });
    const seg = fakeSegment(100);
    await alpha.put(seg.manifest, seg.payload);
    for (let i = 0; i < 20; i++) assert.deepEqual((await alpha.lookupNats([seg.manifest.keyDigest])).map((r) => r.hit), [true]);
    await monitor.flush();
    await new Promise((r) => setTimeout(r, 100));
    sub.unsubscribe();
    await monitor.close();
    assert.ok(seen.length >= 41, `saw ${seen.length} messages (20 requests, 20 replies, 1 event)`);
    const token = Buffer.from(NS.alpha);
    assert.equal(seen.filter((d) => Buffer.from(d).includes(token)).length, 0, "the token is in no payload");
  });

  it("only the broker answers lookups: others cannot subscribe to them, nor write into a tenant's inbox", async () => {
    await assert.rejects(connect({ servers: nats.url, timeout: 2000 }), "an anonymous client is refused");
    const beta = await asUser(nats, "beta");
    const alphaUser = await asUser(nats, "alpha");
    try {
      assert.equal(await subscribeRefused(beta, natsSubjects.lookup("alpha")), true, "beta may not listen on alpha's lookups");
      assert.equal(await subscribeRefused(beta, "kvmesh.*.lookup"), true);
      assert.equal(await subscribeRefused(alphaUser, natsSubjects.lookup("alpha")), true, "nor may alpha answer its own");
      assert.equal(await subscribeRefused(beta, `${natsSubjects.inbox("alpha")}.>`), true, "beta may not read alpha's replies");
      assert.equal(await subscribeRefused(beta, "kvmesh.alpha.segment.>"), true, "nor alpha's events");
      assert.equal(await subscribeRefused(beta, "kvmesh.beta.segment.>"), false, "its own events it may");
      // beta asking in alpha's name gets nothing back: its publish is refused by the server.
      await assert.rejects(beta.request(natsSubjects.lookup("alpha"), pb.LookupRequest.encode({ keyDigests: ["x"] }).finish(), { timeout: 500 }));
    } finally {
      await beta.close();
      await alphaUser.close();
    }
    // 50 lookups: every answer is the broker's (hits for the stored key, misses for the unknown one).
    await using alpha = await BrokerClient.connect({
      grpc: broker.addresses.grpc, nats: nats.url, natsSeed: nats.seedOf("alpha"), namespace: "alpha", token: NS.alpha,
    });
    const seg = fakeSegment(64);
    await alpha.put(seg.manifest, seg.payload);
    const unknown = fakeSegment(1).manifest.keyDigest;
    for (let i = 0; i < 50; i++) {
      const r = await alpha.lookupNats([seg.manifest.keyDigest, unknown]);
      assert.deepEqual(r.map((x) => x.hit), [true, false]);
      assert.equal(r[0].manifest?.checksum, seg.manifest.checksum);
    }
  });

  it("the broker refuses an unauthenticated NATS unless --insecure, and then answers no lookups on it", async () => {
    await using open = await startNatsServer();
    await assert.rejects(startBrokerInProcess({ namespaces: NS, nats: open.url }), /--nats-seed|--insecure/);
    // A seed does not make an open server safe: the server must check who connects.
    await assert.rejects(startBrokerInProcess({ namespaces: NS, nats: open.url, natsSeedFile: nats.brokerSeedFile }), /lets anyone connect/);
    await using insecure = await startBrokerInProcess({ namespaces: NS, nats: open.url, insecure: true });
    await using alpha = await BrokerClient.connect({ grpc: insecure.addresses.grpc, nats: open.url, namespace: "alpha", token: NS.alpha });
    await assert.rejects(alpha.lookupNats(["a".repeat(64)]), BrokerAuthError);
    assert.deepEqual((await alpha.lookupGrpc(["a".repeat(64)])).map((r) => r.hit), [false], "gRPC (token-checked) still works");
  });
});

describe("the SDK checks lookup replies against what it asked", () => {
  const a = fakeSegment(10);
  const b = fakeSegment(10);
  const ka = a.manifest.keyDigest;
  const kb = b.manifest.keyDigest;

  it("accepts a reply that names each key asked, with hits carrying that key's manifest", () => {
    assert.deepEqual(verifiedLookup([ka, kb], [{ keyDigest: ka, hit: true, manifest: a.manifest }, { keyDigest: kb, hit: false }]).map((r) => r.hit), [true, false]);
  });

  it("refuses forged or crossed replies", () => {
    assert.throws(() => verifiedLookup([ka], [{ keyDigest: ka, hit: true, manifest: b.manifest }]), SegmentIntegrityError, "another segment's manifest");
    assert.throws(() => verifiedLookup([ka], [{ keyDigest: ka, hit: true }]), SegmentIntegrityError, "a hit without a manifest");
    assert.throws(() => verifiedLookup([ka, kb], [{ keyDigest: kb, hit: false }, { keyDigest: ka, hit: false }]), SegmentIntegrityError, "out of order");
    assert.throws(() => verifiedLookup([ka, kb], [{ keyDigest: ka, hit: false }]), SegmentIntegrityError, "too few");
  });
});
