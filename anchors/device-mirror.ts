/**
 * The anchors' stored blocks mirrored in GPU memory, so that corrections on
 * the device read them there: each stored tensor (a base, one consumer's span
 * delta or following-text delta) of each side crosses PCIe once, when it is first synced, and is
 * freed when its anchor leaves the pools or its deltas are replaced. Layout
 * on the device: layers 1..L-1 back to back, f16 [L-1][tokens][row] (the
 * anchor's tokens; a following delta's: its following text's).
 *
 * f16 storage only (the default); a block stored otherwise is not mirrored
 * and its corrections stay on the host. `maxBytes` bounds the device memory
 * (a block that does not fit is not mirrored either).
 */
import type { DeviceBuffer, DeviceKernels } from "../kernels/cuda/cuda-backend.js";
import type { Anchor, KvSide } from "./anchor.js";
import type { CompactBlock } from "./compact.js";

export const DEFAULT_MIRROR_BYTES = 24 * 2 ** 30;

export interface MirroredBlock {
  readonly buf: DeviceBuffer;
  /** Values from one layer to the next: the block's tokens * row. */
  readonly stride: number;
}

interface Entry extends MirroredBlock {
  /** The stored layer-1 block it was made from: a replaced delta has a new one. */
  readonly key: CompactBlock;
  readonly bytes: number;
}

export class DeviceAnchorMirror implements Disposable {
  readonly #entries = new Map<Anchor, Map<string, Entry>>();
  #bytes = 0;
  /** Blocks uploaded, their bytes and the wall time it took (ms). */
  uploads = 0;
  uploadedBytes = 0;
  uploadMs = 0;
  /** Blocks not mirrored because they did not fit the budget. */
  overBudget = 0;

  constructor(private readonly dk: DeviceKernels, readonly maxBytes = DEFAULT_MIRROR_BYTES) {}

  get bytes(): number {
    return this.#bytes;
  }

  /**
   * The device copy of one stored tensor, uploaded now when missing or stale;
   * undefined when it cannot be mirrored (not f16, over budget). Throws as
   * Anchor.storedBlock does for deltas the anchor does not hold.
   */
  block(anchor: Anchor, part: "base" | "ph" | "pf", side: KvSide, fingerprint?: string): MirroredBlock | undefined {
    const tokens = part === "pf" ? (anchor.followingLength(fingerprint ?? "") ?? 0) : anchor.nTokens;
    if (tokens === 0) return undefined;
    const first = anchor.storedBlock(part, side, 1, tokens, fingerprint);
    if (!first || first.type !== "f16") return undefined;
    const name = nameOf(part, side, fingerprint);
    let blocks = this.#entries.get(anchor);
    const have = blocks?.get(name);
    if (have && have.key === first) return have;
    if (have) this.#drop(blocks!, name, have);
    const stride = tokens * (side === "k" ? anchor.shape.rowK : anchor.shape.rowV);
    const bytes = (anchor.shape.nLayer - 1) * stride * 2;
    if (this.#bytes + bytes > this.maxBytes) {
      this.overBudget++;
      return undefined;
    }
    const t = performance.now();
    const buf = this.dk.alloc(bytes);
    try {
      for (let l = 1; l < anchor.shape.nLayer; l++) {
        const b = anchor.storedBlock(part, side, l, tokens, fingerprint)!;
        buf.upload((b.data as Uint16Array).subarray(0, stride), (l - 1) * stride * 2);
      }
    } catch (e) {
      buf.dispose();
      throw e;
    }
    this.uploadMs += performance.now() - t;
    this.uploads++;
    this.uploadedBytes += bytes;
    if (!blocks) {
      blocks = new Map();
      this.#entries.set(anchor, blocks);
    }
    const e: Entry = { buf, stride, key: first, bytes };
    blocks.set(name, e);
    this.#bytes += bytes;
    return e;
  }

  /**
   * Makes the mirror hold exactly what `anchors` store (their bases and every
   * consumer's span and following-text deltas): uploads what is missing or changed, frees what
   * belongs to anchors or consumers no longer there.
   */
  sync(anchors: readonly Anchor[]): void {
    const keep = new Set(anchors);
    for (const [a, blocks] of this.#entries) {
      if (keep.has(a)) continue;
      for (const [name, e] of blocks) this.#drop(blocks, name, e);
      this.#entries.delete(a);
    }
    for (const a of anchors) {
      const names = new Set<string>();
      for (const side of ["k", "v"] as const) {
        names.add(nameOf("base", side));
        this.block(a, "base", side);
        for (const fp of a.fingerprints) {
          names.add(nameOf("ph", side, fp));
          this.block(a, "ph", side, fp);
          if ((a.followingLength(fp) ?? 0) > 0) {
            names.add(nameOf("pf", side, fp));
            this.block(a, "pf", side, fp);
          }
        }
      }
      const blocks = this.#entries.get(a);
      for (const [name, e] of blocks ?? []) if (!names.has(name)) this.#drop(blocks!, name, e);
    }
  }

  dispose(): void {
    for (const blocks of this.#entries.values()) for (const e of blocks.values()) e.buf.dispose();
    this.#entries.clear();
    this.#bytes = 0;
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  #drop(blocks: Map<string, Entry>, name: string, e: Entry): void {
    e.buf.dispose();
    blocks.delete(name);
    this.#bytes -= e.bytes;
  }
}

function nameOf(part: "base" | "ph" | "pf", side: KvSide, fingerprint?: string): string {
  return `${part}\0${side}\0${part === "base" ? "" : fingerprint}`;
}
