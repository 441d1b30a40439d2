/**
 * `kvmesh bench fidelity`: accuracy against reuse as the recompute fraction
 * grows, for every recompute selection rule and the random control.
 *
 *   kvmesh bench fidelity --model FILE [--setting encoder|first-reader|long-document] [--limit N]
 *     [--suites rag] [--agents 3|5] [--fractions 0,0.05,...] [--rules uncertainty,kv-deviation,boundary]
 *     [--bases anchors,naive] [--guards 0,0.01] [--on-refusal prefill|moved] [--chunk C] [--json OUT]
 *
 * Settings: "encoder" (the CacheBlend setting: each user input is encoded
 * alone, then read behind every agent's own prefix), "first-reader" (the
 * first agent that reads an input produces it in its own context), or
 * "long-document" (several agents with their own system prompts over one
 * long document, bench/fidelity-long-document.ts: fidelity is exact
 * agreement of every downstream output with dense, so `accuracy` there is
 * the share of downstream outputs equal to dense's, and dense's is 1).
 *
 * Methods, each in its own PipelineSession over the same held-out instances
 * (seed 1000, indices 0..N-1), one method after another (accuracy does not
 * depend on timing, so methods need not be interleaved):
 *   dense            full prefill, the reference (accuracy, and agreement of every other method)
 *   naive            producer KV moved to the consumer's positions, uncorrected (fraction 0)
 *   anchors          KVCOMM-style corrected KV (fraction 0)
 *   anchors+<rule>   corrected KV and `rule`'s tokens prefilled again (each fraction > 0)
 *   random           corrected KV and random tokens prefilled again (each fraction > 0): the control
 *   naive+<rule>     (with --bases naive) moved KV, uncorrected, and `rule`'s tokens prefilled
 *                    again: CacheBlend without anchors
 * With --guards, every method also runs with the near-tie guard at each
 * margin given (anchors/near-tie-guard.ts; 0 = no guard); a point's `guard`
 * names it and `label` tells the points apart.
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
import { PipelineSession, type OwnTextPolicy, type ReuseMode, type SessionCallResult } from "../pipelines/pipeline-session.js";
import type { RecomputeSelection } from "../anchors/recompute-selection.js";
import type { AnchorShrink } from "../anchors/anchor-service.js";
import { guardLabel, type NearTieGuard } from "../anchors/near-tie-guard.js";
import { loadDocumentCorpus, longDocumentInstance } from "./fidelity-documents.js";
import {
  callRefusals, chooseLongDocument, LONG_DOCUMENT_MIN_EQUAL, LONG_DOCUMENT_MIN_SERVED, longDocumentStats, reasonKind, runLongDocument, wholeOutputFromReuse,
  type LongDocumentChosen, type LongDocumentStats,
} from "./fidelity-long-document.js";
import { layoutBarChart, writeChart } from "./chart.js";
import { chooseDefault, pairedDifference, wilson95, type ChosenPoint } from "./fidelity-stats.js";
import { runPipeline, type PipelineResult } from "../pipelines/suite/pipeline-runner.js";
import { writeJsonReport } from "./report-files.js";
import { SUITES } from "../pipelines/suite/suites.js";
import { HELDOUT_SEED, type SuiteName } from "../pipelines/suite/types.js";
import { table } from "./ttft-setting.js";

export type FidelitySetting = "encoder" | "first-reader" | "long-document";
export const FIDELITY_SETTINGS: readonly FidelitySetting[] = ["encoder", "first-reader", "long-document"];
/** What selective recompute starts from: anchors' corrected KV, or the producer's KV moved uncorrected. */
export type FidelityBase = "anchors" | "naive";
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
  /** Bases the rules are swept on (default ["anchors"]; random is always anchors-based). */
  readonly bases?: readonly FidelityBase[];
  /** Near-tie guards to run every method with (undefined: none; default [undefined]). */
  readonly guards?: readonly (NearTieGuard | undefined)[];
  /** What the anchors methods do with a part the anchors refuse (PipelineSessionOptions.onRefusal; default "prefill"). */
  readonly onRefusal?: "prefill" | "moved";
  /** The agents' own text (PipelineSessionOptions.ownText; default: the session's). */
  readonly ownText?: OwnTextPolicy;
  /** How the anchors scale their deltas (AnchorServiceOptions.shrink; default calibrated). */
  readonly anchorShrink?: AnchorShrink;
  readonly log?: (line: string) => void;
}

