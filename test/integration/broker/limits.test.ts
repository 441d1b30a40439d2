import assert from "node:assert/strict";
import http2 from "node:http2";
import { describe, it } from "node:test";
import { BrokerAuthError, BrokerClient, BrokerResourceExhaustedError } from "../../../agents/transport/broker-client.js";
import { GrpcChannel } from "../../../agents/transport/grpc-channel.js";
import { brokerServiceDefinition, NAMESPACE_METADATA_KEY, putRequestCodec, TOKEN_METADATA_KEY } from "../../../proto/broker-service.js";
import { grpcMessagePrefix } from "../../../proto/grpc-message-framing.js";
import { manifestToProto } from "../../../proto/manifest.js";
import { pb } from "../../../proto/wire.js";
import { startBrokerInProcess } from "../../kit/broker-launcher.js";
import { rawGrpcCall } from "../../kit/raw-grpc.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const NS = { alpha: "alpha-token-123456", beta: "beta-token-654321" };
const B = brokerServiceDefinition;

/** Issue 14 item 6: each limit configurable, with a safe default and an error that names it. */
describe("broker limits", () => {
  it("keys per lookup", async () => {
    await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", extraArgs: ["--max-lookup-keys", "1000"] });
    await using c = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
    const keys = Array.from({ length: 1001 }, (_, i) => i.toString(16).padStart(64, "0"));
    assert.equal((await c.lookupGrpc(keys.slice(0, 1000))).length, 1000);
    await assert.rejects(c.lookupGrpc(keys), (e: Error) => e instanceof BrokerResourceExhaustedError && /--max-lookup-keys/.test(e.message));
    await assert.rejects(c.lookupGrpc(keys), BrokerResourceExhaustedError, "the LookupStream reopens and refuses again");
    assert.equal((await c.lookupGrpc(keys.slice(0, 3))).length, 3, "and then serves");
  });

  it("bytes of puts in flight: a put past the budget is refused while another is being received", async () => {
    await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", extraArgs: ["--max-inflight-put-bytes", "1Mi"] });
    const big = fakeSegment(800 * 1024);
    const other = fakeSegment(800 * 1024);
    // A put whose header is in but whose payload is held back.
    const ch = new GrpcChannel({ address: broker.addresses.grpc, metadata: { [NAMESPACE_METADATA_KEY]: "alpha", [TOKEN_METADATA_KEY]: NS.alpha } });
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    let headerSent!: () => void;
    const sent = new Promise<void>((r) => { headerSent = r; });
    const slow = ch.call(B.put.path, Date.now() + 20_000, async (w) => {
      await w.write(putRequestCodec.serialize(pb.PutRequest.create({ header: { manifest: manifestToProto(big.manifest) } })));
      headerSent();
      await held;
      await w.write(putRequestCodec.serialize(pb.PutRequest.create({ chunk: big.payload })));
    }, () => ({ push() {}, end() {} }) as never);
    slow.catch(() => {});
    await sent;
    await new Promise((r) => setTimeout(r, 100));
    await using c = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
    await assert.rejects(c.put(other.manifest, other.payload), (e: Error) => e instanceof BrokerResourceExhaustedError && /--max-inflight-put-bytes/.test(e.message));
    release();
    await slow.catch(() => {});
    ch.close();
    assert.equal((await c.put(other.manifest, other.payload)).created, true, "admitted once the other is done");
  });

  it("message size: a chunk over --max-message-bytes is RESOURCE_EXHAUSTED; smaller chunks pass", async () => {
    await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", extraArgs: ["--max-message-bytes", "64Ki"] });
    const seg = fakeSegment(200 * 1024);
    await using big = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha });
    await assert.rejects(big.put(seg.manifest, seg.payload), BrokerResourceExhaustedError);
    await using small = await BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: "alpha", token: NS.alpha, chunkBytes: 32 * 1024 });
    assert.equal((await small.put(seg.manifest, seg.payload)).created, true);
  });

  it("deadlines past a timer's range (24.8 days) do not fire at once, on either side", async () => {
    await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off" });
    const ch = new GrpcChannel({ address: broker.addresses.grpc, metadata: { [NAMESPACE_METADATA_KEY]: "alpha", [TOKEN_METADATA_KEY]: NS.alpha } });
    try {
      const r = await ch.invoke(B.stats, pb.StatsRequest.create({}), Date.now() + 30 * 24 * 3600_000);
      assert.equal(r.namespace, "alpha");
    } finally {
      ch.close();
    }
    const session = http2.connect(`http://${broker.addresses.grpc}`);
    session.on("error", () => {});
    try {
      const body = Buffer.concat([grpcMessagePrefix(0)]);
      const headers = { "kvmesh-namespace": "alpha", "kvmesh-token": NS.alpha };
      assert.equal(await rawGrpcCall(session, B.stats.path, body, { ...headers, "grpc-timeout": "99999999S" }), "grpc 0", "1157 days");
      assert.equal(await rawGrpcCall(session, B.stats.path, body, { ...headers, "grpc-timeout": "2200000S" }), "grpc 0", "25.5 days");
    } finally {
      session.close();
    }
  });

  it("wrong tokens from one peer: paused with backoff after the limit, a right token included; other namespaces unaffected", async () => {
    await using broker = await startBrokerInProcess({ namespaces: NS, shmDir: "off", extraArgs: ["--auth-failure-limit", "5"] });
    const connect = (ns: "alpha" | "beta", token: string) => BrokerClient.connect({ grpc: broker.addresses.grpc, namespace: ns, token, timeoutMs: 2000 });
    for (let i = 0; i < 5; i++) await assert.rejects(connect("alpha", "wrong-token-0000"), BrokerAuthError);
    await assert.rejects(connect("alpha", NS.alpha), (e: Error) => e instanceof BrokerResourceExhaustedError && /retry in \d+ s/.test(e.message));
    await using beta = await connect("beta", NS.beta);
    assert.equal((await beta.stats()).namespace, "beta");
    await new Promise((r) => setTimeout(r, 1100));
    await using alpha = await connect("alpha", NS.alpha);
    assert.equal((await alpha.stats()).namespace, "alpha");
  });
});
