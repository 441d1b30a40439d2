import { cpuBackend } from "../kernels/cpu-backend.js";
import { kvTensorF16ToProto, kvTensorFromProto, kvTensorToProto } from "../proto/kv-tensor-wire.js";
import {
  anchorsServiceDefinition as A, brokerServiceDefinition as B, getReplyCodec, NAMESPACE_METADATA_KEY, putRequestCodec,
  TOKEN_METADATA_KEY, type AnchorCorrectStoredReply, type AnchorCorrectStoredRequest, type GetRequest,
} from "../proto/broker-service.js";
import { chunkFieldHead, chunkMessageConsumer } from "../proto/chunk-codec.js";
import { collectMessage } from "../proto/grpc-message-framing.js";
import { GrpcStatus } from "../proto/grpc-status.js";
import { ANCHORS_SERVICE_NAME, BROKER_SERVICE_NAME, healthServiceDefinition as H, PROJECTION_SERVICE_NAME, ServingStatus } from "../proto/health-service.js";
import type { ReuseDecision } from "../anchors/reuse-gate.js";
import { ropeFromProto, type WireRope } from "../proto/rope-wire.js";
import type { AnchorPools } from "./anchor-pools.js";
import { manifestFromProto, type WireManifest } from "../proto/manifest.js";
import { lookupReplyBytes } from "./lookup-reply.js";
import { storedManifestProto } from "./manifest-proto-cache.js";
import { healthPb, pb } from "../proto/wire.js";
import { AuthThrottle } from "./auth-throttle.js";
import { InvalidRequestError, PayloadMismatchError, UnknownServiceError } from "./errors.js";
import { isInternal, toGrpcStatus } from "./grpc-errors.js";
import { HealthStatus } from "./health-status.js";
import { GrpcServer, type GrpcServerTls, type RequestStreamHandler, type ServerCall, type ServerStreamCall } from "./grpc-server.js";
import type { Logger } from "./logger.js";
import { projectionRoutes } from "./projection-grpc.js";
import type { ProjectionService } from "./projection-service.js";
import type { SegmentService } from "./segment-service.js";
import type { Tenant } from "./tenant-auth.js";

const LOOKUP_STREAM_BACKLOG_BYTES = 8 * 1024 * 1024;
const LOG_BURST = 20;
const EMPTY_BYTES = new Uint8Array(0);

/** Parts of one prompt corrected in one CorrectStoredBatch (a prompt has a handful). */
const MAX_BATCH_PARTS = 256;

/** A gate decision as `kvmesh.v1.AnchorReuseDecision` (null when there is none). */
function decisionToProto(d: ReuseDecision | undefined): InstanceType<typeof pb.AnchorReuseDecision> | null {
  return d ? pb.AnchorReuseDecision.create({
    reusable: d.reusable, reason: d.reason, entropy: d.entropy, threshold: d.threshold, weights: Array.from(d.weights),
    anchorIds: [...d.anchorIds], distances: Array.from(d.distances), selected: [...d.selected],
    relDistance: Number.isFinite(d.relDistance) ? d.relDistance : -1, k: d.k,
  }) : null;
}

/** A request's RoPE config; a bad one is the caller's error (INVALID_ARGUMENT). */
function ropeOf(w: Parameters<typeof ropeFromProto>[0]): WireRope {
  try {
    return ropeFromProto(w);
  } catch (e) {
    throw new InvalidRequestError((e as Error).message);
  }
}

/** A method of proto/'s service definitions: its path and its (de)serializers. */
interface MethodDef<Req, Res> {
  readonly path: string;
  requestDeserialize(b: Buffer): Req;
  responseSerialize(m: Res): Buffer;
}

export interface GrpcTransportOptions {
  readonly service: SegmentService;
  readonly logger: Logger;
  readonly address: string;
  readonly chunkBytes: number;
  /** Serve kvmesh.v1.Anchors from these pools (absent: UNIMPLEMENTED). */
  readonly anchors?: AnchorPools;
  /** Serve kvmesh.v1.Projection (C2C projectors) from this service (absent: UNIMPLEMENTED). */
  readonly projection?: ProjectionService;
  /** TLS (and mTLS) material; absent: cleartext. */
  readonly tls?: GrpcServerTls;
  /** Largest request message (default: chunkBytes + 16 MiB + 64 KiB). */
  readonly maxMessageBytes?: number;
  /** Rejected tokens per peer and minute before the peer is paused (default 20). */
  readonly authFailureLimit?: number;
}

