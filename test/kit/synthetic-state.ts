import { GGML_TYPE_ID, kvTypeBytes, type KvType } from "../../segments/kv-type.js";
import { STATE_MAGIC, type LayerState, type SequenceState } from "../../segments/sequence-state.js";

/** A small, deterministic sequence state with every byte distinct enough to catch misplaced copies. */
export function syntheticState(o: {
  cells: number; nLayer?: number; rowK?: number; rowV?: number; kType?: KvType; vType?: KvType;
  vTrans?: boolean; nStream?: number; stream?: number; positions?: readonly number[]; seed?: number;
}): SequenceState {
  const nLayer = o.nLayer ?? 2;
  const rowK = o.rowK ?? 64;
  const rowV = o.rowV ?? 64;
  const kType = o.kType ?? "f16";
  const vType = o.vType ?? "f16";
  const vTrans = o.vTrans ?? false;
  const positions = Int32Array.from(o.positions ?? Array.from({ length: o.cells }, (_, i) => i));
  let x = o.seed ?? 7;
  const bytes = (n: number, type: KvType) => {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      b[i] = x >>> 24;
    }
    // Keep f16 values finite: clear the top exponent bit of every high byte.
    if (type === "f16") for (let i = 1; i < n; i += 2) b[i] &= 0xbf;
    if (type === "q8_0") for (let i = 1; i < n; i += 34) b[i] &= 0xbf;
    if (type === "f32") for (let i = 3; i < n; i += 4) b[i] &= 0xbf;
    return b;
  };
  const layers: LayerState[] = [];
  for (let l = 0; l < nLayer; l++) {
    const kRow = kvTypeBytes(kType, rowK);
    const vRow = kvTypeBytes(vType, rowV);
    layers.push({
      kType: GGML_TYPE_ID[kType], kRowBytes: kRow, k: bytes(kRow * o.cells, kType), vType: GGML_TYPE_ID[vType],
      vRowBytes: vTrans ? 0 : vRow, vElemBytes: vTrans ? kvTypeBytes(vType, 1) : 0, vRows: vTrans ? rowV : 0,
      v: bytes(vRow * o.cells, vType),
    });
  }
  const nStream = o.nStream ?? 1;
  const maxPos = Math.max(-1, ...positions);
  return {
    magic: STATE_MAGIC, version: 3,
    tokens: Int32Array.from({ length: maxPos + 1 }, (_, i) => (i * 7 + 3) % 500),
    streams: Array.from({ length: nStream }, (_, s) => s === (o.stream ?? 0) && o.cells > 0
      ? { positions, seqIds: Array.from({ length: o.cells }, () => new Int32Array([0])), data: { vTrans, layers } }
      : { positions: new Int32Array(0), seqIds: [] }),
  };
}
