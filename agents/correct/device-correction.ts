/**
 * Offset corrections on the GPU, next to the agent that injects them (the
 * anchors in this process, kernels KVMESH_KERNELS=cuda):
 *
 * - producers' segments go to the device once, when they are published (off
 *   every call's path), and their values are checked there for NaN/infinity
 *   (the check every reused segment gets once; the host scan then skips it);
 * - the anchors' blocks are mirrored on the device when the anchors learn
 *   (anchors/device-mirror.ts), so only new segments and new anchors cross
 *   PCIe;
 * - a correction runs there end to end: keys to frame 0, both passes of the
 *   estimate (anchors/device-estimator.ts), keys to the consumer's positions,
 *   f16, a value check; the result comes back once, into pinned host memory
 *   that the native injection reads directly (no JavaScript array in between),
 *   each side's copy queued on a second stream as soon as that side is final
 *   (K's copy runs while V computes, both while the value check, the following
 *   text and the host's bookkeeping go on), waited for once before returning
 *   (the small reads meanwhile, distances, spreads and counts, come through
 *   mapped memory, not queued behind those copies on the copy engine);
 * - asked for the following text (the consumer's own text after the part,
 *   KVCOMM's following segment), it is corrected there too: per-channel
 *   distances over the span, weights and the learned base plus the weighted
 *   following deltas (both kept on the device: the deltas in the anchors'
 *   mirror, the base per learned base), keys to their positions, f16,
 *   checked, into the same arena.
 *
 * Keys are rotated and rounded exactly as the host path does (the same f32
 * RoPE and f16 rounding), so the corrected KV equals the two-thread path's
 * whenever the weights are equal; the weights come from the same function,
 * with distances summed in another order (about 1e-15 relative).
 *
 * The pool's calibrated scales (anchors/correction-shrink.ts) are applied
 * there too, computed as the host computes them.
 *
 * Applies when the gate cannot refuse (AnchorService.openPlan "open", as the
 * two-thread path) and the KV is f16 with rows of a multiple of 8 values;
 * otherwise correct() says why not and the caller corrects on the host.
 */
import type { KernelBackend, RopeParams } from "../../kernels/backend.js";
import { cudaStatus, DeviceScratch, type DeviceBuffer, type DeviceKernels } from "../../kernels/cuda/cuda-backend.js";
import { PinnedArenas, type PinnedArena } from "../../kernels/cuda/pinned-arena.js";
import { PinnedBlocks } from "../../kernels/cuda/pinned-blocks.js";
import type { AnchorService, Correction } from "../../anchors/anchor-service.js";
import type { Anchor, KvSide } from "../../anchors/anchor.js";
import type { KvTensor } from "../../kernels/kv-tensor.js";
import { DEFAULT_ESTIMATOR_TAU } from "../../anchors/offset-estimator.js";
import { DEFAULT_MIRROR_BYTES, DeviceAnchorMirror, type MirroredBlock } from "../../anchors/device-mirror.js";
import { estimateOnDevice } from "../../anchors/device-estimator.js";
import { rowAlphas, type ShrinkFactors } from "../../anchors/correction-shrink.js";
import type { KvSegment } from "../../segments/kv-segment.js";
import { markSegmentValuesChecked } from "../inject/segment-values.js";

export interface DeviceCorrectorOptions {
  /** Device bytes for producers' segments kept for corrections (default 8 GiB; least recently used out). */
  readonly contentBytes?: number;
  /** Device bytes for the anchors' mirror (default 24 GiB). */
  readonly anchorBytes?: number;
}

export type DeviceCorrectorStatus = { readonly ok: true; readonly corrector: DeviceCorrector } | { readonly ok: false; readonly reason: string };

/** Where each millisecond of one device correction went (host wall time; the device is waited for at each stage's end). */
export interface DeviceCorrectionStages {
  /** The producer's KV to the device, when it was not there yet (on the call's path). */
  readonly contentMs: number;
  /** Keys and values to f32, keys to frame 0. */
  readonly prepareMs: number;
  /** Both passes of the estimate, both sides, with the distances' round trip for the weights. */
  readonly estimateMs: number;
  /** The value check of the corrected KV (keys to the consumer's positions and f16 are queued within estimateMs). */
  readonly finishMs: number;
  /** The host's bookkeeping of the result, then the wait for the copies into pinned host memory that the work after them did not hide. */
  readonly downloadMs: number;
  /** The following text: corrected, placed, checked, its copy queued (its distances are in estimateMs). */
  readonly followingMs: number;
}

