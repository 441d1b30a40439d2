import { AnchorService, type AnchorServiceOptions, type Correction } from "../anchors/anchor-service.js";
import { IdleSteps } from "../anchors/idle-steps.js";
import type { KernelBackend, RopeParams } from "../kernels/backend.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import type { AnchorPoolStats } from "../proto/anchor-pool-stats.js";
import { kvTensorF16Data, type KvTensorF16Bytes } from "../proto/kv-tensor-wire.js";
import type { WireManifest } from "../proto/manifest.js";
import type { KvType } from "../segments/kv-type.js";
import { segmentToTensor } from "../segments/kv-tensor-convert.js";
import { segmentFromWire } from "../segments/segment-wire.js";
import { InvalidRequestError } from "./errors.js";
import type { Tenant } from "./tenant-auth.js";

export type { AnchorPoolStats } from "../proto/anchor-pool-stats.js";

const NAME_RE = /^[\x20-\x7e]{1,256}$/;
/** An agent's own text between two shared parts is short; a longer "following text" is refused. */
const MAX_FOLLOWING_TOKENS = 4096;
const HEX64 = /^[0-9a-f]{64}$/;

/** A stored segment as the broker's core hands it out (the caller's namespace only). */
export type StoredSegmentReader = (tenant: Tenant, keyDigest: string) => Promise<{ readonly manifest: WireManifest; readonly payload: Uint8Array } | undefined>;

export interface AnchorPoolsOptions extends AnchorServiceOptions {
  /** Bytes of corrections computed ahead and not yet asked for, per namespace (default 256 MiB); the oldest go first. */
  readonly aheadBytes?: number;
}

/**
 * A correction of a stored content placed at `start` (keys rotated there;
 * in frame 0 when asked for): the `covered` tokens corrected and, when asked
 * for, the rest moved uncorrected. `placed` is f32, or the wire's f16 bytes
 * when they were encoded ahead.
 */
export type StoredCorrection =
  | {
    readonly kind: "corrected"; readonly placed: KvTensor | KvTensorF16Bytes; readonly covered: number; readonly correction: Extract<Correction, { kind: "corrected" }>; readonly ahead: boolean;
    /** The consumer's own text after the content, corrected, frame 0 (when asked for and learned). */
    readonly following?: KvTensor;
  }
  | { readonly kind: "prefill"; readonly correction: Extract<Correction, { kind: "prefill" }>; readonly ahead: boolean };

interface Ahead {
  /** The pool's version the correction was computed against (a changed pool makes it stale). */
  readonly version: number;
  readonly correction: Correction;
  /**
   * The answer to a frame-0 request with the uncovered rest moved (what
   * agents ask for by default), encoded once ahead: such a request costs no
   * work on its path.
   */
  readonly frame0?: KvTensorF16Bytes;
}

interface Namespace {
  readonly service: AnchorService;
  readonly ahead: IdleSteps<Ahead>;
  corrected: number;
  prefills: number;
  observations: number;
  aheadComputed: number;
  aheadUsed: number;
  /** Corrections ahead wait until `until` (performance.now()): a consumer just got its answer. */
  readonly hold: { until: number; timer: NodeJS.Timeout | undefined };
}

/**
 * After answering a correction, the namespace's corrections ahead wait this
 * long: the consumer is now injecting and evaluating its first token (its
 * TTFT) and, on a shared host, needs the cores more than work for later
 * calls does.
 */
const HOLD_AFTER_ANSWER_MS = 20;

/**
 * The broker's anchor pools: one AnchorService (anchors/anchor-service.ts, pure)
 * per namespace, so a tenant's anchors never correct another tenant's KV.
 * Transports decode KvTensors and call in with an authenticated Tenant.
 *
 * With a StoredSegmentReader the pools also correct segments the broker
 * stores, named by key (nothing is uploaded), and correct them ahead for
 * every consumer a pool knows, one layer per step in the broker's idle time;
 * a request for a correction that is queued or running finishes it at once.
 */
