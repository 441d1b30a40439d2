/**
 * Serializers for the two bytes-carrying stream messages, `PutRequest` and
 * `GetReply` (broker.proto: `oneof kind { <Header> header = 1; bytes chunk = 2; }`).
 * A payload chunk is written and read by hand, in the proto wire format: the
 * key byte of field 2 / wire type 2 (0x12), the length as a varint, the bytes.
 * That is byte for byte what the generated encoder writes, without its
 * per-message writer objects; decoding hands back a view of the received
 * buffer (no copy). Anything else (headers, unknown fields) goes through the
 * generated code.
 */

import { collectMessage, type MessageConsumer } from "./grpc-message-framing.js";
import { varintLength, writeVarint } from "./varint.js";

/** Field 2, wire type 2 (length-delimited). */
const CHUNK_KEY = 0x12;

interface ChunkMessage {
  header?: unknown;
  chunk?: Uint8Array | null;
}

/** The generated message class: constructor and static encode/decode. */
interface GeneratedType<T> {
  new (properties?: { chunk?: Uint8Array | null }): T;
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

export interface ChunkCodec<T> {
  /** A message holding only `chunk` (a view; not copied until serialized). */
  chunk(bytes: Uint8Array): T;
  serialize(message: T): Buffer;
  deserialize(bytes: Buffer): T;
}


export function chunkCodec<T extends ChunkMessage>(type: GeneratedType<T>): ChunkCodec<T> {
  return {
    chunk: (bytes) => new type({ chunk: bytes }),
    serialize(m) {
      const c = m.chunk;
      if (m.header != null || c == null || Object.keys(m).some((k) => k !== "chunk" && (m as Record<string, unknown>)[k] != null)) {
        return asBuffer(type.encode(m).finish());
      }
      const head = chunkFieldHead(c.byteLength);
      const out = Buffer.allocUnsafe(head.length + c.byteLength);
      out.set(head, 0);
      out.set(c, head.length);
      return out;
    },
    deserialize(b) {
      // Fast path: the message is exactly one chunk field.
      const h = readChunkFieldHead(b, b.length);
      if (h !== undefined && h !== "more") return new type({ chunk: b.subarray(h.head) });
      return type.decode(b);
    },
  };
}

/** The bytes before a chunk's payload in its message: the key of field 2 and the length varint. */
export function chunkFieldHead(length: number): Buffer {
  const out = Buffer.allocUnsafe(1 + varintLength(length));
  out[0] = CHUNK_KEY;
  writeVarint(out, 1, length);
  return out;
}

/** Longest head: the key byte and a 5-byte varint (lengths below 2^35). */
export const CHUNK_HEAD_MAX_BYTES = 6;

/**
 * Reads a chunk message's head from its first bytes: the head's and the
 * payload's lengths when the message of `messageLength` bytes is exactly one
 * chunk field; "more" when `bytes` is too short to tell; undefined when it is
 * anything else (decode it with the generated code then).
 */
export function readChunkFieldHead(bytes: Uint8Array, messageLength: number): { head: number; payload: number } | "more" | undefined {
  if (bytes.length === 0) return messageLength === 0 ? undefined : "more";
  if (bytes[0] !== CHUNK_KEY) return undefined;
  let n = 0;
  let shift = 1;
  for (let at = 1; at < CHUNK_HEAD_MAX_BYTES; at++) {
    if (at >= bytes.length) return at >= messageLength ? undefined : "more";
    const x = bytes[at];
    n += (x & 0x7f) * shift;
    if (x < 0x80) return at + 1 + n === messageLength ? { head: at + 1, payload: n } : undefined;
    shift *= 128;
  }
  return undefined;
}

/**
 * Consumes one chunk-stream message of `length` bytes as it arrives: reads the
 * head, then hands the payload to `take` as slices of the received buffers
 * (nothing gathered). A message that is not a lone chunk field is gathered
 * and given to `decode`, which returns its chunk bytes (or throws).
 */
export function chunkMessageConsumer(
  length: number, take: (bytes: Uint8Array) => void, decode: (message: Buffer) => Uint8Array,
): MessageConsumer {
  const head = Buffer.allocUnsafe(Math.min(length, CHUNK_HEAD_MAX_BYTES));
  let have = 0;
  let streaming = false;
  let whole: MessageConsumer | undefined;
  const gather = () => collectMessage(length, (m) => take(decode(m)));
  return {
    bytes(slice) {
      if (streaming) { take(slice); return; }
      if (whole) { whole.bytes(slice); return; }
      const n = Math.min(head.length - have, slice.length);
      slice.copy(head, have, 0, n);
      have += n;
      const h = readChunkFieldHead(head.subarray(0, have), length);
      if (h === "more") return;
      if (h === undefined) {
        whole = gather();
        whole.bytes(head.subarray(0, have));
        if (n < slice.length) whole.bytes(slice.subarray(n));
        return;
      }
      streaming = true;
      if (have > h.head) take(head.subarray(h.head, have));
      if (n < slice.length) take(slice.subarray(n));
    },
    end() {
      if (streaming) return;
      // Gathered, or too short to hold a chunk head: the generated code says what it is.
      if (!whole) { whole = gather(); whole.bytes(head.subarray(0, have)); }
      whole.end();
    },
  };
}

function asBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}
