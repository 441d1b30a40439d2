/** Pinned blocks of results kept past a call: reused by size class, given back once, free ones bounded. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PinnedBlocks } from "../../../kernels/cuda/pinned-blocks.js";

describe("PinnedBlocks", () => {
  it("pins only while the set grows: a given-back block serves the next result of its size class", () => {
    const pinned: number[] = [];
    const p = new PinnedBlocks((n) => (pinned.push(n), new ArrayBuffer(n)));
    const a = p.take(1_000_000);
    const b = p.take(1_000_000);
    assert.notEqual(a.buffer, b.buffer, "two results held at once do not share memory");
    assert.equal(a.byteLength, 1_000_000);
    assert.ok(a.buffer.byteLength >= 1_000_000 && a.buffer.byteLength <= 1_000_000 * 1.125, `${a.buffer.byteLength} bytes pinned for 1e6`);
    p.give(a);
    const c = p.take(1_000_100); // same class
    assert.equal(c.buffer, a.buffer);
    assert.equal(pinned.length, 2);
    assert.deepEqual(p.bytes, { out: 2 * a.buffer.byteLength, free: 0 });
  });

  it("refuses a block given back twice, and keeps at most maxFreeBytes free", () => {
    const p = new PinnedBlocks((n) => new ArrayBuffer(n), 64 * 1024);
    const a = p.take(40 * 1024);
    const b = p.take(40 * 1024);
    p.give(a);
    p.give(a);
    assert.notEqual(p.take(40 * 1024).buffer, p.take(40 * 1024).buffer, "handed out once only");
    p.give(b);
    const x = p.take(40 * 1024);
    const y = p.take(40 * 1024);
    p.give(x);
    p.give(y); // over the cap: left to the garbage collector
    assert.equal(p.bytes.free, x.buffer.byteLength);
  });
});
