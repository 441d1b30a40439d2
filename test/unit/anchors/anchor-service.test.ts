import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AnchorService } from "../../../anchors/anchor-service.js";
import { estimateOffset, reuseGate } from "../../../anchors/mod.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import type { KvTensor } from "../../../kernels/kv-tensor.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

const L = 3;
const ROW = 8;

function tensor(n: number, seed: number, scale = 1): KvTensor {
  const next = xorshift32(seed);
  const r = () => scale * (next() / 2 ** 32 - 0.5);
  const mk = () => Float32Array.from({ length: n * ROW }, r);
  return { nLayer: L, nTokens: n, rowK: ROW, rowV: ROW, k: Array.from({ length: L }, mk), v: Array.from({ length: L }, mk) };
}

function plus(a: KvTensor, b: KvTensor): KvTensor {
  const add = (p: Float32Array, q: Float32Array) => p.map((v, i) => v + q[i]);
  return { ...a, k: a.k.map((p, l) => add(p, b.k[l])), v: a.v.map((p, l) => add(p, b.v[l])) };
}

/** A service whose "reply" pool holds `n` anchors of 10 + i tokens, each with deltas for "c". */
function service(gamma: number, n = 3): AnchorService {
  const svc = new AnchorService(cpuBackend, { gamma });
  for (let a = 0; a < n; a++) {
    const base = tensor(10 + a, 10 + a);
    svc.observe("reply", "c", `a${a}`, base, plus(base, tensor(10 + a, 40 + a, 0.1)));
  }
  return svc;
}

describe("AnchorService", () => {
  it("gamma >= 1: skips the gate (it cannot refuse) and estimates with every candidate", () => {
    const svc = service(1);
    const content = tensor(10, 99);
    const c = svc.correct("reply", "c", content);
    assert.equal(c.kind, "corrected");
    if (c.kind !== "corrected") return;
    assert.equal(c.decision.reason, "gate-open");
    const pool = svc.pool("reply").anchors;
    // The third observation tested the first two anchors' prediction: corrections use its scales.
    assert.equal(svc.calibrationTests("reply"), 1);
    const shrink = svc.shrinkFactors("reply");
    assert.ok(shrink);
    const want = estimateOffset(cpuBackend, content, "c", pool, { shrink });
    assert.ok(want.hit);
    assert.deepEqual(c.anchorIds, ["a0", "a1", "a2"]);
    assert.deepEqual(c.kv.k.map((x) => [...x]), want.kv.k.map((x) => [...x]));
    assert.deepEqual(c.kv.v.map((x) => [...x]), want.kv.v.map((x) => [...x]));
    // Activation counts rise for what the correction used.
    assert.equal(svc.pool("reply").activations("a0"), 1);
  });

  it("gamma < 1: the gate looks at the content first, and the estimate uses its heaviest anchors", () => {
    const svc = service(0.3);
    const content = tensor(10, 99);
    const c = svc.correct("reply", "c", content);
    const d = reuseGate(cpuBackend, content, svc.pool("reply").anchors, { gamma: 0.3 });
    assert.equal(c.decision?.reason, d.reason);
    assert.equal(c.kind, d.reusable ? "corrected" : "prefill");
  });

  it("correctSteps yields between layers and gives what correct gives", () => {
    const content = tensor(10, 7);
    const g = service(1).correctSteps("reply", "c", content);
    let steps = 0;
    let r = g.next();
    while (!r.done) {
      steps++;
      r = g.next();
    }
    assert.ok(steps >= 2 * 2 * (L - 1), `${steps} steps`);
    const once = service(1).correct("reply", "c", content);
    assert.equal(r.value.kind, "corrected");
    if (r.value.kind !== "corrected" || once.kind !== "corrected") return;
    assert.deepEqual(r.value.kv.v.map((x) => [...x]), once.kv.v.map((x) => [...x]));
  });

  it("prefill answers: fewer than two anchors for the consumer, or too little coverage", () => {
    const one = service(1, 1).correct("reply", "c", tensor(10, 1));
    assert.equal(one.kind, "prefill");
    assert.equal(one.kind === "prefill" ? one.reason : "", "gate: one-usable-anchor");
    assert.equal(service(1).correct("reply", "other", tensor(10, 1)).kind, "prefill");
    // Anchors cover 11 tokens (the second longest): content of 30 is less than half covered.
    assert.deepEqual(service(1).correct("reply", "c", tensor(30, 1)), { kind: "prefill", reason: "gate: anchors too short" });
    // Content of 16: the first 11 tokens are corrected.
    const c = service(1).correct("reply", "c", tensor(16, 1));
    assert.equal(c.kind === "corrected" ? c.kv.nTokens : -1, 11);
  });

  it("openPlan decides from lengths alone when the gate is open, and version/consumers describe the pool", () => {
    const svc = service(1);
    const p = svc.openPlan("reply", "c", 10);
    assert.equal(p.kind, "open");
    assert.equal(service(0.3).openPlan("reply", "c", 10).kind, "gate");
    assert.deepEqual(svc.consumers("reply"), ["c"]);
    assert.deepEqual(svc.consumers("nothing"), []);
    const v0 = svc.version("reply");
    const base = tensor(10, 1);
    svc.observe("reply", "d", "a0-other", base, base);
    assert.notEqual(svc.version("reply"), v0);
    assert.deepEqual(svc.consumers("reply").sort(), ["c", "d"]);
  });
});

