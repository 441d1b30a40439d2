import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { BrokerClient } from "../../../agents/transport/broker-client.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";
import { freePort } from "../../kit/free-port.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123" };

/**
 * Issue 14 item 4: the SDK used to reset (RST_STREAM) every finished call;
 * Node's HTTP/2 server answers a run of resets with GOAWAY, about once per
 * thousand calls, and the calls in flight failed UNAVAILABLE.
 */
describe("SDK gRPC calls under load", () => {
  it("20,000 calls on one channel: none fails and none needs a retry", async () => {
    await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off" });
    await using client = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
    const seg = fakeSegment(4096);
    await client.put(seg.manifest, seg.payload);
    let failed = 0;
    let calls = 0;
    const firstFailures: string[] = [];
    // 4 concurrent callers x 5,000: stats, get (a hit) and unary lookups in turn.
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let i = 0; i < 5000; i++) {
        try {
          const kind = i % 3;
          if (kind === 0) await client.stats();
          else if (kind === 1) assert.ok(await client.get(seg.manifest.keyDigest));
          else await client.lookupGrpc([seg.manifest.keyDigest]);
        } catch (err) {
          failed++;
          if (firstFailures.length < 3) firstFailures.push(`#${calls}: ${(err as Error).message}`);
        }
        calls++;
      }
    }));
    assert.equal(calls, 20_000);
    assert.deepEqual({ failed, firstFailures }, { failed: 0, firstFailures: [] });
    // Not one GOAWAY (each would have forced repeats): the calls closed as HTTP/2 expects.
    assert.equal(client.retries, 0);
    assert.equal(broker.broker.grpcConnections, 1);
  });

  it("a broker restart under load fails no call: safe calls are repeated on a new connection", async () => {
    const store = await mkdtemp(path.join(os.tmpdir(), "kvmesh-soak-"));
    const port = await freePort();
    const start = () => startBrokerInProcess({ namespaces: NS, shmDir: "off", store, extraArgs: ["--grpc", `127.0.0.1:${port}`] });
    let broker: InProcessBroker | undefined = await start();
    try {
      await using client = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 15_000, retryWindowMs: 15_000 });
      const seg = fakeSegment(64 * 1024);
      await client.put(seg.manifest, seg.payload);
      let stop = false;
      let failed = 0;
      let calls = 0;
      const errors: string[] = [];
      const workers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; !stop && i < 100_000; i++) {
          try {
            if (i % 2 === 0) assert.ok(await client.get(seg.manifest.keyDigest));
            else if (w === 0) { const s = fakeSegment(8192); await client.put(s.manifest, s.payload); }
            else await client.lookup([seg.manifest.keyDigest]);
          } catch (err) {
            failed++;
            if (errors.length < 3) errors.push((err as Error).message);
          }
          calls++;
        }
      });
      const restarts = (async () => {
        for (let r = 0; r < 2; r++) {
          await new Promise((res) => setTimeout(res, 400));
          await broker![Symbol.asyncDispose]();
          broker = undefined;
          await new Promise((res) => setTimeout(res, 200)); // down for a moment: connections are refused
          broker = await start();
        }
        await new Promise((res) => setTimeout(res, 400));
        stop = true;
      })();
      await Promise.all([restarts, ...workers]);
      assert.deepEqual({ failed, errors }, { failed: 0, errors: [] });
      assert.ok(calls > 100, `only ${calls} calls`);
      assert.ok(client.retries > 0, "the restarts must have forced repeats");
    } finally {
      await broker?.[Symbol.asyncDispose]();
      await rm(store, { recursive: true, force: true });
    }
  });
});
