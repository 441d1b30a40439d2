import * as grpc from "@grpc/grpc-js";
import { cpuBackend } from "../kernels/cpu-backend.js";
import { kvTensorFromProto, kvTensorToProto } from "../proto/kv-tensor-wire.js";
import {
  anchorsServiceDefinition, brokerServiceDefinition, getReplyCodec, NAMESPACE_METADATA_KEY, TOKEN_METADATA_KEY,
  type BatchLookupReply, type BatchLookupRequest, type DeleteReply, type DeleteRequest, type GetReply, type GetRequest,
  type PutReply, type PutRequest, type ReleaseShmReply, type ReleaseShmRequest, type StatsReply, type StatsRequest,
  type AnchorCorrectReply, type AnchorCorrectRequest, type AnchorObserveReply, type AnchorObserveRequest,
  type AnchorStatsReply, type AnchorStatsRequest, type GetAliasReply, type GetAliasRequest, type PutAliasReply, type PutAliasRequest,
} from "../proto/broker-service.js";
import type { AnchorPools } from "./anchor-pools.js";
import { manifestFromProto, type WireManifest } from "../proto/manifest.js";
import { storedManifestProto } from "./manifest-proto-cache.js";
import { pb } from "../proto/wire.js";
import { InvalidRequestError, PayloadMismatchError } from "./errors.js";
import { isInternal, toServiceError } from "./grpc-errors.js";
import type { Logger } from "./logger.js";
import type { SegmentService } from "./segment-service.js";
import type { Tenant } from "./tenant-auth.js";

/** Channel options both ends use: big enough messages for a chunk, bigger windows. */
export function grpcChannelOptions(chunkBytes: number): grpc.ChannelOptions {
  return {
    "grpc.max_receive_message_length": chunkBytes + 64 * 1024 + 16 * 1024 * 1024,
    "grpc.max_send_message_length": chunkBytes + 64 * 1024 + 16 * 1024 * 1024,
    "grpc-node.max_session_memory": 256,
    "grpc-node.flow_control_window": 16 * 1024 * 1024,
  };
}

export interface GrpcTransportOptions {
  readonly service: SegmentService;
  readonly logger: Logger;
  readonly address: string;
  readonly chunkBytes: number;
  /** Serve kvmesh.v1.Anchors from these pools (absent: UNIMPLEMENTED). */
  readonly anchors?: AnchorPools;
}

/**
 * gRPC adapter over the SegmentService. Streams honour backpressure: a Get
 * waits for 'drain' whenever `write()` returns false; a Put copies each chunk
 * straight into one buffer of the announced size.
 */
export class GrpcTransport {
  private readonly server: grpc.Server;
  private boundPort = 0;

  private constructor(private readonly o: GrpcTransportOptions) {
    this.server = new grpc.Server(grpcChannelOptions(o.chunkBytes));
    this.server.addService(brokerServiceDefinition, this.handlers());
    if (o.anchors) this.server.addService(anchorsServiceDefinition, this.anchorHandlers(o.anchors));
  }

  get port(): number { return this.boundPort; }

  get address(): string {
    const host = this.o.address.slice(0, this.o.address.lastIndexOf(":"));
    return `${host}:${this.boundPort}`;
  }

