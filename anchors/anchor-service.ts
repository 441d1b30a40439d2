/**
 * The anchor pools of one deployment (one per placeholder kind) and the two
 * questions asked of them: "may this content be reused by this consumer, and
 * with what correction?" and "here is what a dense prefill really gave".
 * Pure: KvTensors in frame 0 in, KvTensors out. The broker or an in-process
 * session holds one; agents convert their segments at the edge.
 */
import type { KvTensor } from "../kernels/kv-tensor.js";
import type { Anchor, AnchorStorage } from "./anchor.js";
import { AnchorPool } from "./anchor-pool.js";
import { estimateOffset, estimateOffsetSteps, type EstimatorKernels } from "./offset-estimator.js";
import { ShrinkCalibration, type ShrinkFactors } from "./correction-shrink.js";
import { recordObservation } from "./online-update.js";
import { DEFAULT_GATE_GAMMA, reuseGateSteps, type ReuseDecision } from "./reuse-gate.js";
import { runSteps } from "../kernels/steps.js";

export interface AnchorServiceOptions {
  /** Entropy threshold as a fraction of log2(N) (KVCOMM: 0.3). */
  readonly gamma?: number;
  readonly gateTau?: number;
  readonly estimatorTau?: number;
  readonly maxRelDistance?: number;
  readonly maxAnchors?: number;
  readonly maxBytesPerPool?: number;
  readonly window?: number;
  readonly storage?: AnchorStorage;
  /** Smallest share of the content the anchors must cover for a partial correction (default 0.5). */
  readonly minCoverage?: number;
  /** Use at most this many anchors (the gate's heaviest) in the estimate, for speed. Default 4. */
  readonly maxEstimateAnchors?: number;
  /**
   * "calibrated" (default): each dense call the pool learns from first tests
   * the anchors' prediction of it, and corrections add the deltas scaled by
   * what those tests showed (correction-shrink.ts); "off": in full (KVCOMM).
   */
  readonly shrink?: AnchorShrink;
}

export type AnchorShrink = "calibrated" | "off";
export const ANCHOR_SHRINKS: readonly AnchorShrink[] = ["calibrated", "off"];

export type Correction =
  | {
    readonly kind: "corrected"; readonly kv: KvTensor; readonly uncertainty: Float32Array; readonly anchorIds: readonly string[]; readonly decision: ReuseDecision;
    /** The consumer's own text after the content, corrected (frame 0), when asked for and learned. */
    readonly following?: KvTensor;
  }
  | { readonly kind: "prefill"; readonly reason: string; readonly decision?: ReuseDecision };

/** What the estimate of one correction will use: the content (cut to what anchors cover) and the anchors, gate passed. */
export interface CorrectionPlan {
  readonly kind: "plan";
  readonly content: KvTensor;
  readonly anchors: readonly Anchor[];
  readonly decision: ReuseDecision;
}

/**
 * What a consumer needs from anchor pools, wherever they live: in process
 * (AnchorService) or in the broker (a client over kvmesh.v1.AnchorService).
 */
export interface OffsetCorrector {
  correct(kind: string, consumer: string, content: KvTensor, options?: CorrectOptions): Correction | Promise<Correction>;
  /** `following`: the consumer's real KV of its own text after the content (frame 0), to learn its correction too. */
  observe(kind: string, consumer: string, contentId: string, base: KvTensor, real: KvTensor, following?: KvTensor): { created: boolean; evicted: number } | Promise<{ created: boolean; evicted: number }>;
}

export interface CorrectOptions {
  /**
   * Also correct the consumer's own text after the content (KVCOMM's
   * following segment): its KV as first observed for this consumer, plus the
   * anchors' weighted following deltas. Only when the pool learned it.
   */
  readonly following?: boolean;
}

/** Following-text bases kept per pool (one per consumer; the oldest go first). */
const MAX_FOLLOWING_BASES = 1024;

export class AnchorService implements OffsetCorrector {
  readonly #pools = new Map<string, AnchorPool>();
  /**
   * Per kind and consumer, the consumer's own text after the content as first
   * observed (frame 0): the fixed base its following deltas are taken against
   * (KVCOMM's precomputed following segment), and what a correction adds them to.
   */
  readonly #followingBases = new Map<string, KvTensor>();
  /** Per kind: how well the anchors predicted the dense calls they learned from. */
  readonly #calibrations = new Map<string, ShrinkCalibration>();

  constructor(private readonly kernels: EstimatorKernels, readonly options: AnchorServiceOptions = {}) {}

