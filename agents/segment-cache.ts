import type { KvSegment } from "../segments/kv-segment.js";
import type { SegmentRequest, SegmentSink, SegmentSource } from "./segment-source.js";

/**
 * In-process segments by shared-part id, newest first, with a byte budget.
 * Prefers a segment computed behind the same context at the same position
 * (exact reuse) over one that must be moved.
 */
export class SegmentCache implements SegmentSource, SegmentSink {
  private readonly byId = new Map<string, KvSegment[]>();
  private bytes = 0;

  constructor(private readonly budgetBytes = 2 ** 30) {}

  async publish(id: string, segment: KvSegment): Promise<void> {
    const list = this.byId.get(id) ?? [];
    list.unshift(segment);
    this.byId.set(id, list);
    this.bytes += segmentBytes(segment);
    this.evict();
  }

  async find(req: SegmentRequest): Promise<KvSegment | undefined> {
    const list = this.byId.get(req.id);
    if (!list) return undefined;
    const usable = list.filter((s) => s.modelFingerprint === req.modelFingerprint && contains(req.tokens, s.tokens));
    return usable.find((s) => s.context === req.context && s.positions[0] === req.start) ?? usable[0];
  }

  get size(): number {
    return this.bytes;
  }

  clear(): void {
    this.byId.clear();
    this.bytes = 0;
  }

  private evict(): void {
    while (this.bytes > this.budgetBytes) {
      // Drop the oldest segment of the id holding the most bytes.
      let worst: string | undefined;
      let worstBytes = -1;
      for (const [id, list] of this.byId) {
        const b = list.reduce((a, s) => a + segmentBytes(s), 0);
        if (b > worstBytes) { worst = id; worstBytes = b; }
      }
      const list = this.byId.get(worst!)!;
      const dropped = list.pop()!;
      this.bytes -= segmentBytes(dropped);
      if (list.length === 0) this.byId.delete(worst!);
    }
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
