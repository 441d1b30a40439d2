/**
 * Online pool update: a consumer that did a dense prefill (because the gate
 * said "new", or to refresh) reports what it observed; the difference between
 * the real KV and what reuse would have started from becomes that consumer's
 * deltas on an anchor.
 *
 * Observation, all f32 KvTensors of one shape:
 *   base        the shared content KV, re-positioned to start 0 (P tokens):
 *               what a later reuse would start from
 *   placeholder the consumer's real KV of the span (dense prefill behind its
 *               prefix), re-positioned to start 0 the same way (P tokens)
 *   following   optional: the consumer's real KV of its F tokens after the
 *               placeholder, and its precomputed KV of those tokens (what a
 *               reuse would start from), both in the consumer's frame
 * deltaPh = placeholder - base, deltaPf = following.real - following.precomputed.
 */
import type { KvTensor } from "../kernels/kv-tensor.js";
import { Anchor, type AnchorDeltas, type AnchorStorage, type CompactKernels, checkTensor, shapeOf } from "./anchor.js";
import type { AnchorPool } from "./anchor-pool.js";
import { AnchorShapeError } from "./errors.js";

export interface DenseObservation {
  /** The consumer's prefix fingerprint (hash of its prefix tokens). */
  readonly fingerprint: string;
  readonly base: KvTensor;
  readonly placeholder: KvTensor;
  readonly following?: { readonly real: KvTensor; readonly precomputed: KvTensor };
}

function diff(a: KvTensor, b: KvTensor): KvTensor {
  const sub = (x: Float32Array, y: Float32Array) => {
    const o = new Float32Array(x.length);
    for (let i = 0; i < x.length; i++) o[i] = x[i] - y[i];
    return o;
  };
  return {
    nLayer: a.nLayer, nTokens: a.nTokens, rowK: a.rowK, rowV: a.rowV,
    k: a.k.map((x, l) => sub(x, b.k[l])),
    v: a.v.map((x, l) => sub(x, b.v[l])),
  };
}

/** The deltas of one observation (f32, layer 0 included but never stored). */
export function deltasFromObservation(obs: DenseObservation): AnchorDeltas {
  const shape = shapeOf(obs.base);
  checkTensor(obs.base, shape, "observation base");
  checkTensor(obs.placeholder, shape, "observed placeholder", obs.base.nTokens);
  const ph = diff(obs.placeholder, obs.base);
  if (!obs.following || obs.following.real.nTokens === 0) return { ph };
  checkTensor(obs.following.real, shape, "observed following text");
  checkTensor(obs.following.precomputed, shape, "precomputed following text", obs.following.real.nTokens);
  return { ph, pf: diff(obs.following.real, obs.following.precomputed) };
}

export interface RecordObservationInit extends DenseObservation {
  /** The content's anchor id (e.g. a digest of its tokens): an existing anchor with it is extended. */
  readonly anchorId: string;
  /** Storage of a newly created anchor (default f16 base and deltas). */
  readonly storage?: AnchorStorage;
}

export interface RecordObservationResult {
  readonly anchor: Anchor;
  /** True when a new anchor was created (the gate's "new content" case). */
  readonly created: boolean;
  /** Anchors the pool evicted to stay within its limits (may include `anchor`). */
  readonly evicted: readonly Anchor[];
}

/**
 * Adds the observation to `pool`: creates the anchor `anchorId` from `base`
 * when the pool has none, otherwise stores (or replaces) this consumer's
 * deltas on the existing one; then enforces the pool's limits.
 */
export function recordObservation(kernels: CompactKernels, pool: AnchorPool, init: RecordObservationInit): RecordObservationResult {
  const deltas = deltasFromObservation(init);
  const existing = pool.get(init.anchorId);
  if (existing) {
    if (existing.nTokens !== init.base.nTokens) {
      throw new AnchorShapeError(`anchor ${init.anchorId}: holds ${existing.nTokens} tokens, the observation ${init.base.nTokens}`);
    }
    existing.setDeltas(kernels, init.fingerprint, deltas);
    return { anchor: existing, created: false, evicted: pool.enforce() };
  }
  const anchor = Anchor.create(kernels, { id: init.anchorId, base: init.base, storage: init.storage });
  anchor.setDeltas(kernels, init.fingerprint, deltas);
  return { anchor, created: true, evicted: pool.add(anchor) };
}
