import type { LookupResult } from "./transport-grpc.js";

/**
 * Coalesces lookups issued in the same turn of the event loop into one
 * request (kvmesh.v1 lookups take many keys): many concurrent callers on one
 * connection cost one round trip and one broker message, not one each. Each
 * caller gets its own keys' results, in order; a failed request fails every
 * caller in it with the same typed error.
 */
export class LookupBatcher {
  private pending: { keys: readonly string[]; resolve: (r: LookupResult[]) => void; reject: (e: unknown) => void }[] = [];
  private pendingKeys = 0;
  private scheduled = false;

  constructor(
    private readonly send: (keys: string[]) => Promise<LookupResult[]>,
    /** Most keys per request (a bigger batch is split). */
    private readonly maxKeys = 512,
  ) {}

  lookup(keys: readonly string[]): Promise<LookupResult[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return new Promise<LookupResult[]>((resolve, reject) => {
      if (this.pendingKeys + keys.length > this.maxKeys) this.flush();
      this.pending.push({ keys, resolve, reject });
      this.pendingKeys += keys.length;
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.pendingKeys = 0;
    const keys = batch.flatMap((b) => b.keys);
    this.send(keys).then((results) => {
      if (results.length !== keys.length) {
        const err = new RangeError(`lookup: ${results.length} results for ${keys.length} keys`);
        for (const b of batch) b.reject(err);
        return;
      }
      let at = 0;
      for (const b of batch) {
        b.resolve(results.slice(at, at + b.keys.length));
        at += b.keys.length;
      }
    }, (err: unknown) => { for (const b of batch) b.reject(err); });
  }
}
