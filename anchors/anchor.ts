/**
 * An anchor (KVCOMM): the base KV of one earlier content of a placeholder,
 * plus, per consumer, the observed deviation ("delta") of the real KV from it.
 *
 * Frames and positions: the anchors layer never rotates keys. The caller hands
 * in every placeholder-span tensor re-positioned to a canonical start position
 * 0 (keys RoPE-shifted back; values carry no position), and every following-
 * text tensor in the consumer's own frame (the positions it has in that
 * consumer's prompt). Deltas are then plain differences in those frames.
 *
 * Consumers are named by a prefix fingerprint: a caller-supplied hash of the
 * consumer's prefix tokens (never an agent id), because the deviation depends
 * on what the content attended to, not on who asked.
 *
 * Storage, per layer >= 1 only (layer 0 sees only its own token, so its KV
 * does not depend on the prefix: its deltas are zero and the distances the
 * gate and the estimator use skip it):
 *   base K, V      [P][rowK], [P][rowV]        in `baseType`  (default f16)
 *   per consumer:
 *     ph delta K, V  [P][row]                  in `deltaType` (default f16)
 *     pf delta K, V  [F][row] (F may be 0)     in `deltaType`
 * `bytes` counts the stored payload (typed-array bytes), not object overhead.
 */
import type { KvTensor } from "../kernels/kv-tensor.js";
import { type CompactBlock, type CompactKernels, type CompactType, compactBytes, decodePrefix, encodeBlock } from "./compact.js";
import { AnchorShapeError } from "./errors.js";

export type { CompactKernels, CompactType } from "./compact.js";

export interface AnchorShape {
  readonly nLayer: number;
  readonly rowK: number;
  readonly rowV: number;
}

export interface AnchorStorage {
  /** Element type of the stored base (f16 is what llama.cpp's cache holds, so it is lossless there). */
  readonly baseType: CompactType;
  /** Element type of the stored deltas. */
  readonly deltaType: CompactType;
}

export const DEFAULT_ANCHOR_STORAGE: AnchorStorage = { baseType: "f16", deltaType: "f16" };

/** Which stored tensor: the base, the placeholder-span delta, the following-text delta. */
export type AnchorPart = "base" | "ph" | "pf";
export type KvSide = "k" | "v";

/** Stored K and V blocks of layers 1..nLayer-1 (index l-1). */
interface LayerBlocks {
  readonly k: readonly CompactBlock[];
  readonly v: readonly CompactBlock[];
}

interface ConsumerDeltas {
  readonly nFollowing: number;
  readonly ph: LayerBlocks;
  readonly pf: LayerBlocks | undefined;
  readonly bytes: number;
}

/** Deltas observed for one consumer: real minus base on the span, real minus precomputed on the following text. */
export interface AnchorDeltas {
  /** [L][P][row], same shape as the base. Layer 0 is ignored. */
  readonly ph: KvTensor;
  /** [L][F][row]; absent (or 0 tokens) when the consumer has no text after the placeholder. */
  readonly pf?: KvTensor;
}

export function shapeOf(t: KvTensor): AnchorShape {
  return { nLayer: t.nLayer, rowK: t.rowK, rowV: t.rowV };
}

/** Throws AnchorShapeError unless `t` is a well-formed tensor of `shape` (and `nTokens`, when given). */
export function checkTensor(t: KvTensor, shape: AnchorShape, what: string, nTokens?: number): void {
  if (t.nLayer !== shape.nLayer || t.rowK !== shape.rowK || t.rowV !== shape.rowV) {
    throw new AnchorShapeError(
      `${what}: shape (layers ${t.nLayer}, rowK ${t.rowK}, rowV ${t.rowV}) differs from (layers ${shape.nLayer}, rowK ${shape.rowK}, rowV ${shape.rowV})`,
    );
  }
  if (nTokens !== undefined && t.nTokens !== nTokens) {
    throw new AnchorShapeError(`${what}: ${t.nTokens} tokens, expected ${nTokens}`);
  }
  if (t.k.length !== t.nLayer || t.v.length !== t.nLayer) {
    throw new AnchorShapeError(`${what}: ${t.k.length} K / ${t.v.length} V layers for nLayer ${t.nLayer}`);
  }
  for (let l = 0; l < t.nLayer; l++) {
    if (t.k[l].length !== t.nTokens * t.rowK || t.v[l].length !== t.nTokens * t.rowV) {
      throw new AnchorShapeError(`${what}: layer ${l} holds ${t.k[l].length} K / ${t.v[l].length} V values for ${t.nTokens} tokens`);
    }
  }
}