export type DeviceCorrection =
  | {
      readonly kind: "corrected";
      readonly correction: Extract<Correction, { kind: "corrected" }>;
      /** The corrected span at its final positions, f16, in the host memory given (a call's pinned arena, or memory owned by the queue of corrections made ahead). */
      readonly segment: KvSegment;
      /** The consumer's following text corrected and placed (as `segment`), when asked for and the anchors learned it. */
      readonly following?: KvSegment;
      readonly stages: DeviceCorrectionStages;
    }
  | Extract<Correction, { kind: "prefill" }>
  /** This path does not apply; correct on the host. */
  | { readonly kind: "host"; readonly reason: string };

/** The consumer's own text after the part: its tokens and context (as a segment to be, `like`) and where it starts. */
export interface FollowingText {
  readonly like: KvSegment;
  readonly start: number;
}

/** Where corrected KV is copied to on the host: a call's pinned arena, or memory a queue of corrections made ahead owns. */
export interface HostMemory {
  take(bytes: number): Uint8Array;
}

interface Content {
  readonly k: DeviceBuffer;
  readonly v: DeviceBuffer;
  readonly bytes: number;
}

const DEFAULT_CONTENT_BYTES = 8 * 2 ** 30;
/** Learned following-text bases kept on the device (a few tokens each; one per kind and consumer). */
const MAX_FOLLOWING_BASES = 64;
const EMPTY_TENSOR = { nLayer: 0, nTokens: 0, rowK: 0, rowV: 0, k: [], v: [] };

/**
 * The device corrector for a session using `kernels`, or why there is none:
 * it needs the CUDA backend (KVMESH_KERNELS=cuda) on a usable device;
 * KVMESH_DEVICE_CORRECTION=0 turns it off.
 */
export function deviceCorrector(kernels: KernelBackend, o: DeviceCorrectorOptions = {}): DeviceCorrectorStatus {
  if (process.env.KVMESH_DEVICE_CORRECTION === "0") return { ok: false, reason: "turned off by KVMESH_DEVICE_CORRECTION=0" };
  if (kernels.name !== "cuda") return { ok: false, reason: `the kernel backend is ${kernels.name} (KVMESH_KERNELS=cuda corrects on the GPU)` };
  const s = cudaStatus();
  if (!s.ok) return { ok: false, reason: s.reason };
  return { ok: true, corrector: new DeviceCorrector(s.device, o) };
}

export class DeviceCorrector implements Disposable {
  readonly #dk: DeviceKernels;
  readonly #mirror: DeviceAnchorMirror;
  readonly #scratch: DeviceScratch;
  /** Scratch of corrections made ahead (correctSteps), apart from the calls' own. */
  readonly #aheadScratch: DeviceScratch;
  readonly #arenas: PinnedArenas;
  /** Pinned memory of corrections made ahead (kept until their calls are done). */
  readonly #blocks: PinnedBlocks;
  /** Producers' segments on the device, least recently used first. */
  readonly #contents = new Map<KvSegment, Content>();
  readonly #contentBudget: number;
  #contentBytes = 0;
  /** Following-text bases on the device, f32 [layers][F][row] per side, by the anchors' (never mutated) base tensor; least recently used first. */
  readonly #followingBases = new Map<KvTensor, Record<KvSide, DeviceBuffer>>();
  /** Segments uploaded ahead (at publish) and the time it took, off any call's path. */
  prefetched = 0;
  prefetchMs = 0;

  constructor(dk: DeviceKernels, o: DeviceCorrectorOptions = {}) {
    this.#dk = dk;
    this.#mirror = new DeviceAnchorMirror(dk, o.anchorBytes ?? DEFAULT_MIRROR_BYTES);
    this.#scratch = new DeviceScratch(dk);
    this.#aheadScratch = new DeviceScratch(dk);
    this.#arenas = new PinnedArenas((bytes) => dk.pinned(bytes));
    this.#blocks = new PinnedBlocks((bytes) => dk.pinned(bytes));
    this.#contentBudget = o.contentBytes ?? DEFAULT_CONTENT_BYTES;
  }

