import assert from "node:assert/strict";
import { test } from "node:test";
import { fidelityChart, fidelityConfigs, type FidelityResult } from "../../../bench/fidelity-bench.js";
import { callRefusals } from "../../../bench/fidelity-long-document.js";
import { chooseDefault, pairedDifference, wilson95, type CurvePoint } from "../../../bench/fidelity-stats.js";
import { boundaryScores, chooseRuns, chooseRunsAcross, kvDeviation, overlapScores, recomputeBudget } from "../../../anchors/recompute-selection.js";
import { chartSvg } from "../../../bench/chart.js";

const close = (a: number, b: number, eps = 1e-4) => assert.ok(Math.abs(a - b) < eps, `${a} != ${b}`);

test("wilson95 matches the textbook values", () => {
  // 90 of 100: Wilson 95% interval [0.8256, 0.9448] (standard tables).
  const [lo, hi] = wilson95(90, 100);
  close(lo, 0.8256);
  close(hi, 0.9448);
  // 0 of 10: [0, 0.2775].
  const [lo0, hi0] = wilson95(0, 10);
  close(lo0, 0);
  close(hi0, 0.2775);
  assert.deepEqual(wilson95(0, 0), [0, 1]);
});

test("pairedDifference: wins and losses on the same instances, interval from their spread", () => {
  const a = [true, true, true, false, true, false, true, true, true, true];
  const b = [true, false, false, false, true, false, true, false, true, true];
  const d = pairedDifference(a, b);
  assert.equal(d.wins, 3);
  assert.equal(d.losses, 0);
  close(d.diff, 0.3);
  // differences: three 1s, seven 0s: sd = sqrt((3 - 10 * 0.09) / 9) = 0.48305; half = 1.96 * 0.48305 / sqrt(10)
  close(d.ci95[0], 0.3 - 1.959964 * 0.483046 / Math.sqrt(10));
  assert.ok(d.ci95[0] > 0, "3 wins, no losses in 10 is significant");
  const tie = pairedDifference([true, false], [false, true]);
  assert.equal(tie.diff, 0);
  assert.ok(tie.ci95[0] < 0 && tie.ci95[1] > 0);
  assert.throws(() => pairedDifference([true], [true, false]), RangeError);
});

const pt = (method: string, f: number, accuracy: number, reuseRate: number): CurvePoint => ({ method, recomputeFraction: f, accuracy, ci95: [accuracy - 0.05, accuracy + 0.05], reuseRate });

test("chooseDefault: most reuse within 2 points of dense, random never chosen", () => {
  const points = [
    pt("naive", 0, 0.4, 1),
    pt("anchors", 0, 0.6, 0.98),
    pt("random", 0.1, 0.9, 0.9),
    pt("anchors+kv-deviation", 0.1, 0.885, 0.88),
    pt("anchors+kv-deviation", 0.25, 0.9, 0.73),
    pt("anchors+uncertainty", 0.25, 0.87, 0.73),
  ];
  const c = chooseDefault(0.9, points)!;
  assert.equal(c.method, "anchors+kv-deviation");
  assert.equal(c.recomputeFraction, 0.1);
  assert.match(c.rule, /within 2 points/);
});

test("chooseDefault: nothing within 2 points: most accurate among points reusing >= 70%, else most accurate", () => {
  const c = chooseDefault(0.95, [pt("naive", 0, 0.4, 1), pt("anchors+boundary", 0.15, 0.7, 0.82), pt("anchors+boundary", 0.5, 0.8, 0.48)])!;
  assert.equal(c.method, "anchors+boundary");
  assert.equal(c.recomputeFraction, 0.15);
  assert.match(c.rule, />= 70%/);
  const d = chooseDefault(0.95, [pt("anchors+boundary", 0.5, 0.8, 0.48), pt("anchors+uncertainty", 0.5, 0.7, 0.48)])!;
  assert.equal(d.method, "anchors+boundary");
  assert.equal(chooseDefault(0.9, [pt("random", 0.1, 0.9, 0.9)]), undefined);
});

test("fidelityConfigs: dense, naive, anchors, then random and every rule at each fraction > 0", () => {
  const c = fidelityConfigs([0, 0.1, 0.5], ["uncertainty", "kv-deviation"]);
  assert.deepEqual(c.map((x) => `${x.method}@${x.fraction}`), [
    "dense@0", "naive@0", "anchors@0",
    "random@0.1", "anchors+uncertainty@0.1", "anchors+kv-deviation@0.1",
    "random@0.5", "anchors+uncertainty@0.5", "anchors+kv-deviation@0.5",
  ]);
});

test("callRefusals: the anchors' reasons (kinds, reply kinds too, stripped), the guard's step, a fallback", () => {
  assert.deepEqual(callRefusals({ refusals: ["documents: gate: high-entropy", "reply:retriever: gate: fewer than two anchors know this consumer"], guarded: undefined, fallback: undefined }),
    ["gate: high-entropy", "gate: fewer than two anchors know this consumer"]);
  assert.deepEqual(callRefusals({ refusals: [], guarded: { step: 0, margin: 0.004, reprefilledTokens: 600 }, fallback: undefined }), ["guard: near tie at the first token, prefilled again"]);
  assert.deepEqual(callRefusals({ refusals: [], guarded: { step: 7, margin: 0.004, reprefilledTokens: 607 }, fallback: "load: NativeInjectionError: 12 cells" }),
    ["guard: near tie after the first token, prefilled again from there", "fallback: load: NativeInjectionError: # cells"]);
  assert.deepEqual(callRefusals({ refusals: [], guarded: undefined, fallback: undefined }), []);
});

