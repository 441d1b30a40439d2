/**
 * `kvmesh bench reuse`: dense prefill TTFT against reuse TTFT (state assembly
 * + load + evaluating the rest) for one prompt of N tokens, measured side by
 * side in one process, plus the fidelity of re-positioned reuse.
 */
import { writeJsonReport } from "./report-files.js";
import { Agent } from "../agents/agent.js";
import { own, shared, type PromptPart } from "../agents/prompt.js";
import { SegmentCache } from "../agents/segment-cache.js";
import { cpuBackend } from "../kernels/cpu-backend.js";
import { ensureSynthModel } from "../models/synth-cache.js";
import type { KvSegment } from "../segments/kv-segment.js";
import { repositionSegment } from "../segments/reposition.js";
import { argmax, klDivergence, mean, median } from "./fidelity.js";
import { fillerText } from "./filler-text.js";

export interface ReuseBenchResult {
  model: string;
  tokens: number;
  threads: number;
  runs: number;
  denseTtftMs: number;
  reuseTtftMs: number;
  speedup: number;
  loadMs: number;
  reusedTokens: number;
  repositionKlMean: number;
  repositionKlMax: number;
  repositionTop1Agreement: number;
  /** The control: same move without rotating K (must be clearly worse, or the check proves nothing). */
  noRotationKlMean: number;
  noRotationTop1Agreement: number;
  repositionTrials: number;
  denseTtftMsRuns: number[];
  reuseTtftMsRuns: number[];
}

export interface ReuseBenchOptions {
  modelPath: string;
  tokens: number;
  runs: number;
  threads: number;
  trials: number;
  log?: (line: string) => void;
}

export async function reuseBench(o: ReuseBenchOptions): Promise<ReuseBenchResult> {
  const log = o.log ?? (() => {});
  const question = " Question: what does the record above say about the answer value?";
  await using agent = await Agent.create({ modelPath: o.modelPath, threads: o.threads, contextSize: o.tokens + 640, name: "bench" });
  const docText = fitText(agent, o.tokens - agent.tokenize([own(question)]).tokens.length + 1);
  const prompt: PromptPart[] = [shared("doc", docText), own(question)];
  const { tokens, spans } = agent.tokenize(prompt);
  const docEnd = spans[0].end;
  log(`prompt: ${tokens.length} tokens (document ${docEnd}, question ${tokens.length - docEnd})`);

  // Warm up, then keep the document's KV as a segment, as a producer agent would publish it.
  await agent.generate(prompt, { maxTokens: 1 });
  const docSegment = (await agent.cut(0, docEnd)).segment;
  const cache = new SegmentCache();
  await cache.publish("doc", docSegment);
  await agent.generate(prompt, { maxTokens: 1, reuse: { source: cache, prefix: false, ownCache: false } });

  const dense: number[] = [];
  const reuse: number[] = [];
  let reusedTokens = 0;
  for (let r = 0; r < o.runs; r++) {
    // Alternate so that drift on a noisy machine hits both sides alike.
    const d = await agent.generate(prompt, { maxTokens: 1 });
    const u = await agent.generate(prompt, { maxTokens: 1, reuse: { source: cache, prefix: false, ownCache: false } });
    if (u.fallback) throw new Error(`reuse fell back to a prefill: ${u.fallback}`);
    dense.push(d.ttftMs);
    reuse.push(u.ttftMs);
    reusedTokens = u.reusedTokens;
    log(`run ${r + 1}/${o.runs}: dense ${d.ttftMs.toFixed(1)} ms, reuse ${u.ttftMs.toFixed(1)} ms (${u.reusedTokens} tokens reused)`);
  }
  const loads: number[] = [];
  for (let r = 0; r < Math.min(3, o.runs); r++) {
    const t = performance.now();
    await agent.loadSegments([docSegment], true);
    loads.push(performance.now() - t);
  }

  // Fidelity: the document evaluated at 0.. and moved to b.. (rotating K) against the dense reference.
  const qTokens = Array.from(tokens.subarray(docEnd));
  const ref = (await agent.nextTokenProbabilities(prompt)).probs;
  const kls: number[] = [];
  const agree: number[] = [];
  const klsNoRot: number[] = [];
  const agreeNoRot: number[] = [];
  const maxShift = agent.profile.contextSize - tokens.length - 1;
  for (let i = 0; i < o.trials; i++) {
    const b = 1 + Math.floor(((i + 1) * maxShift) / (o.trials + 1));
    const moved = repositionSegment(docSegment, b, cpuBackend, agent.info.rope);
    await agent.loadSegments([moved]);
    const p = await agent.probabilitiesAfter(qTokens);
    kls.push(klDivergence(ref, p));
    agree.push(argmax(ref) === argmax(p) ? 1 : 0);
    await agent.loadSegments([shiftWithoutRotation(docSegment, b)]);
    const pn = await agent.probabilitiesAfter(qTokens);
    klsNoRot.push(klDivergence(ref, pn));
    agreeNoRot.push(argmax(ref) === argmax(pn) ? 1 : 0);
    log(`move to ${b}: KL ${kls[i].toExponential(2)} (without rotation ${klsNoRot[i].toExponential(2)})`);
  }
  const denseMs = median(dense);
  const reuseMs = median(reuse);
  return {
    model: o.modelPath, tokens: tokens.length, threads: o.threads, runs: o.runs,
    denseTtftMs: round(denseMs), reuseTtftMs: round(reuseMs), speedup: round(denseMs / reuseMs), loadMs: round(median(loads)),
    reusedTokens,
    repositionKlMean: mean(kls), repositionKlMax: Math.max(...kls), repositionTop1Agreement: mean(agree),
    noRotationKlMean: mean(klsNoRot), noRotationTop1Agreement: mean(agreeNoRot), repositionTrials: o.trials,
    denseTtftMsRuns: dense.map(round), reuseTtftMsRuns: reuse.map(round),
  };
}