describe("AnchorService: the consumer's own text after the content (KVCOMM's following segment)", () => {
  /** Two anchors of 10 tokens for consumer "c", each observed with 3 tokens of following text. */
  function withFollowing() {
    const svc = new AnchorService(cpuBackend, { gamma: 1 });
    const bases = [tensor(10, 1), tensor(10, 2)];
    const following = [tensor(3, 11), tensor(3, 12)];
    bases.forEach((b, a) => svc.observe("reply", "c", `a${a}`, b, plus(b, tensor(10, 20 + a, 0.1)), following[a]));
    return { svc, bases, following };
  }
  const close = (x: Float32Array, y: Float32Array) => x.every((v, i) => Math.abs(v - y[i]) < 2e-3);

  it("content equal to an anchor's base gets that anchor's observed following text back", () => {
    const { svc, bases, following } = withFollowing();
    assert.equal(svc.followingLength("reply", "c"), 3);
    for (const a of [0, 1]) {
      const c = svc.correct("reply", "c", bases[a], { following: true });
      assert.equal(c.kind, "corrected");
      if (c.kind !== "corrected") return;
      assert.ok(c.following, "a following text comes back");
      assert.equal(c.following.nTokens, 3);
      // Layer 0 is the first observation's (the base); layers >= 1 the weighted observations.
      assert.ok(close(c.following.k[0], following[0].k[0]));
      for (let l = 1; l < L; l++) {
        assert.ok(close(c.following.k[l], following[a].k[l]), `anchor ${a} layer ${l} K`);
        assert.ok(close(c.following.v[l], following[a].v[l]), `anchor ${a} layer ${l} V`);
      }
    }
  });

  it("is returned only when asked for and learned for that consumer", () => {
    const { svc, bases } = withFollowing();
    const plain = svc.correct("reply", "c", bases[0]);
    assert.equal(plain.kind === "corrected" ? plain.following : "prefill", undefined);
    const none = service(1);
    const c = none.correct("reply", "c", tensor(10, 99), { following: true });
    assert.equal(c.kind, "corrected");
    assert.equal(c.kind === "corrected" ? c.following : "prefill", undefined);
    assert.equal(none.followingLength("reply", "c"), 0);
  });

  it("a following text of another shape than the content's is refused", () => {
    const svc = new AnchorService(cpuBackend, { gamma: 1 });
    const b = tensor(10, 1);
    const bad: KvTensor = { ...tensor(3, 5), rowV: ROW / 2, v: Array.from({ length: L }, () => new Float32Array(3 * (ROW / 2))) };
    assert.throws(() => svc.observe("reply", "c", "a0", b, b, bad), /shape/i);
    assert.equal(svc.followingLength("reply", "c"), 0, "nothing of the refused observation is kept");
  });
});

describe("AnchorService calibrated shrink", () => {
  /** Anchors whose deltas say nothing about each other's (independent noise): in-full corrections only add error. */
  function noisy(shrink: "calibrated" | "off"): AnchorService {
    const svc = new AnchorService(cpuBackend, { gamma: 1, shrink });
    for (let a = 0; a < 8; a++) {
      const base = tensor(12, 100 + a);
      svc.observe("doc", "c", `d${a}`, base, plus(base, tensor(12, 200 + a, 0.5)));
    }
    return svc;
  }

  it("off: no tests, deltas in full", () => {
    const svc = noisy("off");
    assert.equal(svc.calibrationTests("doc"), 0);
    assert.equal(svc.shrinkFactors("doc"), undefined);
  });

  it("calibrated: unrelated deltas are scaled down, and the correction lands nearer the truth than in full", () => {
    const cal = noisy("calibrated");
    const full = noisy("off");
    // Observations 3..8 each tested the anchors before them.
    assert.equal(cal.calibrationTests("doc"), 6);
    const f = cal.shrinkFactors("doc")!;
    for (const side of [f.k, f.v]) for (let l = 1; l < L; l++) for (let b = 0; b < 3; b++) assert.ok(side.span[l * 5 + b] < 0.5, `alpha ${side.span[l * 5 + b]}`);
    const base = tensor(12, 300);
    const real = plus(base, tensor(12, 400, 0.5));
    const err = (t: KvTensor) => t.k.slice(1).concat(t.v.slice(1)).reduce((a, x, i) => a + x.reduce((s, v, j) => s + (v - [...real.k.slice(1), ...real.v.slice(1)][i][j]) ** 2, 0), 0);
    const a = cal.correct("doc", "c", base);
    const b = full.correct("doc", "c", base);
    assert.ok(a.kind === "corrected" && b.kind === "corrected");
    if (a.kind !== "corrected" || b.kind !== "corrected") return;
    assert.ok(err(a.kv) < err(b.kv), `calibrated ${err(a.kv)} vs in full ${err(b.kv)}`);
  });

  it("calibrated: deltas that the anchors predict exactly keep their full scale", () => {
    const svc = new AnchorService(cpuBackend, { gamma: 1 });
    // Every content gets the same shift: any anchor's delta is the truth (up to its f16 storage).
    const shift = tensor(12, 77, 0.5);
    for (let a = 0; a < 5; a++) {
      const base = tensor(12, 500 + a);
      svc.observe("doc", "c", `d${a}`, base, plus(base, shift));
    }
    const f = svc.shrinkFactors("doc")!;
    for (const side of [f.k, f.v]) for (let l = 1; l < L; l++) for (let b = 0; b < 3; b++) assert.ok(Math.abs(side.span[l * 5 + b] - 1) < 1e-3, `alpha ${side.span[l * 5 + b]}`);
  });
});
