import { createHash, randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import path from "node:path";
import type { WireManifest } from "../proto/manifest.js";
import { CorruptSegmentError, StorageFullError } from "./errors.js";
import type { Logger } from "./logger.js";
import {
  StoreEvents, UsageCounter,
  type SegmentStore, type StorageKey, type StoredHead, type StoredSegment, type StoreEvent, type StoreUsage,
} from "./segment-store.js";

/**
 * Directory tier. One file per segment, `objects/<storage key>.seg`:
 *
 *   "KVMSEG01" | u32 LE header length | header JSON {namespace, manifest} | payload
 *
 * A put writes `tmp/<random>`, fsyncs it, renames it into `objects/`, fsyncs
 * the directory, and only then resolves (the broker acks after that). On start
 * the index is rebuilt by scanning `objects/` (headers only) and `tmp/` is
 * emptied. Every read verifies length and SHA-256; a file that fails is moved
 * to `quarantine/`, logged, reported as an event, and answered as a miss.
 */
const MAGIC = Buffer.from("KVMSEG01", "latin1");
const PREFIX = MAGIC.length + 4;
const KEY_RE = /^[0-9a-f]{64}$/;

interface IndexEntry extends StoredHead {
  readonly fileBytes: number;
}

export interface DiskTierOptions {
  readonly dir: string;
  /** Evict least recently used files above this many payload bytes (default: no limit). */
  readonly budgetBytes?: number;
  readonly logger: Logger;
}

export class DiskTier implements SegmentStore {
  readonly name = "disk";
  private readonly index = new Map<StorageKey, IndexEntry>();
  private readonly usageCounter = new UsageCounter();
  private readonly events = new StoreEvents();
  private readonly objects: string;
  private readonly tmp: string;
  private readonly quarantineDir: string;

  private constructor(private readonly opts: DiskTierOptions) {
    this.objects = path.join(opts.dir, "objects");
    this.tmp = path.join(opts.dir, "tmp");
    this.quarantineDir = path.join(opts.dir, "quarantine");
  }

  static async open(opts: DiskTierOptions): Promise<DiskTier> {
    const t = new DiskTier(opts);
    await t.rebuild();
    return t;
  }

  get bytes(): number { return this.usageCounter.get().bytes; }

  private async rebuild(): Promise<void> {
    for (const d of [this.objects, this.tmp, this.quarantineDir]) await fsp.mkdir(d, { recursive: true });
    for (const f of await fsp.readdir(this.tmp)) await fsp.rm(path.join(this.tmp, f), { force: true });
    const files = await fsp.readdir(this.objects);
    const found: { key: string; entry: IndexEntry; mtime: number }[] = [];
    for (const f of files) {
      const key = f.endsWith(".seg") ? f.slice(0, -4) : "";
      const file = path.join(this.objects, f);
      if (!KEY_RE.test(key)) { await this.quarantine(file, key || f, undefined, "unexpected file name"); continue; }
      try {
        const { entry, mtime } = await readHead(file, key);
        found.push({ key, entry, mtime });
      } catch (err) {
        await this.quarantine(file, key, undefined, (err as Error).message);
      }
    }
    found.sort((a, b) => a.mtime - b.mtime);
    for (const { key, entry } of found) this.addIndex(key, entry);
    this.opts.logger.info("disk tier index rebuilt", { dir: this.opts.dir, segments: this.index.size, bytes: this.bytes });
  }

  async get(key: StorageKey): Promise<StoredSegment | undefined> {
    const entry = this.index.get(key);
    if (!entry) return undefined;
    const file = this.fileOf(key);
    let buf: Buffer;
    try {
      buf = await fsp.readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") { this.dropIndex(key); return undefined; }
      throw err;
    }
    try {
      const seg = decodeFile(buf, key);
      const sum = createHash("sha256").update(seg.payload).digest("hex");
      if (sum !== seg.manifest.checksum) throw new CorruptSegmentError(`checksum mismatch for ${key}`);
      if (seg.manifest.keyDigest !== entry.manifest.keyDigest) throw new CorruptSegmentError(`header changed for ${key}`);
      this.touch(key);
      return seg;
    } catch (err) {
      await this.quarantine(file, key, entry, (err as Error).message);
      return undefined;
    }
  }

  head(key: StorageKey): StoredHead | undefined {
    return this.index.get(key);
  }

  async put(key: StorageKey, segment: StoredSegment): Promise<boolean> {
    if (!KEY_RE.test(key)) throw new CorruptSegmentError(`bad storage key ${key}`);
    if (this.index.has(key)) { this.touch(key); return false; }
    // The storage key inside the file too: a file renamed or copied over another is caught on read.
    const header = Buffer.from(JSON.stringify({ namespace: segment.namespace, key, manifest: manifestToJson(segment.manifest) }));
    const prefix = Buffer.alloc(PREFIX);
    MAGIC.copy(prefix, 0);
    prefix.writeUInt32LE(header.length, MAGIC.length);
    const tmpFile = path.join(this.tmp, `${key}.${randomBytes(6).toString("hex")}`);
    const fileBytes = PREFIX + header.length + segment.payload.byteLength;
    // Nothing is acknowledged unless every byte is on disk: a short write
    // (the disk filled up mid-file) is finished or refused, never renamed into objects/.
    try {
      const fh = await fsp.open(tmpFile, "w", 0o600);
      try {
        await writeAll(fh, [prefix, header, segment.payload]);
        await fh.sync();
        const { size } = await fh.stat();
        if (size !== fileBytes) throw new StorageFullError(`segment file has ${size} of ${fileBytes} bytes after writing`);
      } finally {
        await fh.close();
      }
      await fsp.rename(tmpFile, this.fileOf(key));
      await fsyncDir(this.objects);
    } catch (err) {
      await fsp.rm(tmpFile, { force: true }).catch(() => {});
      throw this.writeFailure(err, fileBytes);
    }
    if (this.index.has(key)) return false;
    this.addIndex(key, { namespace: segment.namespace, manifest: segment.manifest, fileBytes });
    await this.evictOverBudget(key);
    return true;
  }

  async delete(key: StorageKey): Promise<boolean> {
    if (!this.index.has(key)) return false;
    this.dropIndex(key);
    await fsp.rm(this.fileOf(key), { force: true });
    await fsyncDir(this.objects);
    return true;
  }

  usage(namespace?: string): StoreUsage { return this.usageCounter.get(namespace); }

  onEvent(listener: (e: StoreEvent) => void): () => void { return this.events.on(listener); }

  async close(): Promise<void> { /* every write is already durable */ }

  private lastFullLog = 0;

  /** A failed write as the error to answer: out of space is StorageFullError (logged at most every 10 s). */
  private writeFailure(err: unknown, bytes: number): unknown {
    const code = (err as NodeJS.ErrnoException).code;
    const full = err instanceof StorageFullError ? err
      : code === "ENOSPC" || code === "EDQUOT" || code === "EFBIG"
        ? new StorageFullError(`disk tier full (${code}): a segment of ${bytes} bytes was not stored`, { cause: err })
        : undefined;
    if (!full) return err;
    if (Date.now() - this.lastFullLog > 10_000) {
      this.lastFullLog = Date.now();
      this.opts.logger.warn("disk tier full: puts refused, reads still served", { dir: this.opts.dir, err: full.message });
    }
    return full;
  }

  private fileOf(key: StorageKey): string { return path.join(this.objects, `${key}.seg`); }

  private addIndex(key: StorageKey, e: IndexEntry): void {
    this.index.set(key, e);
    this.usageCounter.add(e.namespace, e.manifest.byteLength, 1);
  }

  private dropIndex(key: StorageKey): IndexEntry | undefined {
    const e = this.index.get(key);
    if (!e) return undefined;
    this.index.delete(key);
    this.usageCounter.add(e.namespace, e.manifest.byteLength, -1);
    return e;
  }

  private touch(key: StorageKey): void {
    const e = this.index.get(key);
    if (e) { this.index.delete(key); this.index.set(key, e); }
  }

  private async evictOverBudget(keep: StorageKey): Promise<void> {
    const budget = this.opts.budgetBytes;
    if (budget === undefined) return;
    for (const [k, e] of [...this.index]) {
      if (this.bytes <= budget) break;
      if (k === keep) continue;
      this.dropIndex(k);
      await fsp.rm(this.fileOf(k), { force: true });
      this.events.emit({ kind: "evicted", tier: this.name, gone: true, key: k, namespace: e.namespace, manifest: e.manifest });
    }
  }

  private async quarantine(file: string, key: string, entry: StoredHead | undefined, reason: string): Promise<void> {
    if (entry) this.dropIndex(key);
    const dest = path.join(this.quarantineDir, `${path.basename(file)}.${Date.now()}`);
    await fsp.rename(file, dest).catch(() => fsp.rm(file, { force: true }));
    this.opts.logger.error("corrupt segment file quarantined", { key, file: dest, reason });
    if (entry) {
      this.events.emit({ kind: "quarantined", tier: this.name, gone: true, key, namespace: entry.namespace, manifest: entry.manifest });
    }
  }
}

/** writev until every byte is written; a write that makes no progress means no space. */
async function writeAll(fh: fsp.FileHandle, parts: readonly Uint8Array[]): Promise<void> {
  let rest = parts.filter((p) => p.byteLength > 0);
  let at = 0;
  while (rest.length > 0) {
    const { bytesWritten } = await fh.writev(rest, at);
    if (bytesWritten <= 0) throw new StorageFullError("disk tier full: a write made no progress");
    at += bytesWritten;
    let skip = bytesWritten;
    while (rest.length > 0 && skip >= rest[0].byteLength) { skip -= rest[0].byteLength; rest = rest.slice(1); }
    if (skip > 0) rest = [rest[0].subarray(skip), ...rest.slice(1)];
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const dh = await fsp.open(dir, "r");
  try { await dh.sync(); } finally { await dh.close(); }
}

async function readHead(file: string, key: string): Promise<{ entry: IndexEntry; mtime: number }> {
  const fh = await fsp.open(file, "r");
  try {
    const st = await fh.stat();
    const prefix = Buffer.alloc(PREFIX);
    const { bytesRead } = await fh.read(prefix, 0, PREFIX, 0);
    if (bytesRead !== PREFIX || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) throw new CorruptSegmentError("bad magic");
    const hlen = prefix.readUInt32LE(MAGIC.length);
    if (hlen > 64 * 1024 * 1024 || PREFIX + hlen > st.size) throw new CorruptSegmentError("bad header length");
    const hb = Buffer.alloc(hlen);
    await fh.read(hb, 0, hlen, PREFIX);
    const h = parseHeader(hb, key);
    if (PREFIX + hlen + h.manifest.byteLength !== st.size) throw new CorruptSegmentError("file size does not match manifest");
    return { entry: { ...h, fileBytes: st.size }, mtime: st.mtimeMs };
  } finally {
    await fh.close();
  }
}

function decodeFile(buf: Buffer, key: string): StoredSegment {
  if (buf.length < PREFIX || !buf.subarray(0, MAGIC.length).equals(MAGIC)) throw new CorruptSegmentError("bad magic");
  const hlen = buf.readUInt32LE(MAGIC.length);
  if (PREFIX + hlen > buf.length) throw new CorruptSegmentError("bad header length");
  const h = parseHeader(buf.subarray(PREFIX, PREFIX + hlen), key);
  const payload = buf.subarray(PREFIX + hlen);
  if (payload.length !== h.manifest.byteLength) throw new CorruptSegmentError("payload length does not match manifest");
  return { namespace: h.namespace, manifest: h.manifest, payload };
}

/** The header of the file named `key` (files written before the key was kept in the header pass on the name alone). */
function parseHeader(b: Buffer, key: string): StoredHead {
  let j: { namespace?: unknown; key?: unknown; manifest?: Record<string, unknown> };
  try { j = JSON.parse(b.toString("utf8")); } catch (err) { throw new CorruptSegmentError("header is not JSON", { cause: err }); }
  if (typeof j.namespace !== "string" || !j.manifest || typeof j.manifest !== "object") {
    throw new CorruptSegmentError("header lacks namespace or manifest");
  }
  if (j.key !== undefined && j.key !== key) throw new CorruptSegmentError(`file ${key} holds the segment of ${String(j.key)}`);
  const m = j.manifest as unknown as WireManifest & { tokens: number[]; positions: number[] };
  if (typeof m.byteLength !== "number" || typeof m.checksum !== "string") throw new CorruptSegmentError("header manifest incomplete");
  return { namespace: j.namespace, manifest: { ...m, tokens: Int32Array.from(m.tokens ?? []), positions: Int32Array.from(m.positions ?? []) } };
}

function manifestToJson(m: WireManifest): Record<string, unknown> {
  return { ...m, tokens: Array.from(m.tokens), positions: Array.from(m.positions) };
}
