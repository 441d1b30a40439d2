/**
 * The KVCOMM TTFT setting: 5 fully connected agents, a 1024-token user input,
 * a 512-token own prefix per agent, 512-token replies; TTFT of every agent in
 * dense, naive and anchors mode. Speed only (a synthetic model by default, so
 * quality is not measured).
 *
 * Agent i (1-based) sees: its own prefix, the round's input, the replies of
 * agents 1..i-1, a short own suffix. Replies are teacher-forced filler text
 * (opts.forceOutput) of the set length, so nothing is decoded beyond the
 * first token. Anchors run with gamma 1.0 (the gate never refuses, as in
 * KVCOMM's own TTFT benchmark) and without the cost model, so the numbers are
 * the best case of reuse. `warmup` rounds with other inputs come first, then
 * `rounds` measured rounds with new inputs; per-agent TTFT is the median over
 * measured rounds, with the fastest and slowest round as its spread. Three
 * warm-up rounds by default: the gate needs two anchors per placeholder
 * before it lets anything through (rounds 1-2 are dense and teach every
 * consumer its deltas), and every mode's agents hold their own prefix from
 * round 1 on.
 *
 * Fair baselines: every mode gets the same llama.cpp threads, and no mode a
 * core the others do not have (a correction splits over two threads only
 * when `threads` >= 2); dense keeps what each agent's sequence holds of its
 * prompt's prefix (its own 512-token prefix, as llama.cpp's server would),
 * as the reuse modes do. Modes are interleaved within every round, in an
 * order that rotates from round to round. By default the reuse modes share
 * through a broker process (segments fetched over gRPC, the broker's anchor
 * pools correcting them by key), as agents in separate processes would;
 * `broker: false` keeps everything in this process.
 *
 * TTFT counts from the call to the first token, every stage once (the
 * session's stages: fetch, correction, injection, prefill). The user input is
 * produced by the first agent that reads it, on that agent's TTFT.
 */
import type { Agent } from "../agents/agent.js";
import { sharedMachineThreads } from "../agents/llama-runtime.js";
import { BrokerSegmentSource } from "../agents/cache/broker-source.js";
import { PipelineSession, type ReuseMode, type SessionCallResult } from "../pipelines/pipeline-session.js";
import { RemoteCorrector } from "../agents/correct/remote-corrector.js";
import { SegmentCache } from "../agents/cache/segment-cache.js";
import { startLocalBroker } from "../broker/local-process.js";
import { own, shared, type PromptPart } from "../agents/prompt.js";
import { availableParallelism } from "node:os";
import { median } from "./fidelity.js";
import { fillerText } from "./filler-text.js";

export type TtftMode = Exclude<ReuseMode, "anchors+recompute">;
export const TTFT_MODES: readonly TtftMode[] = ["dense", "naive", "anchors"];

export interface TtftSettingOptions {
  readonly modelPath: string;
  readonly threads: number;
  readonly agents?: number;
  readonly inputTokens?: number;
  readonly prefixTokens?: number;
  readonly replyTokens?: number;
  readonly warmup?: number;
  readonly rounds?: number;
  readonly modes?: readonly TtftMode[];
  /**
   * Own header text before each reply ("[agent2]:"), as real templates have (default true).
   * Without headers the shared parts sit back to back and the reuse path loads them in one go.
   */
  readonly headers?: boolean;
  /** Let the cost model veto reuse (default false: best case, as KVCOMM measures). */
  readonly costModel?: boolean;
  /** Share through a broker process (default true) or in this process. */
  readonly broker?: boolean;
  readonly log?: (line: string) => void;
}

/** The small variant: runs in seconds on the tiny synthetic shape. */
export const QUICK_TTFT: Required<Pick<TtftSettingOptions, "inputTokens" | "prefixTokens" | "replyTokens" | "warmup" | "rounds">> = {
  inputTokens: 128, prefixTokens: 64, replyTokens: 64, warmup: 3, rounds: 5,
};
/** The KVCOMM setting. */
export const FULL_TTFT: typeof QUICK_TTFT = { inputTokens: 1024, prefixTokens: 512, replyTokens: 512, warmup: 3, rounds: 5 };