  get deviceName(): string {
    return this.#dk.deviceName;
  }

  get mirror(): DeviceAnchorMirror {
    return this.#mirror;
  }

  /** Pinned memory for one call's corrected KV; release it when the call no longer reads what it got. */
  acquireArena(): PinnedArena {
    return this.#arenas.acquire();
  }

  releaseArena(a: PinnedArena): void {
    this.#arenas.release(a);
  }

  /** Pinned memory for one correction made ahead (correctSteps), the caller's until release(); then it is reused. */
  aheadMemory(): HostMemory & { release(): void } {
    const taken: Uint8Array[] = [];
    return {
      take: (bytes) => {
        const v = this.#blocks.take(bytes);
        taken.push(v);
        return v;
      },
      release: () => {
        for (const v of taken.splice(0)) this.#blocks.give(v);
      },
    };
  }

  /**
   * A published segment to the device, ahead of the corrections that will
   * read it, its values checked there. Returns whether it is (now) there.
   */
  prefetch(seg: KvSegment): boolean {
    if (!applies(seg) || this.#contents.has(seg)) return this.#contents.has(seg);
    const t = performance.now();
    const ok = this.#upload(seg) !== undefined;
    this.prefetchMs += performance.now() - t;
    if (ok) this.prefetched++;
    return ok;
  }

  /** After the anchors learned: mirror what they hold now (off the call's path). */
  syncAnchors(anchors: AnchorService): void {
    this.#mirror.sync(anchors.allAnchors());
  }

  /**
   * Corrects `seg` (producer KV, any positions) for `consumer` and places it
   * at `start`, on the device, into `arena`. Synchronous: nothing else runs
   * on the JavaScript thread meanwhile. A CUDA failure throws (code KVMESH_CUDA).
   */
  correct(anchors: AnchorService, kind: string, consumer: string, seg: KvSegment, start: number, rope: RopeParams, arena: PinnedArena, opts: { readonly following?: FollowingText } = {}): DeviceCorrection {
    const g = this.#steps(this.#scratch, anchors, kind, consumer, seg, start, rope, arena, opts.following, true);
    for (;;) {
      const r = g.next();
      if (r.done) return r.value;
    }
  }

  /**
   * As correct(), in steps (one per stage), for a correction made ahead of
   * its consumer's call (in idle time, pipelines' IdleSteps): its own device
   * scratch, so that corrections on calls' paths may run between its steps,
   * and the corrected KV in host memory from `out` (owned by the caller, not
   * a call's arena). Stages count only the steps' own time. The anchors may
   * change between steps: the caller checks the pool's version before use.
   * No copy to the host is in flight between two steps (a generator left
   * unfinished leaves nothing running into its memory).
   */
  correctSteps(anchors: AnchorService, kind: string, consumer: string, seg: KvSegment, start: number, rope: RopeParams, out: HostMemory, opts: { readonly following?: FollowingText } = {}): Generator<void, DeviceCorrection> {
    return this.#steps(this.#aheadScratch, anchors, kind, consumer, seg, start, rope, out, opts.following, false);
  }

  *#steps(sc: DeviceScratch, anchors: AnchorService, kind: string, consumer: string, seg: KvSegment, start: number, rope: RopeParams, arena: HostMemory, followingText: FollowingText | undefined, onPath: boolean): Generator<void, DeviceCorrection> {
    if (!applies(seg)) return { kind: "host", reason: "not f16 KV with rows of a multiple of 8 values" };
    const plan = anchors.openPlan(kind, consumer, seg.tokens.length);
    if (plan.kind === "prefill") return plan;
    if (plan.kind !== "open") return { kind: "host", reason: "the gate must look at the content first" };
    const { nLayer, rowK, rowV } = seg;
    if (plan.anchors.some((a) => a.shape.nLayer !== nLayer || a.shape.rowK !== rowK || a.shape.rowV !== rowV)) return { kind: "host", reason: "anchor shape differs" };
    if (plan.anchors.length > 8) return { kind: "host", reason: "more than 8 anchors" };
    const dk = this.#dk;
    const P = plan.cover;
    const n = seg.tokens.length;
    const nHeads = rowK / rope.headDim;

    let t = performance.now();
    let content = this.#contents.get(seg);
    if (content) {
      this.#contents.delete(seg);
      this.#contents.set(seg, content);
    } else {
      content = this.#upload(seg);
      if (!content) return { kind: "host", reason: "the producer's KV has non-finite values" };
    }
    const contentMs = lap();

    const xk = sc.get("xk", nLayer * P * rowK * 4);
    const xv = sc.get("xv", nLayer * P * rowV * 4);
    dk.gatherF32(content.k, n * rowK, xk, nLayer, P * rowK);
    dk.gatherF32(content.v, n * rowV, xv, nLayer, P * rowV);
    // Keys to the anchors' frame (first token at 0), as segmentToTensor does; all layers' rows at once.
    if (seg.positions[0] !== 0) dk.ropeShift(xk, nLayer * P, nHeads, -seg.positions[0], rope, false);
    dk.sync();
    const prepareMs = lap();
    yield;
    t = performance.now();

    const ok = sc.get("outk", nLayer * P * rowK * 4);
    const ov = sc.get("outv", nLayer * P * rowV * 4);
    const tau = anchors.estimatorTau ?? DEFAULT_ESTIMATOR_TAU;
    const shrink = anchors.shrinkFactors(kind);
    const follow = followingText ? anchors.followingPlan(kind, consumer, plan.anchors) : undefined;
    const kBytes = nLayer * P * rowK * 2;
    const vBytes = nLayer * P * rowV * 2;
    const hk = sc.get("hk", kBytes);
    const hv = sc.get("hv", vBytes);
    let host: Uint8Array | undefined;
    let inFlight = false;
    try {
      // Each side final (keys to the consumer's positions, f16) and on its way to the host as soon as its pass 2 is
      // queued: the copy runs on the second stream after it, while the rest computes (kernels, checks, the host's part).
      const finish = (s: KvSide) => {
        host ??= arena.take(kBytes + vBytes);
        if (s === "k") {
          if (start !== 0) dk.ropeShift(ok, nLayer * P, nHeads, start, rope, false);
          dk.f32ToF16(ok, hk, nLayer * P * rowK);
          hk.copyOut(host.subarray(0, kBytes));
        } else {
          dk.f32ToF16(ov, hv, nLayer * P * rowV);
          hv.copyOut(host.subarray(kBytes));
        }
        inFlight = true;
      };
      const est = estimateOnDevice(dk, this.#mirror, sc, plan.anchors, consumer, P, nLayer, { k: { x: xk, out: ok, row: rowK }, v: { x: xv, out: ov, row: rowV } }, tau, follow?.anchors, finish, shrink);
      if ("miss" in est) return { kind: "host", reason: est.miss };
      if (!host) throw new Error("device correction: a side was not finished");
      const estimateMs = lap();
      if (!onPath) settle();
      yield;
      t = performance.now();

      const bad = dk.countNonFiniteAll([[hk, nLayer * P * rowK], [hv, nLayer * P * rowV]]);
      if (bad > 0) return { kind: "prefill", reason: `the corrected KV has ${bad} non-finite values`, decision: plan.decision };
      const finishMs = lap();
      if (!onPath) settle();
      yield;
      t = performance.now();

      const following = follow && est.columnDistances && followingText ? this.#following(sc, consumer, follow, est.columnDistances, followingText, tau, rope, arena, shrink) : undefined;
      if (following) inFlight = true;
      const followingMs = lap();
      if (!onPath) {
        settle();
        yield;
        t = performance.now();
      }

      // The host's part while the copies run; nothing below reads their bytes.
      const k: Uint8Array[] = [];
      const v: Uint8Array[] = [];
      for (let l = 0; l < nLayer; l++) {
        k.push(host.subarray(l * P * rowK * 2, (l + 1) * P * rowK * 2));
        v.push(host.subarray(kBytes + l * P * rowV * 2, kBytes + (l + 1) * P * rowV * 2));
      }
      const positions = new Int32Array(P);
      for (let i = 0; i < P; i++) positions[i] = start + i;
      const segment: KvSegment = { ...seg, tokens: seg.tokens.subarray(0, P), positions, k, v };
      markSegmentValuesChecked(segment);
      const uncertainty = new Float32Array(P);
      // Rounded as estimateOffset rounds them (f32 spread and nearest, then their sum).
      for (let i = 0; i < P; i++) {
        uncertainty[i] = Math.fround(Math.fround((est.spread.k[i] + est.spread.v[i]) / 2) + Math.fround((est.nearest.k[i] + est.nearest.v[i]) / 2));
      }
      settle();
      const downloadMs = lap();
      return {
        kind: "corrected",
        correction: { kind: "corrected", kv: EMPTY_TENSOR, uncertainty, anchorIds: plan.anchors.map((a) => a.id), decision: plan.decision },
        segment,
        ...(following ? { following } : {}),
        stages: { contentMs, prepareMs, estimateMs, finishMs, downloadMs, followingMs },
      };
    } finally {
      // Whatever ends the correction (a miss, a refusal, an error), no copy keeps running into the host memory.
      if (inFlight) settle();
    }

    function settle(): void {
      inFlight = false;
      dk.waitCopies();
    }

    function lap(): number {
      const now = performance.now();
      const ms = now - t;
      t = now;
      return ms;
    }
  }

  /**
   * The following text of `text` corrected on the device and placed at
   * text.start (f16, in `arena`, its copies queued: the caller waits for
   * them); undefined when a delta is not mirrored (not f16, over budget), the
   * lengths disagree or a value is not finite (its own text is prefilled).
   */
  #following(sc: DeviceScratch, consumer: string, follow: { readonly base: KvTensor; readonly anchors: readonly Anchor[] }, colDist: Readonly<Record<KvSide, DeviceBuffer>>, text: FollowingText, tau: number, rope: RopeParams, arena: HostMemory, shrink?: ShrinkFactors): KvSegment | undefined {
    const { base } = follow;
    const F = base.nTokens;
    const L = base.nLayer;
    if (F !== text.like.tokens.length || F === 0) return undefined;
    const dk = this.#dk;
    // The anchors' following deltas, mirrored (synced when the anchors learned; uploaded now if not).
    const pf = {} as Record<KvSide, MirroredBlock[]>;
    for (const s of ["k", "v"] as const) {
      const blocks = follow.anchors.map((a) => this.#mirror.block(a, "pf", s, consumer));
      if (blocks.some((b) => !b)) return undefined;
      pf[s] = blocks as MirroredBlock[];
    }
    const baseDev = this.#followingBase(base);
    const half = {} as Record<KvSide, DeviceBuffer>;
    for (const s of ["k", "v"] as const) {
      const row = s === "k" ? base.rowK : base.rowV;
      const n = F * row;
      const out = sc.get(`fout.${s}`, L * n * 4);
      dk.followingApply(colDist[s], row, L, tau, pf[s].map((b) => b.buf), pf[s].map((b) => b.stride), F, baseDev[s], out);
      if (shrink) {
        // base + alpha * (corrected - base), one alpha per layer, as the host does.
        const alpha = rowAlphas(shrink[s], L, F, true);
        const aBuf = sc.get(`falpha.${s}`, alpha.byteLength);
        aBuf.upload(alpha);
        dk.shrinkRows(baseDev[s], out, L * F, row, aBuf);
      }
      if (s === "k" && text.start !== 0) dk.ropeShift(out, L * F, row / rope.headDim, text.start, rope, false);
      half[s] = sc.get(`fhalf.${s}`, L * n * 2);
      dk.f32ToF16(out, half[s], L * n);
    }
    if (dk.countNonFiniteAll([[half.k, L * F * base.rowK], [half.v, L * F * base.rowV]]) > 0) return undefined;
    const kb = L * F * base.rowK * 2;
    const host = arena.take(kb + L * F * base.rowV * 2);
    // Queued behind the span's copies; the caller waits for all of them.
    half.k.copyOut(host.subarray(0, kb));
    half.v.copyOut(host.subarray(kb));
    const k: Uint8Array[] = [];
    const v: Uint8Array[] = [];
    for (let l = 0; l < L; l++) {
      k.push(host.subarray(l * F * base.rowK * 2, (l + 1) * F * base.rowK * 2));
      v.push(host.subarray(kb + l * F * base.rowV * 2, kb + (l + 1) * F * base.rowV * 2));
    }
    const positions = new Int32Array(F);
    for (let i = 0; i < F; i++) positions[i] = text.start + i;
    const seg: KvSegment = { ...text.like, tokens: text.like.tokens.subarray(0, F), positions, k, v };
    markSegmentValuesChecked(seg);
    return seg;
  }

  /** A learned following-text base on the device (f32 [layers][F][row] per side), uploaded the first time it is used. */
  #followingBase(base: KvTensor): Record<KvSide, DeviceBuffer> {
    const have = this.#followingBases.get(base);
    if (have) {
      this.#followingBases.delete(base);
      this.#followingBases.set(base, have);
      return have;
    }
    const F = base.nTokens;
    const L = base.nLayer;
    const d = {} as Record<KvSide, DeviceBuffer>;
    for (const s of ["k", "v"] as const) {
      const n = F * (s === "k" ? base.rowK : base.rowV);
      const packed = new Float32Array(L * n);
      for (let l = 0; l < L; l++) packed.set(base[s][l].subarray(0, n), l * n);
      d[s] = this.#dk.alloc(packed.byteLength);
      d[s].upload(packed);
    }
    this.#followingBases.set(base, d);
    for (const [b, old] of this.#followingBases) {
      if (this.#followingBases.size <= MAX_FOLLOWING_BASES) break;
      old.k.dispose();
      old.v.dispose();
      this.#followingBases.delete(b);
    }
    return d;
  }

  /** Device bytes held: producers' segments, the anchors' mirror, scratch; and pinned host bytes of corrections made ahead (held, free for reuse). */
  get bytes(): { contents: number; anchors: number; scratch: number; aheadHost: { out: number; free: number } } {
    return { contents: this.#contentBytes, anchors: this.#mirror.bytes, scratch: this.#scratch.bytes + this.#aheadScratch.bytes, aheadHost: this.#blocks.bytes };
  }

  dispose(): void {
    for (const c of this.#contents.values()) {
      c.k.dispose();
      c.v.dispose();
    }
    this.#contents.clear();
    this.#contentBytes = 0;
    for (const b of this.#followingBases.values()) {
      b.k.dispose();
      b.v.dispose();
    }
    this.#followingBases.clear();
    this.#mirror.dispose();
    this.#scratch.dispose();
    this.#aheadScratch.dispose();
    this.#blocks.dispose();
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  /** K and V of every layer, [layers][n][row] f16, checked for NaN/inf; undefined (nothing kept) when a value is not finite. */
  #upload(seg: KvSegment): Content | undefined {
    const { nLayer, rowK, rowV } = seg;
    const n = seg.tokens.length;
    const kl = n * rowK * 2;
    const vl = n * rowV * 2;
    const k = this.#dk.alloc(nLayer * kl);
    const v = this.#dk.alloc(nLayer * vl);
    try {
      for (let l = 0; l < nLayer; l++) {
        k.upload(seg.k[l].subarray(0, kl), l * kl);
        v.upload(seg.v[l].subarray(0, vl), l * vl);
      }
      if (this.#dk.countNonFinite(k, nLayer * n * rowK) + this.#dk.countNonFinite(v, nLayer * n * rowV) > 0) {
        k.dispose();
        v.dispose();
        return undefined;
      }
    } catch (e) {
      k.dispose();
      v.dispose();
      throw e;
    }
    // Every value is finite: the host's scan of this very segment is done.
    markSegmentValuesChecked(seg);
    const c: Content = { k, v, bytes: nLayer * (kl + vl) };
    this.#contents.set(seg, c);
    this.#contentBytes += c.bytes;
    for (const [s, old] of this.#contents) {
      if (this.#contentBytes <= this.#contentBudget || s === seg) break;
      old.k.dispose();
      old.v.dispose();
      this.#contents.delete(s);
      this.#contentBytes -= old.bytes;
    }
    return c;
  }
}

function applies(seg: KvSegment): boolean {
  return seg.kType === "f16" && seg.vType === "f16" && seg.nLayer >= 2 && seg.rowK % 8 === 0 && seg.rowV % 8 === 0 && seg.tokens.length > 0;
}
