import type { KvSegment } from "../../segments/kv-segment.js";
import type { SegmentRequest, SegmentSink, SegmentSource } from "./segment-source.js";

export interface SegmentCacheStats {
  readonly segments: number;
  readonly bytes: number;
  /** Segments dropped to stay under the budget, and their bytes. */
  readonly evictions: number;
  readonly evictedBytes: number;
  /** Times the budget was exceeded because everything left was pinned (in use). */
  readonly overBudget: number;
}

/** Ids held in the cache while a call uses them; release() when the call is done. */
export interface SegmentPin {
  release(): void;
}

/**
 * In-process segments by shared-part id, newest first, with a byte budget.
 * Prefers a segment computed behind the same context at the same position
 * (exact reuse) over one that must be moved.
 *
 * Over budget, the least recently used segment goes first (a find or a
 * publish is a use), never one whose id is pinned: a running call pins the
 * parts it is about to use, so what it reads cannot be evicted by what it or
 * anyone else publishes meanwhile. Evictions are counted in `stats`.
 */
export class SegmentCache implements SegmentSource, SegmentSink {
  private readonly byId = new Map<string, KvSegment[]>();
  /** Every held segment, least recently used first, with its id. */
  private readonly lru = new Map<KvSegment, string>();
  private readonly pins = new Map<string, number>();
  private bytes = 0;
  private evictions = 0;
  private evictedBytes = 0;
  private overBudget = 0;

  constructor(private readonly budgetBytes = 2 ** 30) {}

  async publish(id: string, segment: KvSegment): Promise<void> {
    const list = this.byId.get(id) ?? [];
    list.unshift(segment);
    this.byId.set(id, list);
    this.touch(segment, id);
    this.bytes += segmentBytes(segment);
    this.evict();
  }

  async find(req: SegmentRequest): Promise<KvSegment | undefined> {
    const list = this.byId.get(req.id);
    if (!list) return undefined;
    const usable = list.filter((s) => s.modelFingerprint === req.modelFingerprint && contains(req.tokens, s.tokens));
    const seg = usable.find((s) => s.context === req.context && s.positions[0] === req.start) ?? usable[0];
    if (seg) this.touch(seg, req.id);
    return seg;
  }

  /** Keeps every segment of `ids` until released (pins nest: each pin needs its release). */
  pin(ids: Iterable<string>): SegmentPin {
    const held = [...new Set(ids)];
    for (const id of held) this.pins.set(id, (this.pins.get(id) ?? 0) + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        for (const id of held) {
          const n = (this.pins.get(id) ?? 1) - 1;
          if (n > 0) this.pins.set(id, n); else this.pins.delete(id);
        }
        this.evict();
      },
    };
  }

  get size(): number {
    return this.bytes;
  }

  get stats(): SegmentCacheStats {
    return { segments: this.lru.size, bytes: this.bytes, evictions: this.evictions, evictedBytes: this.evictedBytes, overBudget: this.overBudget };
  }

  clear(): void {
    this.byId.clear();
    this.lru.clear();
    this.bytes = 0;
  }

  private touch(seg: KvSegment, id: string): void {
    this.lru.delete(seg);
    this.lru.set(seg, id);
  }

  private evict(): void {
    if (this.bytes <= this.budgetBytes) return;
    for (const [seg, id] of this.lru) {
      if (this.bytes <= this.budgetBytes) return;
      if (this.pins.has(id)) continue;
      this.lru.delete(seg);
      const list = this.byId.get(id)!;
      list.splice(list.indexOf(seg), 1);
      if (list.length === 0) this.byId.delete(id);
      const b = segmentBytes(seg);
      this.bytes -= b;
      this.evictions++;
      this.evictedBytes += b;
    }
    if (this.bytes > this.budgetBytes) this.overBudget++;
  }
}

export function segmentBytes(s: KvSegment): number {
  let n = 0;
  for (let l = 0; l < s.nLayer; l++) n += s.k[l].length + s.v[l].length;
  return n;
}

/** Index of `needle` inside `hay`, or -1. */
export function indexOfTokens(hay: Int32Array, needle: Int32Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function contains(hay: Int32Array, needle: Int32Array): boolean {
  return needle.length > 0 && indexOfTokens(hay, needle) >= 0;
}
