import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CostModel } from "../../../agents/cost-model.js";

const MB = 2 ** 20;

describe("CostModel", () => {
  const priors = { prefillMsPerToken: 1, loadMsPerMB: 1, correctionNsPerUnit: 5, correctionMs: 0, fetchMsPerMB: 2, fetchMs: 0, cycleMs: 5 };

  it("prices prefill, load, fetch and correction from its priors, and says why", () => {
    const m = new CostModel(priors);
    const e = m.estimate({ tokens: 100, bytes: 10 * MB, correctionWork: 2e6, loads: 1, remote: true });
    // load 10 + cycle 5, fetch 20, correct 10 = 45 ms vs 100 ms prefill.
    assert.equal(e.prefillMs, 100);
    assert.equal(e.reuseMs, 45);
    assert.equal(e.reuse, true);
    assert.match(e.reason, /^reuse: predicted reuse 45\.0 ms \(load 15\.0, fetch 20\.0, correct 10\.0\) vs prefill 100\.0 ms for 100 tokens$/);
    assert.equal(m.estimate({ tokens: 100, bytes: 10 * MB, correctionWork: 2e6, loads: 1, remote: false }).reuseMs, 25);
  });

  it("learns from observations: a fast prefill makes a small reuse not worth it", () => {
    const m = new CostModel(priors);
    m.observePrefill(1000, 50); // 0.05 ms per token
    const e = m.estimate({ tokens: 200, bytes: 8 * MB, correctionWork: 0, loads: 1, remote: false }); // 13 ms vs 10
    assert.equal(e.reuse, false);
    assert.match(e.reason, /^prefill: /);
  });

  it("observeReuse attributes what the bytes do not explain to each load", () => {
    const m = new CostModel(priors);
    m.observeReuse(4 * MB, 2, 24); // (24 - 4 x 1) / 2 = 10 ms per load
    assert.equal(m.estimate({ tokens: 0, bytes: 0, correctionWork: 0, loads: 1, remote: false }).reuseMs, 10);
    m.observeCorrection(1e6, 2); // 2 ns per unit, blended with nothing before it
    assert.equal(m.estimate({ tokens: 0, bytes: 0, correctionWork: 1e6, loads: 0, remote: false }).reuseMs, 2);
  });

  it("fetches: a fixed cost per fetch plus a cost per MB, not one rate per MB", () => {
    const m = new CostModel({ ...priors, fetchMs: 3 });
    // reuseMs with no loads, tokens or corrections = the bytes' load (1 ms per MB) + the fetch.
    const fetch = (bytes: number, fetches = 1) => m.estimate({ tokens: 0, bytes, correctionWork: 0, loads: 0, remote: true, fetches }).reuseMs - bytes / MB;
    assert.equal(fetch(10 * MB, 2), 2 * 3 + 10 * 2, "priors: 3 ms per fetch + 2 ms per MB");
    // Small segments only: ~10 ms each whatever the size. The slope stays the prior until sizes differ.
    m.observeFetch(36 * 1024, 10);
    assert.ok(Math.abs(fetch(100 * MB) - (10 - 2 * 36 / 1024 + 200)) < 1e-9, "intercept from the sample, slope from the prior");
    // Then sizes that differ: 10 ms + 3.3 ms per MB (300 MB/s).
    const m2 = new CostModel(priors);
    for (const mb of [0.03, 0.4, 8, 0.03, 32, 1]) m2.observeFetch(mb * MB, 10 + mb / 0.3);
    const at100 = m2.estimate({ tokens: 0, bytes: 100 * MB, correctionWork: 0, loads: 0, remote: true }).reuseMs - 100;
    assert.ok(Math.abs(at100 - (10 + 100 / 0.3)) < 1e-6, `100 MB: ${at100} ms`);
    const two = m2.estimate({ tokens: 0, bytes: 0.06 * MB, correctionWork: 0, loads: 0, remote: true, fetches: 2 }).reuseMs - 0.06;
    assert.ok(Math.abs(two - (20 + 0.06 / 0.3)) < 1e-6, `two small fetches: ${two} ms`);
  });

  it("corrections by the broker: a fixed part per corrected part (a round trip) plus a part per unit of work", () => {
    const m = new CostModel(priors);
    const correct = (work: number, corrections?: number) =>
      m.estimate({ tokens: 0, bytes: 0, correctionWork: work, corrections, remoteCorrection: true, loads: 0, remote: false }).reuseMs;
    // Remote corrections of small and larger parts: ~3 ms each plus 2 ns per unit.
    for (const w of [16_000, 27_000, 500_000, 16_000, 2_000_000]) m.observeCorrection(w, 3 + w * 2e-6, true);
    assert.ok(Math.abs(correct(1e6) - 5) < 1e-6, `one part of 1e6 units: ${correct(1e6)} ms`);
    assert.ok(Math.abs(correct(1e6, 3) - 11) < 1e-6, "three parts: three round trips");
    assert.equal(correct(0, 3), 0, "no work, no correction");
    // In process, what the same calls cost stays a rate per unit (what it learnt in process, not remotely).
    assert.equal(m.estimate({ tokens: 0, bytes: 0, correctionWork: 1e6, loads: 0, remote: false }).reuseMs, 5);
  });
});
