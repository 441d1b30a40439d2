/**
 * A shallow pass over a consumer's prompt: the model cut to its first few
 * layers (models/truncated-model.ts) prefills the prompt, so the fresh K/V of
 * those layers in the consumer's context can be compared with the reused KV
 * (CacheBlend's deviation check). Its cost is explicit: `layers / nLayer`
 * of a prefill of the tokens it evaluates (what its sequence already holds
 * of the prompt's prefix is kept).
 */
import type { KernelBackend } from "../kernels/backend.js";
import { ensureTruncatedModel } from "../models/truncated-model.js";
import { readModelInfo } from "../models/read-model-info.js";
import type { KvSegment } from "../segments/kv-segment.js";
import { Agent } from "../agents/agent.js";
import type { PromptPart } from "../agents/prompt.js";

export interface KvProbeOptions {
  readonly modelPath: string;
  /** Layers the probe computes (its last one is the check layer). Default 2: CacheBlend checks layer 1. */
  readonly layers?: number;
  readonly threads?: number;
  readonly contextSize?: number;
  readonly kernels?: KernelBackend;
}

/** One probe pass: the fresh KV of any prompt range, and what the pass cost. */
export interface ProbePass {
  cut(start: number, end: number): Promise<KvSegment>;
  /** Tokens the pass evaluated (prompt tokens minus the prefix its sequence kept). */
  readonly evaluatedTokens: number;
  readonly ms: number;
}

export class KvProbe {
  private constructor(private readonly agent: Agent, readonly layers: number, readonly fullLayers: number) {}

  static async create(o: KvProbeOptions): Promise<KvProbe> {
    const layers = o.layers ?? 2;
    const full = (await readModelInfo(o.modelPath)).nLayer;
    const path = await ensureTruncatedModel(o.modelPath, layers);
    const agent = await Agent.create({ modelPath: path, threads: o.threads, contextSize: o.contextSize, name: "probe", kernels: o.kernels });
    return new KvProbe(agent, layers, full);
  }

  /** The check layer: the probe's last. */
  get checkLayer(): number {
    return this.layers - 1;
  }

  /** Prefills `parts` through the probe's layers. */
  async run(parts: readonly PromptPart[]): Promise<ProbePass> {
    const t = performance.now();
    const r = await this.agent.generate(parts, { maxTokens: 1, reuse: { prefix: true, ownCache: false } });
    const ms = performance.now() - t;
    const agent = this.agent;
    return { cut: async (start, end) => (await agent.cut(start, end)).segment, evaluatedTokens: r.promptTokens - r.reusedTokens, ms };
  }

  async dispose(): Promise<void> {
    await this.agent.dispose();
  }
}