/** Positions moved but K left as it was: what skipping the rotation would do. */
export function shiftWithoutRotation(seg: KvSegment, newStart: number): KvSegment {
  const delta = newStart - seg.positions[0];
  return { ...seg, positions: seg.positions.map((p) => p + delta) };
}

/** Filler text of about `n` tokens for this agent's tokenizer. */
function fitText(agent: Agent, n: number): string {
  let words = Math.max(8, Math.round(n * 0.8));
  for (let i = 0; i < 20; i++) {
    const got = agent.tokenize([own(fillerText(words))]).tokens.length;
    if (got === n) break;
    words = Math.max(1, words + Math.round((n - got) * (got > n ? 0.9 : 0.7)) || (got > n ? -1 : 1));
  }
  return fillerText(words);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** What `kvmesh bench reuse` passes (cli/commands.ts declares and checks the flags). */
export interface ReuseBenchArgs {
  readonly model?: string;
  readonly shape?: string;
  readonly tokens: number;
  readonly runs: number;
  readonly threads: number;
  readonly trials: number;
  readonly json?: string;
  readonly log?: (line: string) => void;
  /** While a synthetic model is written (once per shape): bytes written and the file's size. */
  readonly synthProgress?: (written: number, total: number) => void;
}

export async function runReuseBench(a: ReuseBenchArgs): Promise<void> {
  const modelPath = a.model ?? (await ensureSynthModel(a.shape!, { onProgress: a.synthProgress }));
  const res = await reuseBench({
    modelPath,
    tokens: a.tokens,
    runs: a.runs,
    threads: a.threads,
    trials: a.trials,
    log: a.log ?? ((l) => process.stderr.write(`${l}\n`)),
  });
  const rows: [string, string][] = [
    ["model", res.model], ["prompt tokens", String(res.tokens)], ["threads", String(res.threads)],
    ["dense TTFT (median ms)", res.denseTtftMs.toFixed(1)], ["reuse TTFT (median ms)", res.reuseTtftMs.toFixed(1)],
    ["speedup", `${res.speedup.toFixed(1)}x`], ["state load (ms)", res.loadMs.toFixed(1)],
    ["re-positioned KL mean / max", `${res.repositionKlMean.toExponential(2)} / ${res.repositionKlMax.toExponential(2)}`],
    ["re-positioned top-1 agreement", res.repositionTop1Agreement.toFixed(3)],
    ["without rotation KL mean (control)", res.noRotationKlMean.toExponential(2)],
    ["without rotation top-1 agreement", res.noRotationTop1Agreement.toFixed(3)],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join("\n")}\n`);
  if (a.json) writeJsonReport(a.json, { ...res, date: new Date().toISOString() });
}
