import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { punch, punchPieces } from "../../../pipelines/punch-holes.js";
import type { KvSegment } from "../../../segments/kv-segment.js";

/** A one-layer segment of tokens [from, from + n) at positions [from, ...), K bytes = the token id. */
function seg(from: number, n: number): KvSegment {
  const tokens = Int32Array.from({ length: n }, (_, i) => from + i);
  return {
    modelFingerprint: "fp", kType: "f16", vType: "f16", nLayer: 1, rowK: 1, rowV: 1,
    tokens, positions: Int32Array.from(tokens), context: "c",
    k: [Uint8Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? from + (i >> 1) : 0))], v: [new Uint8Array(2 * n)],
  };
}

const spans = (xs: readonly KvSegment[]) => xs.map((s) => [s.tokens[0], s.tokens[s.tokens.length - 1] + 1, s.positions[0], s.k[0][0]]);

describe("punch holes", () => {
  it("punch: the pieces between the holes, at their positions", () => {
    assert.deepEqual(spans(punch(seg(10, 10), [[0, 2], [5, 6]])), [[12, 15, 12, 12], [16, 20, 16, 16]]);
    assert.deepEqual(spans(punch(seg(10, 4), [])), [[10, 14, 10, 10]]);
  });

  it("punchPieces: holes index the pieces' concatenation, one may cross from the corrected part into the moved tail", () => {
    // A corrected span of 6 tokens (10..15) and its uncovered tail of 4 (16..19).
    const out = punchPieces([seg(10, 6), seg(16, 4)], [[1, 2], [5, 8]]);
    assert.deepEqual(spans(out), [[10, 11, 10, 10], [12, 15, 12, 12], [18, 20, 18, 18]]);
    // Holes only in the tail.
    assert.deepEqual(spans(punchPieces([seg(10, 6), seg(16, 4)], [[7, 9]])), [[10, 16, 10, 10], [16, 17, 16, 16], [19, 20, 19, 19]]);
  });
});
