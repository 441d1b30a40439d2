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
 *   that the native injection reads directly (no JavaScript array in between).
 *
 * Keys are rotated and rounded exactly as the host path does (the same f32
 * RoPE and f16 rounding), so the corrected KV equals the two-thread path's
 * whenever the weights are equal; the weights come from the same function,
 * with distances summed in another order (about 1e-15 relative).
 *
 * Applies when the gate cannot refuse (AnchorService.openPlan "open", as the
 * two-thread path) and the KV is f16 with rows of a multiple of 8 values;
 * otherwise correct() says why not and the caller corrects on the host.
 */
import type { KernelBackend, RopeParams } from "../../kernels/backend.js";
import { cudaStatus, DeviceScratch, type DeviceBuffer, type DeviceKernels } from "../../kernels/cuda/cuda-backend.js";
import { PinnedArenas, type PinnedArena } from "../../kernels/cuda/pinned-arena.js";
import type { AnchorService, Correction } from "../../anchors/anchor-service.js";
import { DEFAULT_ESTIMATOR_TAU } from "../../anchors/offset-estimator.js";
import { DEFAULT_MIRROR_BYTES, DeviceAnchorMirror } from "../../anchors/device-mirror.js";
import { estimateOnDevice } from "../../anchors/device-estimator.js";
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
  /** Keys to the consumer's positions, f16, the value check. */
  readonly finishMs: number;
  /** The corrected KV into pinned host memory. */
  readonly downloadMs: number;
}

export type DeviceCorrection =
  | {
      readonly kind: "corrected";
      readonly correction: Extract<Correction, { kind: "corrected" }>;
      /** The corrected span at its final positions, f16, in pinned memory of the call's arena. */
      readonly segment: KvSegment;
      readonly stages: DeviceCorrectionStages;
    }
  | Extract<Correction, { kind: "prefill" }>
  /** This path does not apply; correct on the host. */
  | { readonly kind: "host"; readonly reason: string };

interface Content {
  readonly k: DeviceBuffer;
  readonly v: DeviceBuffer;
  readonly bytes: number;
}

const DEFAULT_CONTENT_BYTES = 8 * 2 ** 30;
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
  readonly #arenas: PinnedArenas;
  /** Producers' segments on the device, least recently used first. */
  readonly #contents = new Map<KvSegment, Content>();
  readonly #contentBudget: number;
  #contentBytes = 0;
  /** Segments uploaded ahead (at publish) and the time it took, off any call's path. */
  prefetched = 0;
  prefetchMs = 0;

  constructor(dk: DeviceKernels, o: DeviceCorrectorOptions = {}) {
    this.#dk = dk;
    this.#mirror = new DeviceAnchorMirror(dk, o.anchorBytes ?? DEFAULT_MIRROR_BYTES);
    this.#scratch = new DeviceScratch(dk);
    this.#arenas = new PinnedArenas((bytes) => dk.pinned(bytes));
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
  correct(anchors: AnchorService, kind: string, consumer: string, seg: KvSegment, start: number, rope: RopeParams, arena: PinnedArena): DeviceCorrection {
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

    const sc = this.#scratch;
    const xk = sc.get("xk", nLayer * P * rowK * 4);
    const xv = sc.get("xv", nLayer * P * rowV * 4);
    dk.gatherF32(content.k, n * rowK, xk, nLayer, P * rowK);
    dk.gatherF32(content.v, n * rowV, xv, nLayer, P * rowV);
    // Keys to the anchors' frame (first token at 0), as segmentToTensor does; all layers' rows at once.
    if (seg.positions[0] !== 0) dk.ropeShift(xk, nLayer * P, nHeads, -seg.positions[0], rope, false);
    dk.sync();
    const prepareMs = lap();

    const ok = sc.get("outk", nLayer * P * rowK * 4);
    const ov = sc.get("outv", nLayer * P * rowV * 4);
    const tau = anchors.estimatorTau ?? DEFAULT_ESTIMATOR_TAU;
    const est = estimateOnDevice(dk, this.#mirror, sc, plan.anchors, consumer, P, nLayer, { k: { x: xk, out: ok, row: rowK }, v: { x: xv, out: ov, row: rowV } }, tau);
    if ("miss" in est) return { kind: "host", reason: est.miss };
    const estimateMs = lap();

    if (start !== 0) dk.ropeShift(ok, nLayer * P, nHeads, start, rope, false);
    const hk = sc.get("hk", nLayer * P * rowK * 2);
    const hv = sc.get("hv", nLayer * P * rowV * 2);
    dk.f32ToF16(ok, hk, nLayer * P * rowK);
    dk.f32ToF16(ov, hv, nLayer * P * rowV);
    const bad = dk.countNonFinite(hk, nLayer * P * rowK) + dk.countNonFinite(hv, nLayer * P * rowV);
    if (bad > 0) return { kind: "prefill", reason: `the corrected KV has ${bad} non-finite values`, decision: plan.decision };
    const finishMs = lap();

    const kBytes = nLayer * P * rowK * 2;
    const vBytes = nLayer * P * rowV * 2;
    const host = arena.take(kBytes + vBytes);
    hk.download(host.subarray(0, kBytes));
    hv.download(host.subarray(kBytes));
    const downloadMs = lap();

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
    return {
      kind: "corrected",
      correction: { kind: "corrected", kv: EMPTY_TENSOR, uncertainty, anchorIds: plan.anchors.map((a) => a.id), decision: plan.decision },
      segment,
      stages: { contentMs, prepareMs, estimateMs, finishMs, downloadMs },
    };

    function lap(): number {
      const now = performance.now();
      const ms = now - t;
      t = now;
      return ms;
    }
  }

  /** Device bytes held: producers' segments, the anchors' mirror, scratch. */
  get bytes(): { contents: number; anchors: number; scratch: number } {
    return { contents: this.#contentBytes, anchors: this.#mirror.bytes, scratch: this.#scratch.bytes };
  }

  dispose(): void {
    for (const c of this.#contents.values()) {
      c.k.dispose();
      c.v.dispose();
    }
    this.#contents.clear();
    this.#contentBytes = 0;
    this.#mirror.dispose();
    this.#scratch.dispose();
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
