/**
 * `kvmesh bench reuse`: one agent's time to first token with a full prefill
 * against reusing a document's KV, per injection path, side by side in one
 * process, with the reuse path split into stages; plus the fidelity of
 * re-positioned reuse.
 *
 * The setting: the agent's sequence already holds `--context N` tokens of its
 * own text (kept in every mode: each mode gets its own-prefix caching), then
 * reads a document of `--tokens N` tokens and a question. Reuse takes the
 * document's KV as another agent computed it, behind a different prefix, so
 * it is moved (keys rotated) but not corrected; dense prefills it. In process:
 * the segment is already in memory (no broker fetch).
 *
 * Then the realistic row (unless `--broker off`): the same prompt shape as
 * agents in separate processes run it. A producer agent reads each document
 * behind its own prefix and publishes it to a broker process; the consumer
 * fetches it over gRPC, the broker's anchor pools correct it (by key) and
 * place it at the consumer's position, and the agent injects it: fetch,
 * re-position, correct, inject, prefill of the rest. Two documents teach the
 * anchors first (dense calls); every measured round has a new document, with
 * a dense call of the same prompt interleaved (its own prefix kept).
 */
import { availableParallelism } from "node:os";
import { Agent, type CallStages } from "../agents/agent.js";
import type { InjectPath } from "../agents/inject/kv-injector.js";
import { nativeStatus } from "../agents/inject/native-addon.js";
import { sharedLlama } from "../agents/llama-runtime.js";
import { own, shared, type PromptPart } from "../agents/prompt.js";
import { SegmentCache } from "../agents/cache/segment-cache.js";
import { cpuBackend } from "../kernels/cpu-backend.js";
import { ensureSynthModel } from "../models/synth-cache.js";
import type { KvSegment } from "../segments/kv-segment.js";
import { repositionSegment } from "../segments/reposition.js";
import { argmax, klDivergence, mean, median } from "./fidelity.js";
import { fillerText } from "./filler-text.js";
import { machine, writeJsonReport } from "./report-files.js";
import { BrokerSegmentSource } from "../agents/cache/broker-source.js";
import { PipelineSession, type SessionCallResult } from "../pipelines/pipeline-session.js";
import { RemoteCorrector } from "../agents/correct/remote-corrector.js";
import { startLocalBroker } from "../broker/local-process.js";

const STAGES = ["fetch", "reposition", "inject", "suffix", "other"] as const;
type StageName = (typeof STAGES)[number];

export interface PathResult {
  readonly path: InjectPath;
  /** Median TTFT with reuse on this path. */
  readonly reuseTtftMs: number;
  readonly speedup: number;
  /** Medians per stage of the reuse call; they add up to about reuseTtftMs. */
  readonly stages: Record<StageName, { ms: number }>;
  /** KV bytes written into llama.cpp per reuse call. */
  readonly injectBytes: number;
  /** injectBytes / the inject stage's median. */
  readonly injectGBps: number;
  /** Re-positioning plus injection: everything between "segment bytes in memory" and "ready to decode the rest". */
  readonly injectTotalMs: number;
  /** The inject stage per token of the resulting sequence (context + document). */
  readonly injectUsPerToken: number;
  /** Whether only the reused segment's cells were written (the kept context stayed in place), in every measured call. */
  readonly writesOnlyNewCells: boolean;
  readonly reusedTokens: number;
  readonly reuseTtftMsRuns: number[];
}

export interface ReuseBenchResult extends PathResult {
  readonly model: string;
  readonly headline: string;
  /** Prompt tokens (context + document + question). */
  readonly tokens: number;
  readonly segmentTokens: number;
  readonly context: number;
  readonly threads: number;
  /** Measured rounds per mode. */
  readonly rounds: number;
  readonly denseTtftMs: number;
  readonly denseTtftMsRuns: number[];
  readonly paths: Partial<Record<InjectPath, PathResult>>;
  /** native injectTotalMs / file injectTotalMs, when both ran. */
  readonly nativeVsFileInject?: number;
  /** KL between the next-token distributions the two paths give for the same reuse (0: identical). */
  readonly pathsKl?: number;
  readonly pathsTop1Agree?: boolean;
  readonly repositionKlMean: number;
  readonly repositionKlMax: number;
  readonly repositionTop1Agreement: number;
  /** The control: same move without rotating K (must be clearly worse, or the check proves nothing). */
  readonly noRotationKlMean: number;
  readonly noRotationTop1Agreement: number;
  readonly repositionTrials: number;
  /** Through a broker: fetched, re-positioned and corrected (absent with --broker off). */
  readonly broker?: BrokerRowResult;
}

