/**
 * A multi-agent pipeline on one model, in one of four reuse modes:
 *
 *   dense              every agent prefills its whole prompt (the reference)
 *   naive              shared parts reuse their producer's KV, moved to the
 *                      consumer's positions (exact RoPE), no offset correction
 *   anchors            shared parts reuse corrected KV (KVCOMM-style anchors);
 *                      when the gate or the estimate says no, the call is a
 *                      dense prefill and its real KV teaches the anchors
 *   anchors+recompute  as anchors, and the least certain tokens (or, as a
 *                      control, random ones) are prefilled again in place
 *
 * The user's inputs (question, documents) are encoded once by an encoder
 * context and shared by every agent; each agent's reply is published for the
 * agents after it. Implements the bench's StepExecutor shape:
 * generate(agentName, parts, opts).
 */
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import type { KernelBackend } from "../kernels/backend.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import { cpuBackend } from "../kernels/cpu-backend.js";
import { AnchorService, type AnchorServiceOptions, type Correction, type OffsetCorrector } from "../anchors/anchor-service.js";
import type { KvSegment } from "../segments/kv-segment.js";
import { segmentToTensor, segmentToTensorSteps, tensorToSegment, tensorToSegmentSteps } from "../segments/kv-tensor-convert.js";
import { repositionSegment } from "../segments/reposition.js";
import { contextDigest } from "../segments/segment-key.js";
import { validateSegment } from "../segments/validate.js";
import { Agent, sliceSegment, type AgentGenerateResult, type PartSpan } from "./agent.js";
import { CostModel } from "./cost-model.js";
import { IdleSteps } from "../anchors/idle-steps.js";
import { TwoThreadCorrector } from "./two-thread-correction.js";
import { own, type GenerateOptions, type GenerateResult, type PromptPart } from "./prompt.js";
import { indexOfTokens, segmentBytes, SegmentCache } from "./segment-cache.js";
import type { SegmentSink, SegmentSource } from "./segment-source.js";
import { xorshift32 } from "../kernels/xorshift.js";

export type ReuseMode = "dense" | "naive" | "anchors" | "anchors+recompute";
export const REUSE_MODES: readonly ReuseMode[] = ["dense", "naive", "anchors", "anchors+recompute"];

export interface RecomputeOptions {
  /** Fraction of reused shared tokens to prefill again (CacheBlend uses about 0.15). */
  readonly ratio: number;
  /** "uncertainty": where the anchors disagree most; "random": the control at the same ratio. */
  readonly selection: "uncertainty" | "random";
  /** Tokens are chosen in chunks of this size (default 16). */
  readonly chunk?: number;
  /** Most separate recomputed runs per call (each costs one state load). Default 3. */
  readonly maxRuns?: number;
  readonly seed?: number;
}

export interface PipelineSessionOptions {
  readonly modelPath: string;
  readonly mode: ReuseMode;
  readonly threads?: number;
  readonly contextSize?: number;
  readonly anchors?: AnchorServiceOptions;
  /** Where the anchor pools live: shared in process, or a broker's (default: a new in-process AnchorService). */
  readonly anchorService?: OffsetCorrector;
  readonly recompute?: RecomputeOptions;
  /** Where segments are published and found: in process (default) or a broker (BrokerSegmentSource). */
  readonly store?: SegmentSource & SegmentSink;
  /** Ask the cost model before reusing (default true). */
  readonly costModel?: boolean;
  /**
   * The consumer's own text between shared parts: "reuse" (default; its KV
   * from this agent's earlier calls, moved: one state load per call, the
   * KVCOMM way, uncorrected here) or "prefill" (exact, one load per gap).
   */
  readonly ownParts?: "prefill" | "reuse";
  /**
   * Who produces the KV of user inputs (question, documents): "first-reader"
   * (default): the first agent that reads them, in its own context, so later
   * agents differ from it only by their own text; "encoder": a context that
   * encodes each input alone once (every agent, the first included, can then
   * reuse, but the inputs lose what they attended to before them).
   */
  readonly inputs?: "first-reader" | "encoder";
  /**
   * Tokens of a shared part past what the anchors cover: "prefill" (default;
   * exact, costs one more state load) or "naive" (moved, uncorrected, as
   * KVCOMM treats content no anchor is long enough for).
   */
  readonly uncovered?: "prefill" | "naive";
  /** Which placeholder kinds may be reused (default all); the others are prefilled. */
  readonly reuseKinds?: (kind: string) => boolean;
  /**
   * Correct a published part ahead of time for every consumer its anchor pool
   * knows, while the event loop idles (llama.cpp computing), so that those
   * consumers' calls find the correction done (default true; only with an
   * in-process AnchorService).
   */
  readonly precorrect?: boolean;
  /**
   * Threads for a correction on a call's path: 2 splits it into its K and V
   * sides (a worker thread takes V); 1 keeps it on the main thread. Default:
   * 2 when the machine has two cores.
   */
  readonly correctionThreads?: 1 | 2;
  readonly kernels?: KernelBackend;
  readonly log?: (line: string) => void;
}

