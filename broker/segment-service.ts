import { createHash } from "node:crypto";
import { promises as fsp } from "node:fs";
import type { WireManifest } from "../proto/manifest.js";
import type { NamespaceStats } from "../proto/namespace-stats.js";
import { BrokerDrainingError, InvalidRequestError, LimitExceededError, PayloadMismatchError, SegmentConflictError } from "./errors.js";
import type { Logger } from "./logger.js";
import type { BrokerMetrics } from "./metrics.js";
import type { SegmentEventSink } from "./segment-events.js";
import type { SegmentStore, StoreEvent } from "./segment-store.js";
import type { ShmExporter, ShmLease } from "./shm-exporter.js";
import type { Tenant, TenantAuth } from "./tenant-auth.js";

const HEX64 = /^[0-9a-f]{64}$/;

export type { NamespaceStats } from "../proto/namespace-stats.js";

function aliasKey(tenant: Tenant, aliasDigest: string): string {
  return tenant.storageKey(`alias\0${aliasDigest}`);
}

export type GetResult =
  | { readonly hit: false }
  | { readonly hit: true; readonly manifest: WireManifest; readonly payload: Buffer; readonly shm?: ShmLease };

export interface LookupEntry {
  readonly keyDigest: string;
  readonly hit: boolean;
  readonly manifest?: WireManifest;
}

export interface SegmentServiceOptions {
  readonly store: SegmentStore;
  readonly auth: TenantAuth;
  readonly metrics: BrokerMetrics;
  readonly events: SegmentEventSink;
  readonly logger: Logger;
  readonly shm?: ShmExporter;
  readonly maxSegmentBytes: number;
  readonly memoryBytes: () => number;
  readonly memoryBudget: number;
  readonly brokerId: string;
  /** Most aliases kept (least recently written dropped first); default 65536. */
  readonly maxAliases?: number;
  /** Most targets one alias keeps (newest first); default 8. */
  readonly aliasTargets?: number;
  /** Most keys in one lookup request (default 10,000). */
  readonly maxLookupKeys?: number;
  /** Payload bytes of puts being received at once (default 256 MiB; one put alone is always admitted). */
  readonly maxPutBytesInFlight?: number;
}

/** What a model can have: bounds for manifest numbers (generous; they stop nonsense, not models). */
const MANIFEST_BOUNDS = { nLayer: 1024, row: 1 << 20, tokens: 1 << 22 } as const;
const KV_TYPES = new Set(["f32", "f16", "q8_0"]);

/**
 * The broker core: authenticated, tenant-salted put/get/lookup/delete/stats
 * over a SegmentStore. Knows no transport; transports call in with a Tenant
 * from `authenticate()`. Payloads are opaque; puts are checked against their
 * manifest's length and SHA-256 before they are stored.
 */
export class SegmentService {
  private inFlight = 0;
  private drainWaiters: (() => void)[] = [];
  private draining = false;
  private readonly perNs = new Map<string, { hits: number; misses: number; bytesIn: number; bytesOut: number; evictions: number }>();
  /** alias storage key -> target key digests, newest first (Map order = least recently written first). */
  private readonly aliases = new Map<string, string[]>();
  /** Latency histogram handles by method and transport, made on first use (label keys built once). */
  private readonly latencyBy = new Map<string, { observe(v: number): void }>();
  private readonly lookupHits: { inc(by?: number): void };
  private readonly lookupMisses: { inc(by?: number): void };

  constructor(private readonly o: SegmentServiceOptions) {
    o.store.onEvent((e) => this.onStoreEvent(e));
    this.lookupHits = o.metrics.hits.with({ method: "lookup" });
    this.lookupMisses = o.metrics.misses.with({ method: "lookup" });
  }

  private latency(method: string, transport: string): { observe(v: number): void } {
    const k = `${method} ${transport}`;
    let h = this.latencyBy.get(k);
    if (!h) { h = this.o.metrics.latency.with({ method, transport }); this.latencyBy.set(k, h); }
    return h;
  }

  get maxSegmentBytes(): number { return this.o.maxSegmentBytes; }
  get isDraining(): boolean { return this.draining; }

  authenticate(namespace: string | undefined, token: string | undefined): Tenant {
    try {
      return this.o.auth.authenticate(namespace, token);
    } catch (err) {
      this.o.metrics.authFailures.inc();
      throw err;
    }
  }

  /** A namespace's tenant on the word of an authenticated NATS (the subject's namespace is the NATS user's own). */
  tenantOfNats(namespace: string): Tenant {
    try {
      return this.o.auth.byNamespace(namespace);
    } catch (err) {
      this.o.metrics.authFailures.inc();
      throw err;
    }
  }