/** The realistic row: reuse through a broker (fetch, re-position, correct, inject), against dense, same rounds. */
export interface BrokerRowResult {
  readonly what: string;
  readonly denseTtftMs: number;
  readonly reuseTtftMs: number;
  readonly speedup: number;
  /** Medians per stage of the reuse call (they add up to about reuseTtftMs). */
  readonly stages: Record<"fetch" | "correction" | "reposition" | "inject" | "prefill" | "other", { ms: number }>;
  /** Measured rounds, of them served by reuse (the rest fell back, with reasons). */
  readonly rounds: number;
  readonly served: number;
  readonly reusedTokens: number;
  readonly fallbacks: readonly string[];
  readonly denseTtftMsRuns: number[];
  readonly reuseTtftMsRuns: number[];
}

export interface ReuseBenchOptions {
  modelPath: string;
  /** Tokens of the reused document. */
  tokens: number;
  /** Tokens of the agent's own text already in its sequence before the document. */
  context: number;
  runs: number;
  threads: number;
  trials: number;
  paths: readonly InjectPath[];
  /** Measure the realistic row through a broker process too (default true). */
  broker?: boolean;
  log?: (line: string) => void;
}

const QUESTION = " Question: what does the record above say about the answer value?";
/** The producer read the document behind this prefix, so a consumer always moves it. */
const PRODUCER_PREFIX = "Notes kept by another agent before the record:";

