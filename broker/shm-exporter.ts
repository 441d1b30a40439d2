import { randomBytes } from "node:crypto";
import { promises as fsp, writeFileSync } from "node:fs";
import path from "node:path";
import { InvalidRequestError } from "./errors.js";
import type { StorageKey } from "./segment-store.js";

export interface ShmLease {
  readonly path: string;
  readonly lease: string;
  readonly byteLength: number;
  readonly ttlMs: number;
}

interface ShmFile {
  readonly path: string;
  readonly byteLength: number;
  refs: number;
  expiresAt: number;
}

/**
 * Same-host fast path. `export()` writes a payload once into the shm dir
 * (`out/`) and hands out leases on it; the file is removed when its last lease
 * is released or expires (TTL) and no new lease came. Same-host clients write
 * Put payloads into `in/`; `resolveIncoming()` only accepts files there.
 */
export class ShmExporter {
  private readonly files = new Map<StorageKey, ShmFile>();
  private readonly leases = new Map<string, { key: StorageKey; expiresAt: number }>();
  private readonly timer: NodeJS.Timeout;
  readonly outDir: string;
  readonly inDir: string;

  private constructor(readonly dir: string, readonly ttlMs: number) {
    this.outDir = path.join(dir, "out");
    this.inDir = path.join(dir, "in");
    this.timer = setInterval(() => void this.sweep(), Math.max(250, Math.floor(ttlMs / 2)));
    this.timer.unref();
  }

  static async open(dir: string, ttlMs = 30_000): Promise<ShmExporter> {
    await fsp.mkdir(path.join(dir, "out"), { recursive: true, mode: 0o700 });
    await fsp.mkdir(path.join(dir, "in"), { recursive: true, mode: 0o700 });
    return new ShmExporter(await fsp.realpath(dir), ttlMs);
  }

  get liveFiles(): number { return this.files.size; }

  async export(key: StorageKey, payload: Buffer): Promise<ShmLease> {
    const now = Date.now();
    let f = this.files.get(key);
    if (!f) {
      const p = path.join(this.outDir, `${key}.${randomBytes(4).toString("hex")}`);
      const tmp = `${p}.tmp`;
      await fsp.writeFile(tmp, payload, { mode: 0o600 });
      await fsp.rename(tmp, p);
      const again = this.files.get(key);
      if (again) { await fsp.rm(p, { force: true }); f = again; }
      else { f = { path: p, byteLength: payload.byteLength, refs: 0, expiresAt: 0 }; this.files.set(key, f); }
    }
    f.refs++;
    f.expiresAt = now + this.ttlMs;
    const lease = randomBytes(12).toString("hex");
    this.leases.set(lease, { key, expiresAt: now + this.ttlMs });
    return { path: f.path, lease, byteLength: f.byteLength, ttlMs: this.ttlMs };
  }

  /**
   * A one-off payload (an answer, not a stored segment) under a fresh name,
   * written synchronously: a few MB into tmpfs take less than the two
   * thread-pool hops of an async write. Throws on a file-system error (the
   * caller answers through the socket instead).
   */
  exportOnce(payload: Uint8Array): ShmLease {
    const key = `once-${randomBytes(12).toString("hex")}`;
    const p = path.join(this.outDir, key);
    writeFileSync(p, payload, { mode: 0o600, flag: "wx" });
    const now = Date.now();
    this.files.set(key, { path: p, byteLength: payload.byteLength, refs: 1, expiresAt: now + this.ttlMs });
    const lease = randomBytes(12).toString("hex");
    this.leases.set(lease, { key, expiresAt: now + this.ttlMs });
    return { path: p, lease, byteLength: payload.byteLength, ttlMs: this.ttlMs };
  }

  async release(lease: string): Promise<boolean> {
    const l = this.leases.get(lease);
    if (!l) return false;
    this.leases.delete(lease);
    const f = this.files.get(l.key);
    if (f) {
      f.refs--;
      if (f.refs <= 0) { this.files.delete(l.key); await fsp.rm(f.path, { force: true }); }
    }
    return true;
  }

  /** Drop exported files of a key that was deleted or evicted (open readers keep their mapping). */
  async forget(key: StorageKey): Promise<void> {
    const f = this.files.get(key);
    if (!f) return;
    this.files.delete(key);
    await fsp.rm(f.path, { force: true });
  }

  /** The real path of an incoming payload file, which must lie directly in `in/`. */
  async resolveIncoming(p: string): Promise<string> {
    let real: string;
    try { real = await fsp.realpath(p); } catch (err) {
      throw new InvalidRequestError(`shm path not readable: ${p}`, { cause: err });
    }
    if (path.dirname(real) !== this.inDir) throw new InvalidRequestError(`shm path must be in ${this.inDir}`);
    return real;
  }

  private async sweep(): Promise<void> {
    const now = Date.now();
    for (const [lease, l] of this.leases) {
      if (l.expiresAt <= now) await this.release(lease);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.files.clear();
    this.leases.clear();
    await fsp.rm(this.dir, { recursive: true, force: true });
  }
}
