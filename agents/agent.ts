import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Llama, LlamaContext, LlamaContextSequence, LlamaModel, Token } from "node-llama-cpp";
import type { KernelBackend } from "../kernels/backend.js";
import { cpuBackend } from "../kernels/cpu-backend.js";
import type { ModelInfo } from "../models/model-info.js";
import { readModelInfo } from "../models/read-model-info.js";
import { assembleState } from "../segments/assemble-state.js";
import { profileFromProbe, type ContextProfile } from "../segments/context-profile.js";
import { cutSegment } from "../segments/cut-segment.js";
import type { KvSegment } from "../segments/kv-segment.js";
import { repositionSegment } from "../segments/reposition.js";
import { SegmentContentError } from "../segments/errors.js";
import { contextDigest } from "../segments/segment-key.js";
import type { KvType } from "../segments/kv-type.js";
import { parseState, serializeState } from "../segments/state-codec.js";
import { validateSegment, validateState } from "../segments/validate.js";
import { defaultThreads, sharedLlama } from "./llama-runtime.js";
import type { GenerateOptions, GenerateResult, PromptPart } from "./prompt.js";
import { processScratchDir } from "./scratch-dir.js";
import { indexOfTokens } from "./segment-cache.js";
import type { SegmentSink, SegmentSource } from "./segment-source.js";

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
  /** Keep what the sequence already holds of this prompt's prefix (default true). */
  readonly prefix?: boolean;
  /** Allow segments computed behind another context or at other positions (re-positioned reuse). Default true. */
  readonly reposition?: boolean;
}

