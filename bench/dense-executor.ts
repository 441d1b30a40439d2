/**
 * DenseExecutor: the full-prefill reference. One model, one context, a small
 * pool of sequences (one per concurrent call); every call clears its sequence,
 * prefills the whole joined prompt and decodes greedily until the stop marker
 * or maxTokens.
 */
import type { Llama, LlamaContext, LlamaContextSequence, LlamaModel, Token } from "node-llama-cpp";
import { sharedLlama } from "../agents/llama-runtime.js";
import type { GenerateOptions, GenerateResult, PromptPart } from "../agents/prompt.js";
import type { StepExecutor } from "../pipelines/suite/pipeline-runner.js";
import { joinParts, SPECIAL_MARKERS, STOP } from "../pipelines/suite/format.js";

export interface DenseExecutorOptions {
  readonly modelPath: string;
  /** CPU threads for evaluation; always pass it (node-llama-cpp's default is slow on few cores). */
  readonly threads: number;
  /** Concurrent calls (sequences of the one context); default 1. */
  readonly sequences?: number;
  /** Tokens per sequence; default 1024. */
  readonly contextSize?: number;
  readonly batchSize?: number;
  /** Defaults to the process-wide runtime (agents/llama-runtime.ts). */
  readonly llama?: Llama;
}

export class DenseExecutor implements StepExecutor {
  private readonly free: LlamaContextSequence[];
  private readonly waiting: ((s: LlamaContextSequence) => void)[] = [];
  /** Single-token ids of the markers; the stop marker's id ends generation at once. */
  readonly markerTokens: ReadonlyMap<string, Token | undefined>;
  private readonly stopToken: Token | undefined;

  private constructor(
    readonly model: LlamaModel,
    readonly context: LlamaContext,
    private readonly ownsModel: boolean,
  ) {
    this.free = [];
    for (let i = 0; i < context.totalSequences; i++) this.free.push(context.getSequence());
    const markers = new Map<string, Token | undefined>();
    for (const marker of SPECIAL_MARKERS) {
      const tokens = model.tokenize(marker, true);
      markers.set(marker, tokens.length === 1 ? tokens[0] : undefined);
    }
    this.markerTokens = markers;
    this.stopToken = markers.get(STOP);
  }

  static async create(options: DenseExecutorOptions): Promise<DenseExecutor> {
    const llama = options.llama ?? (await sharedLlama());
    const model = await llama.loadModel({ modelPath: options.modelPath, gpuLayers: 0 });
    try {
      const sequences = options.sequences ?? 1;
      const contextSize = options.contextSize ?? 1024;
      const context = await model.createContext({
        contextSize: contextSize * sequences,
        sequences,
        threads: options.threads,
        batchSize: options.batchSize ?? Math.min(512, contextSize) * Math.min(sequences, 4),
      });
      return new DenseExecutor(model, context, true);
    } catch (e) {
      await model.dispose();
      throw e;
    }
  }

  /** Whether every marker maps to one token of this model's vocabulary. */
  get markersAreSingleTokens(): boolean {
    return [...this.markerTokens.values()].every((t) => t !== undefined);
  }

  /** Prompt tokens as inference feeds them: BOS when the model wants one, then the joined text. */
  tokenizePrompt(parts: readonly PromptPart[]): Token[] {
    const tokens = this.model.tokenize(joinParts(parts), true);
    const bos = this.model.tokens.bos;
    if (this.model.tokens.shouldPrependBosToken && bos !== null && tokens[0] !== bos) tokens.unshift(bos);
    return tokens;
  }

  private acquire(): Promise<LlamaContextSequence> {
    const s = this.free.pop();
    if (s) return Promise.resolve(s);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(s: LlamaContextSequence): void {
    const next = this.waiting.shift();
    if (next) next(s);
    else this.free.push(s);
  }

  async generate(_agentName: string, parts: PromptPart[], opts: GenerateOptions): Promise<GenerateResult> {
    const sequence = await this.acquire();
    try {
      const started = performance.now();
      await sequence.clearHistory();
      const prompt = this.tokenizePrompt(parts);
      const stops = opts.stop ?? [STOP];
      const output: Token[] = [];
      let text = "";
      let ttftMs = 0;
      if (prompt.length + opts.maxTokens > sequence.contextSize) {
        throw new RangeError(`prompt of ${prompt.length} tokens + ${opts.maxTokens} new does not fit a context of ${sequence.contextSize}`);
      }
      for await (const token of sequence.evaluate(prompt, { temperature: 0 })) {
        if (output.length === 0) ttftMs = performance.now() - started;
        if (token === this.stopToken || this.model.isEogToken(token)) break;
        output.push(token);
        text = this.model.detokenize(output, true);
        const hit = stops.find((s) => text.endsWith(s));
        if (hit !== undefined) {
          text = text.slice(0, text.length - hit.length);
          break;
        }
        if (output.length >= opts.maxTokens) break;
      }
      return {
        text,
        ttftMs,
        totalMs: performance.now() - started,
        promptTokens: prompt.length,
        reusedTokens: 0,
        outputTokens: output.length,
      };
    } finally {
      this.release(sequence);
    }
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
    if (this.ownsModel) await this.model.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }
}
