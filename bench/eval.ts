/**
 * Accuracy of the suites' pipelines on held-out instances, through any
 * StepExecutor (DenseExecutor for the full-prefill reference).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { defaultThreads } from "../agents/llama-runtime.js";
import { DenseExecutor } from "./dense-executor.js";
import { runPipeline, type PipelineResult, type StepExecutor } from "../pipelines/suite/pipeline-runner.js";
import { SPECIAL_MARKERS } from "../pipelines/suite/format.js";
import { SUITES } from "../pipelines/suite/suites.js";
import { HELDOUT_SEED, type PipelineSize, type SuiteName } from "../pipelines/suite/types.js";

export interface EvalOptions {
  readonly suites: readonly SuiteName[];
  readonly sizes: readonly PipelineSize[];
  /** Held-out instances per suite (indices 0..limit-1). */
  readonly limit: number;
  readonly seed?: number;
  /** Pipelines in flight at once (the executor should have as many sequences). */
  readonly concurrency?: number;
  /** Wrong answers kept per suite and size, for reading. */
  readonly keepFailures?: number;
  readonly onProgress?: (suite: SuiteName, size: PipelineSize, done: number, total: number) => void;
}

export interface SizeReport {
  readonly accuracy: number;
  readonly n: number;
  readonly correct: number;
  /** Wall time of this batch divided by n (throughput at the given concurrency). */
  readonly msPerInstance: number;
  /** Mean TTFT of agent step i (i = 0..size-1). */
  readonly meanTtftMsByStep: readonly number[];
  readonly meanPromptTokensByStep: readonly number[];
  readonly maxPromptTokens: number;
  readonly meanOutputTokens: number;
  /** Share of agent replies equal to the gold reply (normalized whitespace). */
  readonly stepExactMatch: readonly number[];
  readonly failures: readonly { readonly id: string; readonly final: string; readonly gold: string }[];
}

export interface SuiteReport {
  /** Over every pipeline run of the suite (all sizes pooled). */
  readonly accuracy: number;
  readonly n: number;
  readonly correct: number;
  readonly byAgents: Readonly<Record<string, SizeReport>>;
}

