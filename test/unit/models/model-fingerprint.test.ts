import assert from "node:assert/strict";
import { test } from "node:test";
import { GgmlType } from "../../../models/gguf-types.js";
import { readModelInfo } from "../../../models/read-model-info.js";
import { baseFixture, tempDir, writeFixture, type FixtureModel } from "./fixtures.js";

/** Pinned: change only together with MODEL_FINGERPRINT_VERSION (or the fixture). */
const GOLDEN = "4c8ecd52fe547fb867ac16abf251d6d7";

async function fingerprintOf(dirFile: (n: string) => string, name: string, m: FixtureModel): Promise<string> {
  const p = dirFile(`${name}.gguf`);
  await writeFixture(p, m);
  return (await readModelInfo(p)).fingerprint;
}

test("the fixture model has a pinned fingerprint", async () => {
  await using dir = await tempDir();
  const fp = await fingerprintOf(dir.file, "base", baseFixture());
  assert.match(fp, /^[0-9a-f]{32}$/);
  assert.equal(fp, GOLDEN);
});

test("every field that changes KV bytes changes the fingerprint", async () => {
  await using dir = await tempDir();
  const base = await fingerprintOf(dir.file, "base", baseFixture());
  const variants: [string, (m: FixtureModel) => void][] = [
    ["architecture", (m) => (m.arch = "mistral3")],
    ["layer count", (m) => (m.nLayer = 3)],
    ["nEmbd", (m) => ((m.nEmbd = 96), (m.keyLength = 16), (m.valueLength = 16))],
    ["heads", (m) => ((m.nHead = 8), (m.keyLength = 16), (m.valueLength = 16))],
    ["kv heads", (m) => (m.nHeadKv = 4)],
    ["key length", (m) => ((m.keyLength = 32), (m.valueLength = 16), (m.ropeDims = 16))],
    ["value length", (m) => (m.valueLength = 32)],
    ["rms eps", (m) => (m.rmsEps = 1e-6)],
    ["rope style (neox arch)", (m) => (m.arch = "qwen2")],
    ["rope dims", (m) => ((m.ropeDims = 8), (m.ropeFreqs = new Float32Array(4).fill(1)))],
    ["rope base", (m) => (m.ropeBase = 500000)],
    ["rope base absent (default 10000 == explicit 10000 is fine, 10001 is not)", (m) => (m.ropeBase = 10001)],
    ["rope scaling factor", (m) => ((m.ropeScalingType = "linear"), (m.ropeScalingFactor = 2))],
    ["rope scaling type", (m) => ((m.ropeScalingType = "yarn"), (m.ropeScalingFactor = 1))],
    ["rope_freqs values", (m) => (m.ropeFreqs = Float32Array.from({ length: 8 }, (_, i) => 1 + i / 3))],
    ["no rope_freqs", (m) => (m.ropeFreqs = undefined)],
    ["tokenizer model", (m) => (m.tokenizerModel = "gpt2")],
    ["a token", (m) => (m.tokens[10] = "tokX")],
    ["token order", (m) => ([m.tokens[10], m.tokens[11]] = [m.tokens[11], m.tokens[10]])],
    ["a score", (m) => (m.scores[5] = 0.5)],
    ["a token type", (m) => (m.tokenTypes[7] = 4)],
    ["bos id", (m) => (m.bosId = 3)],
    ["eos id", (m) => (m.eosId = 4)],
    ["weight type", (m) => (m.weightType = GgmlType.Q8_0)],
    ["weights (another seed)", (m) => (m.weightSeed = 8)],
    ["one weight near the start (fine-tune)", (m) => (m.tweak = { index: 3, delta: 0.25 })],
    ["one weight near the end (fine-tune)", (m) => (m.tweak = { index: 64 * 64 - 2, delta: 0.25 })],
  ];
  const seen = new Map<string, string>([[base, "base"]]);
  for (const [what, change] of variants) {
    const m = baseFixture();
    change(m);
    const fp = await fingerprintOf(dir.file, what.replace(/\W+/g, "_"), m);
    assert.notEqual(fp, base, `${what} did not change the fingerprint`);
    assert.ok(!seen.has(fp) || what.startsWith("rope base"), `${what} collides with ${seen.get(fp)}`);
    seen.set(fp, what);
  }
});

test("fields that do not change KV bytes leave the fingerprint alone", async () => {
  await using dir = await tempDir();
  const base = await fingerprintOf(dir.file, "base", baseFixture());
  const variants: [string, (m: FixtureModel) => void][] = [
    ["general.name", (m) => (m.name = "another name")],
    ["context length", (m) => (m.contextLength = 131072)],
    ["chat template", (m) => (m.chatTemplate = "{{ messages }}")],
    ["tensor order in the file", (m) => (m.reverseTensors = true)],
    ["file alignment", (m) => (m.alignment = 64)],
    ["explicit default rope base", (m) => (m.ropeBase = undefined)],
  ];
  for (const [what, change] of variants) {
    const m = baseFixture();
    change(m);
    assert.equal(await fingerprintOf(dir.file, what.replace(/\W+/g, "_"), m), base, `${what} changed the fingerprint`);
  }
});
