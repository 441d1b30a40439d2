/**
 * The documented recipes (docs/recipes.md) against their vectors
 * (test/golden/recipes.json, which clients in other languages reproduce):
 * a change to how TypeScript computes a key, a digest or a fingerprint fails
 * here before it silently splits the cache from other clients.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { KvType } from "../../../segments/kv-type.js";
import { readModelInfo } from "../../../models/read-model-info.js";
import { contextDigest, SegmentKey } from "../../../segments/segment-key.js";
import { payloadChecksum } from "../../../segments/segment-wire.js";

const golden = JSON.parse(readFileSync("test/golden/recipes.json", "utf8"));

describe("recipe vectors", () => {
  it("context digests", () => {
    for (const v of golden.contextDigest) assert.equal(contextDigest(v.tokens), v.digest, `tokens ${v.tokens}`);
  });
  it("segment keys", () => {
    for (const v of golden.segmentKey) {
      const d = SegmentKey.of({ ...v, kType: v.kType as KvType, vType: v.vType as KvType }).digest;
      assert.equal(d, v.digest, JSON.stringify(v));
    }
  });
  it("payload checksum", () => {
    assert.equal(payloadChecksum(Uint8Array.from({ length: 100 }, (_, i) => (i * 37) & 0xff)), golden.payloadChecksum.checksum);
  });
  it("model fingerprint of the embedded model", async () => {
    assert.equal((await readModelInfo(golden.modelFingerprint.model)).fingerprint, golden.modelFingerprint.fingerprint);
  });
});
