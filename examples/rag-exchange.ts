/**
 * The main job on the embedded model: retrieval-augmented QA between agents
 * (e.g. retriever -> reader -> final), run on the same held-out instances
 * once with a full prefill for every agent (the reference) and once with KV
 * reuse (by default KVCOMM-style anchors: shared parts reuse corrected KV,
 * and calls the anchors cannot vouch for are prefilled and teach them).
 */
import type { OffsetCorrector } from "../anchors/anchor-service.js";
import { PipelineSession, type ReuseMode } from "../agents/pipeline-session.js";
import type { SegmentSink, SegmentSource } from "../agents/segment-source.js";
import { runPipeline, type PipelineResult } from "../bench/pipeline-runner.js";
import { getSuite } from "../bench/suite/suites.js";
import { HELDOUT_SEED, type PipelineSize } from "../bench/suite/types.js";
import { embeddedModelAvailable, embeddedModelPath } from "../models/embedded-model.js";

/** The embedded model (in a checkout; an installed package does not carry it). */
export const EMBEDDED_MODEL = embeddedModelPath("tiny");
export { embeddedModelAvailable };

export interface ExchangeOptions {
  readonly modelPath: string;
  readonly instances: number;
  readonly size: PipelineSize;
  readonly threads: number;
  readonly mode: ReuseMode;
  /** Anchor pools elsewhere (a broker's); in process by default. */
  readonly anchorService?: OffsetCorrector;
  /** Where segments are published and found (a broker's); in process by default. */
  readonly store?: SegmentSource & SegmentSink;
  /** Let the cost model turn reuse down when a prefill is predicted faster (default true). */
  readonly costModel?: boolean;
  readonly log?: (line: string) => void;
  /** As each step starts: loading the models, the warm-up, then each instance of each run ("dense"/"reuse", 1-based). */
  readonly onProgress?: (p: ExchangeProgress) => void;
}

export type ExchangeProgress =
  | { readonly step: "load" | "warm-up" }
  | { readonly step: "instance"; readonly run: "dense" | "reuse"; readonly instance: number; readonly of: number };

export interface ExchangeCall {
  readonly instance: string;
  readonly role: string;
  readonly promptTokens: number;
  readonly reusedTokens: number;
  readonly denseTtftMs: number;
  readonly reuseTtftMs: number;
  readonly servedByReuse: boolean;
  readonly correctionMs: number;
  readonly decision: string;
}

export interface ExchangeResult {
  readonly model: string;
  readonly mode: ReuseMode;
  readonly calls: ExchangeCall[];
  readonly dense: PipelineResult[];
  readonly reuse: PipelineResult[];
  readonly fallbacks: number;
}

export async function ragExchange(o: ExchangeOptions): Promise<ExchangeResult> {
  const suite = getSuite("rag");
  const contextSize = 1024;
  o.onProgress?.({ step: "load" });
  const dense = await PipelineSession.create({ modelPath: o.modelPath, mode: "dense", threads: o.threads, contextSize });
  const reuse = await PipelineSession.create({ modelPath: o.modelPath, mode: o.mode, threads: o.threads, contextSize, anchorService: o.anchorService, store: o.store, anchors: { gamma: 1 }, costModel: o.costModel, log: o.log });
  const calls: ExchangeCall[] = [];
  const denseRuns: PipelineResult[] = [];
  const reuseRuns: PipelineResult[] = [];
  try {
    // Warm up both (llama.cpp allocates on first use) on an instance that is not reported.
    const warm = suite.generate(HELDOUT_SEED + 7, 0);
    o.onProgress?.({ step: "warm-up" });
    await runPipeline(dense, suite, warm, o.size, { idPrefix: "warm/" });
    await runPipeline(reuse, suite, warm, o.size, { idPrefix: "warm/" });
    const skip = reuse.calls.length;
    for (let i = 0; i < o.instances; i++) {
      const inst = suite.generate(HELDOUT_SEED, i);
      o.onProgress?.({ step: "instance", run: "dense", instance: i + 1, of: o.instances });
      const d = await runPipeline(dense, suite, inst, o.size);
      o.onProgress?.({ step: "instance", run: "reuse", instance: i + 1, of: o.instances });
      const r = await runPipeline(reuse, suite, inst, o.size);
      denseRuns.push(d);
      reuseRuns.push(r);
      const rc = reuse.calls.slice(skip + i * r.agents.length, skip + (i + 1) * r.agents.length);
      r.agents.forEach((a, step) => {
        calls.push({
          instance: inst.id, role: a.role, promptTokens: a.promptTokens, reusedTokens: a.reusedTokens,
          denseTtftMs: d.agents[step].ttftMs, reuseTtftMs: a.ttftMs, servedByReuse: rc[step].servedByReuse,
          correctionMs: rc[step].correctionMs, decision: rc[step].decision,
        });
      });
    }
    const fallbacks = reuse.calls.filter((c) => c.fallback !== undefined).length;
    return { model: o.modelPath, mode: o.mode, calls, dense: denseRuns, reuse: reuseRuns, fallbacks };
  } finally {
    await reuse.dispose();
    await dense.dispose();
  }
}
