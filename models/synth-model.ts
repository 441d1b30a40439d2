/**
 * Synthetic llama-architecture GGUF models with random weights and a working
 * SentencePiece vocab (synth-tokenizer.ts), in the real shapes of
 * synth-shapes.ts. Weights are tiled from one random N(0,1) block (per output
 * type and scale, a pre-encoded copy of that block), each tensor starting at
 * a different phase, so even the 16 GB 8B file is just big sequential writes.
 *
 * Scales are chosen so that the model behaves like a model, not like noise:
 * - RMSNorm weights are 1 (output_norm too, unless embeddings are tied);
 * - token embeddings ~ N(0, 1) (but see tied embeddings below);
 * - Q and K ~ N(0, QK_STD / nEmbd) with QK_STD = 2.5: after the unit-RMS norm,
 *   q.k / sqrt(d) has a standard deviation of about 2.5, so attention is
 *   peaked and, through RoPE, strongly position-dependent (moving K by one
 *   position without re-rotating it gives a next-token KL above 1 on `tiny`,
 *   while f16 rounding alone, batch vs token-by-token evaluation, gives ~1e-6);
 * - V, O, FFN gate/up ~ N(0, 1 / fan_in), FFN down ~ N(0, 1 / nFf);
 * - output ~ N(0, LOGIT_STD^2 / nEmbd): logit standard deviation LOGIT_STD = 4 nats.
 * With tied embeddings (no output.weight) the logits are E . norm(h), and the
 * current token's own embedding in the residual stream would make the model
 * echo its input token; there token embeddings are N(0, 1 / nEmbd) instead
 * (the first RMSNorm undoes the scale; the layers then dominate the residual
 * stream) and output_norm is LOGIT_STD, for the same logit spread.
 * Rows of token_embd and output are assembled from randomly placed pieces of
 * the block (not tiled), so no two tokens share an embedding or a logit row.
 */
import { performance } from "node:perf_hooks";
import { GgmlType, GgufValueType } from "./gguf-types.js";
import { GgufWriter, encodeF32, encodeTensor } from "./gguf-writer.js";
import { getSynthShape, headDim, llama3RopeFactors, type SynthShape } from "./synth-shapes.js";
import { buildSynthVocab } from "./synth-tokenizer.js";

/** Bump when the bytes synthModel writes for a given (shape, type, seed) change. */
export const SYNTH_MODEL_VERSION = 8;
export const SYNTH_DEFAULT_SEED = 1234;

export type SynthWeightType = "f16" | "q8_0";

/** Default standard deviation of q.k / sqrt(headDim) (so Wq, Wk ~ N(0, QK_STD / nEmbd)). */
export const QK_STD = 2.5;
/** Default standard deviation of the output logits, in nats. */
export const LOGIT_STD = 4;

export interface SynthModelOptions {
  readonly shape: SynthShape | string;
  readonly out: string;
  readonly type?: SynthWeightType;
  readonly seed?: number;
  /** Standard deviation of q.k / sqrt(headDim) at init (default QK_STD); for experiments. */
  readonly qkStd?: number;
  /** Logit standard deviation in nats (default LOGIT_STD); for experiments. */
  readonly logitStd?: number;
  /** Elements in the random block (a multiple of 32); default 32 * 65537 (about 2.1 M). */
  readonly blockElements?: number;
  /** Called after each tensor with the bytes written so far and the file's size. */
  readonly onProgress?: (written: number, total: number) => void;
}

export interface SynthModelResult {
  readonly path: string;
  readonly shape: string;
  readonly type: SynthWeightType;
  readonly seed: number;
  readonly bytes: number;
  readonly seconds: number;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussianBlock(n: number, seed: number): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    const u1 = 1 - r();
    const u2 = r();
    const m = Math.sqrt(-2 * Math.log(u1));
    out[i] = m * Math.cos(2 * Math.PI * u2);
    if (i + 1 < n) out[i + 1] = m * Math.sin(2 * Math.PI * u2);
  }
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Encoded copies of the random block, one per scale. */
class TiledSource {
  private readonly cache = new Map<number, Uint8Array>();
  readonly groups: number;
  readonly groupBytes: number;

