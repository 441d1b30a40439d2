import { projectionServiceDefinition as P, type FuseReply } from "../../proto/broker-service.js";
import { kvTensorWireBytes, splitKvTensorF16 } from "../../proto/kv-tensor-wire.js";
import { fuseRefusalReasonFromProto, projectorInfoFromProto, type FuseRefusalReason, type ProjectorInfo } from "../../proto/projector-info.js";
import { pb } from "../../proto/wire.js";
import { SegmentMismatchError } from "../../segments/errors.js";
import type { KvSegment } from "../../segments/kv-segment.js";
import { segmentPayload } from "../../segments/segment-wire.js";
import { ServiceChannel, type ServiceChannelOptions } from "../transport/service-channel.js";
import { BrokerRequestError } from "../transport/transport-errors.js";

export type { FuseRefusalReason, ProjectorInfo };

export interface RemoteProjectorOptions extends ServiceChannelOptions {
  /** Deadline per call (default 10000 ms: the broker runs the fuser on its CPU). */
  readonly timeoutMs?: number;
}

/** The broker's answer to a fuse: the receiver's segment with fused KV, or why not (a value: the receiver prefills). */
export type RemoteFuseAnswer =
  | { readonly kind: "fused"; readonly segment: KvSegment; readonly projector: ProjectorInfo }
  | { readonly kind: "refused"; readonly reason: FuseRefusalReason | "unknown"; readonly detail: string; readonly sharer: string; readonly receiver: string };

/**
 * Client of the broker's Cache-to-Cache projectors (kvmesh.v1.Projection): which model pairs it can
 * fuse, and fusing a sharer's KV (a stored segment, by key, or uploaded) into a receiver's. KV travels
 * as f16 (llama.cpp's cache type; the receiver's bytes are the segment's own). Calls fail with the
 * SDK's typed errors (BrokerUnavailableError, BrokerTimeoutError, BrokerAuthError, BrokerRequestError);
 * a refusal (no projector for the pair, a missing segment...) is a value.
 */
export class RemoteProjector implements AsyncDisposable {
  private listed: Promise<ProjectorInfo[]> | undefined;

  private constructor(private readonly service: ServiceChannel, readonly options: RemoteProjectorOptions) {}

  /** Connects and checks the token with a ListProjectors call (whose answer is kept). */
  static async connect(o: RemoteProjectorOptions): Promise<RemoteProjector> {
    const rp = new RemoteProjector(await ServiceChannel.connect(o, "projection", o.timeoutMs ?? 10_000), o);
    try {
      await rp.list(true);
      return rp;
    } catch (err) {
      rp.dispose();
      throw err;
    }
  }

  /** The projectors the broker holds (asked once; `refresh` asks again). */
  list(refresh = false): Promise<ProjectorInfo[]> {
    if (refresh || !this.listed) {
      const p = this.call(P.listProjectors, pb.ListProjectorsRequest.create({})).then((r) => (r.projectors ?? []).map(projectorInfoFromProto));
      // A failed list is not kept: the next call asks again.
      this.listed = p.catch((err: unknown) => { this.listed = undefined; throw err; });
    }
    return this.listed;
  }

  /** The projector for exactly sharer -> receiver, or undefined (a miss). */
  async find(sharerModel: string, receiverModel: string): Promise<ProjectorInfo | undefined> {
    return (await this.list()).find((p) => p.sharerModelFingerprint === sharerModel && p.receiverModelFingerprint === receiverModel);
  }

  /**
   * Fuses the stored segment `sharerKey` (this namespace) into `receiver`, the receiver's own f16 KV of
   * the same tokens at the same positions (the broker checks both against the segment's).
   */
  async fuseStored(sharerKey: string, receiver: KvSegment): Promise<RemoteFuseAnswer> {
    const r = await this.call(P.fuse, pb.FuseRequest.create({
      receiverModelFingerprint: receiver.modelFingerprint, sharerKeyDigest: sharerKey, receiver: f16Tensor(receiver),
      tokens: Array.from(receiver.tokens), positions: Array.from(receiver.positions),
    }));
    return answerOf(r, receiver);
  }

