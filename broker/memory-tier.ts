import {
  StoreEvents, UsageCounter,
  type SegmentStore, type StorageKey, type StoredHead, type StoredSegment, type StoreEvent, type StoreUsage,
} from "./segment-store.js";

/**
 * RAM tier with a byte budget and LRU eviction (a Map keeps insertion order;
 * a hit re-inserts the entry at the tail). A segment bigger than the whole
 * budget is not kept. Evictions are reported as store events.
 */
export class MemoryTier implements SegmentStore {
  readonly name = "memory";
  private readonly entries = new Map<StorageKey, StoredSegment>();
  private readonly usageCounter = new UsageCounter();
  private readonly events = new StoreEvents();
  /** Set by a tier below that still holds evicted entries (so eviction is not "gone"). */
  backedBy?: (key: StorageKey) => boolean;

  constructor(readonly budgetBytes: number) {}

  get bytes(): number { return this.usageCounter.get().bytes; }

  async get(key: StorageKey): Promise<StoredSegment | undefined> {
    return this.getSync(key);
  }

  getSync(key: StorageKey): StoredSegment | undefined {
    const e = this.entries.get(key);
    if (e) { this.entries.delete(key); this.entries.set(key, e); }
    return e;
  }

  head(key: StorageKey): StoredHead | undefined {
    return this.entries.get(key);
  }

  async put(key: StorageKey, segment: StoredSegment): Promise<boolean> {
    return this.putSync(key, segment);
  }

  putSync(key: StorageKey, segment: StoredSegment): boolean {
    const old = this.entries.get(key);
    if (old) { this.getSync(key); return false; }
    const size = segment.payload.byteLength;
    if (size > this.budgetBytes) return true;
    this.entries.set(key, segment);
    this.usageCounter.add(segment.namespace, size, 1);
    this.evictOver(this.budgetBytes, key);
    return true;
  }

  async delete(key: StorageKey): Promise<boolean> {
    const e = this.entries.get(key);
    if (!e) return false;
    this.entries.delete(key);
    this.usageCounter.add(e.namespace, e.payload.byteLength, -1);
    return true;
  }

  usage(namespace?: string): StoreUsage { return this.usageCounter.get(namespace); }

  onEvent(listener: (e: StoreEvent) => void): () => void { return this.events.on(listener); }

  async close(): Promise<void> { this.entries.clear(); }

  private evictOver(budget: number, keep: StorageKey): void {
    for (const [k, e] of this.entries) {
      if (this.usageCounter.get().bytes <= budget) break;
      if (k === keep) continue;
      this.entries.delete(k);
      this.usageCounter.add(e.namespace, e.payload.byteLength, -1);
      this.events.emit({
        kind: "evicted", tier: this.name, gone: !(this.backedBy?.(k) ?? false),
        key: k, namespace: e.namespace, manifest: e.manifest,
      });
    }
  }
}
