import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BrokerClient } from "../../../agents/transport/broker-client.js";
import { startBrokerProcess } from "../../kit/broker-launcher.js";
import { startNatsServer } from "../../kit/nats-server.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123456" };

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Issue 14 item 7: a broker started while NATS is away used to fail to start
 * (six connect retries, then exit); now gRPC serves at once, NATS joins when
 * it comes, and losing and regaining it is logged.
 */
describe("broker and NATS availability", () => {
  it("starts without NATS, connects when it comes, logs loss and reconnect, serves NATS lookups again", async () => {
    await using nats = await startNatsServer({ namespaces: Object.keys(NS) });
    await nats.down();
    await using broker = await startBrokerProcess({ namespaces: NS, nats: nats.url, natsSeedFile: nats.brokerSeedFile });
    assert.match(broker.stderr(), /nats unreachable at start; serving gRPC/);
    await using grpcOnly = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
    const seg = fakeSegment(256);
    assert.equal((await grpcOnly.put(seg.manifest, seg.payload)).created, true, "gRPC works without NATS");

    await nats.up();
    await until("the broker's NATS connection", () => /"msg":"nats connected"/.test(broker.stderr()));
    const viaNats = () => BrokerClient.connect({
      grpc: broker.addresses.grpc, nats: nats.url, natsSeed: nats.seedOf("alpha"), namespace: "alpha", token: NS.alpha, timeoutMs: 2000,
    });
    {
      await using c = await viaNats();
      assert.deepEqual((await c.lookupNats([seg.manifest.keyDigest])).map((r) => r.hit), [true]);
    }
    await nats.restart();
    await until("loss and reconnect in the log", () => /nats connection lost/.test(broker.stderr()) && /"msg":"nats reconnected"/.test(broker.stderr()));
    await using c = await viaNats();
    let answered = false;
    await until("NATS lookups after the restart", async () => {
      answered = await c.lookupNats([seg.manifest.keyDigest]).then((r) => r[0].hit, () => false);
      return answered;
    });
    assert.equal(answered, true);
  });
});
