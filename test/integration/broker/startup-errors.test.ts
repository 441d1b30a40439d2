import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { parseBrokerConfig } from "../../../broker/broker-config.js";
import { startBroker } from "../../../broker/broker-runtime.js";
import { BrokerConfigError, ListenError, StoreOpenError } from "../../../broker/errors.js";
import { jsonLogger } from "../../../broker/logger.js";

/**
 * Issue 15 item 3 (Effect earns its place): what can fail at start fails as
 * a typed error that names the cause, and whatever was acquired before it is
 * released (a second start on the same resources works).
 */
describe("broker start-up failures are typed", () => {
  it("a taken port is a ListenError, an unusable store a StoreOpenError, a bad namespaces file a BrokerConfigError", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-start-"));
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    try {
      const ns = path.join(dir, "ns.json");
      await writeFile(ns, JSON.stringify({ alpha: "alpha-token-123456" }));
      const base = ["--namespaces", ns, "--shm-dir", "off"];
      const start = (args: string[]) => startBroker(parseBrokerConfig([...base, ...args], {}), jsonLogger("error", () => {}));
      const port = (blocker.address() as net.AddressInfo).port;
      await assert.rejects(start(["--grpc", `127.0.0.1:${port}`]), (e: Error) => e instanceof ListenError && /127\.0\.0\.1:\d+/.test(e.message));
      const notADir = path.join(dir, "file");
      await writeFile(notADir, "x");
      await assert.rejects(start(["--grpc", "127.0.0.1:0", "--store", notADir]), StoreOpenError);
      const badNs = path.join(dir, "bad.json");
      await writeFile(badNs, JSON.stringify({ "no spaces allowed": "alpha-token-123456" }));
      await assert.rejects(startBroker(parseBrokerConfig(["--namespaces", badNs, "--shm-dir", "off", "--grpc", "127.0.0.1:0"], {}), jsonLogger("error", () => {})), BrokerConfigError);
      // Metrics HTTP (the last layer) cannot bind: the gRPC listener acquired before it must be released,
      // so the same gRPC port serves the next start.
      const grpcPort = await new Promise<number>((r) => { const s = net.createServer().listen(0, "127.0.0.1", () => { const p = (s.address() as net.AddressInfo).port; s.close(() => r(p)); }); });
      await assert.rejects(start(["--grpc", `127.0.0.1:${grpcPort}`, "--metrics", `127.0.0.1:${port}`]), (e: Error) => e instanceof ListenError && /metrics/.test(e.message));
      const ok = await start(["--grpc", `127.0.0.1:${grpcPort}`, "--store", path.join(dir, "store")]);
      await ok.close();
    } finally {
      blocker.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
