import { createHash } from "node:crypto";
import type { KvSegment } from "../../segments/kv-segment.js";
import type { KvType } from "../../segments/kv-type.js";
import { SegmentKey, STATE_FORMAT_VERSION } from "../../segments/segment-key.js";
import { segmentFromWire, segmentManifest, segmentPayload } from "../../segments/segment-wire.js";
import {
  BrokerClient, segmentManifestOf, wireManifestOf, type BrokerTlsOptions, type LookupResult, type WireManifest,
} from "../transport/broker-client.js";
import { indexOfTokens } from "./segment-cache.js";
import type { SegmentRequest, SegmentSink, SegmentSource } from "./segment-source.js";
import {
  BrokerAuthError, BrokerCircuitOpenError, BrokerError, BrokerTimeoutError, BrokerUnavailableError, SegmentIntegrityError,
} from "../transport/transport-errors.js";

export interface BrokerSegmentSourceOptions {
  /** Broker gRPC address host:port. */
  readonly grpc: string;
  /** NATS URL (for `lookupVia: "nats"`). */
  readonly nats?: string;
  /** The namespace's NATS NKey seed (see BrokerClientOptions.natsSeed). */
  readonly natsSeed?: string;
  /** gRPC over TLS (see BrokerClientOptions.tls). */
  readonly tls?: BrokerTlsOptions;
  /** Where lookups go: the gRPC LookupStream (default) or NATS request/reply. */
  readonly lookupVia?: "grpc" | "nats";
  readonly namespace: string;
  readonly token: string;
  /** Deadline for connecting (default 2000 ms). */
  readonly connectTimeoutMs?: number;
  /** Deadline for each call (default 1000 ms). */
  readonly callTimeoutMs?: number;
  /** After a failure the broker is skipped this long (doubling per consecutive failure, up to maxCooldownMs). Default 2000. */
  readonly cooldownMs?: number;
  readonly maxCooldownMs?: number;
  /** KV types assumed for exact keys until an alias tells otherwise (default f16/f16, node-llama-cpp's default). */
  readonly kType?: KvType;
  readonly vType?: KvType;
  /** Payloads through the broker's shm dir when it is on this host. */
  readonly sameHost?: boolean;
  /** Most alias targets asked for per find (default 8). */
  readonly aliasLimit?: number;
  /** Throw publish failures instead of counting them (default false: publishing is best effort). */
  readonly throwOnPublishError?: boolean;
  /** Called for every failure, for logs. */
  readonly onError?: (where: "find" | "publish" | "connect", err: BrokerError | Error) => void;
}

export interface BrokerSourceStats {
  finds: number;
  /** Served a segment computed behind the same context at the same start. */
  exactHits: number;
  /** Served the latest segment for the id (to be moved by the agent). */
  aliasHits: number;
  misses: number;
  /** find() calls that threw (the agent counts each as a fallback). */
  failures: number;
  /** find()/publish() calls skipped while the breaker was open (a subset of failures/publishFailures). */
  skipped: number;
  /** Segments whose manifest or payload failed verification. */
  integrityFailures: number;
  publishes: number;
  publishFailures: number;
}

/**
 * Segments through a kvmesh broker, as an agent's SegmentSource and
 * SegmentSink. publish(id, seg) stores the segment under its SegmentKey
 * (tenant = namespace) and points the alias of (model, id) at it; find(req)
 * prefers the segment computed behind the request's context at its start
 * (exact reuse, its key computed from the request) and otherwise takes the
 * alias's newest segment whose tokens lie inside the part.
 *
 * A miss is `undefined`. Every failure is thrown as a typed error
 * (BrokerUnavailableError, BrokerTimeoutError, BrokerAuthError,
 * SegmentIntegrityError ...), which the agent turns into a counted fallback
 * and a prefill. A fetched segment is checked before it is returned: its
 * manifest must hash to the key it was fetched under, its positions must be
 * contiguous, and its payload must match the manifest's length and SHA-256.
 *
 * Circuit breaker: after a transport failure the broker is skipped (a
 * BrokerCircuitOpenError, fast) for `cooldownMs`, doubling per consecutive
 * failure, so a dead broker does not add its deadline to every call.
 */
