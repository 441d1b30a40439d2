/**
 * kvmesh eval --suite rag|math|code|all --model FILE --json OUT
 *             [--limit N] [--agents 1|3|5|1,3,5] [--threads N] [--parallel N] [--seed S]
 *
 * Accuracy of single- and multi-agent pipelines under full prefill
 * (DenseExecutor) on held-out instances; prints a table, writes JSON.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { defaultThreads } from "../agents/llama-runtime.js";
import { KvmeshError } from "../kernels/errors.js";
import { DenseExecutor } from "../bench/dense-executor.js";
import { evaluateSuites, formatEvalTable } from "../bench/eval.js";
import { SPECIAL_MARKERS } from "../bench/suite/format.js";
import { HELDOUT_SEED, PIPELINE_SIZES, SUITE_NAMES, splitOf, type PipelineSize, type SuiteName } from "../bench/suite/types.js";

export const EVAL_USAGE =
  "usage: kvmesh eval --suite rag|math|code|all --model FILE --json OUT [--limit N] [--agents 1|3|5|1,3,5] [--threads N] [--parallel N] [--seed S]";

export interface EvalArgs {
  readonly suites: SuiteName[];
  readonly model: string;
  readonly json: string | undefined;
  readonly limit: number;
  readonly sizes: PipelineSize[];
  readonly threads: number | undefined;
  readonly parallel: number;
  readonly seed: number;
}

/** A bad command line for `kvmesh eval`. */
export class EvalUsageError extends KvmeshError {}

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) throw new EvalUsageError(`unexpected argument ${a}\n${EVAL_USAGE}`);
    const eq = a.indexOf("=");
    if (eq > 0) values.set(a.slice(2, eq), a.slice(eq + 1));
    else {
      const v = argv[i + 1];
      if (v === undefined) throw new EvalUsageError(`${a} needs a value\n${EVAL_USAGE}`);
      values.set(a.slice(2), v);
      i++;
    }
  }
  for (const key of values.keys()) {
    if (!["suite", "model", "json", "limit", "agents", "threads", "parallel", "seed"].includes(key)) throw new EvalUsageError(`unknown option --${key}\n${EVAL_USAGE}`);
  }
  const suiteArg = values.get("suite") ?? "all";
  const suites = suiteArg === "all" ? [...SUITE_NAMES] : suiteArg.split(",").map((s) => {
    if (!(SUITE_NAMES as readonly string[]).includes(s)) throw new EvalUsageError(`unknown suite ${s}\n${EVAL_USAGE}`);
    return s as SuiteName;
  });
  const model = values.get("model");
  if (!model) throw new EvalUsageError(`--model is required\n${EVAL_USAGE}`);
  const int = (key: string, fallback: number | undefined, min: number): number | undefined => {
    const v = values.get(key);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new EvalUsageError(`--${key} must be an integer >= ${min}\n${EVAL_USAGE}`);
    return n;
  };
  const sizes = (values.get("agents") ?? PIPELINE_SIZES.join(",")).split(",").map((s) => {
    const n = Number(s);
    if (!(PIPELINE_SIZES as readonly number[]).includes(n)) throw new EvalUsageError(`--agents takes 1, 3 or 5\n${EVAL_USAGE}`);
    return n as PipelineSize;
  });
  const seed = int("seed", HELDOUT_SEED, 0)!;
  if (splitOf(seed) !== "heldout") throw new EvalUsageError(`--seed ${seed} is a train seed; held-out seeds are >= 1000`);
  return {
    suites,
    model,
    json: values.get("json"),
    limit: int("limit", 500, 1)!,
    sizes,
    threads: int("threads", undefined, 1),
    parallel: int("parallel", 4, 1)!,
    seed,
  };
}

export async function runEval(argv: readonly string[]): Promise<void> {
  const args = parseEvalArgs(argv);
  const threads = args.threads ?? (await defaultThreads());
  const executor = await DenseExecutor.create({ modelPath: resolve(args.model), threads, sequences: args.parallel });
  try {
    if (!executor.markersAreSingleTokens) {
      const bad = SPECIAL_MARKERS.filter((m) => executor.markerTokens.get(m) === undefined);
      console.error(`warning: markers ${bad.join(" ")} are not single tokens of this model; it was not trained on the kvmesh format`);
    }
    let lastLine = 0;
    const report = await evaluateSuites(executor, {
      suites: args.suites,
      sizes: args.sizes,
      limit: args.limit,
      seed: args.seed,
      concurrency: args.parallel,
      onProgress: (suite, size, done, total) => {
        const now = Date.now();
        if (process.stderr.isTTY && (now - lastLine > 500 || done === total)) {
          lastLine = now;
          process.stderr.write(`\r${suite} x${size}: ${done}/${total}   ${done === total ? "\n" : ""}`);
        }
      },
    });
    const out = { model: args.model, threads, ...report };
    console.log(formatEvalTable(report));
    if (args.json) {
      await mkdir(dirname(resolve(args.json)), { recursive: true });
      await writeFile(args.json, JSON.stringify(out, null, 2) + "\n");
      console.log(`wrote ${args.json}`);
    }
  } finally {
    await executor.dispose();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await runEval(process.argv.slice(2));
}
