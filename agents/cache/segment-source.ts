import type { KvSegment } from "../../segments/kv-segment.js";

/** A request for KV of a shared prompt part, as the consuming agent sees it. */
export interface SegmentRequest {
  /** The shared part's id (e.g. "question", "reply:retriever"). */
  readonly id: string;
  /** The part's tokens in the consumer's prompt. */
  readonly tokens: Int32Array;
  /** Where the part starts in the consumer's prompt. */
  readonly start: number;
  /** contextDigest() of the consumer's tokens before the part. */
  readonly context: string;
  readonly modelFingerprint: string;
}

/**
 * Where an agent finds KV for shared parts. A miss is `undefined`; an
 * exception means the source failed, and the agent falls back to a prefill.
 */
export interface SegmentSource {
  /**
   * A segment to place at the part (moved there if needed), or pieces already
   * at their final positions inside the part (tokens between them are
   * prefilled: that is how selective recompute leaves holes).
   */
  find(req: SegmentRequest): Promise<KvSegment | readonly KvSegment[] | undefined>;
}

/** Receives the KV of what an agent produced or read, for others to reuse. */
export interface SegmentSink {
  publish(id: string, segment: KvSegment): Promise<void>;
}