  /** Validate a manifest before any payload is accepted. */
  checkManifest(m: WireManifest): void {
    if (!HEX64.test(m.keyDigest)) throw new InvalidRequestError("manifest keyDigest must be 64 lowercase hex characters");
    if (!HEX64.test(m.checksum)) throw new InvalidRequestError("manifest checksum must be SHA-256 hex");
    if (!Number.isSafeInteger(m.byteLength) || m.byteLength < 0) throw new InvalidRequestError("manifest byteLength invalid");
    if (m.byteLength > this.o.maxSegmentBytes) {
      throw new InvalidRequestError(`segment of ${m.byteLength} bytes exceeds the broker limit ${this.o.maxSegmentBytes}`);
    }
    const within = (v: number, lo: number, hi: number) => Number.isSafeInteger(v) && v >= lo && v <= hi;
    if (!within(m.nLayer, 1, MANIFEST_BOUNDS.nLayer)) throw new InvalidRequestError(`manifest nLayer ${m.nLayer} is outside 1..${MANIFEST_BOUNDS.nLayer}`);
    if (!within(m.rowK, 1, MANIFEST_BOUNDS.row) || !within(m.rowV, 1, MANIFEST_BOUNDS.row)) {
      throw new InvalidRequestError(`manifest rows ${m.rowK}/${m.rowV} are outside 1..${MANIFEST_BOUNDS.row}`);
    }
    if (!KV_TYPES.has(m.kType) || !KV_TYPES.has(m.vType)) throw new InvalidRequestError(`manifest KV types ${m.kType}/${m.vType} are not ${[...KV_TYPES].join("|")}`);
    if (m.tokens.length > MANIFEST_BOUNDS.tokens || m.positions.length !== m.tokens.length) {
      throw new InvalidRequestError(`manifest has ${m.tokens.length} tokens and ${m.positions.length} positions (equal, at most ${MANIFEST_BOUNDS.tokens})`);
    }
    for (let i = 0; i < m.tokens.length; i++) {
      if (m.tokens[i] < 0 || m.positions[i] < 0) throw new InvalidRequestError(`manifest token or position ${i} is negative`);
    }
  }

  private putBytesInFlight = 0;

  /**
   * Admits a put of `bytes` before its buffer is allocated; call the returned
   * function when it is done, whatever the outcome. Over the budget: a
   * LimitExceededError (the client may retry later), unless nothing else is in flight.
   */
  admitPut(bytes: number): () => void {
    const budget = this.o.maxPutBytesInFlight ?? 256 * 1024 * 1024;
    if (this.putBytesInFlight > 0 && this.putBytesInFlight + bytes > budget) {
      this.o.metrics.errors.inc(1, { method: "put" });
      throw new LimitExceededError(`broker busy: ${this.putBytesInFlight} bytes of puts in flight, a put of ${bytes} would pass the limit ${budget} (--max-inflight-put-bytes); retry later`);
    }
    this.putBytesInFlight += bytes;
    let released = false;
    return () => { if (!released) { released = true; this.putBytesInFlight -= bytes; } };
  }

  /** Run `fn` as one in-flight request (refused while draining). */
  async track<T>(method: string, transport: string, fn: () => Promise<T>): Promise<T> {
    if (this.draining) throw new BrokerDrainingError("broker is draining");
    this.inFlight++;
    const t0 = process.hrtime.bigint();
    try {
      return await fn();
    } catch (err) {
      this.o.metrics.errors.inc(1, { method });
      throw err;
    } finally {
      this.latency(method, transport).observe(Number(process.hrtime.bigint() - t0) / 1e9);
      if (--this.inFlight === 0) for (const w of this.drainWaiters.splice(0)) w();
    }
  }

  /** `track` for synchronous handlers (lookups): no promise, no extra turn of the event loop. */
  trackSync<T>(method: string, transport: string, fn: () => T): T {
    if (this.draining) throw new BrokerDrainingError("broker is draining");
    const t0 = process.hrtime.bigint();
    try {
      return fn();
    } catch (err) {
      this.o.metrics.errors.inc(1, { method });
      throw err;
    } finally {
      this.latency(method, transport).observe(Number(process.hrtime.bigint() - t0) / 1e9);
    }
  }

