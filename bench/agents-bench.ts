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
 * suite, so anchors learn within a suite). With anchors+recompute comes its
 * control, anchors+recompute-random: the same ratio of tokens chosen at random.
 * Dense always runs: it is the reference for agreement.
 *
 * Per mode and suite: accuracy, agreement with the dense final answer, reuse
 * rate (calls served by reuse / all calls), token reuse rate (reused / prompt
 * tokens), median TTFT per agent step, correction overhead (median correction
 * ms on calls served by reuse, and its share of their TTFT), recomputed tokens.
 * TTFT of a call = the agent's prefill path + the offset correction before it.
 * Then the KVCOMM TTFT setting (bench/ttft-setting.ts) unless --no-ttft-setting.
 */
import { writeJsonReport } from "./report-files.js";
import { PipelineSession, REUSE_MODES, type ReuseMode, type SessionCallResult } from "../agents/pipeline-session.js";
import type { GenerateOptions, PromptPart } from "../agents/prompt.js";
import { ttftChartLayout, writeChart } from "./chart.js";
import { median } from "./fidelity.js";
import { runPipeline, type PipelineResult, type StepExecutor } from "./pipeline-runner.js";
import { SUITES } from "./suite/suites.js";
import { HELDOUT_SEED, type PipelineSize, type SuiteName } from "./suite/types.js";
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
  /** Recompute ratio for anchors+recompute and its control (default 0.15). */
  readonly ratio?: number;
  /** Anchor gate gamma (default: the anchor service's own default). */
  readonly gamma?: number;
  readonly seed?: number;
  /** Let the cost model veto reuse where it predicts a prefill is faster (default true). */
  readonly costModel?: boolean;
  /** Who produces user-input KV (PipelineSession `inputs`): "first-reader" (default) or "encoder". */
  readonly inputs?: "first-reader" | "encoder";
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
  readonly reuseRate: number;
  readonly tokenReuseRate: number;
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
  /** How often each kind of decision was taken ("anchors", "prefill (anchors learn)", "fallback" ...). */
  readonly decisions: Readonly<Record<string, number>>;
}

export interface ModeReport extends ModeStats {
  /** Median TTFT per agent step of the largest pipeline size. */
  readonly ttftMsByAgent: readonly number[];
  readonly suites: Readonly<Record<string, ModeStats>>;
  readonly wallMs: number;
}

