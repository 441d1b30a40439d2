import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { BrokerClient, BrokerUnavailableError } from "../../../agents/transport/broker-client.js";
import { parseBrokerConfig } from "../../../broker/broker-config.js";
import { generateLocalTls, type LocalTlsFiles } from "../../../broker/local-tls.js";
import { brokerServiceDefinition, type StatsReply } from "../../../proto/broker-service.js";
import { pb } from "../../../proto/wire.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123456" };
type Any = Record<string, (...a: unknown[]) => unknown>;

function grpcJsStats(address: string, creds: grpc.ChannelCredentials): Promise<StatsReply> {
  const Ctor = grpc.makeGenericClientConstructor(brokerServiceDefinition, "Broker");
  const client = new Ctor(address, creds) as never as grpc.Client & Any;
  const md = new grpc.Metadata();
  md.set("kvmesh-namespace", "alpha");
  md.set("kvmesh-token", NS.alpha);
  return new Promise<StatsReply>((resolve, reject) => {
    client.stats(pb.StatsRequest.create({}), md, { deadline: Date.now() + 5000 }, (e: grpc.ServiceError | null, r: StatsReply) => {
      client.close();
      if (e) reject(e); else resolve(r);
    });
  });
}

/** Issue 14 item 5: gRPC used to be cleartext only (tokens and KV readable on the wire). */
describe("gRPC over TLS, certificates from files, throwaway CA made with openssl", () => {
  let dir: string;
  let pki: LocalTlsFiles;
  let otherCa: LocalTlsFiles;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-tls-"));
    await Promise.all([mkdtemp(path.join(dir, "a-")), mkdtemp(path.join(dir, "b-"))]).then(async ([a, b]) => {
      [pki, otherCa] = await Promise.all([generateLocalTls(a), generateLocalTls(b)]);
    });
  });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  describe("server TLS", () => {
    let broker: InProcessBroker;
    before(async () => { broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", tls: { certFile: pki.certFile, keyFile: pki.keyFile } }); });
    after(async () => { await broker?.[Symbol.asyncDispose](); });

    it("serves the SDK, which verifies the broker against the CA file", async () => {
      assert.equal(broker.addresses.tls, true);
      await using c = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, tls: { caFile: pki.caFile } });
      const seg = fakeSegment(3 * 1024 * 1024 + 5);
      assert.equal((await c.put(seg.manifest, seg.payload)).created, true);
      assert.equal(Buffer.compare(Buffer.from((await c.get(seg.manifest.keyDigest))!.payload), seg.payload), 0);
      assert.deepEqual((await c.lookup([seg.manifest.keyDigest])).map((r) => r.hit), [true]);
    });

    it("the SDK refuses a broker its CA did not sign, at once", async () => {
      const t0 = Date.now();
      await assert.rejects(
        BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, tls: { caFile: otherCa.caFile }, timeoutMs: 3000 }),
        (e: Error) => e instanceof BrokerUnavailableError && /TLS|certificate/i.test(e.message));
      assert.ok(Date.now() - t0 < 1500, "a bad certificate is not retried");
      // Nor does it trust a self-chosen name: the certificate names localhost and 127.0.0.1 only.
      await assert.rejects(
        BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, tls: { caFile: pki.caFile, serverName: "evil.example" }, timeoutMs: 3000 }),
        BrokerUnavailableError);
    });

    it("a cleartext client gets nothing", async () => {
      await assert.rejects(
        BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 1500 }),
        BrokerUnavailableError);
    });

    it("grpc-js with SSL credentials speaks to it", async () => {
      const r = await grpcJsStats(broker.addresses.grpc, grpc.credentials.createSsl(await readFile(pki.caFile)));
      assert.equal(r.namespace, "alpha");
    });
  });

  describe("mutual TLS", () => {
    let broker: InProcessBroker;
    before(async () => {
      broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", tls: { certFile: pki.certFile, keyFile: pki.keyFile, clientCaFile: pki.caFile } });
    });
    after(async () => { await broker?.[Symbol.asyncDispose](); });

    it("admits a client with a certificate from the CA, refuses one without or from another CA", async () => {
      assert.equal(broker.addresses.tls, "mutual");
      await using ok = await BrokerClient.connect({
        grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, tls: { caFile: pki.caFile, certFile: pki.clientCertFile, keyFile: pki.clientKeyFile },
      });
      assert.equal((await ok.stats()).namespace, "alpha");
      await assert.rejects(
        BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, tls: { caFile: pki.caFile }, timeoutMs: 1500 }),
        BrokerUnavailableError);
      await assert.rejects(
        BrokerClient.connect({
          grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 1500,
          tls: { caFile: pki.caFile, certFile: otherCa.clientCertFile, keyFile: otherCa.clientKeyFile },
        }),
        BrokerUnavailableError);
      const viaGrpcJs = await grpcJsStats(broker.addresses.grpc, grpc.credentials.createSsl(
        await readFile(pki.caFile), await readFile(pki.clientKeyFile), await readFile(pki.clientCertFile)));
      assert.equal(viaGrpcJs.namespace, "alpha");
    });
  });

  it("cleartext gRPC off loopback is refused unless --insecure", () => {
    const base = ["--namespaces", "/dev/null"];
    assert.throws(() => parseBrokerConfig(["--grpc", "0.0.0.0:7400", ...base], {}), /without TLS/);
    assert.equal(parseBrokerConfig(["--grpc", "0.0.0.0:7400", "--insecure", ...base], {}).insecure, true);
    assert.equal(parseBrokerConfig(["--grpc", "0.0.0.0:7400", "--tls-cert", "c.pem", "--tls-key", "k.pem", ...base], {}).tlsCert, "c.pem");
    assert.equal(parseBrokerConfig(["--grpc", "127.0.0.1:7400", ...base], {}).insecure, false);
    assert.throws(() => parseBrokerConfig(["--tls-cert", "c.pem", ...base], {}), /go together/);
  });
});
