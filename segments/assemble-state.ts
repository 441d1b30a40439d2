import type { ContextProfile } from "./context-profile.js";
import { SegmentContentError } from "./errors.js";
import type { KvSegment } from "./kv-segment.js";
import { GGML_TYPE_ID, kvTypeBytes } from "./kv-type.js";
import { STATE_MAGIC, type LayerState, type SequenceState, type StreamState } from "./sequence-state.js";

/**
 * Builds a loadable sequence state from segments that already sit at their
 * final positions (see repositionSegment). Positions may leave gaps; the token
 * list is padded with `padToken` there, since llama.cpp needs
 * n_tokens = highest position + 1.
 */
export function assembleState(segments: readonly KvSegment[], profile: ContextProfile, padToken = 0): SequenceState {
  let cells = 0;
  let maxPos = -1;
  for (const s of segments) {
    cells += s.tokens.length;
    for (const p of s.positions) maxPos = Math.max(maxPos, p);
  }
  if (maxPos + 1 > profile.contextSize) throw new SegmentContentError("positions", `highest position ${maxPos} does not fit the context size ${profile.contextSize}`);
  const tokens = new Int32Array(maxPos + 1).fill(padToken);
  const positions = new Int32Array(cells);
  const seqIds: Int32Array[] = [];
  let c = 0;
  for (const s of segments) {
    for (let i = 0; i < s.tokens.length; i++) {
      tokens[s.positions[i]] = s.tokens[i];
      positions[c++] = s.positions[i];
      seqIds.push(ZERO_SEQ);
    }
  }
  const kRow = kvTypeBytes(profile.kType, profile.rowK);
  const vRow = kvTypeBytes(profile.vType, profile.rowV);
  const vElem = kvTypeBytes(profile.vType, 1);
  const layers: LayerState[] = [];
  for (let l = 0; l < profile.nLayer; l++) {
    const k = new Uint8Array(cells * kRow);
    const v = new Uint8Array(cells * vRow);
    let off = 0;
    for (const s of segments) {
      k.set(s.k[l], off * kRow);
      if (!profile.vTrans) v.set(s.v[l], off * vRow);
      else {
        // [row j][cell] layout: scatter each token's row into column (off + i).
        const src = s.v[l];
        const n = s.tokens.length;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < profile.rowV; j++) {
            const a = (i * profile.rowV + j) * vElem;
            const b = (j * cells + off + i) * vElem;
            for (let e = 0; e < vElem; e++) v[b + e] = src[a + e];
          }
        }
      }
      off += s.tokens.length;
    }
    layers.push({
      kType: GGML_TYPE_ID[profile.kType], kRowBytes: kRow, k,
      vType: GGML_TYPE_ID[profile.vType],
      vRowBytes: profile.vTrans ? 0 : vRow, vElemBytes: profile.vTrans ? vElem : 0, vRows: profile.vTrans ? profile.rowV : 0, v,
    });
  }
  const streams: StreamState[] = [];
  for (let i = 0; i < profile.nStream; i++) {
    streams.push(i === profile.streamIndex && cells > 0
      ? { positions, seqIds, data: { vTrans: profile.vTrans, layers } }
      : { positions: new Int32Array(0), seqIds: [] });
  }
  return { magic: STATE_MAGIC, version: 3, tokens, streams };
}

const ZERO_SEQ = new Int32Array([0]);
