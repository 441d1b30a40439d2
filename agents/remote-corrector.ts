import type { Correction, OffsetCorrector } from "../anchors/anchor-service.js";
import type { ReuseDecision, ReuseReason } from "../anchors/reuse-gate.js";
import { cpuBackend } from "../kernels/cpu-backend.js";
import type { KvTensor } from "../kernels/kv-tensor.js";
import {
  anchorsServiceDefinition, NAMESPACE_METADATA_KEY, TOKEN_METADATA_KEY, type AnchorCorrectReply,
} from "../proto/broker-service.js";
import { anchorPoolStatsFromProto, type AnchorPoolStats } from "../proto/anchor-pool-stats.js";
import { kvTensorFromProto, kvTensorToProto } from "../proto/kv-tensor-wire.js";
import { pb } from "../proto/wire.js";
import { loadTls, type BrokerTlsOptions } from "./broker-client.js";
import { GrpcChannel } from "./grpc-channel.js";
import { BrokerRequestError, BrokerUnavailableError, errorFromStatus } from "./transport-errors.js";

export interface RemoteCorrectorOptions {
  /** Broker gRPC address host:port. */
  readonly grpc: string;
  readonly namespace: string;
  readonly token: string;
  /** Deadline per call (default 5000 ms). */
  readonly timeoutMs?: number;
  /** Deadline for connect() (default 2000 ms). */
  readonly connectTimeoutMs?: number;
  /** gRPC over TLS (see BrokerClientOptions.tls). */
  readonly tls?: BrokerTlsOptions;
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
  private closed = false;

  private constructor(private readonly channel: GrpcChannel, readonly options: RemoteCorrectorOptions) {}

  /** Connects and checks the token with a Stats call. */
  static async connect(o: RemoteCorrectorOptions): Promise<RemoteCorrector> {
    const channel = new GrpcChannel({
      address: o.grpc, metadata: { [NAMESPACE_METADATA_KEY]: o.namespace, [TOKEN_METADATA_KEY]: o.token },
      maxMessageBytes: 256 * 1024 * 1024, tls: o.tls ? await loadTls(o.tls) : undefined,
    });
    const rc = new RemoteCorrector(channel, o);
    try {
      try {
        await channel.connect(Date.now() + (o.connectTimeoutMs ?? 2000));
      } catch (err) {
        throw new BrokerUnavailableError(`broker at ${o.grpc} not reachable: ${(err as Error).message}`, { cause: err });
      }
      await rc.stats();
      return rc;
    } catch (err) {
      rc.dispose();
      throw err;
    }
  }

  async correct(kind: string, consumer: string, content: KvTensor): Promise<Correction> {
    const r = await this.call(A.correct, pb.AnchorCorrectRequest.create({ kind, consumer, content: kvTensorToProto(content, cpuBackend) }));
    const decision = r.decision ? decisionFromProto(r.decision) : undefined;
    if (r.kind === "corrected" && r.corrected) {
      if (!decision) throw new BrokerRequestError("correct: a corrected answer without its decision");
      const kv = kvTensorFromProto(r.corrected.kv, cpuBackend);
      if (kv.nLayer !== content.nLayer || kv.nTokens !== content.nTokens || kv.rowK !== content.rowK || kv.rowV !== content.rowV) {
        throw new BrokerRequestError(`correct: corrected KV ${kv.nLayer}x${kv.nTokens} does not match the content ${content.nLayer}x${content.nTokens}`);
      }
      return { kind: "corrected", kv, uncertainty: Float32Array.from(r.corrected.uncertainty ?? []), anchorIds: [...(r.corrected.anchorIds ?? [])], decision };
    }
    if (r.kind === "prefill" && r.prefill) return { kind: "prefill", reason: r.prefill.reason ?? "", decision };
    throw new BrokerRequestError("correct: the broker's answer was neither corrected KV nor prefill");
  }

  async observe(kind: string, consumer: string, contentId: string, base: KvTensor, real: KvTensor): Promise<{ created: boolean; evicted: number }> {
    const r = await this.call(A.observe, pb.AnchorObserveRequest.create({
      kind, consumer, contentId, base: kvTensorToProto(base, cpuBackend), real: kvTensorToProto(real, cpuBackend),
    }));
    return { created: r.created === true, evicted: r.evicted ?? 0 };
  }

  async stats(): Promise<RemoteAnchorStats> {
    return anchorPoolStatsFromProto(await this.call(A.stats, pb.AnchorStatsRequest.create({})));
  }

  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.channel.close();
  }

  async [Symbol.asyncDispose](): Promise<void> { this.dispose(); }

  private async call<Req, Res>(
    method: { readonly path: string; requestSerialize(m: Req): Buffer; responseDeserialize(b: Buffer): Res }, req: Req,
  ): Promise<Res> {
    if (this.closed) throw new BrokerUnavailableError("remote corrector is disposed");
    try {
      return await this.channel.invoke(method, req, Date.now() + (this.options.timeoutMs ?? 5000));
    } catch (err) {
      throw errorFromStatus(err, `anchors.${method.path.slice(method.path.lastIndexOf("/") + 1)}`);
    }
  }
}

function decisionFromProto(d: NonNullable<AnchorCorrectReply["decision"]>): ReuseDecision {
  return {
    reusable: d.reusable === true, reason: (d.reason ?? "") as ReuseReason, entropy: d.entropy ?? 0, threshold: d.threshold ?? 0,
    weights: Float64Array.from(d.weights ?? []), anchorIds: [...(d.anchorIds ?? [])], distances: Float64Array.from(d.distances ?? []),
    selected: [...(d.selected ?? [])], relDistance: (d.relDistance ?? -1) < 0 ? NaN : d.relDistance!, k: d.k ?? 0,
  };
}
