/**
 * Corrections made ahead on the GPU path (the device corrector, here on the
 * host stand-in of its kernels, so CI runs it without a GPU): a published
 * part is corrected for the consumers its pool knows, placed where their last
 * call put it, with their own text after it, and their next calls take it
 * instead of correcting on their path. What they inject is byte for byte what
 * a session correcting on the path injects (both sessions saw the same calls,
 * so their pools are the same); the on-path correction of those parts then
 * costs only the take. Three agents, small lengths, the tiny synthetic shape;
 * contents of the first rounds are longer, so the layouts shift between rounds.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { DeviceCorrector } from "../../agents/correct/device-correction.js";
import type { PromptPart } from "../../agents/prompt.js";
import { ttftParts } from "../../bench/ttft-setting.js";
import { ensureSynthModel } from "../../models/synth-cache.js";
import { followingOf, PipelineSession, type SessionCallResult } from "../../pipelines/pipeline-session.js";
import { hostDeviceKernels } from "../kit/host-device-kernels.js";
import { chainTexts } from "../kit/chain-texts.js";

test("corrections made ahead on the device are taken by their consumers' calls and inject what the on-path device correction would", { timeout: 180_000 }, async () => {
  const modelPath = await ensureSynthModel("tiny");
  const agents = 3;
  using aheadDevice = new DeviceCorrector(hostDeviceKernels());
  using inlineDevice = new DeviceCorrector(hostDeviceKernels());
  const mk = (precorrect: boolean, deviceCorrector: DeviceCorrector) =>
    PipelineSession.create({ modelPath, mode: "anchors", threads: 1, contextSize: 1024, anchors: { gamma: 1, shrink: "off" }, costModel: false, precorrect, correctionThreads: 1, deviceCorrector });
  const ahead = await mk(true, aheadDevice);
  const inline = await mk(false, inlineDevice);
  try {
    const fit = await ahead.agent("agent1");
    const rounds = 5;
    const texts = chainTexts(fit, agents, rounds);
    const calls: Record<string, SessionCallResult[][]> = { ahead: [], inline: [] };
    let lastParts: PromptPart[] = [];
    for (let r = 0; r < rounds; r++) {
      calls.ahead.push([]);
      calls.inline.push([]);
      for (let i = 0; i < agents; i++) {
        const parts = ttftParts(texts, r, i);
        for (const [name, s] of [["ahead", ahead], ["inline", inline]] as const) {
          await s.precorrectionSettled(); // as if the agents before had decoded long enough
          calls[name][r].push(await s.generate(`agent${i + 1}`, parts, { maxTokens: 64, forceOutput: texts.replies[r][i] }));
        }
        if (r === rounds - 1) lastParts = parts;
      }
    }
    const a3 = calls.ahead[rounds - 1][2];
    const b3 = calls.inline[rounds - 1][2];
    assert.ok(a3.servedByReuse && b3.servedByReuse, `${a3.decision} / ${b3.decision}`);
    assert.deepEqual(a3.parts.map((p) => p.how), ["corrected", "corrected", "corrected"]);
    // Input, reply 1 and reply 2 were all corrected ahead (reply 2 while the test waited before the call).
    assert.equal(a3.precorrectedParts, 3, a3.decision);
    assert.ok(a3.precorrectionMs > 0);
    assert.equal(a3.profile["correct.device.estimateMs"], undefined, "nothing corrected on the call's path");
    assert.ok((a3.profile["correct.ahead.estimateMs"] ?? 0) > 0, JSON.stringify(a3.profile));
    assert.equal(a3.profile["correct.ahead.missed"], undefined);
    assert.equal(b3.precorrectedParts, 0);
    assert.ok((b3.profile["correct.device.estimateMs"] ?? 0) > 0, "the other session corrects on the device, on the path");
    // The layouts moved between rounds (longer contents first): round 2's guesses (from round 1) missed and were corrected on the path.
    const missed = calls.ahead.flat().reduce((a, c) => a + (c.profile["correct.ahead.missed"] ?? 0), 0);
    assert.ok(calls.ahead[rounds - 1].every((c) => c.profile["correct.ahead.missed"] === undefined), `misses in the last round (${missed} in all)`);
    assert.equal(a3.ownCorrectedTokens, b3.ownCorrectedTokens);
    assert.ok(a3.ownCorrectedTokens > 0, "own text after the parts was corrected too");
    // What went into llama.cpp: the same bytes either way, the parts and the own text after each.
    const x = await ahead.agent("agent3");
    const y = await inline.agent("agent3");
    const { tokens, spans } = x.tokenize(lastParts);
    let compared = 0;
    for (const s of spans.filter((s) => s.part.kind === "shared")) {
      const use = a3.parts.find((p) => p.id === (s.part as { id: string }).id)!;
      const f = followingOf(spans, s, tokens.length);
      for (const [from, to] of [[s.start, s.start + use.reused], ...(f ? [[f.start, f.end]] : [])]) {
        const kx = (await x.cut(from, to)).segment;
        const ky = (await y.cut(from, to)).segment;
        for (let l = 0; l < kx.nLayer; l++) {
          assert.deepEqual(kx.k[l], ky.k[l], `K of layer ${l}, tokens ${from}-${to}`);
          assert.deepEqual(kx.v[l], ky.v[l], `V of layer ${l}, tokens ${from}-${to}`);
        }
        compared += to - from;
      }
    }
    assert.ok(compared >= 48 * 2 + 96, `${compared} tokens compared`);
    // Pinned memory: what the queue still holds (results for calls that did not come), none of the calls' any more; all back once disposed.
    const held = aheadDevice.bytes.aheadHost;
    assert.ok(held.free > 0, "taken results' memory was given back for reuse");
    assert.equal(inlineDevice.bytes.aheadHost.out + inlineDevice.bytes.aheadHost.free, 0);
    await ahead.dispose();
    assert.equal(aheadDevice.bytes.aheadHost.out, 0, "dropped results give their memory back");
  } finally {
    await ahead.dispose();
    await inline.dispose();
  }
});
