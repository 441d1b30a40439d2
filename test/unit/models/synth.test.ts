import assert from "node:assert/strict";
import { test } from "node:test";
import { UnknownShapeError } from "../../../models/errors.js";
import { GgufFile } from "../../../models/gguf-reader.js";
import { GgmlType } from "../../../models/gguf-types.js";
import { readModelInfo } from "../../../models/read-model-info.js";
import { ensureSynthModel, synthModelFileName } from "../../../models/synth-cache.js";
import { synthModel } from "../../../models/synth-model.js";
import { SYNTH_SHAPES, getSynthShape, llama3RopeFactors } from "../../../models/synth-shapes.js";
import { SPM_SPACE, TokenType, buildSynthVocab } from "../../../models/synth-tokenizer.js";
import { tempDir } from "./fixtures.js";

test("synthetic vocab: exact size, unique pieces, SPM layout, prefixes present", () => {
  for (const n of [2048, 151936]) {
    const v = buildSynthVocab(n);
    assert.equal(v.tokens.length, n);
    assert.equal(v.scores.length, n);
    assert.equal(v.tokenTypes.length, n);
    assert.equal(new Set(v.tokens).size, n, "pieces are unique");
    assert.deepEqual(v.tokens.slice(0, 3), ["<unk>", "<s>", "</s>"]);
    assert.equal(v.tokens[3], "<0x00>");
    assert.equal(v.tokens[3 + 0x0a], "<0x0A>");
    assert.equal(v.tokens[258], "<0xFF>");
    assert.equal(v.tokenTypes[0], TokenType.UNKNOWN);
    assert.equal(v.tokenTypes[1], TokenType.CONTROL);
    assert.equal(v.tokenTypes[100], TokenType.BYTE);
    assert.equal(v.tokenTypes[259], TokenType.NORMAL);
    const ids = new Map(v.tokens.map((t, i) => [t, i]));
    for (const w of ["the", "quick", "cache"]) {
      const piece = SPM_SPACE + w;
      assert.ok(ids.has(piece), piece);
      for (let i = 2; i < piece.length; i++) assert.ok(ids.has(piece.slice(0, i)), `prefix ${piece.slice(0, i)}`);
    }
    for (let i = 260; i < n; i++) assert.ok(v.scores[i] < v.scores[i - 1]);
  }
  assert.deepEqual(buildSynthVocab(2048).tokens, buildSynthVocab(2048).tokens);
});

test("shapes: real counts, unknown names are typed errors", () => {
  const s = getSynthShape("llama-3.1-8b");
  assert.deepEqual([s.nLayer, s.nEmbd, s.nHead, s.nHeadKv, s.nFf, s.nVocab], [32, 4096, 32, 8, 14336, 128256]);
  const q = getSynthShape("qwen2.5-0.5b");
  assert.deepEqual([q.nLayer, q.nEmbd, q.nHead, q.nHeadKv, q.nFf, q.nVocab, q.ropeFreqBase], [24, 896, 14, 2, 4864, 151936, 1e6]);
  assert.throws(() => getSynthShape("gpt-5"), UnknownShapeError);
  for (const sh of Object.values(SYNTH_SHAPES)) {
    assert.equal(sh.nEmbd % sh.nHead, 0);
    assert.equal(sh.nFf % 32, 0);
    assert.equal(sh.nEmbd % 32, 0);
  }
});

test("llama3 rope factors: 1 for high frequencies, factor for low, smooth between", () => {
  const f = llama3RopeFactors(128, 500000, { factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalContextLength: 8192 });
  assert.equal(f.length, 64);
  assert.equal(f[0], 1);
  assert.equal(f[63], 8);
  for (let i = 1; i < 64; i++) assert.ok(f[i] >= f[i - 1]);
  assert.ok(f.some((x) => x > 1 && x < 8));
});

test("synth tiny: small, readable, ModelInfo matches the shape, deterministic", async () => {
  await using dir = await tempDir();
  const a = await synthModel({ shape: "tiny", out: dir.file("a.gguf"), seed: 5 });
  assert.ok(a.bytes < 5e6, `tiny is ${a.bytes} bytes`);
  const info = await readModelInfo(a.path);
  assert.equal(info.architecture, "llama");
  assert.equal(info.nLayer, 4);
  assert.equal(info.nEmbd, 128);
  assert.equal(info.nHead, 4);
  assert.equal(info.nHeadKv, 2);
  assert.equal(info.headDimK, 32);
  assert.equal(info.headDimV, 32);
  assert.equal(info.nVocab, SYNTH_SHAPES.tiny.nVocab);
  assert.equal(info.contextLength, SYNTH_SHAPES.tiny.contextLength);
  assert.deepEqual({ ...info.rope }, { style: "normal", nRot: 32, headDim: 32, freqBase: 10000, freqScale: 1 });
  assert.equal(info.ropeScalingType, "none");
  const b = await synthModel({ shape: "tiny", out: dir.file("b.gguf"), seed: 5 });
  assert.equal((await readModelInfo(b.path)).fingerprint, info.fingerprint);
  const c = await synthModel({ shape: "tiny", out: dir.file("c.gguf"), seed: 6 });
  assert.notEqual((await readModelInfo(c.path)).fingerprint, info.fingerprint);
  {
    // no two tokens share an embedding row (rows are not tiled)
    await using f = await GgufFile.open(a.path);
    const emb = await f.readTensorBytes("token_embd.weight");
    const rowBytes = 128 * 2;
    const rows = new Set<string>();
    for (let r = 0; r < info.nVocab; r++) rows.add(Buffer.from(emb.subarray(r * rowBytes, (r + 1) * rowBytes)).toString("base64"));
    assert.equal(rows.size, info.nVocab);
  }
  const q = await synthModel({ shape: "tiny", out: dir.file("q.gguf"), seed: 5, type: "q8_0" });
  await using f = await GgufFile.open(q.path);
  assert.equal(f.tensor("blk.0.attn_q.weight")!.type, GgmlType.Q8_0);
  assert.equal(f.tensor("blk.0.attn_norm.weight")!.type, GgmlType.F32);
  assert.ok(q.bytes < a.bytes);
});

test("ensureSynthModel writes once and returns the same path", async () => {
  await using dir = await tempDir();
  const [p1, p2] = await Promise.all([ensureSynthModel("tiny", { dir: dir.path }), ensureSynthModel("tiny", { dir: dir.path })]);
  assert.equal(p1, p2);
  assert.ok(p1.endsWith(synthModelFileName("tiny")));
  const info = await readModelInfo(p1);
  assert.equal(info.nLayer, 4);
  assert.equal(await ensureSynthModel("tiny", { dir: dir.path }), p1);
  await assert.rejects(ensureSynthModel("nope", { dir: dir.path }), UnknownShapeError);
});
