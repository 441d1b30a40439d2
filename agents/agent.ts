import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Llama, LlamaContext, LlamaContextSequence, LlamaModel, Token } from "node-llama-cpp";
import type { KernelBackend } from "../kernels/backend.js";
import { selectKernelBackend } from "../kernels/select-backend.js";
import { checkGuard, nearTie, topTwoMargin, type GuardEvent, type NearTieGuard } from "../anchors/near-tie-guard.js";
import type { ModelInfo } from "../models/model-info.js";
import { readModelInfo } from "../models/read-model-info.js";
import { profileFromProbe, type ContextProfile } from "../segments/context-profile.js";
import type { KvSegment } from "../segments/kv-segment.js";
import { SegmentContentError } from "../segments/errors.js";
import { contextDigest } from "../segments/segment-key.js";
import type { KvType } from "../segments/kv-type.js";
import type { SequenceState } from "../segments/sequence-state.js";
import { parseState, serializeState } from "../segments/state-codec.js";
import { validateSegment, validateState } from "../segments/validate.js";
import { FileInjector } from "./inject/file-injector.js";
import { NativeUnavailableError } from "./inject/errors.js";
import type { InjectPath, InjectPiece, InjectReport, KvInjector, KvSnapshot } from "./inject/kv-injector.js";
import { announceInjectionPath } from "./inject/native-addon.js";
import { NativeInjector } from "./inject/native-injector.js";
import { warnPastTrainedContext } from "./context-warning.js";
import { checkSegmentValues } from "./inject/segment-values.js";
import { defaultThreads, sharedLlama } from "./llama-runtime.js";
import type { GenerateOptions, GenerateResult, PromptPart } from "./prompt.js";
import { processScratchDir } from "./scratch-dir.js";
import { indexOfTokens } from "./cache/segment-cache.js";
import type { SegmentSink, SegmentSource } from "./cache/segment-source.js";

export interface AgentOptions {
  readonly modelPath: string;
  readonly name?: string;
  readonly threads?: number;
  readonly contextSize?: number;
  readonly batchSize?: number;
  /** Share one loaded model between agents of a process. */
  readonly model?: LlamaModel;
  readonly llama?: Llama;
  readonly kernels?: KernelBackend;
  /** Where state files go; tmpfs by default so KV never touches a disk. */
  readonly stateDir?: string;
  /** Pass-through to node-llama-cpp; kvmesh validates against whatever the context uses. */
  readonly flashAttention?: boolean;
  /** KV cache element types (default f16); q8_0 KV can be reused in place but not moved. */
  readonly kvTypes?: { readonly k: KvType; readonly v: KvType };
  /** Sequences of the context (kvmesh uses the first); more give a multi-stream state. */
  readonly sequences?: number;
  /**
   * How reused KV gets into llama.cpp: "native" (in memory, see
   * agents/inject/native-injector.ts; throws NativeUnavailableError where it
   * cannot run), "file" (whole states through tmpfs), or "auto" (default:
   * native where available, else file, said once on stderr).
   */
  readonly injection?: "auto" | InjectPath;
}

export interface ReuseOptions {
  /** Shared-part KV from elsewhere; undefined disables cross-agent reuse. */
  readonly source?: SegmentSource;
  /**
   * Reuse the KV of this agent's own parts: true (default) when they recur
   * behind the same tokens (exact); "any" also when only the text recurs
   * (moved, not corrected: one state load per call instead of one per gap).
   */
  readonly ownCache?: boolean | "any";
  /**
   * KV for the agent's own text from elsewhere, by the start of its part:
   * segments at their final positions over the part's first tokens (e.g. own
   * text after a shared part, offset-corrected by anchors). Taken before the
   * own-part cache; inexact.
   */
  readonly ownPieces?: ReadonlyMap<number, KvSegment>;
  /**
   * Keep what the sequence already holds of this prompt's prefix (default
   * true: only where it is a plain prefill). "held": keep it even where it is
   * not, because the caller placed it there on purpose (e.g. KV fused by a
   * Cache-to-Cache projector, agents/correct/c2c-fusion.ts).
   */
  readonly prefix?: boolean | "held";
  /** Allow segments computed behind another context or at other positions (re-positioned reuse). Default true. */
  readonly reposition?: boolean;
  /** When the prompt's KV is not exact: prefill it again at a near tie of the first tokens (anchors/near-tie-guard.ts). */
  readonly guard?: NearTieGuard;
}

export interface AgentGenerateResult extends GenerateResult {
  readonly outputTokenIds: readonly number[];
  /** Where each part's tokens start and end in the prompt. */
  readonly spans: readonly PartSpan[];
  /** Why reuse was abandoned for a full prefill, if it was. */
  readonly fallback?: string;
  /** Where the time to the first token went (each millisecond counted once). */
  readonly stages: CallStages;
  /** The near-tie guard dropped the inexact KV at this step and prefilled again. */
  readonly guarded?: GuardEvent;
}

