/**
 * The llama.cpp sequence state (format version 3) as plain data, one field per
 * field of the file, so that parse -> serialize is byte-identical.
 * See ../shared/research/llama-state.md for the file layout.
 */
export const STATE_MAGIC = 0x67677371; // "ggsq"

export interface SequenceState {
  readonly magic: number;
  readonly version: number;
  readonly tokens: Int32Array;
  readonly streams: readonly StreamState[];
}

export interface StreamState {
  /** One entry per cell, in cache order (positions are not necessarily sorted). */
  readonly positions: Int32Array;
  readonly seqIds: readonly Int32Array[];
  /** Present only when the stream has cells. */
  readonly data?: StreamData;
}

export interface StreamData {
  readonly vTrans: boolean;
  readonly layers: readonly LayerState[];
}

export interface LayerState {
  readonly kType: number;
  readonly kRowBytes: number;
  /** [cell][kRowBytes] */
  readonly k: Uint8Array;
  readonly vType: number;
  /** Non-transposed V: bytes per cell row. Transposed V: 0. */
  readonly vRowBytes: number;
  /** Transposed V only: bytes per element and rows (n_embd_v_gqa). */
  readonly vElemBytes: number;
  readonly vRows: number;
  /** Non-transposed: [cell][vRowBytes]; transposed: [vRows][cell][vElemBytes]. */
  readonly v: Uint8Array;
}

export function cellCount(s: StreamState): number {
  return s.positions.length;
}
