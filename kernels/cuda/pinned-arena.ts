/**
 * Page-locked host memory for results copied off the GPU, handed out per
 * call: a call acquires an arena, takes what it needs (views into one large
 * pinned buffer, so copies from the device run at full PCIe speed and the
 * bytes go on to native code without JavaScript touching them), and releases
 * it when the views are no longer read. Arenas are reused, so pinning (slow:
 * the kernel maps every page) happens only while they grow.
 */

const ALIGN = 256;
const MIN_BYTES = 256 * 2 ** 20;

export class PinnedArena {
  #buf: ArrayBuffer | undefined;
  #used = 0;

  constructor(private readonly pin: (bytes: number) => ArrayBuffer) {}

  /** `bytes` of pinned memory, valid until this arena is released (or reset). */
  take(bytes: number): Uint8Array {
    let at = Math.ceil(this.#used / ALIGN) * ALIGN;
    if (!this.#buf || at + bytes > this.#buf.byteLength) {
      // A bigger buffer; views taken from the old one stay valid (it lives as long as they do).
      const size = Math.max(MIN_BYTES, 2 * (this.#buf?.byteLength ?? 0), Math.ceil((2 * bytes) / ALIGN) * ALIGN);
      this.#buf = this.pin(size);
      at = 0;
    }
    this.#used = at + bytes;
    return new Uint8Array(this.#buf, at, bytes);
  }

  get capacity(): number {
    return this.#buf?.byteLength ?? 0;
  }

  reset(): void {
    this.#used = 0;
  }
}

/** Arenas for concurrent calls: each call gets one no other call is using. */
export class PinnedArenas {
  readonly #free: PinnedArena[] = [];

  constructor(private readonly pin: (bytes: number) => ArrayBuffer) {}

  acquire(): PinnedArena {
    return this.#free.pop() ?? new PinnedArena(this.pin);
  }

  release(a: PinnedArena): void {
    a.reset();
    this.#free.push(a);
  }
}
