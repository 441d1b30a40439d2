import assert from "node:assert/strict";
import { test } from "node:test";
import { QUICK_TTFT, ttftSetting } from "../../bench/ttft-setting.js";
import { ensureSynthModel } from "../../models/synth-cache.js";

test("the quick TTFT setting on the tiny shape runs every mode and agent 5 reuses every shared part", { timeout: 120_000 }, async () => {
  const modelPath = await ensureSynthModel("tiny");
  // Without headers between the shared parts: the reuse path loads them in one state load. With
  // headers each header is a gap that costs a state save/load cycle, which on a model this small
  // costs more than the prefill it saves (the full setting measures that case).
  const r = await ttftSetting({ modelPath, threads: 1, ...QUICK_TTFT, headers: false });
  assert.deepEqual(r.modes, ["dense", "naive", "anchors"]);
  for (const m of r.modes) {
    assert.equal(r.ttftMsByAgent[m].length, 5);
    assert.ok(r.ttftMsByAgent[m].every((x) => x > 0), m);
  }
  assert.equal(r.reuseRate.dense, 0);
  // Agent 1 reads the input first and produces its KV; agents 2-5 are served by reuse.
  assert.equal(r.reuseRate.anchors, 0.8, `agents 2-5 are served by reuse: ${r.lastAgentDecisions.join(" | ")}`);
  // Agent 5 reuses the input and the four replies.
  assert.ok(r.reusedTokensByAgent.anchors[4] >= QUICK_TTFT.inputTokens + 4 * QUICK_TTFT.replyTokens - 8);
  assert.ok(r.promptTokensByAgent[4] > r.promptTokensByAgent[0]);
  assert.ok(r.correctionMs > 0 && r.correctionShare > 0 && r.correctionShare < 1);
  // Speed itself is measured by `kvmesh bench ttft`, not asserted here (machines are noisy).
});
