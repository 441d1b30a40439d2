import type { CorrectOptions, Correction, OffsetCorrector } from "../../anchors/anchor-service.js";
import type { ReuseDecision, ReuseReason } from "../../anchors/reuse-gate.js";
import { cpuBackend } from "../../kernels/cpu-backend.js";
import type { KvTensor } from "../../kernels/kv-tensor.js";
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync } from "node:fs";
import { access, realpath } from "node:fs/promises";
import path from "node:path";
import {
  anchorsServiceDefinition, brokerServiceDefinition as B, type AnchorCorrectReply, type AnchorCorrectStoredReply,
} from "../../proto/broker-service.js";
import { anchorPoolStatsFromProto, type AnchorPoolStats } from "../../proto/anchor-pool-stats.js";
import type { RopeParams } from "../../kernels/backend.js";
import { kvTensorFromProto, kvTensorToProto, kvTensorWireBytes, splitKvTensorF16 } from "../../proto/kv-tensor-wire.js";
import { ropeToProto } from "../../proto/rope-wire.js";
import type { KvSegment } from "../../segments/kv-segment.js";
import type { BrokerSegmentSource } from "../cache/broker-source.js";
import { pb } from "../../proto/wire.js";
import { ServiceChannel, type ServiceChannelOptions } from "../transport/service-channel.js";
import { BrokerRequestError, BrokerUnavailableError } from "../transport/transport-errors.js";

export interface RemoteCorrectorOptions extends ServiceChannelOptions {
  /** Deadline per call (default 5000 ms). */
  readonly timeoutMs?: number;
  /**
   * This process runs on the broker's host: corrected KV comes through the
   * broker's shm dir (one file per batch) instead of the socket, when the
   * broker has one and this process can read it (checked at connect).
   */
  readonly sameHost?: boolean;
}

/** The broker's anchor counters for this namespace. */
export type RemoteAnchorStats = AnchorPoolStats;

const A = anchorsServiceDefinition;

/**
 * An OffsetCorrector whose anchor pools live in the broker (kvmesh.v1.Anchors):
 * agents of one namespace share what every dense prefill taught, across
 * processes. KV travels as f16 (lossless for llama.cpp's f16 cache). Calls
 * fail with the SDK's typed errors (BrokerUnavailableError, BrokerTimeoutError,
 * BrokerAuthError, BrokerRequestError); a "prefill" answer is a value.
 */
export class RemoteCorrector implements OffsetCorrector, AsyncDisposable {
  /** The broker's shm dir's `out/` (resolved), when answers may come through it. */
  private shmOut: string | undefined;

  private constructor(private readonly service: ServiceChannel, readonly options: RemoteCorrectorOptions) {}

  /** Whether corrected KV comes through the broker's shm dir (same host). */
  get usesSharedMemory(): boolean { return this.shmOut !== undefined; }

  /** Connects and checks the token with a Stats call. */
  static async connect(o: RemoteCorrectorOptions): Promise<RemoteCorrector> {
    const rc = new RemoteCorrector(await ServiceChannel.connect(o, "anchors", o.timeoutMs ?? 5000), o);
    try {
      await rc.stats();
      if (o.sameHost) {
        const dir = (await rc.service.call(B.stats, pb.StatsRequest.create({}))).shmDir ?? "";
        if (dir) {
          try {
            const out = await realpath(path.join(dir, "out"));
            await access(out, fsConstants.R_OK);
            rc.shmOut = out;
          } catch { /* not on the broker's host after all: through the socket */ }
        }
      }
      return rc;
    } catch (err) {
      rc.dispose();
      throw err;
    }
  }

  /**
   * Corrects uploaded content. The answer covers the content's first
   * `kv.nTokens` tokens (all of them, or as many as the anchors cover: the
   * caller prefills or moves the rest), as AnchorService.correct does.
   */
  async correct(kind: string, consumer: string, content: KvTensor, options: CorrectOptions = {}): Promise<Correction> {
    const r = await this.call(A.correct, pb.AnchorCorrectRequest.create({ kind, consumer, content: kvTensorToProto(content, cpuBackend), following: options.following === true }));
    const decision = r.decision ? decisionFromProto(r.decision) : undefined;
    if (r.kind === "corrected" && r.corrected) {
      if (!decision) throw new BrokerRequestError("correct: a corrected answer without its decision");
      const kv = kvTensorFromProto(r.corrected.kv, cpuBackend);
      checkCovered("correct", kv, content.nLayer, content.rowK, content.rowV, content.nTokens);
      const uncertainty = Float32Array.from(r.corrected.uncertainty ?? []);
      if (uncertainty.length !== 0 && uncertainty.length !== kv.nTokens) throw new BrokerRequestError(`correct: ${uncertainty.length} uncertainties for ${kv.nTokens} tokens`);
      const following = r.corrected.following ? followingFromProto("correct", r.corrected.following, content.nLayer, content.rowK, content.rowV) : undefined;
      return { kind: "corrected", kv, uncertainty, anchorIds: [...(r.corrected.anchorIds ?? [])], decision, ...(following ? { following } : {}) };
    }
    if (r.kind === "prefill" && r.prefill) return { kind: "prefill", reason: r.prefill.reason ?? "", decision };
    throw new BrokerRequestError("correct: the broker's answer was neither corrected KV nor prefill");
  }

