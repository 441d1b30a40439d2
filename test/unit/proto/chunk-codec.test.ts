import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { getReplyCodec, putRequestCodec } from "../../../proto/broker-service.js";
import { chunkFieldHead, chunkMessageConsumer, readChunkFieldHead } from "../../../proto/chunk-codec.js";
import { pb } from "../../../proto/wire.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

// Lengths around every varint boundary a chunk length can hit.
const SIZES = [0, 1, 127, 128, 16_383, 16_384, 65_536, 2_097_151, 2_097_152];

describe("chunk codec (PutRequest / GetReply payload chunks)", () => {
  // The generated encoder/decoder each codec must agree with.
  const generated = (t: typeof pb.GetReply | typeof pb.PutRequest) => ({
    encode: (chunk: Uint8Array) => Buffer.from((t as typeof pb.GetReply).encode((t as typeof pb.GetReply).create({ chunk })).finish()),
  });
  for (const [name, codec, type] of [["GetReply", getReplyCodec, generated(pb.GetReply)], ["PutRequest", putRequestCodec, generated(pb.PutRequest)]] as const) {
    it(`${name}: a chunk serializes to exactly the generated encoder's bytes`, () => {
      for (const n of SIZES) {
        const bytes = randomBytes(n);
        const mine = codec.serialize(codec.chunk(bytes) as never);
        assert.equal(Buffer.compare(mine, type.encode(bytes)), 0, `${n} bytes`);
      }
    });

    it(`${name}: deserializes chunks as views of the input, equal to the generated decoder's`, () => {
      for (const n of SIZES) {
        const bytes = randomBytes(n);
        const wire = type.encode(bytes);
        const got = codec.deserialize(wire) as { kind?: string; chunk?: Uint8Array | null };
        assert.equal(got.kind, "chunk");
        assert.equal(Buffer.compare(Buffer.from(got.chunk!), bytes), 0, `${n} bytes`);
        if (n > 0) assert.equal(got.chunk!.buffer, wire.buffer, "a view, not a copy");
      }
    });
  }

  it("headers, and messages with more than one field, go through the generated code", () => {
    const header = pb.GetReply.create({ header: { hit: true, manifest: { keyDigest: "ab".repeat(32), tokens: [1, 2, 3], byteLength: 7 } } });
    const wire = getReplyCodec.serialize(header);
    assert.equal(Buffer.compare(wire, Buffer.from(pb.GetReply.encode(header).finish())), 0);
    const back = getReplyCodec.deserialize(wire);
    assert.equal(back.kind, "header");
    assert.deepEqual(back.header?.manifest?.tokens, [1, 2, 3]);
    // A chunk followed by another field: not the fast path, decoded in full (last oneof member wins).
    const chunkThenHeader = Buffer.concat([
      Buffer.from(pb.GetReply.encode(pb.GetReply.create({ chunk: Buffer.from("xyz") })).finish()),
      Buffer.from(pb.GetReply.encode(pb.GetReply.create({ header: { hit: false } })).finish()),
    ]);
    assert.deepEqual(getReplyCodec.deserialize(chunkThenHeader).kind, pb.GetReply.decode(chunkThenHeader).kind);
    // A length that runs past the end is refused like the generated decoder refuses it.
    assert.throws(() => getReplyCodec.deserialize(Buffer.from([0x12, 0x05, 1, 2])), RangeError);
  });
});

describe("chunk messages read as they arrive", () => {
  /** Feeds `wire` to a chunkMessageConsumer cut at `cut`; returns what reached `take` (and whether any slice was a view). */
  function consume(wire: Buffer, cut: number): { bytes: Buffer; views: boolean } {
    const parts: Buffer[] = [];
    let views = false;
    const c = chunkMessageConsumer(wire.length, (b) => { parts.push(Buffer.from(b)); views ||= b.buffer === wire.buffer; }, (m) => {
      const msg = getReplyCodec.deserialize(m);
      if (!msg.chunk) throw new Error("not a chunk");
      return msg.chunk;
    });
    if (cut > 0) c.bytes(wire.subarray(0, cut));
    if (cut < wire.length) c.bytes(wire.subarray(cut));
    c.end();
    return { bytes: Buffer.concat(parts), views };
  }

  it("the head is what the generated encoder writes before the bytes", () => {
    for (const n of SIZES) {
      const wire = Buffer.from(pb.GetReply.encode(pb.GetReply.create({ chunk: randomBytes(n) })).finish());
      assert.equal(Buffer.compare(chunkFieldHead(n), wire.subarray(0, wire.length - n)), 0, `${n} bytes`);
      assert.deepEqual(readChunkFieldHead(wire, wire.length), { head: wire.length - n, payload: n });
    }
  });

  it("hands on exactly the chunk's bytes at every cut, as views once the head is read", () => {
    for (const n of [0, 1, 5, 200, 20_000]) {
      const payload = randomBytes(n);
      const wire = Buffer.from(pb.GetReply.encode(pb.GetReply.create({ chunk: payload })).finish());
      for (let cut = 0; cut <= Math.min(wire.length, 12); cut++) {
        const got = consume(wire, cut);
        assert.equal(Buffer.compare(got.bytes, payload), 0, `${n} bytes cut at ${cut}`);
        if (n > 10 && cut === 0) assert.ok(got.views, "payload slices are views of the received buffer");
      }
    }
  });

  it("a message that is not a lone chunk goes through the decoder (and its errors)", () => {
    const two = Buffer.concat([
      Buffer.from(pb.GetReply.encode(pb.GetReply.create({ header: { hit: false } })).finish()),
      Buffer.from(pb.GetReply.encode(pb.GetReply.create({ chunk: Buffer.from("xyz") })).finish()),
    ]);
    for (let cut = 0; cut <= two.length; cut++) assert.equal(consume(two, cut).bytes.toString(), "xyz");
    const header = Buffer.from(pb.GetReply.encode(pb.GetReply.create({ header: { hit: false } })).finish());
    assert.throws(() => consume(header, 1), /not a chunk/);
    assert.equal(readChunkFieldHead(Buffer.from([0x12, 0x80]), 10), "more");
    assert.equal(readChunkFieldHead(Buffer.from([0x12, 0x05]), 3), undefined, "length disagrees with the message");
  });
});

describe("chunk codec on garbage", () => {
  it("random bytes decode to a message or throw an Error, never anything else", () => {
    const next = xorshift32(12345);
    for (let i = 0; i < 2000; i++) {
      const b = Buffer.alloc(next() % 40);
      for (let j = 0; j < b.length; j++) b[j] = next() & 0xff;
      if (i % 2 === 0 && b.length > 0) b[0] = 0x12; // aim at the fast path too
      try {
        const m = getReplyCodec.deserialize(b);
        assert.equal(typeof m, "object");
      } catch (e) {
        assert.ok(e instanceof Error, String(e));
      }
    }
  });
});
