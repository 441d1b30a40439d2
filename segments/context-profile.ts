import { SegmentMismatchError } from "./errors.js";
import { kvTypeBytes, kvTypeFromGgml, type KvType } from "./kv-type.js";
import type { SequenceState } from "./sequence-state.js";

/**
 * What a llama.cpp context expects of a sequence state it loads: learned once
 * per context from a state it saved itself (a probe), then used to validate
 * every state kvmesh builds before llama.cpp sees it.
 */
export interface ContextProfile {
  readonly nStream: number;
  /** The stream this sequence's cells live in. */
  readonly streamIndex: number;
  readonly vTrans: boolean;
  readonly nLayer: number;
  readonly kType: KvType;
  readonly vType: KvType;
  /** Values per token per layer. */
  readonly rowK: number;
  readonly rowV: number;
  readonly contextSize: number;
  readonly nVocab: number;
}

export function profileFromProbe(state: SequenceState, contextSize: number, nVocab: number): ContextProfile {
  const withCells = state.streams.map((s, i) => ({ s, i })).filter(({ s }) => s.positions.length > 0);
  if (withCells.length !== 1) throw new SegmentMismatchError("probe", `expected cells in exactly one stream, found ${withCells.length}`);
  const { s, i } = withCells[0];
  const data = s.data!;
  const l0 = data.layers[0];
  const kType = kvTypeFromGgml(l0.kType);
  const vType = kvTypeFromGgml(l0.vType);
  if (!kType || !vType) throw new SegmentMismatchError("kv types", `unsupported ggml types K=${l0.kType} V=${l0.vType}; kvmesh handles f32, f16, q8_0`);
  const rowK = valuesPerRow(kType, l0.kRowBytes);
  const rowV = data.vTrans ? l0.vRows : valuesPerRow(vType, l0.vRowBytes);
  return { nStream: state.streams.length, streamIndex: i, vTrans: data.vTrans, nLayer: data.layers.length, kType, vType, rowK, rowV, contextSize, nVocab };
}

function valuesPerRow(t: KvType, rowBytes: number): number {
  return t === "f32" ? rowBytes / 4 : t === "f16" ? rowBytes / 2 : (rowBytes / 34) * 32;
}

export function rowBytes(t: KvType, values: number): number {
  return kvTypeBytes(t, values);
}
