/**
 * `kvmesh bench agents`: KVCOMM-shaped workloads on the agent task suite.
 *
 *   kvmesh bench agents --model FILE [--agents 3|5|3,5] [--limit K] [--suites rag,math,code]
 *     [--modes dense,naive,anchors,anchors+recompute] [--threads T] [--ratio R] [--gamma G]
 *     [--context N] [--no-cost-model] [--no-ttft-setting] [--ttft-quick] [--ttft-shape NAME] [--json OUT] [--chart OUT.svg]
 *
 * Fully connected pipelines of 3 and/or 5 agents (agent i sees the user input
 * and the replies of agents 1..i-1) over the same held-out instances (seed
 * 1000, indices 0..K-1), each mode in its own PipelineSession (one per mode and
 * suite, so anchors learn within a suite), the modes interleaved pipeline by
 * pipeline (dense first, the others in a rotating order). With anchors+recompute comes its
 * control, anchors+recompute-random: the same ratio of tokens chosen at random.
 * Dense always runs: it is the reference for agreement.
 *
 * Per mode and suite: accuracy, agreement with the dense final answer, reuse
 * rate (calls that really injected reused shared KV / all calls), shared-token
 * reuse (reused shared-part tokens / all shared-part tokens, the first
 * reader's included), token reuse rate (reused / prompt tokens, own prefix
 * included), median TTFT per agent step, correction overhead (median
 * correction ms on calls served by reuse, and its share of their TTFT),
 * recomputed tokens, and every fallback with its reason.
 * TTFT of a call is the session's: from the call to the first token, each
 * stage (fetch, correction, injection, prefill) counted once. Dense keeps what
 * each agent's sequence holds of its prompt's prefix (its own best caching).
 * Then the KVCOMM TTFT setting (bench/ttft-setting.ts) unless --no-ttft-setting.
 */
import { Recorder } from "./session-recorder.js";
import { writeJsonReport } from "./report-files.js";
import { sharedMachineThreads } from "../agents/llama-runtime.js";
import { DEFAULT_RECOMPUTE, PipelineSession, REUSE_MODES, type OwnTextPolicy, type ReuseMode, type SessionCallResult } from "../pipelines/pipeline-session.js";
import { ttftChartLayout, writeChart } from "./chart.js";
import { median } from "./fidelity.js";
import { runPipeline, type PipelineResult } from "../pipelines/suite/pipeline-runner.js";
import { SUITES } from "../pipelines/suite/suites.js";
import { HELDOUT_SEED, type PipelineSize, type SuiteName } from "../pipelines/suite/types.js";
import { formatTtftTable, QUICK_TTFT, table, ttftSetting, type TtftSettingResult } from "./ttft-setting.js";

/** A bench mode: a session mode, or the random-selection control of anchors+recompute. */
export type BenchMode = ReuseMode | "anchors+recompute-random";
export const BENCH_MODES: readonly BenchMode[] = [...REUSE_MODES, "anchors+recompute-random"];

export interface AgentsBenchOptions {
  readonly modelPath: string;
  readonly sizes: readonly PipelineSize[];
  readonly limit: number;
  readonly suites: readonly SuiteName[];
  /** Modes to run; dense is added when missing, the random control follows anchors+recompute. */
  readonly modes: readonly BenchMode[];
  readonly threads: number;
  readonly contextSize?: number;
  /** Recompute ratio for anchors+recompute and its control (default DEFAULT_RECOMPUTE's, chosen from the fidelity curve). */
  readonly ratio?: number;
  /** Anchor gate gamma (default: the anchor service's own default). */
  readonly gamma?: number;
  readonly seed?: number;
  /** Let the cost model veto reuse where it predicts a prefill is faster (default true). */
  readonly costModel?: boolean;
  /** Who produces user-input KV (PipelineSession `inputs`): "first-reader" (default) or "encoder". */
  readonly inputs?: "first-reader" | "encoder";
  /** Tokens of a shared part past what the anchors cover (PipelineSession `uncovered`). */
  readonly uncovered?: "prefill" | "naive";
  /** How agents reuse their own text (PipelineSession `ownText`, default "corrected"). */
  readonly ownText?: OwnTextPolicy;
  readonly log?: (line: string) => void;
}

