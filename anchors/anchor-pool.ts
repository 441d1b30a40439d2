/**
 * The anchors of one placeholder kind ("user_question", "agent_2_reply"),
 * with KVCOMM's windowed least-frequently-used eviction and a byte budget.
 *
 * Eviction (run after every add and every change of an anchor's size): while
 * the pool holds more than `maxAnchors` anchors or more than `maxBytes` bytes,
 * look at the `window` oldest anchors (insertion order) and evict the one with
 * the fewest activations; ties go to the oldest. Deterministic: it depends on
 * the order of calls only.
 */
import type { Anchor } from "./anchor.js";
import { AnchorOptionError } from "./errors.js";

export interface AnchorPoolOptions {
  /** Most anchors kept (KVCOMM: 20). */
  readonly maxAnchors?: number;
  /** Most stored bytes kept, summed over `Anchor.bytes` (default: no limit). */
  readonly maxBytes?: number;
  /** How many of the oldest anchors eviction chooses among (KVCOMM: 5). */
  readonly window?: number;
}

export const DEFAULT_MAX_ANCHORS = 20;
export const DEFAULT_EVICTION_WINDOW = 5;

interface Entry {
  readonly anchor: Anchor;
  activations: number;
}

export class AnchorPool {
  readonly kind: string;
  readonly maxAnchors: number;
  readonly maxBytes: number;
  readonly window: number;
  /** Oldest first. */
  #entries: Entry[] = [];
  #version = 0;

  constructor(kind: string, options: AnchorPoolOptions = {}) {
    this.kind = kind;
    this.maxAnchors = options.maxAnchors ?? DEFAULT_MAX_ANCHORS;
    this.maxBytes = options.maxBytes ?? Infinity;
    this.window = options.window ?? DEFAULT_EVICTION_WINDOW;
    if (!Number.isInteger(this.maxAnchors) || this.maxAnchors < 1) throw new AnchorOptionError(`maxAnchors must be an integer >= 1, got ${this.maxAnchors}`);
    if (!Number.isInteger(this.window) || this.window < 1) throw new AnchorOptionError(`window must be an integer >= 1, got ${this.window}`);
    if (!(this.maxBytes >= 0)) throw new AnchorOptionError(`maxBytes must be >= 0, got ${this.maxBytes}`);
  }

  get size(): number {
    return this.#entries.length;
  }

  /**
   * Bumped by every change of the anchors (add, delete, eviction, enforce
   * after new deltas, clear): a correction computed at one version is what
   * the pool would compute again only at the same version.
   */
  get version(): number {
    return this.#version;
  }

  /** Stored bytes of all anchors. */
  get bytes(): number {
    let n = 0;
    for (const e of this.#entries) n += e.anchor.bytes;
    return n;
  }

  /** Anchors, oldest first. */
  get anchors(): readonly Anchor[] {
    return this.#entries.map((e) => e.anchor);
  }

  get(id: string): Anchor | undefined {
    return this.#entries.find((e) => e.anchor.id === id)?.anchor;
  }

  has(id: string): boolean {
    return this.#entries.some((e) => e.anchor.id === id);
  }

  activations(id: string): number | undefined {
    return this.#entries.find((e) => e.anchor.id === id)?.activations;
  }

  /**
   * Adds `anchor` as the youngest (replacing one with the same id, whose
   * activation count is kept), then evicts. Returns the evicted anchors, in
   * eviction order; it may include `anchor` itself when it alone exceeds the
   * byte budget.
   */
  add(anchor: Anchor): Anchor[] {
    this.#version++;
    const i = this.#entries.findIndex((e) => e.anchor.id === anchor.id);
    let activations = 0;
    if (i >= 0) {
      activations = this.#entries[i].activations;
      this.#entries.splice(i, 1);
    }
    this.#entries.push({ anchor, activations });
    return this.enforce();
  }

  /** Raises the activation count of each listed anchor by one (unknown ids are ignored). */
  activate(ids: Iterable<string>): void {
    for (const id of ids) {
      const e = this.#entries.find((x) => x.anchor.id === id);
      if (e) e.activations++;
    }
  }

  delete(id: string): boolean {
    const i = this.#entries.findIndex((e) => e.anchor.id === id);
    if (i < 0) return false;
    this.#version++;
    this.#entries.splice(i, 1);
    return true;
  }

  /** Evicts until within both limits; call after an anchor changed size (new consumer deltas). */
  enforce(): Anchor[] {
    this.#version++;
    const evicted: Anchor[] = [];
    let bytes = this.bytes;
    while (this.#entries.length > 0 && (this.#entries.length > this.maxAnchors || bytes > this.maxBytes)) {
      const w = Math.min(this.window, this.#entries.length);
      let victim = 0;
      for (let i = 1; i < w; i++) if (this.#entries[i].activations < this.#entries[victim].activations) victim = i;
      const [e] = this.#entries.splice(victim, 1);
      bytes -= e.anchor.bytes;
      evicted.push(e.anchor);
    }
    return evicted;
  }

  clear(): void {
    this.#version++;
    this.#entries = [];
  }

  dispose(): void {
    this.clear();
  }
}