  constructor(
    private readonly block: Float32Array,
    private readonly type: GgmlType,
  ) {
    this.groups = block.length / 32;
    this.groupBytes = type === GgmlType.Q8_0 ? 34 : 64;
  }

  encodedBlock(scale: number): Uint8Array {
    let e = this.cache.get(scale);
    if (!e) {
      const scaled = new Float32Array(this.block.length);
      for (let i = 0; i < scaled.length; i++) scaled[i] = this.block[i] * scale;
      e = encodeTensor(scaled, this.type);
      this.cache.set(scale, e);
    }
    return e;
  }

  /** Chunks for a tensor of `nElements` (a multiple of 32), starting at a phase derived from `name`. */
  *chunks(name: string, nElements: number, scale: number, seed: number): Generator<Uint8Array> {
    const enc = this.encodedBlock(scale);
    let left = nElements / 32;
    let g = ((fnv1a(name) ^ seed) >>> 0) % this.groups;
    while (left > 0) {
      const n = Math.min(left, this.groups - g);
      yield enc.subarray(g * this.groupBytes, (g + n) * this.groupBytes);
      left -= n;
      g = 0;
    }
  }
}

/**
 * Independent rows: every row is a sequence of at least 4 pieces (of at most
 * 8 groups of 32 values), each copied from a random group offset of the block
 * (about 65 K choices per piece), so two rows coincide with negligible
 * probability (< 1e-12 for every shape here).
 */
function* shuffledRows(src: TiledSource, rowLen: number, nRows: number, scale: number, seed: number): Generator<Uint8Array> {
  const enc = src.encodedBlock(scale);
  const gb = src.groupBytes;
  const r = rng(seed);
  const rowGroups = rowLen / 32;
  const piece = Math.max(1, Math.min(8, Math.floor(rowGroups / 4)));
  const starts = src.groups - piece + 1;
  const rowsPerChunk = Math.max(1, Math.floor((4 << 20) / (rowGroups * gb)));
  for (let row = 0; row < nRows; row += rowsPerChunk) {
    const n = Math.min(rowsPerChunk, nRows - row);
    // A fresh buffer per chunk: writes of earlier chunks may still be in flight.
    const out = new Uint8Array(n * rowGroups * gb);
    let at = 0;
    for (let i = 0; i < n; i++) {
      for (let p = 0; p < rowGroups; p += piece) {
        const k = Math.min(piece, rowGroups - p);
        const g = Math.floor(r() * starts);
        out.set(enc.subarray(g * gb, (g + k) * gb), at);
        at += k * gb;
      }
    }
    yield out;
  }
}

function constF32(n: number, v: number): Uint8Array {
  return encodeF32(new Float32Array(n).fill(v));
}

