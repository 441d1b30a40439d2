/** Small GGUF fixtures for the models/ unit tests (written with GgufWriter into a temp dir). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GgmlType, GgufValueType } from "../../../models/gguf-types.js";
import { GgufWriter, encodeF32, encodeTensor } from "../../../models/gguf-writer.js";

export interface TempDir extends AsyncDisposable {
  readonly path: string;
  file(name: string): string;
}

export async function tempDir(): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), "kvmesh-models-test-"));
  return {
    path,
    file: (name) => join(path, name),
    [Symbol.asyncDispose]: () => rm(path, { recursive: true, force: true }),
  };
}

/** Deterministic pseudo-random floats in [-1, 1). */
export function lcgFloats(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2147483648 - 1;
  }
  return out;
}

/** Everything the fingerprint fixture lets a test change. */
export interface FixtureModel {
  arch: string;
  name: string;
  nLayer: number;
  nEmbd: number;
  nHead: number;
  nHeadKv: number;
  keyLength?: number;
  valueLength?: number;
  contextLength: number;
  rmsEps: number;
  ropeBase?: number;
  ropeDims?: number;
  ropeScalingType?: string;
  ropeScalingFactor?: number;
  ropeFreqs?: Float32Array;
  tokenizerModel: string;
  tokens: string[];
  scores: Float32Array;
  tokenTypes: Int32Array;
  bosId: number;
  eosId: number;
  chatTemplate?: string;
  weightType: GgmlType;
  weightSeed: number;
  /** Value added at one element of blk.0.attn_q.weight (a "fine-tune"). */
  tweak?: { index: number; delta: number };
  alignment?: number;
  /** Write tensors in reverse order. */
  reverseTensors?: boolean;
}

export function baseFixture(): FixtureModel {
  const tokens = ["<unk>", "<s>", "</s>", "\u2581a", "\u2581b", "a", "b", "c"];
  for (let i = tokens.length; i < 64; i++) tokens.push(`tok${i}`);
  return {
    arch: "llama",
    name: "fixture",
    nLayer: 2,
    nEmbd: 64,
    nHead: 4,
    nHeadKv: 2,
    contextLength: 512,
    rmsEps: 1e-5,
    ropeBase: 10000,
    tokenizerModel: "llama",
    tokens,
    scores: Float32Array.from(tokens, (_, i) => -i),
    tokenTypes: Int32Array.from(tokens, (_, i) => (i === 0 ? 2 : i < 3 ? 3 : 1)),
    bosId: 1,
    eosId: 2,
    weightType: GgmlType.F16,
    weightSeed: 7,
    ropeFreqs: Float32Array.from({ length: 8 }, (_, i) => 1 + i / 4),
  };
}

/** Write the fixture model (a well-formed llama-style GGUF, not meant to run). */
export async function writeFixture(path: string, m: FixtureModel): Promise<void> {
  const w = new GgufWriter(m.alignment ? { alignment: m.alignment } : {});
  const a = m.arch;
  w.setString("general.architecture", a);
  w.setString("general.name", m.name);
  w.setU32(`${a}.block_count`, m.nLayer);
  w.setU32(`${a}.embedding_length`, m.nEmbd);
  w.setU32(`${a}.attention.head_count`, m.nHead);
  w.setU32(`${a}.attention.head_count_kv`, m.nHeadKv);
  if (m.keyLength !== undefined) w.setU32(`${a}.attention.key_length`, m.keyLength);
  if (m.valueLength !== undefined) w.setU32(`${a}.attention.value_length`, m.valueLength);
  w.setU32(`${a}.context_length`, m.contextLength);
  w.setF32(`${a}.attention.layer_norm_rms_epsilon`, m.rmsEps);
  if (m.ropeBase !== undefined) w.setF32(`${a}.rope.freq_base`, m.ropeBase);
  if (m.ropeDims !== undefined) w.setU32(`${a}.rope.dimension_count`, m.ropeDims);
  if (m.ropeScalingType !== undefined) w.setString(`${a}.rope.scaling.type`, m.ropeScalingType);
  if (m.ropeScalingFactor !== undefined) w.setF32(`${a}.rope.scaling.factor`, m.ropeScalingFactor);
  w.setString("tokenizer.ggml.model", m.tokenizerModel);
  w.setArray("tokenizer.ggml.tokens", GgufValueType.STRING, m.tokens);
  w.setArray("tokenizer.ggml.scores", GgufValueType.FLOAT32, m.scores);
  w.setArray("tokenizer.ggml.token_type", GgufValueType.INT32, m.tokenTypes);
  w.setU32("tokenizer.ggml.bos_token_id", m.bosId);
  w.setU32("tokenizer.ggml.eos_token_id", m.eosId);
  if (m.chatTemplate !== undefined) w.setString("tokenizer.chat_template", m.chatTemplate);

  const e = m.nEmbd;
  const hd = m.keyLength ?? e / m.nHead;
  const specs: { name: string; dims: number[]; type: GgmlType; values: Float32Array }[] = [];
  let seed = m.weightSeed;
  const mat = (name: string, cols: number, rows: number): void => {
    specs.push({ name, dims: [cols, rows], type: m.weightType, values: lcgFloats(cols * rows, seed++) });
  };
  const vec = (name: string, n: number): void => {
    specs.push({ name, dims: [n], type: GgmlType.F32, values: new Float32Array(n).fill(1) });
  };
  mat("token_embd.weight", e, m.tokens.length);
  vec("output_norm.weight", e);
  if (m.ropeFreqs) specs.push({ name: "rope_freqs.weight", dims: [m.ropeFreqs.length], type: GgmlType.F32, values: m.ropeFreqs });
  for (let i = 0; i < m.nLayer; i++) {
    vec(`blk.${i}.attn_norm.weight`, e);
    mat(`blk.${i}.attn_q.weight`, e, hd * m.nHead);
    mat(`blk.${i}.attn_k.weight`, e, hd * m.nHeadKv);
    mat(`blk.${i}.attn_v.weight`, e, (m.valueLength ?? hd) * m.nHeadKv);
  }
  if (m.tweak) {
    const q = specs.find((s) => s.name === "blk.0.attn_q.weight")!;
    q.values[m.tweak.index] += m.tweak.delta;
  }
  if (m.reverseTensors) specs.reverse();
  for (const s of specs) {
    w.addTensor({ name: s.name, dims: s.dims, type: s.type, data: s.type === GgmlType.F32 ? encodeF32(s.values) : encodeTensor(s.values, s.type) });
  }
  await w.write(path);
}
