import assert from "node:assert/strict";
import { test } from "node:test";
import { GgufMagicError, ModelMetadataError, UnsupportedArchitectureError } from "../../../models/errors.js";
import { GgufValueType } from "../../../models/gguf-types.js";
import { GgufWriter } from "../../../models/gguf-writer.js";
import { readModelInfo } from "../../../models/read-model-info.js";
import { findRopeStyle, ropeStyleForArch } from "../../../models/rope-style.js";
import { writeFile } from "node:fs/promises";
import { baseFixture, tempDir, writeFixture } from "./fixtures.js";

test("fields come from <arch>.* metadata with llama.cpp's defaults", async () => {
  await using dir = await tempDir();
  const m = baseFixture();
  m.ropeBase = undefined;
  await writeFixture(dir.file("m.gguf"), m);
  const i = await readModelInfo(dir.file("m.gguf"));
  assert.equal(i.architecture, "llama");
  assert.equal(i.name, "fixture");
  assert.equal(i.nLayer, 2);
  assert.equal(i.nEmbd, 64);
  assert.equal(i.nHead, 4);
  assert.equal(i.nHeadKv, 2);
  assert.equal(i.headDimK, 16);
  assert.equal(i.headDimV, 16);
  assert.equal(i.nVocab, 64);
  assert.equal(i.contextLength, 512);
  assert.equal(i.rope.style, "normal");
  assert.equal(i.rope.nRot, 16);
  assert.equal(i.rope.headDim, 16);
  assert.equal(i.rope.freqBase, 10000);
  assert.equal(i.rope.freqScale, 1);
  assert.deepEqual(i.rope.freqFactors, m.ropeFreqs);
  assert.equal(i.ropeScalingType, "none");
  assert.match(i.fingerprint, /^[0-9a-f]{32}$/);
});

test("neox architectures, explicit head dims and linear scaling", async () => {
  await using dir = await tempDir();
  const m = baseFixture();
  m.arch = "qwen2";
  m.keyLength = 32;
  m.valueLength = 24;
  m.ropeDims = 16;
  m.ropeBase = 1e6;
  m.ropeScalingType = "linear";
  m.ropeScalingFactor = 4;
  await writeFixture(dir.file("q.gguf"), m);
  const i = await readModelInfo(dir.file("q.gguf"));
  assert.equal(i.rope.style, "neox");
  assert.equal(i.headDimK, 32);
  assert.equal(i.headDimV, 24);
  assert.equal(i.rope.nRot, 16);
  assert.equal(i.rope.headDim, 32);
  assert.equal(i.rope.freqBase, 1e6);
  assert.equal(i.rope.freqScale, 0.25);
  assert.equal(i.ropeScalingType, "linear");
});

test("a scaling factor without a type is linear (as in llama.cpp); type none ignores the factor", async () => {
  await using dir = await tempDir();
  const m = baseFixture();
  m.ropeScalingFactor = 2;
  await writeFixture(dir.file("a.gguf"), m);
  const a = await readModelInfo(dir.file("a.gguf"));
  assert.equal(a.ropeScalingType, "linear");
  assert.equal(a.rope.freqScale, 0.5);
  m.ropeScalingType = "none";
  await writeFixture(dir.file("b.gguf"), m);
  const b = await readModelInfo(dir.file("b.gguf"));
  assert.equal(b.ropeScalingType, "none");
  assert.equal(b.rope.freqScale, 1);
});

test("RoPE style table follows llama.cpp", () => {
  for (const a of ["llama", "mistral3", "deepseek2", "granite", "command-r"]) assert.equal(ropeStyleForArch(a), "normal", a);
  for (const a of ["qwen2", "qwen3", "phi3", "gemma", "gemma2", "gemma3", "gptneox", "starcoder2", "falcon"]) assert.equal(ropeStyleForArch(a), "neox", a);
  assert.throws(() => ropeStyleForArch("gpt2"), UnsupportedArchitectureError);
  assert.equal(findRopeStyle("mamba"), undefined);
});

test("unknown architectures, missing keys and non-GGUF files are typed errors", async () => {
  await using dir = await tempDir();
  const m = baseFixture();
  m.arch = "mystery-arch";
  await writeFixture(dir.file("u.gguf"), m);
  await assert.rejects(readModelInfo(dir.file("u.gguf")), UnsupportedArchitectureError);

  const w = new GgufWriter();
  w.setString("general.architecture", "llama");
  w.setU32("llama.embedding_length", 64);
  w.setArray("tokenizer.ggml.tokens", GgufValueType.STRING, ["a"]);
  await w.write(dir.file("missing.gguf"));
  await assert.rejects(readModelInfo(dir.file("missing.gguf")), ModelMetadataError);

  await writeFile(dir.file("text.gguf"), "not a model");
  await assert.rejects(readModelInfo(dir.file("text.gguf")), GgufMagicError);
});