export class BrokerSegmentSource implements SegmentSource, SegmentSink, AsyncDisposable {
  readonly stats: BrokerSourceStats = {
    finds: 0, exactHits: 0, aliasHits: 0, misses: 0, failures: 0, skipped: 0, integrityFailures: 0, publishes: 0, publishFailures: 0,
  };
  private client?: BrokerClient;
  private connecting?: Promise<BrokerClient>;
  private openUntil = 0;
  private consecutiveFailures = 0;
  private lastFailure = "";
  private disposed = false;

  private constructor(readonly options: BrokerSegmentSourceOptions) {}

  /** A source that connects on first use (a broker that is down makes fallbacks, not an error here). */
  static create(o: BrokerSegmentSourceOptions): BrokerSegmentSource {
    return new BrokerSegmentSource(o);
  }

  /** A source over an already connected client (the caller keeps owning it). */
  static over(client: BrokerClient, o: Partial<BrokerSegmentSourceOptions> = {}): BrokerSegmentSource {
    const s = new BrokerSegmentSource({ ...o, grpc: client.options.grpc, namespace: client.options.namespace, token: client.options.token });
    s.client = client;
    s.ownsClient = false;
    return s;
  }

  private ownsClient = true;

  get namespace(): string { return this.options.namespace; }
  /** True while the broker is being skipped. */
  get circuitOpen(): boolean { return Date.now() < this.openUntil; }

  /** The key a segment is stored under. */
  keyOf(seg: KvSegment): SegmentKey {
    return SegmentKey.of({
      modelFingerprint: seg.modelFingerprint, kType: seg.kType, vType: seg.vType, stateFormatVersion: STATE_FORMAT_VERSION,
      tenant: this.options.namespace, tokens: seg.tokens, context: seg.context, startPos: seg.positions[0] ?? 0,
    });
  }

  async find(req: SegmentRequest): Promise<KvSegment | undefined> {
    this.stats.finds++;
    try {
      const where = await this.lookupFor(req);
      if (!where) { this.stats.misses++; return undefined; }
      const seg = await this.fetchVerified(where.keyDigest);
      if (!seg) { this.stats.misses++; return undefined; } // evicted since the lookup
      if (where.exact) this.stats.exactHits++; else this.stats.aliasHits++;
      return seg;
    } catch (err) {
      this.stats.failures++;
      throw this.failed("find", err);
    }
  }

  /**
   * What find() would fetch, without fetching it: the segment's key and
   * manifest (lookups only). For callers that need the KV only in the
   * broker (a correction by key) or later. A miss is undefined.
   */
  async locate(req: SegmentRequest): Promise<{ keyDigest: string; manifest: WireManifest; exact: boolean } | undefined> {
    this.stats.finds++;
    try {
      const where = await this.lookupFor(req);
      if (!where) { this.stats.misses++; return undefined; }
      if (where.exact) this.stats.exactHits++; else this.stats.aliasHits++;
      return where;
    } catch (err) {
      this.stats.failures++;
      throw this.failed("find", err);
    }
  }

  /**
   * The segment stored under exactly the key of `req` (its model, tokens,
   * context and start; f16/f16 unless the options say otherwise), without
   * fetching it: its key and manifest, or undefined (a miss). One lookup, no
   * alias: for callers that need that very segment (a Cache-to-Cache fuse by
   * key needs the sharer's KV of exactly the receiver's tokens).
   */
  async locateExact(req: Omit<SegmentRequest, "id">): Promise<{ keyDigest: string; manifest: WireManifest } | undefined> {
    this.stats.finds++;
    try {
      const client = await this.ready("find");
      const keyDigest = SegmentKey.of({
        modelFingerprint: req.modelFingerprint, kType: this.options.kType ?? "f16", vType: this.options.vType ?? "f16", stateFormatVersion: STATE_FORMAT_VERSION,
        tenant: this.options.namespace, tokens: req.tokens, context: req.context, startPos: req.start,
      }).digest;
      const [found] = await client.lookup([keyDigest]);
      this.succeeded();
      if (!found?.hit || !found.manifest) { this.stats.misses++; return undefined; }
      this.checkManifest(keyDigest, found.manifest);
      this.stats.exactHits++;
      return { keyDigest, manifest: found.manifest };
    } catch (err) {
      this.stats.failures++;
      throw this.failed("find", err);
    }
  }

