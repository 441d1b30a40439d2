/**
 * The anchor pools of one deployment (one per placeholder kind) and the two
 * questions asked of them: "may this content be reused by this consumer, and
 * with what correction?" and "here is what a dense prefill really gave".
 * Pure: KvTensors in frame 0 in, KvTensors out. The broker or an in-process
 * session holds one; agents convert their segments at the edge.
 */
import type { KvTensor } from "../kernels/kv-tensor.js";
import type { AnchorStorage } from "./anchor.js";
import { AnchorPool } from "./anchor-pool.js";
import { estimateOffset, type EstimatorKernels } from "./offset-estimator.js";
import { recordObservation } from "./online-update.js";
import { reuseGate, type ReuseDecision } from "./reuse-gate.js";

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
}

export type Correction =
  | { readonly kind: "corrected"; readonly kv: KvTensor; readonly uncertainty: Float32Array; readonly anchorIds: readonly string[]; readonly decision: ReuseDecision }
  | { readonly kind: "prefill"; readonly reason: string; readonly decision?: ReuseDecision };

/**
 * What a consumer needs from anchor pools, wherever they live: in process
 * (AnchorService) or in the broker (a client over kvmesh.v1.AnchorService).
 */
export interface OffsetCorrector {
  correct(kind: string, consumer: string, content: KvTensor): Correction | Promise<Correction>;
  observe(kind: string, consumer: string, contentId: string, base: KvTensor, real: KvTensor): { created: boolean; evicted: number } | Promise<{ created: boolean; evicted: number }>;
}

export class AnchorService implements OffsetCorrector {
  readonly #pools = new Map<string, AnchorPool>();

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
  correct(kind: string, consumer: string, full: KvTensor): Correction {
    const pool = this.pool(kind);
    const anchors = pool.anchors;
    // KVCOMM uses only anchors at least as long as the content, and when none
    // is, reuses the content uncorrected. Here the content is cut to the
    // length that two anchors cover (at least minCoverage of it) and only the
    // rest goes uncorrected.
    const lengths = anchors.filter((a) => a.hasDeltas(consumer)).map((a) => a.nTokens).sort((x, y) => y - x);
    const cover = Math.min(full.nTokens, lengths.length >= 2 ? lengths[1] : lengths[0] ?? 0);
    if (cover < Math.max(1, Math.ceil((this.options.minCoverage ?? 0.5) * full.nTokens))) {
      return { kind: "prefill", reason: lengths.length < 2 ? "gate: fewer than two anchors know this consumer" : "gate: anchors too short" };
    }
    const content = cover === full.nTokens ? full : truncate(full, cover);
    const decision = reuseGate(this.kernels, content, anchors, {
      gamma: this.options.gamma, tau: this.options.gateTau, maxRelDistance: this.options.maxRelDistance,
    });
    if (!decision.reusable) return { kind: "prefill", reason: `gate: ${decision.reason}`, decision };
    const max = this.options.maxEstimateAnchors ?? 4;
    const byId = new Map(anchors.map((a) => [a.id, a]));
    // Heaviest first; only anchors that know this consumer can correct for it.
    const ranked = decision.anchorIds
      .map((id, i) => ({ id, w: decision.weights[i] }))
      .sort((a, b) => b.w - a.w)
      .map((x) => byId.get(x.id)!)
      .filter((a) => a.hasDeltas(consumer) && a.nTokens >= content.nTokens)
      .slice(0, max);
    const est = estimateOffset(this.kernels, content, consumer, ranked, { tau: this.options.estimatorTau });
    if (!est.hit) return { kind: "prefill", reason: `estimate: ${est.reason}`, decision };
    pool.activate(decision.selected);
    return { kind: "corrected", kv: est.kv, uncertainty: est.uncertainty, anchorIds: est.anchorIds, decision };
  }

  /**
   * Learns from a dense prefill: `real` is what `consumer` computed for the
   * content whose producer KV is `base` (both in frame 0). Creates the
   * content's anchor or adds this consumer's deltas to it.
   */
  observe(kind: string, consumer: string, contentId: string, base: KvTensor, real: KvTensor): { created: boolean; evicted: number } {
    const r = recordObservation(this.kernels, this.pool(kind), { anchorId: contentId, fingerprint: consumer, base, placeholder: real, storage: this.options.storage });
    return { created: r.created, evicted: r.evicted.length };
  }

  stats(): { kinds: number; anchors: number; bytes: number } {
    let anchors = 0;
    let bytes = 0;
    for (const p of this.#pools.values()) {
      anchors += p.size;
      bytes += p.bytes;
    }
    return { kinds: this.#pools.size, anchors, bytes };
  }

  dispose(): void {
    for (const p of this.#pools.values()) p.dispose();
    this.#pools.clear();
  }
}

/** The first n tokens of a tensor (views, no copy). */
function truncate(t: KvTensor, n: number): KvTensor {
  return {
    nLayer: t.nLayer, nTokens: n, rowK: t.rowK, rowV: t.rowV,
    k: t.k.map((x) => x.subarray(0, n * t.rowK)),
    v: t.v.map((x) => x.subarray(0, n * t.rowV)),
  };
}