export interface EvalReport {
  readonly seed: number;
  readonly limit: number;
  readonly concurrency: number;
  readonly elapsedMs: number;
  /** Wall time per suite instance, all requested sizes included. */
  readonly msPerInstance: number;
  readonly suites: Readonly<Record<string, SuiteReport>>;
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

async function pool<T>(count: number, concurrency: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      results[i] = await run(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
  return results;
}

function sizeReport(results: readonly PipelineResult[], size: PipelineSize, wallMs: number, keep: number): SizeReport {
  const correct = results.filter((r) => r.correct).length;
  const steps = Array.from({ length: size }, (_, i) => results.map((r) => r.agents[i]));
  return {
    accuracy: results.length ? correct / results.length : 0,
    n: results.length,
    correct,
    msPerInstance: results.length ? wallMs / results.length : 0,
    meanTtftMsByStep: steps.map((s) => mean(s.map((a) => a.ttftMs))),
    meanPromptTokensByStep: steps.map((s) => mean(s.map((a) => a.promptTokens))),
    maxPromptTokens: Math.max(0, ...results.flatMap((r) => r.agents.map((a) => a.promptTokens))),
    meanOutputTokens: mean(results.flatMap((r) => r.agents.map((a) => a.outputTokens))),
    stepExactMatch: steps.map((s) => mean(s.map((a) => (squash(a.text) === squash(a.gold) ? 1 : 0)))),
    failures: results.filter((r) => !r.correct).slice(0, keep).map((r) => ({ id: r.instanceId, final: r.finalText, gold: r.goldAnswer })),
  };
}

export async function evaluateSuites(executor: StepExecutor, options: EvalOptions): Promise<EvalReport> {
  const seed = options.seed ?? HELDOUT_SEED;
  const concurrency = options.concurrency ?? 1;
  const started = performance.now();
  const suites: Record<string, SuiteReport> = {};
  for (const name of options.suites) {
    const suite = SUITES[name];
    const instances = Array.from({ length: options.limit }, (_, i) => suite.generate(seed, i));
    const byAgents: Record<string, SizeReport> = {};
    let n = 0;
    let correct = 0;
    for (const size of options.sizes) {
      const t0 = performance.now();
      let done = 0;
      const results = await pool(instances.length, concurrency, async (i) => {
        const r = await runPipeline(executor, suite, instances[i], size);
        options.onProgress?.(name, size, ++done, instances.length);
        return r;
      });
      const report = sizeReport(results, size, performance.now() - t0, options.keepFailures ?? 5);
      byAgents[String(size)] = report;
      n += report.n;
      correct += report.correct;
    }
    suites[name] = { accuracy: n ? correct / n : 0, n, correct, byAgents };
  }
  const elapsedMs = performance.now() - started;
  return {
    seed,
    limit: options.limit,
    concurrency,
    elapsedMs,
    msPerInstance: elapsedMs / Math.max(1, options.limit * options.suites.length),
    suites,
  };
}

/** A plain-text table: one row per suite and pipeline size. */
export function formatEvalTable(report: EvalReport): string {
  const rows = [["suite", "agents", "n", "accuracy", "ms/inst", "ttft ms (per step)", "prompt tok (max)"]];
  for (const [name, s] of Object.entries(report.suites)) {
    for (const [size, r] of Object.entries(s.byAgents)) {
      rows.push([
        name,
        size,
        String(r.n),
        (100 * r.accuracy).toFixed(1) + "%",
        r.msPerInstance.toFixed(1),
        r.meanTtftMsByStep.map((t) => t.toFixed(1)).join(" "),
        String(r.maxPromptTokens),
      ]);
    }
    rows.push([name, "all", String(s.n), (100 * s.accuracy).toFixed(1) + "%", "", "", ""]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  lines.push(`${(report.elapsedMs / 1000).toFixed(1)} s, ${report.msPerInstance.toFixed(1)} ms per suite instance (all sizes), concurrency ${report.concurrency}`);
  return lines.join("\n");
}

/** What `kvmesh eval` passes (cli/commands.ts declares and checks the flags). */
export interface EvalArgs {
  readonly suites: readonly SuiteName[];
  readonly model: string;
  readonly json?: string;
  readonly limit: number;
  readonly sizes: readonly PipelineSize[];
  readonly threads?: number;
  readonly parallel: number;
  readonly seed: number;
}

/** Where progress goes (the CLI's reporter). */
export interface EvalProgress {
  step(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  status(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  note(msg: string, fields?: Readonly<Record<string, unknown>>, level?: "info" | "warn"): void;
  done(): void;
}

/** `kvmesh eval`: accuracy under full prefill (DenseExecutor) on held-out instances; prints a table, writes JSON. */
export async function runEval(args: EvalArgs, progress: EvalProgress): Promise<void> {
  const threads = args.threads ?? (await defaultThreads());
  progress.step(`loading ${args.model}`);
  const executor = await DenseExecutor.create({ modelPath: resolve(args.model), threads, sequences: args.parallel });
  try {
    if (!executor.markersAreSingleTokens) {
      const bad = SPECIAL_MARKERS.filter((m) => executor.markerTokens.get(m) === undefined);
      progress.note(`warning: markers ${bad.join(" ")} are not single tokens of this model; it was not trained on the kvmesh format`, undefined, "warn");
    }
    const report = await evaluateSuites(executor, {
      suites: args.suites,
      sizes: args.sizes,
      limit: args.limit,
      seed: args.seed,
      concurrency: args.parallel,
      // A finished batch is a step (always shown); counts within it are throttled.
      onProgress: (suite, size, done, total) => (done === total ? progress.step : progress.status)(`${suite} x${size}: ${done}/${total}`, { suite, size, done, total }),
    });
    progress.done();
    const out = { model: args.model, threads, ...report };
    console.log(formatEvalTable(report));
    if (args.json) {
      await mkdir(dirname(resolve(args.json)), { recursive: true });
      await writeFile(args.json, JSON.stringify(out, null, 2) + "\n");
      console.log(`wrote ${args.json}`);
    }
  } finally {
    progress.done();
    await executor.dispose();
  }
}
