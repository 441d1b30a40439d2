import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { getReplyCodec, putRequestCodec } from "../../../proto/broker-service.js";
import { pb } from "../../../proto/wire.js";

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

describe("chunk codec on garbage", () => {
  it("random bytes decode to a message or throw an Error, never anything else", () => {
    let x = 12345;
    const next = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
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
