import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BrokerClient, BrokerRequestError } from "../../../agents/transport/broker-client.js";
import { aliasDigest } from "../../../agents/cache/broker-source.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";
import { startNatsServer, type NatsServerHandle } from "../../kit/nats-server.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123", beta: "beta-token-1234" };

describe("aliases and coalesced lookups", () => {
  let nats: NatsServerHandle;
  let broker: InProcessBroker;
  let a: BrokerClient;
  let b: BrokerClient;
  before(async () => {
    nats = await startNatsServer({ namespaces: Object.keys(NS) });
    broker = await startBrokerInProcess({ namespaces: NS, nats: nats.url, natsSeedFile: nats.brokerSeedFile });
    a = await BrokerClient.connect({ grpc: broker.addresses.grpc, nats: nats.url, natsSeed: nats.seedOf("alpha"), namespace: "alpha", token: NS.alpha });
    b = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "beta", token: NS.beta });
  });
  after(async () => {
    await a?.dispose();
    await b?.dispose();
    await broker?.[Symbol.asyncDispose]();
    await nats?.stop();
  });

  it("keeps an alias's stored targets newest first, per namespace", async () => {
    const alias = aliasDigest("model-x", "doc:1");
    const s1 = fakeSegment(100);
    const s2 = fakeSegment(200);
    await a.put(s1.manifest, s1.payload);
    await a.put(s2.manifest, s2.payload);
    assert.equal(await a.putAlias(alias, s1.manifest.keyDigest), 1);
    assert.equal(await a.putAlias(alias, s2.manifest.keyDigest), 2);
    assert.equal(await a.putAlias(alias, s1.manifest.keyDigest), 2, "re-pointing moves a target to the front");
    const got = await a.getAlias(alias);
    assert.deepEqual(got.map((t) => t.keyDigest), [s1.manifest.keyDigest, s2.manifest.keyDigest]);
    assert.equal(got[0].manifest?.byteLength, 100);
    assert.equal((await a.getAlias(alias, 1)).length, 1);
    // Another namespace sees nothing and cannot point at alpha's segments.
    assert.deepEqual(await b.getAlias(alias), []);
    await assert.rejects(b.putAlias(alias, s1.manifest.keyDigest), BrokerRequestError);
    // A deleted target disappears from the alias.
    await a.delete(s1.manifest.keyDigest);
    assert.deepEqual((await a.getAlias(alias)).map((t) => t.keyDigest), [s2.manifest.keyDigest]);
    await assert.rejects(a.putAlias("nothex", s2.manifest.keyDigest), BrokerRequestError);
  });

  it("answers concurrent lookups of one tick with one request, each caller its own keys", async () => {
    const segs = [fakeSegment(10), fakeSegment(11), fakeSegment(12)];
    for (const s of segs.slice(0, 2)) await a.put(s.manifest, s.payload);
    const [r0, r1, r2, both] = await Promise.all([
      a.lookup([segs[0].manifest.keyDigest]), a.lookup([segs[1].manifest.keyDigest]), a.lookup([segs[2].manifest.keyDigest]),
      a.lookupGrpc([segs[2].manifest.keyDigest, segs[0].manifest.keyDigest]),
    ]);
    assert.deepEqual([r0, r1, r2].map((r) => r.map((x) => [x.keyDigest, x.hit])), [
      [[segs[0].manifest.keyDigest, true]], [[segs[1].manifest.keyDigest, true]], [[segs[2].manifest.keyDigest, false]],
    ]);
    assert.deepEqual(both.map((x) => x.hit), [false, true]);
    const before = (await a.stats()).hits;
    await Promise.all(Array.from({ length: 40 }, () => a.lookup([segs[0].manifest.keyDigest])));
    assert.equal((await a.stats()).hits - before, 40);
  });
});
