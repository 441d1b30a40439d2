/**
 * `kvmesh run` (options: cli/commands.ts). Runs a user-described agent graph (docs/pipeline-file.md) in one reuse mode;
 * prints each agent's reply and numbers, writes JSON.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { DEFAULT_RECOMPUTE } from "../pipelines/pipeline-session.js";
import { InvalidPipelineError, loadPipelineFile } from "../pipelines/pipeline-file.js";
import { runPipelineSpec } from "../pipelines/run-pipeline.js";
import type { Reporter } from "./progress.js";
import { textTable } from "./table.js";
import { UsageError } from "./usage-error.js";

export interface RunOptions {
  readonly pipeline: string;
  readonly mode: "dense" | "naive" | "anchors" | "anchors+recompute";
  readonly json?: string;
  readonly model?: string;
  readonly threads?: number;
  readonly context?: number;
  readonly gamma?: number;
  readonly ratio?: number;
  readonly "own-text"?: "exact" | "corrected" | "moved";
  readonly verbose: boolean;
}

export async function runPipelineCommand(o: RunOptions, progress: Reporter): Promise<void> {
  const file = o.pipeline;
  const { gamma, ratio, mode } = o;
  const { spec, modelPath } = load(file, o.model);
  progress.step(`running ${file} (${mode})`);
  const res = await runPipelineSpec(spec, {
    modelPath,
    mode,
    threads: o.threads ?? spec.threads ?? 2,
    contextSize: o.context,
    anchors: gamma === undefined ? undefined : { gamma },
    recompute: ratio === undefined ? undefined : { ...DEFAULT_RECOMPUTE, ratio },
    ownText: o["own-text"],
    log: o.verbose ? (l) => progress.note(l) : undefined,
  });
  progress.done();
  const out = process.stdout;
  out.write(`model ${res.model}, mode ${res.mode}, call order ${res.order.join(" -> ")}\n`);
  for (const run of res.runs) {
    out.write(`\ninput ${run.input}:\n`);
    out.write(textTable(["agent", "sees", "ttft ms", "prompt tok", "reused tok", "decision"],
      run.agents.map((a) => [a.name, a.sees.join(",") || "-", a.ttftMs.toFixed(1), String(a.promptTokens), String(a.reusedTokens), a.decision.length > 70 ? `${a.decision.slice(0, 67)}...` : a.decision])));
    for (const a of run.agents) out.write(`  ${a.name}: ${a.output.replace(/\s+/g, " ").slice(0, 200)}\n`);
  }
  out.write(`\nreuse rate ${(100 * res.reuseRate).toFixed(0)}% of calls, ${(100 * res.sharedTokenReuseRate).toFixed(0)}% of shared-part tokens, ${(100 * res.tokenReuseRate).toFixed(0)}% of prompt tokens (own text: ${res.ownText})\n`);
  const json = o.json;
  if (json) {
    await mkdir(dirname(json), { recursive: true });
    await writeFile(json, `${JSON.stringify({ pipeline: file, ...res, date: new Date().toISOString() }, null, 2)}\n`);
  }
}

/** A file whose content is wrong is a usage error (exit 2); one that cannot be read, or names a missing model, a failure (1). */
function load(file: string, model?: string): ReturnType<typeof loadPipelineFile> {
  try {
    return loadPipelineFile(file, { model });
  } catch (e) {
    if (e instanceof InvalidPipelineError) throw new UsageError(`${e.name}: ${e.message}`, { cause: e });
    throw e;
  }
}
