import { availableParallelism } from "node:os";
import { EMBEDDED_MODEL, embeddedModelAvailable, exchangeSummary, ragExchange, type ExchangeCall, type ExchangeProgress, type ExchangeSummary } from "../examples/rag-exchange.js";
import { ensureSynthModel } from "../models/synth-cache.js";
import { BrokerSegmentSource } from "../agents/cache/broker-source.js";
import { RemoteCorrector } from "../agents/correct/remote-corrector.js";
import { startLocalBroker, type LocalBroker } from "../broker/local-process.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Reporter } from "./progress.js";
import { textTable } from "./table.js";

export interface DemoOptions {
  readonly model?: string;
  readonly agents: 1 | 3 | 5;
  readonly instances: number;
  readonly mode: "naive" | "anchors" | "anchors+recompute";
  readonly broker: "on" | "off";
  readonly "cost-model": "on" | "off";
  readonly "own-text": "exact" | "corrected" | "moved";
  readonly threads: number;
  readonly warmup: number;
  readonly json?: string;
  readonly verbose: boolean;
}

/** `kvmesh demo`: the RAG exchange on the embedded model, dense vs KV reuse, side by side. */
export async function runDemo(o: DemoOptions, progress: Reporter): Promise<void> {
  const out = process.stdout;
  let modelPath = o.model;
  if (!modelPath) {
    if (embeddedModelAvailable()) modelPath = EMBEDDED_MODEL;
    else {
      progress.step("writing a synthetic model (once; cached for later runs)");
      modelPath = await ensureSynthModel("tiny", { onProgress: (w, t) => progress.status(`writing a synthetic model: ${((100 * w) / t).toFixed(0)}%`) });
      out.write(`note: ${EMBEDDED_MODEL} is missing (an installed package does not carry the embedded models); using a random-weight synthetic model, so answers are noise (timings are real)\n`);
    }
  }
  const { mode, agents: size, json } = o;
  const costModel = o["cost-model"] === "on";
  const ownText = o["own-text"];
  // Through a broker process by default, as agents in separate processes would share.
  const useBroker = o.broker === "on";
  let broker: LocalBroker | undefined;
  let store: BrokerSegmentSource | undefined;
  let anchors: RemoteCorrector | undefined;
  if (useBroker) {
    try {
      progress.step("starting a broker process");
      // The broker's anchor passes get the cores the agents' llama.cpp threads leave (one with the default threads).
      broker = await startLocalBroker(undefined, undefined, { anchorThreads: Math.max(1, availableParallelism() - o.threads) });
      // Same host: KV moves through the broker's shm dir, requests and answers over gRPC (TLS).
      store = BrokerSegmentSource.create({ grpc: broker.grpc, namespace: broker.namespace, token: broker.token, tls: broker.tls, sameHost: true });
      anchors = await RemoteCorrector.connect({ grpc: broker.grpc, namespace: broker.namespace, token: broker.token, tls: broker.tls, sameHost: true });
      if (broker.tlsSkipped) out.write(`note: the broker runs without TLS (cleartext on loopback only): ${broker.tlsSkipped}\n`);
    } catch (e) {
      progress.note(`note: could not start a broker (${e instanceof Error ? e.message : String(e)}); sharing in process instead`, undefined, "warn");
      await store?.dispose();
      await broker?.stop();
      broker = undefined;
      store = undefined;
    }
  }
  try {
    const res = await ragExchange({
      // Both modes get the same threads (cli/commands.ts: cores - 1, one core left to the broker process and the agents' JavaScript).
      modelPath, instances: o.instances, size, mode, threads: o.threads, warmup: o.warmup,
      store, anchorService: anchors, costModel, ownText,
      log: o.verbose ? (l) => progress.note(l) : undefined,
      onProgress: (p) => progress.step(progressLine(p), { ...p }),
    });
    progress.done();
    const sum = exchangeSummary(res);
    const guard = broker ? (broker.tls ? "TLS with a throwaway CA, namespace token" : "cleartext loopback, namespace token") : "";
    const shm = anchors?.usesSharedMemory ? "; KV through its shm dir" : "";
    const where = broker ? `a broker process at ${broker.grpc} (segments and anchor pools; ${guard}${shm})` : "this process";
    report(out, res, sum, where, costModel, ownText);
    const pools = anchors ? await anchors.stats() : undefined;
    if (pools) {
      out.write(`broker anchor pools: ${pools.anchors} anchors in ${pools.kinds} placeholder kinds, ${(pools.bytes / 2 ** 20).toFixed(1)} MiB; ` +
        `it computed ${pools.corrected} corrections of single parts (${pools.ahead} ahead of the call, ${pools.aheadUsed} of those used) and answered ${pools.prefills} with "prefill"; ` +
        `${pools.observations} dense prefills taught it\n`);
    }
    if (json) writeJson(json, { ...sum, through: broker ? "broker" : "in-process", costModel, ownText, brokerAnchors: pools, date: new Date().toISOString() });
  } finally {
    progress.done();
    await anchors?.dispose();
    await store?.dispose();
    await broker?.stop();
  }
}

const OWN_TEXT_WORDS: Record<string, string> = { exact: "only where exact", corrected: "where exact and, after reused parts, offset-corrected", moved: "also moved uncorrected" };

export function report(out: NodeJS.WritableStream, res: Awaited<ReturnType<typeof ragExchange>>, sum: ExchangeSummary, where: string, costModel: boolean, ownText: string): void {
  out.write(`model: ${res.model}\nreuse mode: ${res.mode}, shared through ${where}, cost model ${costModel ? "on" : "off"}, own text reused ${OWN_TEXT_WORDS[ownText] ?? ownText}, ${res.threads} llama.cpp threads in both modes;\n` +
    "dense = full prefill of every prompt (keeping what the agent's sequence holds of its prefix), the reference;\n" +
    `each mode first ran ${res.warmup} unreported warm-up instance${res.warmup === 1 ? "" : "s"} (another held-out seed): llama.cpp allocates, and the anchors learn from the reuse run's dense prefills\n\n`);
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

function progressLine(p: ExchangeProgress): string {
  if (p.step !== "instance") return p.step === "load" ? "loading the model (twice: dense and reuse sessions)" : "warming up both sessions";
  return `${p.run === "dense" ? "full prefill" : "with KV reuse"}: instance ${p.instance}/${p.of}`;
}

function table(out: NodeJS.WritableStream, header: string[], rows: string[][]): void {
  out.write(textTable(header, rows));
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  process.stderr.write(`wrote ${path}\n`);
}
