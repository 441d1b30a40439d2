/**
 * Streaming GGUF (v2/v3, little-endian) reader. Reads only the header (metadata
 * and tensor infos) through a file handle with a bounded window; tensor data is
 * read on demand with `readTensorBytes` / `readTensorRange`. Every declared
 * count and length is checked against the bytes left in the file before
 * anything is allocated, so garbage input raises a typed `GgufFormatError`
 * subclass instead of exhausting memory.
 */
import { open, type FileHandle } from "node:fs/promises";
import {
  GgufFormatError,
  GgufLimitError,
  GgufMagicError,
  GgufTensorError,
  GgufTensorNotFoundError,
  GgufTruncatedError,
  GgufValueTypeError,
  GgufVersionError,
} from "./errors.js";
import {
  GGUF_DEFAULT_ALIGNMENT,
  GGUF_MAGIC,
  GgufValueType,
  ggmlTensorBytes,
  ggmlTypeName,
  ggufValueSize,
  isGgufArray,
  type GgufArray,
  type GgufKv,
  type GgufTypedArray,
  type GgufValue,
} from "./gguf-types.js";

/** Sanity limits: far above any real model, far below what would exhaust memory. */
export const GGUF_LIMITS = {
  maxStringBytes: 64 * 1024 * 1024,
  maxArrayBytes: 1024 * 1024 * 1024,
  maxArrayItems: 1 << 28,
  maxTensors: 1 << 20,
  maxKvs: 1 << 20,
  maxDims: 4,
  maxArrayDepth: 8,
} as const;

export interface GgufTensorInfo {
  readonly name: string;
  /** ggml order: dims[0] is the row (fastest-varying) length. */
  readonly dims: readonly number[];
  /** ggml type id (see GgmlType). */
  readonly type: number;
  /** Offset relative to the start of the data section. */
  readonly offset: number;
  /** Absolute file offset of the first byte. */
  readonly fileOffset: number;
  readonly nBytes: number;
}

export interface GgufHeader {
  readonly version: number;
  readonly fileSize: number;
  readonly alignment: number;
  /** Absolute offset of the tensor data section. */
  readonly dataOffset: number;
  readonly metadata: ReadonlyMap<string, GgufKv>;
  readonly tensors: readonly GgufTensorInfo[];
}

const WINDOW = 1 << 20;
const utf8 = new TextDecoder("utf-8");

/** A forward-only reader over a file handle with a bounded buffer window. */
class Cursor {
  private buf = Buffer.alloc(0);
  private bufStart = 0;
  pos = 0;

  constructor(
    private readonly fh: FileHandle,
    readonly fileSize: number,
  ) {}

  get remaining(): number {
    return this.fileSize - this.pos;
  }