  /** True when `store` reaches the same broker and namespace (so segments can be named by key). */
  sameBrokerAs(store: BrokerSegmentSource): boolean {
    return store.options.grpc === this.options.grpc && store.namespace === this.options.namespace;
  }

  /**
   * Corrects `seg`, which the broker stores under `keyDigest` (nothing is
   * uploaded), for `consumer`, and returns the covered tokens placed at
   * `start` as an f16 segment like `seg` (its first n tokens); with
   * `moveUncovered` the segment holds all of `seg`'s tokens, the first
   * `covered` corrected and the rest only moved. `ahead`: the broker had
   * computed it before being asked (correctAhead). With `following`, also
   * the consumer's own text after the content, corrected, in frame 0, when
   * the broker's pool learned it.
   */
  async correctStored(kind: string, consumer: string, seg: KvSegment, keyDigest: string, start: number, rope: RopeParams, moveUncovered = false, following = false): Promise<StoredAnswer> {
    const r = await this.call(A.correctStored, pb.AnchorCorrectStoredRequest.create(storedRequest({ kind, consumer, seg, keyDigest, start, rope, moveUncovered, following })));
    return storedAnswer("correctStored", r, { seg, start, moveUncovered, following });
  }

  /** {@link correctStored} for several parts in one round trip; answers in the order asked. */
  async correctStoredBatch(parts: readonly StoredPart[]): Promise<StoredAnswer[]> {
    if (parts.length === 0) return [];
    const r = await this.call(A.correctStoredBatch, pb.AnchorCorrectStoredBatchRequest.create({ parts: parts.map(storedRequest), sameHost: this.shmOut !== undefined }));
    const got = r.parts ?? [];
    if (got.length !== parts.length) throw new BrokerRequestError(`correctStoredBatch: ${got.length} answers for ${parts.length} parts`);
    if (r.shm) this.fillFromShm(got as AnchorCorrectStoredReply[], r.shm);
    // Decoded nested messages are message instances (with their oneof `kind`), typed as plain properties.
    return parts.map((p, i) => storedAnswer("correctStoredBatch", got[i] as AnchorCorrectStoredReply, p));
  }

  /** A batch's KV bytes from the broker's shm file, then the lease released (the broker also drops it when its TTL passes). */
  private fillFromShm(answers: AnchorCorrectStoredReply[], ref: ShmAnswerRef): void {
    try {
      fillAnswersFromShm(answers, ref, this.shmOut);
    } finally {
      if (ref.lease) void this.service.call(B.releaseShm, pb.ReleaseShmRequest.create({ lease: ref.lease })).catch(() => undefined);
    }
  }

  /** Asks the broker to correct the stored segment ahead for every consumer its pool knows; returns how many it queued. */
  async correctAhead(kind: string, keyDigest: string, rope: RopeParams): Promise<number> {
    return (await this.call(A.correctAhead, pb.AnchorCorrectAheadRequest.create({ kind, keyDigest, rope: ropeToProto(rope) }))).queued ?? 0;
  }

  /** observe() with the producer's KV named by its key (only `real` travels). */
  async observeStored(kind: string, consumer: string, contentId: string, baseKeyDigest: string, rope: RopeParams, real: KvTensor, following?: KvTensor): Promise<{ created: boolean; evicted: number }> {
    const r = await this.call(A.observeStored, pb.AnchorObserveStoredRequest.create({
      kind, consumer, contentId, baseKeyDigest, rope: ropeToProto(rope), real: kvTensorToProto(real, cpuBackend),
      ...(following && following.nTokens > 0 ? { following: kvTensorToProto(following, cpuBackend) } : {}),
    }));
    return { created: r.created === true, evicted: r.evicted ?? 0 };
  }

  async observe(kind: string, consumer: string, contentId: string, base: KvTensor, real: KvTensor, following?: KvTensor): Promise<{ created: boolean; evicted: number }> {
    const r = await this.call(A.observe, pb.AnchorObserveRequest.create({
      kind, consumer, contentId, base: kvTensorToProto(base, cpuBackend), real: kvTensorToProto(real, cpuBackend),
      ...(following && following.nTokens > 0 ? { following: kvTensorToProto(following, cpuBackend) } : {}),
    }));
    return { created: r.created === true, evicted: r.evicted ?? 0 };
  }

