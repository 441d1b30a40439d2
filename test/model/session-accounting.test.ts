/**
 * What a PipelineSession call reports is what happened: reuse counted only
 * when reused shared KV was injected, stages that add up to the TTFT (the
 * correction counted once), own text reused only where it is exact by
 * default, encoding on the TTFT of the call that needed it, dense with its
 * own prefix caching, and a cost model that does not lock itself into
 * prefills. RAG pipelines of 3 agents on the embedded model.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { PipelineSession, type PipelineSessionOptions, type SessionCallResult } from "../../pipelines/pipeline-session.js";
import type { GenerateOptions, PromptPart } from "../../agents/prompt.js";
import { callTtft } from "../../bench/agents-bench.js";
import { runPipeline, type StepExecutor } from "../../pipelines/suite/pipeline-runner.js";
import { agentOutput } from "../../pipelines/run-pipeline.js";
import { getSuite } from "../../pipelines/suite/suites.js";
import { HELDOUT_SEED } from "../../pipelines/suite/types.js";
import { EMBEDDED_MODEL } from "../../examples/rag-exchange.js";

interface Seen { parts: PromptPart[]; call: SessionCallResult }

/** Runs `n` rag instances (3 agents) through a session and keeps every call with its parts. */
async function run(o: Omit<PipelineSessionOptions, "modelPath">, n: number, s?: PipelineSession): Promise<{ session: PipelineSession; seen: Seen[] }> {
  const session = s ?? (await PipelineSession.create({ modelPath: EMBEDDED_MODEL, threads: 1, contextSize: 1024, ...o }));
  const seen: Seen[] = [];
  const ex: StepExecutor = {
    generate: async (name: string, parts: PromptPart[], opts: GenerateOptions) => {
      const call = await session.generate(name, parts, opts);
      seen.push({ parts, call });
      return call;
    },
  };
  const suite = getSuite("rag");
  for (let i = 0; i < n; i++) await runPipeline(ex, suite, suite.generate(HELDOUT_SEED, i), 3);
  return { session, seen };
}

const sumStages = (c: SessionCallResult): number =>
  c.stages.fetchMs + c.stages.encodeMs + c.stages.correctionMs + c.stages.repositionMs + c.stages.injectMs + c.stages.prefillMs + c.stages.otherMs;

