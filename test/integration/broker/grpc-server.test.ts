import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { GrpcCallError, GrpcChannel } from "../../../agents/transport/grpc-channel.js";
import { collectMessage } from "../../../proto/grpc-message-framing.js";
import { GrpcStatus } from "../../../proto/grpc-status.js";
import { GrpcServer, parseGrpcTimeout, type ServerStreamCall } from "../../../broker/grpc-server.js";

const statusOf = (err: unknown) => ({ code: GrpcStatus.INTERNAL, details: err instanceof Error ? err.message : String(err) });

async function serve(build: (s: GrpcServer) => void, idleSessionMs?: number): Promise<{ server: GrpcServer; channel: GrpcChannel }> {
  const server = new GrpcServer({ maxMessageBytes: 1 << 20, statusOf, idleSessionMs });
  build(server);
  const port = await server.listen("127.0.0.1", 0);
  return { server, channel: new GrpcChannel({ address: `127.0.0.1:${port}`, metadata: {} }) };
}

describe("GrpcServer", () => {
  it("reads grpc-timeout in every unit", () => {
    assert.equal(parseGrpcTimeout("100m"), 100);
    assert.equal(parseGrpcTimeout("2S"), 2000);
    assert.equal(parseGrpcTimeout("1M"), 60_000);
    assert.equal(parseGrpcTimeout("1H"), 3_600_000);
    assert.equal(parseGrpcTimeout("5000u"), 5);
    assert.equal(parseGrpcTimeout("123456789m"), undefined, "more than 8 digits");
    assert.equal(parseGrpcTimeout("10x"), undefined);
    assert.equal(parseGrpcTimeout(undefined), undefined);
  });

  it("a client that goes away mid-stream stops the handler (drained() says so); the deadline ends a slow unary call", async () => {
    let stopped: (v: boolean) => void = () => {};
    const handlerStopped = new Promise<boolean>((r) => { stopped = r; });
    const { server, channel } = await serve((s) => {
      s.serverStream("/t/Flood", async (_req, call: ServerStreamCall) => {
        const chunk = Buffer.alloc(256 * 1024);
        for (let i = 0; i < 10_000; i++) {
          if (!call.write(chunk) && !(await call.drained())) { stopped(call.cancelled); return; }
        }
        stopped(false);
      });
      s.unary("/t/Slow", () => new Promise<Uint8Array>((r) => setTimeout(() => r(Buffer.from("late")), 2000)));
    });
    try {
      let got = 0;
      const call = channel.call("/t/Flood", Date.now() + 10_000, (w) => w.write(Buffer.alloc(0)), (len) => collectMessage(len, () => {
        if (++got === 3) throw new GrpcCallError(GrpcStatus.CANCELLED, "enough"); // the client walks away
      }));
      await assert.rejects(call, (e: unknown) => e instanceof GrpcCallError && e.code === GrpcStatus.CANCELLED);
      assert.equal(await handlerStopped, true, "the handler saw the call go away");
      const t0 = Date.now();
      await assert.rejects(channel.unary("/t/Slow", Buffer.alloc(0), Date.now() + 200),
        (e: unknown) => e instanceof GrpcCallError && e.code === GrpcStatus.DEADLINE_EXCEEDED);
      assert.ok(Date.now() - t0 < 1500);
    } finally {
      channel.close();
      await server.shutdown(1000);
    }
  });

  it("drops idle sessions; the client reconnects on its next call", async () => {
    const { server, channel } = await serve((s) => { s.unary("/t/Echo", (req) => req); }, 200);
    try {
      assert.equal((await channel.unary("/t/Echo", Buffer.from("a"), Date.now() + 2000)).toString(), "a");
      assert.equal(server.connections, 1);
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(server.connections, 0, "the idle session was dropped");
      assert.equal((await channel.unary("/t/Echo", Buffer.from("b"), Date.now() + 2000)).toString(), "b");
    } finally {
      channel.close();
      await server.shutdown(1000);
    }
  });
});
