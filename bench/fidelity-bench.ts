/**
 * `kvmesh bench fidelity`: accuracy against reuse as the recompute fraction
 * grows, for every recompute selection rule and the random control.
 *
 *   kvmesh bench fidelity --model FILE [--setting encoder|first-reader] [--limit N]
 *     [--suites rag] [--agents 3|5] [--fractions 0,0.05,...] [--rules uncertainty,kv-deviation,boundary]
 *     [--chunk C] [--json OUT]
 *
 * Settings: "encoder" (the CacheBlend setting: each user input is encoded
 * alone, then read behind every agent's own prefix) or "first-reader" (the
 * first agent that reads an input produces it in its own context).
 *
 * Methods, each in its own PipelineSession over the same held-out instances
 * (seed 1000, indices 0..N-1), one method after another (accuracy does not
 * depend on timing, so methods need not be interleaved):
 *   dense            full prefill, the reference (accuracy, and agreement of every other method)
 *   naive            producer KV moved to the consumer's positions, uncorrected (fraction 0)
 *   anchors          KVCOMM-style corrected KV (fraction 0)
 *   anchors+<rule>   corrected KV and `rule`'s tokens prefilled again (each fraction > 0)
 *   random           corrected KV and random tokens prefilled again (each fraction > 0): the control
 * The cost model is off (every call that can reuse does), so each point
 * measures fidelity, not the cost model's choices.
 *
 * Per point: accuracy (Wilson 95% interval), agreement with dense (final
 * answer equal; final text equal), reuseRate = reused shared tokens / shared
 * tokens (recomputed tokens are not reused), calls served by reuse,
 * recomputed share, shallow-pass cost (kv-deviation), and the anchors gate's
 * refusals counted by reason. Per rule and fraction: the paired difference
 * against random (same instances) with its 95% interval. `chosen`: the
 * default method and fraction, by bench/fidelity-stats.ts chooseDefault.
 */
import { Recorder } from "./session-recorder.js";
import { PipelineSession, type SessionCallResult } from "../pipelines/pipeline-session.js";
import type { RecomputeSelection } from "../anchors/recompute-selection.js";
import { layoutBarChart, writeChart } from "./chart.js";
import { chooseDefault, pairedDifference, wilson95, type ChosenPoint } from "./fidelity-stats.js";
import { runPipeline, type PipelineResult } from "../pipelines/suite/pipeline-runner.js";
import { writeJsonReport } from "./report-files.js";
import { SUITES } from "../pipelines/suite/suites.js";
import { HELDOUT_SEED, type SuiteName } from "../pipelines/suite/types.js";
import { table } from "./ttft-setting.js";

export type FidelitySetting = "encoder" | "first-reader";
export const FIDELITY_SETTINGS: readonly FidelitySetting[] = ["encoder", "first-reader"];
/** Selection rules swept (random is the control and always runs). */
export type FidelityRule = Exclude<RecomputeSelection, "random">;
export const FIDELITY_RULES: readonly FidelityRule[] = ["uncertainty", "kv-deviation", "boundary", "overlap"];
export const DEFAULT_FRACTIONS: readonly number[] = [0, 0.05, 0.1, 0.15, 0.25, 0.5];

export interface FidelityOptions {
  readonly modelPath: string;
  readonly setting: FidelitySetting;
  readonly suites: readonly SuiteName[];
  readonly size: 3 | 5;
  readonly limit: number;
  readonly fractions: readonly number[];
  readonly rules: readonly FidelityRule[];
  readonly threads: number;
  readonly contextSize?: number;
  /** Recompute chunk (tokens chosen in chunks of this size). */
  readonly chunk: number;
  /** Layers of kv-deviation's shallow pass (its last is the check layer; default 2, CacheBlend's layer 1). */
  readonly probeLayers?: number;
  /** Methods run at once (each its own session; llama.cpp computes on its own threads). Default 1. */
  readonly parallel?: number;
  readonly seed?: number;
  readonly log?: (line: string) => void;
}