  async put(tenant: Tenant, manifest: WireManifest, payload: Buffer): Promise<boolean> {
    this.checkManifest(manifest);
    if (payload.byteLength !== manifest.byteLength) {
      throw new PayloadMismatchError(`payload has ${payload.byteLength} bytes, manifest says ${manifest.byteLength}`);
    }
    const sum = createHash("sha256").update(payload).digest("hex");
    if (sum !== manifest.checksum) throw new PayloadMismatchError("payload SHA-256 does not match the manifest checksum");
    const stored: WireManifest = { ...manifest, storedUnixMs: Date.now() };
    const key = tenant.storageKey(manifest.keyDigest);
    // Content-addressed: the same key must mean the same bytes. Other bytes under a stored key are refused, not acked.
    const existing = this.o.store.head(key);
    if (existing && existing.manifest.checksum !== manifest.checksum) {
      throw new SegmentConflictError(`another segment (checksum ${existing.manifest.checksum.slice(0, 12)}...) is stored under ${manifest.keyDigest}`);
    }
    const created = await this.o.store.put(key, { namespace: tenant.namespace, manifest: stored, payload });
    this.o.metrics.bytesIn.inc(payload.byteLength);
    this.ns(tenant.namespace).bytesIn += payload.byteLength;
    if (created) {
      this.o.events.publish({
        kind: "stored", namespace: tenant.namespace, keyDigest: manifest.keyDigest, byteLength: manifest.byteLength,
        tier: this.o.store.name, unixMs: stored.storedUnixMs ?? 0, modelFingerprint: manifest.modelFingerprint,
        tokenCount: manifest.tokens.length,
      });
    }
    return created;
  }

  /** Same-host put: the payload sits in a file under the shm dir's `in/`. */
  async putFromFile(tenant: Tenant, manifest: WireManifest, shmPath: string): Promise<boolean> {
    if (!this.o.shm) throw new InvalidRequestError("this broker has no shm dir");
    this.checkManifest(manifest);
    const real = await this.o.shm.resolveIncoming(shmPath);
    const payload = await fsp.readFile(real);
    return this.put(tenant, manifest, payload);
  }

  async get(tenant: Tenant, keyDigest: string, sameHost: boolean): Promise<GetResult> {
    const key = tenant.storageKey(keyDigest);
    let seg = await this.o.store.get(key);
    const c = this.ns(tenant.namespace);
    if (seg && seg.manifest.keyDigest !== keyDigest) {
      // A file swapped on disk (or any mix-up): never serve one segment under another's key.
      this.o.logger.error("stored segment is not the one asked for; served as a miss", { keyDigest, stored: seg.manifest.keyDigest });
      seg = undefined;
    }
    if (!seg || seg.namespace !== tenant.namespace) {
      this.o.metrics.misses.inc(1, { method: "get" });
      c.misses++;
      return { hit: false };
    }
    this.o.metrics.hits.inc(1, { method: "get" });
    this.o.metrics.bytesOut.inc(seg.payload.byteLength);
    c.hits++;
    c.bytesOut += seg.payload.byteLength;
    if (sameHost && this.o.shm) {
      const shm = await this.o.shm.export(key, seg.payload);
      return { hit: true, manifest: seg.manifest, payload: seg.payload, shm };
    }
    return { hit: true, manifest: seg.manifest, payload: seg.payload };
  }

  lookup(tenant: Tenant, keyDigests: readonly string[]): LookupEntry[] {
    const max = this.o.maxLookupKeys ?? 10_000;
    if (keyDigests.length > max) {
      throw new LimitExceededError(`a lookup of ${keyDigests.length} keys passes the limit ${max} (--max-lookup-keys); split it`);
    }
    let hits = 0;
    const out = keyDigests.map((keyDigest): LookupEntry => {
      const h = this.o.store.head(tenant.storageKey(keyDigest));
      if (h && h.namespace === tenant.namespace && h.manifest.keyDigest === keyDigest) {
        hits++;
        return { keyDigest, hit: true, manifest: h.manifest };
      }
      return { keyDigest, hit: false };
    });
    // Counted once per request, not per key.
    const c = this.ns(tenant.namespace);
    c.hits += hits;
    c.misses += out.length - hits;
    if (hits > 0) this.lookupHits.inc(hits);
    if (out.length > hits) this.lookupMisses.inc(out.length - hits);
    return out;
  }

  async delete(tenant: Tenant, keyDigest: string): Promise<boolean> {
    const key = tenant.storageKey(keyDigest);
    const h = this.o.store.head(key);
    if (!h || h.namespace !== tenant.namespace) return false;
    const deleted = await this.o.store.delete(key);
    await this.o.shm?.forget(key);
    if (deleted) {
      this.o.events.publish({
        kind: "deleted", namespace: tenant.namespace, keyDigest, byteLength: h.manifest.byteLength, tier: "all",
        unixMs: Date.now(), modelFingerprint: h.manifest.modelFingerprint, tokenCount: h.manifest.tokens.length,
      });
    }
    return deleted;
  }

