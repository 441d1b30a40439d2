/**
 * The seam between an agent and llama.cpp's KV cache: an injector puts reused
 * KV into a sequence and takes KV out of it. Two adapters implement it: the
 * native path (native-injector.ts: in memory, at memory speed) and the file
 * path (file-injector.ts: whole sequence states through tmpfs, validated in
 * JavaScript), which is the fallback wherever the native one is unavailable.
 */
import type { KvSegment } from "../../segments/kv-segment.js";

/** KV for prompt positions [start, start + n): moved there (keys rotated) when the segment sits elsewhere. */
export interface InjectPiece {
  readonly start: number;
  readonly segment: KvSegment;
}

/** Where an injection's time went, in milliseconds (each counted once). */
export interface InjectStages {
  /** Reading back the prefix the sequence keeps. */
  readonly readMs: number;
  /** Rotating moved keys (native: while copying them into the buffer llama.cpp reads). */
  readonly repositionMs: number;
  /** Assembling the new sequence's KV (and, on the file path, checking and serialising it). */
  readonly assembleMs: number;
  /** llama.cpp taking the KV in. */
  readonly writeMs: number;
}

export interface InjectReport {
  readonly path: InjectPath;
  /** KV bytes written into llama.cpp's cache. */
  readonly bytes: number;
  /** Only the new cells were written (the kept prefix stayed in place); false when the whole sequence was rewritten. */
  readonly onlyNewCells: boolean;
  readonly stages: InjectStages;
  /** Wall time of the whole injection, locks included. */
  readonly ms: number;
}

export type InjectPath = "native" | "file";

/** A way to cut segments out of the sequence (the file path reads the whole state once; the native path reads only the cells cut). */
export interface KvSnapshot {
  /** Positions [start, end) as a segment (copies). */
  cut(start: number, end: number, meta: { readonly modelFingerprint: string; readonly context: string }): Promise<KvSegment>;
}

export interface KvInjector {
  readonly path: InjectPath;
  /**
   * Makes the sequence hold its first `keep` tokens (kept as they are) followed
   * by `pieces`, which must cover [keep, end) in order without gaps. `tokens`
   * are the prompt's tokens (at least up to the last piece's end). Pieces are
   * validated by the caller; the injector checks layout and counts again
   * before llama.cpp sees anything, and throws a typed error otherwise.
   */
  inject(keep: number, pieces: readonly InjectPiece[], tokens: Int32Array): Promise<InjectReport>;
  /** Something to cut segments from; use it before the sequence changes again. */
  snapshot(): Promise<KvSnapshot>;
  dispose(): void;
}
