import { intFlag, parseFlags, UsageError } from "../bench/flags.js";
import { sharedMachineThreads } from "../agents/llama-runtime.js";
import { REUSE_MODES, type ReuseMode } from "../agents/pipeline-session.js";
import { EMBEDDED_MODEL, embeddedModelAvailable, exchangeSummary, ragExchange, type ExchangeCall, type ExchangeSummary } from "../examples/rag-exchange.js";
import { ensureSynthModel } from "../models/synth-cache.js";
import { BrokerSegmentSource } from "../agents/broker-source.js";
import { RemoteCorrector } from "../agents/remote-corrector.js";
import { startLocalBroker, type LocalBroker } from "../broker/local-process.js";
import { writeJsonReport } from "../bench/report-files.js";

/** `kvmesh demo`: the RAG exchange on the embedded model, dense vs KV reuse, side by side. */
export async function runDemo(argv: string[]): Promise<void> {
  const f = parseFlags(argv);
  const out = process.stdout;
  let modelPath = f.get("model");
  if (!modelPath) {
    if (embeddedModelAvailable()) modelPath = EMBEDDED_MODEL;
    else {
      modelPath = await ensureSynthModel("tiny");
      out.write(`note: ${EMBEDDED_MODEL} is missing; using a random-weight synthetic model, so answers are noise (timings are real)\n`);
    }
  }
  const size = intFlag(f, "agents", 3);
  if (size !== 1 && size !== 3 && size !== 5) throw new UsageError("--agents must be 1, 3 or 5");
  const mode = (f.get("mode") ?? "anchors") as ReuseMode;
  if (!REUSE_MODES.includes(mode) || mode === "dense") throw new UsageError(`--mode must be one of ${REUSE_MODES.filter((m) => m !== "dense").join(", ")}`);
  const verbose = f.has("verbose");
  const costModelFlag = f.get("cost-model") ?? "on";
  if (costModelFlag !== "on" && costModelFlag !== "off") throw new UsageError("--cost-model must be on or off");
  const costModel = costModelFlag === "on";
  const ownText = f.get("own-text") ?? "exact";
  if (ownText !== "exact" && ownText !== "moved") throw new UsageError("--own-text must be exact or moved");
  const json = f.get("json");
  if (json === "true") throw new UsageError("--json needs a file name");
  // Through a broker process by default, as agents in separate processes would share.
  const useBroker = f.get("broker") !== "off";
  let broker: LocalBroker | undefined;
  let store: BrokerSegmentSource | undefined;
  let anchors: RemoteCorrector | undefined;
  if (useBroker) {
    try {
      broker = await startLocalBroker();
      store = BrokerSegmentSource.create({ grpc: broker.grpc, namespace: broker.namespace, token: broker.token });
      anchors = await RemoteCorrector.connect({ grpc: broker.grpc, namespace: broker.namespace, token: broker.token });
    } catch (e) {
      out.write(`note: could not start a broker (${e instanceof Error ? e.message : String(e)}); sharing in process instead\n`);
      await store?.dispose();
      await broker?.stop();
      broker = undefined;
      store = undefined;
    }
  }
  try {
    const res = await ragExchange({
      // Both modes get the same threads: one core is left to the broker process and the agents' JavaScript.
      modelPath, instances: intFlag(f, "instances", 12), size, mode, threads: intFlag(f, "threads", sharedMachineThreads()),
      store, anchorService: anchors, costModel, ownText,
      log: verbose ? (l) => process.stderr.write(`${l}\n`) : undefined,
    });
    const sum = exchangeSummary(res);
    const where = broker ? `a broker process at ${broker.grpc} (segments and anchor pools)` : "this process";
    report(out, res, sum, where, costModel, ownText);
    const pools = anchors ? await anchors.stats() : undefined;
    if (pools) {
      out.write(`broker anchor pools: ${pools.anchors} anchors in ${pools.kinds} placeholder kinds, ${(pools.bytes / 2 ** 20).toFixed(1)} MiB; ` +
        `it computed ${pools.corrected} corrections of single parts (${pools.ahead} ahead of the call, ${pools.aheadUsed} of those used) and answered ${pools.prefills} with "prefill"; ` +
        `${pools.observations} dense prefills taught it\n`);
    }
    if (json) writeJsonReport(json, { ...sum, through: broker ? "broker" : "in-process", costModel, ownText, brokerAnchors: pools, date: new Date().toISOString() });
  } finally {
    await anchors?.dispose();
    await store?.dispose();
    await broker?.stop();
  }
}