export interface TtftSettingResult {
  model: string;
  threads: number;
  agents: number;
  inputTokens: number;
  prefixTokens: number;
  replyTokens: number;
  warmup: number;
  rounds: number;
  costModel: boolean;
  headers: boolean;
  /** "broker": the reuse modes shared through a broker process; "in-process": in this process. */
  through: "broker" | "in-process";
  modes: TtftMode[];
  /** Median TTFT (ms) of agent i over measured rounds, including the offset correction before the call. */
  ttftMsByAgent: Record<string, number[]>;
  /** Fastest measured round per agent (the least disturbed by other load on a shared machine). */
  bestTtftMsByAgent: Record<string, number[]>;
  /** Slowest measured round per agent (with the fastest: the spread). */
  worstTtftMsByAgent: Record<string, number[]>;
  /** Every measured round's TTFT, [agent][round]. */
  ttftMsRunsByAgent: Record<string, number[][]>;
  /** The same without the correction (fetch, injection and prefill). */
  prefillPathMsByAgent: Record<string, number[]>;
  correctionMsByAgent: Record<string, number[]>;
  /** Correction work for agent i's parts done ahead of its call, in idle time (median ms; not on its path). */
  precorrectionMsByAgent: Record<string, number[]>;
  /** Shared parts of agent i whose correction was done ahead of its call (median). */
  precorrectedPartsByAgent: Record<string, number[]>;
  promptTokensByAgent: number[];
  reusedTokensByAgent: Record<string, number[]>;
  /** Measured calls served by reuse / measured calls, per mode. */
  reuseRate: Record<string, number>;
  /** dense TTFT / anchors TTFT of the last agent. */
  speedupAgent5: number;
  speedupAgent5Naive: number;
  /** dense / anchors of the last agent over the fastest rounds. */
  speedupAgent5Best: number;
  /** Median correction (ms) of the last agent in anchors mode, and its share of that agent's reuse TTFT. */
  correctionMs: number;
  correctionShare: number;
  /** Why the last agent's measured anchors calls reused or prefilled. */
  lastAgentDecisions: string[];
  /** Every measured call that fell back to a prefill or met a failure, with its reason. */
  fallbacks: { mode: string; agent: string; round: number; reason: string }[];
  /** Segments the in-process store dropped to stay under its budget (0 through a broker). */
  evictions: Record<string, number>;
  /** Per mode and agent, the median of each stage of the call's TTFT (fetch, correction, re-position, inject, prefill, other), in ms. */
  stagesMsByAgent: Record<string, Record<StageName, number>[]>;
  /** Per mode and agent, the median of each entry of the calls' profiles (SessionCallResult.profile: where parts of the stages went), in ms. */
  profileMsByAgent: Record<string, Record<string, number>[]>;
  /** Where the anchors' corrections ran: "device" (GPU, anchors mirrored there) or "host". */
  corrections: "device" | "host";
  /** With corrections on the GPU: its name and the work done off the calls' paths (uploads at publish, anchor mirroring). */
  deviceCorrection?: ReturnType<PipelineSession["deviceStats"]>;
}

const STAGES = ["fetchMs", "correctionMs", "repositionMs", "injectMs", "prefillMs", "otherMs"] as const;
type StageName = (typeof STAGES)[number];

/** Filler text of at most `n` tokens (as close as the words allow), tokenized as a later prompt part. */
export function fitTokens(agent: Agent, n: number, seed: number): string {
  const count = (w: number): number => agent.model.tokenize(fillerText(w, seed), true, "trimLeadingSpace").length;
  let lo = 1;
  let hi = Math.max(2, n);
  while (count(hi) <= n) hi *= 2;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (count(mid) <= n) lo = mid;
    else hi = mid;
  }
  return fillerText(lo, seed);
}

