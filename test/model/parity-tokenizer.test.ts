/**
 * llama.cpp's SPM tokenizer, reading the vocabulary that models/train/export_gguf.py writes into
 * the shipped GGUF, segments text exactly as the SentencePiece model it came from
 * (models/tokenizer/kvmesh-sp8k.model). The fixture (test/fixtures/parity/tokenizer.json, from
 * models/train/make_tokenizer_fixture.py) holds held-out prompts, prose lines and odd strings with
 * SentencePiece's ids. Training used SentencePiece's ids, inference uses llama.cpp's: any mismatch
 * would show the model text it never saw.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { getLlama, type Llama, type LlamaModel } from "node-llama-cpp";

const ROOT = join(import.meta.dirname, "..", "..");
const GGUF = join(ROOT, "models", "kvmesh-tiny.gguf");
const FIXTURE = join(ROOT, "test", "fixtures", "parity", "tokenizer.json");
const SP_MODEL = join(ROOT, "models", "tokenizer", "kvmesh-sp8k.model");

interface TokenizerFixture {
  readonly tokenizer_sha256: string;
  readonly cases: { text: string; ids: number[] }[];
}

const missing = !existsSync(GGUF) ? "models/kvmesh-tiny.gguf is not there" : false;
let llama: Llama;
let model: LlamaModel;
const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as TokenizerFixture;

before(async () => {
  if (missing) return;
  llama = await getLlama({ gpu: false, build: "never" });
  model = await llama.loadModel({ modelPath: GGUF });
});

after(async () => {
  await model?.dispose();
  await llama?.dispose();
});

test("the fixture belongs to the shipped SentencePiece model", () => {
  const sha = createHash("sha256").update(readFileSync(SP_MODEL)).digest("hex");
  assert.equal(sha, fixture.tokenizer_sha256);
});

// "<|end|>" is a control token in the GGUF (end of turn), matched only with special tokens on, as
// agents/agent.ts tokenizes; "<s>", "</s>", "<unk>" are control too, plain text to SentencePiece.
const CONTROL_TEXT = ["<s>", "</s>", "<unk>"];

test("llama.cpp tokenizes like SentencePiece (markers, newlines, digits, byte fallback)", { skip: missing }, () => {
  let special = 0;
  let plain = 0;
  for (const c of fixture.cases) {
    const what = `text ${JSON.stringify(c.text.slice(0, 80))}`;
    if (!CONTROL_TEXT.some((s) => c.text.includes(s))) {
      const got = Array.from(model.tokenize(c.text, true), Number);
      assert.deepEqual(got, c.ids, `${what} (special tokens on)`);
      assert.equal(model.detokenize(model.tokenize(c.text, true), true), c.text);
      special += got.length;
    }
    if (!c.text.includes("<|end|>")) {
      const got = Array.from(model.tokenize(c.text), Number);
      assert.deepEqual(got, c.ids, `${what} (special tokens off)`);
      assert.equal(model.detokenize(model.tokenize(c.text)), c.text);
      plain += got.length;
    }
  }
  assert.ok(special > 5000 && plain > 1000, `${special} ${plain}`);
});

test("special ids and flags llama.cpp reads from the GGUF", { skip: missing }, () => {
  assert.equal(model.tokens.bos, 1);
  assert.equal(model.tokens.eos, 2);
  assert.equal(model.tokens.shouldPrependBosToken, true);
  assert.equal(model.tokens.eot, 6);
  for (const [text, id] of [["<|sys|>", 3], ["<|in|>", 4], ["<|out|>", 5], ["<|end|>", 6], ["\n", 7]] as const) {
    assert.deepEqual(Array.from(model.tokenize(text, true), Number), [id], text);
  }
});
