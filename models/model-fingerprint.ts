/**
 * Model fingerprint, version 1 ("kvmesh-model-fp-v1").
 *
 * A fixed, documented hash of everything in a GGUF model that changes the KV
 * bytes it produces, so that a KV segment made by one model is never reused by
 * another. fingerprint = lowercase hex SHA-256 of the canonical byte stream
 * below, first 32 characters (128 bits).
 *
 * Canonical encoding (all little-endian). Primitives:
 *   str(s)   = u32 byte length, then the UTF-8 bytes
 *   u32(n), i32(n), u64(n) = fixed-width integers
 *   f64(x)   = IEEE double (f32 values are widened exactly)
 *   bytes(b) = u64 length, then the bytes
 *   digest(b) = the 32 raw bytes of SHA-256(b)
 * Stream, in this order:
 *   str("kvmesh-model-fp-v1")
 *   str(architecture)
 *   u32(nLayer) u32(nEmbd) u32(nHead) u32(nHeadKv) u32(headDimK) u32(headDimV)
 *   f64(rmsEps)                       (`<arch>.attention.layer_norm_rms_epsilon`, 0 if absent)
 *   str(rope.style) u32(rope.nRot) f64(rope.freqBase) f64(rope.freqScale)
 *   str(ropeScalingType) u32(yarnOrigCtx) f64(ropeAttnFactor)   (0 when absent)
 *   bytes(rope_freqs.weight tensor bytes, empty if none)
 *   str(tokenizer model)
 *   digest(u32(n) then str(token) for each token)
 *   digest(bytes of scores as f32, empty if absent)
 *   digest(bytes of token types as i32, empty if absent)
 *   i32(bos id) i32(eos id)           (-1 when absent)
 *   u32(tensor count), then for each tensor sorted by name (UTF-16 code unit order):
 *     str(name) u32(ggml type) u32(n dims) u64(dim)...
 *   then again for each tensor sorted by name:
 *     bytes(first min(4096, n) data bytes) bytes(last min(4096, n - 4096) data bytes, empty if n <= 4096)
 *
 * Deliberately NOT included (they do not change KV bytes): general.* (name,
 * author, license, file_type...), `<arch>.context_length`, feed_forward_length
 * as a key (the FFN shape is covered by the tensor shapes), the chat template,
 * tokenizer add_bos/add_eos flags, unk/pad ids, `kvmesh.*` keys, tensor order in
 * the file and the file's alignment.
 */
import { createHash } from "node:crypto";
import type { RopeParams } from "../kernels/backend.js";

export const MODEL_FINGERPRINT_VERSION = "kvmesh-model-fp-v1";
/** Bytes sampled from the start and from the end of every tensor. */
export const FINGERPRINT_SAMPLE_BYTES = 4096;

export interface FingerprintTensor {
  readonly name: string;
  readonly type: number;
  readonly dims: readonly number[];
  /** First min(4096, n) bytes of the data. */
  readonly head: Uint8Array;
  /** Last min(4096, n - 4096) bytes (empty when n <= 4096). */
  readonly tail: Uint8Array;
}

export interface FingerprintInput {
  readonly architecture: string;
  readonly nLayer: number;
  readonly nEmbd: number;
  readonly nHead: number;
  readonly nHeadKv: number;
  readonly headDimK: number;
  readonly headDimV: number;
  readonly rmsEps: number;
  readonly rope: Pick<RopeParams, "style" | "nRot" | "freqBase" | "freqScale">;
  readonly ropeScalingType: string;
  readonly yarnOrigCtx: number;
  readonly ropeAttnFactor: number;
  /** Raw bytes of `rope_freqs.weight` (empty if absent). */
  readonly ropeFreqsBytes: Uint8Array;
  readonly tokenizer: {
    readonly model: string;
    readonly tokens: readonly string[];
    readonly scores?: Float32Array;
    readonly tokenTypes?: Int32Array;
    readonly bosId: number;
    readonly eosId: number;
  };
  readonly tensors: readonly FingerprintTensor[];
}

const enc = new TextEncoder();

class Canon {
  readonly h = createHash("sha256");
  private readonly scratch = Buffer.alloc(8);
  str(s: string): void {
    const b = enc.encode(s);
    this.u32(b.length);
    this.h.update(b);
  }
  u32(n: number): void {
    this.scratch.writeUInt32LE(n >>> 0, 0);
    this.h.update(this.scratch.subarray(0, 4));
  }
  i32(n: number): void {
    this.scratch.writeInt32LE(n | 0, 0);
    this.h.update(this.scratch.subarray(0, 4));
  }
  u64(n: number): void {
    this.scratch.writeBigUInt64LE(BigInt(n), 0);
    this.h.update(this.scratch);
  }
  f64(x: number): void {
    this.scratch.writeDoubleLE(x, 0);
    this.h.update(this.scratch);
  }
  bytes(b: Uint8Array): void {
    this.u64(b.length);
    this.h.update(b);
  }
  raw(b: Uint8Array): void {
    this.h.update(b);
  }
}

function digest(fill: (c: Canon) => void): Uint8Array {
  const c = new Canon();
  fill(c);
  return c.h.digest();
}

const viewBytes = (a: Float32Array | Int32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** The model fingerprint (32 hex chars) of the given fields; see the file comment for the recipe. */
export function computeModelFingerprint(m: FingerprintInput): string {
  const c = new Canon();
  c.str(MODEL_FINGERPRINT_VERSION);
  c.str(m.architecture);
  for (const n of [m.nLayer, m.nEmbd, m.nHead, m.nHeadKv, m.headDimK, m.headDimV]) c.u32(n);
  c.f64(m.rmsEps);
  c.str(m.rope.style);
  c.u32(m.rope.nRot);
  c.f64(m.rope.freqBase);
  c.f64(m.rope.freqScale);
  c.str(m.ropeScalingType);
  c.u32(m.yarnOrigCtx);
  c.f64(m.ropeAttnFactor);
  c.bytes(m.ropeFreqsBytes);
  const t = m.tokenizer;
  c.str(t.model);
  c.raw(digest((d) => {
    d.u32(t.tokens.length);
    for (const s of t.tokens) d.str(s);
  }));
  c.raw(digest((d) => d.raw(t.scores ? viewBytes(t.scores) : new Uint8Array(0))));
  c.raw(digest((d) => d.raw(t.tokenTypes ? viewBytes(t.tokenTypes) : new Uint8Array(0))));
  c.i32(t.bosId);
  c.i32(t.eosId);
  const tensors = [...m.tensors].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  c.u32(tensors.length);
  for (const x of tensors) {
    c.str(x.name);
    c.u32(x.type);
    c.u32(x.dims.length);
    for (const d of x.dims) c.u64(d);
  }
  for (const x of tensors) {
    c.bytes(x.head);
    c.bytes(x.tail);
  }
  return c.h.digest("hex").slice(0, 32);
}