export class AnchorPools {
  private readonly byNs = new Map<string, Namespace>();
  /** Frame-0 tensors of recently used stored contents, by namespace, key and rope (they are large: few are kept). */
  private readonly contents = new Map<string, KvTensor>();

  constructor(private readonly kernels: KernelBackend, private readonly options: AnchorPoolsOptions = {}, private readonly stored?: StoredSegmentReader) {}

  correct(tenant: Tenant, kind: string, consumer: string, content: KvTensor, following = false): Correction {
    checkNames(kind, consumer);
    const ns = this.of(tenant);
    const c = ns.service.correct(kind, consumer, content, { following });
    if (c.kind === "corrected") ns.corrected++; else ns.prefills++;
    return c;
  }

  /**
   * Corrects the stored segment `keyDigest` for `consumer` (done ahead when
   * it was) and places the covered tokens at `start`. A segment the broker
   * does not hold is a "prefill" answer, not an error.
   */
  async correctStored(tenant: Tenant, kind: string, consumer: string, keyDigest: string, start: number, rope: RopeParams, moveUncovered = false, following = false, frame0 = false): Promise<StoredCorrection> {
    checkNames(kind, consumer);
    checkKey(keyDigest);
    if (!Number.isInteger(start) || start < 0 || start > 1 << 24) throw new InvalidRequestError(`start position ${start} is out of range`);
    const ns = this.of(tenant);
    const got = ns.ahead.take(aheadKey(kind, consumer, keyDigest));
    let c: Correction;
    let ahead = false;
    let encoded: KvTensorF16Bytes | undefined;
    if (got && got.result.version === ns.service.version(kind)) {
      c = got.result.correction;
      encoded = got.result.frame0;
      ahead = got.takeMs === 0;
      if (ahead) ns.aheadUsed++;
      if (c.kind === "corrected") ns.service.activate(kind, c.decision.selected);
    } else {
      const content = await this.contentOf(tenant, keyDigest, rope);
      if (!content) return { kind: "prefill", correction: { kind: "prefill", reason: "content not stored" }, ahead: false };
      c = ns.service.correct(kind, consumer, content, { following: true });
    }
    if (c.kind === "prefill") {
      ns.prefills++;
      return { kind: "prefill", correction: c, ahead };
    }
    ns.corrected++;
    this.hold(ns);
    const covered = c.kv.nTokens;
    const rest = following && c.following ? { following: c.following } : {};
    if (frame0 && moveUncovered && encoded) return { kind: "corrected", placed: encoded, covered, correction: c, ahead, ...rest };
    const kv = moveUncovered ? withUncovered(c.kv, await this.contentOf(tenant, keyDigest, rope)) : c.kv;
    if (frame0) return { kind: "corrected", placed: kv, covered, correction: c, ahead, ...rest };
    const nHeads = kv.rowK / rope.headDim;
    const k = kv.k.map((layer) => {
      const moved = kv === c.kv ? Float32Array.from(layer) : layer;
      if (start !== 0) this.kernels.ropeShift(moved, kv.nTokens, nHeads, start, rope);
      return moved;
    });
    return { kind: "corrected", placed: { ...kv, k }, covered, correction: c, ahead, ...rest };
  }

  /** Queues corrections of a stored segment for every consumer the pool of `kind` knows; returns how many. */
  async correctAhead(tenant: Tenant, kind: string, keyDigest: string, rope: RopeParams): Promise<number> {
    if (!NAME_RE.test(kind)) throw new InvalidRequestError("anchor kind must be 1..256 printable ASCII characters");
    checkKey(keyDigest);
    const ns = this.of(tenant);
    const consumers = ns.service.consumers(kind);
    if (consumers.length === 0) return 0;
    const content = await this.contentOf(tenant, keyDigest, rope);
    if (!content) return 0;
    const service = ns.service;
    const codec = this.kernels;
    for (const consumer of consumers) {
      ns.ahead.add(aheadKey(kind, consumer, keyDigest), function* (): Generator<void, Ahead> {
        const version = service.version(kind);
        // With the consumer's following text when the pool learned it (a request may ask for it).
        const correction = yield* service.correctSteps(kind, consumer, content, { following: true });
        if (correction.kind !== "corrected") {
          ns.aheadComputed++;
          return { version, correction };
        }
        yield;
        const kv = withUncovered(correction.kv, content);
        const frame0 = { nLayer: kv.nLayer, nTokens: kv.nTokens, rowK: kv.rowK, rowV: kv.rowV, data: kvTensorF16Data(kv, codec) };
        ns.aheadComputed++;
        return { version, correction, frame0 };
      });
    }
    return consumers.length;
  }