export interface FidelityPoint {
  readonly method: string;
  readonly recomputeFraction: number;
  readonly accuracy: number;
  readonly ci95: [number, number];
  /** Reused shared tokens / shared tokens. */
  readonly reuseRate: number;
  readonly pipelines: number;
  readonly correct: number;
  /** Final answer equal to dense's, and its interval. */
  readonly agreement: number;
  readonly agreementCi95: [number, number];
  /** Final reply text equal to dense's (whitespace normalized): exact-output agreement. */
  readonly exactAgreement: number;
  readonly exactAgreementCi95: [number, number];
  /** Calls that injected reused shared KV / calls. */
  readonly callReuseRate: number;
  readonly sharedTokens: number;
  readonly reusedSharedTokens: number;
  /** Recomputed tokens / (reused + recomputed) shared tokens of calls served by reuse. */
  readonly recomputedShare: number;
  readonly recomputedTokens: number;
  /** kv-deviation's shallow passes: tokens evaluated through `layers` of `ofLayers`, and that as full-prefill-equivalent tokens. */
  readonly probe?: { readonly tokens: number; readonly layers: number; readonly ofLayers: number; readonly prefillEquivalentTokens: number; readonly ms: number };
  /** Anchors gate / estimate refusals (calls prefilled so the anchors learn), by reason. */
  readonly gateRefusals: Readonly<Record<string, number>>;
  /** How calls were served. */
  readonly decisions: Readonly<Record<string, number>>;
  readonly fallbacks: Readonly<Record<string, number>>;
  readonly wallMs: number;
}

export interface VersusRandom {
  readonly method: string;
  readonly recomputeFraction: number;
  readonly diff: number;
  readonly ci95: [number, number];
  readonly wins: number;
  readonly losses: number;
  /** The paired interval lies above 0. */
  readonly beatsRandom: boolean;
  /** Its accuracy is above random's Wilson upper bound (a stricter reading). */
  readonly aboveRandomCi: boolean;
}

export interface FidelityResult {
  readonly model: string;
  readonly setting: FidelitySetting;
  readonly suites: readonly SuiteName[];
  readonly agents: number;
  readonly seed: number;
  readonly limit: number;
  readonly threads: number;
  readonly chunk: number;
  readonly probeLayers: number;
  readonly parallel: number;
  readonly fractions: readonly number[];
  readonly dense: { readonly accuracy: number; readonly ci95: [number, number]; readonly pipelines: number; readonly wallMs: number };
  readonly points: readonly FidelityPoint[];
  readonly versusRandom: readonly VersusRandom[];
  readonly chosen: ChosenPoint | undefined;
  /** Every refusal of the anchors gate over all points, by reason. */
  readonly gateRefusals: Readonly<Record<string, number>>;
}

interface Config {
  readonly method: string;
  readonly fraction: number;
  readonly mode: "dense" | "naive" | "anchors" | "anchors+recompute";
  readonly selection?: RecomputeSelection;
}

/** The methods and fractions to run, dense first. */
export function fidelityConfigs(fractions: readonly number[], rules: readonly FidelityRule[]): Config[] {
  const out: Config[] = [{ method: "dense", fraction: 0, mode: "dense" }, { method: "naive", fraction: 0, mode: "naive" }, { method: "anchors", fraction: 0, mode: "anchors" }];
  for (const f of fractions) {
    if (f <= 0) continue;
    out.push({ method: "random", fraction: f, mode: "anchors+recompute", selection: "random" });
    for (const r of rules) out.push({ method: `anchors+${r}`, fraction: f, mode: "anchors+recompute", selection: r });
  }
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
const round = (x: number, d = 4): number => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : 0);
const roundPair = (p: [number, number]): [number, number] => [round(p[0]), round(p[1])];

/** A reason without its details (numbers, ids), for counting. */
export function reasonKind(r: string): string {
  return r.replace(/[0-9a-f]{16,}|\d+(\.\d+)?/g, "#").slice(0, 120);
}