  /** The segment stored under `keyDigest` (from locate()), verified; undefined when it is gone. */
  async fetch(keyDigest: string): Promise<KvSegment | undefined> {
    try {
      return await this.fetchVerified(keyDigest);
    } catch (err) {
      this.stats.failures++;
      throw this.failed("find", err);
    }
  }

  private async lookupFor(req: SegmentRequest): Promise<{ keyDigest: string; manifest: WireManifest; exact: boolean } | undefined> {
    const client = await this.ready("find");
    const alias = aliasDigest(req.modelFingerprint, req.id);
    const exactKey = (kType: KvType, vType: KvType) => SegmentKey.of({
      modelFingerprint: req.modelFingerprint, kType, vType, stateFormatVersion: STATE_FORMAT_VERSION,
      tenant: this.options.namespace, tokens: req.tokens, context: req.context, startPos: req.start,
    }).digest;
    const guess = exactKey(this.options.kType ?? "f16", this.options.vType ?? "f16");
    const [targets, exact] = await Promise.all([
      client.getAlias(alias, this.options.aliasLimit ?? 8),
      client.lookup([guess]),
    ]);
    const chosen = pick(req, guess, exact[0], targets, exactKey);
    this.succeeded();
    if (!chosen) return undefined;
    const manifest = chosen.keyDigest === guess && exact[0]?.manifest ? exact[0].manifest : targets.find((t) => t.keyDigest === chosen.keyDigest)?.manifest;
    if (!manifest) return undefined;
    this.checkManifest(chosen.keyDigest, manifest);
    return { keyDigest: chosen.keyDigest, manifest, exact: chosen.exact };
  }

  private async fetchVerified(keyDigest: string): Promise<KvSegment | undefined> {
    const client = await this.ready("find");
    const fetched = await client.get(keyDigest);
    this.succeeded();
    if (!fetched) return undefined;
    return this.verified(keyDigest, fetched.manifest, fetched.payload);
  }

