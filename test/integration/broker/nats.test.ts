import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { connect, nkeyAuthenticator, type NatsConnection } from "@nats-io/transport-node";
import { BrokerClient } from "../../../agents/transport/broker-client.js";
import { pb } from "../../../proto/wire.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";
import { startNatsServer, type NatsServerHandle } from "../../kit/nats-server.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123" };
const MiB = 1024 * 1024;

describe("NATS adapter", () => {
  let nats: NatsServerHandle;
  let broker: InProcessBroker;
  let client: BrokerClient;
  let nc: NatsConnection;
  before(async () => {
    nats = await startNatsServer({ namespaces: Object.keys(NS), extraUsers: [{ name: "monitor", permissions: { publish: ["kvmesh.health"], subscribe: [">"], allowResponses: false } }] });
    broker = await startBrokerInProcess({ namespaces: NS, nats: nats.url, natsSeedFile: nats.brokerSeedFile, memoryBytes: 3 * MiB });
    client = await BrokerClient.connect({ grpc: broker.addresses.grpc, nats: nats.url, natsSeed: nats.seedOf("alpha"), namespace: "alpha", token: NS.alpha });
    nc = await connect({ servers: nats.url, authenticator: nkeyAuthenticator(new TextEncoder().encode(nats.seedOf("monitor"))) });
  });
  after(async () => {
    await nc.close();
    await client.dispose();
    await broker[Symbol.asyncDispose]();
    await nats.stop();
  });

  it("emits stored and evicted events (metadata only) when the memory budget is exceeded", async () => {
    const events: InstanceType<typeof pb.SegmentEvent>[] = [];
    const sizes: number[] = [];
    const sub = nc.subscribe("kvmesh.alpha.segment.>", {
      callback: (_e, m) => { sizes.push(m.data.length); events.push(pb.SegmentEvent.decode(m.data)); },
    });
    await nc.flush();
    const segs = [1, 2, 3].map(() => fakeSegment(MiB + 100));
    for (const s of segs) await client.put(s.manifest, s.payload);
    const deadline = Date.now() + 3000;
    const count = (k: number) => events.filter((e) => e.kind === k).length;
    while ((count(pb.SegmentEventKind.SEGMENT_EVENT_KIND_EVICTED) < 1 || count(pb.SegmentEventKind.SEGMENT_EVENT_KIND_STORED) < 3) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    sub.unsubscribe();
    const stored = events.filter((e) => e.kind === pb.SegmentEventKind.SEGMENT_EVENT_KIND_STORED);
    const evicted = events.filter((e) => e.kind === pb.SegmentEventKind.SEGMENT_EVENT_KIND_EVICTED);
    assert.equal(stored.length, 3);
    assert.equal(evicted.length, 1);
    assert.equal(evicted[0].keyDigest, segs[0].manifest.keyDigest, "least recently used goes first");
    assert.equal(evicted[0].tier, "all");
    assert.ok(Math.max(...sizes) < 4096, "events never carry KV bytes");
    assert.equal(await client.get(segs[0].manifest.keyDigest), undefined);
    assert.equal((await client.stats()).evictions, 1);
  });

  it("answers lookups and health over NATS request/reply", async () => {
    const seg = fakeSegment(10);
    await client.put(seg.manifest, seg.payload);
    const r = await client.lookupNats([seg.manifest.keyDigest, fakeSegment(1).manifest.keyDigest]);
    assert.deepEqual(r.map((x) => x.hit), [true, false]);
    assert.equal(r[0].manifest?.checksum, seg.manifest.checksum);
    const h = pb.HealthReply.decode((await nc.request("kvmesh.health", new Uint8Array(), { timeout: 2000 })).data);
    assert.equal(h.status, "serving");
    assert.equal(h.grpcAddress, broker.addresses.grpc);
  });
});