export interface AgentsBenchResult {
  readonly model: string;
  readonly seed: number;
  readonly limit: number;
  readonly sizes: readonly PipelineSize[];
  readonly suites: readonly SuiteName[];
  readonly threads: number;
  readonly ratio: number;
  readonly gamma: number | undefined;
  readonly costModel: boolean;
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

/** Passes calls to a session and keeps its results (the runner sees only GenerateResult). */
class Recorder implements StepExecutor {
  calls: SessionCallResult[] = [];
  constructor(private readonly session: PipelineSession) {}
  async generate(agentName: string, parts: PromptPart[], opts: GenerateOptions): Promise<SessionCallResult> {
    const r = await this.session.generate(agentName, parts, opts);
    this.calls.push(r);
    return r;
  }
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
const round = (x: number, d = 2): number => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : 0);
const callTtft = (c: SessionCallResult): number => c.ttftMs + c.correctionMs;

/** A decision as a category: dense, reuse, cost model: prefill, gate: prefill, estimate: prefill, fallback. */
export function decisionKind(d: string): string {
  if (d.startsWith("dense")) return "dense";
  if (d.startsWith("fallback")) return "fallback";
  if (d.startsWith("prefill (anchors learn)")) return d.includes("estimate:") && !d.includes("gate:") ? "estimate: prefill" : "gate: prefill";
  if (/^[^:]+: prefill: predicted/.test(d)) return "cost model: prefill";
  return "reuse";
}

function stats(runs: readonly Record1[], dense: ReadonlyMap<string, PipelineResult>, sizes: readonly PipelineSize[]): ModeStats {
  const calls = runs.flatMap((r) => r.calls);
  const served = calls.filter((c) => c.servedByReuse);
  const prompt = calls.reduce((a, c) => a + c.promptTokens, 0);
  const reused = calls.reduce((a, c) => a + c.reusedTokens, 0);
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
  for (const c of calls) decisions[decisionKind(c.decision)] = (decisions[decisionKind(c.decision)] ?? 0) + 1;
  return {
    pipelines: runs.length,
    calls: calls.length,
    accuracy: round(runs.length ? runs.filter((r) => r.pipeline.correct).length / runs.length : 0, 4),
    agreement: round(runs.length ? agree / runs.length : 0, 4),
    textAgreement: round(runs.length ? textAgree / runs.length : 0, 4),
    reuseRate: round(calls.length ? served.length / calls.length : 0, 4),
    tokenReuseRate: round(prompt ? reused / prompt : 0, 4),
    ttftMsByAgentBySize,
    correctionMs: round(served.length ? median(served.map((c) => c.correctionMs)) : 0),
    correctionShare: round(served.length ? median(served.map((c) => c.correctionMs / Math.max(1e-9, callTtft(c)))) : 0, 4),
    recomputedTokens: recomputed,
    recomputedShare: round(reused ? recomputed / reused : 0, 4),
    fallbacks: calls.filter((c) => c.fallback !== undefined).length,
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
  const ratio = o.ratio ?? 0.15;
  const modes = expandModes(o.modes);
  const dense = new Map<string, PipelineResult>();
  const reports: Record<string, ModeReport> = {};
  const largest = Math.max(...o.sizes);
  for (const mode of modes) {
    const t0 = performance.now();
    const all: Record1[] = [];
    const bySuite: Record<string, ModeStats> = {};
    for (const name of o.suites) {
      const suite = SUITES[name];
      const session = await PipelineSession.create({
        modelPath: o.modelPath,
        mode: mode === "anchors+recompute-random" ? "anchors+recompute" : mode,
        threads: o.threads,
        contextSize: o.contextSize ?? 2048,
        anchors: o.gamma === undefined ? undefined : { gamma: o.gamma },
        costModel: o.costModel ?? true,
        inputs: o.inputs,
        recompute: mode.startsWith("anchors+recompute") ? { ratio, selection: mode === "anchors+recompute-random" ? "random" : "uncertainty" } : undefined,
      });
      const rec = new Recorder(session);
      const runs: Record1[] = [];
      try {
        for (let index = 0; index < o.limit; index++) {
          const instance = suite.generate(seed, index);
          for (const size of o.sizes) {
            rec.calls = [];
            const pipeline = await runPipeline(rec, suite, instance, size);
            const r: Record1 = { suite: name, size, index, pipeline, calls: rec.calls };
            runs.push(r);
            if (mode === "dense") dense.set(key(r), pipeline);
            log(`${mode} ${name} #${index} x${size}: ${pipeline.correct ? "right" : "wrong"}, ttft ${r.calls.map((c) => callTtft(c).toFixed(0)).join("/")} ms, reused ${r.calls.map((c) => c.reusedTokens).join("/")}`);
          }
        }
      } finally {
        await session.dispose();
      }
      bySuite[name] = stats(runs, dense, o.sizes);
      all.push(...runs);
    }
    const total = stats(all, dense, o.sizes);
    reports[mode] = { ...total, ttftMsByAgent: total.ttftMsByAgentBySize[String(largest)] ?? [], suites: bySuite, wallMs: round(performance.now() - t0, 0) };
  }
  return { model: o.modelPath, seed, limit: o.limit, sizes: o.sizes, suites: o.suites, threads: o.threads, ratio, gamma: o.gamma, costModel: o.costModel ?? true, modes: reports };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The tables `kvmesh bench agents` prints. */
export function formatAgentsTables(r: AgentsBenchResult): string {
  const modes = Object.keys(r.modes);
  const out: string[] = [];
  out.push(`model ${r.model}, held-out seed ${r.seed}, ${r.limit} instances per suite, pipelines of ${r.sizes.join(" and ")} agents, threads ${r.threads}, recompute ratio ${r.ratio}`);
  out.push("");
  const head = ["mode", "suite", "pipelines", "accuracy", "agree dense", "same text", "reuse rate", "token reuse", "correction ms", "corr share", "recomputed", "fallbacks"];
  const rows: string[][] = [];
  for (const m of modes) {
    const rep = r.modes[m];
    const row = (suite: string, s: ModeStats) => [m, suite, String(s.pipelines), pct(s.accuracy), pct(s.agreement), pct(s.textAgreement), pct(s.reuseRate), pct(s.tokenReuseRate),
      s.correctionMs.toFixed(1), pct(s.correctionShare), String(s.recomputedTokens), String(s.fallbacks)];
    for (const [suite, s] of Object.entries(rep.suites)) rows.push(row(suite, s));
    if (Object.keys(rep.suites).length > 1) rows.push(row("all", rep));
  }
  out.push(...table(head, rows));
  for (const size of r.sizes) {
    out.push("");
    out.push(`median TTFT (ms) by agent, pipelines of ${size} (prefill path + correction):`);
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
export interface AgentsBenchArgs extends AgentsBenchOptions {
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
export async function runAgentsBench(a: AgentsBenchArgs): Promise<AgentsBenchResult> {
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