  pool(kind: string): AnchorPool {
    let p = this.#pools.get(kind);
    if (!p) {
      p = new AnchorPool(kind, { maxAnchors: this.options.maxAnchors, maxBytes: this.options.maxBytesPerPool, window: this.options.window });
      this.#pools.set(kind, p);
    }
    return p;
  }

  /**
   * Decides whether `content` (the shared KV as its producer computed it,
   * re-positioned to 0) can stand in for what `consumer` would compute, and
   * corrects it when it can. A "prefill" answer is a value with its reason.
   */
  correct(kind: string, consumer: string, full: KvTensor, options: CorrectOptions = {}): Correction {
    const c = runSteps(this.correctSteps(kind, consumer, full, options));
    if (c.kind === "corrected") this.activate(kind, c.decision.selected);
    return c;
  }

  /**
   * {@link correct} in steps (yields between layers), without raising the
   * used anchors' activation counts: a caller that computes a correction
   * ahead of its use calls {@link activate} when it is used, and checks with
   * {@link version} that the pool did not change in between.
   */
  *correctSteps(kind: string, consumer: string, full: KvTensor, options: CorrectOptions = {}): Generator<void, Correction> {
    const plan = yield* this.planSteps(kind, consumer, full);
    if (plan.kind === "prefill") return plan;
    const { content, anchors, decision } = plan;
    const base = options.following ? this.#followingBases.get(baseKey(kind, consumer)) : undefined;
    const shrink = this.shrinkFactors(kind);
    const est = yield* estimateOffsetSteps(this.kernels, content, consumer, anchors, { tau: this.options.estimatorTau, following: base, ...(shrink ? { shrink } : {}) });
    if (!est.hit) return { kind: "prefill", reason: `estimate: ${est.reason}`, decision };
    return { kind: "corrected", kv: est.kv, uncertainty: est.uncertainty, anchorIds: est.anchorIds, decision, ...(est.followingCorrected && est.following ? { following: est.following } : {}) };
  }

  /**
   * The scales corrections of `kind` use (undefined: in full, because
   * calibration is off or has no test yet). A caller that runs the estimate
   * itself (two threads) passes them on.
   */
  shrinkFactors(kind: string): ShrinkFactors | undefined {
    const c = this.#calibrations.get(kind);
    return c && c.observations > 0 ? c.factors() : undefined;
  }

  /** Dense calls of `kind` that tested the anchors' prediction (0 when calibration is off). */
  calibrationTests(kind: string): number {
    return this.#calibrations.get(kind)?.observations ?? 0;
  }

  /** Tokens of the following-text base learned for this consumer (0: none). */
  followingLength(kind: string, consumer: string): number {
    return this.#followingBases.get(baseKey(kind, consumer))?.nTokens ?? 0;
  }

  /**
   * For an estimate with `anchors` (a plan's, in its order): the consumer's
   * following-text base and the anchors whose stored following deltas cover
   * it, as estimateOffset picks them; undefined when there is nothing to
   * correct (no base learned, or no such anchor). For a caller that runs the
   * estimate elsewhere (on the GPU).
   */
  followingPlan(kind: string, consumer: string, anchors: readonly Anchor[]): { readonly base: KvTensor; readonly anchors: readonly Anchor[] } | undefined {
    const base = this.#followingBases.get(baseKey(kind, consumer));
    if (!base || base.nTokens === 0) return undefined;
    const followers = anchors.filter((a) => (a.followingLength(consumer) ?? 0) >= base.nTokens);
    return followers.length > 0 ? { base, anchors: followers } : undefined;
  }

  /**
   * The first half of {@link correctSteps}: the gate, and which anchors (and
   * how many of the content's tokens) the estimate will use. A caller that
   * runs the estimate's K and V sides on two threads starts here.
   */
  *planSteps(kind: string, consumer: string, full: KvTensor): Generator<void, CorrectionPlan | Extract<Correction, { kind: "prefill" }>> {
    const open = this.openPlan(kind, consumer, full.nTokens);
    if (open.kind === "prefill") return open;
    const content = open.cover === full.nTokens ? full : truncate(full, open.cover);
    if (open.kind === "open") return { kind: "plan", content, anchors: open.anchors, decision: open.decision };
    const anchors = this.pool(kind).anchors;
    const decision = yield* reuseGateSteps(this.kernels, content, anchors, {
      gamma: this.options.gamma, tau: this.options.gateTau, maxRelDistance: this.options.maxRelDistance,
    });
    if (!decision.reusable) return { kind: "prefill", reason: `gate: ${decision.reason}`, decision };
    const byId = new Map(anchors.map((a) => [a.id, a]));
    // Heaviest first; only anchors that know this consumer can correct for it.
    const ranked = decision.anchorIds
      .map((id, i) => ({ id, w: decision.weights[i] }))
      .sort((a, b) => b.w - a.w)
      .map((x) => byId.get(x.id)!)
      .filter((a) => a.hasDeltas(consumer) && a.nTokens >= content.nTokens)
      .slice(0, this.options.maxEstimateAnchors ?? 4);
    if (ranked.length === 0) return { kind: "prefill", reason: "estimate: no-anchor-for-consumer", decision };
    return { kind: "plan", content, anchors: ranked, decision };
  }