/** Numbers of one mode over a set of pipeline runs. */
export interface ModeStats {
  readonly pipelines: number;
  readonly calls: number;
  readonly accuracy: number;
  /** Share of pipelines whose extracted final answer equals dense's (both empty counts as equal). */
  readonly agreement: number;
  /** Share of pipelines whose final reply text equals dense's (whitespace normalized). */
  readonly textAgreement: number;
  /** Calls that really injected reused shared KV / all calls. */
  readonly reuseRate: number;
  /** Reused prompt tokens (shared and own) / prompt tokens. */
  readonly tokenReuseRate: number;
  /** Tokens of shared parts, of them tokens with a producer when the call started, and of them reused. */
  readonly sharedTokens: number;
  readonly shareableTokens: number;
  readonly reusedSharedTokens: number;
  /** reusedSharedTokens / sharedTokens. */
  readonly sharedTokenReuseRate: number;
  /** Median TTFT (ms) of agent step i, by pipeline size ("3": [..], "5": [..]). */
  readonly ttftMsByAgentBySize: Readonly<Record<string, readonly number[]>>;
  /** Median correction ms over calls served by reuse (0 when none). */
  readonly correctionMs: number;
  /** Median of correction / TTFT over calls served by reuse. */
  readonly correctionShare: number;
  readonly recomputedTokens: number;
  /** Recomputed tokens / reused tokens. */
  readonly recomputedShare: number;
  readonly fallbacks: number;
  /** Every fallback and failure, with its reason, counted by reason. */
  readonly fallbackReasons: Readonly<Record<string, number>>;
  /** How each call was served (session `how`: "reuse", "prefill: anchors", "prefill: cost model", "fallback" ...). */
  readonly decisions: Readonly<Record<string, number>>;
}

export interface ModeReport extends ModeStats {
  /** Median TTFT per agent step of the largest pipeline size. */
  readonly ttftMsByAgent: readonly number[];
  readonly suites: Readonly<Record<string, ModeStats>>;
  readonly wallMs: number;
  /** Segments the in-process store dropped to stay under its budget (all suites). */
  readonly evictions: number;
}

export interface AgentsBenchResult {
  readonly model: string;
  readonly seed: number;
  readonly limit: number;
  readonly sizes: readonly PipelineSize[];
  readonly suites: readonly SuiteName[];
  readonly threads: number;
  readonly ratio: number;
  /** Anchor gate gamma in effect (the session's default, 1, unless --gamma). */
  readonly gamma: number;
  readonly costModel: boolean;
  readonly ownText: OwnTextPolicy;
  readonly uncovered: "prefill" | "naive";
  readonly modes: Readonly<Record<string, ModeReport>>;
  ttftSetting?: TtftSettingResult;
}

interface Record1 {
  readonly suite: SuiteName;
  readonly size: PipelineSize;
  readonly index: number;
  readonly pipeline: PipelineResult;
  readonly calls: readonly SessionCallResult[];
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
const round = (x: number, d = 2): number => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : 0);
/** A call's TTFT: the session's, which counts every stage (correction included) once. */
export const callTtft = (c: Pick<SessionCallResult, "ttftMs">): number => c.ttftMs;

/** A fallback's reason without its details (numbers, ids), for counting. */
function reasonKind(r: string): string {
  return r.replace(/^[^:]*?(rag|math|code)\/\d\/[a-z]+: /, "").replace(/[0-9a-f]{16,}|\d+(\.\d+)?/g, "#").slice(0, 120);
}

