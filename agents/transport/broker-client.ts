import { access, readFile } from "node:fs/promises";
import type { WireManifest } from "../../proto/manifest.js";
import type { KvType } from "../../segments/kv-type.js";
import type { SegmentManifestFields } from "../../segments/segment-wire.js";
import type { GrpcChannelTls } from "./grpc-channel.js";
import {
  GrpcBrokerTransport, type BrokerStats, type FetchedSegment, type LookupResult,
} from "./transport-grpc.js";
import { LookupBatcher } from "./lookup-batcher.js";
import { BrokerRequestError, SegmentIntegrityError } from "./transport-errors.js";
import { NatsBrokerTransport } from "./transport-nats.js";

export type { BrokerStats, FetchedSegment, LookupResult } from "./transport-grpc.js";
export type { WireManifest } from "../../proto/manifest.js";
export {
  BrokerAuthError, BrokerCircuitOpenError, BrokerError, BrokerRequestError, BrokerResourceExhaustedError, BrokerTimeoutError, BrokerUnavailableError, SegmentIntegrityError,
} from "./transport-errors.js";

/** segments/segment-wire.ts's manifest -> the wire manifest (field names differ: key/context). */
export function wireManifestOf(m: SegmentManifestFields | WireManifest): WireManifest {
  if ("keyDigest" in m) return m;
  return {
    keyDigest: m.key, modelFingerprint: m.modelFingerprint, kType: m.kType, vType: m.vType, nLayer: m.nLayer,
    rowK: m.rowK, rowV: m.rowV, tokens: m.tokens, positions: m.positions, contextDigest: m.context,
    byteLength: m.byteLength, checksum: m.checksum,
  };
}

/** The wire manifest a get/lookup returned -> what `segmentFromWire()` takes. */
export function segmentManifestOf(w: WireManifest): SegmentManifestFields {
  return {
    key: w.keyDigest, modelFingerprint: w.modelFingerprint, kType: w.kType as KvType, vType: w.vType as KvType,
    nLayer: w.nLayer, rowK: w.rowK, rowV: w.rowV, tokens: Int32Array.from(w.tokens), positions: Int32Array.from(w.positions),
    context: w.contextDigest, byteLength: w.byteLength, checksum: w.checksum,
  };
}

export interface BrokerClientOptions {
  /** Broker gRPC address, host:port. */
  readonly grpc: string;
  /** NATS URL; when set, `lookupNats()` (and `lookupVia: "nats"`) go over NATS request/reply. */
  readonly nats?: string;
  /**
   * This namespace's NATS NKey seed ("SU..."; nats-permissions.ts makes them):
   * NATS authenticates the agent as the namespace, so no token goes on the bus.
   */
  readonly natsSeed?: string;
  /**
   * Where `lookup()` goes: "grpc" (default), the broker's LookupStream, one
   * long-lived gRPC stream; or "nats", request/reply through the NATS server
   * (needs `nats`). gRPC takes two hops per lookup, NATS four (bench/README.md).
   */
  readonly lookupVia?: "grpc" | "nats";
  readonly namespace: string;
  readonly token: string;
  /** Deadline for every call (default 5000 ms). */
  readonly timeoutMs?: number;
  /** Deadline for connect() (default: timeoutMs). */
  readonly connectTimeoutMs?: number;
  /** Use the broker's shared-memory dir for payloads when it is reachable from here. */
  readonly sameHost?: boolean;
  /** Verify each fetched payload's SHA-256 against its manifest (default true). */
  readonly verifyChecksums?: boolean;
  /** Put stream chunk size (default 1 MiB). */
  readonly chunkBytes?: number;
  /**
   * How long a call that failed on a lost connection or a draining broker is
   * repeated (default 500 ms, within the deadline). Longer rides over broker
   * restarts; shorter falls back to prefill sooner.
   */
  readonly retryWindowMs?: number;
  /** gRPC over TLS; the broker's certificate is verified. See BrokerTlsOptions. */
  readonly tls?: BrokerTlsOptions;
}