  /**
   * What can be decided from lengths alone: how many tokens the anchors
   * cover, and, when the gate cannot refuse (gamma >= 1, no distance limit,
   * at most maxEstimateAnchors candidates), the whole plan ("open"); "gate"
   * means the gate must look at the content first.
   */
  openPlan(kind: string, consumer: string, nTokens: number):
    | { readonly kind: "open"; readonly cover: number; readonly anchors: readonly Anchor[]; readonly decision: ReuseDecision }
    | { readonly kind: "gate"; readonly cover: number }
    | Extract<Correction, { kind: "prefill" }> {
    const anchors = this.pool(kind).anchors;
    // KVCOMM uses only anchors at least as long as the content, and when none
    // is, reuses the content uncorrected. Here the content is cut to the
    // length that two anchors cover (at least minCoverage of it) and only the
    // rest goes uncorrected.
    const lengths = anchors.filter((a) => a.hasDeltas(consumer)).map((a) => a.nTokens).sort((x, y) => y - x);
    const cover = Math.min(nTokens, lengths.length >= 2 ? lengths[1] : lengths[0] ?? 0);
    if (cover < Math.max(1, Math.ceil((this.options.minCoverage ?? 0.5) * nTokens))) {
      return { kind: "prefill", reason: lengths.length < 2 ? "gate: fewer than two anchors know this consumer" : "gate: anchors too short" };
    }
    const candidates = anchors.filter((a) => a.hasDeltas(consumer) && a.nTokens >= cover);
    if (this.gateCannotRefuse() && candidates.length >= 2 && candidates.length <= (this.options.maxEstimateAnchors ?? 4)) {
      // With gamma >= 1 the entropy test always passes (H <= log2 N), and
      // every candidate goes into the estimate anyway: the gate's pass over
      // the content would change nothing, so it is skipped.
      return { kind: "open", cover, anchors: candidates, decision: openGateDecision(cover, anchors.filter((a) => a.nTokens >= cover), this.options.gamma ?? 1) };
    }
    return { kind: "gate", cover };
  }

  get estimatorTau(): number | undefined {
    return this.options.estimatorTau;
  }

  /** Raises the activation counts (eviction bookkeeping) of anchors a correction used. */
  activate(kind: string, ids: readonly string[]): void {
    this.#pools.get(kind)?.activate(ids);
  }

  /** Changes whenever the pool of `kind` gains, loses or updates an anchor. */
  version(kind: string): number {
    return this.#pools.get(kind)?.version ?? 0;
  }