/** One call's time to first token, split by stage; the parts add up to ttftMs. */
export interface CallStages {
  /** The injection path used ("none" when nothing was injected). */
  readonly path: InjectPath | "none";
  /** Finding and checking reused KV (lookups, fetches, validation). */
  readonly fetchMs: number;
  /** Of fetchMs, checking the pieces (structure, and the scan of their values on a segment's first use). */
  readonly checkMs: number;
  /** Rotating moved keys to their new positions. */
  readonly repositionMs: number;
  /** Everything else between "segment bytes in memory" and "ready to decode the rest". */
  readonly injectMs: number;
  /** KV bytes written into llama.cpp. */
  readonly injectBytes: number;
  /** Every injection of the call wrote only new cells (what the sequence kept stayed in place). */
  readonly onlyNewCells: boolean;
  /** Prefilling what was not reused (gaps and the tail) up to the first token. */
  readonly suffixMs: number;
  /** Tokenizing, dropping what the sequence held beyond the kept prefix, and the rest. */
  readonly otherMs: number;
}

export interface PartSpan {
  readonly part: PromptPart;
  readonly start: number;
  readonly end: number;
}

/** Counts of what the agent did, for reports. */
export interface AgentStats {
  calls: number;
  promptTokens: number;
  reusedTokens: number;
  fallbacks: number;
  fallbackReasons: Record<string, number>;
}

interface Piece {
  /** Positions [start, end) of the prompt this piece covers. */
  readonly start: number;
  readonly end: number;
  /** Its KV, at `start` or elsewhere (then the injector moves it); exact when computed behind the same tokens at `start`. */
  readonly segment: KvSegment;
  readonly exact: boolean;
}

/** Time spent per stage while preparing one call. */
interface PrepTimes {
  fetchMs: number;
  checkMs: number;
  repositionMs: number;
  injectMs: number;
  injectBytes: number;
  onlyNewCells: boolean;
  gapMs: number;
  path: InjectPath | "none";
}

/**
 * An LLM agent: one llama.cpp context and sequence. It evaluates prompts made
 * of its own text and shared parts, taking the KV of parts it (or another
 * agent) already computed instead of prefilling them.
 */
export class Agent {
  readonly stats: AgentStats = { calls: 0, promptTokens: 0, reusedTokens: 0, fallbacks: 0, fallbackReasons: {} };
  /** Own-part KV by (context, start, tokens); exact by construction. Bounded, oldest out. */
  private readonly ownParts = new Map<string, KvSegment>();
  /** Own-part KV by text alone, latest wins: approximate (for ownCache "any"). */
  private readonly ownByText = new Map<string, KvSegment>();
  /** Tokens of recent long part texts (see tokenizePart). */
  private readonly tokenCache = new Map<string, readonly number[]>();
  /** First position whose KV in the sequence differs from a plain prefill (Infinity: none). */
  private inexactFrom = Infinity;
  private disposed = false;

  private constructor(
    readonly name: string,
    readonly info: ModelInfo,
    readonly model: LlamaModel,
    private readonly ownsModel: boolean,
    readonly context: LlamaContext,
    readonly sequence: LlamaContextSequence,
    readonly profile: ContextProfile,
    private readonly kernels: KernelBackend,
    /** The injection path in use. */
    private readonly injector: KvInjector,
    /** Always there: the reference path, and the one for layouts the native path does not take (gaps). */
    private readonly files: FileInjector,
  ) {}

  /** How reused KV reaches llama.cpp in this agent. */
  get injectionPath(): InjectPath {
    return this.injector.path;
  }

  static async create(opts: AgentOptions): Promise<Agent> {
    const info = await readModelInfo(opts.modelPath);
    const llama = opts.llama ?? (await sharedLlama());
    const model = opts.model ?? (await llama.loadModel({ modelPath: opts.modelPath }));
    const threads = opts.threads ?? (await defaultThreads());
    const context = await model.createContext({
      contextSize: opts.contextSize ?? Math.min(2048, info.contextLength),
      batchSize: opts.batchSize,
      threads,
      sequences: opts.sequences ?? 1,
      flashAttention: opts.flashAttention,
      ...(opts.kvTypes ? { experimentalKvCacheKeyType: GGML_NAME[opts.kvTypes.k], experimentalKvCacheValueType: GGML_NAME[opts.kvTypes.v] } : {}),
    });
    const sequence = context.getSequence();
    const stateDir = opts.stateDir ?? defaultStateDir();
    mkdirSync(stateDir, { recursive: true });
    const profile = await probeProfile(sequence, model, stateDir, context.contextSize, info.nVocab);
    const kernels = opts.kernels ?? selectKernelBackend();
    const files = new FileInjector({ sequence, profile, modelFingerprint: info.fingerprint, kernels, rope: info.rope, stateDir, padToken: model.tokens.bos ?? 0 });
    let injector: KvInjector = files;
    const want = opts.injection ?? "auto";
    if (want !== "file") {
      try {
        injector = await NativeInjector.attach({ context, sequence, model, profile, rope: info.rope, threads });
        announceInjectionPath("KV injection: native, in memory (only new cells written)");
      } catch (e) {
        if (want === "native") {
          sequence.dispose();
          await context.dispose();
          if (opts.model === undefined) await model.dispose();
          throw e;
        }
        announceInjectionPath(`KV injection: file path (native unavailable: ${(e as Error).message})`);
      }
    }
    return new Agent(opts.name ?? "agent", info, model, opts.model === undefined, context, sequence, profile, kernels, injector, files);
  }

