import { createHash, randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import path from "node:path";
import {
  brokerServiceDefinition, NAMESPACE_METADATA_KEY, putRequestCodec, TOKEN_METADATA_KEY, type PutReply,
} from "../../proto/broker-service.js";
import { chunkFieldHead } from "../../proto/chunk-codec.js";
import { manifestFromProto, manifestToProto, type WireManifest } from "../../proto/manifest.js";
import { namespaceStatsFromProto, type NamespaceStats } from "../../proto/namespace-stats.js";
import { pb } from "../../proto/wire.js";
import { collectMessage as collectReply } from "../../proto/grpc-message-framing.js";
import { encodeLookupRequest } from "../../proto/lookup-codec.js";
import { GetReplyReader } from "./get-reply-reader.js";
import { GrpcChannel, type GrpcChannelTls } from "./grpc-channel.js";
import { LookupStream, lookupResultsOf, type LookupResult } from "./lookup-stream.js";
import { BrokerRequestError, BrokerUnavailableError, errorFromStatus, SegmentIntegrityError } from "./transport-errors.js";

export interface GrpcTransportClientOptions {
  /** host:port of the broker. */
  readonly address: string;
  readonly namespace: string;
  readonly token: string;
  readonly chunkBytes?: number;
  /** See GrpcChannelOptions.retryWindowMs. */
  readonly retryWindowMs?: number;
  /** See GrpcChannelOptions.tls. */
  readonly tls?: GrpcChannelTls;
}

export interface FetchedSegment {
  readonly manifest: WireManifest;
  readonly payload: Uint8Array;
}

export type { LookupResult } from "./lookup-stream.js";

/** The caller namespace's counters (the shape is shared with the broker through proto/). */
export type BrokerStats = NamespaceStats;

const M = brokerServiceDefinition;

/**
 * The SDK's gRPC side: Put/Get streams with backpressure, unary calls, and
 * the same-host shm path, over a GrpcChannel (see there for why not grpc-js's
 * client). Every call takes an absolute deadline (ms epoch).
 */
export class GrpcBrokerTransport {
  private readonly channel: GrpcChannel;
  private readonly lookups: LookupStream;
  readonly chunkBytes: number;

  constructor(readonly o: GrpcTransportClientOptions) {
    this.chunkBytes = o.chunkBytes ?? 1024 * 1024;
    this.channel = new GrpcChannel({
      address: o.address,
      metadata: { [NAMESPACE_METADATA_KEY]: o.namespace, [TOKEN_METADATA_KEY]: o.token },
      maxMessageBytes: this.chunkBytes + 16 * 1024 * 1024,
      retryWindowMs: o.retryWindowMs,
      tls: o.tls,
    });
    this.lookups = new LookupStream(this.channel, (keys, deadline) => this.lookupUnary(keys, deadline));
  }

  async waitForReady(deadline: number): Promise<void> {
    try {
      await this.channel.connect(deadline);
    } catch (err) {
      throw new BrokerUnavailableError(`broker at ${this.o.address} not reachable: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Calls repeated after a transient failure (see GrpcChannel.retrying). */
  get retries(): number { return this.channel.retries; }

  /** Every method here is safe to repeat (reads; puts are content-addressed; aliases deduplicate) but Delete, whose reply would change. */
  private async unary<Req, Res>(
    method: { readonly path: string; requestSerialize(m: Req): Buffer; responseDeserialize(b: Buffer): Res }, req: Req, deadline: number,
  ): Promise<Res> {
    try {
      return await this.channel.invoke(method, req, deadline, { idempotent: method.path !== M.delete.path });
    } catch (err) {
      throw errorFromStatus(err, method.path.slice(method.path.lastIndexOf("/") + 1));
    }
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
      let reply: PutReply | undefined;
      const header = putRequestCodec.serialize(pb.PutRequest.create({ header: { manifest: manifestToProto(manifest), shmPath: shmFile ?? "" } }));
      // Same key, same bytes: a put sent twice stores once, so a lost connection is retried.
      await this.channel.retrying(deadline, { idempotent: true }, () => this.channel.call(M.put.path, deadline, async (w) => {
        await w.write(header);
        if (shmFile) return;
        const step = this.chunkBytes;
        for (let off = 0; off < payload.byteLength; off += step) {
          const chunk = payload.subarray(off, Math.min(payload.byteLength, off + step));
          // The chunk message is its head and a view of the payload: nothing copied here.
          await w.write(chunkFieldHead(chunk.byteLength), chunk);
        }
      }, (length, index) => {
        if (index > 0) throw new BrokerRequestError("put: more than one reply");
        return collectReply(length, (m) => { reply = M.put.responseDeserialize(m); });
      }));
      if (!reply) throw new BrokerRequestError("put: no reply");
      return reply;
    } catch (err) {
      throw errorFromStatus(err, "put");
    } finally {
      if (shmFile) await fsp.rm(shmFile, { force: true });
    }
  }

  async get(keyDigest: string, deadline: number, opts: { sameHost: boolean; verify: boolean }): Promise<FetchedSegment | undefined> {
    let reader = new GetReplyReader(opts.verify);
    const request = M.get.requestSerialize(pb.GetRequest.create({ keyDigest, sameHost: opts.sameHost }));
    try {
      await this.channel.retrying(deadline, { idempotent: true }, () => {
        reader = new GetReplyReader(opts.verify); // a repeated call starts from nothing
        return this.channel.call(M.get.path, deadline, (w) => w.write(request), reader.open);
      });
    } catch (err) {
      throw errorFromStatus(err, "get");
    }
    const res = reader.outcome();
    if (res.kind === "miss") return undefined;
    let payload: Buffer;
    let sum: string | undefined;
    if (res.kind === "shm") {
      try {
        payload = await fsp.readFile(res.path);
      } catch (err) {
        throw new BrokerUnavailableError(`get: cannot read shm file ${res.path}`, { cause: err });
      } finally {
        this.unary(M.releaseShm, pb.ReleaseShmRequest.create({ lease: res.lease }), Date.now() + 5000)
          .catch(() => { /* the broker expires leases by TTL */ });
      }
      if (opts.verify) sum = createHash("sha256").update(payload).digest("hex");
      if (payload.byteLength !== res.manifest.byteLength) {
        throw new SegmentIntegrityError(`get: payload has ${payload.byteLength} bytes, manifest says ${res.manifest.byteLength}`);
      }
    } else {
      payload = res.payload;
      sum = res.sha256;
    }
    if (opts.verify && sum !== res.manifest.checksum) {
      throw new SegmentIntegrityError(`get: payload SHA-256 does not match the manifest of ${keyDigest}`);
    }
    return { manifest: res.manifest, payload };
  }

  /** Lookups on the long-lived LookupStream (unary BatchLookup against a broker without it). */
  lookup(keyDigests: readonly string[], deadline: number): Promise<LookupResult[]> {
    return this.lookups.lookup(keyDigests, deadline);
  }

  /** One BatchLookup call. */
  async lookupUnary(keyDigests: readonly string[], deadline: number): Promise<LookupResult[]> {
    // Both directions by hand (proto/lookup-codec.ts), the reply keyed by what was asked.
    return this.unary({ path: M.batchLookup.path, requestSerialize: encodeLookupRequest, responseDeserialize: (b) => lookupResultsOf(b, keyDigests) },
      keyDigests, deadline);
  }

  async putAlias(aliasDigest: string, keyDigest: string, deadline: number): Promise<number> {
    const r = await this.unary(M.putAlias, pb.PutAliasRequest.create({ aliasDigest, keyDigest }), deadline);
    return r.targets ?? 0;
  }

  /** The alias's stored targets, newest first (empty when unknown). */
  async getAlias(aliasDigest: string, limit: number, deadline: number): Promise<LookupResult[]> {
    const r = await this.unary(M.getAlias, pb.GetAliasRequest.create({ aliasDigest, limit }), deadline);
    return (r.targets ?? []).map((x) => ({
      keyDigest: x.keyDigest ?? "", hit: x.hit === true, manifest: x.hit ? manifestFromProto(x.manifest) : undefined,
    }));
  }

  async delete(keyDigest: string, deadline: number): Promise<boolean> {
    const r = await this.unary(M.delete, pb.DeleteRequest.create({ keyDigest }), deadline);
    return r.deleted === true;
  }

  async stats(deadline: number): Promise<BrokerStats> {
    return namespaceStatsFromProto(await this.unary(M.stats, pb.StatsRequest.create({}), deadline));
  }

  close(): void {
    this.lookups.close();
    this.channel.close();
  }
}