/** Where the SDK finds its TLS material (PEM files). */
export interface BrokerTlsOptions {
  /** CA certificate(s) the broker's certificate must chain to (default: the system's CAs). */
  readonly caFile?: string;
  /** This client's certificate and key, for a broker that requires them (mutual TLS). */
  readonly certFile?: string;
  readonly keyFile?: string;
  /** Name the broker's certificate must carry (default: the host of `grpc`). */
  readonly serverName?: string;
}

/** Reads the PEM files named (a missing file is a BrokerRequestError: configuration, not the broker). */
export async function loadTls(o: BrokerTlsOptions): Promise<GrpcChannelTls> {
  const read = async (f: string | undefined, what: string) => {
    if (!f) return undefined;
    try { return await readFile(f); } catch (err) { throw new BrokerRequestError(`cannot read the TLS ${what} ${f}`, { cause: err }); }
  };
  if ((o.certFile === undefined) !== (o.keyFile === undefined)) throw new BrokerRequestError("TLS: certFile and keyFile go together");
  return { ca: await read(o.caFile, "CA file"), cert: await read(o.certFile, "certificate"), key: await read(o.keyFile, "key"), serverName: o.serverName };
}

/**
 * A lookup reply checked against what was asked: one result per key, in
 * order, each naming its key, and a hit's manifest the one stored under that
 * key. A reply that fails this did not come from an honest broker (a forged
 * or crossed reply) and is refused whole.
 */
export function verifiedLookup(asked: readonly string[], results: readonly LookupResult[]): LookupResult[] {
  if (results.length !== asked.length) throw new SegmentIntegrityError(`lookup: ${results.length} results for ${asked.length} keys`);
  results.forEach((r, i) => {
    if (r.keyDigest !== asked[i]) throw new SegmentIntegrityError(`lookup: result ${i} is for ${r.keyDigest.slice(0, 16)}..., not the key asked`);
    if (r.hit && (!r.manifest || r.manifest.keyDigest !== asked[i])) {
      throw new SegmentIntegrityError(`lookup: the hit for ${asked[i].slice(0, 16)}... carries another segment's manifest`);
    }
  });
  return [...results];
}

/**
 * The agent SDK's broker client. Plain Promises; every call has a deadline;
 * failures are typed (BrokerUnavailableError, BrokerTimeoutError,
 * BrokerAuthError, SegmentIntegrityError, BrokerRequestError) so an agent can
 * turn any of them into a full prefill. A miss is `undefined`, not an error.
 */
export class BrokerClient implements AsyncDisposable {
  private disposed = false;
  private readonly natsBatch?: LookupBatcher;
  private readonly grpcBatch: LookupBatcher;
  private constructor(
    private readonly grpc: GrpcBrokerTransport,
    private readonly natsTransport: NatsBrokerTransport | undefined,
    private readonly shmDir: string | undefined,
    readonly options: BrokerClientOptions,
  ) {
    // Lookups issued in the same tick share one request (see LookupBatcher).
    const checked = (send: (k: string[]) => Promise<LookupResult[]>) => async (k: string[]) => verifiedLookup(k, await send(k));
    if (natsTransport) {
      const nats = natsTransport;
      this.natsBatch = new LookupBatcher(checked((k) => nats.lookup(k, this.timeoutMs)));
    }
    this.grpcBatch = new LookupBatcher(checked((k) => this.grpc.lookup(k, this.deadline())));
  }

