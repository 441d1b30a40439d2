/**
 * The native anchor passes (native/anchor-math.cc through kernels/native-cpu.ts)
 * give the JavaScript loops' results bit for bit: the full offset estimate
 * with 1 to 6 anchors (the specialised 1..4 and the generic path), corrected
 * KV, weights and uncertainty alike.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Anchor } from "../../../anchors/anchor.js";
import { estimateOffset } from "../../../anchors/offset-estimator.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import { allocKvTensor, type KvTensor } from "../../../kernels/kv-tensor.js";
import { nativeCpuBackend, nativeFusedAnchors, withAnchorThreads } from "../../../kernels/native-cpu.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

function tensor(nLayer: number, nTokens: number, row: number, seed: number, scale = 2): KvTensor {
  const t = allocKvTensor(nLayer, nTokens, row, row);
  const next = xorshift32(seed);
  for (const arr of [...t.k, ...t.v]) for (let i = 0; i < arr.length; i++) arr[i] = (next() / 2 ** 32 - 0.5) * scale;
  return t;
}

describe("native anchor passes", { skip: nativeFusedAnchors() ? false : "native build unavailable" }, () => {
  for (const A of [1, 2, 3, 4, 6]) {
    it(`${A} anchor(s): the estimate is bit-identical to the JavaScript loops`, () => {
      const nLayer = 4, P = 37, row = 48, consumer = "consumer-fp";
      const anchors = Array.from({ length: A }, (_, a) => {
        const an = Anchor.create(cpuBackend, { id: `a${a}`, base: tensor(nLayer, P + 5, row, 10 + a) });
        const real = tensor(nLayer, P + 5, row, 100 + a);
        an.setDeltas(cpuBackend, consumer, { ph: real });
        return an;
      });
      const content = tensor(nLayer, P, row, 7);
      const js = estimateOffset(cpuBackend, content, consumer, anchors);
      // Count the native calls: the test must not pass by falling back to the JavaScript loops.
      const f = nativeFusedAnchors()!;
      let calls = 0;
      const counted = { ...nativeCpuBackend(), fusedAnchors: { ...f, distF16: (...a: Parameters<typeof f.distF16>) => (calls++, f.distF16(...a)), applyF16: (...a: Parameters<typeof f.applyF16>) => (calls++, f.applyF16(...a)) } };
      const nat = estimateOffset(counted, content, consumer, anchors);
      assert.equal(calls, 2 * 2 * (nLayer - 1), "two passes, two sides, layers >= 1");
      assert.equal(js.hit, true);
      assert.equal(nat.hit, true);
      if (!js.hit || !nat.hit) return;
      for (let l = 0; l < nLayer; l++) {
        assert.deepEqual(nat.kv.k[l], js.kv.k[l], `K layer ${l}`);
        assert.deepEqual(nat.kv.v[l], js.kv.v[l], `V layer ${l}`);
      }
      assert.deepEqual(nat.weights, js.weights);
      assert.deepEqual(nat.uncertainty, js.uncertainty);
    });
  }

  it("on one thread (a broker sharing its host: --anchor-threads 1) the estimate is the same, bit for bit", () => {
    const nLayer = 3, P = 41, row = 32, consumer = "consumer-fp";
    const anchors = Array.from({ length: 3 }, (_, a) => {
      const an = Anchor.create(cpuBackend, { id: `a${a}`, base: tensor(nLayer, P + 3, row, 20 + a) });
      an.setDeltas(cpuBackend, consumer, { ph: tensor(nLayer, P + 3, row, 200 + a) });
      return an;
    });
    const content = tensor(nLayer, P, row, 9);
    const one = withAnchorThreads(nativeCpuBackend(), 1);
    assert.notEqual(one.fusedAnchors, nativeFusedAnchors(), "a backend of its own thread count");
    const a = estimateOffset(one, content, consumer, anchors);
    const b = estimateOffset(cpuBackend, content, consumer, anchors);
    assert.equal(a.hit && b.hit, true);
    if (!a.hit || !b.hit) return;
    for (let l = 0; l < nLayer; l++) assert.deepEqual(a.kv.k[l], b.kv.k[l]);
    assert.equal(withAnchorThreads(cpuBackend, 1), cpuBackend, "a backend without native passes is left as it is");
  });
});