export interface FidelityPoint {
  readonly method: string;
  /** The method and its guard, unique per fraction ("anchors+boundary", "anchors+boundary guard<0.01"). */
  readonly label: string;
  readonly guard: NearTieGuard | null;
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
  /** Long-document setting: the downstream calls' counts. */
  readonly longDocument?: LongDocumentStats;
}

export interface VersusRandom {
  readonly method: string;
  readonly label: string;
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
  readonly chosen: ChosenPoint | LongDocumentChosen | undefined;
  /** Every refusal of the anchors gate over all points, by reason. */
  readonly gateRefusals: Readonly<Record<string, number>>;
  readonly onRefusal: "prefill" | "moved";
  readonly anchorShrink: AnchorShrink;
  /** The own-text policy given (undefined: the session's default). */
  readonly ownText?: OwnTextPolicy;
  /** Long-document setting: where the documents came from. */
  readonly documents?: { readonly source: string; readonly sha256: string; readonly instances: number };
  /** Long-document setting: the chosen point's counts, and whether they meet the must-show. */
  readonly longDocument?: LongDocumentStats & { readonly method: string; readonly label: string; readonly recomputeFraction: number; readonly minServed: number; readonly minEqual: number; readonly met: boolean };
}

interface Config {
  readonly method: string;
  readonly label: string;
  readonly fraction: number;
  readonly mode: ReuseMode;
  readonly selection?: RecomputeSelection;
  readonly guard?: NearTieGuard;
}

/**
 * The methods and fractions to run, dense first; then, per guard, naive,
 * anchors, and at each fraction > 0 random and every rule on every base
 * ("uncertainty" needs anchors: not on the naive base), and naive+random,
 * the naive base's own control.
 */
export function fidelityConfigs(fractions: readonly number[], rules: readonly FidelityRule[], o: { bases?: readonly FidelityBase[]; guards?: readonly (NearTieGuard | undefined)[] } = {}): Config[] {
  const bases = o.bases ?? ["anchors"];
  const out: Config[] = [{ method: "dense", label: "dense", fraction: 0, mode: "dense" }];
  for (const guard of o.guards ?? [undefined]) {
    const add = (method: string, fraction: number, mode: ReuseMode, selection?: RecomputeSelection) =>
      out.push({ method, label: guard ? `${method} ${guardLabel(guard)}` : method, fraction, mode, ...(selection ? { selection } : {}), ...(guard ? { guard } : {}) });
    add("naive", 0, "naive");
    add("anchors", 0, "anchors");
    for (const f of fractions) {
      if (f <= 0) continue;
      add("random", f, "anchors+recompute", "random");
      // The naive base gets a control of its own: moved KV, random tokens recomputed.
      if (bases.includes("naive")) add("naive+random", f, "naive", "random");
      for (const base of bases) {
        for (const r of rules) {
          if (base === "naive" && r === "uncertainty") continue;
          add(`${base}+${r}`, f, base === "naive" ? "naive" : "anchors+recompute", r);
        }
      }
    }
  }
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
const round = (x: number, d = 4): number => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : 0);
const roundPair = (p: [number, number]): [number, number] => [round(p[0]), round(p[1])];

/**
 * One instance of one method: a suite pipeline (`pipeline`) or a long
 * document's replies (`outputs`), its calls, and what counts as a hit
 * (the pipeline's answer correct; each downstream output equal to dense's).
 */
interface Run { readonly key: string; readonly pipeline?: PipelineResult; readonly outputs: readonly string[]; readonly calls: readonly SessionCallResult[]; readonly hits: readonly boolean[] }