test("chooseRuns: the budget is spent exactly on the highest-scoring chunks", () => {
  const s = new Float32Array(20);
  s[12] = 5; s[13] = 5; s[3] = 2;
  assert.equal(recomputeBudget(20, 0.1), 2);
  assert.deepEqual(chooseRuns(s, { ratio: 0.1, chunk: 1, maxRuns: Infinity }), [[12, 14]]);
  assert.deepEqual(chooseRuns(s, { ratio: 0.15, chunk: 1, maxRuns: Infinity }), [[3, 4], [12, 14]]);
  // Chunks of 4: [12, 16) scores highest; a 10% budget takes 2 of its tokens.
  assert.deepEqual(chooseRuns(s, { ratio: 0.1, chunk: 4, maxRuns: Infinity }), [[12, 14]]);
  assert.deepEqual(chooseRuns(s, { ratio: 0.15, chunk: 1, maxRuns: 1 }), [[12, 14]]);
  assert.deepEqual(chooseRuns(boundaryScores(20), { ratio: 0.25, chunk: 4, maxRuns: Infinity }), [[0, 5]]);
  assert.deepEqual(chooseRuns(s, { ratio: 0, chunk: 1, maxRuns: Infinity }), []);
});

test("chooseRunsAcross: one budget for the whole call, spent where the scores are highest", () => {
  const q = Float32Array.from([9, 9, 0, 0]); // a short part that scores high
  const d = new Float32Array(16);
  d[5] = 5;
  // 10% of 20 tokens = 2: both go to the short part, none to the long one.
  assert.deepEqual(chooseRunsAcross([q, d], { ratio: 0.1, chunk: 1, maxRuns: Infinity }), [[[0, 2]], []]);
  assert.deepEqual(chooseRunsAcross([q, d], { ratio: 0.15, chunk: 1, maxRuns: Infinity }), [[[0, 2]], [[5, 6]]]);
  // Per part, each would get its own share instead.
  assert.deepEqual(chooseRuns(d, { ratio: 0.1, chunk: 1, maxRuns: Infinity }), [[0, 1], [5, 6]]); // ties: lower index first
});

test("overlapScores: tokens that also occur outside the part, rare ones first, and the tokens after them", () => {
  // prompt: [question 10 11] [part: 20 11 21 22 23 24 25 26]; 11 occurs outside the part, 20-26 do not.
  const prompt = Int32Array.from([10, 11, 20, 11, 21, 22, 23, 24, 25, 26]);
  const s = overlapScores(prompt, 2, 10);
  assert.equal(s.length, 8);
  assert.equal(s[0], 0, "20 occurs only inside");
  close(s[1], 0.5, 1e-6); // 11: twice in the prompt
  close(s[2], 0.4, 1e-6); // the token after it
  assert.ok(s[3] > s[4] && s[4] > 0 && s[5] === 0, "the window falls off after the match");
  const common = overlapScores(Int32Array.from([7, 7, 7, 8, 7, 9]), 3, 6);
  assert.ok(common[1] < 0.5, "a frequent token weighs less");
});

test("kvDeviation: zero where reused equals fresh, largest where they differ most", () => {
  const fresh = Float32Array.from([1, 1, 1, 1, 1, 1]);
  const reused = Float32Array.from([1, 1, 3, 1, 1, 2]);
  const d = kvDeviation(reused, fresh, fresh, fresh, 3, 2, 2);
  assert.equal(d[0], 0);
  assert.ok(d[1] > d[2] && d[2] > 0);
});

test("fidelity chart: one group per fraction, dense and every method as series", () => {
  const r = { setting: "encoder", suites: ["rag"], limit: 3, agents: 3, dense: { accuracy: 0.9 }, points: [
    { method: "naive", recomputeFraction: 0, accuracy: 0.3 }, { method: "random", recomputeFraction: 0.1, accuracy: 0.6 }, { method: "anchors+boundary", recomputeFraction: 0.1, accuracy: 0.7 },
  ] } as unknown as FidelityResult;
  const svg = chartSvg(fidelityChart(r));
  for (const s of ["dense", "naive", "random", "anchors+boundary"]) assert.match(svg, new RegExp(`data-series="${s.replace("+", "\\+")}"`));
  assert.match(svg, />0%</);
  assert.match(svg, />10%</);
});

test("fidelityConfigs: the naive base (no uncertainty) with its own random control, every method again per guard", () => {
  const g = { minMargin: 0.01, steps: Infinity };
  const c = fidelityConfigs([0, 0.2], ["uncertainty", "boundary"], { bases: ["anchors", "naive"], guards: [undefined, g] });
  assert.deepEqual(c.map((x) => `${x.label}@${x.fraction}`), [
    "dense@0",
    "naive@0", "anchors@0", "random@0.2", "naive+random@0.2", "anchors+uncertainty@0.2", "anchors+boundary@0.2", "naive+boundary@0.2",
    "naive guard<0.01@0", "anchors guard<0.01@0", "random guard<0.01@0.2", "naive+random guard<0.01@0.2",
    "anchors+uncertainty guard<0.01@0.2", "anchors+boundary guard<0.01@0.2", "naive+boundary guard<0.01@0.2",
  ]);
  const nb = c.find((x) => x.label === "naive+boundary guard<0.01")!;
  assert.equal(nb.mode, "naive");
  assert.equal(nb.selection, "boundary");
  assert.equal(nb.guard, g);
  assert.equal(c.find((x) => x.label === "anchors+boundary")!.mode, "anchors+recompute");
});

test("chooseDefault: the naive base's random control is never chosen either", () => {
  const c = chooseDefault(0.9, [pt("naive+random", 0.1, 0.9, 0.9), pt("naive+overlap", 0.25, 0.89, 0.78)])!;
  assert.equal(c.method, "naive+overlap");
});
