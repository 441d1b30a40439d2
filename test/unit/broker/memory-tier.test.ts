import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MemoryTier } from "../../../broker/memory-tier.js";
import type { StoreEvent } from "../../../broker/segment-store.js";
import { fakeSegment } from "../../kit/segment-fixture.js";

const k = (i: number) => i.toString(16).padStart(64, "0");

describe("MemoryTier", () => {
  it("evicts least recently used entries over its byte budget and reports them", async () => {
    const t = new MemoryTier(300);
    const events: StoreEvent[] = [];
    t.onEvent((e) => events.push(e));
    for (let i = 0; i < 3; i++) await t.put(k(i), { namespace: "a", ...fakeSegment(100) });
    await t.get(k(0)); // 0 becomes most recent; 1 is now the oldest
    await t.put(k(3), { namespace: "b", ...fakeSegment(100) });
    assert.equal(t.head(k(1)), undefined);
    assert.ok(t.head(k(0)));
    assert.deepEqual(events.map((e) => [e.kind, e.key, e.gone]), [["evicted", k(1), true]]);
    assert.deepEqual(t.usage("a"), { segments: 2, bytes: 200 });
    assert.deepEqual(t.usage(), { segments: 3, bytes: 300 });
  });

  it("keeps nothing larger than the whole budget and deletes on request", async () => {
    const t = new MemoryTier(50);
    await t.put(k(1), { namespace: "a", ...fakeSegment(51) });
    assert.equal(t.head(k(1)), undefined);
    await t.put(k(2), { namespace: "a", ...fakeSegment(10) });
    assert.equal(await t.delete(k(2)), true);
    assert.equal(t.bytes, 0);
  });
});
