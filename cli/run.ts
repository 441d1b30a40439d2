/**
 * kvmesh run --pipeline FILE [--mode dense|naive|anchors|anchors+recompute] [--json OUT]
 *            [--model FILE] [--threads N] [--context N] [--gamma G] [--ratio R] [--own-text exact|moved]
 *
 * Runs a user-described agent graph (docs/pipeline-file.md) in one reuse mode;
 * prints each agent's reply and numbers, writes JSON.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseFlags, UsageError } from "../bench/flags.js";
import { isReuseMode, loadPipelineFile, runPipelineSpec } from "../bench/run-pipeline.js";
import { table } from "../bench/ttft-setting.js";

export const RUN_USAGE =
  "usage: kvmesh run --pipeline FILE [--mode dense|naive|anchors|anchors+recompute] [--json OUT] [--model FILE] [--threads N] [--context N] [--gamma G] [--ratio R] [--own-text exact|moved] [--verbose]";

const KNOWN = ["pipeline", "mode", "json", "model", "threads", "context", "gamma", "ratio", "own-text", "verbose"];

export async function runPipelineCommand(argv: string[]): Promise<void> {
  const f = parseFlags(argv);
  for (const k of f.keys()) if (!KNOWN.includes(k)) throw new UsageError(`unknown option --${k}\n${RUN_USAGE}`);
  const file = f.get("pipeline");
  if (!file || file === "true") throw new UsageError(`--pipeline FILE is required\n${RUN_USAGE}`);
  const mode = f.get("mode") ?? "anchors";
  if (!isReuseMode(mode)) throw new UsageError(`--mode must be dense, naive, anchors or anchors+recompute, got "${mode}"\n${RUN_USAGE}`);
  const num = (name: string, min: number, max = Infinity, int = false): number | undefined => {
    const v = f.get(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max || (int && !Number.isInteger(n))) throw new UsageError(`--${name} must be ${int ? "an integer" : "a number"} in [${min}, ${max}], got "${v}"`);
    return n;
  };
  const ownText = f.get("own-text");
  if (ownText !== undefined && ownText !== "exact" && ownText !== "moved") throw new UsageError(`--own-text must be exact or moved, got "${ownText}"\n${RUN_USAGE}`);
  const { spec, modelPath } = loadPipelineFile(file, { model: f.get("model") });
  const gamma = num("gamma", 0);
  const ratio = num("ratio", 0, 1);
  const res = await runPipelineSpec(spec, {
    modelPath,
    mode,
    threads: num("threads", 1, 1024, true) ?? spec.threads ?? 2,
    contextSize: num("context", 64, 1 << 20, true),
    anchors: gamma === undefined ? undefined : { gamma },
    recompute: ratio === undefined ? undefined : { ratio, selection: "uncertainty" },
    ownText,
    log: f.has("verbose") ? (l) => process.stderr.write(`${l}\n`) : undefined,
  });
  const out = process.stdout;
  out.write(`model ${res.model}, mode ${res.mode}, call order ${res.order.join(" -> ")}\n`);
  for (const run of res.runs) {
    out.write(`\ninput ${run.input}:\n`);
    out.write(`${table(["agent", "sees", "ttft ms", "prompt tok", "reused tok", "decision"],
      run.agents.map((a) => [a.name, a.sees.join(",") || "-", a.ttftMs.toFixed(1), String(a.promptTokens), String(a.reusedTokens), a.decision.length > 70 ? `${a.decision.slice(0, 67)}...` : a.decision])).join("\n")}\n`);
    for (const a of run.agents) out.write(`  ${a.name}: ${a.output.replace(/\s+/g, " ").slice(0, 200)}\n`);
  }
  out.write(`\nreuse rate ${(100 * res.reuseRate).toFixed(0)}% of calls, ${(100 * res.sharedTokenReuseRate).toFixed(0)}% of shared-part tokens, ${(100 * res.tokenReuseRate).toFixed(0)}% of prompt tokens (own text: ${res.ownText})\n`);
  const json = f.get("json");
  if (json) {
    await mkdir(dirname(json), { recursive: true });
    await writeFile(json, `${JSON.stringify({ pipeline: file, ...res, date: new Date().toISOString() }, null, 2)}\n`);
  }
}
