import type { MemoryTier } from "./memory-tier.js";
import {
  StoreEvents, type SegmentStore, type StorageKey, type StoredHead, type StoredSegment, type StoreEvent, type StoreUsage,
} from "./segment-store.js";

/**
 * Memory in front of an optional lower tier (disk). Puts go to the lower tier
 * first (durable before the ack), then memory; gets try memory, then the lower
 * tier, promoting hits. Events of both tiers are forwarded.
 */
export class TieredStore implements SegmentStore {
  readonly name = "tiered";
  private readonly events = new StoreEvents();

  constructor(readonly memory: MemoryTier, readonly lower?: SegmentStore) {
    memory.backedBy = (k) => lower?.head(k) !== undefined;
    memory.onEvent((e) => this.events.emit(e));
    lower?.onEvent((e) => {
      if (e.gone) void memory.delete(e.key);
      this.events.emit(e);
    });
  }

  async get(key: StorageKey): Promise<StoredSegment | undefined> {
    const m = this.memory.getSync(key);
    if (m) return m;
    if (!this.lower) return undefined;
    const d = await this.lower.get(key);
    if (d) this.memory.putSync(key, d);
    return d;
  }

  head(key: StorageKey): StoredHead | undefined {
    return this.memory.head(key) ?? this.lower?.head(key);
  }

  async put(key: StorageKey, segment: StoredSegment): Promise<boolean> {
    if (this.lower) {
      const created = await this.lower.put(key, segment);
      this.memory.putSync(key, segment);
      return created;
    }
    return this.memory.putSync(key, segment);
  }

  async delete(key: StorageKey): Promise<boolean> {
    const a = await this.memory.delete(key);
    const b = this.lower ? await this.lower.delete(key) : false;
    return a || b;
  }

  usage(namespace?: string): StoreUsage {
    return this.lower ? this.lower.usage(namespace) : this.memory.usage(namespace);
  }

  onEvent(listener: (e: StoreEvent) => void): () => void { return this.events.on(listener); }

  async close(): Promise<void> {
    await this.memory.close();
    await this.lower?.close();
  }
}
