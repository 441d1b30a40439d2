/**
 * An offset correction on the call's path, split over two threads: the K
 * side runs here, the V side in a worker (agents/correct/side-worker.ts). The sides
 * are independent in the estimate (own distances, weights and deltas), so the
 * result is the one AnchorService.correct gives, bit for bit, in about half
 * the time on two cores. It produces the final f16 segment directly: keys
 * corrected in frame 0 and rotated to `start`, values corrected in place.
 *
 * Used when the plan needs no look at the content first (the gate is open:
 * gamma >= 1); otherwise, or when the worker fails, the caller corrects on
 * one thread as before. The anchors' blocks live in SharedArrayBuffers, so
 * the worker reads them without a copy.
 */
import { Worker } from "node:worker_threads";
import type { KernelBackend, RopeParams } from "../../kernels/backend.js";
import type { AnchorService, Correction } from "../../anchors/anchor-service.js";
import type { CompactBlock } from "../../anchors/compact.js";
import { correctSide, DEFAULT_ESTIMATOR_TAU } from "../../anchors/offset-estimator.js";
import { runSteps } from "../../kernels/steps.js";
import type { KvSegment } from "../../segments/kv-segment.js";
import { halves } from "../../segments/kv-tensor-convert.js";
import type { SideJob, SideReply } from "./side-worker.js";

export interface TwoThreadResult {
  readonly kind: "corrected";
  readonly correction: Extract<Correction, { kind: "corrected" }>;
  /** The corrected span (the tokens the anchors cover) at its final positions, f16. */
  readonly segment: KvSegment;
  /** Where the call's time went (ms): handing V to the worker, the K side here (to f32 and frame 0, estimate, to positions and f16), waiting for V. */
  readonly stages: { readonly postMs: number; readonly kPrepareMs: number; readonly kEstimateMs: number; readonly kFinishMs: number; readonly vWaitMs: number };
}

export class TwoThreadCorrector implements Disposable {
  readonly #worker: Worker;
  readonly #pending = new Map<number, (r: SideReply) => void>();
  #next = 1;
  #broken: string | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.unref();
    worker.on("message", (r: SideReply) => {
      const done = this.#pending.get(r.id);
      this.#pending.delete(r.id);
      done?.(r);
    });
    const fail = (why: string) => {
      this.#broken = why;
      for (const [id, done] of this.#pending) done({ id, ok: false, error: why });
      this.#pending.clear();
    };
    worker.on("error", (e) => fail(`side worker failed: ${e.message}`));
    worker.on("exit", (code) => fail(`side worker exited (${code})`));
  }

  /** Starts the worker: compiled, side-worker.js itself; from source, an .mjs entry that registers tsx first. */
  static start(): TwoThreadCorrector {
    const entry = import.meta.url.endsWith(".ts") ? "./side-worker-boot.mjs" : "./side-worker.js";
    return new TwoThreadCorrector(new Worker(new URL(entry, import.meta.url), { execArgv: [] }));
  }

  /** Why it cannot be used any more, if so. */
  get broken(): string | undefined {
    return this.#broken;
  }

  /**
   * Corrects `seg` (producer KV, any positions) for `consumer` and places it
   * at `start`. Returns undefined when this path does not apply (gate must
   * look at the content, non-f16 KV, worker broken): correct on one thread then.
   */
  async correct(anchors: AnchorService, kind: string, consumer: string, seg: KvSegment, start: number, kernels: KernelBackend, rope: RopeParams): Promise<TwoThreadResult | Extract<Correction, { kind: "prefill" }> | undefined> {
    if (this.#broken || seg.kType !== "f16" || seg.vType !== "f16" || seg.nLayer < 2) return undefined;
    const plan = anchors.openPlan(kind, consumer, seg.tokens.length);
    if (plan.kind === "prefill") return plan;
    if (plan.kind !== "open") return undefined;
    if (plan.anchors.some((a) => a.shape.nLayer !== seg.nLayer || a.shape.rowK !== seg.rowK || a.shape.rowV !== seg.rowV)) return undefined;
    const P = plan.cover;
    const { nLayer, rowK, rowV } = seg;
    let t = performance.now();
    const lap = (): number => {
      const now = performance.now();
      const ms = now - t;
      t = now;
      return ms;
    };
    const tau = anchors.estimatorTau ?? DEFAULT_ESTIMATOR_TAU;
    const shrink = anchors.shrinkFactors(kind);
    const blocks = (part: "base" | "ph"): CompactBlock[][] =>
      plan.anchors.map((a) => Array.from({ length: nLayer - 1 }, (_, i) => a.storedBlock(part, "v", i + 1, P, part === "ph" ? consumer : undefined)!));
    const job: SideJob = {
      id: this.#next++, P, row: rowV, nLayer, fingerprint: consumer, tau,
      // Copied: posted to the worker.
      x16: seg.v.slice(1).map((b) => Uint16Array.from(halves(b, P * rowV))),
      base: blocks("base"), ph: blocks("ph"),
      ...(shrink ? { shrink: shrink.v } : {}),
    };
    const reply = new Promise<SideReply>((resolve) => this.#pending.set(job.id, resolve));
    this.#worker.postMessage(job);
    const postMs = lap();

    // K side here, meanwhile: frame 0, correct, rotate to `start`, f16.
    const nHeads = rowK / rope.headDim;
    const delta0 = -seg.positions[0];
    const x: Float32Array[] = [];
    const out: Float32Array[] = [];
    for (let l = 0; l < nLayer; l++) {
      const f = kernels.f16ToF32(halves(seg.k[l], P * rowK));
      if (delta0 !== 0) kernels.ropeShift(f, P, nHeads, delta0, rope);
      x.push(f);
      out.push(l === 0 ? f : new Float32Array(P * rowK));
    }
    const kPrepareMs = lap();
    const rk = runSteps(correctSide(kernels, "k", x, out, plan.anchors, consumer, P, rowK, nLayer, tau, undefined, shrink?.k));
    const kEstimateMs = lap();
    const k = out.map((f) => {
      if (start !== 0) kernels.ropeShift(f, P, nHeads, start, rope);
      return new Uint8Array(kernels.f32ToF16(f).buffer);
    });
    const kFinishMs = lap();

    const rv = await reply;
    const vWaitMs = lap();
    if (!rv.ok) {
      this.#broken ??= rv.error;
      return undefined;
    }
    const v = [seg.v[0].subarray(0, P * rowV * 2), ...rv.out16.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength))];
    const uncertainty = new Float32Array(P);
    // Rounded as estimateOffset rounds them (f32 spread and nearest, then their sum).
    for (let t = 0; t < P; t++) uncertainty[t] = Math.fround(Math.fround((rk.spread[t] + rv.spread[t]) / 2) + Math.fround((rk.nearest[t] + rv.nearest[t]) / 2));
    const positions = new Int32Array(P);
    for (let i = 0; i < P; i++) positions[i] = start + i;
    return {
      kind: "corrected",
      correction: { kind: "corrected", kv: { nLayer: 0, nTokens: 0, rowK: 0, rowV: 0, k: [], v: [] }, uncertainty, anchorIds: plan.anchors.map((a) => a.id), decision: plan.decision },
      segment: { ...seg, tokens: seg.tokens.subarray(0, P), positions, k, v },
      stages: { postMs, kPrepareMs, kEstimateMs, kFinishMs, vWaitMs },
    };
  }

  dispose(): void {
    this.#broken ??= "disposed";
    void this.#worker.terminate();
  }

  [Symbol.dispose](): void {
    this.dispose();
  }
}
