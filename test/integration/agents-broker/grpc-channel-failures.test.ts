import assert from "node:assert/strict";
import http2 from "node:http2";
import net, { type AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { BrokerRequestError, BrokerTimeoutError, BrokerUnavailableError } from "../../../agents/transport/broker-client.js";
import { GrpcBrokerTransport } from "../../../agents/transport/transport-grpc.js";
import { getReplyCodec } from "../../../proto/broker-service.js";
import { grpcMessagePrefix } from "../../../proto/grpc-message-framing.js";
import { manifestToProto } from "../../../proto/manifest.js";
import { pb } from "../../../proto/wire.js";
import { startBrokerInProcess } from "../../kit/broker-launcher.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

/** A TCP proxy whose existing connections can be black-holed (bytes dropped, no FIN), as a dead NAT entry does. */
async function blackHoleProxy(target: string): Promise<{ address: string; blackHole(): void; close(): Promise<void> }> {
  const [host, port] = [target.slice(0, target.lastIndexOf(":")), Number(target.slice(target.lastIndexOf(":") + 1))];
  const conns = new Set<{ dead: boolean; a: net.Socket; b: net.Socket }>();
  const srv = net.createServer((a) => {
    const b = net.connect(port, host);
    const c = { dead: false, a, b };
    conns.add(c);
    a.on("data", (d) => { if (!c.dead) b.write(d); });
    b.on("data", (d) => { if (!c.dead) a.write(d); });
    for (const s of [a, b]) { s.on("error", () => {}); s.on("close", () => { a.destroy(); b.destroy(); conns.delete(c); }); }
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  return {
    address: `127.0.0.1:${(srv.address() as AddressInfo).port}`,
    blackHole: () => { for (const c of conns) c.dead = true; },
    close: () => new Promise<void>((r) => { for (const c of conns) { c.a.destroy(); c.b.destroy(); } srv.close(() => r()); }),
  };
}

/**
 * A misbehaving gRPC server on node:http2 (what it sends depends on the key
 * asked for): the SDK's channel must turn each failure into a typed error,
 * promptly, and stay usable.
 */
describe("the SDK's gRPC channel against a misbehaving server", () => {
  let server: http2.Http2Server;
  let address: string;
  const seg = fakeSegment(3 * 1024 * 1024);
  const header = getReplyCodec.serialize(pb.GetReply.create({ header: { hit: true, manifest: manifestToProto(seg.manifest) } }));
  const framed = (m: Uint8Array) => Buffer.concat([grpcMessagePrefix(m.length), m]);

  before(async () => {
    server = http2.createServer();
    server.on("stream", (stream, h) => {
      stream.on("error", () => {});
      let body = Buffer.alloc(0);
      stream.on("data", (d: Buffer) => { body = Buffer.concat([body, d]); });
      stream.on("end", () => {
        const key = h[":path"] === "/kvmesh.v1.Broker/Get" ? pb.GetRequest.decode(body.subarray(5)).keyDigest : "";
        stream.respond({ ":status": 200, "content-type": "application/grpc+proto" }, { waitForTrailers: true });
        stream.on("wantTrailers", () => { if (key !== "no-status") stream.sendTrailers({ "grpc-status": "0" }); else stream.close(); });
        if (key === "cut") {
          // Header and half a chunk, then the connection dies.
          stream.write(framed(header));
          stream.write(Buffer.concat([grpcMessagePrefix(1 << 20), Buffer.alloc(1000)]));
          setTimeout(() => stream.session?.destroy(), 50);
        } else if (key === "huge") {
          stream.write(grpcMessagePrefix(2 ** 31));
        } else if (key === "stall") {
          stream.write(framed(header)); // then nothing
        } else if (key === "no-status") {
          stream.write(framed(header));
          stream.end(); // ends without trailers
        } else {
          stream.write(framed(pb.GetReply.encode(pb.GetReply.create({ header: { hit: false } })).finish()));
          stream.end();
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it("maps a cut connection, an oversized message, a stall and a missing status to typed errors", async () => {
    const t = new GrpcBrokerTransport({ address, namespace: "alpha", token: "token-123456" });
    const opts = { sameHost: false, verify: true };
    try {
      await assert.rejects(t.get("cut", Date.now() + 5000, opts), BrokerUnavailableError);
      await assert.rejects(t.get("huge", Date.now() + 5000, opts), BrokerRequestError);
      const t0 = Date.now();
      await assert.rejects(t.get("stall", Date.now() + 300, opts), BrokerTimeoutError);
      assert.ok(Date.now() - t0 < 2000);
      await assert.rejects(t.get("no-status", Date.now() + 5000, opts), BrokerUnavailableError);
      // Still usable after all that (a new session where the old one died).
      assert.equal(await t.get("ab".repeat(32), Date.now() + 5000, opts), undefined);
    } finally {
      t.close();
    }
  });
});

describe("the SDK's gRPC channel when the connection silently dies", () => {
  it("a lookup times out, a PING retires the dead session, the next lookup reconnects", async () => {
    const NS = { alpha: "alpha-token-123" };
    const broker = await startBrokerInProcess({ namespaces: NS });
    const proxy = await blackHoleProxy(broker.addresses.grpc);
    const t = new GrpcBrokerTransport({ address: proxy.address, namespace: "alpha", token: NS.alpha });
    try {
      assert.deepEqual((await t.lookup(["ab".repeat(32)], Date.now() + 5000)).map((r) => r.hit), [false]);
      proxy.blackHole();
      await assert.rejects(t.lookup(["ab".repeat(32)], Date.now() + 300), BrokerTimeoutError);
      await new Promise((r) => setTimeout(r, 1500)); // the liveness PING's timeout
      const t0 = Date.now();
      assert.deepEqual((await t.lookup(["cd".repeat(32)], Date.now() + 5000)).map((r) => r.hit), [false]);
      assert.ok(Date.now() - t0 < 2000, "answered on a new connection, not after a deadline");
      assert.equal((await t.stats(Date.now() + 5000)).namespace, "alpha");
    } finally {
      t.close();
      await proxy.close();
      await broker[Symbol.asyncDispose]();
    }
  });
});