  /** Make `n` bytes at `pos` available in `buf`; returns their index in `buf`. */
  private async ensure(n: number, what: string): Promise<number> {
    if (n > this.remaining) {
      throw new GgufTruncatedError(
        `GGUF truncated: ${what} needs ${n} bytes at offset ${this.pos}, file has ${this.remaining} left`,
      );
    }
    const end = this.bufStart + this.buf.length;
    if (this.pos >= this.bufStart && this.pos + n <= end) return this.pos - this.bufStart;
    const len = Math.min(Math.max(n, WINDOW), this.remaining);
    const b = Buffer.allocUnsafe(len);
    let got = 0;
    while (got < len) {
      const { bytesRead } = await this.fh.read(b, got, len - got, this.pos + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got < n) throw new GgufTruncatedError(`GGUF truncated: short read for ${what} at offset ${this.pos}`);
    this.buf = got === len ? b : b.subarray(0, got);
    this.bufStart = this.pos;
    return 0;
  }

  /**
   * Guard a declared size before allocating anything: callers first reject
   * values past GGUF_LIMITS (GgufLimitError); a size within the limits that
   * runs past the end of the file is truncation.
   */
  checkFits(bytes: bigint, what: string): void {
    if (bytes > BigInt(this.remaining)) {
      throw new GgufTruncatedError(`GGUF truncated: ${what} needs ${bytes} bytes at offset ${this.pos}, file has ${this.remaining} left`);
    }
  }

  async u8(what: string): Promise<number> {
    const i = await this.ensure(1, what);
    this.pos += 1;
    return this.buf.readUInt8(i);
  }
  async u32(what: string): Promise<number> {
    const i = await this.ensure(4, what);
    this.pos += 4;
    return this.buf.readUInt32LE(i);
  }
  async u64(what: string): Promise<bigint> {
    const i = await this.ensure(8, what);
    this.pos += 8;
    return this.buf.readBigUInt64LE(i);
  }
  /** A u64 that must fit in a JS number. */
  async u64n(what: string): Promise<number> {
    const v = await this.u64(what);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new GgufLimitError(`GGUF ${what} is absurd: ${v}`);
    return Number(v);
  }

  /** Copy `dst.length` bytes into `dst` (in window-sized pieces). */
  async bytesInto(dst: Uint8Array, what: string): Promise<void> {
    if (dst.length > this.remaining) {
      throw new GgufTruncatedError(
        `GGUF truncated: ${what} needs ${dst.length} bytes at offset ${this.pos}, file has ${this.remaining} left`,
      );
    }
    let done = 0;
    while (done < dst.length) {
      const n = Math.min(dst.length - done, WINDOW);
      const i = await this.ensure(n, what);
      dst.set(this.buf.subarray(i, i + n), done);
      done += n;
      this.pos += n;
    }
  }

  async scalar(t: GgufValueType, what: string): Promise<number | bigint | boolean> {
    const size = ggufValueSize(t);
    if (size === undefined) throw new GgufValueTypeError(`GGUF ${what}: not a scalar type ${t}`);
    const i = await this.ensure(size, what);
    this.pos += size;
    const b = this.buf;
    switch (t) {
      case GgufValueType.UINT8: return b.readUInt8(i);
      case GgufValueType.INT8: return b.readInt8(i);
      case GgufValueType.UINT16: return b.readUInt16LE(i);
      case GgufValueType.INT16: return b.readInt16LE(i);
      case GgufValueType.UINT32: return b.readUInt32LE(i);
      case GgufValueType.INT32: return b.readInt32LE(i);
      case GgufValueType.FLOAT32: return b.readFloatLE(i);
      case GgufValueType.BOOL: return b.readUInt8(i) !== 0;
      case GgufValueType.UINT64: return b.readBigUInt64LE(i);
      case GgufValueType.INT64: return b.readBigInt64LE(i);
      case GgufValueType.FLOAT64: return b.readDoubleLE(i);
      default: throw new GgufValueTypeError(`GGUF ${what}: unknown value type ${t}`);
    }
  }

  async string(what: string): Promise<string> {
    const len = await this.u64(`${what} length`);
    if (len > BigInt(GGUF_LIMITS.maxStringBytes)) {
      throw new GgufLimitError(`GGUF ${what}: absurd string length ${len} at offset ${this.pos - 8}`);
    }
    this.checkFits(len, `${what} (string of ${len} bytes)`);
    const n = Number(len);
    const i = await this.ensure(n, what);
    this.pos += n;
    return utf8.decode(this.buf.subarray(i, i + n));
  }
}

function checkType(t: number, what: string): GgufValueType {
  if (!Number.isInteger(t) || t < 0 || t > GgufValueType.FLOAT64) {
    throw new GgufValueTypeError(`GGUF ${what}: unknown value type ${t}`);
  }
  return t as GgufValueType;
}

function typedArrayOf(t: GgufValueType, buf: ArrayBuffer, count: number): GgufTypedArray {
  switch (t) {
    case GgufValueType.UINT8:
    case GgufValueType.BOOL: return new Uint8Array(buf, 0, count);
    case GgufValueType.INT8: return new Int8Array(buf, 0, count);
    case GgufValueType.UINT16: return new Uint16Array(buf, 0, count);
    case GgufValueType.INT16: return new Int16Array(buf, 0, count);
    case GgufValueType.UINT32: return new Uint32Array(buf, 0, count);
    case GgufValueType.INT32: return new Int32Array(buf, 0, count);
    case GgufValueType.FLOAT32: return new Float32Array(buf, 0, count);
    case GgufValueType.UINT64: return new BigUint64Array(buf, 0, count);
    case GgufValueType.INT64: return new BigInt64Array(buf, 0, count);
    case GgufValueType.FLOAT64: return new Float64Array(buf, 0, count);
    default: throw new GgufValueTypeError(`GGUF: type ${t} is not numeric`);
  }
}

async function readValue(c: Cursor, t: GgufValueType, what: string, depth: number): Promise<GgufValue> {
  if (t === GgufValueType.STRING) return c.string(what);
  if (t !== GgufValueType.ARRAY) return c.scalar(t, what);
  if (depth >= GGUF_LIMITS.maxArrayDepth) throw new GgufLimitError(`GGUF ${what}: arrays nested too deep`);
  const itemType = checkType(await c.u32(`${what} item type`), `${what} item`);
  const count = await c.u64(`${what} count`);
  const minItem = ggufValueSize(itemType) ?? (itemType === GgufValueType.STRING ? 8 : 12);
  if (count > BigInt(GGUF_LIMITS.maxArrayItems) || count * BigInt(minItem) > BigInt(GGUF_LIMITS.maxArrayBytes)) {
    throw new GgufLimitError(`GGUF ${what}: absurd array count ${count}`);
  }
  c.checkFits(count * BigInt(minItem), `${what} (array of ${count} items)`);
  const n = Number(count);
  if (itemType === GgufValueType.STRING) {
    const values: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) values[i] = await c.string(`${what}[${i}]`);
    return { itemType, values };
  }
  if (itemType === GgufValueType.ARRAY) {
    const values: GgufArray[] = [];
    for (let i = 0; i < n; i++) {
      const v = await readValue(c, GgufValueType.ARRAY, `${what}[${i}]`, depth + 1);
      values.push(v as GgufArray);
    }
    return { itemType, values };
  }
  const bytes = n * minItem;
  if (bytes > GGUF_LIMITS.maxArrayBytes) throw new GgufLimitError(`GGUF ${what}: array of ${bytes} bytes is too large`);
  const ab = new ArrayBuffer(bytes);
  await c.bytesInto(new Uint8Array(ab), what);
  return { itemType, values: typedArrayOf(itemType, ab, n) };
}