export async function reuseBench(o: ReuseBenchOptions): Promise<ReuseBenchResult> {
  const log = o.log ?? (() => {});
  if (o.paths.length === 0) throw new RangeError("no injection path to measure");
  const contextSize = o.context + o.tokens + 256;
  const agents = new Map<InjectPath, Agent>();
  try {
    for (const path of o.paths) {
      const first = agents.values().next().value as Agent | undefined;
      agents.set(path, await Agent.create({ modelPath: o.modelPath, threads: o.threads, contextSize, name: `bench-${path}`, injection: path, model: first?.model }));
    }
    const main = agents.get(o.paths[0])!;
    // With no context asked for, a two-word heading: a document that opened the prompt would tokenize differently at its start.
    const contextPart: PromptPart[] = [own(o.context > 0 ? fitText(main, o.context, 0) : "Record:")];
    const docText = fitText(main, o.tokens, 1);
    const prompt: PromptPart[] = [...contextPart, shared("doc", docText), own(QUESTION)];
    const { tokens, spans } = main.tokenize(prompt);
    const held = spans[0].end;
    const doc = spans[contextPart.length];
    log(`prompt: ${tokens.length} tokens (context ${held}, document ${doc.end - doc.start}, question ${tokens.length - doc.end}); paths: ${o.paths.join(", ")}`);

    // The document as a producer agent published it: computed behind another prefix.
    const cache = new SegmentCache();
    const produced = await main.generate([own(PRODUCER_PREFIX), shared("doc", docText)], { maxTokens: 1 });
    await main.publish(produced, cache);
    const docSegment = (await cache.find({ id: "doc", tokens: tokens.subarray(doc.start, doc.end), start: doc.start, context: "", modelFingerprint: main.info.fingerprint })) as KvSegment | undefined;
    if (!docSegment || docSegment.tokens.length !== doc.end - doc.start) throw new Error("the producer's document segment does not cover the document");
    log(`document segment: positions ${docSegment.positions[0]}.., reused at ${doc.start}.. (moved by ${doc.start - docSegment.positions[0]})`);

    const reuse = { source: cache, prefix: true, ownCache: false } as const;
    // Each mode starts from a sequence holding exactly the context (its own-prefix cache), untimed.
    const dense = async (a: Agent) => {
      await a.truncate(held);
      return a.generate(prompt, { maxTokens: 1, reuse: { prefix: true, ownCache: false } });
    };
    const reused = async (a: Agent) => {
      await a.truncate(held);
      const r = await a.generate(prompt, { maxTokens: 1, reuse });
      if (r.fallback) throw new Error(`reuse fell back to a prefill: ${r.fallback}`);
      if (r.stages.path !== a.injectionPath) throw new Error(`reuse did not inject (path ${r.stages.path})`);
      return r;
    };
    // Warm-up: every mode once (first calls pay allocations and page faults).
    for (const a of agents.values()) {
      await a.generate(contextPart, { maxTokens: 1 });
      await reused(a);
      await dense(a);
    }

    const denseRuns: number[] = [];
    const perPath = new Map<InjectPath, { ttft: number[]; stages: CallStages[]; reused: number }>();
    for (const p of o.paths) perPath.set(p, { ttft: [], stages: [], reused: 0 });
    const modes: ("dense" | InjectPath)[] = ["dense", ...o.paths];
    for (let r = 0; r < o.runs; r++) {
      // Rotate the order so that drift on a noisy machine hits every mode alike.
      const order = modes.map((_, i) => modes[(i + r) % modes.length]);
      const line: string[] = [];
      for (const m of order) {
        if (m === "dense") {
          const d = await dense(main);
          denseRuns.push(d.ttftMs);
          line.push(`dense ${d.ttftMs.toFixed(1)} ms`);
        } else {
          const u = await reused(agents.get(m)!);
          const rec = perPath.get(m)!;
          rec.ttft.push(u.ttftMs);
          rec.stages.push(u.stages);
          rec.reused = u.reusedTokens;
          line.push(`${m} ${u.ttftMs.toFixed(1)} ms (inject ${u.stages.injectMs.toFixed(2)}, reposition ${u.stages.repositionMs.toFixed(2)})`);
        }
      }
      log(`run ${r + 1}/${o.runs}: ${line.join(", ")}`);
    }
    const denseMs = median(denseRuns);
    const seqTokens = doc.end;
    const results: Partial<Record<InjectPath, PathResult>> = {};
    for (const [path, rec] of perPath) {
      const stages = Object.fromEntries(STAGES.map((s) => [s, { ms: round(median(rec.stages.map((x) => stageMs(x, s)))) }])) as Record<StageName, { ms: number }>;
      const bytes = rec.stages[0]?.injectBytes ?? 0;
      const injectMs = median(rec.stages.map((x) => x.injectMs));
      const reuseMs = median(rec.ttft);
      results[path] = {
        path, reuseTtftMs: round(reuseMs), speedup: round(denseMs / reuseMs), stages, injectBytes: bytes,
        injectGBps: round(bytes / 1e6 / injectMs), injectTotalMs: round(median(rec.stages.map((x) => x.injectMs + x.repositionMs))),
        injectUsPerToken: round((injectMs * 1000) / seqTokens), writesOnlyNewCells: rec.stages.every((x) => x.onlyNewCells), reusedTokens: rec.reused, reuseTtftMsRuns: rec.ttft.map(round),
      };
    }

    // Both paths must give the same next-token distribution for the same reuse.
    let pathsKl: number | undefined;
    let pathsTop1Agree: boolean | undefined;
    if (agents.has("native") && agents.has("file")) {
      const dist = async (a: Agent) => {
        await a.truncate(held);
        const r = await a.nextTokenProbabilities(prompt, reuse);
        if (r.fallback) throw new Error(`reuse fell back: ${r.fallback}`);
        return r.probs;
      };
      const pf = await dist(agents.get("file")!);
      const pn = await dist(agents.get("native")!);
      pathsKl = klDivergence(pf, pn);
      pathsTop1Agree = argmax(pf) === argmax(pn);
      log(`native vs file: KL ${pathsKl.toExponential(2)}, top-1 ${pathsTop1Agree ? "agrees" : "differs"}`);
    }

    // Fidelity of moving: the document evaluated at its own positions, moved to b (rotating K), against dense.
    await main.clear();
    const alone: PromptPart[] = [shared("doc", docText), own(QUESTION)];
    const at = main.tokenize(alone);
    const docEnd = at.spans[0].end;
    await main.generate(alone, { maxTokens: 1 });
    const selfSegment = (await main.cut(0, docEnd)).segment;
    const qTokens = Array.from(at.tokens.subarray(docEnd));
    const ref = (await main.nextTokenProbabilities(alone)).probs;
    const kls: number[] = [];
    const agree: number[] = [];
    const klsNoRot: number[] = [];
    const agreeNoRot: number[] = [];
    const maxShift = main.profile.contextSize - at.tokens.length - 1;
    for (let i = 0; i < o.trials; i++) {
      const b = 1 + Math.floor(((i + 1) * maxShift) / (o.trials + 1));
      await main.loadSegments([repositionSegment(selfSegment, b, cpuBackend, main.info.rope)]);
      const p = await main.probabilitiesAfter(qTokens);
      kls.push(klDivergence(ref, p));
      agree.push(argmax(ref) === argmax(p) ? 1 : 0);
      await main.loadSegments([shiftWithoutRotation(selfSegment, b)]);
      const pn = await main.probabilitiesAfter(qTokens);
      klsNoRot.push(klDivergence(ref, pn));
      agreeNoRot.push(argmax(ref) === argmax(pn) ? 1 : 0);
      log(`move to ${b}: KL ${kls[i].toExponential(2)} (without rotation ${klsNoRot[i].toExponential(2)})`);
    }
    const first = results[o.paths[0]]!;
    const native = results.native;
    const file = results.file;
    for (const a of [...agents.values()].reverse()) await a.dispose();
    agents.clear();
    const broker = (o.broker ?? true) ? await brokerRow(o, contextPart, log) : undefined;
    return {
      ...first,
      model: o.modelPath,
      headline: "in process (segment already in memory, no broker); the document was computed behind another prefix and is moved (keys re-rotated), not corrected",
      tokens: tokens.length, segmentTokens: doc.end - doc.start, context: held, threads: o.threads, rounds: o.runs,
      denseTtftMs: round(denseMs), denseTtftMsRuns: denseRuns.map(round),
      paths: results,
      nativeVsFileInject: native && file ? round(native.injectTotalMs / file.injectTotalMs, 4) : undefined,
      pathsKl, pathsTop1Agree,
      repositionKlMean: mean(kls), repositionKlMax: kls.length > 0 ? Math.max(...kls) : NaN, repositionTop1Agreement: mean(agree),
      noRotationKlMean: mean(klsNoRot), noRotationTop1Agreement: mean(agreeNoRot), repositionTrials: o.trials,
      broker,
    };
  } finally {
    for (const a of [...agents.values()].reverse()) await a.dispose();
  }
}

