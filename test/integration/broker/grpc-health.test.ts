/**
 * The standard gRPC health service (grpc.health.v1.Health) on the broker,
 * asked by grpc-js's client as any probe would: no token, Check for "" and
 * the kvmesh service names, NOT_FOUND for others, over TLS too; a Watch hears
 * SERVING, then NOT_SERVING when the broker drains, and then ends.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { generateLocalTls } from "../../../broker/local-tls.js";
import { healthServiceDefinition, ServingStatus, type HealthCheckResponse } from "../../../proto/health-service.js";
import { healthPb } from "../../../proto/wire.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";

const NS = { alpha: "alpha-token-123456" };
const HealthCtor = grpc.makeGenericClientConstructor(healthServiceDefinition, "Health");
type HealthClient = grpc.Client & {
  check(req: unknown, opts: grpc.CallOptions, cb: (e: grpc.ServiceError | null, r: HealthCheckResponse) => void): void;
  watch(req: unknown): grpc.ClientReadableStream<HealthCheckResponse>;
};

function check(client: HealthClient, service: string): Promise<HealthCheckResponse> {
  return new Promise((resolve, reject) => {
    client.check(healthPb.HealthCheckRequest.create({ service }), { deadline: Date.now() + 5000 }, (e, r) => (e ? reject(e) : resolve(r)));
  });
}

describe("grpc.health.v1 on the broker", () => {
  let broker: InProcessBroker;
  let client: HealthClient;
  before(async () => {
    broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off" });
    client = new HealthCtor(broker.addresses.grpc, grpc.credentials.createInsecure()) as never;
  });
  after(async () => {
    client?.close();
    await broker?.[Symbol.asyncDispose]();
  });

  it("Check answers SERVING for the server and for the kvmesh services, without a token", async () => {
    for (const service of ["", "kvmesh.v1.Broker", "kvmesh.v1.Anchors"]) {
      assert.equal((await check(client, service)).status, ServingStatus.SERVING, service);
    }
  });

  it("Check answers NOT_FOUND for a service the broker does not serve", async () => {
    await assert.rejects(check(client, "kvmesh.v1.Nope"), (e: grpc.ServiceError) => e.code === grpc.status.NOT_FOUND);
  });

  it("Watch says SERVING, then NOT_SERVING when the broker drains, then ends", async () => {
    // Its own broker: this one is drained.
    const b = await startBrokerInProcess({ namespaces: NS, shmDir: "off" });
    const c = new HealthCtor(b.addresses.grpc, grpc.credentials.createInsecure()) as never as HealthClient;
    try {
      const seen: number[] = [];
      const call = c.watch(healthPb.HealthCheckRequest.create({ service: "kvmesh.v1.Broker" }));
      const ended = new Promise<grpc.StatusObject>((resolve) => call.on("status", resolve));
      call.on("error", () => {});
      const first = new Promise<void>((resolve) => call.on("data", (m: HealthCheckResponse) => { seen.push(m.status); if (seen.length === 1) resolve(); }));
      await first;
      assert.deepEqual(seen, [ServingStatus.SERVING]);
      const closing = b.broker.close();
      const status = await ended;
      await closing;
      assert.deepEqual(seen, [ServingStatus.SERVING, ServingStatus.NOT_SERVING]);
      assert.equal(status.code, grpc.status.UNAVAILABLE, status.details);
    } finally {
      c.close();
      await b[Symbol.asyncDispose]();
    }
  });

  it("Watch of an unknown service says SERVICE_UNKNOWN and stays open", async () => {
    const call = client.watch(healthPb.HealthCheckRequest.create({ service: "kvmesh.v1.Nope" }));
    call.on("error", () => {});
    const m = await new Promise<HealthCheckResponse>((resolve) => call.once("data", resolve));
    assert.equal(m.status, ServingStatus.SERVICE_UNKNOWN);
    call.cancel();
  });
});

describe("grpc.health.v1 over TLS", () => {
  it("a probe that trusts the broker's CA gets SERVING", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-health-tls-"));
    try {
      const pki = await generateLocalTls(dir);
      await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", tls: { certFile: pki.certFile, keyFile: pki.keyFile } });
      const client = new HealthCtor(broker.addresses.grpc, grpc.credentials.createSsl(await readFile(pki.caFile))) as never as HealthClient;
      try {
        assert.equal((await check(client, "")).status, ServingStatus.SERVING);
      } finally {
        client.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