describe("session accounting (embedded model)", { timeout: 300_000 }, () => {
  let naive: { session: PipelineSession; seen: Seen[] };
  before(async () => { naive = await run({ mode: "naive", costModel: false }, 3); });
  after(async () => { await naive?.session.dispose(); });

  it("a call that reads the inputs first is not a reuse; a served call injected reused shared KV (item 6)", () => {
    const first = naive.seen[0].call;
    assert.equal(first.how, "prefill: first read");
    assert.equal(first.servedByReuse, false);
    assert.equal(first.reusedSharedTokens, 0);
    const served = naive.seen.filter((x) => x.call.servedByReuse);
    assert.equal(served.length, 6, "every reader and final call of 3 instances");
    for (const { call } of naive.seen) {
      assert.equal(call.parts.reduce((a, p) => a + p.reused, 0), call.reusedSharedTokens);
      assert.equal(call.servedByReuse, call.reusedSharedTokens > 0 && call.fallback === undefined, call.decision);
      assert.equal(call.how === "reuse", call.servedByReuse);
      assert.ok(call.reusedSharedTokens + call.ownReusedTokens === call.reusedTokens || call.fallback !== undefined);
    }
  });

  it("stages add up to the TTFT, which counts the correction once (item 5)", () => {
    for (const { call } of naive.seen) {
      assert.ok(Math.abs(sumStages(call) - call.ttftMs) < 1e-6, `${sumStages(call)} vs ${call.ttftMs}`);
      assert.equal(callTtft(call), call.ttftMs);
      assert.equal(agentOutput("x", [], "", call).ttftMs, Math.round(call.ttftMs * 1000) / 1000);
    }
  });

  it("by default an agent's own text is never moved uncorrected: in naive mode (nothing corrects it) the headers between shared parts are prefilled (item 3)", async () => {
    for (const { parts, call } of naive.seen.filter((x) => x.call.servedByReuse)) {
      assert.equal(call.ownText, "corrected");
      assert.equal(call.ownCorrectedTokens, 0);
      const agent = await naive.session.agent(call.agentName);
      const { spans } = agent.tokenize(parts);
      const firstShared = spans.findIndex((s) => s.part.kind === "shared");
      const ownAfter = spans.slice(firstShared).filter((s) => s.part.kind === "own").reduce((a, s) => a + s.end - s.start, 0);
      assert.ok(call.promptTokens - call.reusedTokens >= ownAfter, `${call.agentName}: ${call.promptTokens - call.reusedTokens} tokens prefilled, own text after the first shared part is ${ownAfter}`);
      assert.ok(call.ownReusedTokens <= spans[firstShared].start, `own reuse ${call.ownReusedTokens} only in the prefix`);
    }
    // "moved" reuses those headers from the agent's earlier calls (fewer tokens prefilled).
    const moved = await run({ mode: "naive", costModel: false, ownText: "moved" }, 3);
    try {
      const a = naive.seen.filter((x) => x.call.servedByReuse).slice(-2).map((x) => x.call.promptTokens - x.call.reusedTokens);
      const b = moved.seen.filter((x) => x.call.servedByReuse).slice(-2).map((x) => x.call.promptTokens - x.call.reusedTokens);
      assert.ok(b[0] < a[0] && b[1] < a[1], `prefilled with exact ${a}, with moved ${b}`);
    } finally {
      await moved.session.dispose();
    }
  });

  it("ownText corrected: after the anchors learned a consumer, its own text after each reused part is injected corrected and only the last prompt token is evaluated", async () => {
    const corrected = await run({ mode: "anchors", costModel: false, ownText: "corrected", precorrect: false }, 5);
    try {
      const served = corrected.seen.filter((x) => x.call.servedByReuse);
      assert.ok(served.length >= 4, `${served.length} calls served`);
      // The last instance: both downstream calls reuse everything but the last prompt token.
      for (const { parts, call } of corrected.seen.slice(-2)) {
        assert.equal(call.servedByReuse, true, call.decision);
        const agent = await corrected.session.agent(call.agentName);
        const { spans } = agent.tokenize(parts);
        const firstShared = spans.findIndex((s) => s.part.kind === "shared");
        const ownAfter = spans.slice(firstShared).filter((s) => s.part.kind === "own").reduce((a, s) => a + s.end - s.start, 0);
        assert.equal(call.ownCorrectedTokens, ownAfter - 1, `${call.agentName}: own text after the first shared part ${ownAfter}, corrected ${call.ownCorrectedTokens}`);
        assert.equal(call.promptTokens - call.reusedTokens, 1, `${call.agentName}: ${call.promptTokens - call.reusedTokens} tokens evaluated`);
      }
      // Learning calls and naive mode never report corrected own text.
      for (const { call } of [...corrected.seen.filter((x) => !x.call.servedByReuse), ...naive.seen]) assert.equal(call.ownCorrectedTokens, 0);
    } finally {
      await corrected.session.dispose();
    }
  });

  it("dense keeps what the agent's sequence holds of its prompt's prefix (its own best caching) (item 8)", async () => {
    const dense = await run({ mode: "dense" }, 2);
    try {
      const second = dense.seen.slice(3);
      for (const { call } of second) {
        assert.equal(call.how, "dense");
        assert.ok(call.reusedTokens > 10 && call.reusedTokens === call.ownReusedTokens, `${call.agentName} kept ${call.reusedTokens}`);
      }
    } finally {
      await dense.session.dispose();
    }
  });

  it("inputs encoded by the encoder are on the TTFT of the call that needed them first (item 10)", async () => {
    const enc = await run({ mode: "naive", costModel: false, inputs: "encoder" }, 1);
    try {
      const first = enc.seen[0].call;
      assert.ok(first.stages.encodeMs > 0, "the first reader waited for the encoder");
      assert.ok(first.stages.encodeMs < first.ttftMs);
      assert.equal(first.servedByReuse, true, "and reused what it encoded");
      assert.ok(Math.abs(enc.seen.reduce((a, x) => a + x.call.stages.encodeMs, 0) - enc.session.encodeMs) < 1e-6);
      assert.equal(enc.seen[1].call.stages.encodeMs, 0, "later calls find the inputs encoded");
    } finally {
      await enc.session.dispose();
    }
    assert.equal(naive.session.encodeMs, 0, "first-reader: nothing is encoded apart");
  });

  it("the cost model does not lock itself into prefills: a cold first call teaches it nothing about injections, later calls reuse (item 1)", async () => {
    const s = await PipelineSession.create({ modelPath: EMBEDDED_MODEL, mode: "naive", threads: 1, contextSize: 1024, exploreAfter: 0 });
    try {
      assert.ok(s.calibration && s.calibration.measured.inject.every((x) => x.ms > 0), "priors measured at start-up");
      const suite = getSuite("rag");
      const parts = (await import("../../pipelines/suite/suites.js")).agentParts(suite, suite.generate(HELDOUT_SEED, 0), 3, 0, [], "cold/");
      await s.generate("rag/3/retriever", parts, { maxTokens: 8 });
      assert.equal(s.cost.samples.inject, 0, "nothing was injected, nothing learned about injections");
      const { seen } = await run({ mode: "naive" }, 4, s);
      const later = seen.slice(3).filter((x) => !x.call.agentName.endsWith("retriever"));
      const served = later.filter((x) => x.call.servedByReuse).length;
      assert.ok(served >= later.length / 2, `${served}/${later.length} served: ${later.map((x) => x.call.decision).join(" | ")}`);
      assert.ok(s.cost.samples.inject > 0 && s.cost.samples.prefill > 0, "and it learned from them");
    } finally {
      await s.dispose();
    }
  });
});
