/** What the broker announces about segments (metadata only, never KV bytes). */
export interface SegmentEventData {
  readonly kind: "stored" | "evicted" | "deleted" | "quarantined";
  readonly namespace: string;
  readonly keyDigest: string;
  readonly byteLength: number;
  /** "memory", "disk" or "all". */
  readonly tier: string;
  readonly unixMs: number;
  readonly modelFingerprint: string;
  readonly tokenCount: number;
}

/** Where segment events go (the NATS adapter, a test, or nowhere). */
export interface SegmentEventSink {
  publish(e: SegmentEventData): void;
}

export class SegmentEventFanout implements SegmentEventSink {
  private readonly sinks = new Set<SegmentEventSink>();
  add(s: SegmentEventSink): () => void {
    this.sinks.add(s);
    return () => this.sinks.delete(s);
  }
  publish(e: SegmentEventData): void {
    for (const s of this.sinks) {
      try { s.publish(e); } catch { /* events are best effort */ }
    }
  }
}
