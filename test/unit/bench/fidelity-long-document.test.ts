import assert from "node:assert/strict";
import { test } from "node:test";
import type { SessionCallResult } from "../../../pipelines/pipeline-session.js";
import { chooseLongDocument, longDocumentStats, type LongDocumentCurvePoint, type LongDocumentStats } from "../../../bench/fidelity-long-document.js";
import { AGENTS_PER_PIPELINE, DOC_CHARS, loadDocumentCorpus, longDocumentInstance, longDocumentParts, ROLES } from "../../../bench/fidelity-documents.js";

type Call = Pick<SessionCallResult, "how" | "servedByReuse" | "guarded" | "refusals" | "fallback" | "sharedTokens" | "reusedSharedTokens" | "promptTokens" | "parts">;
const call = (o: Partial<Call>): SessionCallResult => ({ how: "reuse", servedByReuse: true, refusals: [], sharedTokens: 100, reusedSharedTokens: 90, promptTokens: 700,
  parts: [{ id: "d/document", tokens: 80, reused: 60, how: "moved" }, { id: "d/reply:a", tokens: 20, reused: 20, how: "corrected" }, { id: "d/reply:b", tokens: 20, reused: 0, how: "prefilled" }], ...o }) as unknown as SessionCallResult;

test("longDocumentStats: the first reader is not downstream; a guarded call is not served; outputs compared with dense per call", () => {
  const dense = new Map([["d/0", ["s", "a", "b", "c"]], ["d/1", ["s", "x", "y", "z"]]]);
  const runs = [
    { key: "d/0", outputs: ["s", "a", "B", "c "], calls: [
      call({ how: "prefill: first read", servedByReuse: false, reusedSharedTokens: 0 }),
      call({}),
      call({ refusals: ["document: gate: fewer than two anchors know this consumer"] }),
      call({ guarded: { step: 3, margin: 0.004, reprefilledTokens: 640 } }),
    ] },
    { key: "d/1", outputs: ["s", "x", "y", "q"], calls: [
      call({ how: "prefill: first read", servedByReuse: false, reusedSharedTokens: 0 }),
      call({ how: "prefill: guard", servedByReuse: false, reusedSharedTokens: 0, guarded: { step: 0, margin: 0.001, reprefilledTokens: 700 } }),
      call({ how: "prefill: anchors", servedByReuse: false, reusedSharedTokens: 0, refusals: ["reply:summarizer: gate: high-entropy"] }),
      call({ promptTokens: 812 }),
    ] },
  ];
  const s = longDocumentStats(runs, dense);
  assert.equal(s.downstreamCalls, 6);
  assert.equal(s.servedByReuse, 3, "d/0 calls 1 and 2, d/1 call 3");
  assert.equal(s.reusedThenGuarded, 1);
  assert.equal(s.guardedAtFirstToken, 1);
  assert.equal(s.equalToDense, 4, "d/0: a, c (whitespace normalized); d/1: x, y");
  assert.equal(s.servedAndEqual, 1, "d/0 call 1 only (call 2 differs, d/1 call 3 differs)");
  assert.equal(s.sharedTokens, 600);
  assert.equal(s.reusedSharedTokens, 270);
  assert.equal(s.movedOnRefusal, 1, "the refusal served moved counts; the prefilled one does not");
  assert.equal(s.maxPromptTokens, 812);
  assert.deepEqual(s.servedParts, { moved: 3, corrected: 3 }, "parts of the 3 served calls that reused something");
  assert.deepEqual(s.refusals, {
    "gate: fewer than two anchors know this consumer": 1,
    "guard: near tie after the first token, prefilled again from there": 1,
    "guard: near tie at the first token, prefilled again": 1,
    "gate: high-entropy": 1,
  });
});

const stats = (served: number, equal: number, n = 100): LongDocumentStats => ({
  downstreamCalls: n, servedByReuse: served, reusedThenGuarded: 0, guardedAtFirstToken: 0, equalToDense: equal, servedAndEqual: 0,
  sharedTokens: 0, reusedSharedTokens: 0, refusals: {}, movedOnRefusal: 0, servedParts: {}, maxPromptTokens: 0,
});
const lp = (method: string, f: number, served: number, equal: number, label = method): LongDocumentCurvePoint =>
  ({ method, label, recomputeFraction: f, accuracy: equal / 100, reuseRate: 0.5, longDocument: stats(served, equal) });

test("chooseLongDocument: most served among points meeting both thresholds; else most equal among those serving half; controls never", () => {
  const c = chooseLongDocument([lp("naive", 0, 100, 30), lp("anchors+boundary", 0.3, 60, 95, "anchors+boundary guard<0.01"), lp("anchors+boundary", 0.5, 55, 97), lp("random", 0.3, 90, 99)])!;
  assert.equal(c.label, "anchors+boundary guard<0.01");
  assert.equal(c.mustShowMet, true);
  assert.match(c.rule, /most downstream calls served/);
  const d = chooseLongDocument([lp("naive", 0, 100, 30), lp("anchors+boundary", 0.3, 60, 85), lp("anchors+overlap", 0.3, 40, 99)])!;
  assert.equal(d.method, "anchors+boundary");
  assert.equal(d.mustShowMet, false);
  assert.match(d.rule, /no point meets both/);
  const e = chooseLongDocument([lp("anchors+overlap", 0.3, 40, 99), lp("anchors", 0, 20, 80)])!;
  assert.equal(e.method, "anchors+overlap");
  assert.equal(chooseLongDocument([lp("naive+random", 0.3, 90, 99)]), undefined);
});

test("long-document instances: held-out docs, whole lines, fit the context budget, drawn roles in order, deterministic", () => {
  const corpus = loadDocumentCorpus();
  const a = longDocumentInstance(corpus, 1000, 3);
  assert.deepEqual(longDocumentInstance(corpus, 1000, 3), a);
  assert.notEqual(longDocumentInstance(corpus, 1000, 4).document, a.document);
  assert.match(a.source.file, /^docs\/.+\.md$/);
  assert.ok(a.document.length >= DOC_CHARS * 0.9 && a.document.length <= DOC_CHARS + 2, `${a.document.length} chars`);
  assert.ok(!a.document.includes("\n\n"));
  assert.equal(a.agents.length, AGENTS_PER_PIPELINE);
  assert.equal(new Set(a.agents.map((r) => r.name)).size, AGENTS_PER_PIPELINE);
  for (const r of a.agents) assert.ok(ROLES.includes(r));
  const parts = longDocumentParts(a, 2, ["one", "two"]);
  assert.deepEqual(parts.filter((p) => p.kind === "shared").map((p) => (p as { id: string }).id),
    [`${a.id}/document`, `${a.id}/reply:${a.agents[0].name}`, `${a.id}/reply:${a.agents[1].name}`]);
  assert.match(parts[0].text, new RegExp(a.agents[2].system.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
});

test("the frozen documents are the ones the recorded results used (sha256 over names and texts)", () => {
  assert.equal(loadDocumentCorpus().sha256, "5ce68a4333bf3e6ef337a25da43d62a4816cf3bb4e9f173b4808099217c94fd6");
});