  /**
   * Points `aliasDigest` at a stored segment of this tenant (newest first,
   * deduplicated, at most `aliasTargets`). Returns how many targets it holds.
   */
  putAlias(tenant: Tenant, aliasDigest: string, keyDigest: string): number {
    if (!HEX64.test(aliasDigest)) throw new InvalidRequestError("alias digest must be 64 lowercase hex characters");
    if (!HEX64.test(keyDigest)) throw new InvalidRequestError("key digest must be 64 lowercase hex characters");
    const h = this.o.store.head(tenant.storageKey(keyDigest));
    if (!h || h.namespace !== tenant.namespace) throw new InvalidRequestError("alias target is not stored in this namespace");
    const k = aliasKey(tenant, aliasDigest);
    const list = (this.aliases.get(k) ?? []).filter((d) => d !== keyDigest);
    list.unshift(keyDigest);
    list.length = Math.min(list.length, this.o.aliasTargets ?? 8);
    this.aliases.delete(k);
    this.aliases.set(k, list);
    const max = this.o.maxAliases ?? 65536;
    while (this.aliases.size > max) this.aliases.delete(this.aliases.keys().next().value!);
    return list.length;
  }

  /** The alias's targets still stored, newest first (never another tenant's). */
  getAlias(tenant: Tenant, aliasDigest: string, limit = 0): LookupEntry[] {
    if (!HEX64.test(aliasDigest)) throw new InvalidRequestError("alias digest must be 64 lowercase hex characters");
    const k = aliasKey(tenant, aliasDigest);
    const list = this.aliases.get(k);
    const c = this.ns(tenant.namespace);
    if (!list) { c.misses++; this.o.metrics.misses.inc(1, { method: "getAlias" }); return []; }
    const out: LookupEntry[] = [];
    const live: string[] = [];
    for (const keyDigest of list) {
      const h = this.o.store.head(tenant.storageKey(keyDigest));
      if (!h || h.namespace !== tenant.namespace) continue;
      live.push(keyDigest);
      if (limit <= 0 || out.length < limit) out.push({ keyDigest, hit: true, manifest: h.manifest });
    }
    if (live.length === 0) this.aliases.delete(k); else if (live.length !== list.length) this.aliases.set(k, live);
    if (out.length > 0) { c.hits++; this.o.metrics.hits.inc(1, { method: "getAlias" }); } else { c.misses++; this.o.metrics.misses.inc(1, { method: "getAlias" }); }
    return out;
  }

  /**
   * A one-off answer (corrected KV) into the shm dir for a same-host caller,
   * or undefined when this broker has none: the file goes when its lease is
   * released or expires.
   */
  exportReply(payload: Uint8Array): ShmLease | undefined {
    if (!this.o.shm) return undefined;
    try {
      return this.o.shm.exportOnce(payload);
    } catch (err) {
      // A full or missing shm dir: the answer goes through the socket.
      this.o.logger.warn("shm export failed; answering through the socket", { error: err instanceof Error ? err.message : String(err) });
      return undefined;
    }
  }

  async releaseShm(lease: string): Promise<boolean> {
    return (await this.o.shm?.release(lease)) ?? false;
  }

  stats(tenant: Tenant): NamespaceStats {
    const u = this.o.store.usage(tenant.namespace);
    const c = this.ns(tenant.namespace);
    return {
      namespace: tenant.namespace, segments: u.segments, bytes: u.bytes, ...c,
      memoryBytes: this.o.memoryBytes(), memoryBudget: this.o.memoryBudget,
      shmDir: this.o.shm?.dir ?? "", brokerId: this.o.brokerId,
    };
  }

  totalSegments(): number { return this.o.store.usage().segments; }

  /** Stop accepting requests and wait for in-flight ones to finish. */
  async drain(): Promise<void> {
    this.draining = true;
    if (this.inFlight === 0) return;
    await new Promise<void>((r) => this.drainWaiters.push(r));
  }

  private ns(namespace: string) {
    let c = this.perNs.get(namespace);
    if (!c) { c = { hits: 0, misses: 0, bytesIn: 0, bytesOut: 0, evictions: 0 }; this.perNs.set(namespace, c); }
    return c;
  }

  private onStoreEvent(e: StoreEvent): void {
    if (e.kind === "evicted") {
      this.o.metrics.evictions.inc(1, { tier: e.tier });
      this.ns(e.namespace).evictions++;
    } else {
      this.o.metrics.quarantined.inc();
    }
    if (e.gone) void this.o.shm?.forget(e.key);
    this.o.events.publish({
      kind: e.kind, namespace: e.namespace, keyDigest: e.manifest.keyDigest, byteLength: e.manifest.byteLength,
      tier: e.gone ? "all" : e.tier, unixMs: Date.now(), modelFingerprint: e.manifest.modelFingerprint,
      tokenCount: e.manifest.tokens.length,
    });
  }
}