  static async start(o: GrpcTransportOptions): Promise<GrpcTransport> {
    const t = new GrpcTransport(o);
    t.boundPort = await new Promise<number>((resolve, reject) =>
      t.server.bindAsync(o.address, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
    return t;
  }

  private shutdownPromise?: Promise<void>;

  /** Stop accepting calls; resolves when in-flight calls have finished (or forces after timeoutMs). Idempotent. */
  shutdown(timeoutMs: number): Promise<void> {
    return (this.shutdownPromise ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => { this.server.forceShutdown(); resolve(); }, timeoutMs);
      this.server.tryShutdown(() => { clearTimeout(timer); resolve(); });
    }));
  }

  forceShutdown(): void { this.server.forceShutdown(); }

  private tenantOf(md: grpc.Metadata): Tenant {
    const ns = md.get(NAMESPACE_METADATA_KEY)[0];
    const token = md.get(TOKEN_METADATA_KEY)[0];
    return this.o.service.authenticate(
      typeof ns === "string" ? ns : undefined, typeof token === "string" ? token : undefined);
  }

  private fail(method: string, err: unknown): grpc.ServiceError {
    if (isInternal(err)) this.o.logger.error("request failed", { method, err });
    else this.o.logger.debug("request refused", { method, err });
    return toServiceError(err) as grpc.ServiceError;
  }

  private unary<Req, Res>(method: string, fn: (t: Tenant, req: Req) => Promise<Res>) {
    return (call: grpc.ServerUnaryCall<Req, Res>, cb: grpc.sendUnaryData<Res>) => {
      let tenant: Tenant;
      try { tenant = this.tenantOf(call.metadata); } catch (err) { cb(this.fail(method, err)); return; }
      this.o.service.track(method, "grpc", () => fn(tenant, call.request))
        .then((res) => cb(null, res), (err) => cb(this.fail(method, err)));
    };
  }

  /** A unary handler that answers in the same turn (cheap in-memory work: lookups). */
  private unarySync<Req, Res>(method: string, fn: (t: Tenant, req: Req) => Res) {
    return (call: grpc.ServerUnaryCall<Req, Res>, cb: grpc.sendUnaryData<Res>) => {
      let res: Res;
      try {
        const tenant = this.tenantOf(call.metadata);
        res = this.o.service.trackSync(method, "grpc", () => fn(tenant, call.request));
      } catch (err) { cb(this.fail(method, err)); return; }
      cb(null, res);
    };
  }

  private handlers(): grpc.UntypedServiceImplementation {
    const svc = this.o.service;
    return {
      put: (call: grpc.ServerReadableStream<PutRequest, PutReply>, cb: grpc.sendUnaryData<PutReply>) => {
        let tenant: Tenant;
        try { tenant = this.tenantOf(call.metadata); } catch (err) { cb(this.fail("put", err)); return; }
        svc.track("put", "grpc", () => this.receivePut(call, tenant))
          .then((res) => cb(null, res), (err) => cb(this.fail("put", err)));
      },
      get: (call: grpc.ServerWritableStream<GetRequest, GetReply>) => {
        let tenant: Tenant;
        try { tenant = this.tenantOf(call.metadata); } catch (err) { call.destroy(this.fail("get", err)); return; }
        svc.track("get", "grpc", () => this.sendGet(call, tenant))
          .catch((err) => call.destroy(this.fail("get", err)));
      },
      batchLookup: this.unarySync<BatchLookupRequest, BatchLookupReply>("batchLookup", (t, req) =>
        pb.BatchLookupReply.create({
          results: svc.lookup(t, req.keyDigests ?? []).map((r) => pb.LookupResult.create({
            keyDigest: r.keyDigest, hit: r.hit, manifest: r.manifest ? storedManifestProto(r.manifest) : null,
          })),
        })),
      delete: this.unary<DeleteRequest, DeleteReply>("delete", async (t, req) =>
        pb.DeleteReply.create({ deleted: await svc.delete(t, req.keyDigest ?? "") })),
      stats: this.unary<StatsRequest, StatsReply>("stats", async (t) => pb.StatsReply.create(svc.stats(t))),
      releaseShm: this.unary<ReleaseShmRequest, ReleaseShmReply>("releaseShm", async (_t, req) =>
        pb.ReleaseShmReply.create({ released: await svc.releaseShm(req.lease ?? "") })),
      putAlias: this.unarySync<PutAliasRequest, PutAliasReply>("putAlias", (t, req) =>
        pb.PutAliasReply.create({ targets: svc.putAlias(t, req.aliasDigest ?? "", req.keyDigest ?? "") })),
      getAlias: this.unarySync<GetAliasRequest, GetAliasReply>("getAlias", (t, req) =>
        pb.GetAliasReply.create({
          targets: svc.getAlias(t, req.aliasDigest ?? "", req.limit ?? 0).map((r) => pb.LookupResult.create({
            keyDigest: r.keyDigest, hit: r.hit, manifest: r.manifest ? storedManifestProto(r.manifest) : null,
          })),
        })),
    };
  }

  private anchorHandlers(pools: AnchorPools): grpc.UntypedServiceImplementation {
    const codec = cpuBackend;
    return {
      correct: this.unary<AnchorCorrectRequest, AnchorCorrectReply>("anchors.correct", async (t, req) => {
        const c = pools.correct(t, req.kind ?? "", req.consumer ?? "", kvTensorFromProto(req.content, codec));
        const d = c.decision;
        const decision = d ? pb.AnchorReuseDecision.create({
          reusable: d.reusable, reason: d.reason, entropy: d.entropy, threshold: d.threshold, weights: Array.from(d.weights),
          anchorIds: [...d.anchorIds], distances: Array.from(d.distances), selected: [...d.selected],
          relDistance: Number.isFinite(d.relDistance) ? d.relDistance : -1, k: d.k,
        }) : null;
        return c.kind === "corrected"
          ? pb.AnchorCorrectReply.create({
            corrected: { kv: kvTensorToProto(c.kv, codec), uncertainty: Array.from(c.uncertainty), anchorIds: [...c.anchorIds] }, decision,
          })
          : pb.AnchorCorrectReply.create({ prefill: { reason: c.reason }, decision });
      }),
      observe: this.unary<AnchorObserveRequest, AnchorObserveReply>("anchors.observe", async (t, req) => {
        const r = pools.observe(t, req.kind ?? "", req.consumer ?? "", req.contentId ?? "",
          kvTensorFromProto(req.base, codec), kvTensorFromProto(req.real, codec));
        return pb.AnchorObserveReply.create({ created: r.created, evicted: r.evicted });
      }),
      stats: this.unary<AnchorStatsRequest, AnchorStatsReply>("anchors.stats", async (t) => pb.AnchorStatsReply.create(pools.stats(t))),
    };
  }

  private receivePut(call: grpc.ServerReadableStream<PutRequest, PutReply>, tenant: Tenant): Promise<PutReply> {
    const svc = this.o.service;
    return new Promise<PutReply>((resolve, reject) => {
      let manifest: WireManifest | undefined;
      let shmPath = "";
      let buf: Buffer | undefined;
      let off = 0;
      let failed = false;
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        call.removeAllListeners("data");
        call.resume();
        reject(err);
      };
      call.on("data", (msg: PutRequest) => {
        try {
          if (!manifest) {
            if (msg.kind !== "header" || !msg.header?.manifest) throw new InvalidRequestError("first Put message must be a header with a manifest");
            manifest = manifestFromProto(msg.header.manifest);
            svc.checkManifest(manifest);
            shmPath = msg.header.shmPath ?? "";
            if (!shmPath) buf = Buffer.allocUnsafe(manifest.byteLength);
            return;
          }
          if (msg.kind !== "chunk" || !msg.chunk) throw new InvalidRequestError("expected a payload chunk");
          if (!buf) throw new InvalidRequestError("chunks are not allowed after an shm header");
          if (off + msg.chunk.length > buf.length) throw new PayloadMismatchError("payload longer than the manifest says");
          buf.set(msg.chunk, off);
          off += msg.chunk.length;
        } catch (err) {
          fail(err);
        }
      });
      call.on("error", (err) => fail(err));
      call.on("end", () => {
        if (failed) return;
        if (!manifest) { fail(new InvalidRequestError("empty Put stream")); return; }
        const m = manifest;
        const done = shmPath ? svc.putFromFile(tenant, m, shmPath) : svc.put(tenant, m, buf!.subarray(0, off));
        done.then((created) => resolve(pb.PutReply.create({ keyDigest: m.keyDigest, byteLength: m.byteLength, created })), fail);
      });
    });
  }

  private async sendGet(call: grpc.ServerWritableStream<GetRequest, GetReply>, tenant: Tenant): Promise<void> {
    const req = call.request;
    const res = await this.o.service.get(tenant, req.keyDigest ?? "", req.sameHost === true);
    if (!res.hit) {
      call.write(pb.GetReply.create({ header: { hit: false } }));
      call.end();
      return;
    }
    const header = pb.GetHeader.create({ hit: true, manifest: storedManifestProto(res.manifest) });
    if (res.shm) {
      header.shm = pb.ShmRef.create({ path: res.shm.path, byteLength: res.shm.byteLength, lease: res.shm.lease, ttlMs: res.shm.ttlMs });
      call.write(pb.GetReply.create({ header }));
      call.end();
      return;
    }
    let ok = call.write(pb.GetReply.create({ header }));
    const p = res.payload;
    const step = this.o.chunkBytes;
    for (let off = 0; off < p.length; off += step) {
      if (!ok && !(await drained(call))) return;
      if (call.cancelled) return;
      ok = call.write(getReplyCodec.chunk(p.subarray(off, Math.min(p.length, off + step))));
    }
    call.end();
  }
}

/** Resolves true on 'drain', false when the call went away first. */
function drained(call: grpc.ServerWritableStream<GetRequest, GetReply>): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (v: boolean) => () => {
      call.off("drain", onDrain); call.off("cancelled", onGone); call.off("close", onGone); call.off("error", onGone);
      resolve(v);
    };
    const onDrain = done(true);
    const onGone = done(false);
    call.once("drain", onDrain);
    call.once("cancelled", onGone);
    call.once("close", onGone);
    call.once("error", onGone);
  });
}