export interface AgentGenerateResult extends GenerateResult {
  readonly outputTokenIds: readonly number[];
  /** Where each part's tokens start and end in the prompt. */
  readonly spans: readonly PartSpan[];
  /** Why reuse was abandoned for a full prefill, if it was. */
  readonly fallback?: string;
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
  /** The segment at its final positions; exact when it was computed behind the same tokens. */
  readonly segment: KvSegment;
  readonly exact: boolean;
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
  /** First position whose KV in the sequence differs from a plain prefill (Infinity: none). */
  private inexactFrom = Infinity;
  private readonly stateDir: string;
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
    stateDir: string,
  ) {
    this.stateDir = stateDir;
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
    return new Agent(opts.name ?? "agent", info, model, opts.model === undefined, context, sequence, profile, opts.kernels ?? cpuBackend, stateDir);
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
      for (const t of i === 0 ? this.model.tokenize(part.text, true) : this.model.tokenize(part.text, true, "trimLeadingSpace")) all.push(t);
      spans.push({ part, start, end: all.length });
    });
    return { tokens: Int32Array.from(all), spans };
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
    const prep = await this.prepare(tokens, spans, opts.reuse);
    const out: number[] = [];
    let ttftMs = 0;
    let text = "";
    const stops = opts.stop ?? [];
    const eos = this.model.tokens.eos;
    const eog = new Set<number>([eos ?? -1, this.model.tokens.eot ?? -1]);
    const gen = this.sequence.evaluate(Array.from(prep.tail) as Token[], { temperature: 0 });
    for await (const tok of gen) {
      if (out.length === 0) ttftMs = performance.now() - t0;
      if (opts.forceOutput !== undefined) {
        await gen.return();
        const forced = this.model.tokenize(opts.forceOutput, true, "trimLeadingSpace");
        await this.sequence.evaluateWithoutGeneratingNewTokens(forced);
        out.push(...forced);
        text = opts.forceOutput;
        break;
      }
      if (eog.has(tok)) break;
      out.push(tok);
      text = this.model.detokenize(out as Token[]);
      const stop = stops.find((s) => text.endsWith(s));
      if (stop !== undefined) { text = text.slice(0, text.length - stop.length); break; }
      if (out.length >= opts.maxTokens) break;
    }
    await gen.return();
    // Keep this agent's own parts for next time (after the answer, off the TTFT path).
    if (opts.reuse && (opts.reuse.ownCache ?? true)) await this.rememberOwnParts(tokens, spans);
    this.stats.calls++;
    this.stats.promptTokens += tokens.length;
    this.stats.reusedTokens += prep.reusedTokens;
    return {
      text, ttftMs, totalMs: performance.now() - t0, promptTokens: tokens.length, reusedTokens: prep.reusedTokens,
      outputTokens: out.length, outputTokenIds: out, spans, fallback: prep.fallback,
    };
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
    const state = await this.saveState();
    const tokens = this.sequence.contextTokens;
    const segment = cutSegment(state, { start, end, modelFingerprint: this.info.fingerprint, context: contextDigest(tokens.slice(0, start)) });
    return { segment, exact: end <= this.inexactFrom };
  }

  /**
   * Publishes the KV this agent holds after `result`: every shared part it
   * read (unless `skip` says another agent already did) and, under
   * `replyId`, its own reply, so that later agents reuse instead of prefill.
   * Returns the number of segments published.
   */
  async publish(result: AgentGenerateResult, sink: SegmentSink, opts: { replyId?: string; skip?: (id: string) => boolean } = {}): Promise<number> {
    const state = await this.saveState();
    const held = this.sequence.contextTokens;
    let n = 0;
    for (const span of result.spans) {
      if (span.part.kind !== "shared" || (opts.skip?.(span.part.id) ?? false) || span.end > this.sequence.nextTokenIndex) continue;
      await sink.publish(span.part.id, cutSegment(state, { start: span.start, end: span.end, modelFingerprint: this.info.fingerprint, context: contextDigest(held.slice(0, span.start)) }));
      n++;
    }
    const end = Math.min(this.sequence.nextTokenIndex, result.promptTokens + result.outputTokenIds.length);
    if (opts.replyId && end > result.promptTokens) {
      await sink.publish(opts.replyId, cutSegment(state, { start: result.promptTokens, end, modelFingerprint: this.info.fingerprint, context: contextDigest(held.slice(0, result.promptTokens)) }));
      n++;
    }
    return n;
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
    for (const seg of segments) validateSegment(seg, { fingerprint: this.info.fingerprint, profile: this.profile });
    await this.clear();
    await this.loadPieces(segments.map((segment) => ({ start: segment.positions[0], end: segment.positions[0] + segment.tokens.length, segment, exact })));
    if (!exact) this.inexactFrom = 0;
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
    const path = join(this.stateDir, `${randomUUID()}.seq`);
    try {
      await writeFile(path, serializeState(state));
      await this.sequence.loadStateFromFile(path, { acceptRisk: true });
      this.inexactFrom = 0; // unknown provenance: never treat it as a plain prefill
    } finally {
      await rm(path, { force: true });
    }
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

  async clear(): Promise<void> {
    await this.sequence.clearHistory();
    this.inexactFrom = Infinity;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
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
  private async prepare(tokens: Int32Array, spans: PartSpan[], reuse: ReuseOptions | undefined): Promise<{ tail: Int32Array; reusedTokens: number; fallback?: string }> {
    const n = tokens.length;
    // What the sequence holds exactly already (plain prefix reuse, as llama.cpp server does).
    const held = reuse && (reuse.prefix ?? true) ? this.sequence.compareContextTokens(Array.from(tokens) as Token[]).firstDifferentIndex : 0;
    const keep = Math.min(held, this.inexactFrom, n - 1);
    let pieces: Piece[] = [];
    let fallback: string | undefined;
    if (reuse) {
      try {
        pieces = await this.findPieces(tokens, spans, keep, reuse);
      } catch (e) {
        fallback = this.noteFallback("source", e);
        pieces = [];
      }
    }
    try {
      const reused = await this.load(tokens, keep, pieces);
      // Tokens the sequence already held count as reused too (prefix caching).
      return { tail: tokens.subarray(this.sequence.nextTokenIndex), reusedTokens: keep + reused, fallback };
    } catch (e) {
      fallback = this.noteFallback("load", e);
      await this.clear();
      return { tail: tokens, reusedTokens: 0, fallback };
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
  private async findPieces(tokens: Int32Array, spans: PartSpan[], from: number, reuse: ReuseOptions): Promise<Piece[]> {
    const pieces: Piece[] = [];
    const limit = tokens.length - 1; // the last prompt token is always evaluated
    for (const span of spans) {
      if (span.end <= from) continue;
      const start = span.start;
      const partTokens = tokens.subarray(start, span.end);
      const context = contextDigest(tokens.subarray(0, start));
      if (span.part.kind === "own" && (reuse.ownCache ?? true)) {
        const seg = this.ownParts.get(ownKey(context, start, partTokens));
        if (seg) pieces.push({ start, end: span.end, segment: seg, exact: true });
        else if (reuse.ownCache === "any") {
          const near = this.ownByText.get(tokensKey(partTokens));
          if (near) pieces.push({ start, end: span.end, segment: repositionSegment(near, start, this.kernels, this.info.rope), exact: false });
        }
        continue;
      }
      if (span.part.kind !== "shared" || !reuse.source) continue;
      const found = await reuse.source.find({ id: span.part.id, tokens: partTokens, start, context, modelFingerprint: this.info.fingerprint });
      if (!found) continue;
      if (Array.isArray(found)) {
        // Pieces at final positions inside the part; what lies between them is prefilled.
        for (const seg of found as readonly KvSegment[]) {
          validateSegment(seg, { fingerprint: this.info.fingerprint, profile: this.profile });
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
      validateSegment(seg, { fingerprint: this.info.fingerprint, profile: this.profile });
      const at = indexOfTokens(partTokens, seg.tokens);
      if (at < 0) continue;
      const segStart = start + at;
      const exact = seg.context === contextDigest(tokens.subarray(0, segStart)) && seg.positions[0] === segStart && contiguous(seg.positions);
      if (!exact && !(reuse.reposition ?? true)) continue;
      const placed = exact ? seg : repositionSegment(seg, segStart, this.kernels, this.info.rope);
      pieces.push({ start: segStart, end: segStart + seg.tokens.length, segment: placed, exact });
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
  private async load(tokens: Int32Array, keep: number, pieces: Piece[]): Promise<number> {
    // Drop what the sequence holds beyond the exact prefix we keep.
    const heldNow = this.sequence.nextTokenIndex;
    if (keep === 0 && heldNow > 0) await this.clear();
    else if (heldNow > keep) {
      await this.sequence.eraseContextTokenRanges([{ start: keep, end: heldNow }]);
      this.inexactFrom = Infinity; // keep <= inexactFrom: what is left is exact
    }
    if (pieces.length === 0) return 0;
    let reused = 0;
    let pending: Piece[] = [];
    let cursor = keep;
    const flush = async () => {
      if (pending.length === 0) return;
      await this.loadPieces(pending);
      for (const p of pending) reused += p.end - p.start;
      pending = [];
    };
    for (const p of pieces) {
      if (p.start > cursor) {
        // A gap: its KV must be computed, after the pieces before it are in place.
        await flush();
        await this.sequence.evaluateWithoutGeneratingNewTokens(Array.from(tokens.subarray(cursor, p.start)) as Token[]);
      }
      pending.push(p);
      if (!p.exact) this.inexactFrom = Math.min(this.inexactFrom, p.start);
      cursor = p.end;
    }
    await flush();
    return reused;
  }

  /** Loads the sequence's current KV plus `pieces` as one state, validated first. */
  private async loadPieces(pieces: Piece[]): Promise<void> {
    const held = this.sequence.nextTokenIndex;
    const segs: KvSegment[] = [];
    if (held > 0) {
      const state = await this.saveState();
      segs.push(cutSegment(state, { start: 0, end: held, modelFingerprint: this.info.fingerprint, context: contextDigest([]) }));
    }
    for (const p of pieces) segs.push(p.segment);
    const state = assembleState(segs, this.profile, this.model.tokens.bos ?? 0);
    validateState(state, { profile: this.profile });
    const path = join(this.stateDir, `${randomUUID()}.seq`);
    try {
      await writeFile(path, serializeState(state));
      await this.sequence.loadStateFromFile(path, { acceptRisk: true });
    } finally {
      await rm(path, { force: true });
    }
  }

  /** The sequence's state as llama.cpp saves it (through tmpfs). */
  async saveState() {
    const path = join(this.stateDir, `${randomUUID()}.seq`);
    try {
      await this.sequence.saveStateToFile(path);
      return parseState(new Uint8Array(await readFile(path)));
    } finally {
      await rm(path, { force: true });
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
    const state = await this.saveState();
    for (const s of new Set([...exact, ...approx])) {
      const context = contextDigest(tokens.subarray(0, s.start));
      const seg = cutSegment(state, { start: s.start, end: s.end, modelFingerprint: this.info.fingerprint, context });
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

/** Own parts an agent keeps per map: its templates have few, instances many. */
const OWN_PARTS_MAX = 512;

function boundedSet<K, V>(m: Map<K, V>, k: K, v: V, max: number): void {
  m.delete(k);
  m.set(k, v);
  if (m.size > max) m.delete(m.keys().next().value as K);
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
