/**
 * Model tier: the foundation's promises on a real llama.cpp context running
 * the synthetic `tiny` model (written on first use, deterministic).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Token } from "node-llama-cpp";
import { Agent } from "../../agents/agent.js";
import { own, shared, type PromptPart } from "../../agents/prompt.js";
import { SegmentCache } from "../../agents/cache/segment-cache.js";
import { argmax, klDivergence } from "../../bench/fidelity.js";
import { shiftWithoutRotation } from "../../bench/reuse-bench.js";
import { cpuBackend } from "../../kernels/cpu-backend.js";
import { StateFormatError, SegmentContentError, SegmentMismatchError } from "../../segments/errors.js";
import { ensureSynthModel } from "../../models/synth-cache.js";
import { repositionSegment } from "../../segments/reposition.js";
import { parseState, serializeState } from "../../segments/state-codec.js";

const DOC = "Record 4: the blue kettle belongs to Mara Voss, who lives in Tallinn and keeps seven cats.";
const parts: PromptPart[] = [own("You are the reader."), shared("doc", DOC), own(" Question: who owns the blue kettle? Answer:")];

describe("agent on the tiny synthetic model", () => {
  let agent: Agent;
  let other: Agent;
  before(async () => {
    agent = await Agent.create({ modelPath: await ensureSynthModel("tiny"), threads: 2, contextSize: 512 });
    other = await Agent.create({ modelPath: await ensureSynthModel("tiny", { seed: 77 }), threads: 2, contextSize: 512 });
  });
  after(async () => {
    await agent?.dispose();
    await other?.dispose();
  });

  it("save -> parse -> serialize -> load gives bit-identical next-token probabilities", async () => {
    const { tokens } = agent.tokenize(parts);
    const last = tokens[tokens.length - 1];
    // Reference: prefill all but the last token, save, then evaluate the last token.
    await agent.clear();
    await agent.sequence.evaluateWithoutGeneratingNewTokens(Array.from(tokens.subarray(0, tokens.length - 1)) as Token[]);
    const saved = serializeState(await agent.saveState());
    const reference = await agent.probabilitiesAfter([last]);
    // The same state through kvmesh's codec: identical bytes, identical probabilities.
    const rebuilt = serializeState(parseState(saved));
    assert.deepEqual(rebuilt, saved);
    await agent.loadStateBytes(rebuilt);
    const again = await agent.probabilitiesAfter([last]);
    assert.equal(again.size, reference.size);
    for (const [t, p] of reference) assert.equal(again.get(t), p, `token ${t}`);
  });

  it("exact reuse of a shared part gives the dense output, token for token", async () => {
    const dense = await agent.generate(parts, { maxTokens: 12 });
    const seg = (await agent.cut(dense.spans[1].start, dense.spans[1].end)).segment;
    const cache = new SegmentCache();
    await cache.publish("doc", seg);
    const reused = await agent.generate(parts, { maxTokens: 12, reuse: { source: cache, prefix: false } });
    assert.equal(reused.fallback, undefined);
    assert.equal(reused.reusedTokens, seg.tokens.length);
    assert.deepEqual(reused.outputTokenIds, dense.outputTokenIds);
  });

  it("a segment moved to other positions matches direct evaluation (KL <= 1e-4); without rotation it does not", async () => {
    const docOnly: PromptPart[] = [shared("doc", DOC), own(" Question: who owns the blue kettle? Answer:")];
    const ref = await agent.nextTokenProbabilities(docOnly);
    const { tokens, spans } = agent.tokenize(docOnly);
    const seg = (await agent.cut(0, spans[0].end)).segment;
    const q = Array.from(tokens.subarray(spans[0].end));
    let worstKl = 0;
    let worstNoRot = Infinity;
    for (const b of [7, 61, 200, 390]) {
      await agent.loadSegments([repositionSegment(seg, b, cpuBackend, agent.info.rope)]);
      const moved = await agent.probabilitiesAfter(q);
      worstKl = Math.max(worstKl, klDivergence(ref.probs, moved));
      assert.equal(argmax(moved), argmax(ref.probs));
      await agent.loadSegments([shiftWithoutRotation(seg, b)]);
      worstNoRot = Math.min(worstNoRot, klDivergence(ref.probs, await agent.probabilitiesAfter(q)));
    }
    assert.ok(worstKl <= 1e-4, `re-positioned KL ${worstKl}`);
    assert.ok(worstNoRot > 100 * Math.max(worstKl, 1e-6) && worstNoRot > 1e-3, `skipping the rotation should fail: KL ${worstNoRot}`);
  });

  describe("garbage never reaches llama.cpp and the process stays alive", () => {
    let good: Uint8Array;
    let reference: readonly number[];
    before(async () => {
      await agent.generate(parts, { maxTokens: 2 });
      good = serializeState(await agent.saveState());
      reference = (await agent.generate(parts, { maxTokens: 4 })).outputTokenIds;
    });
    const cases: [string, (g: Uint8Array) => Uint8Array, new (...a: never[]) => Error][] = [
      ["truncated file", (g) => g.subarray(0, g.length >> 1), StateFormatError],
      ["wrong magic", (g) => { const b = g.slice(); b[0] = 0; return b; }, StateFormatError],
      ["wrong version", (g) => { const b = g.slice(); b[4] = 9; return b; }, StateFormatError],
      ["absurd sizes", (g) => { const b = g.slice(); new DataView(b.buffer).setUint32(8, 0x40000000, true); return b; }, StateFormatError],
      ["flipped layer count", (g) => flipField(g, "n_layer"), StateFormatError],
      ["NaN in the KV", (g) => { const b = g.slice(); b[b.length - 3] = 0xff; b[b.length - 4] = 0xff; return b; }, SegmentContentError],
    ];
    for (const [name, make, cls] of cases) {
      it(name, async () => {
        await assert.rejects(agent.loadStateBytes(make(good)), cls);
        // Still usable afterwards, and nothing of the garbage reached llama.cpp: the same output as before it.
        const after = await agent.generate(parts, { maxTokens: 4 });
        assert.equal(after.fallback, undefined);
        assert.deepEqual(after.outputTokenIds, reference);
      });
    }
    it("a state of another model shape", async () => {
      const big = await Agent.create({ modelPath: await ensureSynthModel("tiny", { seed: 77 }), threads: 2, contextSize: 256 });
      try {
        await big.generate(parts, { maxTokens: 1 });
        const foreign = serializeState(await big.saveState());
        // Same shape but a context of another size is fine; a segment of another model is not.
        const seg = (await big.cut(0, 4)).segment;
        await assert.rejects(agent.loadSegments([seg]), SegmentMismatchError);
        await assert.rejects(agent.loadStateBytes(foreign.subarray(0, foreign.length - 1)), StateFormatError);
      } finally {
        await big.dispose();
      }
    });
    it("a segment from another model through the reuse path is a counted fallback, not a failure", async () => {
      const dense = await other.generate(parts, { maxTokens: 4 });
      const foreign = (await other.cut(dense.spans[1].start, dense.spans[1].end)).segment;
      const cache = new SegmentCache();
      await cache.publish("doc", { ...foreign, modelFingerprint: agent.info.fingerprint === foreign.modelFingerprint ? "x" : foreign.modelFingerprint });
      const before = agent.stats.fallbacks;
      const r = await agent.generate(parts, { maxTokens: 4, reuse: { source: cache, prefix: false, ownCache: false } });
      assert.equal(r.reusedTokens, 0);
      assert.ok(r.outputTokens > 0);
      // A fingerprint mismatch is filtered as a miss by the cache; a corrupted one is caught by validation.
      const corrupt = new SegmentCache();
      const v = foreign.v.map((x) => x.slice());
      v[0][1] = 0x7c;
      v[0][0] = 0;
      await corrupt.publish("doc", { ...foreign, modelFingerprint: agent.info.fingerprint, v });
      const r2 = await agent.generate(parts, { maxTokens: 4, reuse: { source: corrupt, prefix: false, ownCache: false } });
      assert.equal(r2.reusedTokens, 0);
      assert.match(r2.fallback ?? "", /SegmentContentError|SegmentMismatchError/);
      assert.equal(agent.stats.fallbacks, before + 1);
    });
  });
});

/** The agent's current state with only positions [0, n) kept, as bytes. */
export async function agentStateWithout(agent: Agent, n: number): Promise<Uint8Array> {
  const { cutSegment } = await import("../../segments/cut-segment.js");
  const { assembleState } = await import("../../segments/assemble-state.js");
  const state = await agent.saveState();
  const seg = cutSegment(state, { start: 0, end: n, modelFingerprint: agent.info.fingerprint, context: "" });
  return serializeState(assembleState([seg], agent.profile, 0));
}

