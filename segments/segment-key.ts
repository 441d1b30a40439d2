import { createHash } from "node:crypto";
import type { KvType } from "./kv-type.js";

/** The llama.cpp sequence-state format version kvmesh reads and writes. */
export const STATE_FORMAT_VERSION = 3;

export interface SegmentKeyFields {
  /** ModelInfo.fingerprint: architecture, shapes, RoPE parameters, tokenizer, weights sample. */
  readonly modelFingerprint: string;
  readonly kType: KvType;
  readonly vType: KvType;
  readonly stateFormatVersion: number;
  readonly tenant: string;
  /** The segment's own tokens. */
  readonly tokens: ArrayLike<number>;
  /** Digest of the tokens the KV was computed behind (`contextDigest([])` when alone). */
  readonly context: string;
  /** Position of the first token (K is stored after RoPE, so it changes the bytes). */
  readonly startPos: number;
}

/**
 * Content address of a KV segment. The digest is SHA-256 over a fixed,
 * versioned encoding of every field that changes the KV bytes:
 *
 *   "kvmesh.segment-key.v1\0" model "\0" kType "\0" vType "\0" version "\0"
 *   tenant "\0" context "\0" startPos "\0" tokens (i32 little-endian)
 *
 * It depends on nothing but these values (no process state, no map order), so
 * two processes and two releases agree on it.
 */
export class SegmentKey {
  readonly digest: string;
  private constructor(readonly fields: SegmentKeyFields, digest: string) {
    this.digest = digest;
  }

  static of(fields: SegmentKeyFields): SegmentKey {
    const h = createHash("sha256");
    h.update("kvmesh.segment-key.v1\0");
    for (const part of [
      fields.modelFingerprint, fields.kType, fields.vType, String(fields.stateFormatVersion),
      fields.tenant, fields.context, String(fields.startPos),
    ]) {
      h.update(part);
      h.update("\0");
    }
    h.update(tokenBytes(fields.tokens));
    return new SegmentKey(fields, h.digest("hex"));
  }

  equals(other: SegmentKey): boolean {
    return this.digest === other.digest;
  }

  toString(): string {
    return `seg:${this.digest}`;
  }
}

/** Chained digest of a token prefix: what a segment's KV was computed behind. */
export function contextDigest(prefixTokens: ArrayLike<number>): string {
  return createHash("sha256").update("kvmesh.context.v1\0").update(tokenBytes(prefixTokens)).digest("hex");
}

function tokenBytes(tokens: ArrayLike<number>): Buffer {
  const b = Buffer.alloc(tokens.length * 4);
  for (let i = 0; i < tokens.length; i++) b.writeInt32LE(tokens[i], i * 4);
  return b;
}