async function parseHeader(fh: FileHandle, fileSize: number): Promise<GgufHeader> {
  const c = new Cursor(fh, fileSize);
  if (fileSize < 4) throw new GgufTruncatedError(`GGUF truncated: file has ${fileSize} bytes`);
  const magic = await c.u32("magic");
  if (magic !== GGUF_MAGIC) {
    throw new GgufMagicError(`not a GGUF file: magic 0x${magic.toString(16).padStart(8, "0")}, expected 0x46554747 ("GGUF")`);
  }
  const version = await c.u32("version");
  if (version !== 2 && version !== 3) throw new GgufVersionError(`unsupported GGUF version ${version} (supported: 2, 3)`);
  const nTensors = await c.u64("tensor count");
  const nKv = await c.u64("metadata count");
  // A tensor info is at least 8 (name len) + 4 (n_dims) + 4 (type) + 8 (offset) bytes; a KV at least 8 + 4 + 1.
  if (nTensors > BigInt(GGUF_LIMITS.maxTensors)) throw new GgufLimitError(`GGUF: absurd tensor count ${nTensors}`);
  if (nKv > BigInt(GGUF_LIMITS.maxKvs)) throw new GgufLimitError(`GGUF: absurd metadata count ${nKv}`);
  c.checkFits(nTensors * 24n + nKv * 13n, `${nTensors} tensor infos and ${nKv} metadata entries`);
  const metadata = new Map<string, GgufKv>();
  for (let i = 0; i < Number(nKv); i++) {
    const key = await c.string(`metadata key #${i}`);
    const type = checkType(await c.u32(`type of ${key}`), key);
    const value = await readValue(c, type, key, 0);
    if (metadata.has(key)) throw new GgufFormatError(`GGUF: duplicate metadata key ${key}`);
    metadata.set(key, { type, value });
  }
  let alignment = GGUF_DEFAULT_ALIGNMENT;
  const al = metadata.get("general.alignment");
  if (al !== undefined) {
    const v = typeof al.value === "bigint" ? Number(al.value) : al.value;
    if (typeof v !== "number" || !Number.isInteger(v) || v <= 0 || (v & (v - 1)) !== 0 || v > 1 << 20) {
      throw new GgufFormatError(`GGUF: general.alignment must be a power of two, got ${String(al.value)}`);
    }
    alignment = v;
  }
  const raw: { name: string; dims: number[]; type: number; offset: number }[] = [];
  const names = new Set<string>();
  for (let i = 0; i < Number(nTensors); i++) {
    const name = await c.string(`tensor #${i} name`);
    const nDims = await c.u32(`${name} n_dims`);
    if (nDims > GGUF_LIMITS.maxDims) throw new GgufTensorError(`GGUF tensor ${name}: ${nDims} dims (max ${GGUF_LIMITS.maxDims})`);
    const dims: number[] = [];
    for (let d = 0; d < nDims; d++) dims.push(await c.u64n(`${name} dim ${d}`));
    const type = await c.u32(`${name} type`);
    const offset = await c.u64n(`${name} offset`);
    if (names.has(name)) throw new GgufTensorError(`GGUF: duplicate tensor ${name}`);
    names.add(name);
    raw.push({ name, dims, type, offset });
  }
  const dataOffset = Math.ceil(c.pos / alignment) * alignment;
  const tensors: GgufTensorInfo[] = raw.map((t) => {
    let elems = 1;
    for (const d of t.dims) elems *= d;
    if (!Number.isSafeInteger(elems)) throw new GgufLimitError(`GGUF tensor ${t.name}: absurd shape [${t.dims.join(", ")}]`);
    const nBytes = ggmlTensorBytes(t.type, t.dims);
    if (nBytes === undefined) {
      throw new GgufTensorError(`GGUF tensor ${t.name}: unknown type ${ggmlTypeName(t.type)} or row not a multiple of its block`);
    }
    if (t.offset % alignment !== 0) throw new GgufTensorError(`GGUF tensor ${t.name}: offset ${t.offset} not aligned to ${alignment}`);
    const fileOffset = dataOffset + t.offset;
    if (fileOffset + nBytes > fileSize) {
      throw new GgufTruncatedError(`GGUF truncated: tensor ${t.name} ends at ${fileOffset + nBytes}, file has ${fileSize} bytes`);
    }
    return { ...t, fileOffset, nBytes };
  });
  return { version, fileSize, alignment, dataOffset, metadata, tensors };
}

