import { StateFormatError } from "./errors.js";
import { STATE_MAGIC, type LayerState, type SequenceState, type StreamState } from "./sequence-state.js";

/** Sanity caps: a file claiming more than this is garbage, not a model we know. */
const MAX_STREAMS = 256;
const MAX_LAYERS = 1024;
const MAX_SEQ_IDS = 4096;

/**
 * Parses a llama.cpp sequence-state file. Every count and length is checked
 * against the bytes that remain before anything is allocated, so truncated or
 * hostile input gives a StateFormatError, never a huge allocation or a crash.
 * K and V are views into `bytes` (no copy).
 */
export function parseState(bytes: Uint8Array): SequenceState {
  const r = new Reader(bytes);
  const magic = r.u32("magic");
  if (magic !== STATE_MAGIC) throw new StateFormatError(`bad magic 0x${magic.toString(16)}, expected 0x${STATE_MAGIC.toString(16)} ("ggsq")`, 0);
  const version = r.u32("version");
  if (version !== 3) throw new StateFormatError(`unsupported state format version ${version}; kvmesh reads version 3 (node-llama-cpp 3.21.1)`, 4);
  const nTokens = r.count("n_tokens", 4);
  const tokens = r.i32Array(nTokens, "tokens");
  const nStream = r.u32("n_stream");
  if (nStream === 0 || nStream > MAX_STREAMS) throw new StateFormatError(`n_stream ${nStream} out of range 1..${MAX_STREAMS}`, r.pos - 4);
  const streams: StreamState[] = [];
  for (let s = 0; s < nStream; s++) streams.push(parseStream(r));
  if (r.pos !== bytes.length) throw new StateFormatError(`${bytes.length - r.pos} trailing bytes after the last stream`, r.pos);
  return { magic, version, tokens, streams };
}

function parseStream(r: Reader): StreamState {
  const cells = r.count("cell_count", 12);
  if (cells === 0) return { positions: new Int32Array(0), seqIds: [] };
  const positions = new Int32Array(cells);
  const seqIds: Int32Array[] = [];
  for (let c = 0; c < cells; c++) {
    positions[c] = r.i32("cell pos");
    const n = r.u32("n_seq_id");
    if (n > MAX_SEQ_IDS) throw new StateFormatError(`n_seq_id ${n} is absurd`, r.pos - 4);
    seqIds.push(r.i32Array(n, "seq_id"));
  }
  const vTransRaw = r.u32("v_trans");
  if (vTransRaw > 1) throw new StateFormatError(`v_trans must be 0 or 1, got ${vTransRaw}`, r.pos - 4);
  const nLayer = r.u32("n_layer");
  if (nLayer === 0 || nLayer > MAX_LAYERS) throw new StateFormatError(`n_layer ${nLayer} out of range 1..${MAX_LAYERS}`, r.pos - 4);
  const ks: { kType: number; kRowBytes: number; k: Uint8Array }[] = [];
  for (let l = 0; l < nLayer; l++) {
    const kType = r.i32("k_type");
    const kRowBytes = r.u64("k_row_bytes");
    const k = r.bytes(mul(kRowBytes, cells, r, "K"), `K of layer ${l}`);
    ks.push({ kType, kRowBytes, k });
  }
  const layers: LayerState[] = [];
  for (let l = 0; l < nLayer; l++) {
    const vType = r.i32("v_type");
    if (vTransRaw === 0) {
      const vRowBytes = r.u64("v_row_bytes");
      const v = r.bytes(mul(vRowBytes, cells, r, "V"), `V of layer ${l}`);
      layers.push({ ...ks[l], vType, vRowBytes, vElemBytes: 0, vRows: 0, v });
    } else {
      const vElemBytes = r.u32("v_elem_bytes");
      const vRows = r.u32("n_embd_v_gqa");
      const v = r.bytes(mul(mul(vElemBytes, vRows, r, "V"), cells, r, "V"), `V of layer ${l}`);
      layers.push({ ...ks[l], vType, vRowBytes: 0, vElemBytes, vRows, v });
    }
  }
  return { positions, seqIds, data: { vTrans: vTransRaw === 1, layers } };
}

