/**
 * Lookup requests and replies encoded by hand. Requests (`BatchLookupRequest`,
 * `repeated string key_digests = 1`) skip protobufjs' writer. Replies: `LookupReply` (events.proto, NATS) and
 * `BatchLookupReply` (broker.proto, gRPC) both carry `repeated ... results = 1`
 * of a message with `string key_digest = 1; bool hit = 2; SegmentManifest
 * manifest = 3`. A hit's manifest comes already encoded (the broker keeps the
 * bytes per stored manifest), so a reply of many hits is mostly copies instead
 * of a protobufjs writer walk over every manifest. Byte for byte what the
 * generated encoders write (test/unit/proto/lookup-codec.test.ts).
 */
import { varintLength, writeVarint } from "./varint.js";

export interface EncodedLookupResult {
  readonly keyDigest: string;
  readonly hit: boolean;
  /** The encoded SegmentManifest (present on a hit). */
  readonly manifest?: Uint8Array;
}

/** One result message's body length (proto3: empty strings, false and absent fields are not written). */
function bodyLength(r: EncodedLookupResult, keyBytes: number): number {
  let n = 0;
  if (keyBytes > 0) n += 1 + varintLength(keyBytes) + keyBytes;
  if (r.hit) n += 2;
  if (r.manifest) n += 1 + varintLength(r.manifest.length) + r.manifest.length;
  return n;
}

/** An encoded `BatchLookupRequest` for these keys. */
export function encodeLookupRequest(keyDigests: readonly string[]): Buffer {
  let total = 0;
  const lens = keyDigests.map((k) => Buffer.byteLength(k));
  for (const n of lens) total += 1 + varintLength(n) + n;
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  keyDigests.forEach((k, i) => { at = writeString(out, at, 0x0a, k, lens[i]); });
  return out;
}

/** A length-delimited string field (its key byte, the length, the UTF-8 bytes); returns the offset after it. */
function writeString(out: Buffer, at: number, key: number, s: string, byteLength: number): number {
  out[at++] = key;
  at = writeVarint(out, at, byteLength);
  return at + out.write(s, at, "utf8");
}

/** The encoded reply: field 1, one length-delimited result message per entry. */
export function encodeLookupResults(results: readonly EncodedLookupResult[]): Buffer {
  const keyBytes = results.map((r) => Buffer.byteLength(r.keyDigest));
  const bodies = results.map((r, i) => bodyLength(r, keyBytes[i]));
  let total = 0;
  for (const b of bodies) total += 1 + varintLength(b) + b;
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  results.forEach((r, i) => {
    out[at++] = 0x0a;
    at = writeVarint(out, at, bodies[i]);
    if (keyBytes[i] > 0) at = writeString(out, at, 0x0a, r.keyDigest, keyBytes[i]);
    if (r.hit) { out[at++] = 0x10; out[at++] = 1; }
    if (r.manifest) {
      out[at++] = 0x1a;
      at = writeVarint(out, at, r.manifest.length);
      out.set(r.manifest, at);
      at += r.manifest.length;
    }
  });
  return out;
}

/**
 * Decodes a `BatchLookupReply`'s results (the gRPC side; a NATS `LookupReply`
 * may carry an error instead and goes through the generated code). A result's
 * key equal to the one asked for at its index reuses the caller's string; the
 * manifest is handed back encoded, as a view. Unknown fields are skipped; a
 * truncated or malformed message throws a RangeError, like the generated decoder.
 */
export function decodeLookupResults(bytes: Uint8Array, asked?: readonly string[]): EncodedLookupResult[] {
  const out: EncodedLookupResult[] = [];
  const r = new WireReader(bytes, 0, bytes.length);
  while (!r.done) {
    const [field, wire] = r.key();
    if (field === 1 && wire === 2) {
      const [start, end] = r.lengthDelimited();
      out.push(decodeResult(bytes, start, end, asked?.[out.length]));
    } else {
      r.skip(wire);
    }
  }
  return out;
}

function decodeResult(bytes: Uint8Array, start: number, end: number, asked: string | undefined): EncodedLookupResult {
  let keyDigest = "";
  let hit = false;
  let manifest: Uint8Array | undefined;
  const r = new WireReader(bytes, start, end);
  while (!r.done) {
    const [field, wire] = r.key();
    if (field === 1 && wire === 2) {
      const [s, e] = r.lengthDelimited();
      keyDigest = asked !== undefined && sameAscii(bytes, s, e, asked) ? asked : Buffer.from(bytes.buffer, bytes.byteOffset + s, e - s).toString("utf8");
    } else if (field === 2 && wire === 0) {
      hit = r.varint() !== 0;
    } else if (field === 3 && wire === 2) {
      const [s, e] = r.lengthDelimited();
      manifest = bytes.subarray(s, e);
    } else {
      r.skip(wire);
    }
  }
  return manifest ? { keyDigest, hit, manifest } : { keyDigest, hit };
}

/** True when bytes[s..e) are exactly `str` and `str` is ASCII. */
function sameAscii(bytes: Uint8Array, s: number, e: number, str: string): boolean {
  if (e - s !== str.length) return false;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c > 0x7f || bytes[s + i] !== c) return false;
  }
  return true;
}

/** Just enough of the proto wire format to walk a message. */
class WireReader {
  constructor(private readonly b: Uint8Array, private at: number, private readonly end: number) {}

  get done(): boolean { return this.at >= this.end; }

  varint(): number {
    let n = 0;
    let shift = 1;
    for (let i = 0; i < 10; i++) {
      if (this.at >= this.end) throw new RangeError("lookup reply: truncated varint");
      const x = this.b[this.at++];
      n += (x & 0x7f) * shift;
      if (x < 0x80) return n;
      shift *= 128;
    }
    throw new RangeError("lookup reply: varint too long");
  }

  key(): [number, number] {
    const k = this.varint();
    return [Math.floor(k / 8), k & 7];
  }

  lengthDelimited(): [number, number] {
    const n = this.varint();
    const s = this.at;
    if (n > this.end - s) throw new RangeError("lookup reply: length runs past the end");
    this.at = s + n;
    return [s, this.at];
  }

  skip(wire: number): void {
    switch (wire) {
      case 0: this.varint(); return;
      case 1: this.advance(8); return;
      case 2: this.lengthDelimited(); return;
      case 5: this.advance(4); return;
      default: throw new RangeError(`lookup reply: wire type ${wire} cannot be skipped`);
    }
  }

  private advance(n: number): void {
    if (n > this.end - this.at) throw new RangeError("lookup reply: truncated field");
    this.at += n;
  }
}
