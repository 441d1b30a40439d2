/**
 * Streaming GGUF v3 writer. Metadata and tensor infos are serialized up front;
 * tensor data is pulled from each tensor's source (bytes, or a sync / async
 * iterable of chunks) and written through one large buffer, with zero padding
 * to the alignment before the data section and between tensors.
 *
 * f16 and q8_0 encoding use kernels/f16.ts and kernels/q8_0.ts (bit-exact with ggml).
 */
import { open, type FileHandle } from "node:fs/promises";
import { f32ToF16Array } from "../kernels/f16.js";
import { quantizeQ8_0 } from "../kernels/q8_0.js";
import { GgufWriteError } from "./errors.js";
import {
  GGUF_DEFAULT_ALIGNMENT,
  GGUF_MAGIC,
  GGUF_VERSION,
  GgmlType,
  GgufValueType,
  ggmlTensorBytes,
  ggmlTypeName,
  ggufValueSize,
  type GgufTypedArray,
} from "./gguf-types.js";

export type TensorChunks = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

export interface GgufTensorSpec {
  readonly name: string;
  /** ggml order: dims[0] is the row length. */
  readonly dims: readonly number[];
  readonly type: GgmlType;
  /** The tensor's bytes, exactly `ggmlTensorBytes(type, dims)` of them; a function is called once, at write time. */
  readonly data: TensorChunks | (() => TensorChunks);
}

type ArrayItems = readonly string[] | readonly number[] | readonly bigint[] | readonly boolean[] | GgufTypedArray;

interface PendingKv {
  readonly key: string;
  readonly type: GgufValueType;
  readonly value: unknown;
  readonly itemType?: GgufValueType;
}

const enc = new TextEncoder();

/** Growable little-endian byte builder for the header. */
class Bytes {
  private chunks: Buffer[] = [];
  private cur = Buffer.allocUnsafe(1 << 16);
  private at = 0;
  length = 0;

  private room(n: number): void {
    if (this.at + n <= this.cur.length) return;
    this.chunks.push(this.cur.subarray(0, this.at));
    this.cur = Buffer.allocUnsafe(Math.max(1 << 16, n));
    this.at = 0;
  }
  u8(v: number): void { this.room(1); this.cur.writeUInt8(v, this.at); this.at += 1; this.length += 1; }
  i8(v: number): void { this.room(1); this.cur.writeInt8(v, this.at); this.at += 1; this.length += 1; }
  u16(v: number): void { this.room(2); this.cur.writeUInt16LE(v, this.at); this.at += 2; this.length += 2; }
  i16(v: number): void { this.room(2); this.cur.writeInt16LE(v, this.at); this.at += 2; this.length += 2; }
  u32(v: number): void { this.room(4); this.cur.writeUInt32LE(v, this.at); this.at += 4; this.length += 4; }
  i32(v: number): void { this.room(4); this.cur.writeInt32LE(v, this.at); this.at += 4; this.length += 4; }
  f32(v: number): void { this.room(4); this.cur.writeFloatLE(v, this.at); this.at += 4; this.length += 4; }
  f64(v: number): void { this.room(8); this.cur.writeDoubleLE(v, this.at); this.at += 8; this.length += 8; }
  u64(v: number | bigint): void { this.room(8); this.cur.writeBigUInt64LE(BigInt(v), this.at); this.at += 8; this.length += 8; }
  i64(v: number | bigint): void { this.room(8); this.cur.writeBigInt64LE(BigInt(v), this.at); this.at += 8; this.length += 8; }
  raw(b: Uint8Array): void { this.room(b.length); this.cur.set(b, this.at); this.at += b.length; this.length += b.length; }
  str(s: string): void { const b = enc.encode(s); this.u64(b.length); this.raw(b); }
  zeros(n: number): void { this.room(n); this.cur.fill(0, this.at, this.at + n); this.at += n; this.length += n; }
  toBuffer(): Buffer { return Buffer.concat([...this.chunks, this.cur.subarray(0, this.at)]); }
}

