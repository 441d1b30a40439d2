import assert from "node:assert/strict";
import http2 from "node:http2";
import { after, before, describe, it } from "node:test";
import { BrokerClient } from "../../../agents/transport/broker-client.js";
import { brokerServiceDefinition } from "../../../proto/broker-service.js";
import { grpcMessagePrefix } from "../../../proto/grpc-message-framing.js";
import { GrpcStatus } from "../../../proto/grpc-status.js";
import { startBrokerInProcess, type InProcessBroker } from "../../kit/broker-launcher.js";
import { fakeSegment } from "../../kit/segment-fixture.js";
import { rawGrpcCall } from "../../kit/raw-grpc.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

const NS = { alpha: "alpha-token-123" };

/** One raw call as namespace alpha: headers, a body, then the status the broker answered with (grpc-status or HTTP). */
function rawCall(session: http2.ClientHttp2Session, path: string, body: Buffer, headers: http2.OutgoingHttpHeaders = {}): Promise<string> {
  return rawGrpcCall(session, path, body, { "kvmesh-namespace": "alpha", "kvmesh-token": NS.alpha, ...headers });
}

describe("broker gRPC server on bad input", () => {
  let broker: InProcessBroker;
  let session: http2.ClientHttp2Session;
  before(async () => {
    broker = await startBrokerInProcess({ namespaces: NS });
    session = http2.connect(`http://${broker.addresses.grpc}`);
    session.on("error", () => {});
  });
  after(async () => {
    session.close();
    await broker[Symbol.asyncDispose]();
  });

  it("refuses non-gRPC requests, compressed, oversized and unfinished messages with a status", async () => {
    assert.equal(await rawCall(session, "/kvmesh.v1.Broker/Stats", Buffer.alloc(0), { "content-type": "text/plain" }), "http 415");
    assert.equal(await rawCall(session, "/kvmesh.v1.Broker/Nope", grpcMessagePrefix(0)), `grpc ${GrpcStatus.UNIMPLEMENTED}`);
    assert.equal(await rawCall(session, "/kvmesh.v1.Broker/Stats", Buffer.from([1, 0, 0, 0, 1, 0])), `grpc ${GrpcStatus.INVALID_ARGUMENT}`);
    const huge = grpcMessagePrefix(2 ** 31);
    assert.equal(await rawCall(session, "/kvmesh.v1.Broker/Stats", huge), `grpc ${GrpcStatus.RESOURCE_EXHAUSTED}`);
    assert.equal(await rawCall(session, "/kvmesh.v1.Broker/Stats", Buffer.concat([grpcMessagePrefix(10), Buffer.from("abc")])), `grpc ${GrpcStatus.INVALID_ARGUMENT}`);
    assert.equal(await rawCall(session, "/kvmesh.v1.Broker/Stats", Buffer.alloc(0)), `grpc ${GrpcStatus.INVALID_ARGUMENT}`, "no request message");
  });

  it("answers random bodies on every method with a status, stores nothing, and keeps serving", async () => {
    const next = xorshift32(0x9e3779b9);
    const paths = Object.values(brokerServiceDefinition).map((m) => m.path);
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const msg = Buffer.alloc(next() % 64);
      for (let j = 0; j < msg.length; j++) msg[j] = next() & 0xff;
      // Framed garbage most of the time, raw garbage (broken framing) otherwise.
      const body = i % 4 === 0 ? msg : Buffer.concat([grpcMessagePrefix(msg.length), msg]);
      const status = await rawCall(session, paths[i % paths.length], body);
      assert.match(status, /^grpc \d+$/, `${paths[i % paths.length]} answered ${status}`);
      seen.add(status);
    }
    assert.ok(seen.size > 1, `more than one outcome: ${[...seen].join(", ")}`);
    const client = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
    try {
      // Random Deletes or Puts may have hit nothing real: the namespace holds no segment from them.
      assert.equal((await client.stats()).segments, 0);
      const seg = fakeSegment(4096);
      await client.put(seg.manifest, seg.payload);
      const got = await client.get(seg.manifest.keyDigest);
      assert.equal(Buffer.compare(Buffer.from(got!.payload), seg.payload), 0);
    } finally {
      await client.dispose();
    }
  });
});