/**
 * The realistic row: producer and consumer agents sharing through a broker
 * process, the consumer's document fetched, corrected by the broker's anchor
 * pools and injected; dense calls of the same prompt interleaved.
 */
async function brokerRow(o: ReuseBenchOptions, contextPart: PromptPart[], log: (line: string) => void): Promise<BrokerRowResult> {
  // On this host, as the demo's: KV through its shm dir; its anchor passes get the cores llama.cpp's threads leave.
  const broker = await startLocalBroker(20_000, ["bench"], { anchorThreads: Math.max(1, availableParallelism() - o.threads) });
  const store = BrokerSegmentSource.create({ grpc: broker.grpc, namespace: broker.namespace, token: broker.token, tls: broker.tls, callTimeoutMs: 60_000, sameHost: true });
  let corrector: RemoteCorrector | undefined;
  const sessions: PipelineSession[] = [];
  try {
    corrector = await RemoteCorrector.connect({ grpc: broker.grpc, namespace: broker.namespace, token: broker.token, tls: broker.tls, timeoutMs: 120_000, sameHost: true });
    const contextSize = o.context + o.tokens + 256;
    const reuse = await PipelineSession.create({ modelPath: o.modelPath, mode: "anchors", threads: o.threads, contextSize, anchors: { gamma: 1 }, costModel: false, store, anchorService: corrector });
    sessions.push(reuse);
    const dense = await PipelineSession.create({ modelPath: o.modelPath, mode: "dense", threads: o.threads, contextSize });
    sessions.push(dense);
    const fit = await reuse.agent("consumer");
    const teach = 2;
    // Teaching documents a little longer than measured ones, so that the anchors cover every measured document.
    const docs = Array.from({ length: teach + o.runs }, (_, i) => fitText(fit, i < teach ? o.tokens + Math.max(4, o.tokens >> 4) : o.tokens, 10 + i));
    // Ids scoped per round; the placeholder kind (what the anchors pool by) is "doc" in every round.
    const consumerParts = (i: number): PromptPart[] => [...contextPart, shared(`r${i}/doc`, docs[i]), own(QUESTION)];
    const denseRuns: number[] = [];
    const reuseRuns: number[] = [];
    const measured: SessionCallResult[] = [];
    for (let i = 0; i < docs.length; i++) {
      // The producer reads the document behind its own prefix and publishes it (through the broker).
      await reuse.generate("producer", [own(`${PRODUCER_PREFIX} (${i})`), shared(`r${i}/doc`, docs[i])], { maxTokens: 1 });
      await reuse.precorrectionSettled();
      const order = i % 2 === 0 ? ["reuse", "dense"] : ["dense", "reuse"];
      for (const m of order) {
        if (m === "dense") {
          const d = await dense.generate("consumer", consumerParts(i), { maxTokens: 1 });
          if (i >= teach) denseRuns.push(d.ttftMs);
        } else {
          const r = await reuse.generate("consumer", consumerParts(i), { maxTokens: 1 });
          if (i >= teach) { reuseRuns.push(r.ttftMs); measured.push(r); }
          log(`broker row ${i < teach ? "teaching" : "round"} ${i + 1}: ${r.ttftMs.toFixed(1)} ms (fetch ${r.stages.fetchMs.toFixed(1)}, correction ${r.stages.correctionMs.toFixed(1)}, inject ${r.stages.injectMs.toFixed(1)}, prefill ${r.stages.prefillMs.toFixed(1)}): ${r.decision}`);
        }
      }
    }
    const served = measured.filter((c) => c.servedByReuse);
    const st = (f: (c: SessionCallResult) => number) => ({ ms: round(median(served.map(f))) });
    const denseMs = median(denseRuns);
    const reuseMs = median(reuseRuns);
    return {
      what: "through a broker process: fetched over gRPC, re-positioned and offset-corrected by the broker's anchor pools (by key), injected; dense of the same prompt keeps its own prefix",
      denseTtftMs: round(denseMs), reuseTtftMs: round(reuseMs), speedup: round(denseMs / reuseMs),
      stages: {
        fetch: st((c) => c.stages.fetchMs), correction: st((c) => c.stages.correctionMs), reposition: st((c) => c.stages.repositionMs),
        inject: st((c) => c.stages.injectMs), prefill: st((c) => c.stages.prefillMs), other: st((c) => c.stages.otherMs),
      },
      rounds: measured.length, served: served.length, reusedTokens: served[0]?.reusedSharedTokens ?? 0,
      fallbacks: measured.filter((c) => !c.servedByReuse).map((c) => c.decision),
      denseTtftMsRuns: denseRuns.map(round), reuseTtftMsRuns: reuseRuns.map(round),
    };
  } finally {
    for (const s of sessions) await s.dispose();
    corrector?.dispose();
    await store.dispose();
    await broker.stop();
  }
}