  /** Tokens of the prompt (BOS first when the model wants it) and where each part sits. */
  tokenize(parts: readonly PromptPart[]): { tokens: Int32Array; spans: PartSpan[] } {
    const all: number[] = [];
    const spans: PartSpan[] = [];
    if (this.model.tokens.bos !== null && this.model.tokens.shouldPrependBosToken) all.push(this.model.tokens.bos);
    parts.forEach((part, i) => {
      const start = i === 0 ? 0 : all.length; // the first part owns the BOS, so its KV includes it
      // Later parts must not get the tokenizer's leading space: parts tokenized one by one
      // then give the same tokens as the joined text (boundaries sit on single-token symbols).
      for (const t of this.tokenizePart(part.text, i === 0)) all.push(t);
      spans.push({ part, start, end: all.length });
    });
    return { tokens: Int32Array.from(all), spans };
  }

  /**
   * One part's tokens. Shared parts recur (that is why they are shared), and
   * tokenizing a long document costs about a microsecond a token, so long
   * texts are remembered (bounded, oldest out).
   */
  private tokenizePart(text: string, first: boolean): readonly number[] {
    const tokenize = () => (first ? this.model.tokenize(text, true) : this.model.tokenize(text, true, "trimLeadingSpace"));
    if (text.length < TOKENIZE_CACHE_MIN_CHARS) return tokenize();
    const key = `${first ? "1" : "0"}${text}`;
    const hit = this.tokenCache.get(key);
    if (hit) {
      this.tokenCache.delete(key);
      this.tokenCache.set(key, hit);
      return hit;
    }
    const t = tokenize();
    boundedSet(this.tokenCache, key, t, TOKENIZE_CACHE_MAX);
    return t;
  }

