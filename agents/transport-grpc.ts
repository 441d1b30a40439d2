import { createHash, randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import {
  brokerServiceDefinition, NAMESPACE_METADATA_KEY, putRequestCodec, TOKEN_METADATA_KEY,
  type BatchLookupReply, type DeleteReply, type GetAliasReply, type GetReply, type PutAliasReply, type PutReply,
  type ReleaseShmReply, type StatsReply,
} from "../proto/broker-service.js";
import { manifestFromProto, manifestToProto, type WireManifest } from "../proto/manifest.js";
import { namespaceStatsFromProto, type NamespaceStats } from "../proto/namespace-stats.js";
import { pb } from "../proto/wire.js";
import {
  BrokerAuthError, BrokerError, BrokerRequestError, BrokerTimeoutError, BrokerUnavailableError, SegmentIntegrityError,
} from "./transport-errors.js";

export interface GrpcTransportClientOptions {
  /** host:port of the broker. */
  readonly address: string;
  readonly namespace: string;
  readonly token: string;
  readonly chunkBytes?: number;
}

export interface FetchedSegment {
  readonly manifest: WireManifest;
  readonly payload: Uint8Array;
}

export interface LookupResult {
  readonly keyDigest: string;
  readonly hit: boolean;
  /** Present on a hit. */
  readonly manifest?: WireManifest;
}

/** The caller namespace's counters (the shape is shared with the broker through proto/). */
export type BrokerStats = NamespaceStats;

const BrokerClientCtor = grpc.makeGenericClientConstructor(brokerServiceDefinition, "Broker");

/** gRPC status -> the SDK's typed errors (the one place this happens). */
export function errorFromStatus(err: unknown, what: string): BrokerError {
  if (err instanceof BrokerError) return err;
  const e = err as Partial<grpc.ServiceError>;
  const msg = `${what}: ${e?.details || e?.message || String(err)}`;
  switch (e?.code) {
    case grpc.status.DEADLINE_EXCEEDED: return new BrokerTimeoutError(msg, { cause: err });
    case grpc.status.PERMISSION_DENIED:
    case grpc.status.UNAUTHENTICATED: return new BrokerAuthError(msg, { cause: err });
    case grpc.status.DATA_LOSS: return new SegmentIntegrityError(msg, { cause: err });
    case grpc.status.INVALID_ARGUMENT:
    case grpc.status.INTERNAL:
    case grpc.status.UNIMPLEMENTED:
    case grpc.status.RESOURCE_EXHAUSTED: return new BrokerRequestError(msg, { cause: err });
    default: return new BrokerUnavailableError(msg, { cause: err });
  }
}

/** Channel options matching the broker's: large messages, 16 MiB flow-control window. */
export function clientChannelOptions(chunkBytes: number): grpc.ChannelOptions {
  return {
    "grpc.max_receive_message_length": chunkBytes + 64 * 1024 + 16 * 1024 * 1024,
    "grpc.max_send_message_length": chunkBytes + 64 * 1024 + 16 * 1024 * 1024,
    "grpc-node.flow_control_window": 16 * 1024 * 1024,
    "grpc.enable_retries": 0,
  };
}

/**
 * The SDK's gRPC side: Put/Get streams with backpressure, unary calls, and
 * the same-host shm path. Every call takes an absolute deadline (ms epoch).
 */
export class GrpcBrokerTransport {
  private readonly client: grpc.Client & Record<string, (...args: unknown[]) => unknown>;
  private readonly md: grpc.Metadata;
  readonly chunkBytes: number;

  constructor(readonly o: GrpcTransportClientOptions) {
    this.chunkBytes = o.chunkBytes ?? 1024 * 1024;
    this.client = new BrokerClientCtor(o.address, grpc.credentials.createInsecure(), clientChannelOptions(this.chunkBytes)) as never;
    this.md = new grpc.Metadata();
    this.md.set(NAMESPACE_METADATA_KEY, o.namespace);
    this.md.set(TOKEN_METADATA_KEY, o.token);
  }

  async waitForReady(deadline: number): Promise<void> {
    await new Promise<void>((resolve, reject) => this.client.waitForReady(deadline, (err) =>
      err ? reject(new BrokerUnavailableError(`broker at ${this.o.address} not reachable: ${err.message}`, { cause: err })) : resolve()));
  }

  private unary<Res>(method: string, req: unknown, deadline: number): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      (this.client[method] as (r: unknown, md: grpc.Metadata, o: grpc.CallOptions, cb: (e: unknown, r: Res) => void) => void)
        .call(this.client, req, this.md, { deadline }, (err, res) => (err ? reject(errorFromStatus(err, method)) : resolve(res)));
    });
  }

  async put(manifest: WireManifest, payload: Uint8Array, deadline: number, shmDir?: string): Promise<PutReply> {
    if (payload.byteLength !== manifest.byteLength) {
      throw new SegmentIntegrityError(`payload has ${payload.byteLength} bytes, manifest says ${manifest.byteLength}`);
    }
    let shmFile: string | undefined;
    if (shmDir) {
      shmFile = path.join(shmDir, "in", `${manifest.keyDigest}.${randomBytes(6).toString("hex")}`);
      await fsp.writeFile(shmFile, payload, { mode: 0o600 });
    }
    try {
      return await new Promise<PutReply>((resolve, reject) => {
        let settled = false;
        const call = (this.client.put as (md: grpc.Metadata, o: grpc.CallOptions, cb: (e: unknown, r: PutReply) => void) => grpc.ClientWritableStream<unknown>)
          .call(this.client, this.md, { deadline }, (err, res) => {
            settled = true;
            if (err) reject(errorFromStatus(err, "put")); else resolve(res);
          });
        call.on("error", () => { /* reported through the callback */ });
        const header = pb.PutRequest.create({ header: { manifest: manifestToProto(manifest), shmPath: shmFile ?? "" } });
        void (async () => {
          let ok = call.write(header);
          if (!shmFile) {
            const buf = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
            for (let off = 0; off < buf.length && !settled; off += this.chunkBytes) {
              if (!ok) await new Promise<void>((r) => { call.once("drain", r); call.once("close", r); call.once("error", r); });
              if (settled) return;
              ok = call.write(putRequestCodec.chunk(buf.subarray(off, Math.min(buf.length, off + this.chunkBytes))));
            }
          }
          if (!settled) call.end();
        })();
      });
    } finally {
      if (shmFile) await fsp.rm(shmFile, { force: true });
    }
  }

  async get(keyDigest: string, deadline: number, opts: { sameHost: boolean; verify: boolean }): Promise<FetchedSegment | undefined> {
    const res = await new Promise<{ manifest: WireManifest; payload?: Buffer; sum?: string; shm?: { path: string; lease: string } } | undefined>((resolve, reject) => {
      const call = (this.client.get as (r: unknown, md: grpc.Metadata, o: grpc.CallOptions) => grpc.ClientReadableStream<GetReply>)
        .call(this.client, pb.GetRequest.create({ keyDigest, sameHost: opts.sameHost }), this.md, { deadline });
      let manifest: WireManifest | undefined;
      let shm: { path: string; lease: string } | undefined;
      let miss = false;
      let buf: Buffer | undefined;
      // Hashed chunk by chunk as it arrives (while the bytes are in cache), not in one pass at the end.
      const hash = opts.verify ? createHash("sha256") : undefined;
      let off = 0;
      let failed = false;
      const fail = (err: BrokerError) => { if (!failed) { failed = true; call.cancel(); reject(err); } };
      call.on("data", (msg: GetReply) => {
        if (failed) return;
        if (!manifest && !miss) {
          if (msg.kind !== "header" || !msg.header) { fail(new BrokerRequestError("get: stream did not start with a header")); return; }
          if (!msg.header.hit) { miss = true; return; }
          manifest = manifestFromProto(msg.header.manifest);
          if (msg.header.shm?.path) shm = { path: msg.header.shm.path, lease: msg.header.shm.lease ?? "" };
          else buf = Buffer.allocUnsafe(manifest.byteLength);
          return;
        }
        if (msg.kind !== "chunk" || !msg.chunk || !buf) { fail(new BrokerRequestError("get: unexpected message")); return; }
        if (off + msg.chunk.length > buf.length) { fail(new SegmentIntegrityError("get: payload longer than its manifest")); return; }
        // The one copy: from grpc-js's message buffer into the payload, sized from the manifest.
        buf.set(msg.chunk, off);
        hash?.update(msg.chunk);
        off += msg.chunk.length;
      });
      call.on("error", (err) => fail(errorFromStatus(err, "get")));
      call.on("end", () => {
        if (failed) return;
        if (miss) { resolve(undefined); return; }
        if (!manifest) { fail(new BrokerRequestError("get: empty stream")); return; }
        resolve({ manifest, payload: buf?.subarray(0, off), sum: buf ? hash?.digest("hex") : undefined, shm });
      });
    });
    if (!res) return undefined;
    let payload = res.payload;
    let sum = res.sum;
    if (res.shm) {
      try {
        payload = await fsp.readFile(res.shm.path);
      } catch (err) {
        throw new BrokerUnavailableError(`get: cannot read shm file ${res.shm.path}`, { cause: err });
      } finally {
        this.unary<ReleaseShmReply>("releaseShm", pb.ReleaseShmRequest.create({ lease: res.shm.lease }), Date.now() + 5000)
          .catch(() => { /* the broker expires leases by TTL */ });
      }
      if (opts.verify) sum = createHash("sha256").update(payload).digest("hex");
    }
    if (!payload || payload.byteLength !== res.manifest.byteLength) {
      throw new SegmentIntegrityError(`get: payload has ${payload?.byteLength ?? 0} bytes, manifest says ${res.manifest.byteLength}`);
    }
    if (opts.verify && sum !== res.manifest.checksum) {
      throw new SegmentIntegrityError(`get: payload SHA-256 does not match the manifest of ${keyDigest}`);
    }
    return { manifest: res.manifest, payload };
  }

  async lookup(keyDigests: readonly string[], deadline: number): Promise<LookupResult[]> {
    const r = await this.unary<BatchLookupReply>("batchLookup", pb.BatchLookupRequest.create({ keyDigests: [...keyDigests] }), deadline);
    return (r.results ?? []).map((x) => ({
      keyDigest: x.keyDigest ?? "", hit: x.hit === true, manifest: x.hit ? manifestFromProto(x.manifest) : undefined,
    }));
  }

  async putAlias(aliasDigest: string, keyDigest: string, deadline: number): Promise<number> {
    const r = await this.unary<PutAliasReply>("putAlias", pb.PutAliasRequest.create({ aliasDigest, keyDigest }), deadline);
    return r.targets ?? 0;
  }

  /** The alias's stored targets, newest first (empty when unknown). */
  async getAlias(aliasDigest: string, limit: number, deadline: number): Promise<LookupResult[]> {
    const r = await this.unary<GetAliasReply>("getAlias", pb.GetAliasRequest.create({ aliasDigest, limit }), deadline);
    return (r.targets ?? []).map((x) => ({
      keyDigest: x.keyDigest ?? "", hit: x.hit === true, manifest: x.hit ? manifestFromProto(x.manifest) : undefined,
    }));
  }

  async delete(keyDigest: string, deadline: number): Promise<boolean> {
    const r = await this.unary<DeleteReply>("delete", pb.DeleteRequest.create({ keyDigest }), deadline);
    return r.deleted === true;
  }

  async stats(deadline: number): Promise<BrokerStats> {
    return namespaceStatsFromProto(await this.unary<StatsReply>("stats", pb.StatsRequest.create({}), deadline));
  }

  close(): void { this.client.close(); }
}
