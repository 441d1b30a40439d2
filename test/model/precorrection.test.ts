import assert from "node:assert/strict";
import { test } from "node:test";
import { PipelineSession, type SessionCallResult } from "../../agents/pipeline-session.js";
import { fitTokens, ttftParts } from "../../bench/ttft-setting.js";
import { ensureSynthModel } from "../../models/synth-cache.js";

/**
 * Corrections computed ahead (in idle time, for consumers the anchors know)
 * are used by those consumers' calls, and a call that uses them reuses as
 * much as one that corrects on its path. Three agents, small lengths, the
 * tiny synthetic shape.
 */
test("precorrected parts are taken by their consumers' calls", { timeout: 120_000 }, async () => {
  const modelPath = await ensureSynthModel("tiny");
  const agents = 3;
  const mk = (precorrect: boolean) => PipelineSession.create({ modelPath, mode: "anchors", threads: 1, contextSize: 1024, anchors: { gamma: 1 }, costModel: false, precorrect, correctionThreads: 1 });
  const ahead = await mk(true);
  const inline = await mk(false);
  try {
    const fit = await ahead.agent("agent1");
    const rounds = 5;
    const slack = (n: number, r: number) => (r < 2 ? n + 4 : n);
    const texts = {
      prefixes: Array.from({ length: agents }, (_, i) => fitTokens(fit, 48, 101 + i)),
      inputs: Array.from({ length: rounds }, (_, r) => fitTokens(fit, slack(96, r), 1001 + r)),
      replies: Array.from({ length: rounds }, (_, r) => Array.from({ length: agents }, (_, i) => fitTokens(fit, slack(48, r), 5001 + 97 * r + i))),
    };
    const last: Record<string, SessionCallResult[]> = { ahead: [], inline: [] };
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < agents; i++) {
        for (const [name, s] of [["ahead", ahead], ["inline", inline]] as const) {
          await s.precorrectionSettled(); // as if the agents before had decoded long enough
          const c = await s.generate(`agent${i + 1}`, ttftParts(texts, r, i), { maxTokens: 64, forceOutput: texts.replies[r][i] });
          if (r === rounds - 1) last[name].push(c);
        }
      }
    }
    // Agent 3 sees the input and replies 1-2; the input and reply 1 were published before agent 2's call.
    const a3 = last.ahead[2];
    assert.ok(a3.servedByReuse, a3.decision);
    assert.ok(a3.precorrectedParts >= 2, `${a3.precorrectedParts} parts precorrected: ${a3.decision}`);
    assert.ok(a3.precorrectionMs > 0);
    assert.equal(last.inline[2].precorrectedParts, 0);
    assert.deepEqual(last.ahead.map((c) => c.reusedTokens), last.inline.map((c) => c.reusedTokens));
    assert.deepEqual(last.ahead.map((c) => c.servedByReuse), last.inline.map((c) => c.servedByReuse));
    assert.ok(ahead.precorrectionStats().idleMs > 0);
    assert.equal(inline.precorrectionStats().idleMs, 0);
  } finally {
    await ahead.dispose();
    await inline.dispose();
  }
});