  /** Connects, checks the token with a Stats call, and learns the shm dir. */
  static async connect(o: BrokerClientOptions): Promise<BrokerClient> {
    const timeoutMs = o.connectTimeoutMs ?? o.timeoutMs ?? 5000;
    const tls = o.tls ? await loadTls(o.tls) : undefined;
    const grpc = new GrpcBrokerTransport({
      address: o.grpc, namespace: o.namespace, token: o.token, chunkBytes: o.chunkBytes, retryWindowMs: o.retryWindowMs, tls,
    });
    let nats: NatsBrokerTransport | undefined;
    try {
      await grpc.waitForReady(Date.now() + timeoutMs);
      const stats = await grpc.stats(Date.now() + timeoutMs);
      let shmDir: string | undefined;
      if (o.sameHost && stats.shmDir) {
        try { await access(`${stats.shmDir}/in`); shmDir = stats.shmDir; } catch { /* not on the broker's host after all */ }
      }
      if (o.lookupVia === "nats" && !o.nats) throw new BrokerRequestError('lookupVia "nats" needs a NATS URL');
      if (o.nats) nats = await NatsBrokerTransport.connect(o.nats, o.namespace, o.natsSeed, timeoutMs);
      return new BrokerClient(grpc, nats, shmDir, o);
    } catch (err) {
      grpc.close();
      await nats?.close();
      throw err;
    }
  }

  get timeoutMs(): number { return this.options.timeoutMs ?? 5000; }
  /** True when payloads travel through shared memory. */
  get usesSharedMemory(): boolean { return this.shmDir !== undefined; }

  /** Calls repeated after a transient failure (a lost connection, a draining or restarting broker). */
  get retries(): number { return this.grpc.retries + (this.natsTransport?.retries ?? 0); }

  private deadline(): number { return Date.now() + this.timeoutMs; }

  /** Stores a segment; resolves once the broker acknowledged it durably. */
  async put(manifest: SegmentManifestFields | WireManifest, payload: Uint8Array): Promise<{ readonly created: boolean }> {
    const r = await this.grpc.put(wireManifestOf(manifest), payload, this.deadline(), this.shmDir);
    return { created: r.created === true };
  }

  /** The segment, or undefined on a miss. */
  async get(keyDigest: string): Promise<FetchedSegment | undefined> {
    return this.grpc.get(keyDigest, this.deadline(), {
      sameHost: this.shmDir !== undefined, verify: this.options.verifyChecksums ?? true,
    });
  }

  /** Hit/miss and manifest per key, in order; through `lookupVia` (default: the gRPC LookupStream). */
  async lookup(keyDigests: readonly string[]): Promise<LookupResult[]> {
    return this.options.lookupVia === "nats" ? this.lookupNats(keyDigests) : this.grpcBatch.lookup(keyDigests);
  }

  /** Lookup through the gRPC LookupStream, whatever `lookupVia` says. */
  async lookupGrpc(keyDigests: readonly string[]): Promise<LookupResult[]> {
    return this.grpcBatch.lookup(keyDigests);
  }

  /** Lookup through NATS request/reply (needs the `nats` option). */
  async lookupNats(keyDigests: readonly string[]): Promise<LookupResult[]> {
    if (!this.natsBatch) throw new BrokerRequestError("lookupNats: no NATS URL was given");
    return this.natsBatch.lookup(keyDigests);
  }

  /** Points `aliasDigest` at the stored segment `keyDigest` (newest first). Returns the alias's target count. */
  async putAlias(aliasDigest: string, keyDigest: string): Promise<number> {
    return this.grpc.putAlias(aliasDigest, keyDigest, this.deadline());
  }

  /** The alias's targets still stored, newest first, with manifests (empty when unknown). */
  async getAlias(aliasDigest: string, limit = 0): Promise<LookupResult[]> {
    return this.grpc.getAlias(aliasDigest, limit, this.deadline());
  }

  async delete(keyDigest: string): Promise<boolean> {
    return this.grpc.delete(keyDigest, this.deadline());
  }

  async stats(): Promise<BrokerStats> {
    return this.grpc.stats(this.deadline());
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.grpc.close();
    await this.natsTransport?.close();
  }

  [Symbol.asyncDispose](): Promise<void> { return this.dispose(); }
}
