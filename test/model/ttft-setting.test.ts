import assert from "node:assert/strict";
import { test } from "node:test";
import { FULL_TTFT, QUICK_TTFT, ttftSetting } from "../../bench/ttft-setting.js";
import { ensureSynthModel } from "../../models/synth-cache.js";

test("the quick TTFT setting on the tiny shape: every mode, fair baselines, through a broker, agent 5 reuses every shared part", { timeout: 180_000 }, async () => {
  const modelPath = await ensureSynthModel("tiny");
  // Without headers between the shared parts: the reuse path injects them in one go (with
  // headers each header is a gap prefilled between injections; the full setting measures that case).
  const r = await ttftSetting({ modelPath, threads: 1, ...QUICK_TTFT, headers: false });
  assert.deepEqual(r.modes, ["dense", "naive", "anchors"]);
  // Fair baselines (issue 13 item 8): at least 5 measured rounds (the full setting too), the reuse
  // modes through a broker process, spread reported, and dense keeps each agent's own prefix.
  assert.ok(r.rounds >= 5 && FULL_TTFT.rounds >= 5);
  assert.equal(r.through, "broker");
  for (const m of r.modes) {
    assert.equal(r.ttftMsByAgent[m].length, 5);
    r.ttftMsByAgent[m].forEach((x, i) => {
      assert.ok(x > 0 && r.bestTtftMsByAgent[m][i] <= x && x <= r.worstTtftMsByAgent[m][i], m);
      assert.equal(r.ttftMsRunsByAgent[m][i].length, r.rounds);
    });
  }
  for (const kept of r.reusedTokensByAgent.dense) assert.ok(kept >= QUICK_TTFT.prefixTokens - 2, `dense kept ${kept} tokens of its prefix`);
  assert.equal(r.reuseRate.dense, 0);
  assert.deepEqual(r.fallbacks, []);
  // Agent 1 reads the input first and produces its KV; agents 2-5 are served by reuse.
  assert.equal(r.reuseRate.anchors, 0.8, `agents 2-5 are served by reuse: ${r.lastAgentDecisions.join(" | ")}`);
  // Agent 5 reuses the input and the four replies.
  assert.ok(r.reusedTokensByAgent.anchors[4] >= QUICK_TTFT.inputTokens + 4 * QUICK_TTFT.replyTokens - 8);
  assert.ok(r.promptTokensByAgent[4] > r.promptTokensByAgent[0]);
  assert.ok(r.correctionMs > 0 && r.correctionShare > 0 && r.correctionShare < 1);
  // Speed itself is measured by `kvmesh bench ttft`, not asserted here (machines are noisy).
});