  observe(tenant: Tenant, kind: string, consumer: string, contentId: string, base: KvTensor, real: KvTensor, following?: KvTensor): { created: boolean; evicted: number } {
    checkNames(kind, consumer);
    if (!NAME_RE.test(contentId)) throw new InvalidRequestError("content id must be 1..256 printable ASCII characters");
    if (base.nLayer !== real.nLayer || base.nTokens !== real.nTokens || base.rowK !== real.rowK || base.rowV !== real.rowV) {
      throw new InvalidRequestError("observe: base and real KV differ in shape");
    }
    if (following && (following.nLayer !== real.nLayer || following.rowK !== real.rowK || following.rowV !== real.rowV || following.nTokens > MAX_FOLLOWING_TOKENS)) {
      throw new InvalidRequestError(`observe: the following text's KV differs in shape from the content's, or has over ${MAX_FOLLOWING_TOKENS} tokens`);
    }
    const ns = this.of(tenant);
    ns.observations++;
    return ns.service.observe(kind, consumer, contentId, base, real, following && following.nTokens > 0 ? following : undefined);
  }

  /** observe() with the producer's KV taken from the store by key; a segment it does not hold is an InvalidRequestError. */
  async observeStored(tenant: Tenant, kind: string, consumer: string, contentId: string, baseKey: string, rope: RopeParams, real: KvTensor, following?: KvTensor): Promise<{ created: boolean; evicted: number }> {
    checkKey(baseKey);
    const base = await this.contentOf(tenant, baseKey, rope);
    if (!base) throw new InvalidRequestError(`observe: segment ${baseKey} is not stored`);
    return this.observe(tenant, kind, consumer, contentId, base, real, following);
  }

  stats(tenant: Tenant): AnchorPoolStats {
    const ns = this.byNs.get(tenant.namespace);
    if (!ns) return { kinds: 0, anchors: 0, bytes: 0, corrected: 0, prefills: 0, observations: 0, ahead: 0, aheadUsed: 0 };
    return { ...ns.service.stats(), corrected: ns.corrected, prefills: ns.prefills, observations: ns.observations, ahead: ns.aheadComputed, aheadUsed: ns.aheadUsed };
  }

  dispose(): void {
    for (const ns of this.byNs.values()) {
      clearTimeout(ns.hold.timer);
      ns.ahead.dispose();
      ns.service.dispose();
    }
    this.byNs.clear();
    this.contents.clear();
  }

  /** Holds the namespace's corrections ahead for HOLD_AFTER_ANSWER_MS, then resumes them. */
  private hold(ns: Namespace): void {
    ns.hold.until = performance.now() + HOLD_AFTER_ANSWER_MS;
    clearTimeout(ns.hold.timer);
    ns.hold.timer = setTimeout(() => {
      ns.hold.timer = undefined;
      ns.ahead.wake();
    }, HOLD_AFTER_ANSWER_MS + 1);
  }