/** Overwrites the n_layer field of the first stream with an absurd value. */
function flipField(g: Uint8Array, field: "n_layer"): Uint8Array {
  const s = parseState(g);
  const b = g.slice();
  const dv = new DataView(b.buffer);
  const cells = s.streams[0].positions.length;
  const at = 12 + 4 * s.tokens.length + 4 + 4 + cells * 12 + 4;
  assert.equal(field, "n_layer");
  dv.setUint32(at, 5000, true);
  return b;
}

describe("generation control", () => {
  it("onText says the reply as it grows, an abort stops it, onPrepared comes once before the first token", async () => {
    const agent = await Agent.create({ modelPath: await ensureSynthModel("tiny"), threads: 2, contextSize: 256 });
    try {
      const full = await agent.generate(parts, { maxTokens: 12 });
      assert.ok(full.outputTokens >= 3, `the reference reply is too short (${full.outputTokens} tokens)`);
      let said = "";
      const streamed = await agent.generate(parts, { maxTokens: 12, onText: (d) => (said += d) });
      assert.equal(said, streamed.text);
      assert.equal(streamed.text, full.text);
      const ac = new AbortController();
      let pieces = 0;
      const aborted = await agent.generate(parts, { maxTokens: 12, signal: ac.signal, onText: () => { if (++pieces === 1) ac.abort(); } });
      assert.ok(aborted.outputTokens < full.outputTokens, `aborted after ${aborted.outputTokens} of ${full.outputTokens} tokens`);
      const prepared: number[] = [];
      await agent.generate(parts, { maxTokens: 2, onPrepared: (i) => prepared.push(i.promptTokens) });
      assert.deepEqual(prepared, [full.promptTokens]);
    } finally {
      await agent.dispose();
    }
  });
});
