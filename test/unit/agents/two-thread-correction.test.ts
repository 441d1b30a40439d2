import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { AnchorService } from "../../../anchors/anchor-service.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import type { RopeParams } from "../../../kernels/backend.js";
import type { KvTensor } from "../../../kernels/kv-tensor.js";
import { TwoThreadCorrector } from "../../../agents/correct/two-thread-correction.js";
import type { KvSegment } from "../../../segments/kv-segment.js";
import { segmentToTensor, tensorToSegment } from "../../../segments/kv-tensor-convert.js";
import { repositionSegment } from "../../../segments/reposition.js";
import { f16BitsToF32 } from "../../../kernels/f16.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

const ROPE: RopeParams = { style: "neox", nRot: 16, headDim: 16, freqBase: 10000, freqScale: 1 };
const L = 4;
const ROW = 32;

function rng(seed: number): () => number {
  const next = xorshift32(seed);
  return () => next() / 2 ** 32 - 0.5;
}

function tensor(n: number, seed: number, scale = 1): KvTensor {
  const r = rng(seed);
  const mk = () => Float32Array.from({ length: n * ROW }, () => scale * r());
  return { nLayer: L, nTokens: n, rowK: ROW, rowV: ROW, k: Array.from({ length: L }, mk), v: Array.from({ length: L }, mk) };
}

function plus(a: KvTensor, b: KvTensor): KvTensor {
  const add = (x: Float32Array, y: Float32Array) => x.map((v, i) => v + y[i]);
  return { ...a, k: a.k.map((x, l) => add(x, b.k[l])), v: a.v.map((x, l) => add(x, b.v[l])) };
}

/** A producer segment at positions 7.. built from a frame-0 tensor. */
function segmentOf(t: KvTensor): KvSegment {
  const like: KvSegment = {
    modelFingerprint: "fp", kType: "f16", vType: "f16", nLayer: L, rowK: ROW, rowV: ROW,
    tokens: Int32Array.from({ length: t.nTokens }, (_, i) => 100 + i), positions: new Int32Array(t.nTokens), context: "producer", k: [], v: [],
  };
  return tensorToSegment(t, like, 7, cpuBackend, ROPE);
}

describe("TwoThreadCorrector", () => {
  const two = TwoThreadCorrector.start();
  after(() => two.dispose());

  function service(contentTokens: number): AnchorService {
    const svc = new AnchorService(cpuBackend, { gamma: 1 });
    for (let a = 0; a < 3; a++) {
      const base = tensor(contentTokens + a, 10 + a);
      svc.observe("reply", "consumer", `a${a}`, base, plus(base, tensor(contentTokens + a, 50 + a, 0.05)));
    }
    return svc;
  }

  it("gives the bytes one thread gives (K corrected and moved, V corrected)", async () => {
    const seg = segmentOf(tensor(24, 99));
    const seq = service(24);
    const c = seq.correct("reply", "consumer", segmentToTensor(seg, cpuBackend, ROPE, 0));
    assert.equal(c.kind, "corrected");
    if (c.kind !== "corrected") return;
    const want = tensorToSegment(c.kv, seg, 40, cpuBackend, ROPE);
    const got = await two.correct(service(24), "reply", "consumer", seg, 40, cpuBackend, ROPE);
    assert.ok(got && got.kind === "corrected");
    assert.deepEqual([...got.segment.positions], [...want.positions]);
    for (let l = 0; l < L; l++) {
      assert.deepEqual(Buffer.from(got.segment.k[l]), Buffer.from(want.k[l]), `K layer ${l}`);
      assert.deepEqual(Buffer.from(got.segment.v[l]), Buffer.from(want.v[l]), `V layer ${l}`);
    }
    assert.deepEqual([...got.correction.uncertainty], [...c.uncertainty]);
    assert.deepEqual(got.correction.anchorIds, c.anchorIds);
    // And the correction did something: the result is not the producer KV moved.
    assert.notDeepEqual(Buffer.from(got.segment.v[1]), Buffer.from(seg.v[1]));
  });

  it("a correction kept in frame 0 (f16) and moved later is the one placed directly, up to one more f16 rounding", () => {
    const seg = segmentOf(tensor(24, 99));
    const c = service(24).correct("reply", "consumer", segmentToTensor(seg, cpuBackend, ROPE, 0));
    assert.equal(c.kind, "corrected");
    if (c.kind !== "corrected") return;
    const direct = tensorToSegment(c.kv, seg, 40, cpuBackend, ROPE);
    const later = repositionSegment(tensorToSegment(c.kv, seg, 0, cpuBackend, ROPE), 40, cpuBackend, ROPE);
    for (let l = 0; l < L; l++) {
      assert.deepEqual(Buffer.from(later.v[l]), Buffer.from(direct.v[l]), "V does not move");
      const a = new Uint16Array(later.k[l].buffer, later.k[l].byteOffset, later.k[l].length / 2);
      const b = new Uint16Array(direct.k[l].buffer, direct.k[l].byteOffset, direct.k[l].length / 2);
      let worst = 0;
      for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(f16BitsToF32(a[i]) - f16BitsToF32(b[i])));
      // Values here are below 1 in magnitude: one f16 step there is at most 2^-11.
      assert.ok(worst <= 2 ** -10, `K layer ${l}: worst difference ${worst}`);
    }
  });

  it("answers 'prefill' as the pool would, and leaves a closed gate to the caller", async () => {
    const seg = segmentOf(tensor(24, 99));
    const empty = new AnchorService(cpuBackend, { gamma: 1 });
    const r = await two.correct(empty, "reply", "consumer", seg, 40, cpuBackend, ROPE);
    assert.equal(r?.kind, "prefill");
    const gated = new AnchorService(cpuBackend, { gamma: 0.3 });
    for (let a = 0; a < 2; a++) {
      const base = tensor(24, 10 + a);
      gated.observe("reply", "consumer", `a${a}`, base, base);
    }
    assert.equal(await two.correct(gated, "reply", "consumer", seg, 40, cpuBackend, ROPE), undefined);
  });
});
