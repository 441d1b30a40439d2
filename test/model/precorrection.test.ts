import assert from "node:assert/strict";
import { test } from "node:test";
import { PipelineSession, type SessionCallResult } from "../../pipelines/pipeline-session.js";
import type { PromptPart } from "../../agents/prompt.js";
import { ttftParts } from "../../bench/ttft-setting.js";
import { cpuBackend } from "../../kernels/cpu-backend.js";
import { ensureSynthModel } from "../../models/synth-cache.js";
import type { KvSegment } from "../../segments/kv-segment.js";
import { halves } from "../../segments/kv-tensor-convert.js";
import { repositionSegment } from "../../segments/reposition.js";
import { chainTexts } from "../kit/chain-texts.js";

/** Largest absolute difference between two f16 segments of one shape, over layers 1.. (layer 0 is never corrected). */
function maxDiff(a: KvSegment, b: KvSegment): number {
  let d = 0;
  for (let l = 1; l < a.nLayer; l++) {
    for (const [x, y] of [[a.k[l], b.k[l]], [a.v[l], b.v[l]]]) {
      const fx = cpuBackend.f16ToF32(halves(x));
      const fy = cpuBackend.f16ToF32(halves(y));
      for (let i = 0; i < fx.length; i++) d = Math.max(d, Math.abs(fx[i] - fy[i]));
    }
  }
  return d;
}

/**
 * Corrections computed ahead (in idle time, for consumers the anchors know)
 * are used by those consumers' calls, and what they inject is what a
 * correction on the call's path would have injected: the KV of every shared
 * part of agent 3's call, cut from its sequence after the call, equals in a
 * session that corrects ahead and one that corrects on the path (both saw
 * the same calls, so their anchor pools are the same) up to f16 rounding
 * (ahead, the corrected span is kept in f16 at position 0 and moved at
 * injection; on the path it is rotated in f32 first), while the correction
 * itself moves it far more than that from the producer's KV. Three agents,
 * small lengths, the tiny synthetic shape.
 */
test("precorrected parts are taken by their consumers' calls and inject what an inline correction would", { timeout: 120_000 }, async () => {
  const modelPath = await ensureSynthModel("tiny");
  const agents = 3;
  const mk = (precorrect: boolean) => PipelineSession.create({ modelPath, mode: "anchors", threads: 1, contextSize: 1024, anchors: { gamma: 1 }, costModel: false, precorrect, correctionThreads: 1 });
  const ahead = await mk(true);
  const inline = await mk(false);
  try {
    const fit = await ahead.agent("agent1");
    const rounds = 5;
    const texts = chainTexts(fit, agents, rounds);
    const last: Record<string, SessionCallResult[]> = { ahead: [], inline: [] };
    let lastParts: PromptPart[] = [];
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < agents; i++) {
        const parts = ttftParts(texts, r, i);
        for (const [name, s] of [["ahead", ahead], ["inline", inline]] as const) {
          await s.precorrectionSettled(); // as if the agents before had decoded long enough
          const c = await s.generate(`agent${i + 1}`, parts, { maxTokens: 64, forceOutput: texts.replies[r][i] });
          if (r === rounds - 1) last[name].push(c);
        }
        if (r === rounds - 1) lastParts = parts;
      }
    }
    // Agent 3 sees the input and replies 1-2; the input and reply 1 were published before agent 2's call.
    const a3 = last.ahead[2];
    assert.ok(a3.servedByReuse, a3.decision);
    assert.ok(a3.precorrectedParts >= 2, `${a3.precorrectedParts} parts precorrected: ${a3.decision}`);
    assert.ok(a3.precorrectionMs > 0);
    assert.equal(last.inline[2].precorrectedParts, 0);
    assert.ok(last.inline[2].servedByReuse, last.inline[2].decision);
    assert.deepEqual(a3.parts.map((p) => p.how), ["corrected", "corrected", "corrected"]);
    // What went into llama.cpp: the same values either way, up to f16 rounding.
    const x = await ahead.agent("agent3");
    const y = await inline.agent("agent3");
    const producer = await ahead.agent("agent1");
    const { spans } = x.tokenize(lastParts);
    const inputAt = producer.tokenize(ttftParts(texts, rounds - 1, 0)).spans[1];
    let compared = 0;
    for (const s of spans.filter((s) => s.part.kind === "shared")) {
      const use = a3.parts.find((p) => p.id === (s.part as { id: string }).id)!;
      const end = s.start + use.reused; // the corrected (covered) tokens
      const kx = (await x.cut(s.start, end)).segment;
      const ky = (await y.cut(s.start, end)).segment;
      const d = maxDiff(kx, ky);
      assert.ok(d < 0.02, `${use.id}: ahead and inline differ by ${d}`);
      if (use.id.endsWith("input")) {
        // The control: the producer's KV of the input (agent 1 read it first), moved to agent 3's place.
        const raw = repositionSegment((await producer.cut(inputAt.start, inputAt.start + use.reused)).segment, s.start, cpuBackend, x.info.rope);
        const moved = maxDiff(kx, raw);
        assert.ok(moved > 10 * d, `the correction moved the input by ${moved}, the two paths differ by ${d}`);
      }
      compared += end - s.start;
    }
    assert.ok(compared >= 48 + 96, `${compared} corrected tokens compared`);
    assert.ok(ahead.precorrectionStats().idleMs > 0);
    assert.equal(inline.precorrectionStats().idleMs, 0);
  } finally {
    await ahead.dispose();
    await inline.dispose();
  }
});