  private of(tenant: Tenant): Namespace {
    let ns = this.byNs.get(tenant.namespace);
    if (!ns) {
      const hold = { until: 0, timer: undefined };
      ns = {
        service: new AnchorService(this.kernels, this.options),
        ahead: new IdleSteps<Ahead>({
          maxBytes: this.options.aheadBytes ?? 256 * 2 ** 20,
          bytesOf: (r) => (r.correction.kind === "corrected" ? tensorBytes(r.correction.kv) : 0) + (r.frame0?.data.byteLength ?? 0),
          paused: () => performance.now() < hold.until,
        }),
        corrected: 0, prefills: 0, observations: 0, aheadComputed: 0, aheadUsed: 0, hold,
      };
      this.byNs.set(tenant.namespace, ns);
    }
    return ns;
  }

  /** A stored segment's KV in frame 0 (keys rotated back to position 0), or undefined when it is not stored. */
  private async contentOf(tenant: Tenant, keyDigest: string, rope: RopeParams): Promise<KvTensor | undefined> {
    if (!this.stored) throw new InvalidRequestError("this broker's anchor pools do not read stored segments");
    const ck = `${tenant.namespace}\0${keyDigest}\0${rope.style}:${rope.nRot}:${rope.headDim}:${rope.freqBase}:${rope.freqScale}:${rope.freqFactors ? Array.from(rope.freqFactors).join(",") : ""}`;
    const hit = this.contents.get(ck);
    if (hit) {
      this.contents.delete(ck);
      this.contents.set(ck, hit);
      return hit;
    }
    const got = await this.stored(tenant, keyDigest);
    if (!got) return undefined;
    const m = got.manifest;
    if (m.kType !== "f16" || m.vType !== "f16") throw new InvalidRequestError(`offset correction needs f16 KV, segment ${keyDigest} is ${m.kType}/${m.vType}`);
    if (m.rowK % rope.headDim !== 0) throw new InvalidRequestError(`rope head_dim ${rope.headDim} does not divide the segment's K row (${m.rowK})`);
    const seg = segmentFromWire({
      key: m.keyDigest, modelFingerprint: m.modelFingerprint, kType: m.kType as KvType, vType: m.vType as KvType, nLayer: m.nLayer, rowK: m.rowK, rowV: m.rowV,
      tokens: Int32Array.from(m.tokens), positions: Int32Array.from(m.positions), context: m.contextDigest, byteLength: m.byteLength, checksum: m.checksum,
    }, got.payload);
    const t = segmentToTensor(seg, this.kernels, rope, 0);
    this.contents.set(ck, t);
    while (this.contents.size > 8) this.contents.delete(this.contents.keys().next().value as string);
    return t;
  }
}

/** The corrected tokens, then the rest of the content as stored (frame 0), in one tensor (the corrected ones alone when they cover it). */
function withUncovered(kv: KvTensor, content: KvTensor | undefined): KvTensor {
  const covered = kv.nTokens;
  if (!content || content.nTokens <= covered) return kv;
  const join = (a: Float32Array, b: Float32Array, row: number) => {
    const out = new Float32Array(content.nTokens * row);
    out.set(a);
    out.set(b.subarray(covered * row), covered * row);
    return out;
  };
  return {
    nLayer: kv.nLayer, nTokens: content.nTokens, rowK: kv.rowK, rowV: kv.rowV,
    k: kv.k.map((x, l) => join(x, content.k[l], kv.rowK)), v: kv.v.map((x, l) => join(x, content.v[l], kv.rowV)),
  };
}

function aheadKey(kind: string, consumer: string, keyDigest: string): string {
  return `${kind}\0${consumer}\0${keyDigest}`;
}

function tensorBytes(t: KvTensor): number {
  return t.nLayer * t.nTokens * (t.rowK + t.rowV) * 4;
}

function checkNames(kind: string, consumer: string): void {
  if (!NAME_RE.test(kind)) throw new InvalidRequestError("anchor kind must be 1..256 printable ASCII characters");
  if (!NAME_RE.test(consumer)) throw new InvalidRequestError("consumer fingerprint must be 1..256 printable ASCII characters");
}

function checkKey(keyDigest: string): void {
  if (!HEX64.test(keyDigest)) throw new InvalidRequestError("segment key digest must be 64 lowercase hex characters");
}