/** An open GGUF file: parsed header plus on-demand tensor reads. Call `dispose()`. */
export class GgufFile implements GgufHeader, AsyncDisposable {
  readonly version: number;
  readonly fileSize: number;
  readonly alignment: number;
  readonly dataOffset: number;
  readonly metadata: ReadonlyMap<string, GgufKv>;
  readonly tensors: readonly GgufTensorInfo[];
  private readonly byName: Map<string, GgufTensorInfo>;
  private fh: FileHandle | undefined;

  private constructor(readonly path: string, fh: FileHandle, h: GgufHeader) {
    this.fh = fh;
    this.version = h.version;
    this.fileSize = h.fileSize;
    this.alignment = h.alignment;
    this.dataOffset = h.dataOffset;
    this.metadata = h.metadata;
    this.tensors = h.tensors;
    this.byName = new Map(h.tensors.map((t) => [t.name, t]));
  }

  static async open(path: string): Promise<GgufFile> {
    const fh = await open(path, "r");
    try {
      const { size } = await fh.stat();
      const h = await parseHeader(fh, size);
      return new GgufFile(path, fh, h);
    } catch (e) {
      await fh.close();
      if (e instanceof GgufFormatError) throw new (e.constructor as typeof GgufFormatError)(`${path}: ${e.message}`, { cause: e });
      throw e;
    }
  }

  /** The raw value of a metadata key, or undefined. */
  get(key: string): GgufValue | undefined {
    return this.metadata.get(key)?.value;
  }

  /** A numeric metadata value as a number (bigint converted), or undefined if absent or not numeric. */
  getNumber(key: string): number | undefined {
    const v = this.get(key);
    if (typeof v === "number") return v;
    if (typeof v === "bigint") return Number(v);
    return undefined;
  }

  getString(key: string): string | undefined {
    const v = this.get(key);
    return typeof v === "string" ? v : undefined;
  }

  getBool(key: string): boolean | undefined {
    const v = this.get(key);
    return typeof v === "boolean" ? v : undefined;
  }

  getArray(key: string): GgufArray | undefined {
    const v = this.get(key);
    return isGgufArray(v) ? v : undefined;
  }

  /** The tensor info, or undefined when the file has no tensor of that name. */
  tensor(name: string): GgufTensorInfo | undefined {
    return this.byName.get(name);
  }

  /** The first `min(nBytes, maxBytes)` bytes of a tensor's data. */
  async readTensorBytes(name: string, maxBytes?: number): Promise<Uint8Array> {
    const t = this.byName.get(name);
    if (!t) throw new GgufTensorNotFoundError(`${this.path}: no tensor named ${name}`);
    return this.readTensorRange(name, 0, maxBytes === undefined ? t.nBytes : Math.min(maxBytes, t.nBytes));
  }

  /** `length` bytes of a tensor's data starting `offset` bytes into it (clamped to the tensor). */
  async readTensorRange(name: string, offset: number, length: number): Promise<Uint8Array> {
    const t = this.byName.get(name);
    if (!t) throw new GgufTensorNotFoundError(`${this.path}: no tensor named ${name}`);
    if (!this.fh) throw new GgufFormatError(`${this.path}: file already disposed`);
    const start = Math.max(0, Math.min(offset, t.nBytes));
    const n = Math.max(0, Math.min(length, t.nBytes - start));
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n) {
      const { bytesRead } = await this.fh.read(out, got, n - got, t.fileOffset + start + got);
      if (bytesRead === 0) throw new GgufTruncatedError(`${this.path}: tensor ${name} data truncated`);
      got += bytesRead;
    }
    return out;
  }

  async dispose(): Promise<void> {
    const fh = this.fh;
    this.fh = undefined;
    await fh?.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }
}

/** Parse only the header of a GGUF file (the handle is closed before returning). */
export async function readGgufHeader(path: string): Promise<GgufHeader> {
  const f = await GgufFile.open(path);
  await f.dispose();
  return f;
}
