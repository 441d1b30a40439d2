import { availableParallelism } from "node:os";
import { intFlag, parseFlags, UsageError } from "../bench/flags.js";
import { REUSE_MODES, type ReuseMode } from "../agents/pipeline-session.js";
import { EMBEDDED_MODEL, embeddedModelAvailable, ragExchange } from "../examples/rag-exchange.js";
import { ensureSynthModel } from "../models/synth-cache.js";
import { BrokerSegmentSource } from "../agents/broker-source.js";
import { RemoteCorrector } from "../agents/remote-corrector.js";
import { startLocalBroker, type LocalBroker } from "../examples/local-broker.js";

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
  // Through a broker process by default, as agents in separate processes would share.
  const useBroker = f.get("broker") !== "off";
  let broker: LocalBroker | undefined;
  let store: BrokerSegmentSource | undefined;
  let anchors: RemoteCorrector | undefined;
  if (useBroker) {
    try {
      broker = await startLocalBroker();
      store = BrokerSegmentSource.create({ grpc: broker.grpc, namespace: broker.namespace, token: broker.token, tls: broker.tls });
      anchors = await RemoteCorrector.connect({ grpc: broker.grpc, namespace: broker.namespace, token: broker.token, tls: broker.tls });
      if (broker.tlsSkipped) out.write(`note: the broker runs without TLS (cleartext on loopback only): ${broker.tlsSkipped}\n`);
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
      modelPath, instances: intFlag(f, "instances", 12), size, mode, threads: intFlag(f, "threads", availableParallelism()),
      store, anchorService: anchors, costModel,
      log: verbose ? (l) => process.stderr.write(`${l}\n`) : undefined,
    });
    const guard = broker ? (broker.tls ? "TLS with a throwaway CA, namespace token" : "cleartext loopback, namespace token") : "";
    report(out, res, mode, broker ? `a broker process at ${broker.grpc} (segments and anchor pools; ${guard})` : "this process", costModel);
    if (anchors) {
      const st = await anchors.stats();
      out.write(`broker anchor pools: ${st.anchors} anchors in ${st.kinds} placeholder kinds, ${(st.bytes / 2 ** 20).toFixed(1)} MiB; ${st.corrected} corrections served, ${st.observations} dense prefills learned from\n`);
    }
  } finally {
    await anchors?.dispose();
    await store?.dispose();
    await broker?.stop();
  }
}

function report(out: NodeJS.WritableStream, res: Awaited<ReturnType<typeof ragExchange>>, mode: string, where: string, costModel: boolean): void {
  out.write(`model: ${res.model}\nreuse mode: ${mode}, shared through ${where}, cost model ${costModel ? "on" : "off"}; dense = full prefill of every prompt, the reference\n\n`);
  table(out, ["instance", "agent", "prompt", "reused", "TTFT dense", "TTFT reuse", "how"],
    res.calls.map((c) => [c.instance, c.role, String(c.promptTokens), String(c.reusedTokens), `${c.denseTtftMs.toFixed(1)} ms`, `${c.reuseTtftMs.toFixed(1)} ms`, how(c.servedByReuse, c.decision, c.reusedTokens)]));
  out.write("\n");
  table(out, ["instance", "gold", "dense answer", "reuse answer", "dense", "reuse"],
    res.dense.map((d, i) => [d.instanceId, d.goldAnswer, clip(d.answer), clip(res.reuse[i].answer), d.correct ? "right" : "wrong", res.reuse[i].correct ? "right" : "wrong"]));
  const served = res.calls.filter((c) => c.servedByReuse);
  const reused = res.calls.reduce((a, c) => a + c.reusedTokens, 0);
  const prompt = res.calls.reduce((a, c) => a + c.promptTokens, 0);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const dServed = sum(served.map((c) => c.denseTtftMs));
  const rServed = sum(served.map((c) => c.reuseTtftMs));
  const own = res.calls.filter((c) => !c.servedByReuse).reduce((a, c) => a + c.reusedTokens, 0);
  out.write(`\ncalls served by reuse: ${served.length}/${res.calls.length}; reused ${reused} of ${prompt} prompt tokens (${pct(reused, prompt)})` +
    (own > 0 ? `, ${own} of them an agent's own earlier prefix` : "") + "\n");
  if (served.length > 0) out.write(`TTFT of the calls served by reuse: ${dServed.toFixed(0)} ms dense vs ${rServed.toFixed(0)} ms reused (${(dServed / rServed).toFixed(1)}x), of which offset correction ${sum(served.map((c) => c.correctionMs)).toFixed(0)} ms\n`);
  if (served.length > 0 && rServed >= dServed) {
    out.write(`note: these prompts prefill in ~${(dServed / served.length).toFixed(0)} ms on this small model, so fetching and correcting shared KV costs as much as it saves;\n` +
      `      reuse pays with longer prompts and bigger models (bench/README.md: 29x at 1024 tokens on a 0.5B shape, 57x for agent 5 of the KVCOMM setting)\n`);
  }
  const declined = res.calls.filter((c) => !c.servedByReuse && c.decision.includes("predicted reuse"));
  if (declined.length > 0) {
    const example = declined[declined.length - 1].decision;
    out.write(`the cost model prefilled ${declined.length}/${res.calls.length} calls because reuse was predicted slower, e.g. "${example.slice(example.indexOf("predicted"))}";\n` +
      `      \`kvmesh demo --cost-model off\` reuses anyway and shows what it would cost\n`);
  }
  out.write(`all calls: ${sum(res.calls.map((c) => c.denseTtftMs)).toFixed(0)} ms dense vs ${sum(res.calls.map((c) => c.reuseTtftMs)).toFixed(0)} ms with reuse; ${res.fallbacks} fallbacks to prefill\n`);
  out.write(`answers right: dense ${res.dense.filter((d) => d.correct).length}/${res.dense.length}, reuse ${res.reuse.filter((d) => d.correct).length}/${res.reuse.length}; reuse agrees with dense on ${res.dense.filter((d, i) => d.answer === res.reuse[i].answer).length}/${res.dense.length}\n`);
}

function how(served: boolean, decision: string, reusedTokens: number): string {
  if (served) return "reused";
  // No shared part came from another agent; the agent kept its own earlier prompt's prefix.
  if (reusedTokens > 0 && !decision.startsWith("fallback")) return "own prefix kept";
  if (decision.startsWith("prefill (anchors learn)")) return "prefilled, anchors learn";
  if (decision.startsWith("fallback")) return "fallback";
  if (decision.includes("predicted reuse")) return "prefilled (cost model)";
  return "prefilled";
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
