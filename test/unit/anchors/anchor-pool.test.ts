import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Anchor, AnchorOptionError, AnchorPool } from "../../../anchors/mod.js";
import { refKernels as K, tensorFrom } from "./reference-kernels.js";

/** An f16 anchor of 2 layers, 2 tokens, row 4: 32 bytes (base only). */
const mk = (id: string) => Anchor.create(K, { id, base: tensorFrom(2, 2, 4, 4, () => 1) });
const ids = (xs: readonly Anchor[]) => xs.map((a) => a.id);

describe("AnchorPool: windowed LFU", () => {
  it("evicts the least activated among the `window` oldest; ties go to the oldest", () => {
    const pool = new AnchorPool("user_question", { maxAnchors: 3, window: 2 });
    for (const id of ["a", "b", "c"]) assert.deepEqual(pool.add(mk(id)), []);
    pool.activate(["a", "a", "c", "zzz"]);
    assert.equal(pool.activations("a"), 2);
    assert.equal(pool.activations("c"), 1);
    // [a2 b0 c1 d0]: window {a, b} -> b.
    assert.deepEqual(ids(pool.add(mk("d"))), ["b"]);
    // [a2 c1 d0 e0]: window {a, c} -> c (d is less used but outside the window).
    assert.deepEqual(ids(pool.add(mk("e"))), ["c"]);
    // [a2 d0 e0 f0]: window {a, d} -> d.
    assert.deepEqual(ids(pool.add(mk("f"))), ["d"]);
    // [a2 e0 f0 g0]: window {a, e} -> e.
    assert.deepEqual(ids(pool.add(mk("g"))), ["e"]);
    assert.deepEqual(ids(pool.anchors), ["a", "f", "g"]);
    // Ties (all at 0 activations): the oldest in the window goes.
    const tie = new AnchorPool("t", { maxAnchors: 2, window: 5 });
    tie.add(mk("x"));
    tie.add(mk("y"));
    assert.deepEqual(ids(tie.add(mk("z"))), ["x"]);
  });

  it("defaults: 20 anchors, window 5", () => {
    const pool = new AnchorPool("agent_2_reply");
    assert.equal(pool.maxAnchors, 20);
    assert.equal(pool.window, 5);
    for (let i = 0; i < 20; i++) pool.add(mk(`a${i}`));
    pool.activate(["a0", "a1", "a2", "a4"]);
    // Window a0..a4: a3 is the only one never activated.
    assert.deepEqual(ids(pool.add(mk("new"))), ["a3"]);
    assert.equal(pool.size, 20);
  });

  it("re-adding an id replaces it as the youngest and keeps its activations", () => {
    const pool = new AnchorPool("k", { maxAnchors: 3, window: 1 });
    pool.add(mk("a"));
    pool.add(mk("b"));
    pool.activate(["a"]);
    pool.add(mk("a"));
    assert.deepEqual(ids(pool.anchors), ["b", "a"]);
    assert.equal(pool.activations("a"), 1);
  });

  it("keeps within the byte budget, evicting by the same rule", () => {
    const pool = new AnchorPool("k", { maxBytes: 100, window: 5 });
    pool.add(mk("a"));
    pool.add(mk("b"));
    pool.add(mk("c"));
    assert.equal(pool.bytes, 96);
    pool.activate(["a"]);
    assert.deepEqual(ids(pool.add(mk("d"))), ["b"]); // 128 > 100: b is the oldest never-activated
    assert.equal(pool.bytes, 96);
    // A consumer's deltas grow an anchor (+32 bytes): enforce() evicts until within budget.
    pool.get("d")!.setDeltas(K, "fp", { ph: tensorFrom(2, 2, 4, 4, () => 0) });
    assert.equal(pool.bytes, 128);
    assert.deepEqual(ids(pool.enforce()), ["c"]);
    assert.equal(pool.bytes, 96);
    assert.ok(pool.bytes <= pool.maxBytes);
    // An anchor larger than the whole budget does not stay.
    const tiny = new AnchorPool("k", { maxBytes: 16 });
    assert.deepEqual(ids(tiny.add(mk("big"))), ["big"]);
    assert.equal(tiny.size, 0);
  });

  it("rejects bad options; delete, clear and dispose", () => {
    assert.throws(() => new AnchorPool("k", { maxAnchors: 0 }), AnchorOptionError);
    assert.throws(() => new AnchorPool("k", { window: 1.5 }), AnchorOptionError);
    assert.throws(() => new AnchorPool("k", { maxBytes: -1 }), AnchorOptionError);
    const pool = new AnchorPool("k");
    pool.add(mk("a"));
    pool.add(mk("b"));
    assert.equal(pool.delete("a"), true);
    assert.equal(pool.delete("a"), false);
    assert.equal(pool.has("b"), true);
    pool.dispose();
    assert.equal(pool.size, 0);
  });
});