export interface SessionCallResult extends GenerateResult {
  readonly agentName: string;
  readonly mode: ReuseMode;
  /** The call's prompt was served by reuse (some shared KV loaded, no fallback). */
  readonly servedByReuse: boolean;
  /** Time spent deciding and correcting offsets on this call's path. */
  readonly correctionMs: number;
  /** Time spent correcting this call's parts ahead of it, in idle time (not on its path). */
  readonly precorrectionMs: number;
  /** Shared parts whose correction was finished ahead of the call (others were finished or done on its path). */
  readonly precorrectedParts: number;
  readonly recomputedTokens: number;
  /** Why the call reused or prefilled. */
  readonly decision: string;
  readonly fallback?: string;
}

export class PipelineSession {
  readonly calls: SessionCallResult[] = [];
  /** Store or anchor-service failures that turned into prefills. */
  sourceFailures = 0;
  /** Time the encoder spent encoding user inputs (shared by all agents, not on any agent's TTFT). */
  encodeMs = 0;
  readonly anchors: OffsetCorrector | undefined;
  private readonly ownsAnchors: AnchorService | undefined;
  private readonly store: SegmentSource & SegmentSink;
  /** Shared part ids whose KV some agent already published. */
  private readonly published = new Set<string>();
  private readonly agents = new Map<string, Agent>();
  private readonly cost = new CostModel();
  private readonly kernels: KernelBackend;
  /** Corrections computed ahead of their consumer's call (see PipelineSessionOptions.precorrect). */
  private readonly ahead: IdleSteps<Precorrected> | undefined;
  /** The K/V split of corrections on a call's path (two cores), when the anchors are in process. */
  private readonly twoThreads: TwoThreadCorrector | undefined;
  /** Frame-0 tensors of recently published contents, shared by the corrections for their consumers. */
  private readonly contentTensors = new Map<string, KvTensor>();
  private readonly rng: () => number;
  /** The cost model's reason for the current call's reuse (for its decision line). */
  private lastEstimate: string | undefined;
  /** Segments come over the network (a broker), so fetching them costs. */
  private readonly remoteStore: boolean;

  private constructor(private readonly o: PipelineSessionOptions, private readonly encoder: Agent) {
    this.kernels = o.kernels ?? cpuBackend;
    this.store = o.store ?? new SegmentCache();
    this.remoteStore = !(this.store instanceof SegmentCache);
    const wantsAnchors = o.mode === "anchors" || o.mode === "anchors+recompute";
    this.ownsAnchors = wantsAnchors && !o.anchorService ? new AnchorService(this.kernels, o.anchors) : undefined;
    this.anchors = wantsAnchors ? (o.anchorService ?? this.ownsAnchors) : undefined;
    this.ahead = this.anchors instanceof AnchorService && (o.precorrect ?? true)
      ? new IdleSteps<Precorrected>({ bytesOf: (r) => (r.segment ? segmentBytes(r.segment) : 0), onError: (key, e) => o.log?.(`precorrection ${key} failed: ${e instanceof Error ? e.message : String(e)}`) })
      : undefined;
    this.twoThreads = this.anchors instanceof AnchorService && (o.correctionThreads ?? Math.min(2, availableParallelism())) >= 2 ? TwoThreadCorrector.start() : undefined;
    this.rng = xorshift32(o.recompute?.seed ?? 12345);
  }

