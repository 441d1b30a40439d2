import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SegmentCache } from "../../../agents/cache/segment-cache.js";
import type { KvSegment } from "../../../segments/kv-segment.js";

/** A one-layer f16 segment of `n` tokens (ids from `first`), 4 + 4 bytes per token. */
function seg(n: number, first: number): KvSegment {
  const tokens = Int32Array.from({ length: n }, (_, i) => first + i);
  return {
    modelFingerprint: "m", kType: "f16", vType: "f16", nLayer: 1, rowK: 2, rowV: 2, context: "c",
    tokens, positions: Int32Array.from({ length: n }, (_, i) => i), k: [new Uint8Array(4 * n)], v: [new Uint8Array(4 * n)],
  };
}

const req = (id: string, s: KvSegment) => ({ id, tokens: s.tokens, start: 0, context: "c", modelFingerprint: "m" });

describe("SegmentCache eviction", () => {
  it("never evicts what a running call pinned, whatever is published meanwhile, and counts evictions", async () => {
    // Budget: 100 tokens (800 bytes). The current round's input is the biggest segment.
    const cache = new SegmentCache(800);
    const input = seg(60, 1000);
    await cache.publish("r1/input", input);
    const pin = cache.pin(["r1/input"]);
    await cache.publish("r1/reply:a", seg(30, 2000));
    await cache.publish("r1/reply:b", seg(30, 3000)); // 120 tokens: over budget
    assert.equal(await cache.find(req("r1/input", input)), input, "the pinned input stays");
    assert.equal(cache.stats.evictions, 1);
    assert.equal(cache.stats.evictedBytes, 240);
    assert.ok(cache.size <= 800);
    pin.release();
  });

  it("evicts the least recently used segment first, not the biggest id (it may be the current round's input)", async () => {
    const cache = new SegmentCache(800);
    const old = seg(30, 1);
    await cache.publish("r0/reply:a", old);
    const input = seg(60, 1000);
    await cache.publish("r1/input", input);
    await cache.find(req("r1/input", input)); // used by this round's calls
    await cache.publish("r1/reply:a", seg(30, 2000)); // over budget by 20 tokens
    assert.equal(await cache.find(req("r1/input", input)), input);
    assert.equal(await cache.find(req("r0/reply:a", old)), undefined, "the old round's reply went");
    assert.equal(cache.stats.evictions, 1);
  });

  it("goes over budget (and says so) rather than evict pinned segments", async () => {
    const cache = new SegmentCache(400);
    const a = seg(40, 1);
    const b = seg(40, 100);
    const pin = cache.pin(["a", "b"]);
    await cache.publish("a", a);
    await cache.publish("b", b);
    assert.equal(cache.stats.evictions, 0);
    assert.equal(cache.stats.overBudget, 1);
    assert.equal(await cache.find(req("a", a)), a);
    pin.release(); // now the least recently used goes
    assert.equal(cache.stats.evictions, 1);
    assert.equal(await cache.find(req("b", b)), undefined);
    assert.equal(await cache.find(req("a", a)), a);
  });
});
