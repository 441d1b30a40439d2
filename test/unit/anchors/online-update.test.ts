import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { AnchorPool, AnchorShapeError, deltasFromObservation, estimateOffset, recordObservation, reuseGate, type OffsetHit } from "../../../anchors/mod.js";
import { prng, refKernels as K, tensorFrom } from "./reference-kernels.js";

/** 2 layers, P tokens, row 4; f16-exact values (multiples of 1/8). */
const t2 = (f: (l: number, t: number, c: number) => number, P = 2) => tensorFrom(2, P, 4, 4, (l, _s, t, c) => f(l, t, c));

describe("deltasFromObservation", () => {
  it("placeholder delta = real - base, following delta = real - precomputed (all layers, f32)", () => {
    const d = deltasFromObservation({
      fingerprint: "fp",
      base: t2((l, t, c) => l + t + c),
      placeholder: t2((l, t, c) => 2 * (l + t + c)),
      following: { real: t2(() => 3, 1), precomputed: t2(() => 1.25, 1) },
    });
    assert.deepEqual([...d.ph.k[1]], [1, 2, 3, 4, 2, 3, 4, 5]); // (1 + t + c)
    assert.deepEqual([...d.ph.v[0]], [0, 1, 2, 3, 1, 2, 3, 4]);
    assert.deepEqual([...d.pf!.v[1]], [1.75, 1.75, 1.75, 1.75]);
  });

  it("rejects a placeholder of another length", () => {
    assert.throws(() => deltasFromObservation({ fingerprint: "fp", base: t2(() => 0), placeholder: t2(() => 0, 3) }), AnchorShapeError);
  });
});

describe("recordObservation", () => {
  const base = t2((l, t, c) => (t * 4 + c) / 8);
  const real = (fp: number) => t2((l, t, c) => (t * 4 + c) / 8 + fp * (l + 1));
  const obs = (fingerprint: string, k: number) => ({
    anchorId: "content-1",
    fingerprint,
    base,
    placeholder: real(k),
    following: { real: t2(() => k, 1), precomputed: t2(() => 0, 1) },
  });

  it("creates an anchor for new content, then extends it per consumer", () => {
    const pool = new AnchorPool("user_question");
    const first = recordObservation(K, pool, obs("fpA", 1));
    assert.equal(first.created, true);
    assert.deepEqual(first.evicted, []);
    assert.equal(first.anchor.bytes, 32 + 32 + 16);
    assert.deepEqual([...first.anchor.decode(K, "ph", "k", 1, 2, "fpA")], Array(8).fill(2)); // fp * (l + 1) at l = 1
    const second = recordObservation(K, pool, obs("fpB", 0.5));
    assert.equal(second.created, false);
    assert.equal(second.anchor, first.anchor);
    assert.deepEqual(second.anchor.fingerprints, ["fpA", "fpB"]);
    assert.equal(pool.size, 1);
    assert.equal(pool.bytes, 32 + 2 * 48);
  });

  it("observe then estimate reproduces the dense prefill of that consumer (f16-exact here)", () => {
    const pool = new AnchorPool("user_question");
    recordObservation(K, pool, obs("fpA", 1));
    recordObservation(K, pool, obs("fpB", 0.5));
    const e = estimateOffset(K, base, "fpB", pool.anchors, { following: t2(() => 0, 1) }) as OffsetHit;
    assert.equal(e.hit, true);
    assert.deepEqual(e.kv.k[1], real(0.5).k[1]);
    assert.deepEqual(e.kv.v[0], base.v[0]); // layer 0 not corrected
    assert.deepEqual([...e.following!.v[1]], [0.5, 0.5, 0.5, 0.5]);
  });

  it("an observation that grows the pool past its byte budget evicts by windowed LFU", () => {
    const pool = new AnchorPool("q", { maxBytes: 200 });
    recordObservation(K, pool, { ...obs("fpA", 1), anchorId: "x" }); // 80 bytes
    recordObservation(K, pool, { ...obs("fpA", 1), anchorId: "y" }); // 160
    pool.activate(["x"]);
    const r = recordObservation(K, pool, { ...obs("fpB", 1), anchorId: "y" }); // y: 128, total 208
    assert.deepEqual(r.evicted.map((a) => a.id), ["y"]); // window {x, y}: y was never activated
    assert.equal(pool.bytes, 80);
  });

  it("rejects an observation whose length disagrees with the stored anchor", () => {
    const pool = new AnchorPool("q");
    recordObservation(K, pool, obs("fpA", 1));
    assert.throws(() => recordObservation(K, pool, { anchorId: "content-1", fingerprint: "fpC", base: t2(() => 0, 3), placeholder: t2(() => 0, 3) }), AnchorShapeError);
  });
});

describe("gate -> dense -> record -> gate -> estimate", () => {
  it("new content becomes an anchor; close content then reuses its deltas", () => {
    const r = prng(5);
    const pool = new AnchorPool("agent_1_reply");
    const contents = [0, 1, 2].map(() => tensorFrom(3, 4, 8, 8, () => r()));
    // Empty pool: new.
    assert.equal(reuseGate(K, contents[0], pool.anchors).reason, "no-usable-anchors");
    contents.forEach((c, i) => {
      const placeholder = { ...c, k: c.k.map((x) => x.map((y) => y + 0.25)), v: c.v.map((x) => x.map((y) => y - 0.25)) };
      const res = recordObservation(K, pool, { anchorId: `c${i}`, fingerprint: "fp", base: c, placeholder });
      assert.equal(res.created, true);
    });
    // Content 1 perturbed slightly: clearly closest to anchor c1.
    const near = { ...contents[1], k: contents[1].k.map((x) => x.map((y) => y + 0.001)), v: contents[1].v.map((x) => x.map((y) => y + 0.001)) };
    const d = reuseGate(K, near, pool.anchors);
    assert.equal(d.reason, "low-entropy");
    assert.deepEqual(d.selected, ["c1"]);
    pool.activate(d.selected);
    assert.equal(pool.activations("c1"), 1);
    const e = estimateOffset(K, near, "fp", pool.anchors) as OffsetHit;
    assert.ok(e.weights.v[1].every((w) => w > 0.999));
    // The correction is (close to) c1's delta: +0.25 on K, -0.25 on V, layers >= 1.
    for (let i = 0; i < near.k[2].length; i++) assert.ok(Math.abs(e.kv.k[2][i] - near.k[2][i] - 0.25) < 1e-3);
    for (let i = 0; i < near.v[1].length; i++) assert.ok(Math.abs(e.kv.v[1][i] - near.v[1][i] + 0.25) < 1e-3);
  });
});
