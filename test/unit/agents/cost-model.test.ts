import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CostModel, LineCost, type CostInputs, type CostPriors } from "../../../pipelines/cost-model.js";

const MB = 2 ** 20;

/** Round priors: 2 ms + 0.5 ms/token per evaluation, 1 ms + 1 ms/MB per injection, 2 ms + 2 ms/MB per fetch. */
const priors: CostPriors = { prefillMs: 2, prefillMsPerToken: 0.5, injectMs: 1, injectMsPerMB: 1, fetchMs: 2, fetchMsPerMB: 2, correctionNsPerUnit: 5, correctionMs: 3 };

/** A reader-like call: 150 tokens dense; reuse injects 1 MB in 2 injections and evaluates 3 small runs. */
const call: CostInputs = { denseTokens: 150, reuseRuns: [4, 4, 3], bytes: MB, injections: 2, correctionWork: 0, remote: false };

describe("CostModel", () => {
  it("prices both sides from its priors and says why", () => {
    const m = new CostModel(priors);
    const e = m.decide(call);
    // dense 2 + 75 = 77; reuse: runs (2+2)+(2+2)+(2+1.5) = 11.5, inject 2 x (1 + 0.5) = 3.
    assert.equal(e.prefillMs, 77);
    assert.equal(e.reuseMs, 14.5);
    assert.equal(e.reuse, true);
    assert.equal(e.explore, false);
    assert.match(e.reason, /^reuse: predicted reuse 14\.5 ms \(prefill 11\.5 in 3 runs, inject 3\.0, fetch 0\.0, correct 0\.0\) vs prefill 77\.0 ms for 150 tokens$/);
    // A remote fetch of the bytes (sent together: one round trip) and a correction by the broker.
    const r = m.predict({ ...call, remote: true, fetches: 3, correctionWork: 1e6, corrections: 2, remoteCorrection: true });
    assert.equal(r.parts.fetch, 4);
    assert.equal(r.parts.correct, 2 * 3 + 1e6 * 5e-6);
  });

  it("a cold call that injected nothing teaches it nothing about injections (the lock-in of issue 13)", () => {
    const m = new CostModel(priors);
    // Agent 1's first call: no KV injected, a 2 s prefill. Today's session observed it as a 'load'.
    m.observeInjection(0, 1, 2000);
    m.observeInjection(0, 0, 2000);
    assert.equal(m.samples.inject, 0);
    assert.equal(m.predict(call).parts.inject, 3);
    assert.equal(m.decide(call).reuse, true);
  });

  it("learns what it measures: slow injections turn it to prefill, fast ones back to reuse", () => {
    const m = new CostModel(priors);
    for (let i = 0; i < 12; i++) m.observeInjection(MB, 2, 400); // 200 ms per injection of 0.5 MB
    assert.equal(m.decide(call, "a").reuse, false, "injections measured slow");
    for (let i = 0; i < 20; i++) m.observeInjection(MB, 2, 2); // now 1 ms each
    assert.equal(m.decide(call, "a").reuse, true, "and fast again");
    assert.ok(m.predict(call).parts.inject < 5, `inject ${m.predict(call).parts.inject}`);
  });

  it("explores: after exploreAfter prefill decisions in a row for one caller, one reuse is tried", () => {
    const m = new CostModel({ ...priors, injectMs: 500 }, { exploreAfter: 3 });
    const got = Array.from({ length: 8 }, () => m.decide(call, "reader"));
    assert.deepEqual(got.map((e) => e.reuse), [false, false, false, true, false, false, false, true]);
    assert.ok(got[3].explore && got[3].reason.startsWith("explore (prefill chosen 3 times in a row"), got[3].reason);
    // Callers count apart; 0 turns exploring off.
    assert.equal(m.decide(call, "final").reuse, false);
    const never = new CostModel({ ...priors, injectMs: 500 }, { exploreAfter: 0 });
    assert.ok(Array.from({ length: 20 }, () => never.decide(call)).every((e) => !e.reuse));
  });

  it("learns prefill from dense calls (the rate) and from reuse gaps (the fixed part)", () => {
    const m = new CostModel(priors);
    for (let i = 0; i < 30; i++) {
      m.observePrefill(150, 2 + 150 * 0.2); // dense calls: 0.2 ms per token
      m.observePrefill(12, 3 * 6 + 12 * 0.2, 3); // three gaps of 4 tokens: 6 ms fixed each
    }
    const { prefill } = m.lines();
    assert.ok(Math.abs(prefill.b - 0.2) < 0.03, `rate ${prefill.b}`);
    assert.ok(Math.abs(prefill.a - 6) < 1, `fixed ${prefill.a}`);
  });

  it("fetches: a fixed part per call plus a part per MB", () => {
    const m = new CostModel(priors);
    const fetch = (bytes: number) => m.predict({ denseTokens: 0, reuseRuns: [], bytes, injections: 0, correctionWork: 0, remote: true }).parts.fetch;
    assert.equal(fetch(10 * MB), 2 + 20);
    for (let i = 0; i < 30; i++) { m.observeFetch(36 * 1024, 10); m.observeFetch(64 * MB, 10 + 64 / 0.3); }
    assert.ok(Math.abs(fetch(100 * MB) - (10 + 100 / 0.3)) < 15, `100 MB: ${fetch(100 * MB)} ms`);
    assert.ok(Math.abs(fetch(0.06 * MB) - 10) < 2, `small: ${fetch(0.06 * MB)} ms`);
  });

  it("corrections in process are a rate per unit of work", () => {
    const m = new CostModel(priors);
    for (let i = 0; i < 20; i++) m.observeCorrection(1e6, 2);
    assert.ok(Math.abs(m.predict({ ...call, correctionWork: 1e6 }).parts.correct - 2) < 0.05);
    assert.equal(m.samples.correction, 20);
  });
});

describe("LineCost", () => {
  it("one stalled sample moves the prediction by at most 8^alpha", () => {
    const c = new LineCost({ a: 2, b: 0.5 }, 0.3, 4, 128);
    c.add(4, 4000); // a 4 s stall of a small evaluation
    assert.ok(Math.abs(c.at(4) - 4 * 8 ** 0.3) < 1e-9, `after one stall: ${c.at(4)}`);
    assert.ok(c.at(128) < 66 * 1.9, `long runs barely move: ${c.at(128)}`);
  });

  it("converges to a lasting change", () => {
    const c = new LineCost({ a: 2, b: 0.5 }, 0.3, 4, 128);
    for (let i = 0; i < 40; i++) { c.add(4, 40 + 4 * 0.5); c.add(200, 40 + 200 * 0.1); }
    assert.ok(Math.abs(c.a - 40) < 4, `fixed ${c.a}`);
    assert.ok(Math.abs(c.b - 0.1) < 0.03, `rate ${c.b}`);
  });
});
