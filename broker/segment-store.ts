import type { WireManifest } from "../proto/manifest.js";

/**
 * Storage keys are tenant-salted: HMAC-SHA256(tenant salt, key digest) in hex
 * (see tenant-auth.ts). Stores know nothing about tenants beyond the namespace
 * recorded next to each segment (for per-namespace stats and events).
 */
export type StorageKey = string;

/** What a store holds per key: the segment's manifest and opaque payload. */
export interface StoredSegment {
  readonly namespace: string;
  readonly manifest: WireManifest;
  readonly payload: Buffer;
}

/** A stored segment without its payload (cheap: from an in-memory index). */
export interface StoredHead {
  readonly namespace: string;
  readonly manifest: WireManifest;
}

export type StoreEventKind = "evicted" | "quarantined";

export interface StoreEvent {
  readonly kind: StoreEventKind;
  /** "memory" or "disk"; `gone` is true when no tier of this store holds it any more. */
  readonly tier: string;
  readonly gone: boolean;
  readonly key: StorageKey;
  readonly namespace: string;
  readonly manifest: WireManifest;
}

export interface StoreUsage {
  readonly segments: number;
  readonly bytes: number;
}

/** A content-addressed segment store (a tier, or tiers composed). */
export interface SegmentStore {
  readonly name: string;
  /** The segment, or undefined on a miss (corrupt data is a miss, never returned). */
  get(key: StorageKey): Promise<StoredSegment | undefined>;
  head(key: StorageKey): StoredHead | undefined;
  /** Resolves once the segment is durable in this store; false when it was already there. */
  put(key: StorageKey, segment: StoredSegment): Promise<boolean>;
  delete(key: StorageKey): Promise<boolean>;
  usage(namespace?: string): StoreUsage;
  onEvent(listener: (e: StoreEvent) => void): () => void;
  close(): Promise<void>;
}

/** Tracks per-namespace and total usage for a store. */
export class UsageCounter {
  private readonly byNs = new Map<string, { segments: number; bytes: number }>();
  private total = { segments: 0, bytes: 0 };
  add(namespace: string, bytes: number, sign: 1 | -1): void {
    const u = this.byNs.get(namespace) ?? { segments: 0, bytes: 0 };
    u.segments += sign;
    u.bytes += sign * bytes;
    this.total.segments += sign;
    this.total.bytes += sign * bytes;
    if (u.segments === 0) this.byNs.delete(namespace); else this.byNs.set(namespace, u);
  }
  get(namespace?: string): StoreUsage {
    if (namespace === undefined) return { ...this.total };
    const u = this.byNs.get(namespace);
    return u ? { ...u } : { segments: 0, bytes: 0 };
  }
}

/** A small listener set for store events. */
export class StoreEvents {
  private readonly listeners = new Set<(e: StoreEvent) => void>();
  on(l: (e: StoreEvent) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  emit(e: StoreEvent): void {
    for (const l of this.listeners) {
      try { l(e); } catch { /* a listener's failure must not break storage */ }
    }
  }
}
