/**
 * Every sequence-state variant node-llama-cpp 3.21.1 writes for a llama
 * model goes through the codec byte-identically, and cutting all cells out
 * and assembling them again loads back to identical next-token probabilities.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Token } from "node-llama-cpp";
import { Agent, type AgentOptions } from "../../agents/agent.js";
import { own } from "../../agents/prompt.js";
import { ensureSynthModel } from "../../models/synth-cache.js";
import { assembleState } from "../../segments/assemble-state.js";
import { cutSegment } from "../../segments/cut-segment.js";
import { parseState, serializeState } from "../../segments/state-codec.js";

const variants: { name: string; o: Partial<AgentOptions>; expect: { kType: string; vType: string; vTrans: boolean; nStream?: number } }[] = [
  { name: "f16, flash attention (V plain)", o: { flashAttention: true }, expect: { kType: "f16", vType: "f16", vTrans: false } },
  { name: "f16, no flash attention (V transposed)", o: { flashAttention: false }, expect: { kType: "f16", vType: "f16", vTrans: true } },
  { name: "f32 K and V", o: { flashAttention: true, kvTypes: { k: "f32", v: "f32" } }, expect: { kType: "f32", vType: "f32", vTrans: false } },
  { name: "q8_0 K and V", o: { flashAttention: true, kvTypes: { k: "q8_0", v: "q8_0" } }, expect: { kType: "q8_0", vType: "q8_0", vTrans: false } },
  { name: "q8_0 K, f16 V, no flash attention", o: { flashAttention: false, kvTypes: { k: "q8_0", v: "f16" } }, expect: { kType: "q8_0", vType: "f16", vTrans: true } },
  { name: "two sequences", o: { flashAttention: true, sequences: 2 }, expect: { kType: "f16", vType: "f16", vTrans: false } },
];

describe("state variants written by node-llama-cpp", () => {
  for (const v of variants) {
    it(v.name, async () => {
      const agent = await Agent.create({ modelPath: await ensureSynthModel("tiny"), threads: 2, contextSize: 256, ...v.o });
      try {
        assert.equal(agent.profile.kType, v.expect.kType);
        assert.equal(agent.profile.vType, v.expect.vType);
        assert.equal(agent.profile.vTrans, v.expect.vTrans);
        const { tokens } = agent.tokenize([own("The blue kettle belongs to Mara Voss, who lives in Tallinn.")]);
        const last = tokens[tokens.length - 1];
        await agent.sequence.evaluateWithoutGeneratingNewTokens(Array.from(tokens.subarray(0, tokens.length - 1)) as Token[]);
        const state = await agent.saveState();
        const bytes = serializeState(state);
        assert.deepEqual(serializeState(parseState(bytes)), bytes, "parse -> serialize is byte-identical");
        const reference = await agent.probabilitiesAfter([last]);
        // Cut every cell out as a segment, assemble a new state from it, load, ask again.
        const seg = cutSegment(state, { start: 0, end: tokens.length - 1, modelFingerprint: agent.info.fingerprint, context: "" });
        const rebuilt = serializeState(assembleState([seg], agent.profile, 0));
        assert.deepEqual(rebuilt, bytes, "cut + assemble reproduces the file");
        await agent.loadStateBytes(rebuilt);
        const again = await agent.probabilitiesAfter([last]);
        for (const [t, p] of reference) assert.equal(again.get(t), p);
        assert.equal(agent.profile.nStream, v.o.sequences ?? 1, "one KV stream per sequence");
      } finally {
        await agent.dispose();
      }
    });
  }
});