  async stats(): Promise<RemoteAnchorStats> {
    return anchorPoolStatsFromProto(await this.call(A.stats, pb.AnchorStatsRequest.create({})));
  }

  dispose(): void {
    this.service.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> { this.dispose(); }

  private call<Req, Res>(method: { readonly path: string; requestSerialize(m: Req): Buffer; responseDeserialize(b: Buffer): Res }, req: Req): Promise<Res> {
    return this.service.call(method, req);
  }
}

/** Where a batch's KV bytes wait in the broker's shm dir (AnchorCorrectStoredBatchReply.shm). */
export interface ShmAnswerRef {
  readonly path?: string | null;
  readonly byteLength?: number | null;
  readonly lease?: string | null;
}

/**
 * Puts the KV bytes of a batch's answers back from the broker's shm file:
 * for each corrected part, its kv's bytes, then its following text's (sizes
 * from the shapes). A file that is not a plain file directly in `shmOut`
 * (the broker's `out/`, resolved; a symlink is refused), or of another size
 * than the shapes and the reference say, is a BrokerRequestError; one that
 * cannot be read, a BrokerUnavailableError.
 */
export function fillAnswersFromShm(answers: readonly AnchorCorrectStoredReply[], ref: ShmAnswerRef, shmOut: string | undefined): void {
  const file = path.resolve(ref.path ?? "");
  if (!shmOut || path.dirname(file) !== shmOut) throw new BrokerRequestError(`correctStoredBatch: shm file ${file} is not in the broker's shm dir`);
  const wire = (t: { nLayer?: number | null; nTokens?: number | null; rowK?: number | null; rowV?: number | null }) => kvTensorWireBytes(t.nLayer ?? 0, t.nTokens ?? 0, t.rowK ?? 0, t.rowV ?? 0);
  let want = 0;
  for (const a of answers) if (a.corrected?.kv) want += wire(a.corrected.kv) + (a.following ? wire(a.following) : 0);
  if (want !== (ref.byteLength ?? -1)) throw new BrokerRequestError(`correctStoredBatch: the shm reference says ${ref.byteLength ?? 0} bytes, the answers' shapes need ${want}`);
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // Synchronous: a few MB from tmpfs, on the call's path (a thread-pool hop costs more). No symlinks.
    fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW);
    if (!fstatSync(fd).isFile()) throw new Error("not a plain file");
    bytes = readFileSync(fd);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ELOOP" || (err as Error).message === "not a plain file") throw new BrokerRequestError(`correctStoredBatch: shm file ${file} is not a plain file`, { cause: err });
    throw new BrokerUnavailableError(`correctStoredBatch: cannot read shm file ${file}`, { cause: err });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes.byteLength !== want) throw new BrokerRequestError(`correctStoredBatch: shm file has ${bytes.byteLength} bytes, the answers' shapes need ${want}`);
  let off = 0;
  for (const a of answers) {
    if (!a.corrected?.kv) continue;
    const n = wire(a.corrected.kv);
    a.corrected.kv.data = bytes.subarray(off, off + n);
    off += n;
    if (a.following) {
      const m = wire(a.following);
      a.following.data = bytes.subarray(off, off + m);
      off += m;
    }
  }
}

/** One part of a CorrectStored(Batch) request: a segment the broker stores, where the consumer places it, what it wants back. */
export interface StoredPart {
  readonly kind: string;
  readonly consumer: string;
  readonly seg: KvSegment;
  readonly keyDigest: string;
  readonly start: number;
  readonly rope: RopeParams;
  readonly moveUncovered?: boolean;
  readonly following?: boolean;
  /**
   * The KV back in frame 0 (positions 0, 1, ...), for the caller to move to
   * `start` as it injects (the broker then answers with what it encoded
   * ahead, doing nothing on the request's path).
   */
  readonly frame0?: boolean;
}

/** The broker's answer for one part: the correction, the segment (placed at `start`, or in frame 0 when asked), how many tokens were covered, whether it was done ahead. */
export interface StoredAnswer {
  readonly correction: Correction;
  readonly segment?: KvSegment;
  readonly covered: number;
  readonly ahead: boolean;
  /** The consumer's own text after the part, corrected, frame 0 (asked for and learned). */
  readonly following?: KvTensor;
}

function storedRequest(p: StoredPart) {
  return { kind: p.kind, consumer: p.consumer, keyDigest: p.keyDigest, startPos: p.start, rope: ropeToProto(p.rope), moveUncovered: p.moveUncovered === true, following: p.following === true, frame0: p.frame0 === true };
}