function stats(runs: readonly Record1[], dense: ReadonlyMap<string, PipelineResult>, sizes: readonly PipelineSize[]): ModeStats {
  const calls = runs.flatMap((r) => r.calls);
  const served = calls.filter((c) => c.servedByReuse);
  const prompt = calls.reduce((a, c) => a + c.promptTokens, 0);
  const reused = calls.reduce((a, c) => a + c.reusedTokens, 0);
  const sharedTokens = calls.reduce((a, c) => a + c.sharedTokens, 0);
  const shareableTokens = calls.reduce((a, c) => a + c.shareableTokens, 0);
  const reusedSharedTokens = calls.reduce((a, c) => a + c.reusedSharedTokens, 0);
  const recomputed = calls.reduce((a, c) => a + c.recomputedTokens, 0);
  let agree = 0;
  let textAgree = 0;
  for (const r of runs) {
    const d = dense.get(key(r));
    if (d && d.answer === r.pipeline.answer) agree++;
    if (d && squash(d.finalText) === squash(r.pipeline.finalText)) textAgree++;
  }
  const ttftMsByAgentBySize: Record<string, number[]> = {};
  for (const size of sizes) {
    const ofSize = runs.filter((r) => r.size === size);
    if (ofSize.length === 0) continue;
    ttftMsByAgentBySize[String(size)] = Array.from({ length: size }, (_, i) => round(median(ofSize.map((r) => callTtft(r.calls[i])))));
  }
  const decisions: Record<string, number> = {};
  for (const c of calls) decisions[c.how] = (decisions[c.how] ?? 0) + 1;
  const fallbackReasons: Record<string, number> = {};
  for (const c of calls) {
    for (const r of [...(c.fallback !== undefined ? [c.fallback] : []), ...c.failures]) fallbackReasons[reasonKind(r)] = (fallbackReasons[reasonKind(r)] ?? 0) + 1;
  }
  return {
    pipelines: runs.length,
    calls: calls.length,
    accuracy: round(runs.length ? runs.filter((r) => r.pipeline.correct).length / runs.length : 0, 4),
    agreement: round(runs.length ? agree / runs.length : 0, 4),
    textAgreement: round(runs.length ? textAgree / runs.length : 0, 4),
    reuseRate: round(calls.length ? served.length / calls.length : 0, 4),
    tokenReuseRate: round(prompt ? reused / prompt : 0, 4),
    sharedTokens, shareableTokens, reusedSharedTokens,
    sharedTokenReuseRate: round(sharedTokens ? reusedSharedTokens / sharedTokens : 0, 4),
    ttftMsByAgentBySize,
    correctionMs: round(served.length ? median(served.map((c) => c.correctionMs)) : 0),
    correctionShare: round(served.length ? median(served.map((c) => c.correctionMs / Math.max(1e-9, callTtft(c)))) : 0, 4),
    recomputedTokens: recomputed,
    recomputedShare: round(reused ? recomputed / reused : 0, 4),
    fallbacks: calls.filter((c) => c.how === "fallback").length,
    fallbackReasons,
    decisions,
  };
}

const key = (r: { suite: string; size: number; index: number }): string => `${r.suite}/${r.size}/${r.index}`;

/** Modes in run order: dense first (the reference), the random control right after anchors+recompute. */
export function expandModes(modes: readonly BenchMode[]): BenchMode[] {
  const want = new Set<BenchMode>(modes);
  want.add("dense");
  if (want.has("anchors+recompute")) want.add("anchors+recompute-random");
  return BENCH_MODES.filter((m) => want.has(m));
}

