import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { SessionStages } from "../../../pipelines/pipeline-session.js";
import type { PipelineResult } from "../../../pipelines/suite/pipeline-runner.js";
import { report } from "../../../cli/demo.js";
import { exchangeSummary, type ExchangeCall, type ExchangeResult } from "../../../examples/rag-exchange.js";

const stages = (ttft: number): SessionStages => ({ path: "none", fetchMs: 0, encodeMs: 0, correctionMs: 0, repositionMs: 0, injectMs: 0, injectBytes: 0, prefillMs: ttft, otherMs: 0 });

function call(instance: string, role: string, step: number, how: ExchangeCall["how"], o: Partial<ExchangeCall> = {}): ExchangeCall {
  const served = how === "reuse";
  return {
    instance, role, step, promptTokens: 100, reusedTokens: served ? 80 : 0, sharedTokens: 90, reusedSharedTokens: served ? 70 : 0,
    denseTtftMs: 40, reuseTtftMs: served ? 10 : 45, servedByReuse: served, how, correctionMs: 0, stages: stages(served ? 10 : 45),
    decision: served ? "anchors: 3 shared parts reused" : how, failures: [], ...o,
  };
}

function pipeline(id: string, answer: string): PipelineResult {
  return { instanceId: id, suite: "rag", size: 3, agents: [], finalText: answer, answer, goldAnswer: "a", correct: answer === "a", totalMs: 0 };
}

describe("kvmesh demo summary", () => {
  const res: ExchangeResult = {
    model: "m.gguf", mode: "anchors", threads: 1, warmup: 2,
    calls: [
      call("i0", "retriever", 0, "prefill: first read"),
      call("i0", "reader", 1, "reuse"),
      call("i0", "final", 2, "prefill: anchors", { decision: "prefill (anchors learn): reply:reader: gate: one-usable-anchor" }),
      // A dead store on agent 1 is a failure to report though agent 1 had nothing to reuse.
      call("i1", "retriever", 0, "prefill: first read", { failures: ["rag/3/retriever: publish failed: BrokerUnavailableError: broker at x not reachable"] }),
      call("i1", "reader", 1, "fallback", { decision: "fallback: load: SegmentContentError: bad", failures: ["load: SegmentContentError: bad"] }),
      call("i1", "final", 2, "reuse"),
    ],
    dense: [pipeline("i0", "a"), pipeline("i1", "b")],
    reuse: [pipeline("i0", "a"), pipeline("i1", "a")],
  };

  it("counts what was served and lists every fallback with its reason (issue 13 item 7)", () => {
    const s = exchangeSummary(res);
    assert.equal(s.downstreamCalls, 4);
    assert.equal(s.servedByReuse, 2);
    assert.deepEqual(s.fallbacks.map((f) => `${f.instance} ${f.agent}`), ["i0 final", "i1 retriever", "i1 reader"]);
    assert.match(s.fallbacks[0].reason, /gate: one-usable-anchor/);
    assert.match(s.fallbacks[1].reason, /BrokerUnavailableError/);
    assert.match(s.fallbacks[2].reason, /SegmentContentError/);
    // Downstream: every call is either served or listed.
    assert.equal(s.servedByReuse + s.fallbacks.filter((f) => f.agent !== "retriever").length, s.downstreamCalls);
    assert.deepEqual(s.ttftMs, { dense: 240, reuse: 200, downstreamDense: 160, downstreamReuse: 110 });
    assert.equal(s.agreement, 0.5);
    assert.equal(s.warmupInstances, 2, "the summary says how many unreported warm-up instances ran first");
  });

  it("prints the same numbers it writes to JSON", () => {
    const s = exchangeSummary(res);
    let text = "";
    report({ write: (x: string) => { text += x; return true; } } as unknown as NodeJS.WritableStream, res, s, "this process", true, "exact");
    assert.match(text, new RegExp(`served by reuse \\(reused shared KV injected\\): ${s.servedByReuse}/${s.downstreamCalls};`));
    assert.match(text, new RegExp(`fallbacks to prefill: ${s.fallbacks.length}:`));
    assert.match(text, /first ran 2 unreported warm-up instances/);
    for (const f of s.fallbacks) assert.ok(text.includes(`${f.instance} ${f.agent}: ${f.reason}`), f.reason);
    assert.match(text, new RegExp(`${s.ttftMs.dense.toFixed(0)} ms dense vs ${s.ttftMs.reuse.toFixed(0)} ms with reuse`));
    assert.match(text, /reuse agrees with dense on 1\/2/);
  });
});
