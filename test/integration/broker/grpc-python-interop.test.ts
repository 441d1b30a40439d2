import assert from "node:assert/strict";
import { execFile, spawn, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { GrpcChannel } from "../../../agents/transport/grpc-channel.js";
import { generateLocalTls, type LocalTlsFiles } from "../../../broker/local-tls.js";
import { brokerServiceDefinition, NAMESPACE_METADATA_KEY, TOKEN_METADATA_KEY } from "../../../proto/broker-service.js";
import { pb } from "../../../proto/wire.js";
import { startBrokerInProcess } from "../../kit/broker-launcher.js";

const NS = { alpha: "alpha-token-123456" };
const PEER = fileURLToPath(new URL("../../kit/grpcio-peer.py", import.meta.url));
// Debian's python3-grpcio lives with the system interpreter.
const PYTHON = process.env.KVMESH_GRPCIO_PYTHON ?? "/usr/bin/python3";
const hasGrpcio = spawnSync(PYTHON, ["-c", "import grpc"], { stdio: "ignore" }).status === 0;
const run = promisify(execFile);

/**
 * The hand-written gRPC layer against Python grpcio (C core), both ways:
 * grpcio as a client of the broker's server, and as a server for the SDK's
 * channel, in cleartext and TLS. Thousands of calls each, none may fail.
 * (issue 14 items 4-5: keeping the hand-written layer means proving it
 * against the reference implementations; grpc-interop.test.ts does grpc-js.)
 */
describe("gRPC interop with Python grpcio", { skip: hasGrpcio ? false : `no grpcio for ${PYTHON} (Debian: apt-get install python3-grpcio)` }, () => {
  let dir: string;
  let pki: LocalTlsFiles;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-grpcio-"));
    pki = await generateLocalTls(dir);
  });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  for (const tls of [false, true]) {
    it(`grpcio client -> broker${tls ? " over TLS" : ""}: 3,000 calls, none fails`, async () => {
      await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", tls: tls ? { certFile: pki.certFile, keyFile: pki.keyFile } : undefined });
      // TLS: the certificate names localhost (and 127.0.0.1); grpcio checks the name it dials.
      const address = tls ? broker.addresses.grpc.replace("127.0.0.1", "localhost") : broker.addresses.grpc;
      const { stdout } = await run(PYTHON, [PEER, "client", address, "3000", ...(tls ? [pki.caFile] : [])], { timeout: 120_000 });
      assert.deepEqual(JSON.parse(stdout), { calls: 3000, failed: 0, codes: {} });
    });

    it(`SDK channel -> grpcio server${tls ? " over TLS" : ""}: 3,000 calls, none fails, no retry needed`, async () => {
      const reply = pb.StatsReply.encode(pb.StatsReply.create({ namespace: "alpha", segments: 42 })).finish();
      const server = spawn(PYTHON, [PEER, "server", Buffer.from(reply).toString("hex"), ...(tls ? [pki.certFile, pki.keyFile] : [])], { stdio: ["pipe", "pipe", "inherit"] });
      try {
        const port = await new Promise<number>((resolve, reject) => {
          createInterface({ input: server.stdout! }).once("line", (l) => resolve((JSON.parse(l) as { port: number }).port));
          server.once("exit", (c) => reject(new Error(`grpcio server exited ${c}`)));
        });
        const channel = new GrpcChannel({
          address: `127.0.0.1:${port}`, metadata: { [NAMESPACE_METADATA_KEY]: "alpha", [TOKEN_METADATA_KEY]: NS.alpha },
          tls: tls ? { ca: await readFile(pki.caFile) } : undefined,
        });
        try {
          let failed = 0;
          for (let i = 0; i < 3000; i++) {
            try {
              const r = await channel.invoke(brokerServiceDefinition.stats, pb.StatsRequest.create({}), Date.now() + 10_000);
              if (r.segments !== 42) failed++;
            } catch { failed++; }
          }
          assert.equal(failed, 0);
          assert.equal(channel.retries, 0);
        } finally {
          channel.close();
        }
      } finally {
        server.stdin!.end();
        server.kill();
      }
    });
  }
});