function stageMs(s: CallStages, name: StageName): number {
  switch (name) {
    case "fetch": return s.fetchMs;
    case "reposition": return s.repositionMs;
    case "inject": return s.injectMs;
    case "suffix": return s.suffixMs;
    case "other": return s.otherMs;
  }
}

/** Positions moved but K left as it was: what skipping the rotation would do. */
export function shiftWithoutRotation(seg: KvSegment, newStart: number): KvSegment {
  const delta = newStart - seg.positions[0];
  return { ...seg, positions: seg.positions.map((p) => p + delta) };
}

/** Filler text of about `n` tokens for this agent's tokenizer (`variant` varies the words: 0 and 1 as before, others by seed). */
function fitText(agent: Agent, n: number, variant: number): string {
  const text = (w: number) => (variant === 0 ? fillerText(w) : variant === 1 ? fillerText(w + 3).split(" ").reverse().join(" ") : fillerText(w, 1000 + variant));
  let words = Math.max(8, Math.round(n * 0.8));
  for (let i = 0; i < 20; i++) {
    const got = agent.tokenize([own(text(words))]).tokens.length;
    if (got === n) break;
    words = Math.max(1, words + Math.round((n - got) * (got > n ? 0.9 : 0.7)) || (got > n ? -1 : 1));
  }
  return text(words);
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The accelerator llama.cpp runs on, as its backend names it ("cpu" without one). */
async function backendInfo(): Promise<{ backend: string; device: string }> {
  const llama = await sharedLlama();
  const names = llama.gpu === false ? [] : await llama.getGpuDeviceNames();
  return { backend: llama.gpu === false ? "cpu" : llama.gpu, device: names.join(", ") || (await import("node:os")).cpus()[0]?.model || "unknown" };
}

export interface ReuseBenchArgs {
  readonly model?: string;
  readonly shape?: string;
  /** Document lengths; one run each. */
  readonly tokens: readonly number[];
  /** Tokens of the agent's own text already in its sequence. */
  readonly context: number;
  /** Injection paths (default: native and file where the native path is available, else file). */
  readonly path?: "native" | "file" | "native,file";
  readonly runs: number;
  readonly threads: number;
  readonly trials: number;
  /** "off": skip the row through a broker process (fetched, corrected, injected). */
  readonly broker: "on" | "off";
  readonly json?: string;
  readonly log?: (line: string) => void;
  /** While a synthetic model is written (once per shape): bytes written and the file's size. */
  readonly synthProgress?: (written: number, total: number) => void;
}

export async function runReuseBench(a: ReuseBenchArgs): Promise<void> {
  const paths = (a.path ?? (nativeStatus().ok ? "native,file" : "file")).split(",") as InjectPath[];
  const modelPath = a.model ?? (await ensureSynthModel(a.shape!, { onProgress: a.synthProgress }));
  const log = a.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const all: ReuseBenchResult[] = [];
  for (const tokens of a.tokens) {
    const res = await reuseBench({ modelPath, tokens, context: a.context, runs: a.runs, threads: a.threads, trials: a.trials, paths, broker: a.broker !== "off", log });
    printTable(res);
    all.push(res);
  }
  if (!a.json) return;
  const where = await backendInfo();
  const ns = nativeStatus();
  const native = ns.ok ? ns.addon.info() : { unavailable: ns.reason };
  const runs = all.map((r) => ({ tokens: r.tokens, denseMs: r.denseTtftMs, reuseMs: r.reuseTtftMs, injectGBps: r.injectGBps, speedup: r.speedup, path: r.path }));
  const first = all[0];
  writeJsonReport(a.json, { ...(all.length === 1 ? first : { headline: first.headline, model: first.model }), ...where, native, shape: a.shape, runs, results: all, date: new Date().toISOString(), machine: machine() });
}

function printTable(res: ReuseBenchResult): void {
  const rows: [string, string][] = [
    ["model", res.model], ["what (rows below until 'through a broker')", res.headline],
    ["prompt tokens (context / document)", `${res.tokens} (${res.context} / ${res.segmentTokens})`], ["threads", String(res.threads)],
    ["dense TTFT (median ms)", res.denseTtftMs.toFixed(1)],
  ];
  for (const p of Object.values(res.paths)) {
    rows.push(
      [`${p.path}: reuse TTFT (median ms)`, `${p.reuseTtftMs.toFixed(1)} (${p.speedup.toFixed(1)}x dense)`],
      [`${p.path}: stages fetch / reposition / inject / suffix / other (ms)`, STAGES.map((s) => p.stages[s].ms.toFixed(2)).join(" / ")],
      [`${p.path}: injected`, `${(p.injectBytes / 1e6).toFixed(1)} MB at ${p.injectGBps.toFixed(2)} GB/s (${p.injectUsPerToken.toFixed(2)} us per sequence token)`],
    );
  }
  if (res.nativeVsFileInject !== undefined) rows.push(["native / file injection time (incl. re-positioning)", res.nativeVsFileInject.toFixed(4)]);
  if (res.pathsKl !== undefined) rows.push(["native vs file next-token KL", `${res.pathsKl.toExponential(2)} (top-1 ${res.pathsTop1Agree ? "same" : "differs"})`]);
  rows.push(
    ["re-positioned KL mean / max", `${res.repositionKlMean.toExponential(2)} / ${res.repositionKlMax.toExponential(2)}`],
    ["re-positioned top-1 agreement", res.repositionTop1Agreement.toFixed(3)],
    ["without rotation KL mean (control)", res.noRotationKlMean.toExponential(2)],
    ["without rotation top-1 agreement", res.noRotationTop1Agreement.toFixed(3)],
  );
  const b = res.broker;
  if (b) {
    rows.push(
      ["through a broker: what", b.what],
      ["through a broker: dense / reuse TTFT (median ms)", `${b.denseTtftMs.toFixed(1)} / ${b.reuseTtftMs.toFixed(1)} (${b.speedup.toFixed(1)}x), ${b.served}/${b.rounds} rounds served by reuse`],
      ["through a broker: fetch / correction / reposition / inject / prefill / other (ms)", (["fetch", "correction", "reposition", "inject", "prefill", "other"] as const).map((s) => b.stages[s].ms.toFixed(2)).join(" / ")],
    );
    for (const f of b.fallbacks) rows.push(["through a broker: fallback", f]);
  }
  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join("\n")}\n`);
}