  /**
   * Generates a reply to `parts`. With `reuse`, KV of known parts is loaded
   * instead of prefilled; any failure on that path falls back to a full
   * prefill (counted in `stats`), never to a failed generation. Without
   * `reuse` the whole prompt is prefilled (the dense reference).
   */
  async generate(parts: readonly PromptPart[], opts: GenerateOptions & { reuse?: ReuseOptions }): Promise<AgentGenerateResult> {
    const t0 = performance.now();
    const { tokens, spans } = this.tokenize(parts);
    if (tokens.length === 0) throw new RangeError("empty prompt");
    warnPastTrainedContext(this.info, this.model.filename ?? this.name, tokens.length);
    const prep = await this.prepare(tokens, spans, opts.reuse);
    const tPrep = performance.now();
    opts.onPrepared?.({ promptTokens: tokens.length, reusedTokens: prep.reusedTokens, path: prep.times.path, fallback: prep.fallback });
    const out: number[] = [];
    let ttftMs = 0;
    let text = "";
    const stops = opts.stop ?? [];
    let emitted = 0;
    const eos = this.model.tokens.eos;
    const eog = new Set<number>([eos ?? -1, this.model.tokens.eot ?? -1]);
    // The guard watches margins only while inexact KV is in the sequence.
    const guard = opts.reuse?.guard && this.inexactFrom < tokens.length ? checkGuard(opts.reuse.guard) : undefined;
    let guarded: GuardEvent | undefined;
    let gen = this.decode(prep.tail, guard !== undefined);
    let first = true;
    for (;;) {
      const next = await gen.next();
      if (next.done) break;
      const { token: tok, margin } = next.value;
      if (guard && !guarded && margin !== undefined && nearTie(guard, out.length, margin)) {
        // Exact KV decides the tie: drop everything from the first inexact cell, evaluate it again.
        await gen.return();
        const from = this.inexactFrom;
        await this.truncate(from);
        this.inexactFrom = Infinity;
        const again = Int32Array.from([...tokens.subarray(from), ...out]);
        guarded = { step: out.length, margin, reprefilledTokens: again.length };
        gen = this.decode(again, false);
        continue;
      }
      if (first) {
        first = false;
        ttftMs = performance.now() - t0;
        // The sequence is not evaluating between two steps of the generator: work on its KV is safe here.
        if (opts.afterFirstToken) await opts.afterFirstToken();
      }
      if (opts.forceOutput !== undefined) {
        await gen.return();
        const forced = this.model.tokenize(opts.forceOutput, true, "trimLeadingSpace");
        await this.sequence.evaluateWithoutGeneratingNewTokens(forced);
        out.push(...forced);
        text = opts.forceOutput;
        break;
      }
      if (eog.has(tok) || opts.signal?.aborted) break;
      out.push(tok);
      const before = text;
      text = this.model.detokenize(out as Token[]);
      const stop = stops.find((s) => text.endsWith(s));
      if (stop !== undefined) {
        text = text.slice(0, text.length - stop.length);
        emitted = emit(opts.onText, text, emitted, 0);
        break;
      }
      // Hold back what could still become a stop sequence; say the rest.
      if (opts.onText && text !== before) emitted = emit(opts.onText, text, emitted, holdBack(text, stops));
      if (out.length >= opts.maxTokens) break;
    }
    if (opts.onText) emit(opts.onText, text, emitted, 0);
    await gen.return();
    // Keep this agent's own parts for next time (after the answer, off the TTFT path).
    if (opts.reuse && (opts.reuse.ownCache ?? true)) await this.rememberOwnParts(tokens, spans);
    this.stats.calls++;
    this.stats.promptTokens += tokens.length;
    this.stats.reusedTokens += prep.reusedTokens;
    const tm = prep.times;
    const suffixMs = tm.gapMs + Math.max(0, t0 + ttftMs - tPrep);
    const stages: CallStages = {
      path: tm.path, fetchMs: tm.fetchMs, checkMs: tm.checkMs, repositionMs: tm.repositionMs, injectMs: tm.injectMs, injectBytes: tm.injectBytes,
      onlyNewCells: tm.path !== "none" && tm.onlyNewCells, suffixMs,
      otherMs: Math.max(0, ttftMs - tm.fetchMs - tm.repositionMs - tm.injectMs - suffixMs),
    };
    return {
      text, ttftMs, totalMs: performance.now() - t0, promptTokens: tokens.length, reusedTokens: prep.reusedTokens,
      outputTokens: out.length, outputTokenIds: out, spans, fallback: prep.fallback, stages, ...(guarded ? { guarded } : {}),
    };
  }

  /** Greedy decoding from `tail`; with `margins`, each token comes with its top-two margin (the full distribution is read). */
  private async *decode(tail: Int32Array, margins: boolean): AsyncGenerator<{ token: number; margin?: number }, void, void> {
    if (!margins) {
      for await (const token of this.sequence.evaluate(Array.from(tail) as Token[], { temperature: 0 })) yield { token };
      return;
    }
    for await (const o of this.sequence.evaluateWithMetadata(Array.from(tail) as Token[], { probabilities: true }, { temperature: 0 })) {
      yield { token: o.token, margin: topTwoMargin(o.probabilities.values()) };
    }
  }

  /**
   * Next-token probabilities after `parts` (for fidelity measurements): the
   * same preparation as generate(), then one evaluation of the last token.
   */
  async nextTokenProbabilities(parts: readonly PromptPart[], reuse?: ReuseOptions): Promise<{ probs: Map<number, number>; reusedTokens: number; fallback?: string }> {
    const { tokens, spans } = this.tokenize(parts);
    const prep = await this.prepare(tokens, spans, reuse);
    const probs = await this.probabilitiesAfter(Array.from(prep.tail));
    return { probs, reusedTokens: prep.reusedTokens, fallback: prep.fallback };
  }

  /**
   * Cuts the KV of prompt/output positions [start, end) out of the sequence
   * as it is now (e.g. a reply just generated, to publish it). The positions
   * must be evaluated; `exact` tells whether everything before them was a
   * plain prefill, so the KV equals what a dense run would hold.
   */
  async cut(start: number, end: number): Promise<{ segment: KvSegment; exact: boolean }> {
    const snap = await this.injector.snapshot();
    const tokens = this.sequence.contextTokens;
    const segment = await snap.cut(start, end, { modelFingerprint: this.info.fingerprint, context: contextDigest(tokens.slice(0, start)) });
    return { segment, exact: end <= this.inexactFrom };
  }

