/**
 * Keyed jobs done in small steps while the event loop has nothing else to do.
 *
 * An agent call spends most of its time awaiting llama.cpp, which computes in
 * its own native threads: the JavaScript thread is idle then. Work that a
 * later call will need (an offset correction for a consumer the anchors
 * already know) can run in that idle time, one short step at a time, so that
 * the later call finds it done. A job is a generator that yields between
 * steps (the anchors layer's *Steps functions do, once per layer).
 *
 * take(key) returns a finished job's result, finishes a started or queued
 * job synchronously first (the caller needed it now: it costs what doing it
 * inline would), and returns undefined for an unknown key. Jobs run in the
 * order they were added; results wait until taken or until `maxBytes` or
 * `maxJobs` pushes the oldest out.
 */
export interface IdleStepsOptions<T> {
  /** Longest stretch of steps run in one turn of the event loop (default 2 ms). */
  readonly sliceMs?: number;
  /** Most jobs held, queued or finished (default 64): the oldest are dropped. */
  readonly maxJobs?: number;
  /** Most bytes of finished results held (default 512 MiB), by `bytesOf`. */
  readonly maxBytes?: number;
  readonly bytesOf?: (result: T) => number;
  /** A job that throws is dropped; this hears why. */
  readonly onError?: (key: string, error: unknown) => void;
  /** Hears of each finished result dropped untaken (trimmed, deleted, disposed), e.g. to give its memory back. */
  readonly onDrop?: (result: T) => void;
  /** While it says true, idle turns run nothing (take() still finishes jobs); call wake() once it says false. */
  readonly paused?: () => boolean;
}

interface Job<T> {
  readonly key: string;
  readonly make: () => Generator<void, T>;
  gen: Generator<void, T> | undefined;
  done: boolean;
  result: T | undefined;
  /** Wall-clock ms its steps took so far. */
  ms: number;
}

export interface TakenJob<T> {
  readonly result: T;
  /** ms of its steps that ran in idle time, before take(). */
  readonly idleMs: number;
  /** ms of its steps that take() itself ran (on the caller's path). */
  readonly takeMs: number;
}

export class IdleSteps<T> implements Disposable {
  readonly #jobs = new Map<string, Job<T>>();
  readonly #o: IdleStepsOptions<T>;
  #immediate: NodeJS.Immediate | undefined;
  #bytes = 0;
  #disposed = false;
  /** Total ms of steps run in idle turns. */
  idleMs = 0;
  dropped = 0;
  failed = 0;

  constructor(options: IdleStepsOptions<T> = {}) {
    this.#o = options;
  }

  get size(): number {
    return this.#jobs.size;
  }

  has(key: string): boolean {
    return this.#jobs.has(key);
  }

  /** Whether the job of this key is finished and waiting to be taken. */
  done(key: string): boolean {
    return this.#jobs.get(key)?.done ?? false;
  }

  /** Queues a job unless one with this key is held already. */
  add(key: string, make: () => Generator<void, T>): void {
    if (this.#disposed || this.#jobs.has(key)) return;
    this.#jobs.set(key, { key, make, gen: undefined, done: false, result: undefined, ms: 0 });
    this.#trim();
    this.#wake();
  }

  /** The job's result (finishing it now if needed), removed from the held set; undefined when unknown or failed. */
  take(key: string): TakenJob<T> | undefined {
    const job = this.#jobs.get(key);
    if (!job) return undefined;
    this.#jobs.delete(key);
    const idleMs = job.ms;
    if (job.done) {
      this.#bytes -= this.#sizeOf(job.result as T);
      return { result: job.result as T, idleMs, takeMs: 0 };
    }
    const t = performance.now();
    try {
      job.gen ??= job.make();
      for (;;) {
        const r = job.gen.next();
        if (r.done) return { result: r.value, idleMs, takeMs: performance.now() - t };
      }
    } catch (e) {
      this.failed++;
      this.#o.onError?.(key, e);
      return undefined;
    }
  }

  /** Runs jobs in idle turns again (after `paused` said true). */
  wake(): void {
    this.#wake();
  }

  /** Resolves once no queued or started job is left (finished ones may wait to be taken). */
  async settled(): Promise<void> {
    while (!this.#disposed && this.#next()) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Drops a job (queued, running or finished). */
  delete(key: string): void {
    const job = this.#jobs.get(key);
    if (!job) return;
    this.#jobs.delete(key);
    if (job.done) {
      this.#bytes -= this.#sizeOf(job.result as T);
      this.#o.onDrop?.(job.result as T);
    } else job.gen?.return(undefined as T);
  }

  dispose(): void {
    this.#disposed = true;
    if (this.#immediate) clearImmediate(this.#immediate);
    this.#immediate = undefined;
    for (const job of this.#jobs.values()) {
      if (!job.done) job.gen?.return(undefined as T);
      else this.#o.onDrop?.(job.result as T);
    }
    this.#jobs.clear();
    this.#bytes = 0;
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  #sizeOf(r: T): number {
    return this.#o.bytesOf ? this.#o.bytesOf(r) : 0;
  }

  #next(): Job<T> | undefined {
    for (const job of this.#jobs.values()) if (!job.done) return job;
    return undefined;
  }

  #wake(): void {
    if (this.#immediate || this.#disposed || this.#o.paused?.() || !this.#next()) return;
    // setImmediate runs after I/O callbacks: a llama.cpp completion is never
    // kept waiting longer than one slice.
    // Not unref'd: Node keeps the poll phase non-blocking only for ref'd
    // immediates; an unref'd one would wait for the next I/O event (a whole
    // llama.cpp evaluation). Pending work thus keeps the process alive until
    // it is done or dispose() drops it.
    this.#immediate = setImmediate(() => this.#turn());
  }

  #turn(): void {
    this.#immediate = undefined;
    if (this.#o.paused?.()) return;
    const sliceMs = this.#o.sliceMs ?? 2;
    const t0 = performance.now();
    let now = t0;
    while (now - t0 < sliceMs) {
      const job = this.#next();
      if (!job) break;
      const t = now;
      try {
        job.gen ??= job.make();
        const r = job.gen.next();
        if (r.done) {
          job.done = true;
          job.result = r.value;
          job.gen = undefined;
          this.#bytes += this.#sizeOf(r.value);
        }
      } catch (e) {
        this.failed++;
        this.#jobs.delete(job.key);
        this.#o.onError?.(job.key, e);
      }
      now = performance.now();
      job.ms += now - t;
      this.idleMs += now - t;
    }
    this.#trim();
    this.#wake();
  }

  /** Drops the oldest jobs while over either limit. */
  #trim(): void {
    const maxJobs = this.#o.maxJobs ?? 64;
    const maxBytes = this.#o.maxBytes ?? 512 * 1024 * 1024;
    for (const [key] of this.#jobs) {
      if (this.#jobs.size <= maxJobs && this.#bytes <= maxBytes) break;
      this.delete(key);
      this.dropped++;
    }
  }
}