export function report(out: NodeJS.WritableStream, res: Awaited<ReturnType<typeof ragExchange>>, sum: ExchangeSummary, where: string, costModel: boolean, ownText: string): void {
  out.write(`model: ${res.model}\nreuse mode: ${res.mode}, shared through ${where}, cost model ${costModel ? "on" : "off"}, own text reused ${ownText === "exact" ? "only where exact" : "also moved"}, ${res.threads} llama.cpp threads in both modes;\n` +
    "dense = full prefill of every prompt (keeping what the agent's sequence holds of its prefix), the reference\n\n");
  table(out, ["instance", "agent", "prompt", "reused", "shared reused", "TTFT dense", "TTFT reuse", "how"],
    res.calls.map((c) => [c.instance, c.role, String(c.promptTokens), String(c.reusedTokens), `${c.reusedSharedTokens}/${c.sharedTokens}`, `${c.denseTtftMs.toFixed(1)} ms`, `${c.reuseTtftMs.toFixed(1)} ms`, how(c)]));
  out.write("\n");
  table(out, ["instance", "gold", "dense answer", "reuse answer", "dense", "reuse"],
    res.dense.map((d, i) => [d.instanceId, d.goldAnswer, clip(d.answer), clip(res.reuse[i].answer), d.correct ? "right" : "wrong", res.reuse[i].correct ? "right" : "wrong"]));
  out.write(`\ncalls of agents 2..${sum.agents} served by reuse (reused shared KV injected): ${sum.servedByReuse}/${sum.downstreamCalls}; ` +
    `shared-part tokens reused ${sum.reusedSharedTokens} of ${sum.sharedTokens} (${pct(sum.reusedSharedTokens, sum.sharedTokens)}), all reused ${sum.reusedTokens} of ${sum.promptTokens} prompt tokens (${pct(sum.reusedTokens, sum.promptTokens)})\n`);
  out.write(`total TTFT, all ${sum.calls} calls: ${sum.ttftMs.dense.toFixed(0)} ms dense vs ${sum.ttftMs.reuse.toFixed(0)} ms with reuse (${(sum.ttftMs.reuse / sum.ttftMs.dense).toFixed(2)}x); ` +
    `agents 2..${sum.agents}: ${sum.ttftMs.downstreamDense.toFixed(0)} vs ${sum.ttftMs.downstreamReuse.toFixed(0)} ms (${(sum.ttftMs.downstreamReuse / sum.ttftMs.downstreamDense).toFixed(2)}x)\n`);
  out.write(`fallbacks to prefill: ${sum.fallbacks.length}${sum.fallbacks.length ? ":" : ""}\n`);
  for (const f of sum.fallbacks) out.write(`  ${f.instance} ${f.agent}: ${f.reason}\n`);
  out.write(`answers right: dense ${sum.answersRight.dense}/${sum.answersRight.of}, reuse ${sum.answersRight.reuse}/${sum.answersRight.of}; reuse agrees with dense on ${sum.answersAgree}/${sum.instances}\n`);
}

function how(c: ExchangeCall): string {
  if (c.servedByReuse) return c.stages.correctionMs > 0 || c.decision.startsWith("anchors") ? "reused (corrected)" : "reused";
  if (c.how === "prefill: first read") return c.reusedTokens > 0 ? "reads inputs first; own prefix kept" : "reads inputs first";
  return c.how;
}

const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(0) : 0}%`;

function clip(s: string): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > 32 ? `${one.slice(0, 29)}...` : one;
}

function table(out: NodeJS.WritableStream, header: string[], rows: string[][]): void {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  out.write(`${header.map((h, i) => h.padEnd(w[i])).join("  ")}\n`);
  out.write(`${w.map((n) => "-".repeat(n)).join("  ")}\n`);
  for (const r of rows) out.write(`${r.map((c, i) => c.padEnd(w[i])).join("  ")}\n`);
}