  /**
   * Publishes the KV this agent holds after `result`: every shared part it
   * read (unless `skip` says another agent already did) and, under
   * `replyId`, its own reply, so that later agents reuse instead of prefill.
   * Returns the number of segments published.
   */
  async publish(result: AgentGenerateResult, sink: SegmentSink, opts: { replyId?: string; skip?: (id: string) => boolean } = {}): Promise<number> {
    const end = Math.min(this.sequence.nextTokenIndex, result.promptTokens + result.outputTokenIds.length);
    const reply = opts.replyId !== undefined && end > result.promptTokens;
    if (!reply) return this.publishParts(result.spans, sink, opts.skip);
    const snap = await this.injector.snapshot();
    const held = this.sequence.contextTokens;
    let n = await this.publishParts(result.spans, sink, opts.skip, snap);
    if (reply) {
      await sink.publish(opts.replyId!, await snap.cut(result.promptTokens, end, { modelFingerprint: this.info.fingerprint, context: contextDigest(held.slice(0, result.promptTokens)) }));
      n++;
    }
    return n;
  }

  /**
   * Publishes the KV of the shared parts among `spans` that the sequence
   * holds (not those `skip` names). Call it between generation steps (e.g.
   * from GenerateOptions.afterFirstToken), never while the sequence evaluates.
   */
  async publishParts(spans: readonly PartSpan[], sink: SegmentSink, skip?: (id: string) => boolean, snapshot?: KvSnapshot): Promise<number> {
    const wanted = spans.filter((span) => span.part.kind === "shared" && !(skip?.(span.part.id) ?? false) && span.end <= this.sequence.nextTokenIndex);
    if (wanted.length === 0) return 0;
    const snap = snapshot ?? (await this.injector.snapshot());
    const held = this.sequence.contextTokens;
    for (const span of wanted) {
      await sink.publish((span.part as { id: string }).id, await snap.cut(span.start, span.end, { modelFingerprint: this.info.fingerprint, context: contextDigest(held.slice(0, span.start)) }));
    }
    return wanted.length;
  }

  /** The KV of the last reply (its tokens were all evaluated except possibly the last one). */
  async cutReply(result: AgentGenerateResult): Promise<KvSegment | undefined> {
    const promptEnd = result.promptTokens;
    const evaluated = this.sequence.nextTokenIndex;
    const end = Math.min(evaluated, promptEnd + result.outputTokenIds.length);
    if (end <= promptEnd) return undefined;
    return (await this.cut(promptEnd, end)).segment;
  }

  /**
   * Replaces the sequence's content with `segments` (already at their final
   * positions; gaps allowed). Each segment and the assembled state are
   * validated against this model and context before llama.cpp sees them.
   * `exact` says whether their KV equals a plain prefill of the same tokens.
   */
  async loadSegments(segments: readonly KvSegment[], exact = false): Promise<void> {
    await this.placeSegments(segments.map((segment) => ({ start: segment.positions[0], segment })), exact);
  }

  /**
   * Loads a llama.cpp sequence state from bytes (e.g. a file another process
   * saved), after parsing and validating all of it against this context.
   * Garbage gives a typed error and leaves the sequence empty.
   */
  async loadStateBytes(bytes: Uint8Array): Promise<void> {
    const state = parseState(bytes);
    validateState(state, { profile: this.profile });
    await this.clear();
    await this.files.loadStateBytes(serializeState(state));
    this.inexactFrom = 0; // unknown provenance: never treat it as a plain prefill
  }

  /**
   * Places segments at chosen positions, moving (re-rotating) those computed
   * elsewhere, replacing what the sequence held. On the native path the
   * pieces must follow each other from position 0; otherwise the file path
   * takes them (gaps allowed).
   */
  async placeSegments(pieces: readonly InjectPiece[], exact = false): Promise<InjectReport> {
    for (const p of pieces) validateSegment(p.segment, { fingerprint: this.info.fingerprint, profile: this.profile });
    await this.clear();
    let at = 0;
    const dense = pieces.every((p) => p.start === at && contiguous(p.segment.positions) && ((at = p.start + p.segment.tokens.length), true));
    const tokens = new Int32Array(Math.max(0, ...pieces.map((p) => p.start + p.segment.tokens.length)));
    for (const p of pieces) tokens.set(p.segment.tokens, p.start);
    const report = await (dense ? this.injector : this.files).inject(0, pieces, tokens);
    if (!exact) this.inexactFrom = 0;
    return report;
  }

  /** The sequence's KV as llama.cpp's in-memory state bytes (native path only; pair them with `sequence.contextTokens`). */
  async exportSequenceBlob(): Promise<Uint8Array> {
    return this.nativeInjector().exportBlob();
  }

  /** Loads state bytes from exportSequenceBlob() for `tokens`, checked against this context first (native path only). */
  async importSequenceBlob(bytes: Uint8Array, tokens: Int32Array): Promise<void> {
    await this.clear();
    await this.nativeInjector().importBlob(bytes, tokens);
    this.inexactFrom = 0; // unknown provenance: never treat it as a plain prefill
  }

  private nativeInjector(): NativeInjector {
    if (!(this.injector instanceof NativeInjector)) throw new NativeUnavailableError(`agent ${this.name} uses the ${this.injector.path} path`);
    return this.injector;
  }