function writeScalar(b: Bytes, t: GgufValueType, v: unknown, key: string): void {
  const num = (): number => {
    if (typeof v === "number") return v;
    if (typeof v === "bigint") return Number(v);
    if (typeof v === "boolean") return v ? 1 : 0;
    throw new GgufWriteError(`GGUF writer: ${key}: expected a number, got ${typeof v}`);
  };
  switch (t) {
    case GgufValueType.UINT8: return b.u8(num());
    case GgufValueType.INT8: return b.i8(num());
    case GgufValueType.UINT16: return b.u16(num());
    case GgufValueType.INT16: return b.i16(num());
    case GgufValueType.UINT32: return b.u32(num());
    case GgufValueType.INT32: return b.i32(num());
    case GgufValueType.FLOAT32: return b.f32(num());
    case GgufValueType.FLOAT64: return b.f64(num());
    case GgufValueType.BOOL: return b.u8(v ? 1 : 0);
    case GgufValueType.UINT64: return b.u64(typeof v === "bigint" ? v : BigInt(num()));
    case GgufValueType.INT64: return b.i64(typeof v === "bigint" ? v : BigInt(num()));
    case GgufValueType.STRING:
      if (typeof v !== "string") throw new GgufWriteError(`GGUF writer: ${key}: expected a string`);
      return b.str(v);
    default:
      throw new GgufWriteError(`GGUF writer: ${key}: unsupported scalar type ${t}`);
  }
}

/**
 * Buffered writer over a file handle. Small chunks are copied into a buffer;
 * big chunks are written as they are. Up to `concurrency` positional writes
 * are in flight at once, so a big chunk must not be modified after `write`
 * returns until `flush()` resolves (with concurrency 1, writes are awaited).
 */
class Sink {
  private buf: Buffer;
  private at = 0;
  private readonly inflight: Promise<void>[] = [];
  written = 0;
  constructor(
    private readonly fh: FileHandle,
    private readonly size: number,
    private readonly concurrency: number,
  ) {
    this.buf = Buffer.allocUnsafe(size);
  }
  private async writeAt(chunk: Uint8Array, pos: number): Promise<void> {
    let done = 0;
    while (done < chunk.length) {
      const { bytesWritten } = await this.fh.write(chunk, done, chunk.length - done, pos + done);
      done += bytesWritten;
    }
  }
  private async submit(chunk: Uint8Array, pos: number): Promise<void> {
    this.inflight.push(this.writeAt(chunk, pos));
    while (this.inflight.length >= this.concurrency) await this.inflight.shift();
  }
  async write(chunk: Uint8Array): Promise<void> {
    if (chunk.length >= this.size >> 1) {
      await this.flushBuffer();
      const pos = this.written;
      this.written += chunk.length;
      await this.submit(chunk, pos);
      return;
    }
    if (this.at + chunk.length > this.size) await this.flushBuffer();
    this.buf.set(chunk, this.at);
    this.at += chunk.length;
    this.written += chunk.length;
  }
  async zeros(n: number): Promise<void> {
    if (n > 0) await this.write(new Uint8Array(n));
  }
  private async flushBuffer(): Promise<void> {
    if (this.at === 0) return;
    const b = this.buf.subarray(0, this.at);
    const pos = this.written - this.at;
    this.buf = Buffer.allocUnsafe(this.size);
    this.at = 0;
    await this.submit(b, pos);
  }
  async flush(): Promise<void> {
    await this.flushBuffer();
    while (this.inflight.length > 0) await this.inflight.shift();
  }
  /** Wait for every in-flight write, ignoring their errors (used on failure). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.inflight.splice(0));
  }
}

export interface GgufWriteResult {
  readonly path: string;
  readonly bytes: number;
  readonly dataOffset: number;
}

/** Collects metadata and tensors, then streams a GGUF v3 file with `write(path)`. */
export class GgufWriter {
  private readonly kvs: PendingKv[] = [];
  private readonly keys = new Set<string>();
  private readonly tensorSpecs: GgufTensorSpec[] = [];
  readonly alignment: number;

