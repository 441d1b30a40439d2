import { availableParallelism } from "node:os";
import { intFlag, parseFlags } from "../bench/flags.js";
import { EMBEDDED_MODEL, embeddedModelAvailable, ragExchange } from "../examples/rag-exchange.js";
import { ensureSynthModel } from "../models/synth-cache.js";

/** `kvmesh demo`: the RAG exchange on the embedded model, with and without KV reuse. */
export async function runDemo(argv: string[]): Promise<void> {
  const f = parseFlags(argv);
  let modelPath = f.get("model");
  if (!modelPath) {
    if (embeddedModelAvailable()) modelPath = EMBEDDED_MODEL;
    else {
      modelPath = await ensureSynthModel("tiny");
      process.stdout.write(`note: ${EMBEDDED_MODEL} is missing; using a random-weight synthetic model, so answers are noise (timings are real)\n`);
    }
  }
  const size = intFlag(f, "agents", 3);
  if (size !== 1 && size !== 3 && size !== 5) throw new Error("--agents must be 1, 3 or 5");
  const res = await ragExchange({ modelPath, instances: intFlag(f, "instances", 3), size, threads: intFlag(f, "threads", availableParallelism()) });
  const out = process.stdout;
  out.write(`model: ${res.model}\n\n`);
  const header = ["instance", "agent", "prompt tok", "reused tok", "TTFT dense ms", "TTFT reuse ms", "speedup"];
  const lines = res.rows.map((r) => [r.instance, r.role, String(r.promptTokens), String(r.reusedTokens), r.denseTtftMs.toFixed(1), r.reuseTtftMs.toFixed(1), `${(r.denseTtftMs / r.reuseTtftMs).toFixed(1)}x`]);
  table(out, header, lines);
  out.write("\n");
  table(out, ["instance", "gold answer", "dense answer", "reuse answer", "dense ok", "reuse ok"],
    res.answers.map((a) => [a.instance, a.gold, clip(a.dense), clip(a.reuse), a.denseRight ? "yes" : "no", a.reuseRight ? "yes" : "no"]));
  const reused = res.rows.reduce((a, r) => a + r.reusedTokens, 0);
  const prompt = res.rows.reduce((a, r) => a + r.promptTokens, 0);
  const dense = res.rows.reduce((a, r) => a + r.denseTtftMs, 0);
  const reuse = res.rows.reduce((a, r) => a + r.reuseTtftMs, 0);
  out.write(`\nreused ${reused} of ${prompt} prompt tokens (${((100 * reused) / prompt).toFixed(0)}%); summed TTFT ${dense.toFixed(0)} ms dense vs ${reuse.toFixed(0)} ms with reuse; ${res.fallbacks} fallbacks to prefill\n`);
  out.write(`answers right: dense ${res.answers.filter((a) => a.denseRight).length}/${res.answers.length}, reuse ${res.answers.filter((a) => a.reuseRight).length}/${res.answers.length}\n`);
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}

function table(out: NodeJS.WritableStream, header: string[], rows: string[][]): void {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  out.write(`${header.map((h, i) => h.padEnd(w[i])).join("  ")}\n`);
  out.write(`${w.map((n) => "-".repeat(n)).join("  ")}\n`);
  for (const r of rows) out.write(`${r.map((c, i) => c.padEnd(w[i])).join("  ")}\n`);
}
