/**
 * The main job on the embedded model: a retrieval-augmented QA exchange
 * between agents (retriever -> reader -> final), run twice on the same
 * instances: once with a full prefill for every agent (the reference), once
 * with each agent reusing the KV that earlier agents published.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Agent } from "../agents/agent.js";
import { SegmentCache } from "../agents/segment-cache.js";
import { cleanReply, replyId, STOP } from "../bench/suite/format.js";
import { agentParts, getSuite, scoreAnswer } from "../bench/suite/suites.js";
import { HELDOUT_SEED, type PipelineSize } from "../bench/suite/types.js";

export const EMBEDDED_MODEL = fileURLToPath(new URL("../models/kvmesh-tiny.gguf", import.meta.url));

export interface ExchangeRow {
  instance: string;
  role: string;
  promptTokens: number;
  reusedTokens: number;
  denseTtftMs: number;
  reuseTtftMs: number;
  denseReply: string;
  reuseReply: string;
}

export interface ExchangeResult {
  model: string;
  rows: ExchangeRow[];
  answers: { instance: string; gold: string; dense: string; reuse: string; denseRight: boolean; reuseRight: boolean }[];
  fallbacks: number;
}

export async function ragExchange(o: { modelPath: string; instances: number; size: PipelineSize; threads: number; log?: (l: string) => void }): Promise<ExchangeResult> {
  const suite = getSuite("rag");
  const roles = suite.pipelines[o.size];
  // One agent per role, all on one loaded model; each has its own context.
  const first = await Agent.create({ modelPath: o.modelPath, threads: o.threads, contextSize: 1024, name: roles[0] });
  const agents = [first];
  for (const role of roles.slice(1)) agents.push(await Agent.create({ modelPath: o.modelPath, model: first.model, threads: o.threads, contextSize: 1024, name: role }));
  const rows: ExchangeRow[] = [];
  const answers: ExchangeResult["answers"] = [];
  try {
    // Warm-up so that no timed call pays for llama.cpp's first-use allocations.
    const warm = agentParts(suite, suite.generate(HELDOUT_SEED + 1, 0), o.size, roles.length - 1, roles.map(() => "warm up"));
    for (const a of agents) {
      await a.generate(warm, { maxTokens: 2 });
      await a.generate(warm, { maxTokens: 2, reuse: { source: new SegmentCache(), prefix: false } });
    }
    for (let i = 0; i < o.instances; i++) {
      const inst = suite.generate(HELDOUT_SEED, i);
      const denseReplies: string[] = [];
      const reuseReplies: string[] = [];
      const cache = new SegmentCache();
      const published = new Set<string>();
      for (let step = 0; step < roles.length; step++) {
        const agent = agents[step];
        const maxTokens = suite.roles[roles[step]].maxTokens;
        const dParts = agentParts(suite, inst, o.size, step, denseReplies);
        const d = await agent.generate(dParts, { maxTokens, stop: [STOP] });
        denseReplies.push(cleanReply(d.text));
        const rParts = agentParts(suite, inst, o.size, step, reuseReplies);
        const r = await agent.generate(rParts, { maxTokens, stop: [STOP], reuse: { source: cache, prefix: false } });
        reuseReplies.push(cleanReply(r.text));
        await agent.publish(r, cache, { replyId: replyId(roles[step]), skip: (id) => published.has(id) });
        for (const s of r.spans) if (s.part.kind === "shared") published.add(s.part.id);
        rows.push({ instance: inst.id, role: roles[step], promptTokens: r.promptTokens, reusedTokens: r.reusedTokens, denseTtftMs: d.ttftMs, reuseTtftMs: r.ttftMs, denseReply: denseReplies[step], reuseReply: reuseReplies[step] });
        o.log?.(`${inst.id} ${roles[step]}: dense ${d.ttftMs.toFixed(1)} ms, reuse ${r.ttftMs.toFixed(1)} ms, reused ${r.reusedTokens}/${r.promptTokens} tokens`);
      }
      const dense = denseReplies[denseReplies.length - 1];
      const reuse = reuseReplies[reuseReplies.length - 1];
      answers.push({ instance: inst.id, gold: inst.answer, dense, reuse, denseRight: scoreAnswer(suite, inst, dense), reuseRight: scoreAnswer(suite, inst, reuse) });
    }
    return { model: o.modelPath, rows, answers, fallbacks: agents.reduce((a, g) => a + g.stats.fallbacks, 0) };
  } finally {
    for (const a of agents.reverse()) await a.dispose();
  }
}

export function embeddedModelAvailable(): boolean {
  return existsSync(EMBEDDED_MODEL);
}
