import type { ContextProfile } from "./context-profile.js";
import { SegmentContentError, SegmentMismatchError } from "./errors.js";
import type { KvSegment } from "./kv-segment.js";
import { GGML_TYPE_ID, kvTypeBytes, type KvType } from "./kv-type.js";
import { STATE_MAGIC, type SequenceState } from "./sequence-state.js";

/**
 * Checks a segment against the model and context it is about to be loaded
 * into. Throws SegmentMismatchError (wrong model, types, shapes) or
 * SegmentContentError (bad tokens, positions, non-finite values).
 */
export function validateSegment(seg: KvSegment, expect: { fingerprint: string; profile: ContextProfile; checkValues?: boolean }): void {
  const p = expect.profile;
  if (seg.modelFingerprint !== expect.fingerprint) throw new SegmentMismatchError("model fingerprint", `segment was made by model ${seg.modelFingerprint}, this context runs ${expect.fingerprint}`);
  if (seg.kType !== p.kType || seg.vType !== p.vType) throw new SegmentMismatchError("kv types", `segment K/V ${seg.kType}/${seg.vType}, context ${p.kType}/${p.vType}`);
  if (seg.nLayer !== p.nLayer) throw new SegmentMismatchError("n_layer", `segment has ${seg.nLayer} layers, context ${p.nLayer}`);
  if (seg.rowK !== p.rowK || seg.rowV !== p.rowV) throw new SegmentMismatchError("kv dims", `segment rows K ${seg.rowK} V ${seg.rowV}, context K ${p.rowK} V ${p.rowV}`);
  const n = seg.tokens.length;
  if (seg.positions.length !== n) throw new SegmentContentError("positions", `${seg.positions.length} positions for ${n} tokens`);
  if (seg.k.length !== p.nLayer || seg.v.length !== p.nLayer) throw new SegmentMismatchError("layers", `segment holds ${seg.k.length} K and ${seg.v.length} V layers, context ${p.nLayer}`);
  checkTokens(seg.tokens, p.nVocab);
  checkPositions(seg.positions, p.contextSize);
  const kBytes = n * kvTypeBytes(seg.kType, seg.rowK);
  const vBytes = n * kvTypeBytes(seg.vType, seg.rowV);
  for (let l = 0; l < p.nLayer; l++) {
    if (seg.k[l].length !== kBytes) throw new SegmentContentError(`K of layer ${l}`, `${seg.k[l].length} bytes, expected ${kBytes}`);
    if (seg.v[l].length !== vBytes) throw new SegmentContentError(`V of layer ${l}`, `${seg.v[l].length} bytes, expected ${vBytes}`);
    if (expect.checkValues ?? true) checkSegmentFinite(seg, l);
  }
}

/** The NaN/inf scan of one layer's K and V (the costly part of validateSegment: one pass over every value). */
export function checkSegmentFinite(seg: KvSegment, layer: number): void {
  checkFinite(seg.k[layer], seg.kType, `K of layer ${layer}`);
  checkFinite(seg.v[layer], seg.vType, `V of layer ${layer}`);
}