/** The gate's reasons in a "prefill: anchors" call's decision ("prefill (anchors learn): kind: why; kind: why"). */
export function gateReasons(c: Pick<SessionCallResult, "how" | "decision">): string[] {
  if (c.how !== "prefill: anchors") return [];
  const body = c.decision.replace(/^prefill \(anchors learn\):\s*/, "");
  // Each is "<kind>: <why>"; a reply's kind has a colon of its own ("reply:retriever").
  return body.split("; ").map((s) => reasonKind(s.replace(/^(reply:)?[^:]+:\s*/, "")));
}

interface Run { readonly key: string; readonly pipeline: PipelineResult; readonly calls: readonly SessionCallResult[] }

function pointOf(cfg: Config, runs: readonly Run[], dense: ReadonlyMap<string, PipelineResult>, wallMs: number): FidelityPoint {
  const calls = runs.flatMap((r) => r.calls);
  const n = runs.length;
  const correct = runs.filter((r) => r.pipeline.correct).length;
  let agree = 0;
  let exact = 0;
  for (const r of runs) {
    const d = dense.get(r.key);
    if (d && d.answer === r.pipeline.answer) agree++;
    if (d && squash(d.finalText) === squash(r.pipeline.finalText)) exact++;
  }
  const sharedTokens = calls.reduce((a, c) => a + c.sharedTokens, 0);
  const reusedShared = calls.reduce((a, c) => a + c.reusedSharedTokens, 0);
  const recomputed = calls.reduce((a, c) => a + c.recomputedTokens, 0);
  const count = (xs: readonly string[]) => xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {});
  const probes = calls.flatMap((c) => (c.probe ? [c.probe] : []));
  const probeTokens = probes.reduce((a, p) => a + p.tokens, 0);
  return {
    method: cfg.method, recomputeFraction: cfg.fraction,
    accuracy: round(n ? correct / n : 0), ci95: roundPair(wilson95(correct, n)),
    reuseRate: round(sharedTokens ? reusedShared / sharedTokens : 0),
    pipelines: n, correct,
    agreement: round(n ? agree / n : 0), agreementCi95: roundPair(wilson95(agree, n)),
    exactAgreement: round(n ? exact / n : 0), exactAgreementCi95: roundPair(wilson95(exact, n)),
    callReuseRate: round(calls.length ? calls.filter((c) => c.servedByReuse).length / calls.length : 0),
    sharedTokens, reusedSharedTokens: reusedShared,
    recomputedShare: round(reusedShared + recomputed ? recomputed / (reusedShared + recomputed) : 0), recomputedTokens: recomputed,
    ...(probes.length ? { probe: { tokens: probeTokens, layers: probes[0].layers, ofLayers: probes[0].ofLayers, prefillEquivalentTokens: round((probeTokens * probes[0].layers) / probes[0].ofLayers, 1), ms: round(probes.reduce((a, p) => a + p.ms, 0), 1) } } : {}),
    gateRefusals: count(calls.flatMap(gateReasons)),
    decisions: count(calls.map((c) => c.how)),
    fallbacks: count(calls.flatMap((c) => [...(c.fallback !== undefined ? [c.fallback] : []), ...c.failures]).map(reasonKind)),
    wallMs: round(wallMs, 0),
  };
}