function encodeLayers(kernels: CompactKernels, type: CompactType, t: KvTensor): LayerBlocks {
  const k: CompactBlock[] = [];
  const v: CompactBlock[] = [];
  for (let l = 1; l < t.nLayer; l++) {
    k.push(encodeBlock(kernels, type, t.k[l]));
    v.push(encodeBlock(kernels, type, t.v[l]));
  }
  return { k, v };
}

function blocksBytes(b: LayerBlocks): number {
  let n = 0;
  for (const x of b.k) n += x.data.byteLength;
  for (const x of b.v) n += x.data.byteLength;
  return n;
}

export interface AnchorInit {
  /** Stable id chosen by the caller, e.g. a digest of the content's tokens. */
  readonly id: string;
  /** Base KV of the content, re-positioned to start position 0 (layer 0 is not stored). */
  readonly base: KvTensor;
  readonly storage?: AnchorStorage;
}

export class Anchor {
  readonly id: string;
  readonly nTokens: number;
  readonly shape: AnchorShape;
  readonly storage: AnchorStorage;
  readonly #base: LayerBlocks;
  readonly #baseBytes: number;
  readonly #deltas = new Map<string, ConsumerDeltas>();
  #bytes: number;

  private constructor(id: string, nTokens: number, shape: AnchorShape, storage: AnchorStorage, base: LayerBlocks) {
    this.id = id;
    this.nTokens = nTokens;
    this.shape = shape;
    this.storage = storage;
    this.#base = base;
    this.#baseBytes = blocksBytes(base);
    this.#bytes = this.#baseBytes;
  }

  static create(kernels: CompactKernels, init: AnchorInit): Anchor {
    const shape = shapeOf(init.base);
    if (shape.nLayer < 1) throw new AnchorShapeError("anchor base: at least one layer needed");
    checkTensor(init.base, shape, "anchor base");
    const storage = init.storage ?? DEFAULT_ANCHOR_STORAGE;
    return new Anchor(init.id, init.base.nTokens, shape, storage, encodeLayers(kernels, storage.baseType, init.base));
  }

  /** Stored payload bytes: base plus every consumer's deltas. */
  get bytes(): number {
    return this.#bytes;
  }

  get baseBytes(): number {
    return this.#baseBytes;
  }