  async publish(id: string, segment: KvSegment): Promise<void> {
    try {
      const client = await this.ready("publish");
      const key = this.keyOf(segment);
      const payload = segmentPayload(segment);
      const manifest: WireManifest = { ...wireManifestOf(segmentManifest(segment, key, payload)), stateFormatVersion: STATE_FORMAT_VERSION };
      await client.put(manifest, payload);
      await client.putAlias(aliasDigest(segment.modelFingerprint, id), key.digest);
      this.succeeded();
      this.stats.publishes++;
    } catch (err) {
      this.stats.publishFailures++;
      const e = this.failed("publish", err);
      if (this.options.throwOnPublishError) throw e;
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const c = this.client ?? (await this.connecting?.catch(() => undefined));
    if (this.ownsClient) await c?.dispose();
  }

  [Symbol.asyncDispose](): Promise<void> { return this.dispose(); }

  // --- internals -------------------------------------------------------------

  /** The connected client, or a fast BrokerCircuitOpenError while the breaker is open. */
  private async ready(where: "find" | "publish"): Promise<BrokerClient> {
    if (this.disposed) throw new BrokerUnavailableError("broker source is disposed");
    const now = Date.now();
    if (now < this.openUntil) {
      this.stats.skipped++;
      throw new BrokerCircuitOpenError(`${where}: broker skipped for ${this.openUntil - now} more ms after: ${this.lastFailure}`);
    }
    if (this.client) return this.client;
    this.connecting ??= BrokerClient.connect({
      grpc: this.options.grpc, tls: this.options.tls, nats: this.options.nats, natsSeed: this.options.natsSeed, lookupVia: this.options.lookupVia, namespace: this.options.namespace, token: this.options.token,
      timeoutMs: this.options.callTimeoutMs ?? 1000, connectTimeoutMs: this.options.connectTimeoutMs ?? 2000,
      sameHost: this.options.sameHost, verifyChecksums: true,
    });
    try {
      this.client = await this.connecting;
      if (this.disposed) { await this.client.dispose(); throw new BrokerUnavailableError("broker source is disposed"); }
      return this.client;
    } catch (err) {
      this.connecting = undefined;
      throw err;
    }
  }

  private succeeded(): void {
    this.consecutiveFailures = 0;
  }

  /** Types the error; transport failures open the breaker (integrity failures do not: the broker answered). */
  private failed(where: "find" | "publish", err: unknown): BrokerError | Error {
    const e = typed(err);
    if (e instanceof BrokerCircuitOpenError) return e;
    if (isIntegrity(e)) this.stats.integrityFailures++;
    else if (e instanceof BrokerUnavailableError || e instanceof BrokerTimeoutError || e instanceof BrokerAuthError) {
      this.consecutiveFailures++;
      const base = this.options.cooldownMs ?? 2000;
      const cooldown = Math.min(this.options.maxCooldownMs ?? 30_000, base * 2 ** (this.consecutiveFailures - 1));
      this.openUntil = Date.now() + cooldown;
      this.lastFailure = `${e.name}: ${e.message}`;
    }
    this.options.onError?.(where, e);
    return e;
  }

  /** Manifest and payload checked against the key they were fetched under, then decoded. */
  private verified(keyDigest: string, m: WireManifest, payload: Uint8Array): KvSegment {
    this.checkManifest(keyDigest, m);
    return segmentFromWire(segmentManifestOf(m), payload);
  }

  /** The manifest must hash to the key it came under (tokens, positions, context, model, types). */
  private checkManifest(keyDigest: string, m: WireManifest): void {
    if (m.keyDigest !== keyDigest) throw new SegmentIntegrityError(`asked for ${keyDigest}, the broker answered ${m.keyDigest}`);
    const startPos = m.positions.length > 0 ? m.positions[0] : 0;
    for (let i = 1; i < m.positions.length; i++) {
      if (m.positions[i] !== startPos + i) throw new SegmentIntegrityError(`manifest of ${keyDigest}: positions are not contiguous at ${i}`);
    }
    const recomputed = SegmentKey.of({
      modelFingerprint: m.modelFingerprint, kType: m.kType as KvType, vType: m.vType as KvType, stateFormatVersion: STATE_FORMAT_VERSION,
      tenant: this.options.namespace, tokens: m.tokens, context: m.contextDigest, startPos,
    }).digest;
    if (recomputed !== keyDigest) throw new SegmentIntegrityError(`manifest of ${keyDigest} does not hash to its key (tokens, positions, context or model changed)`);
  }
}

/** The alias of a shared part: SHA-256 over (model fingerprint, part id); the broker scopes it to the namespace. */
export function aliasDigest(modelFingerprint: string, id: string): string {
  return createHash("sha256").update("kvmesh.alias.v1\0").update(modelFingerprint).update("\0").update(id).digest("hex");
}

interface Choice { readonly keyDigest: string; readonly exact: boolean }

function pick(req: SegmentRequest, guess: string, exact: LookupResult | undefined, targets: readonly LookupResult[],
  exactKey: (k: KvType, v: KvType) => string): Choice | undefined {
  if (exact?.hit) return { keyDigest: guess, exact: true };
  const usable = targets.filter((t) => t.hit && t.manifest && t.manifest.modelFingerprint === req.modelFingerprint
    && t.manifest.tokens.length > 0 && indexOfTokens(req.tokens, Int32Array.from(t.manifest.tokens)) >= 0);
  // The alias may know other KV types than the guess: an exact target is one whose key is the request's under its types.
  for (const t of usable) {
    if (t.keyDigest === exactKey(t.manifest!.kType as KvType, t.manifest!.vType as KvType)) return { keyDigest: t.keyDigest, exact: true };
  }
  return usable[0] ? { keyDigest: usable[0].keyDigest, exact: false } : undefined;
}

function isIntegrity(e: Error): boolean {
  return e.name === "SegmentIntegrityError";
}

function typed(err: unknown): BrokerError | Error {
  if (err instanceof Error) return err;
  return new BrokerError(String(err));
}