/** Checks a whole sequence state against a context profile before it is written for loadStateFromFile. */
export function validateState(state: SequenceState, expect: { profile: ContextProfile; checkValues?: boolean }): void {
  const p = expect.profile;
  if (state.magic !== STATE_MAGIC) throw new SegmentMismatchError("magic", `0x${state.magic.toString(16)}`);
  if (state.version !== 3) throw new SegmentMismatchError("version", `state version ${state.version}, context needs 3`);
  if (state.streams.length !== p.nStream) throw new SegmentMismatchError("n_stream", `state has ${state.streams.length} streams, context ${p.nStream}`);
  if (state.tokens.length > p.contextSize) throw new SegmentMismatchError("n_tokens", `${state.tokens.length} tokens exceed the context size ${p.contextSize}`);
  checkTokens(state.tokens, p.nVocab);
  let maxPos = -1;
  let total = 0;
  state.streams.forEach((s, si) => {
    const cells = s.positions.length;
    if (cells === 0) return;
    total += cells;
    if (si !== p.streamIndex) throw new SegmentMismatchError("stream", `cells in stream ${si}, this sequence uses stream ${p.streamIndex}`);
    const d = s.data;
    if (!d) throw new SegmentMismatchError("stream data", "cells without layer data");
    if (d.vTrans !== p.vTrans) throw new SegmentMismatchError("v_trans", `state ${d.vTrans}, context ${p.vTrans}`);
    if (d.layers.length !== p.nLayer) throw new SegmentMismatchError("n_layer", `state ${d.layers.length}, context ${p.nLayer}`);
    checkPositions(s.positions, p.contextSize);
    for (const ids of s.seqIds) if (ids.length !== 1) throw new SegmentMismatchError("n_seq_id", `a loadable cell belongs to exactly one sequence, found ${ids.length}`);
    for (const pos of s.positions) maxPos = Math.max(maxPos, pos);
    const kRow = kvTypeBytes(p.kType, p.rowK);
    const vRow = kvTypeBytes(p.vType, p.rowV);
    d.layers.forEach((l, li) => {
      const where = `layer ${li}`;
      if (l.kType !== GGML_TYPE_ID[p.kType] || l.vType !== GGML_TYPE_ID[p.vType]) throw new SegmentMismatchError("kv types", `${where}: ggml types ${l.kType}/${l.vType}, context ${p.kType}/${p.vType}`);
      if (l.kRowBytes !== kRow || l.k.length !== kRow * cells) throw new SegmentMismatchError("k row", `${where}: ${l.kRowBytes} bytes per row, context ${kRow}`);
      if (p.vTrans) {
        const elem = kvTypeBytes(p.vType, 1);
        if (l.vElemBytes !== elem || l.vRows !== p.rowV || l.v.length !== elem * p.rowV * cells) throw new SegmentMismatchError("v layout", `${where}: transposed V ${l.vRows} x ${l.vElemBytes} B, context ${p.rowV} x ${elem} B`);
      } else if (l.vRowBytes !== vRow || l.v.length !== vRow * cells) throw new SegmentMismatchError("v row", `${where}: ${l.vRowBytes} bytes per row, context ${vRow}`);
      if (expect.checkValues ?? true) {
        checkFinite(l.k, p.kType, `K of ${where}`);
        checkFinite(l.v, p.vType, `V of ${where}`);
      }
    });
  });
  if (total > p.contextSize) throw new SegmentMismatchError("cells", `${total} cells exceed the context size ${p.contextSize}`);
  if (total > 0 && state.tokens.length !== maxPos + 1) throw new SegmentMismatchError("n_tokens", `${state.tokens.length} tokens but the highest position is ${maxPos}; llama.cpp needs n_tokens = max pos + 1`);
}

function checkTokens(tokens: Int32Array, nVocab: number): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t < 0 || t >= nVocab) throw new SegmentContentError("tokens", `token ${t} at index ${i} is outside the vocabulary (0..${nVocab - 1})`);
  }
}

function checkPositions(pos: Int32Array, contextSize: number): void {
  const seen = new Set<number>();
  for (let i = 0; i < pos.length; i++) {
    const p = pos[i];
    if (p < 0 || p >= contextSize) throw new SegmentContentError("positions", `position ${p} at index ${i} is outside the context (0..${contextSize - 1})`);
    if (seen.has(p)) throw new SegmentContentError("positions", `position ${p} appears twice`);
    seen.add(p);
  }
}

/** Rejects NaN and infinity; for q8_0 the per-block f16 scales are what can be non-finite. */
export function checkFinite(bytes: Uint8Array, type: KvType, what: string): void {
  if (type === "f32") {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i += 4) {
      if (!Number.isFinite(dv.getFloat32(i, true))) throw new SegmentContentError(what, `non-finite value at element ${i / 4}`);
    }
    return;
  }
  if (type === "f16" && bytes.byteOffset % 4 === 0 && bytes.byteLength % 4 === 0) {
    // Two halves a word: a pass runs at memory speed in JS, not per byte (segments reach hundreds of MB).
    const w = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
    for (let i = 0; i < w.length; i++) {
      const e = w[i] & 0x7c007c00;
      if ((e & 0x7c00) === 0x7c00 || e >>> 16 === 0x7c00) {
        const at = 2 * i + ((e & 0x7c00) === 0x7c00 ? 0 : 1);
        throw new SegmentContentError(what, `non-finite value at element ${at}`);
      }
    }
    return;
  }
  const step = type === "f16" ? 2 : 34;
  for (let i = 0; i + 1 < bytes.length; i += step) {
    // f16 exponent all ones = inf or NaN.
    if ((bytes[i + 1] & 0x7c) === 0x7c) throw new SegmentContentError(what, `non-finite ${type === "f16" ? "value" : "block scale"} at ${type === "f16" ? "element" : "block"} ${i / step}`);
  }
}
