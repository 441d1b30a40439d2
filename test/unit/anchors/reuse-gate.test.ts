import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Anchor, reuseGate, type AnchorStorage } from "../../../anchors/mod.js";
import type { KvTensor } from "../../../kernels/kv-tensor.js";
import { doubled, prng, refKernels as K, scaled, tensorFrom } from "./reference-kernels.js";

/** 2 layers, `nTokens` tokens, row 4; layer 1 V all `v1`, layer 0 (ignored by the gate) and K filled with noise. */
function flat(v1: number, nTokens = 2, seed = 1): KvTensor {
  const r = prng(seed);
  return tensorFrom(2, nTokens, 4, 4, (l, side) => (l === 1 && side === "v" ? v1 : r() * 100));
}
const anchor = (id: string, t: KvTensor, storage?: AnchorStorage) => Anchor.create(K, { id, base: t, storage });
// tau = 1/ln 3 makes exp(-(ratio - 1)/tau) = 3^-(ratio - 1): an anchor twice as far gets 1/3 of the weight.
const TAU3 = 1 / Math.log(3);
const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) <= eps, `${a} vs ${b}`);

describe("reuseGate: hand-checked cases", () => {
  it("two anchors at RMS distances 1 and 2: p = [3/4, 1/4], H = 2 - (3/4) log2 3 = 0.8113 bits", () => {
    const content = flat(0, 2, 7);
    const anchors = [anchor("a", flat(1, 2, 8)), anchor("b", flat(2, 2, 9))];
    const low = reuseGate(K, content, anchors, { tau: TAU3, gamma: 0.3 });
    assert.deepEqual([...low.distances], [1, 2]); // |0 - 1| on all 8 values of layer 1: RMS 1; likewise 2
    close(low.weights[0], 0.75);
    close(low.weights[1], 0.25);
    close(low.entropy, 2 - 0.75 * Math.log2(3));
    close(low.threshold, 0.3); // 0.3 * log2(2)
    assert.equal(low.reusable, false);
    assert.equal(low.reason, "high-entropy");
    assert.deepEqual(low.selected, []);
    assert.deepEqual(low.anchorIds, ["a", "b"]);
    // gamma 0.9: threshold 0.9 >= 0.8113 -> reusable; top-p 0.9 needs both (0.75 < 0.9).
    const high = reuseGate(K, content, anchors, { tau: TAU3, gamma: 0.9 });
    assert.equal(high.reusable, true);
    assert.equal(high.reason, "low-entropy");
    assert.deepEqual(high.selected, ["a", "b"]);
    // top-p 0.7: the heaviest anchor alone reaches it.
    assert.deepEqual(reuseGate(K, content, anchors, { tau: TAU3, gamma: 0.9, topP: 0.7 }).selected, ["a"]);
  });

  it("three anchors at 1, 2, 2: p = [3/5, 1/5, 1/5], H = 1.3710 bits > 0.3 log2 3 = 0.4755", () => {
    const d = reuseGate(K, flat(0), [anchor("a", flat(1)), anchor("b", flat(2)), anchor("c", flat(-2))], { tau: TAU3 });
    close(d.weights[0], 0.6);
    close(d.weights[1], 0.2);
    close(d.weights[2], 0.2);
    close(d.entropy, -(0.6 * Math.log2(0.6) + 0.4 * Math.log2(0.2)));
    close(d.entropy, 1.3709505944546687);
    close(d.threshold, 0.3 * Math.log2(3));
    assert.equal(d.reason, "high-entropy");
  });

  it("RMS distance: layer-1 V [3,4,0,0 | 0,0,0,0] vs zeros gives sqrt(25/8)", () => {
    const b = flat(0);
    b.v[1].set([3, 4, 0, 0, 0, 0, 0, 0]);
    const d = reuseGate(K, flat(0), [anchor("a", b), anchor("z", flat(0))]);
    close(d.distances[0], Math.sqrt(25 / 8), 1e-12);
    assert.equal(d.distances[1], 0);
    assert.equal(d.reason, "exact-match");
    assert.equal(d.reusable, true);
    assert.deepEqual([...d.weights], [0, 1]);
    assert.equal(d.entropy, 0);
    assert.deepEqual(d.selected, ["z"]);
  });

  it("equidistant anchors: uniform p, H = log2 N; new unless gamma = 1 (KVCOMM's benchmark setting)", () => {
    const anchors = [anchor("a", flat(1)), anchor("b", flat(-1)), anchor("c", flat(1, 2, 5)), anchor("d", flat(-1, 2, 6))];
    const d = reuseGate(K, flat(0), anchors);
    assert.deepEqual([...d.weights], [0.25, 0.25, 0.25, 0.25]);
    assert.equal(d.entropy, 2);
    assert.equal(d.reason, "high-entropy");
    const g1 = reuseGate(K, flat(0), anchors, { gamma: 1 });
    assert.equal(g1.threshold, 2);
    assert.equal(g1.reusable, true);
  });

  it("fewer than two usable anchors is never reusable; anchors shorter than k are not usable", () => {
    const none = reuseGate(K, flat(0, 3), []);
    assert.equal(none.reason, "no-usable-anchors");
    assert.equal(none.reusable, false);
    assert.ok(Number.isNaN(none.relDistance));
    const short = [anchor("long", flat(1, 3)), anchor("short", flat(0, 2))];
    const one = reuseGate(K, flat(0, 3), short);
    assert.equal(one.reason, "one-usable-anchor");
    assert.deepEqual(one.anchorIds, ["long"]);
    // With k = 2 both are usable, compared on their first 2 tokens: "short" matches exactly.
    const k2 = reuseGate(K, flat(0, 3), short, { k: 2 });
    assert.deepEqual(k2.anchorIds, ["long", "short"]);
    assert.equal(k2.reason, "exact-match");
    assert.equal(k2.k, 2);
  });

  it("relDistance = d_min / RMS(V); maxRelDistance turns far content into 'too-far'", () => {
    const anchors = [anchor("a", flat(2)), anchor("b", flat(5))];
    const d = reuseGate(K, flat(1), anchors); // distances 1 and 4, content RMS 1
    assert.equal(d.relDistance, 1);
    assert.equal(d.reason, "low-entropy"); // p = [1, e^-30]
    const far = reuseGate(K, flat(1), anchors, { maxRelDistance: 0.5 });
    assert.equal(far.reason, "too-far");
    assert.equal(far.reusable, false);
  });
});