/** A request's bytes -> its message; undecodable bytes are the client's error (INVALID_ARGUMENT), not ours. */
function decode<T>(what: string, bytes: Buffer, fn: (b: Buffer) => T): T {
  try {
    return fn(bytes);
  } catch (err) {
    throw new InvalidRequestError(`${what}: undecodable request: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * gRPC adapter over the SegmentService (kvmesh.v1.Broker and, with pools,
 * kvmesh.v1.Anchors) on GrpcServer. Streams honour backpressure: a Get writes
 * views of the stored payload and waits for 'drain' when the stream is full;
 * a Put copies each chunk once, straight into one buffer of the announced size.
 */
export class GrpcTransport {
  private readonly server: GrpcServer;
  private readonly throttle: AuthThrottle;
  /** What grpc.health.v1 answers: SERVING until the drain starts. */
  readonly health: HealthStatus;
  private boundPort = 0;
  /** Error log lines: at most LOG_BURST per 10 s, then one line with the count left out. */
  private logWindow = { start: 0, lines: 0, dropped: 0 };

  private constructor(private readonly o: GrpcTransportOptions) {
    this.server = new GrpcServer({ maxMessageBytes: o.maxMessageBytes ?? o.chunkBytes + 64 * 1024 + 16 * 1024 * 1024, statusOf: toGrpcStatus, tls: o.tls });
    this.throttle = new AuthThrottle(o.authFailureLimit ?? 20);
    this.health = new HealthStatus([BROKER_SERVICE_NAME, ...(o.anchors ? [ANCHORS_SERVICE_NAME] : []), ...(o.projection ? [PROJECTION_SERVICE_NAME] : [])]);
    this.routes();
    this.healthRoutes();
  }

  get port(): number { return this.boundPort; }

  /** Open client connections (HTTP/2 sessions). */
  get connections(): number { return this.server.connections; }

  get address(): string {
    const host = this.o.address.slice(0, this.o.address.lastIndexOf(":"));
    return `${host}:${this.boundPort}`;
  }

  static async start(o: GrpcTransportOptions): Promise<GrpcTransport> {
    const t = new GrpcTransport(o);
    const at = o.address.lastIndexOf(":");
    const host = o.address.slice(0, at).replace(/^\[(.*)\]$/, "$1");
    t.boundPort = await t.server.listen(host, Number(o.address.slice(at + 1)));
    return t;
  }

  private shutdownPromise?: Promise<void>;

  /** Stop accepting calls; resolves when in-flight calls have finished (or forces after timeoutMs). Idempotent. */
  shutdown(timeoutMs: number): Promise<void> {
    // Probes and watchers hear NOT_SERVING first; then the drain ends the watches.
    this.health.drain();
    return (this.shutdownPromise ??= this.server.shutdown(timeoutMs));
  }

  forceShutdown(): void { this.server.forceShutdown(); }

  private tenantOf(call: ServerCall): Tenant {
    const ns = call.metadata(NAMESPACE_METADATA_KEY);
    const peer = `${call.peer}|${ns ?? ""}`;
    this.throttle.check(peer);
    try {
      const t = this.o.service.authenticate(ns, call.metadata(TOKEN_METADATA_KEY));
      this.throttle.succeeded(peer);
      return t;
    } catch (err) {
      this.throttle.failed(peer);
      throw err;
    }
  }

  /** Logs a failure (errors at error level, rate-limited; refusals at debug) and passes it on to become a status. */
  private failed(method: string, err: unknown): never {
    if (isInternal(err)) this.logError("request failed", { method, err });
    else this.o.logger.debug("request refused", { method, err });
    throw err;
  }

  private logError(msg: string, fields: Record<string, unknown>): void {
    const w = this.logWindow;
    const now = Date.now();
    if (now - w.start > 10_000) {
      if (w.dropped > 0) this.o.logger.error("error lines left out", { count: w.dropped, seconds: 10 });
      this.logWindow = { start: now, lines: 0, dropped: 0 };
    }
    if (this.logWindow.lines++ < LOG_BURST) this.o.logger.error(msg, fields);
    else this.logWindow.dropped++;
  }

  private unary<Req, Res>(def: MethodDef<Req, Res>, method: string, fn: (t: Tenant, req: Req) => Promise<Res>): void {
    this.server.unary(def.path, async (bytes, call) => {
      try {
        const tenant = this.tenantOf(call);
        const req = decode(method, bytes, (b) => def.requestDeserialize(b));
        return def.responseSerialize(await this.o.service.track(method, "grpc", () => fn(tenant, req)));
      } catch (err) { return this.failed(method, err); }
    });
  }

  /**
   * A unary handler that answers in the same turn (cheap in-memory work: lookups).
   * `encode`: how the answer becomes bytes (default the method's serializer; lookups come encoded already).
   */
  private unarySync<Req, Res, Out = Res>(
    def: MethodDef<Req, Res>, method: string, fn: (t: Tenant, req: Req) => Out,
    encode: (out: Out) => Uint8Array = (out) => def.responseSerialize(out as unknown as Res),
  ): void {
    this.server.unary(def.path, (bytes, call) => {
      try {
        const tenant = this.tenantOf(call);
        const req = decode(method, bytes, (b) => def.requestDeserialize(b));
        return encode(this.o.service.trackSync(method, "grpc", () => fn(tenant, req)));
      } catch (err) { return this.failed(method, err); }
    });
  }

  private routes(): void {
    const svc = this.o.service;
    this.server.clientStream(B.put.path, (call) => {
      let tenant: Tenant;
      try { tenant = this.tenantOf(call); } catch (err) { return this.failed("put", err); }
      return this.receivePut(tenant, call);
    });
    this.server.serverStream(B.get.path, async (bytes, call) => {
      try {
        const tenant = this.tenantOf(call);
        const req = decode("get", bytes, (b) => B.get.requestDeserialize(b));
        await svc.track("get", "grpc", () => this.sendGet(call, req, tenant));
      } catch (err) { this.failed("get", err); }
    });
    this.unarySync(B.batchLookup, "batchLookup", (t, req) => lookupReplyBytes(svc.lookup(t, req.keyDigests ?? [])), (bytes) => bytes);
    this.server.bidiStream(B.lookupStream.path, (call) => {
      let tenant: Tenant;
      try { tenant = this.tenantOf(call); } catch (err) { return this.failed("lookupStream", err); }
      return {
        open: (length) => collectMessage(length, (bytes) => {
          const req = decode("lookupStream", bytes, (b) => B.lookupStream.requestDeserialize(b));
          call.write(svc.trackSync("lookupStream", "grpc", () => lookupReplyBytes(svc.lookup(tenant, req.keyDigests ?? []))));
          // A client that sends lookups but does not read the replies is cut off, not buffered without end.
          if (call.pendingBytes > LOOKUP_STREAM_BACKLOG_BYTES) call.finish(GrpcStatus.RESOURCE_EXHAUSTED, "lookup replies are not being read");
        }),
        finish: () => {},
      };
    });
    this.unary(B.delete, "delete", async (t, req) => pb.DeleteReply.create({ deleted: await svc.delete(t, req.keyDigest ?? "") }));
    this.unary(B.stats, "stats", async (t) => pb.StatsReply.create(svc.stats(t)));
    this.unary(B.releaseShm, "releaseShm", async (_t, req) => pb.ReleaseShmReply.create({ released: await svc.releaseShm(req.lease ?? "") }));
    this.unarySync(B.putAlias, "putAlias", (t, req) =>
      pb.PutAliasReply.create({ targets: svc.putAlias(t, req.aliasDigest ?? "", req.keyDigest ?? "") }));
    this.unarySync(B.getAlias, "getAlias", (t, req) =>
      pb.GetAliasReply.create({
        targets: svc.getAlias(t, req.aliasDigest ?? "", req.limit ?? 0).map((r) => pb.LookupResult.create({
          keyDigest: r.keyDigest, hit: r.hit, manifest: r.manifest ? storedManifestProto(r.manifest) : null,
        })),
      }));
    if (this.o.anchors) this.anchorRoutes(this.o.anchors);
    if (this.o.projection) projectionRoutes(this.o.projection, (def, method, fn) => this.unary(def, method, fn));
  }

  /**
   * grpc.health.v1.Health, without a token (a probe has none; the answer says
   * only whether the broker serves). On drain, watchers hear NOT_SERVING before
   * their calls end; new calls, checks included, are refused as the port closes.
   */
  private healthRoutes(): void {
    const request = (bytes: Buffer) => decode("health", bytes, (b) => H.check.requestDeserialize(b));
    this.server.unary(H.check.path, (bytes) => {
      const service = request(bytes).service ?? "";
      const status = this.health.check(service);
      if (status === undefined) throw new UnknownServiceError(`unknown service "${service}"`);
      return H.check.responseSerialize(healthPb.HealthCheckResponse.create({ status }));
    });
    this.server.serverStream(H.watch.path, (bytes, call) => {
      const service = request(bytes).service ?? "";
      let last: ServingStatus | undefined;
      return new Promise<void>((resolve) => {
        const stop = this.health.watch(service, (status) => {
          if (status === last) return;
          last = status;
          call.write(H.watch.responseSerialize(healthPb.HealthCheckResponse.create({ status })));
        });
        call.onClose(() => { stop(); resolve(); });
      });
    }, { longLived: true });
  }

  private anchorRoutes(pools: AnchorPools): void {
    const codec = cpuBackend;
    this.unary(A.correct, "anchors.correct", async (t, req) => {
      const c = pools.correct(t, req.kind ?? "", req.consumer ?? "", kvTensorFromProto(req.content, codec), req.following === true);
      const decision = decisionToProto(c.decision);
      return c.kind === "corrected"
        ? pb.AnchorCorrectReply.create({
          corrected: {
            kv: kvTensorToProto(c.kv, codec), uncertainty: Array.from(c.uncertainty), anchorIds: [...c.anchorIds],
            ...(req.following === true && c.following ? { following: kvTensorToProto(c.following, codec) } : {}),
          }, decision,
        })
        : pb.AnchorCorrectReply.create({ prefill: { reason: c.reason }, decision });
    });
    const correctStored = async (t: Tenant, req: AnchorCorrectStoredRequest) => {
      const c = await pools.correctStored(t, req.kind ?? "", req.consumer ?? "", req.keyDigest ?? "", req.startPos ?? 0, ropeOf(req.rope), req.moveUncovered === true, req.following === true, req.frame0 === true);
      const decision = decisionToProto(c.correction.decision);
      return c.kind === "corrected"
        ? pb.AnchorCorrectStoredReply.create({
          corrected: { kv: "data" in c.placed ? kvTensorF16ToProto(c.placed) : kvTensorToProto(c.placed, codec), uncertainty: Array.from(c.correction.uncertainty), anchorIds: [...c.correction.anchorIds] },
          decision, ahead: c.ahead, covered: c.covered, ...(c.following ? { following: kvTensorToProto(c.following, codec) } : {}),
        })
        : pb.AnchorCorrectStoredReply.create({ prefill: { reason: c.correction.reason }, decision, ahead: c.ahead });
    };
    this.unary(A.correctStored, "anchors.correctStored", correctStored);
    this.unary(A.correctStoredBatch, "anchors.correctStoredBatch", async (t, req) => {
      const parts = req.parts ?? [];
      if (parts.length > MAX_BATCH_PARTS) throw new InvalidRequestError(`a batch of ${parts.length} corrections (at most ${MAX_BATCH_PARTS})`);
      const out: AnchorCorrectStoredReply[] = [];
      for (const p of parts) out.push(await correctStored(t, pb.AnchorCorrectStoredRequest.create(p)));
      if (req.sameHost === true) {
        // Same host: the KV bytes in one shm file, not through the socket (no TLS, no framing, one read).
        const datas: Uint8Array[] = [];
        for (const r of out) {
          if (r.corrected?.kv?.data) datas.push(r.corrected.kv.data);
          if (r.corrected && r.following?.data) datas.push(r.following.data);
        }
        const lease = datas.length > 0 ? this.o.service.exportReply(Buffer.concat(datas)) : undefined;
        if (lease) {
          for (const r of out) {
            if (r.corrected?.kv) r.corrected.kv.data = EMPTY_BYTES;
            if (r.corrected && r.following) r.following.data = EMPTY_BYTES;
          }
          return pb.AnchorCorrectStoredBatchReply.create({ parts: out, shm: { path: lease.path, byteLength: lease.byteLength, lease: lease.lease, ttlMs: lease.ttlMs } });
        }
      }
      return pb.AnchorCorrectStoredBatchReply.create({ parts: out });
    });
    this.unary(A.correctAhead, "anchors.correctAhead", async (t, req) =>
      pb.AnchorCorrectAheadReply.create({ queued: await pools.correctAhead(t, req.kind ?? "", req.keyDigest ?? "", ropeOf(req.rope)) }));
    this.unary(A.observe, "anchors.observe", async (t, req) => {
      const r = pools.observe(t, req.kind ?? "", req.consumer ?? "", req.contentId ?? "",
        kvTensorFromProto(req.base, codec), kvTensorFromProto(req.real, codec), req.following ? kvTensorFromProto(req.following, codec) : undefined);
      return pb.AnchorObserveReply.create({ created: r.created, evicted: r.evicted });
    });
    this.unary(A.observeStored, "anchors.observeStored", async (t, req) => {
      const r = await pools.observeStored(t, req.kind ?? "", req.consumer ?? "", req.contentId ?? "", req.baseKeyDigest ?? "",
        ropeOf(req.rope), kvTensorFromProto(req.real, codec), req.following ? kvTensorFromProto(req.following, codec) : undefined);
      return pb.AnchorObserveReply.create({ created: r.created, evicted: r.evicted });
    });
    this.unary(A.stats, "anchors.stats", async (t) => pb.AnchorStatsReply.create(pools.stats(t)));
  }

  /** The request side of a Put: a header, then chunks copied straight into the segment buffer. */
  private receivePut(tenant: Tenant, call: ServerCall): RequestStreamHandler {
    const svc = this.o.service;
    let manifest: WireManifest | undefined;
    let shmPath = "";
    let buf: Buffer | undefined;
    let off = 0;
    const take = (bytes: Uint8Array) => {
      if (off + bytes.length > buf!.length) throw new PayloadMismatchError("payload longer than the manifest says");
      buf!.set(bytes, off);
      off += bytes.length;
    };
    let done: Promise<Uint8Array> | undefined;
    const finish = (): Promise<Uint8Array> => {
      if (!manifest) throw new InvalidRequestError("empty Put stream");
      const m = manifest;
      const stored = shmPath ? svc.putFromFile(tenant, m, shmPath) : svc.put(tenant, m, buf!.subarray(0, off));
      return stored.then((created) => B.put.responseSerialize(pb.PutReply.create({ keyDigest: m.keyDigest, byteLength: m.byteLength, created })));
    };
    return {
      open: (length, index) => {
        if (index === 0) {
          return collectMessage(length, (bytes) => {
            const msg = decode("put", bytes, (b) => putRequestCodec.deserialize(b));
            if (msg.kind !== "header" || !msg.header?.manifest) throw new InvalidRequestError("first Put message must be a header with a manifest");
            manifest = manifestFromProto(msg.header.manifest);
            svc.checkManifest(manifest);
            shmPath = msg.header.shmPath ?? "";
            if (!shmPath) {
              // Counted before it is allocated: the bytes of puts being received stay within the budget.
              call.onClose(svc.admitPut(manifest.byteLength));
              buf = Buffer.allocUnsafe(manifest.byteLength);
            }
          });
        }
        if (!buf) throw new InvalidRequestError("chunks are not allowed after an shm header");
        return chunkMessageConsumer(length, take, (bytes) => {
          const msg = decode("put", bytes, (b) => putRequestCodec.deserialize(b));
          if (msg.kind !== "chunk" || !msg.chunk) throw new InvalidRequestError("expected a payload chunk");
          return msg.chunk;
        });
      },
      finish: () => {
        done ??= svc.track("put", "grpc", finish).catch((err: unknown) => this.failed("put", err));
        return done;
      },
    };
  }

  private async sendGet(call: ServerStreamCall, req: GetRequest, tenant: Tenant): Promise<void> {
    const res = await this.o.service.get(tenant, req.keyDigest ?? "", req.sameHost === true);
    if (!res.hit) {
      call.write(getReplyCodec.serialize(pb.GetReply.create({ header: { hit: false } })));
      return;
    }
    const header = pb.GetHeader.create({ hit: true, manifest: storedManifestProto(res.manifest) });
    if (res.shm) {
      header.shm = pb.ShmRef.create({ path: res.shm.path, byteLength: res.shm.byteLength, lease: res.shm.lease, ttlMs: res.shm.ttlMs });
      call.write(getReplyCodec.serialize(pb.GetReply.create({ header })));
      return;
    }
    let ok = call.write(getReplyCodec.serialize(pb.GetReply.create({ header })));
    const p = res.payload;
    const step = this.o.chunkBytes;
    for (let off = 0; off < p.length; off += step) {
      if (!ok && !(await call.drained())) return;
      if (call.cancelled) return;
      const chunk = p.subarray(off, Math.min(p.length, off + step));
      // A chunk message is its head and a view of the stored payload: nothing copied here.
      ok = call.write(chunkFieldHead(chunk.length), chunk);
    }
  }
}