  constructor(opts: { alignment?: number } = {}) {
    const a = opts.alignment ?? GGUF_DEFAULT_ALIGNMENT;
    if (!Number.isInteger(a) || a <= 0 || (a & (a - 1)) !== 0) throw new GgufWriteError(`GGUF writer: alignment ${a} is not a power of two`);
    this.alignment = a;
    if (a !== GGUF_DEFAULT_ALIGNMENT) this.set("general.alignment", GgufValueType.UINT32, a);
  }

  /** Add a scalar (number, bigint for 64-bit, boolean, string) metadata value. */
  set(key: string, type: Exclude<GgufValueType, GgufValueType.ARRAY>, value: number | bigint | boolean | string): this {
    if (this.keys.has(key)) throw new GgufWriteError(`GGUF writer: duplicate key ${key}`);
    this.keys.add(key);
    this.kvs.push({ key, type, value });
    return this;
  }
  setString(key: string, v: string): this { return this.set(key, GgufValueType.STRING, v); }
  setU32(key: string, v: number): this { return this.set(key, GgufValueType.UINT32, v); }
  setI32(key: string, v: number): this { return this.set(key, GgufValueType.INT32, v); }
  setF32(key: string, v: number): this { return this.set(key, GgufValueType.FLOAT32, v); }
  setBool(key: string, v: boolean): this { return this.set(key, GgufValueType.BOOL, v); }

  /** Add an array of one item type (strings, numbers, bigints or booleans; typed arrays welcome). */
  setArray(key: string, itemType: GgufValueType, values: ArrayItems): this {
    if (itemType === GgufValueType.ARRAY) throw new GgufWriteError(`GGUF writer: ${key}: nested arrays are not supported`);
    if (this.keys.has(key)) throw new GgufWriteError(`GGUF writer: duplicate key ${key}`);
    this.keys.add(key);
    this.kvs.push({ key, type: GgufValueType.ARRAY, itemType, value: values });
    return this;
  }

  addTensor(spec: GgufTensorSpec): this {
    if (this.tensorSpecs.some((t) => t.name === spec.name)) throw new GgufWriteError(`GGUF writer: duplicate tensor ${spec.name}`);
    if (ggmlTensorBytes(spec.type, spec.dims) === undefined) {
      throw new GgufWriteError(`GGUF writer: tensor ${spec.name}: cannot size ${ggmlTypeName(spec.type)} [${spec.dims.join(", ")}]`);
    }
    this.tensorSpecs.push(spec);
    return this;
  }

  private header(): { head: Buffer; offsets: number[]; sizes: number[]; dataOffset: number } {
    const b = new Bytes();
    b.u32(GGUF_MAGIC);
    b.u32(GGUF_VERSION);
    b.u64(this.tensorSpecs.length);
    b.u64(this.kvs.length);
    for (const kv of this.kvs) {
      b.str(kv.key);
      b.u32(kv.type);
      if (kv.type !== GgufValueType.ARRAY) {
        writeScalar(b, kv.type, kv.value, kv.key);
        continue;
      }
      const items = kv.value as ArrayItems;
      const it = kv.itemType!;
      b.u32(it);
      b.u64(items.length);
      const size = ggufValueSize(it);
      if (it === GgufValueType.FLOAT32 && items instanceof Float32Array) {
        b.raw(new Uint8Array(items.buffer, items.byteOffset, items.byteLength));
      } else if (it === GgufValueType.INT32 && items instanceof Int32Array) {
        b.raw(new Uint8Array(items.buffer, items.byteOffset, items.byteLength));
      } else if (size !== undefined || it === GgufValueType.STRING) {
        for (let i = 0; i < items.length; i++) writeScalar(b, it, items[i], `${kv.key}[${i}]`);
      } else {
        throw new GgufWriteError(`GGUF writer: ${kv.key}: unsupported item type ${it}`);
      }
    }
    const offsets: number[] = [];
    const sizes: number[] = [];
    let off = 0;
    for (const t of this.tensorSpecs) {
      const n = ggmlTensorBytes(t.type, t.dims)!;
      b.str(t.name);
      b.u32(t.dims.length);
      for (const d of t.dims) b.u64(d);
      b.u32(t.type);
      b.u64(off);
      offsets.push(off);
      sizes.push(n);
      off = this.align(off + n);
    }
    const dataOffset = this.align(b.length);
    b.zeros(dataOffset - b.length);
    return { head: b.toBuffer(), offsets, sizes, dataOffset };
  }

