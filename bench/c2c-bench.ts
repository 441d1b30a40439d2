/**
 * `kvmesh bench c2c`: how long the receiver takes to answer a held-out question of the designed C2C
 * setting (models/c2c/heldout.json), end to end, four ways, interleaved per question (the order
 * rotates):
 *
 *   c2cInProcess  both agents prefill the prompt but its last token at once (two contexts), the
 *                 receiver fuses the sharer's KV in this process, loads it, decodes (the path of
 *                 `kvmesh eval c2c`)
 *   c2cBroker     the sharer agent prefills and publishes its KV of those tokens to a `kvmesh broker`
 *                 process (a free loopback port, gRPC, TLS as `kvmesh demo` runs it); the receiver
 *                 prefills and asks the broker to fuse that segment by key (fuseFromBroker), loads
 *                 the answer, decodes. Reported end to end and for the receiver alone (the sharer
 *                 having published before)
 *   text          the sharer writes a short message (the retriever role), the receiver reads it
 *   receiver      the receiver alone
 *
 * Every agent has its own context and the same llama.cpp threads; text and receiver keep what their
 * sequence holds of the prompt's prefix (their own best caching: the system prompt), the fusion paths
 * prefill everything (fusion has no prefix cache). The two fusion paths must give the same replies
 * (the broker runs the same fuser on the same bytes); the report counts those that differ.
 */
import { createHash } from "node:crypto";
import type { LlamaModel } from "node-llama-cpp";
import { readFile } from "node:fs/promises";
import os from "node:os";
import { Agent } from "../agents/agent.js";
import { BrokerSegmentSource } from "../agents/cache/broker-source.js";
import { decodeGreedy, fuseFromBroker, fuseIntoReceiver, prefillAndCut } from "../agents/correct/c2c-fusion.js";
import { RemoteProjector } from "../agents/correct/remote-projector.js";
import { sharedLlama } from "../agents/llama-runtime.js";
import type { ReuseOptions } from "../agents/agent.js";
import { startLocalBroker } from "../broker/local-process.js";
import { KvmeshError } from "../models/errors.js";
import { openProjector } from "../models/projector-file.js";
import { readModelInfo } from "../models/read-model-info.js";
import { PROMPT_SEGMENT_ID } from "../pipelines/cross-model-fusion.js";
import { buildAgentParts } from "../pipelines/suite/format.js";
import { ragSuite } from "../pipelines/suite/rag.js";
import { normalizeAnswer } from "../pipelines/suite/types.js";
import { heldOutQuestions, inputs, type HeldOutQuestion } from "./c2c-eval.js";
import { mean, median, percentile } from "./fidelity.js";
import { machine, writeJsonReport } from "./report-files.js";

/** The benchmark could not run as asked (the broker does not list the projector for the pair). */
export class C2cBenchError extends KvmeshError {}

export const C2C_BENCH_METHODS = ["c2cInProcess", "c2cBroker", "text", "receiver"] as const;
type Method = (typeof C2C_BENCH_METHODS)[number];

export interface C2cBenchOptions {
  readonly sharer: string;
  readonly receiver: string;
  readonly projector: string;
  /** The first N held-out questions (default all). */
  readonly limit?: number;
  /** Untimed questions first (every method), from the start of the measured set. */
  readonly warmup: number;
  readonly threads: number;
  readonly json?: string;
  readonly log?: (line: string) => void;
}

/** One method on one question: the reply, its end-to-end ms, stage ms, and a fallback's reason. */
interface Run {
  readonly reply: string;
  readonly ms: number;
  readonly stages: Readonly<Record<string, number>>;
  readonly fallback?: string;
  /** c2cBroker: from the receiver's start (the sharer's segment already published) to its reply. */
  readonly receiverMs?: number;
}

const ROLE = ragSuite.roles;
const CONTEXT = 512;
/** Baselines keep what their sequence holds of the prompt's prefix (exact), as llama.cpp's server does. */
const OWN_PREFIX: ReuseOptions = { prefix: true, ownCache: false };

interface Spread { readonly median: number; readonly p10: number; readonly p90: number; readonly mean: number; readonly n: number }
const spread = (xs: readonly number[]): Spread => ({ median: median(xs), p10: percentile(xs, 0.1), p90: percentile(xs, 0.9), mean: mean(xs), n: xs.length });