  /** Every anchor of every pool (for mirrors of the pools, e.g. on a GPU). */
  allAnchors(): Anchor[] {
    return [...this.#pools.values()].flatMap((p) => [...p.anchors]);
  }

  /** Consumer fingerprints that some anchor of `kind` holds deltas for: who may ask for corrections. */
  consumers(kind: string): string[] {
    const out = new Set<string>();
    for (const a of this.#pools.get(kind)?.anchors ?? []) for (const f of a.fingerprints) out.add(f);
    return [...out];
  }

  private gateCannotRefuse(): boolean {
    return (this.options.gamma ?? DEFAULT_GATE_GAMMA) >= 1 && !(Number.isFinite(this.options.maxRelDistance ?? Infinity));
  }

  /**
   * Learns from a dense prefill: `real` is what `consumer` computed for the
   * content whose producer KV is `base` (both in frame 0). Creates the
   * content's anchor or adds this consumer's deltas to it.
   */
  observe(kind: string, consumer: string, contentId: string, base: KvTensor, real: KvTensor, following?: KvTensor): { created: boolean; evicted: number } {
    const key = baseKey(kind, consumer);
    if ((this.options.shrink ?? "calibrated") === "calibrated") this.calibrate(kind, consumer, contentId, base, real, following);
    let fb: KvTensor | undefined;
    let isNew = false;
    if (following && following.nTokens > 0) {
      fb = this.#followingBases.get(key);
      if (!fb || fb.nTokens !== following.nTokens || fb.rowK !== following.rowK || fb.rowV !== following.rowV || fb.nLayer !== following.nLayer) {
        // The first observation is the base (its own delta is zero). A consumer
        // fingerprint names its following text too, so a new length is a new text.
        fb = copyOf(following);
        isNew = true;
      }
    }
    const r = recordObservation(this.kernels, this.pool(kind), {
      anchorId: contentId, fingerprint: consumer, base, placeholder: real, storage: this.options.storage,
      ...(fb && following ? { following: { real: following, precomputed: fb } } : {}),
    });
    if (fb && isNew) {
      this.#followingBases.delete(key);
      this.#followingBases.set(key, fb);
      while (this.#followingBases.size > MAX_FOLLOWING_BASES) this.#followingBases.delete(this.#followingBases.keys().next().value as string);
    }
    return { created: r.created, evicted: r.evicted.length };
  }

  /**
   * Tests the pool on a dense call before it learns from it: the correction
   * the other anchors would have given (in full) against what the consumer
   * really computed, recorded in the kind's calibration.
   */
  private calibrate(kind: string, consumer: string, contentId: string, base: KvTensor, real: KvTensor, following: KvTensor | undefined): void {
    const plan = runSteps(this.planSteps(kind, consumer, base));
    if (plan.kind !== "plan") return;
    // The content's own anchor would predict itself: not a test.
    const anchors = plan.anchors.filter((a) => a.id !== contentId);
    if (anchors.length === 0 || real.nTokens < plan.content.nTokens) return;
    const fb = following && following.nTokens > 0 ? this.#followingBases.get(baseKey(kind, consumer)) : undefined;
    const sameText = fb && following && fb.nTokens === following.nTokens && fb.rowK === following.rowK && fb.rowV === following.rowV;
    const est = estimateOffset(this.kernels, plan.content, consumer, anchors, { tau: this.options.estimatorTau, ...(sameText ? { following: fb } : {}) });
    if (!est.hit) return;
    let cal = this.#calibrations.get(kind);
    if (!cal || cal.nLayer !== base.nLayer) {
      cal = new ShrinkCalibration(base.nLayer);
      this.#calibrations.set(kind, cal);
    }
    cal.record(plan.content, est.kv, real, sameText && est.followingCorrected && est.following ? { base: fb!, predicted: est.following, real: following! } : undefined);
  }

  stats(): { kinds: number; anchors: number; bytes: number } {
    let anchors = 0;
    let bytes = 0;
    for (const p of this.#pools.values()) {
      anchors += p.size;
      bytes += p.bytes;
    }
    for (const t of this.#followingBases.values()) bytes += (t.k.reduce((a, x) => a + x.byteLength, 0) + t.v.reduce((a, x) => a + x.byteLength, 0));
    return { kinds: this.#pools.size, anchors, bytes };
  }

  dispose(): void {
    for (const p of this.#pools.values()) p.dispose();
    this.#pools.clear();
    this.#followingBases.clear();
    this.#calibrations.clear();
  }
}

/**
 * The gate's answer when it cannot refuse (gamma >= 1, no distance limit):
 * reusable, uniform weights, no distances measured; every anchor the
 * estimate uses counts as selected.
 */
function openGateDecision(k: number, usable: readonly Anchor[], gamma: number): ReuseDecision {
  const n = usable.length;
  return {
    reusable: true, reason: "gate-open", entropy: Math.log2(n), threshold: gamma * Math.log2(n),
    weights: new Float64Array(n).fill(1 / n), anchorIds: usable.map((a) => a.id), distances: new Float64Array(n).fill(NaN),
    selected: usable.map((a) => a.id), relDistance: NaN, k,
  };
}

/** The first n tokens of a tensor (views, no copy). */
function truncate(t: KvTensor, n: number): KvTensor {
  return {
    nLayer: t.nLayer, nTokens: n, rowK: t.rowK, rowV: t.rowV,
    k: t.k.map((x) => x.subarray(0, n * t.rowK)),
    v: t.v.map((x) => x.subarray(0, n * t.rowV)),
  };
}

function baseKey(kind: string, consumer: string): string {
  return `${kind}\0${consumer}`;
}

function copyOf(t: KvTensor): KvTensor {
  return { nLayer: t.nLayer, nTokens: t.nTokens, rowK: t.rowK, rowV: t.rowV, k: t.k.map((x) => Float32Array.from(x)), v: t.v.map((x) => Float32Array.from(x)) };
}