/** Write a synthetic model; returns its size and the time it took. */
export async function synthModel(opts: SynthModelOptions): Promise<SynthModelResult> {
  const t0 = performance.now();
  const shape = typeof opts.shape === "string" ? getSynthShape(opts.shape) : opts.shape;
  const type = opts.type ?? "f16";
  const seed = opts.seed ?? SYNTH_DEFAULT_SEED;
  const gtype = type === "q8_0" ? GgmlType.Q8_0 : GgmlType.F16;
  const hd = headDim(shape);
  const nEmbdKv = hd * shape.nHeadKv;
  const vocab = buildSynthVocab(shape.nVocab);

  const w = new GgufWriter();
  const arch = "llama";
  w.setString("general.architecture", arch);
  w.setString("general.name", `kvmesh-synth-${shape.name}`);
  w.setU32("general.file_type", type === "q8_0" ? 7 : 1);
  if (type === "q8_0") w.setU32("general.quantization_version", 2);
  w.setU32(`${arch}.vocab_size`, shape.nVocab);
  w.setU32(`${arch}.context_length`, shape.contextLength);
  w.setU32(`${arch}.embedding_length`, shape.nEmbd);
  w.setU32(`${arch}.block_count`, shape.nLayer);
  w.setU32(`${arch}.feed_forward_length`, shape.nFf);
  w.setU32(`${arch}.attention.head_count`, shape.nHead);
  w.setU32(`${arch}.attention.head_count_kv`, shape.nHeadKv);
  w.setF32(`${arch}.attention.layer_norm_rms_epsilon`, shape.rmsEps);
  w.setF32(`${arch}.rope.freq_base`, shape.ropeFreqBase);
  w.setU32(`${arch}.rope.dimension_count`, hd);
  w.setString("tokenizer.ggml.model", "llama");
  w.setArray("tokenizer.ggml.tokens", GgufValueType.STRING, vocab.tokens);
  w.setArray("tokenizer.ggml.scores", GgufValueType.FLOAT32, vocab.scores);
  w.setArray("tokenizer.ggml.token_type", GgufValueType.INT32, vocab.tokenTypes);
  w.setU32("tokenizer.ggml.bos_token_id", vocab.bosId);
  w.setU32("tokenizer.ggml.eos_token_id", vocab.eosId);
  w.setU32("tokenizer.ggml.unknown_token_id", vocab.unkId);
  w.setBool("tokenizer.ggml.add_bos_token", true);
  w.setBool("tokenizer.ggml.add_eos_token", false);
  w.setString("kvmesh.synth.shape", shape.name);
  w.setU32("kvmesh.synth.seed", seed);
  w.setU32("kvmesh.synth.version", SYNTH_MODEL_VERSION);

  const blockElements = opts.blockElements ?? 32 * 65537;
  const src = new TiledSource(gaussianBlock(blockElements, seed), gtype);
  const mat = (name: string, cols: number, rows: number, scale: number): void => {
    w.addTensor({ name, dims: [cols, rows], type: gtype, data: () => src.chunks(name, cols * rows, scale, seed) });
  };
  const vec = (name: string, n: number, v: number): void => {
    w.addTensor({ name, dims: [n], type: GgmlType.F32, data: constF32(n, v) });
  };

  const e = shape.nEmbd;
  const qkScale = Math.sqrt((opts.qkStd ?? QK_STD) / e);
  const logitStd = opts.logitStd ?? LOGIT_STD;
  const inScale = 1 / Math.sqrt(e);
  const rows = (name: string, cols: number, nRows: number, scale: number): void => {
    w.addTensor({ name, dims: [cols, nRows], type: gtype, data: () => shuffledRows(src, cols, nRows, scale, (fnv1a(name) ^ seed) >>> 0) });
  };
  rows("token_embd.weight", e, shape.nVocab, shape.tiedEmbeddings ? 1 / Math.sqrt(e) : 1);
  vec("output_norm.weight", e, shape.tiedEmbeddings ? logitStd : 1);
  if (!shape.tiedEmbeddings) rows("output.weight", e, shape.nVocab, logitStd / Math.sqrt(e));
  if (shape.llama3Rope) {
    const f = llama3RopeFactors(hd, shape.ropeFreqBase, shape.llama3Rope);
    w.addTensor({ name: "rope_freqs.weight", dims: [f.length], type: GgmlType.F32, data: encodeF32(f) });
  }
  for (let i = 0; i < shape.nLayer; i++) {
    const p = `blk.${i}.`;
    vec(`${p}attn_norm.weight`, e, 1);
    mat(`${p}attn_q.weight`, e, e, qkScale);
    mat(`${p}attn_k.weight`, e, nEmbdKv, qkScale);
    mat(`${p}attn_v.weight`, e, nEmbdKv, inScale);
    mat(`${p}attn_output.weight`, e, e, inScale);
    vec(`${p}ffn_norm.weight`, e, 1);
    mat(`${p}ffn_gate.weight`, e, shape.nFf, inScale);
    mat(`${p}ffn_down.weight`, shape.nFf, e, 1 / Math.sqrt(shape.nFf));
    mat(`${p}ffn_up.weight`, e, shape.nFf, inScale);
  }
  // Chunks are views of the immutable encoded block, so writes may overlap.
  const res = await w.write(opts.out, { concurrency: 4, onProgress: opts.onProgress });
  return {
    path: opts.out,
    shape: shape.name,
    type,
    seed,
    bytes: res.bytes,
    seconds: (performance.now() - t0) / 1000,
  };
}

