import { SegmentContentError, SegmentMismatchError } from "./errors.js";
import type { KvSegment } from "./kv-segment.js";
import { kvTypeBytes, kvTypeFromGgml } from "./kv-type.js";
import type { SequenceState } from "./sequence-state.js";

export interface CutOptions {
  /** Positions [start, end) to cut. */
  readonly start: number;
  readonly end: number;
  readonly modelFingerprint: string;
  /** contextDigest() of the tokens before `start` (what this KV attended to). */
  readonly context: string;
}

/**
 * Cuts the KV of positions [start, end) out of a saved sequence state into a
 * KvSegment (copies; V de-transposed). Every position in the range must have
 * a cell.
 */
export function cutSegment(state: SequenceState, opts: CutOptions): KvSegment {
  const streams = state.streams.filter((s) => s.positions.length > 0);
  if (streams.length !== 1) throw new SegmentMismatchError("streams", `expected cells in exactly one stream, found ${streams.length}`);
  const s = streams[0];
  const d = s.data!;
  const n = opts.end - opts.start;
  if (n <= 0) throw new SegmentContentError("range", `empty range ${opts.start}..${opts.end}`);
  const cellOf = new Map<number, number>();
  s.positions.forEach((p, c) => cellOf.set(p, c));
  const cells = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = cellOf.get(opts.start + i);
    if (c === undefined) throw new SegmentContentError("range", `no cell at position ${opts.start + i}`);
    cells[i] = c;
  }
  const l0 = d.layers[0];
  const kType = kvTypeFromGgml(l0.kType);
  const vType = kvTypeFromGgml(l0.vType);
  if (!kType || !vType) throw new SegmentMismatchError("kv types", `ggml types ${l0.kType}/${l0.vType} are not supported`);
  const cellCount = s.positions.length;
  const kRow = l0.kRowBytes;
  const rowK = kType === "f32" ? kRow / 4 : kType === "f16" ? kRow / 2 : (kRow / 34) * 32;
  const rowV = d.vTrans ? l0.vRows : vType === "f32" ? l0.vRowBytes / 4 : vType === "f16" ? l0.vRowBytes / 2 : (l0.vRowBytes / 34) * 32;
  const vRow = kvTypeBytes(vType, rowV);
  const k: Uint8Array[] = [];
  const v: Uint8Array[] = [];
  for (const layer of d.layers) {
    const kb = new Uint8Array(n * kRow);
    for (let i = 0; i < n; i++) kb.set(layer.k.subarray(cells[i] * kRow, (cells[i] + 1) * kRow), i * kRow);
    k.push(kb);
    const vb = new Uint8Array(n * vRow);
    if (!d.vTrans) {
      for (let i = 0; i < n; i++) vb.set(layer.v.subarray(cells[i] * vRow, (cells[i] + 1) * vRow), i * vRow);
    } else {
      // Transposed: element (row j, cell c) sits at (j * cellCount + c) * e.
      const e = layer.vElemBytes;
      for (let j = 0; j < rowV; j++) {
        const base = j * cellCount;
        for (let i = 0; i < n; i++) {
          const src = (base + cells[i]) * e;
          const dst = (i * rowV + j) * e;
          for (let b = 0; b < e; b++) vb[dst + b] = layer.v[src + b];
        }
      }
    }
    v.push(vb);
  }
  const tokens = new Int32Array(n);
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    positions[i] = opts.start + i;
    tokens[i] = opts.start + i < state.tokens.length ? state.tokens[opts.start + i] : 0;
  }
  return { modelFingerprint: opts.modelFingerprint, kType, vType, nLayer: d.layers.length, rowK, rowV, tokens, positions, context: opts.context, k, v };
}