  private align(n: number): number {
    return Math.ceil(n / this.alignment) * this.alignment;
  }

  /**
   * Stream the file to `path` (created or truncated). With `concurrency` > 1
   * (default 1), up to that many writes are in flight: chunks that sources
   * yield must then stay unmodified until the write finishes.
   */
  async write(
    path: string,
    opts: { bufferBytes?: number; concurrency?: number; onProgress?: (written: number, total: number) => void } = {},
  ): Promise<GgufWriteResult> {
    const { head, offsets, sizes, dataOffset } = this.header();
    const total = this.align(dataOffset + (offsets.at(-1) ?? 0) + (sizes.at(-1) ?? 0));
    const fh = await open(path, "w");
    const sink = new Sink(fh, opts.bufferBytes ?? 16 << 20, Math.max(1, opts.concurrency ?? 1));
    try {
      await sink.write(head);
      for (let i = 0; i < this.tensorSpecs.length; i++) {
        const t = this.tensorSpecs[i];
        const pad = dataOffset + offsets[i] - sink.written;
        await sink.zeros(pad);
        const before = sink.written;
        const src = typeof t.data === "function" ? t.data() : t.data;
        if (src instanceof Uint8Array) {
          await sink.write(src);
        } else if (Symbol.asyncIterator in src) {
          for await (const c of src as AsyncIterable<Uint8Array>) await sink.write(c);
        } else {
          for (const c of src as Iterable<Uint8Array>) await sink.write(c);
        }
        opts.onProgress?.(sink.written, total);
        const got = sink.written - before;
        if (got !== sizes[i]) {
          throw new GgufWriteError(`GGUF writer: tensor ${t.name}: source gave ${got} bytes, expected ${sizes[i]}`);
        }
      }
      await sink.zeros(this.align(sink.written) - sink.written);
      await sink.flush();
      return { path, bytes: sink.written, dataOffset };
    } catch (e) {
      await sink.settle();
      throw e;
    } finally {
      await fh.close();
    }
  }
}

/** Raw little-endian bytes of an f32 tensor. */
export function encodeF32(values: Float32Array): Uint8Array {
  return new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength));
}

export function encodeF16(values: Float32Array): Uint8Array {
  return new Uint8Array(f32ToF16Array(values).buffer);
}

/** ggml q8_0 (kernels/q8_0.ts): per 32 values an f16 scale d = max|x| / 127, then 32 int8 roundf(x / d). */
export function encodeQ8_0(values: Float32Array): Uint8Array {
  if (values.length % 32 !== 0) throw new GgufWriteError(`q8_0 needs a multiple of 32 values, got ${values.length}`);
  return quantizeQ8_0(values);
}

/** Encode f32 values as `type` (F32, F16 or Q8_0). */
export function encodeTensor(values: Float32Array, type: GgmlType): Uint8Array {
  switch (type) {
    case GgmlType.F32: return encodeF32(values);
    case GgmlType.F16: return encodeF16(values);
    case GgmlType.Q8_0: return encodeQ8_0(values);
    default: throw new GgufWriteError(`GGUF writer: cannot encode ${ggmlTypeName(type)}`);
  }
}
