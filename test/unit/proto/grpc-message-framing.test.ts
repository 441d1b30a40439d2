import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  collectMessage, GrpcFramingError, grpcMessagePrefix, GrpcMessageReader,
} from "../../../proto/grpc-message-framing.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

/** Frames messages the way a gRPC peer puts them on a stream. */
function frame(messages: Buffer[]): Buffer {
  return Buffer.concat(messages.flatMap((m) => [grpcMessagePrefix(m.length), m]));
}

function readAll(body: Buffer, cut: number[], max = 1 << 20): Buffer[] {
  const got: Buffer[] = [];
  const r = new GrpcMessageReader((len) => collectMessage(len, (m) => got.push(m)), max);
  let at = 0;
  for (const c of [...cut, body.length]) { r.push(body.subarray(at, c)); at = c; }
  assert.ok(r.atBoundary);
  return got;
}

describe("gRPC message framing", () => {
  const messages = [Buffer.alloc(0), Buffer.from("a"), Buffer.from("hello world"), Buffer.alloc(300, 7), Buffer.alloc(0)];
  const body = frame(messages);

  it("writes the 5-byte prefix: flag 0, big-endian length", () => {
    assert.deepEqual([...grpcMessagePrefix(0x01020304)], [0, 1, 2, 3, 4]);
  });

  it("reads the same messages however the body is split (every single cut, and byte by byte)", () => {
    for (let c = 0; c <= body.length; c++) assert.deepEqual(readAll(body, [c]), messages, `cut at ${c}`);
    assert.deepEqual(readAll(body, Array.from({ length: body.length }, (_, i) => i)), messages);
  });

  it("hands message bytes on as views of the pushed buffers", () => {
    const big = Buffer.alloc(1000, 9);
    const wire = frame([big]);
    const slices: Buffer[] = [];
    const r = new GrpcMessageReader(() => ({ bytes: (s) => slices.push(s), end: () => {} }), 1 << 20);
    r.push(wire);
    assert.equal(slices.length, 1);
    assert.equal(slices[0].buffer, wire.buffer, "a view, not a copy");
    assert.equal(slices[0].length, 1000);
  });

  it("is not at a boundary inside a prefix or a message", () => {
    const r = new GrpcMessageReader((len) => collectMessage(len, () => {}), 1 << 20);
    r.push(body.subarray(0, 3));
    assert.equal(r.atBoundary, false);
    const one = frame([Buffer.from("abc")]);
    const r2 = new GrpcMessageReader((len) => collectMessage(len, () => {}), 1 << 20);
    r2.push(one.subarray(0, one.length - 1));
    assert.equal(r2.atBoundary, false);
  });

  it("refuses compressed messages and messages over the limit with a typed error", () => {
    const compressed = Buffer.from([1, 0, 0, 0, 1, 0x41]);
    assert.throws(() => new GrpcMessageReader((l) => collectMessage(l, () => {}), 100).push(compressed), GrpcFramingError);
    const big = grpcMessagePrefix(101);
    assert.throws(() => new GrpcMessageReader((l) => collectMessage(l, () => {}), 100).push(big),
      (e: unknown) => e instanceof GrpcFramingError && e.tooLarge);
  });

  it("random bodies give whole messages or a GrpcFramingError, never anything else", () => {
    const next = xorshift32(4242);
    for (let i = 0; i < 2000; i++) {
      const b = Buffer.alloc(next() % 40);
      for (let j = 0; j < b.length; j++) b[j] = next() & 0xff;
      if (i % 2 === 0 && b.length > 0) b[0] = 0; // uncompressed, so lengths get read
      const r = new GrpcMessageReader((len) => collectMessage(len, (m) => assert.equal(m.length, len)), 64);
      try {
        r.push(b);
      } catch (e) {
        assert.ok(e instanceof GrpcFramingError, String(e));
      }
    }
  });
});
