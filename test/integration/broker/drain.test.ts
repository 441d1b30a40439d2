import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { brokerServiceDefinition, type PutReply } from "../../../proto/broker-service.js";
import { manifestToProto } from "../../../proto/manifest.js";
import { pb } from "../../../proto/wire.js";
import { BrokerClient, BrokerUnavailableError } from "../../../agents/transport/broker-client.js";
import { startBrokerProcess } from "../../kit/broker-launcher.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123" };

describe("graceful drain", () => {
  it("finishes an in-flight put after SIGTERM, then exits 0", async () => {
    const broker = await startBrokerProcess({ namespaces: NS });
    const Ctor = grpc.makeGenericClientConstructor(brokerServiceDefinition, "Broker");
    const raw = new Ctor(broker.addresses.grpc, grpc.credentials.createInsecure());
    const md = new grpc.Metadata();
    md.set("kvmesh-namespace", "alpha");
    md.set("kvmesh-token", NS.alpha);
    const seg = fakeSegment(2 * 1024 * 1024);
    // An open LookupStream must not hold the drain up: the broker ends it.
    const looker = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 1500 });
    assert.deepEqual((await looker.lookup([seg.manifest.keyDigest])).map((r) => r.hit), [false]);
    try {
      const reply = new Promise<PutReply>((resolve, reject) => {
        const call = (raw as unknown as { put: (md: grpc.Metadata, cb: (e: unknown, r: PutReply) => void) => grpc.ClientWritableStream<unknown> })
          .put(md, (e, r) => (e ? reject(e) : resolve(r)));
        call.write(pb.PutRequest.create({ header: { manifest: manifestToProto(seg.manifest) } }));
        call.write(pb.PutRequest.create({ chunk: seg.payload.subarray(0, 1024 * 1024) }));
        setTimeout(() => {
          void broker.stop();
          setTimeout(() => {
            call.write(pb.PutRequest.create({ chunk: seg.payload.subarray(1024 * 1024) }));
            call.end();
          }, 300);
        }, 300);
      });
      const r = await reply;
      assert.equal(r.created, true);
      assert.equal(Number(r.byteLength), seg.payload.length);
      // New calls are refused while/after draining.
      await assert.rejects(
        BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, timeoutMs: 1500 }),
        BrokerUnavailableError);
      assert.equal(await broker.stop(), 0);
      assert.match(broker.stderr(), /"msg":"draining"/);
      await assert.rejects(looker.lookup([seg.manifest.keyDigest]), BrokerUnavailableError);
    } finally {
      await looker.dispose();
      raw.close();
      await broker.stop();
    }
  });
});
