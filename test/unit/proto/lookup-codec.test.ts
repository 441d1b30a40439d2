import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeLookupResults, encodeLookupRequest, encodeLookupResults } from "../../../proto/lookup-codec.js";
import { manifestToProto } from "../../../proto/manifest.js";
import { pb } from "../../../proto/wire.js";
import { xorshift32 } from "../../../kernels/xorshift.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

describe("lookup reply codec", () => {
  const manifests = [fakeSegment(10, "a").manifest, fakeSegment(300, "b").manifest];
  // A long token list pushes the manifest length past one varint byte.
  const long = { ...fakeSegment(5, "c").manifest, tokens: Int32Array.from({ length: 200 }, (_, i) => i * 1000), positions: Int32Array.from({ length: 200 }, (_, i) => i) };
  const cases = [
    [],
    [{ keyDigest: manifests[0].keyDigest, hit: true, manifest: manifests[0] }],
    [{ keyDigest: "ab".repeat(32), hit: false }, { keyDigest: manifests[1].keyDigest, hit: true, manifest: manifests[1] }],
    [{ keyDigest: "", hit: false }, { keyDigest: "ключ", hit: false }, { keyDigest: long.keyDigest, hit: true, manifest: long }],
    Array.from({ length: 64 }, (_, i) => (i % 2 ? { keyDigest: `k${i}`, hit: false } : { keyDigest: manifests[0].keyDigest, hit: true, manifest: manifests[0] })),
  ];

  it("writes exactly what the generated LookupReply and BatchLookupReply encoders write", () => {
    for (const results of cases) {
      const protoResults = results.map((r) => ({ keyDigest: r.keyDigest, hit: r.hit, manifest: "manifest" in r && r.manifest ? manifestToProto(r.manifest) : null }));
      const mine = encodeLookupResults(results.map((r) => ({
        keyDigest: r.keyDigest, hit: r.hit,
        manifest: "manifest" in r && r.manifest ? pb.SegmentManifest.encode(manifestToProto(r.manifest)).finish() : undefined,
      })));
      const nats = Buffer.from(pb.LookupReply.encode({ results: protoResults }).finish());
      const grpc = Buffer.from(pb.BatchLookupReply.encode(pb.BatchLookupReply.create({ results: protoResults.map((r) => pb.LookupResult.create(r)) })).finish());
      assert.equal(Buffer.compare(mine, nats), 0, `${results.length} results (LookupReply)`);
      assert.equal(Buffer.compare(mine, grpc), 0, `${results.length} results (BatchLookupReply)`);
      const back = pb.BatchLookupReply.decode(mine);
      assert.deepEqual(back.results.map((r) => [r.keyDigest, r.hit === true, r.manifest?.byteLength !== undefined]),
        results.map((r) => [r.keyDigest, r.hit, "manifest" in r]));
    }
  });

  it("decodes what the generated encoder writes, reusing the asked keys' strings", () => {
    for (const results of cases) {
      const protoResults = results.map((r) => ({ keyDigest: r.keyDigest, hit: r.hit, manifest: "manifest" in r && r.manifest ? manifestToProto(r.manifest) : null }));
      const wire = pb.BatchLookupReply.encode(pb.BatchLookupReply.create({ results: protoResults.map((r) => pb.LookupResult.create(r)) })).finish();
      const asked = results.map((r) => r.keyDigest);
      const got = decodeLookupResults(wire, asked);
      assert.deepEqual(got.map((r) => [r.keyDigest, r.hit]), results.map((r) => [r.keyDigest, r.hit]));
      got.forEach((r, i) => {
        const m = results[i] as { manifest?: typeof manifests[0] };
        if (m.manifest) assert.equal(Buffer.compare(Buffer.from(r.manifest!), Buffer.from(pb.SegmentManifest.encode(manifestToProto(m.manifest)).finish())), 0);
        else assert.equal(r.manifest, undefined);
      });
      // Keys that differ from the asked ones are decoded from the bytes, not taken on trust.
      assert.deepEqual(decodeLookupResults(wire, asked.map((k) => k + "x")).map((r) => r.keyDigest), asked);
    }
  });

  it("writes requests exactly as the generated BatchLookupRequest encoder does", () => {
    for (const keys of [[], ["a"], ["ab".repeat(32), "", "ключ", "x".repeat(200)], Array.from({ length: 64 }, (_, i) => `k${i}`)]) {
      assert.equal(Buffer.compare(encodeLookupRequest(keys), Buffer.from(pb.BatchLookupRequest.encode({ keyDigests: keys }).finish())), 0, keys.join(","));
    }
  });

  it("skips unknown fields and refuses truncated input", () => {
    const unknown = Buffer.concat([
      Buffer.from([0x0a, 0x0c, 0x0a, 0x01, 0x6b, 0x10, 0x01, 0x28, 0x07, 0x35, 1, 2, 3, 4]), // result: key "k", hit, field 5 varint, field 6 fixed32
      Buffer.from([0x12, 0x02, 0x61, 0x62]), // an unknown field 2 on the reply
    ]);
    assert.deepEqual(decodeLookupResults(unknown), [{ keyDigest: "k", hit: true }]);
    const wire = encodeLookupResults([{ keyDigest: manifests[0].keyDigest, hit: true, manifest: pb.SegmentManifest.encode(manifestToProto(manifests[0])).finish() }]);
    for (let cut = 1; cut < wire.length; cut++) assert.throws(() => decodeLookupResults(wire.subarray(0, cut)), RangeError, `cut at ${cut}`);
  });

  it("random bytes decode to results or throw a RangeError, never anything else", () => {
    const next = xorshift32(777);
    let decoded = 0;
    for (let i = 0; i < 3000; i++) {
      const b = Buffer.alloc(next() % 48);
      for (let j = 0; j < b.length; j++) b[j] = next() & 0xff;
      if (i % 2 === 0 && b.length > 1) { b[0] = 0x0a; b[1] = Math.min(b[1], b.length - 2); } // aim at a result message
      try {
        const r = decodeLookupResults(b, ["k"]);
        assert.ok(Array.isArray(r));
        for (const x of r) assert.equal(typeof x.keyDigest, "string");
        decoded++;
      } catch (e) {
        assert.ok(e instanceof RangeError, String(e));
      }
    }
    assert.ok(decoded > 0);
  });
});