/** Checks and decodes one CorrectStored answer for `seg` (typed errors for a broker that answers nonsense). */
function storedAnswer(what: string, r: AnchorCorrectStoredReply, p: Pick<StoredPart, "seg" | "start" | "moveUncovered" | "following" | "frame0">): StoredAnswer {
  const { seg } = p;
  const start = p.frame0 === true ? 0 : p.start;
  const moveUncovered = p.moveUncovered === true;
  const decision = r.decision ? decisionFromProto(r.decision) : undefined;
  const ahead = r.ahead === true;
  if (r.kind === "corrected" && r.corrected?.kv) {
    if (!decision) throw new BrokerRequestError(`${what}: a corrected answer without its decision`);
    const w = r.corrected.kv;
    const n = w.nTokens ?? 0;
    checkCovered(what, { nLayer: w.nLayer ?? 0, nTokens: n, rowK: w.rowK ?? 0, rowV: w.rowV ?? 0 }, seg.nLayer, seg.rowK, seg.rowV, seg.tokens.length);
    const covered = r.covered || n;
    if (covered > n || (!moveUncovered && covered !== n)) throw new BrokerRequestError(`${what}: ${covered} tokens covered of ${n} returned`);
    const data = w.data ?? new Uint8Array(0);
    if (data.byteLength !== kvTensorWireBytes(seg.nLayer, n, seg.rowK, seg.rowV)) throw new BrokerRequestError(`${what}: ${data.byteLength} KV bytes for ${n} tokens`);
    // f16 layer-major K[0] V[0] ...: the segment's own layout, so the bytes are copied, not converted.
    const { k, v } = splitKvTensorF16(data, seg.nLayer, n, seg.rowK, seg.rowV);
    const positions = new Int32Array(n);
    for (let i = 0; i < n; i++) positions[i] = start + i;
    const uncertainty = Float32Array.from(r.corrected.uncertainty ?? []);
    if (uncertainty.length !== 0 && uncertainty.length !== covered) throw new BrokerRequestError(`${what}: ${uncertainty.length} uncertainties for ${covered} covered tokens`);
    const segment: KvSegment = { ...seg, kType: "f16", vType: "f16", tokens: seg.tokens.subarray(0, n), positions, k, v };
    const f = p.following && r.following ? followingFromProto(what, r.following, seg.nLayer, seg.rowK, seg.rowV) : undefined;
    return { correction: { kind: "corrected", kv: EMPTY, uncertainty, anchorIds: [...(r.corrected.anchorIds ?? [])], decision }, segment, covered, ahead, ...(f ? { following: f } : {}) };
  }
  if (r.kind === "prefill" && r.prefill) return { correction: { kind: "prefill", reason: r.prefill.reason ?? "", decision }, covered: 0, ahead };
  throw new BrokerRequestError(`${what}: the broker's answer was neither corrected KV nor prefill`);
}

const EMPTY: KvTensor = { nLayer: 0, nTokens: 0, rowK: 0, rowV: 0, k: [], v: [] };

/** A corrected answer covers the content's first n tokens (1 <= n <= all) and has its layers and rows. */
function checkCovered(what: string, kv: { nLayer: number; nTokens: number; rowK: number; rowV: number }, nLayer: number, rowK: number, rowV: number, nTokens: number): void {
  if (kv.nLayer !== nLayer || kv.rowK !== rowK || kv.rowV !== rowV || kv.nTokens < 1 || kv.nTokens > nTokens) {
    throw new BrokerRequestError(`${what}: corrected KV ${kv.nLayer}x${kv.nTokens}x(${kv.rowK}+${kv.rowV}) does not fit the content ${nLayer}x${nTokens}x(${rowK}+${rowV})`);
  }
}

/** A corrected following text from the broker: the content's layers and rows, or a typed error. */
function followingFromProto(what: string, w: Parameters<typeof kvTensorFromProto>[0], nLayer: number, rowK: number, rowV: number): KvTensor {
  let t: KvTensor;
  try {
    t = kvTensorFromProto(w, cpuBackend);
  } catch (e) {
    throw new BrokerRequestError(`${what}: following text: ${(e as Error).message}`);
  }
  if (t.nLayer !== nLayer || t.rowK !== rowK || t.rowV !== rowV) {
    throw new BrokerRequestError(`${what}: following text ${t.nLayer}x${t.nTokens}x(${t.rowK}+${t.rowV}) does not fit the content's layers and rows ${nLayer}x(${rowK}+${rowV})`);
  }
  return t;
}

function decisionFromProto(d: NonNullable<AnchorCorrectReply["decision"]>): ReuseDecision {
  return {
    reusable: d.reusable === true, reason: (d.reason ?? "") as ReuseReason, entropy: d.entropy ?? 0, threshold: d.threshold ?? 0,
    weights: Float64Array.from(d.weights ?? []), anchorIds: [...(d.anchorIds ?? [])], distances: Float64Array.from(d.distances ?? []),
    selected: [...(d.selected ?? [])], relDistance: (d.relDistance ?? -1) < 0 ? NaN : d.relDistance!, k: d.k ?? 0,
  };
}
