/**
 * Page-locked host memory for results kept past one call (corrections made
 * ahead of their consumer's call): blocks taken one by one and given back
 * when the result has been used or is dropped. Given-back blocks are reused
 * by size class (at most 1/8 above the size asked for), so pinning (slow:
 * the kernel maps every page) happens only while the set grows; at most
 * `maxFreeBytes` of free blocks are kept, the rest is left to the garbage
 * collector (which unpins it).
 */
export class PinnedBlocks {
  readonly #free = new Map<number, ArrayBuffer[]>();
  /** Blocks handed out and not given back (a block given back twice is refused). */
  readonly #out = new Set<ArrayBufferLike>();
  #freeBytes = 0;

  constructor(private readonly pin: (bytes: number) => ArrayBuffer, private readonly maxFreeBytes = 2 ** 30) {}

  /** `bytes` of pinned memory, the caller's until it gives them back. */
  take(bytes: number): Uint8Array {
    const size = sizeClass(bytes);
    const reused = this.#free.get(size)?.pop();
    if (reused) this.#freeBytes -= size;
    const b = reused ?? this.pin(size);
    this.#out.add(b);
    return new Uint8Array(b, 0, bytes);
  }

  /** Gives back a view take() returned; its memory may be handed out again at once. */
  give(view: Uint8Array): void {
    const b = view.buffer;
    if (!this.#out.delete(b)) return;
    if (this.#freeBytes + b.byteLength > this.maxFreeBytes) return;
    const list = this.#free.get(b.byteLength) ?? [];
    list.push(b as ArrayBuffer);
    this.#free.set(b.byteLength, list);
    this.#freeBytes += b.byteLength;
  }

  /** Bytes of blocks handed out, and free for reuse. */
  get bytes(): { out: number; free: number } {
    let out = 0;
    for (const b of this.#out) out += b.byteLength;
    return { out, free: this.#freeBytes };
  }

  dispose(): void {
    this.#free.clear();
    this.#out.clear();
    this.#freeBytes = 0;
  }
}

/** Multiples of 1/8 of the power of two below `n` (at least 4 KiB). */
function sizeClass(n: number): number {
  const step = Math.max(4096, 2 ** (Math.floor(Math.log2(Math.max(1, n))) - 3));
  return Math.ceil(n / step) * step;
}
