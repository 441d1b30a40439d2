import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Anchor, anchorBytes, AnchorShapeError } from "../../../anchors/mod.js";
import { f16ToF32Array, f32ToF16Array } from "../../../kernels/f16.js";
import { prng, refKernels as K, tensorFrom } from "./reference-kernels.js";

const f16Round = (x: Float32Array) => f16ToF32Array(f32ToF16Array(x));

describe("Anchor: storage and byte accounting", () => {
  it("f16: 2 layers, 2 tokens, row 4: base 32 B, placeholder delta 32 B, 1-token following delta 16 B", () => {
    const base = tensorFrom(2, 2, 4, 4, (l, s, t, c) => l * 10 + t + c / 8);
    const a = Anchor.create(K, { id: "q1", base });
    // Layer 0 is not stored: layer 1 only, K 2x4 + V 2x4 = 16 halves = 32 bytes.
    assert.equal(a.bytes, 32);
    assert.equal(a.baseBytes, 32);
    const ph = tensorFrom(2, 2, 4, 4, () => 0.5);
    const pf = tensorFrom(2, 1, 4, 4, () => -0.25);
    assert.equal(a.setDeltas(K, "fpA", { ph, pf }), 32 + 16);
    assert.equal(a.bytes, 80);
    assert.equal(anchorBytes(a.shape, 2, [{ nFollowing: 1 }]), 80);
    // Replacing a consumer's deltas does not double-count; a second consumer adds.
    a.setDeltas(K, "fpA", { ph });
    assert.equal(a.bytes, 64);
    a.setDeltas(K, "fpB", { ph, pf });
    assert.equal(a.bytes, 112);
    assert.deepEqual(a.fingerprints, ["fpA", "fpB"]);
    assert.equal(a.followingLength("fpA"), 0);
    assert.equal(a.followingLength("fpB"), 1);
    assert.equal(a.deleteDeltas("fpA"), true);
    assert.equal(a.bytes, 80);
    assert.equal(a.hasDeltas("fpA"), false);
    // The base decodes back exactly (these values are f16-exact).
    assert.deepEqual([...a.decode(K, "base", "k", 1, 2)], [10, 10.125, 10.25, 10.375, 11, 11.125, 11.25, 11.375]);
    // Layer 0 deltas decode as zeros; the layer 0 base is not stored.
    assert.deepEqual([...a.decode(K, "ph", "v", 0, 2, "fpB")], [0, 0, 0, 0, 0, 0, 0, 0]);
    assert.throws(() => a.decode(K, "base", "k", 0, 2), AnchorShapeError);
    assert.throws(() => a.decode(K, "ph", "k", 1, 2, "nobody"), AnchorShapeError);
  });

  it("q8_0 deltas: each layer's block padded to 32 values (34 bytes)", () => {
    const base = tensorFrom(2, 2, 4, 4, () => 1);
    const a = Anchor.create(K, { id: "q", base, storage: { baseType: "f16", deltaType: "q8_0" } });
    a.setDeltas(K, "fp", { ph: tensorFrom(2, 2, 4, 4, () => 1), pf: tensorFrom(2, 1, 4, 4, () => 1) });
    // base 32 + ph (K 8 values -> 34, V 34) + pf (34 + 34)
    assert.equal(a.bytes, 32 + 68 + 68);
    assert.equal(anchorBytes(a.shape, 2, [{ nFollowing: 1 }], a.storage), 168);
  });

  it("memory of one anchor for Llama-3.1-8B (32 layers, 8 KV heads x 128), 1K-token segment", () => {
    const shape = { nLayer: 32, rowK: 1024, rowV: 1024 };
    const MiB = 1024 * 1024;
    // Base alone, layers 1..31 in f16: 31 * 1024 tokens * 2048 values * 2 bytes = 124 MiB.
    assert.equal(anchorBytes(shape, 1024, []) / MiB, 124);
    // One consumer with a 512-token following text: + 124 + 62 MiB.
    assert.equal(anchorBytes(shape, 1024, [{ nFollowing: 512 }]) / MiB, 310);
    // Deltas in q8_0 (34/64 of f16): 124 + 65.875 + 32.9375 MiB.
    assert.equal(anchorBytes(shape, 1024, [{ nFollowing: 512 }], { baseType: "f16", deltaType: "q8_0" }) / MiB, 222.8125);
    // Everything in q8_0: 65.875 + 65.875 + 32.9375 MiB.
    assert.equal(anchorBytes(shape, 1024, [{ nFollowing: 512 }], { baseType: "q8_0", deltaType: "q8_0" }) / MiB, 164.6875);
  });

  it("rejects tensors of the wrong shape", () => {
    const a = Anchor.create(K, { id: "x", base: tensorFrom(2, 2, 4, 4, () => 0) });
    assert.throws(() => a.setDeltas(K, "fp", { ph: tensorFrom(2, 3, 4, 4, () => 0) }), AnchorShapeError);
    assert.throws(() => a.setDeltas(K, "fp", { ph: tensorFrom(2, 2, 8, 4, () => 0) }), AnchorShapeError);
  });
});