  /** Evaluates `tokens` after what the sequence holds; next-token probabilities after the last one. */
  async probabilitiesAfter(tokens: readonly number[]): Promise<Map<number, number>> {
    // The full distribution: node-llama-cpp otherwise applies its default top-k/top-p before reporting.
    const full = { temperature: 1, topK: 0, topP: 1, minP: 0 };
    const input = tokens.map((t, i) => (i === tokens.length - 1 ? ([t, { generateNext: { probabilities: true, options: full } }] as const) : t));
    const res = await this.sequence.controlledEvaluate(input as never);
    const probs = res[tokens.length - 1]?.next.probabilities;
    if (!probs) throw new Error("llama.cpp returned no probabilities");
    return new Map(probs);
  }

  /** Drops everything the sequence holds from position `n` on (keeps the first n tokens). */
  async truncate(n: number): Promise<void> {
    const held = this.sequence.nextTokenIndex;
    if (n <= 0) return this.clear();
    if (held > n) await this.sequence.eraseContextTokenRanges([{ start: n, end: held }]);
  }

  async clear(): Promise<void> {
    await this.sequence.clearHistory();
    this.inexactFrom = Infinity;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.injector.dispose();
    this.sequence.dispose();
    await this.context.dispose();
    if (this.ownsModel) await this.model.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }

  // --- internals -----------------------------------------------------------

  /**
   * Puts the KV of every prompt token but the tail into the sequence, from the
   * best source for each stretch: what the sequence already holds, this
   * agent's own-part cache, the shared source, or a prefill. Returns the tail
   * still to evaluate (at least the last prompt token, which yields logits).
   */
  private async prepare(tokens: Int32Array, spans: PartSpan[], reuse: ReuseOptions | undefined): Promise<{ tail: Int32Array; reusedTokens: number; fallback?: string; times: PrepTimes }> {
    const n = tokens.length;
    const times: PrepTimes = { fetchMs: 0, checkMs: 0, repositionMs: 0, injectMs: 0, injectBytes: 0, onlyNewCells: true, gapMs: 0, path: "none" };
    // What the sequence holds exactly already (plain prefix reuse, as llama.cpp server does).
    const held = reuse && (reuse.prefix ?? true) ? this.sequence.compareContextTokens(Array.from(tokens) as Token[]).firstDifferentIndex : 0;
    const keep = Math.min(held, reuse?.prefix === "held" ? n - 1 : this.inexactFrom, n - 1);
    let pieces: Piece[] = [];
    let fallback: string | undefined;
    if (reuse) {
      const tf = performance.now();
      try {
        pieces = await this.findPieces(tokens, spans, keep, reuse, times);
      } catch (e) {
        fallback = this.noteFallback("source", e);
        pieces = [];
      }
      times.fetchMs = performance.now() - tf;
    }
    try {
      const reused = await this.load(tokens, keep, pieces, times);
      // Tokens the sequence already held count as reused too (prefix caching).
      return { tail: tokens.subarray(this.sequence.nextTokenIndex), reusedTokens: keep + reused, fallback, times };
    } catch (e) {
      fallback = this.noteFallback("load", e);
      await this.clear();
      return { tail: tokens, reusedTokens: 0, fallback, times };
    }
  }