interface Texts {
  prefixes: string[];
  /** inputs[round], replies[round][agent] */
  inputs: string[];
  replies: string[][];
}

const SUFFIX = "\nReply:\n";

/** Prompt of agent `i` (0-based) in round `r`. */
export function ttftParts(t: Texts, r: number, i: number, headers = true): PromptPart[] {
  const parts: PromptPart[] = [own(`${t.prefixes[i]}\n[input]:\n`), shared(`r${r}/input`, t.inputs[r])];
  for (let j = 0; j < i; j++) {
    if (headers) parts.push(own(`\n[agent${j + 1}]:\n`));
    parts.push(shared(`r${r}/reply:agent${j + 1}`, t.replies[r][j]));
  }
  parts.push(own(SUFFIX));
  return parts;
}

export async function ttftSetting(o: TtftSettingOptions): Promise<TtftSettingResult> {
  const log = o.log ?? (() => {});
  const agents = o.agents ?? 5;
  const inputTokens = o.inputTokens ?? 1024;
  const prefixTokens = o.prefixTokens ?? 512;
  const replyTokens = o.replyTokens ?? 512;
  const warmup = o.warmup ?? FULL_TTFT.warmup;
  const rounds = o.rounds ?? FULL_TTFT.rounds;
  const modes = [...(o.modes ?? TTFT_MODES)];
  const costModel = o.costModel ?? false;
  const headers = o.headers ?? true;
  const viaBroker = o.broker ?? true;
  if (!modes.includes("dense") || !modes.includes("anchors")) throw new RangeError("the TTFT setting needs the dense and anchors modes");
  // Room for the longest prompt and its reply in the teaching rounds too (their contents are longer, see `slack`):
  // a sequence that overflows is shifted by node-llama-cpp and loses the agent's own prefix.
  const longer = (n: number) => n + Math.max(4, n >> 4);
  const contextSize = 128 * Math.ceil((prefixTokens + longer(inputTokens) + agents * longer(replyTokens) + 16 * agents + 64) / 128);

  const result: TtftSettingResult = {
    model: o.modelPath, threads: o.threads, agents, inputTokens, prefixTokens, replyTokens, warmup, rounds, costModel, headers, through: viaBroker ? "broker" : "in-process", modes,
    ttftMsByAgent: {}, bestTtftMsByAgent: {}, worstTtftMsByAgent: {}, ttftMsRunsByAgent: {}, prefillPathMsByAgent: {}, correctionMsByAgent: {}, precorrectionMsByAgent: {}, precorrectedPartsByAgent: {}, promptTokensByAgent: [], reusedTokensByAgent: {}, reuseRate: {},
    speedupAgent5: 0, speedupAgent5Naive: 0, speedupAgent5Best: 0, correctionMs: 0, correctionShare: 0, lastAgentDecisions: [], fallbacks: [], evictions: {}, stagesMsByAgent: {}, profileMsByAgent: {}, corrections: "host",
  };
  // One session per mode, all alive at once: rounds interleave the modes, so that load from other
  // processes on a shared machine hits every mode alike.
  const sessions: PipelineSession[] = [];
  const caches: (SegmentCache | undefined)[] = [];
  const closers: (() => Promise<void>)[] = [];
  try {
    // One namespace per mode: segment keys are content addresses, so modes in one namespace would take each other's KV.
    // On this host, as the demo's: KV through its shm dir; its anchor passes get the cores llama.cpp's threads leave.
    const broker = viaBroker && modes.some((m) => m !== "dense")
      ? await startLocalBroker(20_000, modes.filter((m) => m !== "dense"), { anchorThreads: Math.max(1, availableParallelism() - o.threads) })
      : undefined;
    if (broker) closers.push(() => broker.stop());
    for (const mode of modes) {
      let store: BrokerSegmentSource | SegmentCache | undefined;
      let anchorService: RemoteCorrector | undefined;
      if (broker && mode !== "dense") {
        const b = broker;
        const s = BrokerSegmentSource.create({ grpc: b.grpc, namespace: mode, token: b.tokens[mode], tls: b.tls, callTimeoutMs: 30_000, sameHost: true });
        store = s;
        closers.push(() => s.dispose());
        if (mode !== "naive") {
          const rc = await RemoteCorrector.connect({ grpc: b.grpc, namespace: mode, token: b.tokens[mode], tls: b.tls, timeoutMs: 120_000, sameHost: true });
          anchorService = rc;
          closers.push(async () => rc.dispose());
        }
      } else if (mode !== "dense") store = new SegmentCache();
      caches.push(store instanceof SegmentCache ? store : undefined);
      sessions.push(await PipelineSession.create({ modelPath: o.modelPath, mode, threads: o.threads, contextSize, anchors: { gamma: 1.0 }, costModel, store, anchorService }));
    }
    // Distinct filler per agent prefix, per round input and per reply; anchor-teaching contents a
    // little longer than measured ones, so that every anchor covers the measured content (an
    // anchor shorter than new content cannot correct it).
    const fit = await sessions[0].agent("agent1");
    const total = warmup + rounds;
    // Rounds that teach the anchors (the first two) get longer contents; later rounds, the last
    // warm-up round included, have exactly the measured lengths.
    const slack = (n: number, r: number): number => (r < Math.min(2, warmup - 1) ? n + Math.max(4, n >> 4) : n);
    const texts: Texts = {
      prefixes: Array.from({ length: agents }, (_, i) => fitTokens(fit, prefixTokens, 101 + i)),
      inputs: Array.from({ length: total }, (_, r) => fitTokens(fit, slack(inputTokens, r), 1001 + r)),
      replies: Array.from({ length: total }, (_, r) => Array.from({ length: agents }, (_, i) => fitTokens(fit, slack(replyTokens, r), 5001 + 97 * r + i))),
    };
    const measured = modes.map(() => Array.from({ length: agents }, (): SessionCallResult[] => []));
    for (let r = 0; r < total; r++) {
      // The order of the modes rotates every round, so no mode always runs first or last.
      for (let j = 0; j < modes.length; j++) {
        const m = (j + r) % modes.length;
        for (let i = 0; i < agents; i++) {
          const c = await sessions[m].generate(`agent${i + 1}`, ttftParts(texts, r, i, headers), { maxTokens: replyTokens + 8, forceOutput: texts.replies[r][i] });
          if (r >= warmup) {
            measured[m][i].push(c);
            for (const reason of [...(c.fallback !== undefined ? [c.fallback] : []), ...c.failures]) result.fallbacks.push({ mode: modes[m], agent: `agent${i + 1}`, round: r + 1, reason });
          }
          log(`${modes[m]} round ${r + 1}${r < warmup ? " (warm-up)" : ""} agent${i + 1}: ttft ${c.ttftMs.toFixed(1)} ms (correction ${c.correctionMs.toFixed(1)} ms on the path, ${c.precorrectionMs.toFixed(1)} ms ahead for ${c.precorrectedParts} parts), reused ${c.reusedTokens}/${c.promptTokens}: ${c.decision}` +
            (Object.keys(c.profile).length > 0 ? `; profile ${Object.entries(c.profile).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ")}` : ""));
        }
      }
    }
    modes.forEach((mode, m) => {
      const calls = measured[m];
      // A session's ttftMs already counts from the call, correction included.
      result.ttftMsByAgent[mode] = calls.map((cs) => round2(median(cs.map((c) => c.ttftMs))));
      result.bestTtftMsByAgent[mode] = calls.map((cs) => round2(Math.min(...cs.map((c) => c.ttftMs))));
      result.worstTtftMsByAgent[mode] = calls.map((cs) => round2(Math.max(...cs.map((c) => c.ttftMs))));
      result.ttftMsRunsByAgent[mode] = calls.map((cs) => cs.map((c) => round2(c.ttftMs)));
      result.prefillPathMsByAgent[mode] = calls.map((cs) => round2(median(cs.map((c) => c.ttftMs - c.correctionMs))));
      result.correctionMsByAgent[mode] = calls.map((cs) => round2(median(cs.map((c) => c.correctionMs))));
      result.precorrectionMsByAgent[mode] = calls.map((cs) => round2(median(cs.map((c) => c.precorrectionMs))));
      result.precorrectedPartsByAgent[mode] = calls.map((cs) => median(cs.map((c) => c.precorrectedParts)));
      result.reusedTokensByAgent[mode] = calls.map((cs) => Math.round(median(cs.map((c) => c.reusedTokens))));
      result.reuseRate[mode] = round2(calls.flat().filter((c) => c.servedByReuse).length / Math.max(1, calls.flat().length));
      if (mode === "dense") result.promptTokensByAgent = calls.map((cs) => cs[0]?.promptTokens ?? 0);
      if (mode === "anchors") result.lastAgentDecisions = calls[agents - 1].map((c) => c.decision);
      result.evictions[mode] = caches[m]?.stats.evictions ?? 0;
      result.stagesMsByAgent[mode] = calls.map((cs) => Object.fromEntries(STAGES.map((k) => [k, round2(median(cs.map((c) => c.stages[k])))])) as Record<StageName, number>);
      result.profileMsByAgent[mode] = calls.map((cs) => {
        const keys = [...new Set(cs.flatMap((c) => Object.keys(c.profile)))].sort();
        return Object.fromEntries(keys.map((k) => [k, round2(median(cs.map((c) => c.profile[k] ?? 0)))]));
      });
      if (mode === "anchors") {
        const dev = sessions[m].deviceStats();
        result.corrections = dev ? "device" : "host";
        if (dev) result.deviceCorrection = { ...dev, prefetchMs: round2(dev.prefetchMs), mirrorUploadMs: round2(dev.mirrorUploadMs) };
      }
    });
  } finally {
    for (const s of sessions) await s.dispose();
    for (const close of closers.reverse()) await close();
  }
  const last = agents - 1;
  const dense = result.ttftMsByAgent.dense[last];
  const anchors = result.ttftMsByAgent.anchors[last];
  result.speedupAgent5 = round2(dense / anchors);
  result.speedupAgent5Best = round2(result.bestTtftMsByAgent.dense[last] / result.bestTtftMsByAgent.anchors[last]);
  if (result.ttftMsByAgent.naive) result.speedupAgent5Naive = round2(dense / result.ttftMsByAgent.naive[last]);
  result.correctionMs = result.correctionMsByAgent.anchors[last];
  result.correctionShare = round3(anchors > 0 ? result.correctionMs / anchors : 0);
  return result;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Plain-text table of a TTFT setting result. */
export function formatTtftTable(r: TtftSettingResult): string {
  const header = ["mode", ...Array.from({ length: r.agents }, (_, i) => `agent${i + 1} ms (min-max)`), "reuse rate"];
  const rows = r.modes.map((m) => [m, ...r.ttftMsByAgent[m].map((x, i) => `${x.toFixed(1)} (${r.bestTtftMsByAgent[m][i].toFixed(0)}-${r.worstTtftMsByAgent[m][i].toFixed(0)})`), r.reuseRate[m].toFixed(2)]);
  rows.push(["prompt tok", ...r.promptTokensByAgent.map(String), ""]);
  const lines = [`${r.rounds} measured rounds after ${r.warmup} warm-up rounds, modes interleaved; ${r.threads} llama.cpp threads in every mode; reuse through ${r.through === "broker" ? "a broker process" : "this process"}; median (fastest-slowest round)`, ...table(header, rows)];
  const last = r.agents - 1;
  lines.push(`agent ${r.agents}: dense / anchors = ${r.speedupAgent5.toFixed(2)}x (fastest rounds ${r.speedupAgent5Best.toFixed(2)}x)` + (r.speedupAgent5Naive ? `, dense / naive = ${r.speedupAgent5Naive.toFixed(2)}x` : "") +
    `; anchors correction on the call's path ${r.correctionMs.toFixed(1)} ms = ${(100 * r.correctionShare).toFixed(1)}% of its TTFT` +
    ` (${(r.precorrectedPartsByAgent.anchors?.[last] ?? 0)} parts corrected ahead, ${(r.precorrectionMsByAgent.anchors?.[last] ?? 0).toFixed(1)} ms of it in this process's idle time)`);
  lines.push(`anchors' corrections ran on the ${r.corrections === "device" ? `GPU (${r.deviceCorrection?.device}; producers' KV uploaded at publish: ${r.deviceCorrection?.prefetched} segments in ${r.deviceCorrection?.prefetchMs.toFixed(0)} ms, anchors mirrored: ${r.deviceCorrection?.mirrorUploads} blocks in ${r.deviceCorrection?.mirrorUploadMs.toFixed(0)} ms, off the calls' paths)` : "host"}`);
  lines.push(`fallbacks and failures in measured rounds: ${r.fallbacks.length}` + r.fallbacks.slice(0, 10).map((f) => `\n  ${f.mode} ${f.agent} round ${f.round}: ${f.reason}`).join(""));
  const ev = Object.entries(r.evictions).filter(([, n]) => n > 0);
  if (ev.length) lines.push(`segments evicted from the in-process store: ${ev.map(([m, n]) => `${m} ${n}`).join(", ")}`);
  return lines.join("\n");
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  return [
    header.map((h, i) => h.padEnd(w[i])).join("  ").trimEnd(),
    w.map((n) => "-".repeat(n)).join("  "),
    ...rows.map((r) => r.map((c, i) => c.padEnd(w[i])).join("  ").trimEnd()),
  ];
}

/** What `kvmesh bench ttft` passes (cli/commands.ts declares and checks the flags). */
export interface TtftSettingArgs {
  readonly model?: string;
  readonly shape?: string;
  readonly quick: boolean;
  /** Default: cores - 1, the same for every mode. */
  readonly threads?: number;
  readonly agents: number;
  readonly input?: number;
  readonly prefix?: number;
  readonly reply?: number;
  readonly warmup?: number;
  readonly rounds?: number;
  readonly "cost-model": boolean;
  readonly "no-headers": boolean;
  /** "off": agents share in this process instead of through a broker process. */
  readonly broker: "on" | "off";
  readonly json?: string;
  readonly chart?: string;
  /** Write agent 5's medians in the headline's fields (bench/results/gpu-ttft-8b.json). */
  readonly headline?: string;
  readonly verbose: boolean;
  readonly log?: (line: string) => void;
  /** While a synthetic model is written (once per shape): bytes written and the file's size. */
  readonly synthProgress?: (written: number, total: number) => void;
}

/** `kvmesh bench ttft ...` */
export async function runTtftSetting(a: TtftSettingArgs): Promise<TtftSettingResult> {
  const { ensureSynthModel } = await import("../models/synth-cache.js");
  const base = a.quick ? QUICK_TTFT : FULL_TTFT;
  const modelPath = a.model ?? (await ensureSynthModel(a.shape ?? (a.quick ? "tiny" : "qwen2.5-0.5b"), { onProgress: a.synthProgress }));
  const res = await ttftSetting({
    modelPath,
    threads: a.threads ?? sharedMachineThreads(),
    agents: a.agents,
    inputTokens: a.input ?? base.inputTokens,
    prefixTokens: a.prefix ?? base.prefixTokens,
    replyTokens: a.reply ?? base.replyTokens,
    warmup: a.warmup ?? base.warmup,
    rounds: a.rounds ?? base.rounds,
    costModel: a["cost-model"],
    headers: !a["no-headers"],
    broker: a.broker !== "off",
    log: a.verbose ? (a.log ?? ((l) => process.stderr.write(`${l}\n`))) : undefined,
  });
  process.stdout.write(`${formatTtftTable(res)}\n`);
  const { writeJsonReport } = await import("./report-files.js");
  if (a.json) writeJsonReport(a.json, { ttftSetting: res, date: new Date().toISOString() });
  if (a.chart) {
    const { ttftSettingChart, writeChart } = await import("./chart.js");
    writeChart(a.chart, ttftSettingChart(res));
  }
  if (a.headline) {
    const { writeJsonReport } = await import("./report-files.js");
    writeJsonReport(a.headline, ttftHeadline(res, a));
  }
  return res;
}

/**
 * Agent 5's medians in the fields the GPU headline is checked by (issue 12):
 * device, backend, rounds, agent5 {denseMs, naiveMs, anchorsMs, correctionMs}
 * (correctionMs: on agent 5's path only; what was corrected ahead of its call
 * is aheadCorrectionMs, for aheadParts parts), with what else says what was
 * measured.
 */
export function ttftHeadline(r: TtftSettingResult, a: Pick<TtftSettingArgs, "shape" | "json">): Record<string, unknown> {
  const last = r.agents - 1;
  const dense = r.ttftMsByAgent.dense;
  const anchors = r.ttftMsByAgent.anchors;
  const fasterFrom2 = anchors.slice(1).every((x, i) => x < dense[i + 1]);
  const a5 = anchors[last];
  const c5 = r.correctionMsByAgent.anchors[last];
  const cores = availableParallelism();
  const env = ["KVMESH_GPU", "KVMESH_KERNELS", "KVMESH_DEVICE_CORRECTION"].filter((k) => process.env[k] !== undefined).map((k) => `${k}=${process.env[k]}`);
  return {
    device: r.deviceCorrection ? `${r.deviceCorrection.device} (one GPU, ${cores} CPU cores)` : `CPU only (${cores} cores)`,
    backend: `llama.cpp: ${process.env.KVMESH_GPU ?? "cpu"} (node-llama-cpp 3.21.1 prebuilt); kernels: ${process.env.KVMESH_KERNELS ?? "auto"}; corrections: ${r.corrections === "device" ? "on the GPU" : "on the host"}`,
    through: r.through,
    shape: a.shape ? `${a.shape} (synthetic, f16)` : r.model,
    threads: r.threads,
    warmup: r.warmup,
    rounds: r.rounds,
    // correctionMs: on agent 5's path (inside anchorsMs); aheadCorrectionMs: its parts' corrections made before its call, off its path.
    agent5: { denseMs: dense[last], naiveMs: r.ttftMsByAgent.naive?.[last], anchorsMs: a5, correctionMs: c5, aheadCorrectionMs: r.precorrectionMsByAgent.anchors?.[last] ?? 0, aheadParts: r.precorrectedPartsByAgent.anchors?.[last] ?? 0 },
    agent5Spread: Object.fromEntries(r.modes.map((m) => [m, [r.bestTtftMsByAgent[m][last], r.worstTtftMsByAgent[m][last]]])),
    ttftMsByAgent: r.ttftMsByAgent,
    speedupAgent5: r.speedupAgent5,
    agents2to5FasterThanDense: fasterFrom2,
    targetMet: a5 > 0 && dense[last] / a5 >= 5 && a5 <= 60 && c5 < 0.1 * a5 && fasterFrom2,
    command: `${env.join(" ")} kvmesh ${process.argv.slice(2).join(" ")}`.trim(),
    source: a.json,
    date: new Date().toISOString(),
  };
}