  /** Fingerprints with stored deltas, in the order they were first stored. */
  get fingerprints(): readonly string[] {
    return [...this.#deltas.keys()];
  }

  hasDeltas(fingerprint: string): boolean {
    return this.#deltas.has(fingerprint);
  }

  /** Following-text length stored for `fingerprint` (undefined when it has no deltas). */
  followingLength(fingerprint: string): number | undefined {
    return this.#deltas.get(fingerprint)?.nFollowing;
  }

  /** Stores (or replaces) the deltas observed for one consumer. Returns the change in `bytes`. */
  setDeltas(kernels: CompactKernels, fingerprint: string, deltas: AnchorDeltas): number {
    checkTensor(deltas.ph, this.shape, `placeholder delta for ${fingerprint}`, this.nTokens);
    const pfTensor = deltas.pf && deltas.pf.nTokens > 0 ? deltas.pf : undefined;
    if (pfTensor) checkTensor(pfTensor, this.shape, `following delta for ${fingerprint}`);
    const ph = encodeLayers(kernels, this.storage.deltaType, deltas.ph);
    const pf = pfTensor ? encodeLayers(kernels, this.storage.deltaType, pfTensor) : undefined;
    const entry: ConsumerDeltas = { nFollowing: pfTensor?.nTokens ?? 0, ph, pf, bytes: blocksBytes(ph) + (pf ? blocksBytes(pf) : 0) };
    const before = this.#bytes;
    this.#bytes += entry.bytes - (this.#deltas.get(fingerprint)?.bytes ?? 0);
    this.#deltas.set(fingerprint, entry);
    return this.#bytes - before;
  }

  /** Forgets one consumer's deltas; returns whether there were any. */
  deleteDeltas(fingerprint: string): boolean {
    const e = this.#deltas.get(fingerprint);
    if (!e) return false;
    this.#bytes -= e.bytes;
    this.#deltas.delete(fingerprint);
    return true;
  }

  /**
   * The stored block of one tensor at `layer` (no copy: do not write to it),
   * after the same checks as {@link decode} (`nTokens` must be stored).
   * `undefined` for layer 0 (never stored: deltas are zero there; throws for
   * the base) and for absent following deltas. For the anchors layer's fused
   * loops, which read the first nTokens * row values straight from it.
   * @internal
   */
  storedBlock(part: AnchorPart, side: KvSide, layer: number, nTokens: number, fingerprint?: string): CompactBlock | undefined {
    if (layer < 0 || layer >= this.shape.nLayer) throw new AnchorShapeError(`anchor ${this.id}: no layer ${layer}`);
    let blocks: LayerBlocks | undefined;
    let have: number;
    if (part === "base") {
      if (layer === 0) throw new AnchorShapeError(`anchor ${this.id}: layer 0 of the base is not stored`);
      blocks = this.#base;
      have = this.nTokens;
    } else {
      const e = fingerprint === undefined ? undefined : this.#deltas.get(fingerprint);
      if (!e) throw new AnchorShapeError(`anchor ${this.id}: no deltas for consumer ${fingerprint}`);
      blocks = part === "ph" ? e.ph : e.pf;
      have = part === "ph" ? this.nTokens : e.nFollowing;
    }
    if (!Number.isInteger(nTokens) || nTokens < 0 || nTokens > have) {
      throw new AnchorShapeError(`anchor ${this.id}: ${nTokens} ${part} tokens asked, ${have} stored`);
    }
    if (layer === 0 || !blocks) return undefined;
    return (side === "k" ? blocks.k : blocks.v)[layer - 1];
  }

  /**
   * The first `nTokens` tokens of one stored tensor at `layer` (>= 1), as f32
   * [nTokens][row], into `dst` when given. Layer 0 is never stored: asking for
   * it returns zeros for deltas and throws for the base.
   */
  decode(
    kernels: CompactKernels,
    part: AnchorPart,
    side: KvSide,
    layer: number,
    nTokens: number,
    fingerprint?: string,
    dst?: Float32Array,
  ): Float32Array {
    const row = side === "k" ? this.shape.rowK : this.shape.rowV;
    const n = nTokens * row;
    const block = this.storedBlock(part, side, layer, nTokens, fingerprint);
    if (!block) {
      const out = dst ? dst.subarray(0, n) : new Float32Array(n);
      out.fill(0);
      return out;
    }
    return decodePrefix(kernels, block, n, dst);
  }
}

/** Stored bytes of one anchor, without building it: for capacity planning. */
export function anchorBytes(
  shape: AnchorShape,
  nTokens: number,
  consumers: readonly { nFollowing: number }[],
  storage: AnchorStorage = DEFAULT_ANCHOR_STORAGE,
): number {
  const layers = Math.max(0, shape.nLayer - 1);
  const perToken = (type: CompactType, t: number) => layers * (compactBytes(type, t * shape.rowK) + compactBytes(type, t * shape.rowV));
  let bytes = perToken(storage.baseType, nTokens);
  for (const c of consumers) bytes += perToken(storage.deltaType, nTokens) + (c.nFollowing > 0 ? perToken(storage.deltaType, c.nFollowing) : 0);
  return bytes;
}