export async function fidelityBench(o: FidelityOptions): Promise<FidelityResult> {
  const log = o.log ?? (() => {});
  const seed = o.seed ?? HELDOUT_SEED;
  const configs = fidelityConfigs(o.fractions, o.rules);
  const dense = new Map<string, PipelineResult>();
  const perConfig: { cfg: Config; runs: Run[]; wallMs: number }[] = [];
  const runConfig = async (cfg: Config): Promise<void> => {
    const runs: Run[] = [];
    const t0 = performance.now();
    for (const name of o.suites) {
      const suite = SUITES[name];
      // A session per method and suite: anchors learn within a suite, from this method's own calls.
      const session = await PipelineSession.create({
        modelPath: o.modelPath, mode: cfg.mode, threads: o.threads, contextSize: o.contextSize ?? 1024,
        costModel: false, inputs: o.setting === "encoder" ? "encoder" : "first-reader",
        recompute: cfg.selection ? { ratio: cfg.fraction, selection: cfg.selection, chunk: o.chunk, maxRuns: Infinity, probeLayers: o.probeLayers } : undefined,
      });
      try {
        const rec = new Recorder(session);
        for (let index = 0; index < o.limit; index++) {
          rec.calls = [];
          const pipeline = await runPipeline(rec, suite, suite.generate(seed, index), o.size);
          const key = `${name}/${index}`;
          runs.push({ key, pipeline, calls: rec.calls });
          if (cfg.mode === "dense") dense.set(key, pipeline);
        }
      } finally {
        await session.dispose();
      }
    }
    const wallMs = performance.now() - t0;
    perConfig.push({ cfg, runs, wallMs });
    const p = pointOf(cfg, runs, dense, wallMs);
    log(`${cfg.method} ${(100 * cfg.fraction).toFixed(0)}%: accuracy ${(100 * p.accuracy).toFixed(1)}%, shared-token reuse ${(100 * p.reuseRate).toFixed(1)}%, ${(wallMs / 1000).toFixed(0)} s`);
  };
  // Dense first (the reference), then the others, `parallel` at a time.
  await runConfig(configs[0]);
  const queue = configs.slice(1);
  await Promise.all(Array.from({ length: Math.max(1, o.parallel ?? 1) }, async () => {
    for (let cfg = queue.shift(); cfg; cfg = queue.shift()) await runConfig(cfg);
  }));
  const order = (c: Config) => configs.indexOf(c);
  perConfig.sort((a, b) => order(a.cfg) - order(b.cfg));
  const [denseRun, ...rest] = perConfig;
  const densePoint = pointOf(denseRun.cfg, denseRun.runs, dense, denseRun.wallMs);
  const points = rest.map((c) => pointOf(c.cfg, c.runs, dense, c.wallMs));
  const versusRandom: VersusRandom[] = [];
  for (const c of rest) {
    if (!c.cfg.selection || c.cfg.selection === "random") continue;
    const rnd = rest.find((x) => x.cfg.method === "random" && x.cfg.fraction === c.cfg.fraction);
    if (!rnd) continue;
    const d = pairedDifference(c.runs.map((r) => r.pipeline.correct), rnd.runs.map((r) => r.pipeline.correct));
    const rp = points[rest.indexOf(rnd)];
    const acc = points[rest.indexOf(c)].accuracy;
    versusRandom.push({ method: c.cfg.method, recomputeFraction: c.cfg.fraction, diff: round(d.diff), ci95: roundPair(d.ci95), wins: d.wins, losses: d.losses, beatsRandom: d.ci95[0] > 0, aboveRandomCi: acc > rp.ci95[1] });
  }
  const gateRefusals: Record<string, number> = {};
  for (const p of points) for (const [k, v] of Object.entries(p.gateRefusals)) gateRefusals[k] = (gateRefusals[k] ?? 0) + v;
  return {
    model: o.modelPath, setting: o.setting, suites: o.suites, agents: o.size, seed, limit: o.limit, threads: o.threads, chunk: o.chunk, probeLayers: o.probeLayers ?? 2, parallel: o.parallel ?? 1, fractions: o.fractions,
    dense: { accuracy: densePoint.accuracy, ci95: densePoint.ci95, pipelines: densePoint.pipelines, wallMs: densePoint.wallMs },
    points, versusRandom, chosen: chooseDefault(densePoint.accuracy, points), gateRefusals,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The table `kvmesh bench fidelity` prints. */
export function formatFidelity(r: FidelityResult): string {
  const out: string[] = [];
  out.push(`model ${r.model}, setting ${r.setting}, suites ${r.suites.join(",")}, pipelines of ${r.agents} agents, held-out seed ${r.seed}, ${r.limit} instances per suite, threads ${r.threads} x ${r.parallel} methods at once, recompute chunk ${r.chunk}, kv-deviation probe ${r.probeLayers} layers (check layer ${r.probeLayers - 1}), cost model off`);
  out.push(`dense accuracy ${pct(r.dense.accuracy)} [${pct(r.dense.ci95[0])}, ${pct(r.dense.ci95[1])}] (${r.dense.pipelines} pipelines)`, "");
  out.push(...table(["method", "recompute", "accuracy", "ci95", "same answer", "same text", "shared tokens reused", "calls reused", "recomputed", "gate refusals"],
    r.points.map((p) => [p.method, pct(p.recomputeFraction), pct(p.accuracy), `${pct(p.ci95[0])}-${pct(p.ci95[1])}`, pct(p.agreement), pct(p.exactAgreement),
      pct(p.reuseRate), pct(p.callReuseRate), pct(p.recomputedShare), String(Object.values(p.gateRefusals).reduce((a, b) => a + b, 0))])));
  if (r.versusRandom.length) {
    out.push("", "against random selection at the same fraction (paired, same instances):");
    out.push(...table(["method", "recompute", "accuracy - random", "ci95", "wins/losses", "beats random"],
      r.versusRandom.map((v) => [v.method, pct(v.recomputeFraction), `${(100 * v.diff).toFixed(1)} pts`, `${(100 * v.ci95[0]).toFixed(1)}..${(100 * v.ci95[1]).toFixed(1)}`, `${v.wins}/${v.losses}`, v.beatsRandom ? "yes" : "no"])));
  }
  const reasons = Object.entries(r.gateRefusals);
  if (reasons.length) {
    out.push("", "anchors gate refusals (all points), by reason:");
    for (const [why, n] of reasons.sort((a, b) => b[1] - a[1])) out.push(`  ${n} x ${why}`);
  }
  out.push("", r.chosen ? `chosen: ${r.chosen.method} at ${pct(r.chosen.recomputeFraction)} (accuracy ${pct(r.chosen.accuracy)}, shared-token reuse ${pct(r.chosen.reuseRate)}): ${r.chosen.rule}` : "chosen: none");
  return out.join("\n");
}

/** Accuracy by recompute fraction (x groups) and method (series), dense as a series of its own. */
export function fidelityChart(r: FidelityResult): ReturnType<typeof layoutBarChart> {
  const fractions = [...new Set([0, ...r.points.map((p) => p.recomputeFraction)])].sort((a, b) => a - b);
  const methods = [...new Set(r.points.map((p) => p.method))];
  return layoutBarChart({
    title: `Accuracy by recompute fraction, ${r.setting} setting (${r.suites.join(",")}, ${r.limit} instances, ${r.agents} agents)`,
    groups: fractions.map((f) => `${(100 * f).toFixed(0)}%`),
    series: [
      { name: "dense", values: fractions.map(() => 100 * r.dense.accuracy) },
      ...methods.map((m) => ({ name: m, values: fractions.map((f) => { const p = r.points.find((x) => x.method === m && x.recomputeFraction === f); return p ? 100 * p.accuracy : undefined; }) })),
    ],
    yLabel: "accuracy (%)",
    width: 1100,
    scale: "linear",
    format: (v) => v.toFixed(0),
  });
}

export interface FidelityArgs extends FidelityOptions {
  readonly json?: string;
}

/** `kvmesh bench fidelity ...`: prints the table, writes OUT (JSON) and the chart next to it (OUT without .json, .svg and .png). */
export async function runFidelityBench(a: FidelityArgs): Promise<FidelityResult> {
  const res = await fidelityBench(a);
  process.stdout.write(`${formatFidelity(res)}\n`);
  if (a.json) {
    writeJsonReport(a.json, { ...res, date: new Date().toISOString() });
    writeChart(a.json.replace(/\.json$/i, "") + ".svg", fidelityChart(res));
  }
  return res;
}
