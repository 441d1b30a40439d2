import assert from "node:assert/strict";
import { test } from "node:test";
import type { GenerateOptions, GenerateResult, PromptPart } from "../../../agents/prompt.js";
import { evaluateSuites, formatEvalTable } from "../../../bench/eval.js";
import { GoldExecutor, runPipeline, type StepExecutor } from "../../../pipelines/suite/pipeline-runner.js";
import { END, joinParts, STOP } from "../../../pipelines/suite/format.js";
import { SUITES } from "../../../pipelines/suite/suites.js";
import { HELDOUT_SEED, PIPELINE_SIZES, SUITE_NAMES } from "../../../pipelines/suite/types.js";

/** Answers every call with the gold reply of the instance named in the shared ids, plus the stop marker. */
class RecordingExecutor implements StepExecutor {
  readonly calls: { agentName: string; parts: PromptPart[]; opts: GenerateOptions }[] = [];
  constructor(private readonly wrongEvery = 0) {}
  async generate(agentName: string, parts: PromptPart[], opts: GenerateOptions): Promise<GenerateResult> {
    this.calls.push({ agentName, parts, opts });
    const sharedId = parts.find((p) => p.kind === "shared");
    const id = sharedId && sharedId.kind === "shared" ? sharedId.id.slice(0, sharedId.id.indexOf("#")) : "";
    const [suite, seed, index] = id.split(":");
    const instance = SUITES[suite as "rag"].generate(Number(seed), Number(index));
    const role = agentName.slice(agentName.lastIndexOf("/") + 1);
    const wrong = this.wrongEvery > 0 && Number(index) % this.wrongEvery === 0;
    const text = wrong ? "999999" : ` ${instance.gold[role]}${END}junk`;
    return { text, ttftMs: 2, totalMs: 3, promptTokens: joinParts(parts).length >> 2, reusedTokens: 0, outputTokens: 4 };
  }
}

test("runPipeline feeds each agent the replies of the ones before it and scores the last", async () => {
  for (const name of SUITE_NAMES) {
    const suite = SUITES[name];
    const instance = suite.generate(HELDOUT_SEED, 3);
    for (const size of PIPELINE_SIZES) {
      const exec = new RecordingExecutor();
      const result = await runPipeline(exec, suite, instance, size);
      assert.equal(result.correct, true, `${name} x${size}`);
      assert.equal(result.agents.length, size);
      assert.equal(exec.calls.length, size);
      for (const [i, call] of exec.calls.entries()) {
        assert.equal(call.agentName, `${name}/${size}/${suite.pipelines[size][i]}`);
        assert.deepEqual(call.opts.stop, [STOP]);
        assert.equal(call.opts.maxTokens, suite.roles[suite.pipelines[size][i]].maxTokens);
        const replies = call.parts.filter((p) => p.kind === "shared" && p.id.includes("reply:"));
        assert.equal(replies.length, i);
        // the reply a later agent sees is the earlier agent's cleaned text
        for (const [j, r] of replies.entries()) assert.equal(r.text, result.agents[j].text);
      }
      assert.equal(result.agents[0].text, instance.gold[suite.pipelines[size][0]]);
    }
  }
});

test("GoldExecutor reproduces the gold pipeline", async () => {
  const instance = SUITES.math.generate(HELDOUT_SEED, 11);
  const r = await runPipeline(new GoldExecutor(instance), SUITES.math, instance, 5);
  assert.ok(r.correct);
  assert.deepEqual(r.agents.map((a) => a.text), r.agents.map((a) => a.gold));
});

test("evaluateSuites reports accuracy per suite and pipeline size", async () => {
  const report = await evaluateSuites(new RecordingExecutor(4), { suites: ["rag", "code"], sizes: [1, 3], limit: 8, concurrency: 3 });
  assert.deepEqual(Object.keys(report.suites), ["rag", "code"]);
  for (const s of Object.values(report.suites)) {
    assert.equal(s.n, 16);
    assert.deepEqual(Object.keys(s.byAgents), ["1", "3"]);
    // indices 0 and 4 answer wrong
    assert.equal(s.byAgents["1"].correct, 6);
    assert.equal(s.byAgents["3"].accuracy, 6 / 8);
    assert.equal(s.accuracy, 12 / 16);
    assert.equal(s.byAgents["3"].meanTtftMsByStep.length, 3);
    assert.equal(s.byAgents["1"].failures.length, 2);
  }
  const table = formatEvalTable(report);
  assert.match(table, /rag\s+3\s+8\s+75\.0%/);
});