  static async create(o: PipelineSessionOptions): Promise<PipelineSession> {
    const encoder = await Agent.create({ modelPath: o.modelPath, threads: o.threads, contextSize: o.contextSize, name: "encoder", kernels: o.kernels });
    return new PipelineSession(o, encoder);
  }

  get model() {
    return this.encoder.model;
  }

  async agent(name: string): Promise<Agent> {
    let a = this.agents.get(name);
    if (!a) {
      a = await Agent.create({ modelPath: this.o.modelPath, model: this.encoder.model, threads: this.o.threads, contextSize: this.o.contextSize, name, kernels: this.o.kernels });
      this.agents.set(name, a);
    }
    return a;
  }

  /** Runs one agent call. Replies are published as `<scope>reply:<role>`, scope taken from the parts' ids. */
  async generate(agentName: string, parts: PromptPart[], opts: GenerateOptions): Promise<SessionCallResult> {
    const agent = await this.agent(agentName);
    // TTFT counts from here: finding producers and correcting offsets are on the call's path.
    const t0 = performance.now();
    const timed = (r: AgentGenerateResult, agentStart: number): AgentGenerateResult => ({ ...r, ttftMs: r.ttftMs + (agentStart - t0), totalMs: r.totalMs + (agentStart - t0) });
    const mode = this.o.mode;
    if (mode === "dense") {
      const r = await agent.generate(parts, opts);
      this.cost.observePrefill(r.promptTokens, r.ttftMs);
      return this.record({ ...r, agentName, mode, servedByReuse: false, correctionMs: 0, precorrectionMs: 0, precorrectedParts: 0, recomputedTokens: 0, decision: "dense: full prefill" });
    }
    const { tokens, spans } = agent.tokenize(parts);
    const shared = spans.filter((s) => s.part.kind === "shared" && (!this.o.reuseKinds || this.o.reuseKinds(kindOf(s.part.id))));
    const useCost = this.o.costModel ?? true;
    if (useCost && this.remoteStore && shared.length > 0) {
      // Before fetching over the network: is it worth it at all? (Sizes follow from the token counts.)
      const n = shared.reduce((a, s) => a + s.end - s.start, 0);
      // Whole prompt on the prefill side: the reuse side's per-load cost includes prefilling what it does not reuse.
      const est = this.cost.estimate({ tokens: tokens.length, bytes: n * kvBytesPerToken(agent), correctionWork: mode === "naive" ? 0 : this.correctionWork(agent, n), corrections: shared.length, remoteCorrection: this.remoteAnchors, loads: 1, remote: true, fetches: shared.length });
      if (!est.reuse) return this.prefillInstead(agent, agentName, parts, opts, t0, `${mode}: before fetching: ${est.reason}`);
    }
    // Producer KV for every shared part (the encoder makes it for user inputs on first sight).
    const producers = new Map<PartSpan, { seg: KvSegment; at: number }>();
    for (const s of shared) {
      let seg: KvSegment | undefined;
      try {
        seg = await this.producerOf(agent, tokens, s);
      } catch (e) {
        // A store that fails (a dead broker) costs a prefill of this part, never the call.
        this.sourceFailures++;
        this.o.log?.(`${agentName}: segment store failed, prefilling ${(s.part as { id: string }).id}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const at = seg ? indexOfTokens(tokens.subarray(s.start, s.end), seg.tokens) : -1;
      if (seg && at >= 0) producers.set(s, { seg, at });
    }
    if (useCost && producers.size > 0) {
      // Before correcting: the remaining cost of reuse (corrections not done ahead, the load) vs a prefill.
      let bytes = 0;
      let toCorrect = 0;
      let corrections = 0;
      for (const [s, { seg, at }] of producers) {
        bytes += segmentBytes(seg);
        const start = s.start + at;
        if (mode !== "naive" && !sitsExactly(seg, tokens, start) && !this.precorrectedReady(kindOf((s.part as { id: string }).id), consumerFingerprint(parts, spans, s), seg)) {
          toCorrect += seg.tokens.length;
          corrections++;
        }
      }
      const est = this.cost.estimate({ tokens: tokens.length, bytes, correctionWork: this.correctionWork(agent, toCorrect), corrections, remoteCorrection: this.remoteAnchors, loads: this.loadsPerCall(producers.size), remote: false });
      if (!est.reuse) return this.prefillInstead(agent, agentName, parts, opts, t0, `${mode}: ${est.reason}`, { spans, tokens, producers });
      this.lastEstimate = est.reason;
    } else this.lastEstimate = undefined;
    let correctionMs = 0;
    let precorrectionMs = 0;
    let precorrectedParts = 0;
    let recomputed = 0;
    const reasons: string[] = [];
    const fixed = new Map<string, KvSegment | KvSegment[]>();
    let needDense = false;
    for (const [s, { seg, at }] of producers) {
      const id = (s.part as { id: string }).id;
      const start = s.start + at;
      if (mode === "naive" || sitsExactly(seg, tokens, start)) {
        fixed.set(id, seg);
        continue;
      }
      const t = performance.now();
      const kind = kindOf(id);
      const consumer = consumerFingerprint(parts, spans, s);
      const ready = this.takePrecorrected(kind, consumer, seg);
      let c: Awaited<ReturnType<OffsetCorrector["correct"]>>;
      let placed: KvSegment | undefined;
      let content: KvTensor | undefined;
      if (ready) {
        // Done ahead of this call; the agent moves it to `start` as naive mode moves producer KV.
        c = ready.result.correction;
        placed = ready.result.segment;
        precorrectionMs += ready.idleMs;
        if (ready.done) precorrectedParts++;
      } else {
        try {
          const two = this.twoThreads && this.anchors instanceof AnchorService
            ? await this.twoThreads.correct(this.anchors, kind, consumer, seg, start, this.kernels, agent.info.rope)
            : undefined;
          if (two?.kind === "prefill") c = two;
          else if (two) {
            c = two.correction;
            placed = two.segment;
            (this.anchors as AnchorService).activate(kind, two.correction.decision.selected);
          } else {
            content = this.contentTensors.get(contentIdOf(seg)) ?? segmentToTensor(seg, this.kernels, agent.info.rope, 0);
            c = await this.anchors!.correct(kind, consumer, content);
          }
        } catch (e) {
          this.sourceFailures++;
          c = { kind: "prefill", reason: `anchors unavailable: ${e instanceof Error ? e.name : String(e)}` };
        }
      }
      if (c.kind === "prefill") {
        correctionMs += performance.now() - t;
        needDense = true;
        reasons.push(`${kind}: ${c.reason}`);
        continue;
      }
      placed ??= tensorToSegment(c.kv, seg, start, this.kernels, agent.info.rope, true);
      const n = placed.tokens.length;
      // Tokens past what the anchors cover: prefilled (default, exact, one more load) or moved uncorrected.
      const tail = n < seg.tokens.length && this.o.uncovered === "naive" ? [repositionSegment(sliceSegment(seg, n, seg.tokens.length), start + n, this.kernels, agent.info.rope)] : [];
      const recompute = mode === "anchors+recompute" && this.o.recompute !== undefined && this.o.recompute.ratio > 0;
      // Pieces in an array must sit at their final positions already.
      if ((recompute || tail.length > 0) && placed.positions[0] !== start) placed = repositionSegment(placed, start, this.kernels, agent.info.rope);
      const ms = performance.now() - t;
      correctionMs += ms;
      if (content) this.cost.observeCorrection(content.nTokens * (content.rowK + content.rowV) * Math.max(0, content.nLayer - 1) * Math.max(1, c.anchorIds.length), ms, this.remoteAnchors);
      if (recompute) {
        const holes = this.chooseRecompute(c.uncertainty, this.o.recompute!);
        recomputed += holes.reduce((a, [x, y]) => a + y - x, 0);
        fixed.set(id, [...punch(placed, holes), ...tail]);
      } else fixed.set(id, tail.length ? [placed, ...tail] : placed);
    }
    if (needDense) {
      const start = performance.now();
      const r = timed(await agent.generate(parts, opts), start);
      this.cost.observePrefill(r.promptTokens, r.ttftMs);
      await this.observe(agent, parts, spans, tokens, producers);
      await this.publish(agent, r, parts);
      return this.record({ ...r, agentName, mode, servedByReuse: false, correctionMs, precorrectionMs, precorrectedParts, recomputedTokens: 0, decision: `prefill (anchors learn): ${reasons.join("; ")}` });
    }
    const decision = `${mode}: ${fixed.size} shared parts reused` + (this.lastEstimate ? ` (${this.lastEstimate})` : "");
    const source: SegmentSource = { find: async (req) => fixed.get(req.id) };
    const start = performance.now();
    const r = timed(await agent.generate(parts, { ...opts, reuse: { source, prefix: false, ownCache: (this.o.ownParts ?? "reuse") === "reuse" ? "any" : true } }), start);
    if (r.fallback === undefined) {
      const segs = [...fixed.values()].flat();
      this.cost.observeReuse(segs.reduce((a, x) => a + segmentBytes(x), 0), this.loadsPerCall(fixed.size), r.ttftMs - correctionMs);
    }
    await this.publish(agent, r, parts);
    const served = r.fallback === undefined && fixed.size > 0;
    return this.record({ ...r, agentName, mode, servedByReuse: served, correctionMs, precorrectionMs, precorrectedParts, recomputedTokens: recomputed, decision: r.fallback ? `fallback: ${r.fallback}` : decision });
  }

  /** Calls served by reuse / all calls, and reused tokens / prompt tokens. */
  reuseStats(): { reuseRate: number; tokenReuseRate: number; calls: number } {
    const n = this.calls.length;
    const served = this.calls.filter((c) => c.servedByReuse).length;
    const reused = this.calls.reduce((a, c) => a + c.reusedTokens, 0);
    const prompt = this.calls.reduce((a, c) => a + c.promptTokens, 0);
    return { reuseRate: n ? served / n : 0, tokenReuseRate: prompt ? reused / prompt : 0, calls: n };
  }

  /** Idle-time correction work so far (ms) and jobs dropped unused or failed. */
  precorrectionStats(): { idleMs: number; held: number; dropped: number; failed: number } {
    return { idleMs: this.ahead?.idleMs ?? 0, held: this.ahead?.size ?? 0, dropped: this.ahead?.dropped ?? 0, failed: this.ahead?.failed ?? 0 };
  }

  /** Resolves when the corrections queued ahead are all computed (for tests and benchmarks that want them done). */
  async precorrectionSettled(): Promise<void> {
    await this.ahead?.settled();
  }

  async dispose(): Promise<void> {
    this.ahead?.dispose();
    this.twoThreads?.dispose();
    this.contentTensors.clear();
    for (const a of this.agents.values()) await a.dispose();
    this.agents.clear();
    await this.encoder.dispose();
    this.ownsAnchors?.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }

  // --- internals -------------------------------------------------------------

  private record(r: SessionCallResult): SessionCallResult {
    this.calls.push(r);
    this.o.log?.(`${r.agentName} [${r.mode}] ttft ${r.ttftMs.toFixed(1)} ms, reused ${r.reusedTokens}/${r.promptTokens}, correction ${r.correctionMs.toFixed(1)} ms: ${r.decision}`);
    return r;
  }

  /** The KV that produced a shared part: a published reply, or the encoder's encoding of a user input. */
  private async producerOf(agent: Agent, tokens: Int32Array, s: PartSpan): Promise<KvSegment | undefined> {
    const id = (s.part as { id: string }).id;
    const partTokens = tokens.subarray(s.start, s.end);
    const req = { id, tokens: partTokens, start: s.start, context: contextDigest(tokens.subarray(0, s.start)), modelFingerprint: agent.info.fingerprint };
    const tf = performance.now();
    const found = await this.store.find(req);
    if (Array.isArray(found)) return undefined;
    if (found) {
      // Only a segment that came from the store is a fetch (an input encoded below is a prefill, not a fetch).
      if (this.remoteStore) this.cost.observeFetch(segmentBytes(found as KvSegment), performance.now() - tf);
      // Checked here too: it is converted and corrected before the agent's own checks see it.
      validateSegment(found as KvSegment, { fingerprint: agent.info.fingerprint, profile: agent.profile });
      return found as KvSegment;
    }
    if (kindOf(id).startsWith("reply:")) return undefined; // replies come only from their producer
    if ((this.o.inputs ?? "first-reader") === "first-reader") return undefined; // this call reads it first and publishes it
    // A user input seen for the first time: encode it once, alone, for every agent to share.
    const t = performance.now();
    const r = await this.encoder.generate([own(""), { kind: "shared", id, text: s.part.text }], { maxTokens: 1 });
    const seg = (await this.encoder.cut(r.spans[1].start, r.spans[1].end)).segment;
    this.encodeMs += performance.now() - t;
    await this.store.publish(id, seg);
    return seg;
  }

  /** After a dense call: the real KV of each shared part teaches its anchor pool. */
  private async observe(agent: Agent, parts: readonly PromptPart[], spans: readonly PartSpan[], tokens: Int32Array, producers: Map<PartSpan, { seg: KvSegment; at: number }>): Promise<void> {
    if (!this.anchors) return;
    for (const [s, { seg, at }] of producers) {
      const id = (s.part as { id: string }).id;
      const start = s.start + at;
      const real = (await agent.cut(start, start + seg.tokens.length)).segment;
      const contentId = contentIdOf(seg);
      await Promise.resolve(this.anchors.observe(kindOf(id), consumerFingerprint(parts, spans, s), contentId,
        segmentToTensor(seg, this.kernels, agent.info.rope, 0), segmentToTensor(real, this.kernels, agent.info.rope, 0)))
        .catch(() => { this.sourceFailures++; }); // learning is best effort
    }
    void tokens;
  }

  /** Publishes the agent's reply for the agents after it. */
  private async publish(agent: Agent, r: AgentGenerateResult, parts: readonly PromptPart[]): Promise<void> {
    const scope = scopeOf(parts);
    const role = agent.name.slice(agent.name.lastIndexOf("/") + 1);
    // User inputs this agent read first (first-reader mode) are published from its context.
    const firstReads = (this.o.inputs ?? "first-reader") === "first-reader";
    const published: [string, KvSegment][] = [];
    const sink: SegmentSink = { publish: async (id, seg) => { await this.store.publish(id, seg); published.push([id, seg]); } };
    try {
      await agent.publish(r, sink, {
        replyId: `${scope}reply:${role}`,
        skip: (id) => !firstReads || this.published.has(id) || kindOf(id).startsWith("reply:"),
      });
      for (const p of parts) if (p.kind === "shared") this.published.add(p.id);
      for (const [id, seg] of published) this.schedulePrecorrection(kindOf(id), seg);
    } catch (e) {
      // Publishing is best effort: later agents then prefill what is missing.
      this.sourceFailures++;
      this.o.log?.(`${agent.name}: publish failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** A dense call where the cost model said reuse would not pay. */
  private async prefillInstead(
    agent: Agent, agentName: string, parts: PromptPart[], opts: GenerateOptions, t0: number, decision: string,
    fetched?: { spans: readonly PartSpan[]; tokens: Int32Array; producers: Map<PartSpan, { seg: KvSegment; at: number }> },
  ): Promise<SessionCallResult> {
    const start = performance.now();
    const r = await agent.generate(parts, opts);
    const timed = { ...r, ttftMs: r.ttftMs + (start - t0), totalMs: r.totalMs + (start - t0) };
    this.cost.observePrefill(r.promptTokens, r.ttftMs);
    // Producer KV already fetched: the anchors still learn from this prefill (after the answer, off its TTFT).
    if (fetched) await this.observe(agent, parts, fetched.spans, fetched.tokens, fetched.producers);
    await this.publish(agent, timed, parts);
    return this.record({ ...timed, agentName, mode: this.o.mode, servedByReuse: false, correctionMs: 0, precorrectionMs: 0, precorrectedParts: 0, recomputedTokens: 0, decision });
  }

  /** Elements x anchors an estimate touches for `n` tokens (two anchors typical), per thread when split. */
  /** Corrections are calls to another process (the broker's pools), not work in this one. */
  private get remoteAnchors(): boolean {
    return this.anchors !== undefined && !(this.anchors instanceof AnchorService);
  }

  private correctionWork(agent: Agent, n: number): number {
    const i = agent.info;
    const row = i.nHeadKv * (i.headDimK + i.headDimV);
    return (n * row * Math.max(0, i.nLayer - 1) * 2) / (this.twoThreads ? 2 : 1);
  }

  /** State loads a reuse call costs: one with own parts reused, else one per run between own gaps. */
  private loadsPerCall(sharedParts: number): number {
    return (this.o.ownParts ?? "reuse") === "reuse" ? 1 : sharedParts + 1;
  }

  /** Whether a correction for this consumer and content is done ahead and still valid. */
  private precorrectedReady(kind: string, consumer: string, seg: KvSegment): boolean {
    return this.ahead?.done(`${kind}\0${consumer}\0${contentIdOf(seg)}`) ?? false;
  }

  /**
   * Queues corrections of a just-published content for every consumer its
   * pool knows. Each runs in idle time and is used only if the pool has not
   * changed since (see takePrecorrected).
   */
  private schedulePrecorrection(kind: string, seg: KvSegment): void {
    const anchors = this.anchors;
    if (!this.ahead || !(anchors instanceof AnchorService)) return;
    if (this.o.reuseKinds && !this.o.reuseKinds(kind)) return;
    if (seg.kType !== "f16" || seg.vType !== "f16") return;
    const contentId = contentIdOf(seg);
    const rope = this.encoder.info.rope;
    const kernels = this.kernels;
    const tensors = this.contentTensors;
    for (const consumer of anchors.consumers(kind)) {
      this.ahead.add(`${kind}\0${consumer}\0${contentId}`, function* (): Generator<void, Precorrected> {
        const version = anchors.version(kind);
        let content = tensors.get(contentId);
        if (!content) {
          content = yield* segmentToTensorSteps(seg, kernels, rope, 0);
          remember(tensors, contentId, content);
        }
        const c = yield* anchors.correctSteps(kind, consumer, content);
        if (c.kind === "prefill") return { version, correction: c, segment: undefined };
        const segment = yield* tensorToSegmentSteps(c.kv, seg, 0, kernels, rope, true);
        return { version, correction: { ...c, kv: EMPTY_TENSOR }, segment };
      });
    }
  }

  /** A correction done ahead for this consumer and content, if the pool is still what it was computed against. */
  private takePrecorrected(kind: string, consumer: string, seg: KvSegment): { result: Precorrected & { segment: KvSegment }; idleMs: number; done: boolean } | undefined {
    const anchors = this.anchors;
    if (!this.ahead || !(anchors instanceof AnchorService)) return undefined;
    const got = this.ahead.take(`${kind}\0${consumer}\0${contentIdOf(seg)}`);
    if (!got || got.result.version !== anchors.version(kind) || !got.result.segment || got.result.correction.kind !== "corrected") return undefined;
    anchors.activate(kind, got.result.correction.decision.selected);
    return { result: got.result as Precorrected & { segment: KvSegment }, idleMs: got.idleMs, done: got.takeMs === 0 };
  }

  /** Runs of tokens (relative to the part) to prefill again. */
  private chooseRecompute(uncertainty: Float32Array, o: RecomputeOptions): [number, number][] {
    const n = uncertainty.length;
    const chunk = o.chunk ?? 16;
    const budget = Math.round(o.ratio * n);
    if (budget <= 0) return [];
    const chunks: { a: number; b: number; score: number }[] = [];
    for (let a = 0; a < n; a += chunk) {
      const b = Math.min(n, a + chunk);
      let s = 0;
      for (let i = a; i < b; i++) s += uncertainty[i];
      chunks.push({ a, b, score: o.selection === "random" ? this.nextRandom() : s / (b - a) });
    }
    chunks.sort((x, y) => y.score - x.score || x.a - y.a);
    const picked: { a: number; b: number; score: number }[] = [];
    let used = 0;
    for (const c of chunks) {
      if (used >= budget) break;
      picked.push(c);
      used += c.b - c.a;
    }
    // Merge neighbours, then keep the best runs (each run costs one state load).
    picked.sort((x, y) => x.a - y.a);
    const runs: { a: number; b: number; score: number }[] = [];
    for (const c of picked) {
      const last = runs[runs.length - 1];
      if (last && last.b === c.a) { last.b = c.b; last.score = Math.max(last.score, c.score); } else runs.push({ ...c });
    }
    runs.sort((x, y) => y.score - x.score);
    return runs.slice(0, o.maxRuns ?? 3).map((r) => [r.a, r.b] as [number, number]).sort((x, y) => x[0] - y[0]);
  }

  private nextRandom(): number {
    return this.rng() / 2 ** 32;
  }
}

/** A correction computed ahead: the pool version it used, and the corrected span in frame 0 (f16). */
interface Precorrected {
  readonly version: number;
  readonly correction: Correction;
  readonly segment: KvSegment | undefined;
}

const EMPTY_TENSOR: KvTensor = { nLayer: 0, nTokens: 0, rowK: 0, rowV: 0, k: [], v: [] };

/** The producer computed this KV behind the same tokens at the same positions: reuse needs no correction. */
function sitsExactly(seg: KvSegment, tokens: Int32Array, start: number): boolean {
  return seg.positions[0] === start && seg.context === contextDigest(tokens.subarray(0, start));
}

/** f16 KV bytes per token of the agent's model. */
function kvBytesPerToken(agent: Agent): number {
  const i = agent.info;
  return 2 * i.nLayer * i.nHeadKv * (i.headDimK + i.headDimV);
}

/** Names one content as produced (its producer context and tokens): what anchors and precorrections key on. */
function contentIdOf(seg: KvSegment): string {
  return createHash("sha256").update(seg.context).update(Buffer.from(seg.tokens.buffer, seg.tokens.byteOffset, seg.tokens.byteLength)).digest("hex").slice(0, 32);
}

/** Keeps the few most recent frame-0 content tensors (they are large). */
function remember(m: Map<string, KvTensor>, key: string, t: KvTensor): void {
  m.delete(key);
  m.set(key, t);
  while (m.size > 4) m.delete(m.keys().next().value as string);
}

/** A placeholder kind: the part id without its instance scope ("rag:1000:3#5/question" -> "question"). */
export function kindOf(id: string): string {
  return id.slice(id.lastIndexOf("/") + 1);
}

function scopeOf(parts: readonly PromptPart[]): string {
  const s = parts.find((p) => p.kind === "shared") as { id: string } | undefined;
  return s ? s.id.slice(0, s.id.lastIndexOf("/") + 1) : "";
}

/**
 * Who is consuming, as anchors see it: the consumer's prompt structure before
 * the part (its own texts verbatim, shared parts by kind), not an agent id.
 */
export function consumerFingerprint(parts: readonly PromptPart[], spans: readonly PartSpan[], span: PartSpan): string {
  const h = createHash("sha256").update("kvmesh.consumer.v1\0");
  for (const s of spans) {
    if (s === span) break;
    h.update(s.part.kind === "own" ? `o:${s.part.text}` : `s:${kindOf(s.part.id)}`);
    h.update("\0");
  }
  void parts;
  return h.digest("hex").slice(0, 32);
}

/** The segment without the token runs in `holes` (relative to its start): pieces at final positions. */
function punch(seg: KvSegment, holes: readonly [number, number][]): KvSegment[] {
  const out: KvSegment[] = [];
  let at = 0;
  for (const [a, b] of holes) {
    if (a > at) out.push(sliceSegment(seg, at, a));
    at = b;
  }
  if (at < seg.tokens.length) out.push(sliceSegment(seg, at, seg.tokens.length));
  return out;
}