  /** Fuses `sharer` (uploaded; the same tokens at the same positions as `receiver`) into `receiver`. */
  async fuseUploaded(sharer: KvSegment, receiver: KvSegment): Promise<RemoteFuseAnswer> {
    if (sharer.tokens.length !== receiver.tokens.length || sharer.tokens.some((t, i) => t !== receiver.tokens[i])) {
      throw new SegmentMismatchError("tokens", "C2C fuses two models' KV of the same tokens; the sharer's and the receiver's differ");
    }
    const r = await this.call(P.fuse, pb.FuseRequest.create({
      receiverModelFingerprint: receiver.modelFingerprint, sharerKv: { modelFingerprint: sharer.modelFingerprint, kv: f16Tensor(sharer) },
      receiver: f16Tensor(receiver),
    }));
    return answerOf(r, receiver);
  }

  dispose(): void {
    this.service.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> { this.dispose(); }

  private call<Req, Res>(method: { readonly path: string; requestSerialize(m: Req): Buffer; responseDeserialize(b: Buffer): Res }, req: Req): Promise<Res> {
    return this.service.call(method, req);
  }
}

/** A segment's f16 KV as a KvTensorF16 (its payload layout already: layer-major K[l] V[l], [token][row]). */
function f16Tensor(seg: KvSegment): InstanceType<typeof pb.KvTensorF16> {
  if (seg.kType !== "f16" || seg.vType !== "f16") throw new SegmentMismatchError("kv types", `C2C fusion takes f16 KV, got ${seg.kType}/${seg.vType}`);
  const n = seg.tokens.length;
  const data = segmentPayload(seg);
  const want = kvTensorWireBytes(seg.nLayer, n, seg.rowK, seg.rowV);
  if (data.byteLength !== want) throw new SegmentMismatchError("kv bytes", `segment holds ${data.byteLength} KV bytes, its shape needs ${want}`);
  return pb.KvTensorF16.create({ nLayer: seg.nLayer, nTokens: n, rowK: seg.rowK, rowV: seg.rowV, data });
}

/** Checks and decodes a FuseReply for `receiver` (typed errors for a broker that answers nonsense). */
function answerOf(r: FuseReply, receiver: KvSegment): RemoteFuseAnswer {
  if (r.kind === "refused" && r.refused) {
    const q = r.refused;
    return {
      kind: "refused", reason: fuseRefusalReasonFromProto(q.reason) ?? "unknown", detail: q.detail ?? "",
      sharer: q.sharerModelFingerprint ?? "", receiver: q.receiverModelFingerprint ?? "",
    };
  }
  if (r.kind !== "fused" || !r.fused) throw new BrokerRequestError("projection.Fuse: the broker's answer was neither fused KV nor a refusal");
  const w = r.fused;
  const n = receiver.tokens.length;
  if (w.nLayer !== receiver.nLayer || w.nTokens !== n || w.rowK !== receiver.rowK || w.rowV !== receiver.rowV) {
    throw new BrokerRequestError(`projection.Fuse: fused KV ${w.nLayer}x${w.nTokens}x(${w.rowK}+${w.rowV}) is not the receiver's shape ${receiver.nLayer}x${n}x(${receiver.rowK}+${receiver.rowV})`);
  }
  const data = w.data ?? new Uint8Array(0);
  if (data.byteLength !== kvTensorWireBytes(receiver.nLayer, n, receiver.rowK, receiver.rowV)) throw new BrokerRequestError(`projection.Fuse: ${data.byteLength} KV bytes for ${n} tokens`);
  const { k, v } = splitKvTensorF16(data, receiver.nLayer, n, receiver.rowK, receiver.rowV);
  return { kind: "fused", segment: { ...receiver, k, v }, projector: projectorInfoFromProto(r.projector) };
}