export async function agentsBench(o: AgentsBenchOptions): Promise<AgentsBenchResult> {
  const log = o.log ?? (() => {});
  const seed = o.seed ?? HELDOUT_SEED;
  const ratio = o.ratio ?? DEFAULT_RECOMPUTE.ratio;
  const modes = expandModes(o.modes);
  const dense = new Map<string, PipelineResult>();
  const largest = Math.max(...o.sizes);
  const runsOf = new Map<string, Record<string, Record1[]>>(modes.map((m) => [m, {}]));
  const wallMs = new Map<string, number>(modes.map((m) => [m, 0]));
  const evictions = new Map<string, number>(modes.map((m) => [m, 0]));
  for (const name of o.suites) {
    const suite = SUITES[name];
    // One session per mode, all alive at once: every pipeline runs in every mode before the next one
    // (modes interleaved, their order rotating), so load from elsewhere hits every mode alike.
    const sessions: PipelineSession[] = [];
    try {
      for (const mode of modes) {
        sessions.push(await PipelineSession.create({
          modelPath: o.modelPath,
          mode: mode === "anchors+recompute-random" ? "anchors+recompute" : mode,
          threads: o.threads,
          contextSize: o.contextSize ?? 2048,
          anchors: o.gamma === undefined ? undefined : { gamma: o.gamma },
          costModel: o.costModel ?? true,
          inputs: o.inputs,
          uncovered: o.uncovered,
          ownText: o.ownText,
          recompute: mode.startsWith("anchors+recompute") ? { ...DEFAULT_RECOMPUTE, ratio, selection: mode === "anchors+recompute-random" ? "random" : DEFAULT_RECOMPUTE.selection } : undefined,
        }));
        runsOf.get(mode)![name] = [];
      }
      const recs = sessions.map((s) => new Recorder(s));
      let turn = 0;
      for (let index = 0; index < o.limit; index++) {
        const instance = suite.generate(seed, index);
        for (const size of o.sizes) {
          // Dense first (the reference for agreement), then the others in a rotating order.
          const others = modes.map((_, i) => i).filter((i) => modes[i] !== "dense");
          const order = [...modes.map((_, i) => i).filter((i) => modes[i] === "dense"), ...others.map((_, j) => others[(j + turn) % others.length])];
          turn++;
          for (const i of order) {
            const mode = modes[i];
            const rec = recs[i];
            rec.calls = [];
            const t0 = performance.now();
            const pipeline = await runPipeline(rec, suite, instance, size);
            wallMs.set(mode, wallMs.get(mode)! + performance.now() - t0);
            const r: Record1 = { suite: name, size, index, pipeline, calls: rec.calls };
            runsOf.get(mode)![name].push(r);
            if (mode === "dense") dense.set(key(r), pipeline);
            log(`${mode} ${name} #${index} x${size}: ${pipeline.correct ? "right" : "wrong"}, ttft ${r.calls.map((c) => callTtft(c).toFixed(0)).join("/")} ms, reused ${r.calls.map((c) => c.reusedTokens).join("/")}`);
          }
        }
      }
    } finally {
      sessions.forEach((s, i) => evictions.set(modes[i], evictions.get(modes[i])! + (s.storeStats()?.evictions ?? 0)));
      for (const s of sessions) await s.dispose();
    }
  }
  const reports: Record<string, ModeReport> = {};
  for (const mode of modes) {
    const bySuite: Record<string, ModeStats> = {};
    const all: Record1[] = [];
    for (const [name, runs] of Object.entries(runsOf.get(mode)!)) {
      bySuite[name] = stats(runs, dense, o.sizes);
      all.push(...runs);
    }
    const total = stats(all, dense, o.sizes);
    reports[mode] = { ...total, ttftMsByAgent: total.ttftMsByAgentBySize[String(largest)] ?? [], suites: bySuite, wallMs: round(wallMs.get(mode)!, 0), evictions: evictions.get(mode)! };
  }
  return { model: o.modelPath, seed, limit: o.limit, sizes: o.sizes, suites: o.suites, threads: o.threads, ratio, gamma: o.gamma ?? 1, costModel: o.costModel ?? true,
    ownText: o.ownText ?? "corrected", uncovered: o.uncovered ?? "naive", modes: reports };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The tables `kvmesh bench agents` prints. */
export function formatAgentsTables(r: AgentsBenchResult): string {
  const modes = Object.keys(r.modes);
  const out: string[] = [];
  out.push(`model ${r.model}, held-out seed ${r.seed}, ${r.limit} instances per suite, pipelines of ${r.sizes.join(" and ")} agents, threads ${r.threads}, ` +
    `gamma ${r.gamma}, cost model ${r.costModel ? "on" : "off"}, own text ${r.ownText}, uncovered tails ${r.uncovered}, recompute ratio ${r.ratio}`);
  out.push("");
  const head = ["mode", "suite", "pipelines", "accuracy", "agree dense", "same text", "calls reused", "shared tokens reused", "all tokens reused", "correction ms", "corr share", "recomputed", "fallbacks"];
  const rows: string[][] = [];
  for (const m of modes) {
    const rep = r.modes[m];
    const row = (suite: string, s: ModeStats) => [m, suite, String(s.pipelines), pct(s.accuracy), pct(s.agreement), pct(s.textAgreement), pct(s.reuseRate),
      `${pct(s.sharedTokenReuseRate)} (${s.reusedSharedTokens}/${s.sharedTokens})`, pct(s.tokenReuseRate),
      s.correctionMs.toFixed(1), pct(s.correctionShare), String(s.recomputedTokens), String(s.fallbacks)];
    for (const [suite, s] of Object.entries(rep.suites)) rows.push(row(suite, s));
    if (Object.keys(rep.suites).length > 1) rows.push(row("all", rep));
  }
  out.push(...table(head, rows));
  const evicted = modes.filter((m) => r.modes[m].evictions > 0);
  if (evicted.length) out.push("", `segments evicted from the in-process store: ${evicted.map((m) => `${m} ${r.modes[m].evictions}`).join(", ")}`);
  for (const m of modes) {
    const reasons = Object.entries(r.modes[m].fallbackReasons);
    if (reasons.length === 0) continue;
    out.push("");
    out.push(`${m}: fallbacks and failures by reason:`);
    for (const [why, n] of reasons.sort((a, b) => b[1] - a[1])) out.push(`  ${n} x ${why}`);
  }
  for (const size of r.sizes) {
    out.push("");
    out.push(`median TTFT (ms) by agent, pipelines of ${size} (from the call to the first token, every stage once):`);
    out.push(...table(["mode", ...Array.from({ length: size }, (_, i) => `agent${i + 1}`)],
      modes.map((m) => [m, ...(r.modes[m].ttftMsByAgentBySize[String(size)] ?? []).map((x) => x.toFixed(1))])));
  }
  if (r.ttftSetting) {
    out.push("");
    out.push(`KVCOMM TTFT setting (${r.ttftSetting.agents} agents, input ${r.ttftSetting.inputTokens}, prefix ${r.ttftSetting.prefixTokens}, reply ${r.ttftSetting.replyTokens} tokens; ${r.ttftSetting.model}):`);
    out.push(formatTtftTable(r.ttftSetting));
  }
  return out.join("\n");
}

/** What `kvmesh bench agents` passes (cli/commands.ts declares, checks and maps the flags). */
export interface AgentsBenchArgs extends Omit<AgentsBenchOptions, "threads"> {
  /** Default: cores - 1, the same for every mode. */
  readonly threads?: number;
  readonly json?: string;
  readonly chart?: string;
  /** Run the KVCOMM TTFT setting afterwards, on a synthetic model of `ttftShape` (tiny and short with `ttftQuick`). */
  readonly ttftSetting: boolean;
  readonly ttftShape: string;
  readonly ttftQuick: boolean;
  /** While the TTFT setting's synthetic model is written (once per shape): bytes written and the file's size. */
  readonly synthProgress?: (written: number, total: number) => void;
}

/** `kvmesh bench agents ...` */
export async function runAgentsBench(args: AgentsBenchArgs): Promise<AgentsBenchResult> {
  const a = { ...args, threads: args.threads ?? sharedMachineThreads() };
  const res = await agentsBench(a);
  if (a.ttftSetting) {
    const { ensureSynthModel } = await import("../models/synth-cache.js");
    const modelPath = await ensureSynthModel(a.ttftQuick ? "tiny" : a.ttftShape, { onProgress: a.synthProgress });
    res.ttftSetting = await ttftSetting({ modelPath, threads: a.threads, ...(a.ttftQuick ? QUICK_TTFT : {}), log: a.log });
  }
  process.stdout.write(`${formatAgentsTables(res)}\n`);
  if (a.json) writeJsonReport(a.json, { ...res, date: new Date().toISOString() });
  if (a.chart) {
    // The KVCOMM setting when it ran (OUT.svg/.png), and the task-suite pipelines (OUT-suite.svg/.png, or OUT.svg/.png alone).
    const suiteByMode: Record<string, readonly number[]> = {};
    for (const [m, rep] of Object.entries(res.modes)) suiteByMode[m] = rep.ttftMsByAgent;
    const suiteChart = ttftChartLayout(`TTFT by agent, task-suite pipelines of ${Math.max(...a.sizes)} agents`, suiteByMode);
    if (res.ttftSetting) {
      writeChart(a.chart, ttftChartLayout(`TTFT by agent, KVCOMM setting (${res.ttftSetting.agents} agents, ${res.ttftSetting.inputTokens}-token input)`, res.ttftSetting.ttftMsByAgent));
      writeChart(a.chart.replace(/(\.svg|\.png)?$/i, "-suite.svg"), suiteChart);
    } else writeChart(a.chart, suiteChart);
  }
  return res;
}
