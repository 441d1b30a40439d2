/**
 * The main job on the embedded model: retrieval-augmented QA between agents
 * (e.g. retriever -> reader -> final), run on the same held-out instances
 * once with a full prefill for every agent (the reference) and once with KV
 * reuse (by default KVCOMM-style anchors: shared parts reuse corrected KV,
 * and calls the anchors cannot vouch for are prefilled and teach them).
 */
import type { OffsetCorrector } from "../anchors/anchor-service.js";
import { PipelineSession, type CallHow, type OwnTextPolicy, type ReuseMode, type SessionStages } from "../pipelines/pipeline-session.js";
import type { SegmentSink, SegmentSource } from "../agents/cache/segment-source.js";
import { runPipeline, type PipelineResult } from "../pipelines/suite/pipeline-runner.js";
import { getSuite } from "../pipelines/suite/suites.js";
import { HELDOUT_SEED, type PipelineSize } from "../pipelines/suite/types.js";
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
  /** How agents reuse their own text (default "corrected"). */
  readonly ownText?: OwnTextPolicy;
  /**
   * Held-out instances each mode runs first, not reported (default 2):
   * llama.cpp allocates on first use, and the anchors see two dense
   * prefills of each consumer, the fewest their gate corrects from.
   */
  readonly warmup?: number;
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
  /** 0 for the pipeline's first agent. */
  readonly step: number;
  readonly promptTokens: number;
  readonly reusedTokens: number;
  /** Tokens of shared parts, and of them reused (injected) in the reuse run. */
  readonly sharedTokens: number;
  readonly reusedSharedTokens: number;
  readonly denseTtftMs: number;
  readonly reuseTtftMs: number;
  readonly servedByReuse: boolean;
  readonly how: CallHow;
  readonly correctionMs: number;
  /** The reuse call's TTFT by stage (they add up to reuseTtftMs). */
  readonly stages: SessionStages;
  readonly decision: string;
  /** Failures on the reuse path (a fallback's reason first). */
  readonly failures: readonly string[];
}

export interface ExchangeResult {
  readonly model: string;
  readonly mode: ReuseMode;
  readonly threads: number;
  /** Unreported warm-up instances each mode ran first. */
  readonly warmup: number;
  readonly calls: ExchangeCall[];
  readonly dense: PipelineResult[];
  readonly reuse: PipelineResult[];
}

/** A call that was not served by reuse, or met a failure, and why. */
export interface ExchangeFallback {
  readonly agent: string;
  readonly instance: string;
  readonly reason: string;
}

/**
 * What `kvmesh demo` reports (and writes with --json): one object, so that
 * the printed summary and the JSON cannot disagree.
 */
export interface ExchangeSummary {
  readonly model: string;
  readonly mode: ReuseMode;
  readonly threads: number;
  readonly instances: number;
  /** Unreported warm-up instances each mode ran before them (the anchors learned from the reuse run's). */
  readonly warmupInstances: number;
  readonly agents: number;
  readonly calls: number;
  /** Calls of agents 2..N (agent 1 reads the user's inputs first: nothing to reuse but its own prefix). */
  readonly downstreamCalls: number;
  /** Of them, calls that really injected reused shared KV (servedByReuse + downstream fallbacks = downstreamCalls). */
  readonly servedByReuse: number;
  /** Every downstream call not served by reuse, and every call whose reuse path failed, with the reason. */
  readonly fallbacks: readonly ExchangeFallback[];
  /** Total TTFT of each mode over all calls, same run. */
  readonly ttftMs: { readonly dense: number; readonly reuse: number; readonly downstreamDense: number; readonly downstreamReuse: number };
  /** Fraction of instances whose reuse answer equals the dense answer. */
  readonly agreement: number;
  readonly answersAgree: number;
  readonly answersRight: { readonly dense: number; readonly reuse: number; readonly of: number };
  readonly sharedTokens: number;
  readonly reusedSharedTokens: number;
  readonly promptTokens: number;
  readonly reusedTokens: number;
  readonly perCall: readonly ExchangeCall[];
}