describe("Anchor: compact storage error bounds", () => {
  const r = prng(3);
  const delta = tensorFrom(3, 5, 32, 32, (l) => r() * (l === 2 ? 100 : 0.01));
  const base = tensorFrom(3, 5, 32, 32, () => 0);

  it("f16 deltas decode to exactly the f16 rounding of the input (|err| <= 2^-11 |x|)", () => {
    const a = Anchor.create(K, { id: "a", base });
    a.setDeltas(K, "fp", { ph: delta });
    for (let l = 1; l < 3; l++) {
      for (const side of ["k", "v"] as const) {
        const got = a.decode(K, "ph", side, l, 5, "fp");
        const src = delta[side][l];
        assert.deepEqual(got, f16Round(src));
        for (let i = 0; i < src.length; i++) assert.ok(Math.abs(got[i] - src[i]) <= Math.abs(src[i]) * 2 ** -11 + 2 ** -25);
      }
    }
  });

  it("q8_0 deltas: |err| <= amax/127 * (1/2 + 127 * 2^-11) per 32-value block", () => {
    const a = Anchor.create(K, { id: "a", base, storage: { baseType: "f16", deltaType: "q8_0" } });
    a.setDeltas(K, "fp", { ph: delta });
    let worst = 0;
    for (let l = 1; l < 3; l++) {
      for (const side of ["k", "v"] as const) {
        const got = a.decode(K, "ph", side, l, 5, "fp");
        const src = delta[side][l];
        for (let b = 0; b < src.length; b += 32) {
          let amax = 0;
          for (let j = b; j < b + 32; j++) amax = Math.max(amax, Math.abs(src[j]));
          const bound = (amax / 127) * (0.5 + 127 * 2 ** -11);
          for (let j = b; j < b + 32; j++) {
            const e = Math.abs(got[j] - src[j]);
            assert.ok(e <= bound, `err ${e} > ${bound}`);
            worst = Math.max(worst, e / amax);
          }
        }
      }
    }
    assert.ok(worst > 0 && worst < 0.0045, `worst relative error ${worst}`);
  });

  it("a prefix decodes to the same values as the whole (q8_0 block boundaries included)", () => {
    const a = Anchor.create(K, { id: "a", base, storage: { baseType: "q8_0", deltaType: "q8_0" } });
    a.setDeltas(K, "fp", { ph: delta });
    const all = a.decode(K, "ph", "k", 2, 5, "fp");
    assert.deepEqual(a.decode(K, "ph", "k", 2, 3, "fp"), all.subarray(0, 96));
  });

  it("deterministic: the same inputs store identical bytes", () => {
    const mk = () => {
      const a = Anchor.create(K, { id: "a", base: delta, storage: { baseType: "q8_0", deltaType: "f16" } });
      a.setDeltas(K, "fp", { ph: delta });
      return [1, 2].flatMap((l) => [a.decode(K, "base", "v", l, 5), a.decode(K, "ph", "k", l, 5, "fp")]);
    };
    const x = mk();
    const y = mk();
    for (let i = 0; i < x.length; i++) assert.deepEqual(Buffer.from(x[i].buffer), Buffer.from(y[i].buffer));
  });
});