function pointOf(cfg: Config, runs: readonly Run[], dense: ReadonlyMap<string, Run>, wallMs: number, longDoc: boolean): FidelityPoint {
  const calls = runs.flatMap((r) => r.calls);
  const hits = runs.flatMap((r) => r.hits);
  // Long documents: per downstream call; suites: per pipeline.
  const n = hits.length;
  const correct = hits.filter(Boolean).length;
  let agree = 0;
  let exact = 0;
  if (longDoc) {
    agree = exact = correct;
  } else {
    for (const r of runs) {
      const d = dense.get(r.key)?.pipeline;
      if (d && d.answer === r.pipeline!.answer) agree++;
      if (d && squash(d.finalText) === squash(r.pipeline!.finalText)) exact++;
    }
  }
  const ld = longDoc ? longDocumentStats(runs, new Map([...dense].map(([k, v]) => [k, v.outputs]))) : undefined;
  const sharedTokens = calls.reduce((a, c) => a + c.sharedTokens, 0);
  const reusedShared = calls.reduce((a, c) => a + c.reusedSharedTokens, 0);
  const recomputed = calls.reduce((a, c) => a + c.recomputedTokens, 0);
  const count = (xs: readonly string[]) => xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {});
  const probes = calls.flatMap((c) => (c.probe ? [c.probe] : []));
  const probeTokens = probes.reduce((a, p) => a + p.tokens, 0);
  return {
    method: cfg.method, label: cfg.label, guard: cfg.guard ?? null, recomputeFraction: cfg.fraction,
    accuracy: round(n ? correct / n : 0), ci95: roundPair(wilson95(correct, n)),
    reuseRate: round(sharedTokens ? reusedShared / sharedTokens : 0),
    pipelines: runs.length, correct,
    agreement: round(n ? agree / n : 0), agreementCi95: roundPair(wilson95(agree, n)),
    exactAgreement: round(n ? exact / n : 0), exactAgreementCi95: roundPair(wilson95(exact, n)),
    callReuseRate: round(calls.length ? calls.filter(wholeOutputFromReuse).length / calls.length : 0),
    sharedTokens, reusedSharedTokens: reusedShared,
    recomputedShare: round(reusedShared + recomputed ? recomputed / (reusedShared + recomputed) : 0), recomputedTokens: recomputed,
    ...(probes.length ? { probe: { tokens: probeTokens, layers: probes[0].layers, ofLayers: probes[0].ofLayers, prefillEquivalentTokens: round((probeTokens * probes[0].layers) / probes[0].ofLayers, 1), ms: round(probes.reduce((a, p) => a + p.ms, 0), 1) } } : {}),
    gateRefusals: count(calls.flatMap(callRefusals)),
    decisions: count(calls.map((c) => c.how)),
    fallbacks: count(calls.flatMap((c) => [...(c.fallback !== undefined ? [c.fallback] : []), ...c.failures]).map(reasonKind)),
    wallMs: round(wallMs, 0),
    ...(ld ? { longDocument: ld } : {}),
  };
}

