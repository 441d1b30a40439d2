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

function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) { n = Math.floor(n / 128); len++; }
  return len;
}

export function chunkCodec<T extends ChunkMessage>(type: GeneratedType<T>): ChunkCodec<T> {
  return {
    chunk: (bytes) => new type({ chunk: bytes }),
    serialize(m) {
      const c = m.chunk;
      if (m.header != null || c == null || Object.keys(m).some((k) => k !== "chunk" && (m as Record<string, unknown>)[k] != null)) {
        return asBuffer(type.encode(m).finish());
      }
      const n = c.byteLength;
      const head = 1 + varintLength(n);
      const out = Buffer.allocUnsafe(head + n);
      out[0] = CHUNK_KEY;
      let v = n;
      let at = 1;
      while (v >= 0x80) { out[at++] = (v & 0x7f) | 0x80; v = Math.floor(v / 128); }
      out[at] = v;
      out.set(c, head);
      return out;
    },
    deserialize(b) {
      // Fast path: the message is exactly one chunk field.
      if (b.length >= 2 && b[0] === CHUNK_KEY) {
        let n = 0;
        let shift = 1;
        let at = 1;
        while (at < b.length && at < 6) {
          const x = b[at++];
          n += (x & 0x7f) * shift;
          if (x < 0x80) {
            if (at + n === b.length) return new type({ chunk: b.subarray(at) });
            break;
          }
          shift *= 128;
        }
      }
      return type.decode(b);
    },
  };
}

function asBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}
