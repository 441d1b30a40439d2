/**
 * The synthetic `tiny` model under llama.cpp (node-llama-cpp 3.21.1, CPU):
 * it loads, its tokenizer round-trips English, it generates, llama.cpp agrees
 * with readModelInfo, and its attention is position-sensitive enough for the
 * KV re-positioning tests (moving K without rotation changes the next-token
 * distribution).
 */
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { getLlama, readGgufFileInfo, type Llama, type LlamaModel, type Token } from "node-llama-cpp";
import { GgufFile } from "../../models/gguf-reader.js";
import type { ModelInfo } from "../../models/model-info.js";
import { readModelInfo } from "../../models/read-model-info.js";
import { ensureSynthModel } from "../../models/synth-cache.js";

const SENTENCE = "The quick brown fox jumps over the lazy dog, and people share a cache with every agent.";
const LONG =
  "The quick brown fox jumps over the lazy dog. People share a cache of memory with every agent in the house, " +
  "and the model reads each token with care before it writes the answer.";

let llama: Llama;
let model: LlamaModel;
let info: ModelInfo;
let path: string;
const stateA = `/dev/shm/kvmesh-synth-tiny-${process.pid}-a.bin`;
const stateB = `/dev/shm/kvmesh-synth-tiny-${process.pid}-b.bin`;

before(async () => {
  path = await ensureSynthModel("tiny");
  info = await readModelInfo(path);
  llama = await getLlama({ gpu: false, build: "never" });
  model = await llama.loadModel({ modelPath: path });
});

after(async () => {
  await model?.dispose();
  await llama?.dispose();
  await rm(stateA, { force: true });
  await rm(stateB, { force: true });
});

test("tokenize / detokenize round-trips an English sentence with real word pieces", () => {
  const toks = model.tokenize(SENTENCE);
  assert.equal(model.detokenize(toks), SENTENCE);
  // words are pieces, not characters or bytes
  assert.ok(toks.length < 25, `${toks.length} tokens`);
  const odd = "naïve café – ünïcödé 🙂\nnew line";
  assert.equal(model.detokenize(model.tokenize(odd)), odd);
  assert.equal(model.tokens.bos, 1);
  assert.equal(model.tokens.eos, 2);
  assert.equal(model.tokens.shouldPrependBosToken, true);
});

test("llama.cpp agrees with readModelInfo", async () => {
  assert.equal(model.fileInsights.trainContextSize, info.contextLength);
  assert.equal(model.trainContextSize, info.contextLength);
  assert.equal(model.embeddingVectorSize, info.nEmbd);
  assert.equal(model.fileInsights.totalLayers, info.nLayer + 1);
  const md = model.fileInfo.architectureMetadata;
  assert.equal(model.fileInfo.metadata.general.architecture, info.architecture);
  assert.equal(md.block_count, info.nLayer);
  assert.equal(md.attention?.head_count, info.nHead);
  assert.equal(md.attention?.head_count_kv, info.nHeadKv);
  assert.equal(md.rope?.freq_base, info.rope.freqBase);
  assert.equal(md.rope?.dimension_count, info.rope.nRot);
  assert.equal(model.fileInfo.metadata.tokenizer.ggml.tokens.length, info.nVocab);
  // the last vocab id is a real piece
  assert.equal(model.detokenize([(info.nVocab - 1) as Token]).length > 0, true);

  // node-llama-cpp's own GGUF parser sees the same tensors at the same offsets
  const theirs = await readGgufFileInfo(path, { readTensorInfo: true });
  await using ours = await GgufFile.open(path);
  assert.equal(theirs.tensorInfo!.length, ours.tensors.length);
  for (const [i, t] of theirs.tensorInfo!.entries()) {
    const o = ours.tensors[i];
    assert.equal(t.name, o.name);
    assert.deepEqual(t.dimensions.map(Number), o.dims);
    assert.equal(Number(t.offset), o.offset);
    assert.equal(t.ggmlType, o.type);
  }
});