export async function fidelityBench(o: FidelityOptions): Promise<FidelityResult> {
  const log = o.log ?? (() => {});
  const seed = o.seed ?? HELDOUT_SEED;
  const longDoc = o.setting === "long-document";
  const onRefusal = o.onRefusal ?? "prefill";
  const configs = fidelityConfigs(o.fractions, o.rules, { bases: o.bases, guards: o.guards });
  const corpus = longDoc ? loadDocumentCorpus() : undefined;
  const dense = new Map<string, Run>();
  const perConfig: { cfg: Config; runs: Run[]; wallMs: number }[] = [];
  const sessionFor = (cfg: Config) => PipelineSession.create({
    modelPath: o.modelPath, mode: cfg.mode, threads: o.threads, contextSize: o.contextSize ?? 1024,
    costModel: false, inputs: o.setting === "encoder" ? "encoder" : "first-reader", onRefusal, ...(cfg.guard ? { guard: cfg.guard } : {}), ...(o.ownText ? { ownText: o.ownText } : {}),
    anchors: { shrink: o.anchorShrink ?? "calibrated" },
    recompute: cfg.selection ? { ratio: cfg.fraction, selection: cfg.selection, chunk: o.chunk, maxRuns: Infinity, probeLayers: o.probeLayers } : undefined,
  });
  const runConfig = async (cfg: Config): Promise<void> => {
    const runs: Run[] = [];
    const t0 = performance.now();
    // A session per method (and suite): anchors learn from this method's own calls, in instance order.
    const groups: readonly (SuiteName | "long-document")[] = longDoc ? ["long-document"] : o.suites;
    for (const name of groups) {
      const session = await sessionFor(cfg);
      try {
        const rec = new Recorder(session);
        for (let index = 0; index < o.limit; index++) {
          rec.calls = [];
          const key = `${name}/${index}`;
          let run: Run;
          if (name === "long-document") {
            const outputs = await runLongDocument(rec, longDocumentInstance(corpus!, seed, index));
            const d = cfg.mode === "dense" ? outputs : dense.get(key)?.outputs;
            run = { key, outputs, calls: rec.calls, hits: outputs.slice(1).map((x, i) => d !== undefined && squash(x) === squash(d[i + 1] ?? "")) };
          } else {
            const suite = SUITES[name];
            const pipeline = await runPipeline(rec, suite, suite.generate(seed, index), o.size);
            run = { key, pipeline, outputs: pipeline.agents.map((a) => a.text), calls: rec.calls, hits: [pipeline.correct] };
          }
          runs.push(run);
          if (cfg.mode === "dense") dense.set(key, run);
        }
      } finally {
        await session.dispose();
      }
    }
    const wallMs = performance.now() - t0;
    perConfig.push({ cfg, runs, wallMs });
    const p = pointOf(cfg, runs, dense, wallMs, longDoc);
    const ld = p.longDocument ? `, served by reuse ${p.longDocument.servedByReuse}/${p.longDocument.downstreamCalls}` : "";
    log(`${cfg.label} ${(100 * cfg.fraction).toFixed(0)}%: ${longDoc ? "equal to dense" : "accuracy"} ${(100 * p.accuracy).toFixed(1)}%${ld}, shared-token reuse ${(100 * p.reuseRate).toFixed(1)}%, ${(wallMs / 1000).toFixed(0)} s`);
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
  const densePoint = pointOf(denseRun.cfg, denseRun.runs, dense, denseRun.wallMs, longDoc);
  const points = rest.map((c) => pointOf(c.cfg, c.runs, dense, c.wallMs, longDoc));
  const versusRandom: VersusRandom[] = [];
  for (const c of rest) {
    if (!c.cfg.selection || c.cfg.selection === "random") continue;
    const control = c.cfg.mode === "naive" ? "naive+random" : "random";
    const rnd = rest.find((x) => x.cfg.method === control && x.cfg.fraction === c.cfg.fraction && x.cfg.guard === c.cfg.guard);
    if (!rnd) continue;
    const d = pairedDifference(c.runs.flatMap((r) => r.hits), rnd.runs.flatMap((r) => r.hits));
    const rp = points[rest.indexOf(rnd)];
    const acc = points[rest.indexOf(c)].accuracy;
    versusRandom.push({ method: c.cfg.method, label: c.cfg.label, recomputeFraction: c.cfg.fraction, diff: round(d.diff), ci95: roundPair(d.ci95), wins: d.wins, losses: d.losses, beatsRandom: d.ci95[0] > 0, aboveRandomCi: acc > rp.ci95[1] });
  }
  const gateRefusals: Record<string, number> = {};
  for (const p of points) for (const [k, v] of Object.entries(p.gateRefusals)) gateRefusals[k] = (gateRefusals[k] ?? 0) + v;
  const chosen = longDoc
    ? chooseLongDocument(points.map((p) => ({ ...p, longDocument: p.longDocument! })))
    : chooseDefault(densePoint.accuracy, points);
  const chosenPoint = chosen && points.find((p) => p.method === chosen.method && p.recomputeFraction === chosen.recomputeFraction && (!("label" in chosen) || p.label === chosen.label));
  return {
    model: o.modelPath, setting: o.setting, suites: longDoc ? [] : o.suites, agents: longDoc ? 4 : o.size, seed, limit: o.limit, threads: o.threads, chunk: o.chunk, probeLayers: o.probeLayers ?? 2, parallel: o.parallel ?? 1, fractions: o.fractions,
    dense: { accuracy: densePoint.accuracy, ci95: densePoint.ci95, pipelines: densePoint.pipelines, wallMs: densePoint.wallMs },
    points, versusRandom, chosen, gateRefusals, onRefusal, anchorShrink: o.anchorShrink ?? "calibrated", ...(o.ownText ? { ownText: o.ownText } : {}),
    ...(corpus ? { documents: { source: "kvmesh's docs/*.md frozen in bench/fidelity-documents.json (never in the models' training corpus)", sha256: corpus.sha256, instances: o.limit } } : {}),
    ...(longDoc && chosenPoint?.longDocument ? {
      longDocument: {
        method: chosenPoint.method, label: chosenPoint.label, recomputeFraction: chosenPoint.recomputeFraction, ...chosenPoint.longDocument,
        minServed: LONG_DOCUMENT_MIN_SERVED, minEqual: LONG_DOCUMENT_MIN_EQUAL, met: (chosen as LongDocumentChosen).mustShowMet,
      },
    } : {}),
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The table `kvmesh bench fidelity` prints. */
export function formatFidelity(r: FidelityResult): string {
  const out: string[] = [];
  const where = r.documents ? `documents from ${r.documents.source} (sha256 ${r.documents.sha256.slice(0, 12)})` : `suites ${r.suites.join(",")}`;
  out.push(`model ${r.model}, setting ${r.setting}, ${where}, pipelines of ${r.agents} agents, held-out seed ${r.seed}, ${r.limit} instances${r.documents ? "" : " per suite"}, threads ${r.threads} x ${r.parallel} methods at once, recompute chunk ${r.chunk}, kv-deviation probe ${r.probeLayers} layers (check layer ${r.probeLayers - 1}), anchors' refusals: ${r.onRefusal}, anchors' deltas: ${r.anchorShrink === "off" ? "in full" : "calibrated shrink"}, own text: ${r.ownText ?? "session default"}, cost model off`);
  if (r.setting === "long-document") {
    out.push(`accuracy = downstream outputs equal to dense (free text, no gold answer; dense ${r.dense.pipelines} instances)`, "");
    out.push(...table(["method", "recompute", "equal to dense", "ci95", "served by reuse", "reused, then guard", "guard at 1st token", "served and equal", "shared tokens reused", "recomputed", "refusals"],
      r.points.map((p) => {
        const d = p.longDocument!;
        return [p.label, pct(p.recomputeFraction), `${d.equalToDense}/${d.downstreamCalls}`, `${pct(p.ci95[0])}-${pct(p.ci95[1])}`, `${d.servedByReuse} (${pct(d.servedByReuse / Math.max(1, d.downstreamCalls))})`,
          String(d.reusedThenGuarded), String(d.guardedAtFirstToken), `${d.servedAndEqual}/${d.servedByReuse}`, pct(p.reuseRate), pct(p.recomputedShare), String(Object.values(d.refusals).reduce((a, b) => a + b, 0))];
      })));
  } else {
    out.push(`dense accuracy ${pct(r.dense.accuracy)} [${pct(r.dense.ci95[0])}, ${pct(r.dense.ci95[1])}] (${r.dense.pipelines} pipelines)`, "");
    out.push(...table(["method", "recompute", "accuracy", "ci95", "same answer", "same text", "shared tokens reused", "calls reused", "recomputed", "gate refusals"],
      r.points.map((p) => [p.label, pct(p.recomputeFraction), pct(p.accuracy), `${pct(p.ci95[0])}-${pct(p.ci95[1])}`, pct(p.agreement), pct(p.exactAgreement),
        pct(p.reuseRate), pct(p.callReuseRate), pct(p.recomputedShare), String(Object.values(p.gateRefusals).reduce((a, b) => a + b, 0))])));
  }
  if (r.versusRandom.length) {
    out.push("", "against random selection at the same fraction (paired, same instances):");
    out.push(...table(["method", "recompute", "accuracy - random", "ci95", "wins/losses", "beats random"],
      r.versusRandom.map((v) => [v.label ?? v.method, pct(v.recomputeFraction), `${(100 * v.diff).toFixed(1)} pts`, `${(100 * v.ci95[0]).toFixed(1)}..${(100 * v.ci95[1]).toFixed(1)}`, `${v.wins}/${v.losses}`, v.beatsRandom ? "yes" : "no"])));
  }
  const reasons = Object.entries(r.gateRefusals);
  if (reasons.length) {
    out.push("", `refusals (anchors' gate and estimate${r.setting === "long-document" ? ", the near-tie guard" : ""}, fallbacks; all points), by reason:`);
    for (const [why, n] of reasons.sort((a, b) => b[1] - a[1])) out.push(`  ${n} x ${why}`);
  }
  out.push("", r.chosen ? `chosen: ${"label" in r.chosen ? r.chosen.label : r.chosen.method} at ${pct(r.chosen.recomputeFraction)} (accuracy ${pct(r.chosen.accuracy)}, shared-token reuse ${pct(r.chosen.reuseRate)}): ${r.chosen.rule}` : "chosen: none");
  const ld = r.longDocument;
  if (ld) {
    out.push(`long document, chosen point: ${ld.servedByReuse}/${ld.downstreamCalls} downstream calls served by reuse (${pct(ld.servedByReuse / Math.max(1, ld.downstreamCalls))}; must show >= ${pct(ld.minServed)}), `
      + `${ld.equalToDense}/${ld.downstreamCalls} outputs equal to dense (${pct(ld.equalToDense / Math.max(1, ld.downstreamCalls))}; must show >= ${pct(ld.minEqual)}): ${ld.met ? "met" : "not met"}`);
    out.push(`  of the calls served by reuse, shared parts reused: ${Object.entries(ld.servedParts).map(([k, v]) => `${v} ${k}`).join(", ") || "none"}; `
      + `reused KV gave the first token, then the guard prefilled again: ${ld.reusedThenGuarded} calls; guard before the first token: ${ld.guardedAtFirstToken}`);
  }
  return out.join("\n");
}

/** Accuracy by recompute fraction (x groups) and method (series), dense as a series of its own. */
export function fidelityChart(r: FidelityResult): ReturnType<typeof layoutBarChart> {
  const fractions = [...new Set([0, ...r.points.map((p) => p.recomputeFraction)])].sort((a, b) => a - b);
  const methods = [...new Set(r.points.map((p) => p.label ?? p.method))];
  const longDoc = r.setting === "long-document";
  return layoutBarChart({
    title: longDoc
      ? `Downstream outputs equal to dense by recompute fraction, long-document setting (${r.limit} documents, ${r.agents} agents)`
      : `Accuracy by recompute fraction, ${r.setting} setting (${r.suites.join(",")}, ${r.limit} instances, ${r.agents} agents)`,
    groups: fractions.map((f) => `${(100 * f).toFixed(0)}%`),
    series: [
      { name: "dense", values: fractions.map(() => 100 * r.dense.accuracy) },
      ...methods.map((m) => ({ name: m, values: fractions.map((f) => { const p = r.points.find((x) => (x.label ?? x.method) === m && x.recomputeFraction === f); return p ? 100 * p.accuracy : undefined; }) })),
    ],
    yLabel: longDoc ? "outputs equal to dense (%)" : "accuracy (%)",
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