function mul(a: number, b: number, r: Reader, what: string): number {
  const p = a * b;
  if (!Number.isSafeInteger(p) || p > r.remaining) throw new StateFormatError(`${what} claims ${a} x ${b} bytes, more than the ${r.remaining} left`, r.pos);
  return p;
}

/** Serializes a SequenceState; the inverse of parseState, byte for byte. */
export function serializeState(state: SequenceState): Uint8Array {
  const out = new Uint8Array(serializedSize(state));
  const w = new DataView(out.buffer);
  let p = 0;
  const u32 = (v: number) => { w.setUint32(p, v, true); p += 4; };
  const i32 = (v: number) => { w.setInt32(p, v, true); p += 4; };
  const u64 = (v: number) => { w.setBigUint64(p, BigInt(v), true); p += 8; };
  const raw = (b: Uint8Array) => { out.set(b, p); p += b.length; };
  u32(state.magic);
  u32(state.version);
  u32(state.tokens.length);
  for (const t of state.tokens) i32(t);
  u32(state.streams.length);
  for (const s of state.streams) {
    const cells = s.positions.length;
    u32(cells);
    if (cells === 0) continue;
    if (!s.data) throw new StateFormatError("stream has cells but no layer data");
    for (let c = 0; c < cells; c++) {
      i32(s.positions[c]);
      const ids = s.seqIds[c];
      u32(ids.length);
      for (const id of ids) i32(id);
    }
    u32(s.data.vTrans ? 1 : 0);
    u32(s.data.layers.length);
    for (const l of s.data.layers) { i32(l.kType); u64(l.kRowBytes); raw(l.k); }
    for (const l of s.data.layers) {
      i32(l.vType);
      if (s.data.vTrans) { u32(l.vElemBytes); u32(l.vRows); } else u64(l.vRowBytes);
      raw(l.v);
    }
  }
  return out;
}

export function serializedSize(state: SequenceState): number {
  let n = 12 + 4 * state.tokens.length + 4;
  for (const s of state.streams) {
    n += 4;
    if (s.positions.length === 0 || !s.data) continue;
    for (const ids of s.seqIds) n += 8 + 4 * ids.length;
    n += 8;
    for (const l of s.data.layers) n += 4 + 8 + l.k.length + 4 + (s.data.vTrans ? 8 : 8) + l.v.length;
  }
  return n;
}

class Reader {
  pos = 0;
  private readonly view: DataView;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  get remaining(): number {
    return this.buf.length - this.pos;
  }
  private need(n: number, what: string): void {
    if (n > this.remaining) throw new StateFormatError(`truncated: ${what} needs ${n} bytes, ${this.remaining} left`, this.pos);
  }
  u32(what: string): number {
    this.need(4, what);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  i32(what: string): number {
    this.need(4, what);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  u64(what: string): number {
    this.need(8, what);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    if (v > BigInt(this.buf.length)) throw new StateFormatError(`${what} = ${v} is larger than the whole file`, this.pos - 8);
    return Number(v);
  }
  /** A u32 count of items of at least `minItemBytes` each, checked against what is left. */
  count(what: string, minItemBytes: number): number {
    const n = this.u32(what);
    if (n * minItemBytes > this.remaining) throw new StateFormatError(`${what} = ${n} needs at least ${n * minItemBytes} bytes, ${this.remaining} left`, this.pos - 4);
    return n;
  }
  i32Array(n: number, what: string): Int32Array {
    this.need(4 * n, what);
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = this.view.getInt32(this.pos + 4 * i, true);
    this.pos += 4 * n;
    return out;
  }
  bytes(n: number, what: string): Uint8Array {
    this.need(n, what);
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
}