test("generates tokens deterministically", async () => {
  await using ctx = await model.createContext({ contextSize: 256, threads: 2 });
  const run = async (): Promise<Token[]> => {
    const seq = ctx.getSequence();
    const out: Token[] = [];
    for await (const t of seq.evaluate(model.tokenize(SENTENCE), {})) {
      out.push(t);
      if (out.length >= 6) break;
    }
    seq.dispose();
    return out;
  };
  const a = await run();
  assert.equal(a.length, 6);
  assert.equal(new Set(a).size > 1, true, "not one repeated token");
  assert.deepEqual(await run(), a);
});

type Probs = Map<Token, number>;

function kl(p: Probs, q: Probs): number {
  let s = 0;
  for (const [t, pv] of p) if (pv > 0) s += pv * Math.log(pv / Math.max(q.get(t) ?? 0, 1e-12));
  return s;
}

/**
 * Shift every cell of a one-sequence state file by `d` positions without
 * touching K (i.e. K keeps the RoPE rotation of its old position). Layout:
 * llama-state.md (magic, version, n_tokens, tokens, n_stream, cell_count, cells).
 */
function shiftStateUnrotated(buf: Buffer, d: number, pad: Token): Buffer {
  const nTok = buf.readUInt32LE(8);
  const afterTokens = 12 + 4 * nTok;
  assert.equal(buf.readUInt32LE(afterTokens), 1, "one stream");
  const cellCount = buf.readUInt32LE(afterTokens + 4);
  const out = Buffer.alloc(buf.length + 4 * d);
  buf.copy(out, 0, 0, 8);
  out.writeUInt32LE(nTok + d, 8);
  for (let i = 0; i < d; i++) out.writeInt32LE(pad, 12 + 4 * i);
  buf.copy(out, 12 + 4 * d, 12);
  for (let c = 0; c < cellCount; c++) {
    const at = afterTokens + 8 + c * 12;
    out.writeInt32LE(buf.readInt32LE(at) + d, at + 4 * d);
  }
  return out;
}

test("attention is position-sensitive: moving K without rotation changes the next token", async (t) => {
  const toks = [model.tokens.bos!, ...model.tokenize(LONG)].slice(0, 40);
  assert.equal(toks.length, 40);
  const prefix = toks.slice(0, -1);
  const last = toks[toks.length - 1];
  await using ctx = await model.createContext({ contextSize: 256, threads: 2 });
  const seq = ctx.getSequence();
  const nextProbs = async (): Promise<Probs> => {
    const r = await seq.controlledEvaluate([[last, { generateNext: { probabilities: true, options: { temperature: 1, topK: 0, topP: 1, minP: 0 } } }]]);
    return r[0]!.next.probabilities! as Probs;
  };
  await seq.controlledEvaluate(prefix);
  await seq.saveStateToFile(stateA);
  const p0 = await nextProbs();
  const entropy = -[...p0.values()].reduce((s, v) => s + (v > 0 ? v * Math.log(v) : 0), 0);
  assert.ok(entropy > 0.3 && entropy < Math.log(info.nVocab) - 1, `entropy ${entropy}: neither flat nor one-hot`);

  await seq.clearHistory();
  await seq.loadStateFromFile(stateA, { acceptRisk: true });
  assert.ok(kl(p0, await nextProbs()) < 1e-6, "reloading the same state is exact");

  const raw = await readFile(stateA);
  const results: string[] = [];
  for (const d of [1, 8]) {
    await writeFile(stateB, shiftStateUnrotated(raw, d, toks[1]));
    await seq.clearHistory();
    await seq.loadStateFromFile(stateB, { acceptRisk: true });
    const k = kl(p0, await nextProbs());
    results.push(`shift ${d}: KL ${k.toFixed(3)}`);
    assert.ok(k > 0.05, `moving K by ${d} without rotation gave KL ${k}`);
  }
  t.diagnostic(`${results.join(", ")}, entropy ${entropy.toFixed(2)}`);

  // f16 rounding alone (token-by-token instead of one batch) barely moves it: not chaotic
  await seq.clearHistory();
  for (const tok of prefix) await seq.controlledEvaluate([tok]);
  const noise = kl(p0, await nextProbs());
  assert.ok(noise < 1e-3, `token-by-token evaluation moved the KL by ${noise}`);

  // and order matters: the reversed context predicts differently
  await seq.clearHistory();
  await seq.controlledEvaluate([toks[0], ...prefix.slice(1).reverse()]);
  assert.ok(kl(p0, await nextProbs()) > 0.05);
});