  private noteFallback(where: string, e: unknown): string {
    const reason = `${where}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    this.stats.fallbacks++;
    const key = e instanceof Error ? `${where}:${e.name}` : where;
    this.stats.fallbackReasons[key] = (this.stats.fallbackReasons[key] ?? 0) + 1;
    return reason;
  }

  /** Pieces of KV that can stand in for prompt tokens at or after `from`. */
  private async findPieces(tokens: Int32Array, spans: PartSpan[], from: number, reuse: ReuseOptions, times: PrepTimes): Promise<Piece[]> {
    const pieces: Piece[] = [];
    const limit = tokens.length - 1; // the last prompt token is always evaluated
    for (const span of spans) {
      if (span.end <= from) continue;
      const start = span.start;
      const partTokens = tokens.subarray(start, span.end);
      const context = contextDigest(tokens.subarray(0, start));
      const given = span.part.kind === "own" ? reuse.ownPieces?.get(start) : undefined;
      if (given) {
        this.check(given, times);
        const n = given.tokens.length;
        if (given.positions[0] !== start || n > partTokens.length || !contiguous(given.positions) || !sameTokens(partTokens.subarray(0, n), given.tokens)) {
          throw new SegmentContentError("own piece", `the piece for own text at ${start} does not match its tokens and positions`);
        }
        pieces.push({ start, end: start + n, segment: given, exact: false });
        continue;
      }
      if (span.part.kind === "own" && (reuse.ownCache ?? true)) {
        const seg = this.ownParts.get(ownKey(context, start, partTokens));
        if (seg) pieces.push({ start, end: span.end, segment: seg, exact: true });
        else if (reuse.ownCache === "any") {
          const near = this.ownByText.get(tokensKey(partTokens));
          if (near) pieces.push({ start, end: span.end, segment: near, exact: false });
        }
        continue;
      }
      if (span.part.kind !== "shared" || !reuse.source) continue;
      const found = await reuse.source.find({ id: span.part.id, tokens: partTokens, start, context, modelFingerprint: this.info.fingerprint });
      if (!found) continue;
      if (Array.isArray(found)) {
        // Pieces at final positions inside the part; what lies between them is prefilled.
        for (const seg of found as readonly KvSegment[]) {
          this.check(seg, times);
          const at = seg.positions[0] - start;
          if (at < 0 || at + seg.tokens.length > partTokens.length || !sameTokens(partTokens.subarray(at, at + seg.tokens.length), seg.tokens)) {
            throw new SegmentContentError("pieces", `a piece for part ${span.part.id} does not match its tokens at position ${seg.positions[0]}`);
          }
          const exact = seg.context === contextDigest(tokens.subarray(0, seg.positions[0])) && contiguous(seg.positions);
          pieces.push({ start: seg.positions[0], end: seg.positions[0] + seg.tokens.length, segment: seg, exact });
        }
        continue;
      }
      const seg = found as KvSegment;
      this.check(seg, times);
      const at = indexOfTokens(partTokens, seg.tokens);
      if (at < 0) continue;
      const segStart = start + at;
      const exact = seg.context === contextDigest(tokens.subarray(0, segStart)) && seg.positions[0] === segStart && contiguous(seg.positions);
      if (!exact && !(reuse.reposition ?? true)) continue;
      if (!exact && seg.positions[0] !== segStart && !contiguous(seg.positions)) continue; // only a consecutive run can be moved
      pieces.push({ start: segStart, end: segStart + seg.tokens.length, segment: seg, exact });
    }
    // Trim what the sequence already holds and the last token; drop overlaps.
    const out: Piece[] = [];
    let cursor = from;
    for (const p of pieces.sort((a, b) => a.start - b.start)) {
      const s = Math.max(p.start, cursor);
      const e = Math.min(p.end, limit);
      if (e <= s) continue;
      out.push(s === p.start && e === p.end ? p : { ...p, start: s, end: e, segment: sliceSegment(p.segment, s - p.start, e - p.start) });
      cursor = e;
    }
    return out;
  }

  /**
   * Brings the sequence to hold tokens [0, x) for the largest x it can reach
   * with pieces and prefills before the tail. Returns how many tokens came
   * from pieces.
   */
  private async load(tokens: Int32Array, keep: number, pieces: Piece[], times: PrepTimes): Promise<number> {
    // Drop what the sequence holds beyond the exact prefix we keep.
    const heldNow = this.sequence.nextTokenIndex;
    if (keep === 0 && heldNow > 0) await this.clear();
    else if (heldNow > keep) {
      await this.sequence.eraseContextTokenRanges([{ start: keep, end: heldNow }]);
      // What is left is exact unless the caller kept inexact KV on purpose (prefix "held").
      if (keep <= this.inexactFrom) this.inexactFrom = Infinity;
    }
    if (pieces.length === 0) return 0;
    let reused = 0;
    let pending: Piece[] = [];
    let cursor = keep;
    const flush = async () => {
      if (pending.length === 0) return;
      const r = await this.injector.inject(this.sequence.nextTokenIndex, pending, tokens);
      times.path = r.path;
      times.repositionMs += r.stages.repositionMs;
      times.injectMs += r.ms - r.stages.repositionMs;
      times.injectBytes += r.bytes;
      times.onlyNewCells &&= r.onlyNewCells;
      for (const p of pending) reused += p.end - p.start;
      pending = [];
    };
    for (const p of pieces) {
      if (p.start > cursor) {
        // A gap: its KV must be computed, after the pieces before it are in place.
        await flush();
        const tg = performance.now();
        await this.sequence.evaluateWithoutGeneratingNewTokens(Array.from(tokens.subarray(cursor, p.start)) as Token[]);
        times.gapMs += performance.now() - tg;
      }
      pending.push(p);
      if (!p.exact) this.inexactFrom = Math.min(this.inexactFrom, p.start);
      cursor = p.end;
    }
    await flush();
    return reused;
  }

  /** The sequence's state as llama.cpp saves it (through tmpfs; for tests and tools, not the hot path). */
  async saveState(): Promise<SequenceState> {
    return this.files.saveState();
  }

  /** Structural checks on every use; the scan of every value for NaN/inf once per segment object. */
  private check(seg: KvSegment, times: PrepTimes): void {
    const t = performance.now();
    try {
      validateSegment(seg, { fingerprint: this.info.fingerprint, profile: this.profile, checkValues: false });
      checkSegmentValues(seg);
    } finally {
      times.checkMs += performance.now() - t;
    }
  }

  /**
   * Remembers the KV of this agent's own parts from the last call when it is
   * exact (computed behind the same tokens), so the next call with the same
   * own text at the same place skips its prefill. Returns how many parts were added.
   */
  async rememberOwnParts(tokens: Int32Array, spans: readonly PartSpan[]): Promise<number> {
    const held = this.sequence.nextTokenIndex;
    const own = spans.filter((s) => s.part.kind === "own" && s.end <= held && s.end > s.start);
    const exact = own.filter((s) => s.end <= this.inexactFrom && !this.ownParts.has(ownKey(contextDigest(tokens.subarray(0, s.start)), s.start, tokens.subarray(s.start, s.end))));
    // The approximate map only needs parts whose text it has not seen yet; exact ones refresh it.
    const approx = own.filter((s) => !this.ownByText.has(tokensKey(tokens.subarray(s.start, s.end))));
    if (exact.length === 0 && approx.length === 0) return 0;
    const snap: KvSnapshot = await this.injector.snapshot();
    for (const s of new Set([...exact, ...approx])) {
      const context = contextDigest(tokens.subarray(0, s.start));
      const seg = await snap.cut(s.start, s.end, { modelFingerprint: this.info.fingerprint, context });
      if (exact.includes(s)) boundedSet(this.ownParts, ownKey(context, s.start, tokens.subarray(s.start, s.end)), seg, OWN_PARTS_MAX);
      boundedSet(this.ownByText, tokensKey(tokens.subarray(s.start, s.end)), seg, OWN_PARTS_MAX);
    }
    return exact.length;
  }
}

async function probeProfile(sequence: LlamaContextSequence, model: LlamaModel, dir: string, contextSize: number, nVocab: number): Promise<ContextProfile> {
  const first = model.tokens.bos ?? model.tokenize("a")[0];
  await sequence.evaluateWithoutGeneratingNewTokens([first]);
  const path = join(dir, `${randomUUID()}.probe`);
  try {
    await sequence.saveStateToFile(path);
    return profileFromProbe(parseState(new Uint8Array(await readFile(path))), contextSize, nVocab);
  } finally {
    await rm(path, { force: true });
    await sequence.clearHistory();
  }
}

const GGML_NAME = { f32: "F32", f16: "F16", q8_0: "Q8_0" } as const;

function defaultStateDir(): string {
  return processScratchDir();
}

function ownKey(context: string, start: number, tokens: Int32Array): string {
  return `${context}:${start}:${tokensKey(tokens)}`;
}

function tokensKey(tokens: Int32Array): string {
  return Array.from(tokens).join(",");
}

/** Part texts shorter than this are tokenized every time (cheap); longer ones are remembered, this many at most. */
const TOKENIZE_CACHE_MIN_CHARS = 256;
const TOKENIZE_CACHE_MAX = 256;

/** Own parts an agent keeps per map: its templates have few, instances many. */
const OWN_PARTS_MAX = 512;

function boundedSet<K, V>(m: Map<K, V>, k: K, v: V, max: number): void {
  m.delete(k);
  m.set(k, v);
  if (m.size > max) m.delete(m.keys().next().value as K);
}

/** Says text[emitted, text.length - keep) through `onText`; returns the new count said. */
function emit(onText: ((delta: string) => void) | undefined, text: string, emitted: number, keep: number): number {
  const upTo = Math.max(emitted, text.length - keep);
  if (onText && upTo > emitted) onText(text.slice(emitted, upTo));
  return upTo;
}

/** How many characters at the end of `text` are the start of some stop sequence (they may not be said yet). */
function holdBack(text: string, stops: readonly string[]): number {
  let keep = 0;
  for (const s of stops) {
    for (let n = Math.min(s.length - 1, text.length); n > keep; n--) {
      if (text.endsWith(s.slice(0, n))) {
        keep = n;
        break;
      }
    }
  }
  return keep;
}

function sameTokens(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function contiguous(pos: Int32Array): boolean {
  for (let i = 1; i < pos.length; i++) if (pos[i] !== pos[i - 1] + 1) return false;
  return true;
}

/** Tokens [a, b) of a segment (views share the bytes). */
export function sliceSegment(s: KvSegment, a: number, b: number): KvSegment {
  const kRow = s.k[0].length / s.tokens.length;
  const vRow = s.v[0].length / s.tokens.length;
  return {
    ...s,
    tokens: s.tokens.subarray(a, b),
    positions: s.positions.subarray(a, b),
    k: s.k.map((l) => l.subarray(a * kRow, b * kRow)),
    v: s.v.map((l) => l.subarray(a * vRow, b * vRow)),
  };
}