interface MethodSummary {
  readonly latencyMs: Spread;
  /** c2cBroker: the receiver's part alone. */
  readonly receiverLatencyMs?: Spread;
  readonly stagesMedianMs: Readonly<Record<string, number>>;
  readonly accuracy: number;
  readonly correct: number;
  readonly n: number;
  readonly fallbacks: number;
  readonly fallbackReasons: readonly string[];
}

export async function runC2cBench(o: C2cBenchOptions): Promise<Record<string, unknown>> {
  const [sharerInfo, receiverInfo] = await Promise.all([readModelInfo(o.sharer), readModelInfo(o.receiver)]);
  const bytes = new Uint8Array(await readFile(o.projector));
  // A projector for another pair is refused here (ProjectorPairError), before anything runs.
  const projector = openProjector(bytes, { sharer: sharerInfo.fingerprint, receiver: receiverInfo.fingerprint });
  const projectorSha = createHash("sha256").update(bytes).digest("hex");
  const all = await heldOutQuestions();
  const qs = o.limit ? all.slice(0, o.limit) : all;
  const date = new Date().toISOString();
  const loadBefore = os.loadavg();
  o.log?.(`${qs.length} held-out questions, ${o.threads} llama.cpp thread${o.threads === 1 ? "" : "s"} per agent; load average ${loadBefore.map((x) => x.toFixed(2)).join(" ")}`);

  const broker = await startLocalBroker(20_000, ["bench"], { args: ["--projectors", o.projector] });
  const conn = { grpc: broker.grpc, namespace: broker.namespace, token: broker.token, ...(broker.tls ? { tls: { caFile: broker.tls.caFile } } : {}) };
  const store = BrokerSegmentSource.create({ ...conn, throwOnPublishError: true });
  let remote: RemoteProjector | undefined;
  const agents: Agent[] = [];
  const models: LlamaModel[] = [];
  try {
    remote = await RemoteProjector.connect(conn);
    const listed = await remote.find(sharerInfo.fingerprint, receiverInfo.fingerprint);
    if (!listed) throw new C2cBenchError(`the broker does not list ${o.projector} for sharer ${sharerInfo.fingerprint} -> receiver ${receiverInfo.fingerprint}`);
    if (listed.sha256 !== projectorSha) throw new C2cBenchError(`the broker's projector for the pair is not ${o.projector} (SHA-256 ${listed.sha256}, the file's ${projectorSha})`);
    o.log?.(`broker ${broker.grpc} (${broker.tls ? "TLS" : `cleartext: ${broker.tlsSkipped}`}) lists ${listed.projectorId}`);
    const llama = await sharedLlama();
    const receiverModel = await llama.loadModel({ modelPath: o.receiver });
    models.push(receiverModel);
    const sharerModel = await llama.loadModel({ modelPath: o.sharer });
    models.push(sharerModel);
    // One context per method and side, the models loaded once.
    const agent = async (name: string, side: "sharer" | "receiver") => {
      const a = await Agent.create({ modelPath: side === "sharer" ? o.sharer : o.receiver, model: side === "sharer" ? sharerModel : receiverModel, name, threads: o.threads, contextSize: CONTEXT });
      agents.push(a);
      return a;
    };
    const ctx = {
      inProcess: { receiver: await agent("in-process receiver", "receiver"), sharer: await agent("in-process sharer", "sharer") },
      broker: { receiver: await agent("broker receiver", "receiver"), sharer: await agent("broker sharer", "sharer") },
      text: { receiver: await agent("text receiver", "receiver"), sharer: await agent("text sharer", "sharer") },
      receiver: await agent("receiver alone", "receiver"),
    };
    const rp = remote;
    const run = async (m: Method, q: HeldOutQuestion): Promise<Run> => {
      const answerer = buildAgentParts(ROLE.answerer.system, inputs(q), []);
      const t0 = performance.now();
      if (m === "receiver") {
        const reply = (await ctx.receiver.generate(answerer, { maxTokens: ROLE.answerer.maxTokens, reuse: OWN_PREFIX })).text;
        return { reply, ms: performance.now() - t0, stages: {} };
      }
      if (m === "text") {
        const quote = (await ctx.text.sharer.generate(buildAgentParts(ROLE.retriever.system, inputs(q), []), { maxTokens: ROLE.retriever.maxTokens, reuse: OWN_PREFIX })).text;
        const t1 = performance.now();
        const reader = buildAgentParts(ROLE.reader.system, inputs(q), [{ role: "retriever", text: quote }]);
        const reply = (await ctx.text.receiver.generate(reader, { maxTokens: ROLE.reader.maxTokens, reuse: OWN_PREFIX })).text;
        const t2 = performance.now();
        return { reply, ms: t2 - t0, stages: { sharerMs: t1 - t0, receiverMs: t2 - t1 } };
      }
      const side = m === "c2cInProcess" ? ctx.inProcess : ctx.broker;
      const tokens = Array.from(side.receiver.tokenize(answerer).tokens);
      const head = tokens.slice(0, -1);
      if (m === "c2cInProcess") {
        const st = await fuseIntoReceiver(side.receiver, side.sharer, projector, head);
        const t1 = performance.now();
        const reply = await decodeGreedy(side.receiver, tokens.slice(-1), ROLE.answerer.maxTokens);
        const t2 = performance.now();
        return { reply, ms: t2 - t0, stages: { ...st, decodeMs: t2 - t1 } };
      }
      // Through the broker: the sharer publishes, then the receiver has it fused by key.
      const seg = await prefillAndCut(side.sharer, head);
      const t1 = performance.now();
      await store.publish(PROMPT_SEGMENT_ID, seg);
      const t2 = performance.now();
      const f = await fuseFromBroker(side.receiver, rp, { keyDigest: store.keyOf(seg).digest, modelFingerprint: seg.modelFingerprint }, head);
      const t3 = performance.now();
      const reply = await decodeGreedy(side.receiver, tokens.slice(-1), ROLE.answerer.maxTokens);
      const t4 = performance.now();
      const stages = {
        sharerPrefillMs: t1 - t0, publishMs: t2 - t1, prefillMs: f.prefillMs,
        // fuseFromBroker's own split (find + Fuse RPC, load) where it fused; what it took past the prefill otherwise.
        fuseMs: f.kind === "fused" ? f.fuseMs : t3 - t2 - f.prefillMs, loadMs: f.kind === "fused" ? f.loadMs : 0, decodeMs: t4 - t3,
      };
      return { reply, ms: t4 - t0, receiverMs: t4 - t2, stages, ...(f.kind === "prefilled" ? { fallback: f.reason } : {}) };
    };

    for (const [i, q] of qs.slice(0, o.warmup).entries()) for (const m of C2C_BENCH_METHODS) { await run(m, q); o.log?.(`warm-up ${i + 1}/${o.warmup} ${m}`); }
    const runs = Object.fromEntries(C2C_BENCH_METHODS.map((m) => [m, [] as Run[]])) as Record<Method, Run[]>;
    const rows: Record<string, unknown>[] = [];
    const t0 = performance.now();
    for (const [i, q] of qs.entries()) {
      const row: Record<string, unknown> = { qid: q.qid, answer: q.answer };
      // Interleaved, the order rotating so that no method always runs first (or after the same one).
      const order = C2C_BENCH_METHODS.map((_, k) => C2C_BENCH_METHODS[(i + k) % C2C_BENCH_METHODS.length]);
      for (const m of order) {
        const r = await run(m, q);
        runs[m].push(r);
        row[m] = { reply: r.reply, ms: r.ms, ok: ragSuite.extractAnswer(r.reply) === normalizeAnswer(q.answer), ...(r.fallback ? { fallback: r.fallback } : {}) };
      }
      rows.push(row);
      if ((i + 1) % 20 === 0) o.log?.(`${i + 1}/${qs.length} questions`);
    }
    const seconds = (performance.now() - t0) / 1000;
    const loadAfter = os.loadavg();

    const summarize = (m: Method): MethodSummary => {
      const rs = runs[m];
      const correct = rows.filter((r) => (r[m] as { ok: boolean }).ok).length;
      const stageNames = [...new Set(rs.flatMap((r) => Object.keys(r.stages)))];
      const fallbacks = rs.flatMap((r) => (r.fallback ? [r.fallback] : []));
      return {
        latencyMs: spread(rs.map((r) => r.ms)),
        ...(m === "c2cBroker" ? { receiverLatencyMs: spread(rs.map((r) => r.receiverMs!)) } : {}),
        stagesMedianMs: Object.fromEntries(stageNames.map((k) => [k, median(rs.map((r) => r.stages[k] ?? 0))])),
        accuracy: correct / rs.length, correct, n: rs.length, fallbacks: fallbacks.length, fallbackReasons: [...new Set(fallbacks)],
      };
    };
    const methods: Record<Method, MethodSummary> = { c2cInProcess: summarize("c2cInProcess"), c2cBroker: summarize("c2cBroker"), text: summarize("text"), receiver: summarize("receiver") };
    const differing = rows.filter((r) => (r.c2cInProcess as { reply: string }).reply !== (r.c2cBroker as { reply: string }).reply).map((r) => r.qid);

    const f = (x: number) => x.toFixed(1);
    const line = (name: string, s: Spread, m: MethodSummary) =>
      [name, f(s.median), f(s.p10), f(s.p90), f(s.mean), `${(100 * m.accuracy).toFixed(1)}%`, String(m.fallbacks)];
    const table = [
      ["method", "median ms", "p10", "p90", "mean", "accuracy", "fallbacks"],
      line("C2C in process", methods.c2cInProcess.latencyMs, methods.c2cInProcess),
      line("C2C via broker, end to end", methods.c2cBroker.latencyMs, methods.c2cBroker),
      line("C2C via broker, receiver only", methods.c2cBroker.receiverLatencyMs!, methods.c2cBroker),
      line("text-to-text", methods.text.latencyMs, methods.text),
      line("receiver alone", methods.receiver.latencyMs, methods.receiver),
    ];
    const w = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
    const fmt = (r: readonly string[]) => r.map((x, c) => (c === 0 ? x.padEnd(w[c]) : x.padStart(w[c]))).join("  ");
    const stagesLine = (m: Method) => Object.entries(methods[m].stagesMedianMs).map(([k, v]) => `${k.replace(/Ms$/, "")} ${f(v)}`).join(", ");
    console.log([
      `C2C latency on ${qs.length} held-out questions (${o.threads} thread${o.threads === 1 ? "" : "s"} per agent; ${date}; load average ${loadBefore.map((x) => x.toFixed(2)).join(" ")} before, ${loadAfter.map((x) => x.toFixed(2)).join(" ")} after)`,
      fmt(table[0]), w.map((n) => "-".repeat(n)).join("  "), ...table.slice(1).map(fmt),
      `stage medians, in process: ${stagesLine("c2cInProcess")}`,
      `stage medians, via broker: ${stagesLine("c2cBroker")}`,
      `replies, in process vs via broker: ${qs.length - differing.length}/${qs.length} identical${differing.length ? ` (differ: qid ${differing.join(", ")})` : ""}`,
    ].join("\n"));

    const report = {
      benchmark: "kvmesh bench c2c",
      date, machine: machine(), loadavgBefore: loadBefore, loadavgAfter: loadAfter, seconds,
      threads: o.threads, contextSize: CONTEXT, warmupQuestions: o.warmup,
      pair: { sharer: { path: o.sharer, fingerprint: sharerInfo.fingerprint }, receiver: { path: o.receiver, fingerprint: receiverInfo.fingerprint } },
      projector: { path: o.projector, sha256: projectorSha, id: listed.projectorId, parameters: listed.parameters, gates: projector.header.gates },
      broker: { transport: broker.tls ? "gRPC over TLS, loopback" : "gRPC cleartext, loopback", fuse: "by key (the sharer's published segment)" },
      heldOut: { questions: qs.length, of: all.length },
      methods,
      identicalReplies: { c2cInProcessVsBroker: { identical: qs.length - differing.length, n: qs.length, differingQids: differing } },
      replies: rows,
    };
    if (o.json) writeJsonReport(o.json, report);
    return report;
  } finally {
    for (const a of agents) await a.dispose();
    for (const m of models) await m.dispose();
    remote?.dispose();
    await store.dispose();
    await broker.stop();
  }
}