/** Random content and 5 anchors = content + noise of the given sizes (3 layers, 4 tokens, row 8). */
function randomCase(noise: number[], storage: AnchorStorage = { baseType: "f32", deltaType: "f32" }) {
  const r = prng(42);
  const content = tensorFrom(3, 4, 8, 8, () => r());
  const bases = noise.map((s) => ({
    ...content,
    k: content.k.map((x) => x.map((y) => y + s * r())),
    v: content.v.map((x) => x.map((y) => y + s * r())),
  }));
  return { content, bases, storage };
}

function decideAll(c: ReturnType<typeof randomCase>, f: (t: KvTensor) => KvTensor) {
  const anchors = c.bases.map((b, i) => anchor(`a${i}`, f(b), c.storage));
  return reuseGate(K, f(c.content), anchors);
}

describe("reuseGate: invariance to KV scale and length (the calibration)", () => {
  for (const [label, noise, expected] of [
    ["one anchor clearly closest", [0.05, 0.5, 0.6, 0.55, 0.7], "low-entropy"],
    ["anchors about equally far", [0.5, 0.55, 0.6, 0.52, 0.58], "high-entropy"],
  ] as const) {
    it(`${label}: same decision and entropy after x8, x0.001, x3.7, length x2`, () => {
      const c = randomCase([...noise]);
      const ref = decideAll(c, (t) => t);
      assert.equal(ref.reason, expected);
      for (const f of [(t: KvTensor) => scaled(t, 8), (t: KvTensor) => scaled(t, 0.001), (t: KvTensor) => scaled(t, 3.7), doubled, (t: KvTensor) => doubled(scaled(t, 100))]) {
        const d = decideAll(c, f);
        assert.equal(d.reusable, ref.reusable);
        assert.equal(d.reason, ref.reason);
        close(d.entropy, ref.entropy, 1e-5);
        for (let i = 0; i < 5; i++) close(d.weights[i], ref.weights[i], 1e-5);
      }
      // Power-of-two scaling is exact in floating point, so the entropy is bit-identical; repetition
      // only changes the summation order of the squared differences.
      assert.equal(decideAll(c, (t) => scaled(t, 8)).entropy, ref.entropy);
      close(decideAll(c, doubled).entropy, ref.entropy, 1e-12);
    });
  }

  it("f16 base storage: x4 scaling is exact, decision and entropy identical", () => {
    const c = randomCase([0.05, 0.5, 0.6, 0.55, 0.7], { baseType: "f16", deltaType: "f16" });
    const ref = decideAll(c, (t) => t);
    const d = decideAll(c, (t) => scaled(t, 4));
    assert.equal(d.reason, "low-entropy");
    assert.equal(d.entropy, ref.entropy);
  });

  it("KVCOMM's raw gate (softmax(-L2), no temperature) flips on the same inputs; ours does not", () => {
    const c = randomCase([0.05, 0.5, 0.6, 0.55, 0.7]);
    const rawEntropy = (s: number) => {
      const d = decideAll(c, (t) => scaled(t, s));
      const nElements = 2 * 4 * 8; // layers >= 1, tokens, row
      const l2 = [...d.distances].map((x) => x * Math.sqrt(nElements));
      const m = Math.min(...l2);
      const e = l2.map((x) => Math.exp(-(x - m)));
      const z = e.reduce((a, b) => a + b, 0);
      return { raw: -e.reduce((h, x) => h + (x / z) * Math.log2(x / z), 0), ours: d.entropy, threshold: d.threshold };
    };
    const small = rawEntropy(0.01);
    const big = rawEntropy(100);
    assert.ok(small.raw > small.threshold, `raw gate at small scale: ${small.raw} should be new`);
    assert.ok(big.raw < big.threshold, `raw gate at large scale: ${big.raw} should be reusable`);
    close(small.ours, big.ours, 1e-6);
  });
});

describe("reuseGate: determinism", () => {
  it("same inputs give identical weights and distances, bit for bit", () => {
    const a = decideAll(randomCase([0.05, 0.5, 0.6, 0.55, 0.7], { baseType: "f16", deltaType: "f16" }), (t) => t);
    const b = decideAll(randomCase([0.05, 0.5, 0.6, 0.55, 0.7], { baseType: "f16", deltaType: "f16" }), (t) => t);
    assert.deepEqual(Buffer.from(a.weights.buffer), Buffer.from(b.weights.buffer));
    assert.deepEqual(Buffer.from(a.distances.buffer), Buffer.from(b.distances.buffer));
    assert.equal(a.entropy, b.entropy);
  });
});