export function exchangeSummary(res: ExchangeResult): ExchangeSummary {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const downstream = res.calls.filter((c) => c.step > 0);
  const fallbacks: ExchangeFallback[] = res.calls
    .filter((c) => (c.step > 0 && !c.servedByReuse) || c.how === "fallback" || c.failures.length > 0)
    .map((c) => ({ agent: c.role, instance: c.instance, reason: c.failures.length > 0 ? c.failures.join("; ") : c.decision }));
  const agree = res.dense.filter((d, i) => d.answer === res.reuse[i].answer).length;
  return {
    model: res.model, mode: res.mode, threads: res.threads, instances: res.dense.length, warmupInstances: res.warmup, agents: res.dense[0]?.agents.length ?? 0,
    calls: res.calls.length,
    downstreamCalls: downstream.length,
    servedByReuse: downstream.filter((c) => c.servedByReuse).length,
    fallbacks,
    ttftMs: {
      dense: round(sum(res.calls.map((c) => c.denseTtftMs))), reuse: round(sum(res.calls.map((c) => c.reuseTtftMs))),
      downstreamDense: round(sum(downstream.map((c) => c.denseTtftMs))), downstreamReuse: round(sum(downstream.map((c) => c.reuseTtftMs))),
    },
    agreement: res.dense.length ? agree / res.dense.length : 0,
    answersAgree: agree,
    answersRight: { dense: res.dense.filter((d) => d.correct).length, reuse: res.reuse.filter((d) => d.correct).length, of: res.dense.length },
    sharedTokens: sum(res.calls.map((c) => c.sharedTokens)),
    reusedSharedTokens: sum(res.calls.map((c) => c.reusedSharedTokens)),
    promptTokens: sum(res.calls.map((c) => c.promptTokens)),
    reusedTokens: sum(res.calls.map((c) => c.reusedTokens)),
    perCall: res.calls,
  };
}

const round = (x: number): number => Math.round(x * 10) / 10;

export async function ragExchange(o: ExchangeOptions): Promise<ExchangeResult> {
  const suite = getSuite("rag");
  const contextSize = 1024;
  o.onProgress?.({ step: "load" });
  const dense = await PipelineSession.create({ modelPath: o.modelPath, mode: "dense", threads: o.threads, contextSize });
  const reuse = await PipelineSession.create({
    modelPath: o.modelPath, mode: o.mode, threads: o.threads, contextSize, anchorService: o.anchorService, store: o.store, anchors: { gamma: 1 },
    costModel: o.costModel, ownText: o.ownText, log: o.log,
  });
  const calls: ExchangeCall[] = [];
  const denseRuns: PipelineResult[] = [];
  const reuseRuns: PipelineResult[] = [];
  try {
    // Warm up both on instances that are not reported (another held-out seed): llama.cpp
    // allocates on first use, and the anchors see each consumer's dense prefills.
    const warmup = o.warmup ?? 2;
    o.onProgress?.({ step: "warm-up" });
    for (let w = 0; w < warmup; w++) {
      const warm = suite.generate(HELDOUT_SEED + 7, w);
      await runPipeline(dense, suite, warm, o.size, { idPrefix: `warm${w}/` });
      await runPipeline(reuse, suite, warm, o.size, { idPrefix: `warm${w}/` });
    }
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
        const c = rc[step];
        calls.push({
          instance: inst.id, role: a.role, step, promptTokens: a.promptTokens, reusedTokens: a.reusedTokens,
          sharedTokens: c.sharedTokens, reusedSharedTokens: c.reusedSharedTokens,
          denseTtftMs: d.agents[step].ttftMs, reuseTtftMs: a.ttftMs, servedByReuse: c.servedByReuse, how: c.how,
          correctionMs: c.correctionMs, stages: c.stages, decision: c.decision,
          failures: [...(c.fallback !== undefined ? [c.fallback] : []), ...c.failures],
        });
      });
    }
    return { model: o.modelPath, mode: o.mode, threads: o.threads, warmup, calls, dense: denseRuns, reuse: reuseRuns };
  } finally {
    await reuse.dispose();
    await dense.dispose();
  }
}
