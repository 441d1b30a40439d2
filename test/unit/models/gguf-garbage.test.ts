import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { test } from "node:test";
import {
  GgufFormatError,
  GgufLimitError,
  GgufMagicError,
  GgufTensorError,
  GgufTruncatedError,
  GgufValueTypeError,
  GgufVersionError,
  KvmeshError,
} from "../../../models/errors.js";
import { GgufFile } from "../../../models/gguf-reader.js";
import { GgmlType, GgufValueType } from "../../../models/gguf-types.js";
import { GgufWriter } from "../../../models/gguf-writer.js";
import { tempDir } from "./fixtures.js";

/** A valid file: 1 string KV "k" = "v", 1 f32 tensor "t" of 4 values. Layout noted for patching. */
async function validBytes(path: string): Promise<Buffer> {
  const w = new GgufWriter();
  w.setString("k", "v");
  w.setArray("arr", GgufValueType.INT32, [1, 2, 3]);
  w.addTensor({ name: "t", dims: [4], type: GgmlType.F32, data: new Uint8Array(16).fill(1) });
  await w.write(path);
  return readFile(path);
}

// Offsets in validBytes(): magic 0, version 4, n_tensors 8, n_kv 16,
// kv0: key len 24, key "k" 32, type 33, value len 37, value "v" 45,
// kv1: key len 46, key "arr" 54, type 57, item type 61, count 65, items 73..85,
// tensor: name len 85, name "t" 93, n_dims 94, dim0 98, type 106, offset 110, end 118.
const OFF = { nTensors: 8, nKv: 16, kv0Type: 33, kv0ValLen: 37, kv1ItemType: 61, kv1Count: 65, tNDims: 94, tDim0: 98, tType: 106, tOffset: 110 };

async function openBytes(path: string, b: Buffer): Promise<GgufFile> {
  await writeFile(path, b);
  return GgufFile.open(path);
}

test("the fixture layout is what the patches below assume", async () => {
  await using dir = await tempDir();
  const b = await validBytes(dir.file("v.gguf"));
  assert.equal(b.readBigUInt64LE(OFF.kv0ValLen), 1n);
  assert.equal(b.readUInt32LE(OFF.kv1ItemType), GgufValueType.INT32);
  assert.equal(b.readBigUInt64LE(OFF.kv1Count), 3n);
  assert.equal(b.readUInt32LE(OFF.tNDims), 1);
  assert.equal(b.readBigUInt64LE(OFF.tDim0), 4n);
  await using f = await openBytes(dir.file("v2.gguf"), b);
  assert.equal(f.tensors[0].nBytes, 16);
});

test("garbage gives typed errors, never a crash or a huge allocation", async () => {
  await using dir = await tempDir();
  const good = await validBytes(dir.file("good.gguf"));
  const p = dir.file("bad.gguf");
  const patched = (fn: (b: Buffer) => void): Buffer => {
    const b = Buffer.from(good);
    fn(b);
    return b;
  };
  const cases: [string, Buffer, new (...a: never[]) => Error][] = [
    ["empty file", Buffer.alloc(0), GgufTruncatedError],
    ["flipped magic", patched((b) => (b[0] ^= 0xff)), GgufMagicError],
    ["text file", Buffer.from("hello, this is not a model at all, just some text\n"), GgufMagicError],
    ["version 4", patched((b) => b.writeUInt32LE(4, 4)), GgufVersionError],
    ["version 1", patched((b) => b.writeUInt32LE(1, 4)), GgufVersionError],
    ["huge tensor count", patched((b) => b.writeBigUInt64LE(2n ** 62n, OFF.nTensors)), GgufLimitError],
    ["huge kv count", patched((b) => b.writeBigUInt64LE(2n ** 40n, OFF.nKv)), GgufLimitError],
    ["kv count past the file", patched((b) => b.writeBigUInt64LE(1000n, OFF.nKv)), GgufTruncatedError],
    ["huge string length", patched((b) => b.writeBigUInt64LE(2n ** 63n, OFF.kv0ValLen)), GgufLimitError],
    ["string past the end", patched((b) => b.writeBigUInt64LE(100n, OFF.kv0ValLen)), GgufTruncatedError],
    ["unknown value type", patched((b) => b.writeUInt32LE(13, OFF.kv0Type)), GgufValueTypeError],
    ["unknown array item type", patched((b) => b.writeUInt32LE(99, OFF.kv1ItemType)), GgufValueTypeError],
    ["huge array count", patched((b) => b.writeBigUInt64LE(2n ** 61n, OFF.kv1Count)), GgufLimitError],
    ["too many dims", patched((b) => b.writeUInt32LE(9, OFF.tNDims)), GgufTensorError],
    ["huge dim", patched((b) => b.writeBigUInt64LE(2n ** 62n, OFF.tDim0)), GgufLimitError],
    ["tensor data past the end", patched((b) => b.writeBigUInt64LE(1000n, OFF.tDim0)), GgufTruncatedError],
    ["unknown ggml type", patched((b) => b.writeUInt32LE(77, OFF.tType)), GgufTensorError],
    ["misaligned offset", patched((b) => b.writeBigUInt64LE(3n, OFF.tOffset)), GgufTensorError],
  ];
  for (let cut = 1; cut < good.length; cut += 7) {
    if (cut <= OFF.tOffset + 8 || cut < good.length - 16) cases.push([`truncated at ${cut}`, good.subarray(0, cut), GgufFormatError]);
  }
  cases.push(["truncated in the data", good.subarray(0, 128 + 12), GgufTruncatedError]); // data starts at 128
  for (const [what, bytes, cls] of cases) {
    await writeFile(p, bytes);
    let err: unknown;
    try {
      await (await GgufFile.open(p)).dispose();
    } catch (e) {
      err = e;
    }
    assert.ok(err !== undefined, `${what}: opened without an error`);
    assert.ok(err instanceof cls, `${what}: expected ${cls.name}, got ${String(err)}`);
    assert.ok(err instanceof KvmeshError, `${what}: not a KvmeshError`);
  }
});

test("truncation inside the header is reported as truncation", async () => {
  await using dir = await tempDir();
  const good = await validBytes(dir.file("good.gguf"));
  for (const cut of [3, 10, 20, 30, 40, 60, 80, 100, 115]) {
    await writeFile(dir.file("t.gguf"), good.subarray(0, cut));
    await assert.rejects(GgufFile.open(dir.file("t.gguf")), GgufTruncatedError, `cut at ${cut}`);
  }
});

test("random bytes after a valid magic never escape as non-Kvmesh errors", async () => {
  await using dir = await tempDir();
  let s = 12345;
  const rnd = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) & 0xff;
  for (let i = 0; i < 200; i++) {
    const b = Buffer.alloc(24 + (i % 64) * 4);
    for (let j = 0; j < b.length; j++) b[j] = rnd();
    b.writeUInt32LE(0x46554747, 0);
    b.writeUInt32LE(3, 4);
    if (i % 2) b.writeBigUInt64LE(BigInt(i % 3), 8);
    if (i % 3) b.writeBigUInt64LE(BigInt(i % 5), 16);
    await writeFile(dir.file("r.gguf"), b);
    try {
      const f = await GgufFile.open(dir.file("r.gguf"));
      await f.dispose();
    } catch (e) {
      assert.ok(e instanceof GgufFormatError, `case ${i}: ${String(e)}`);
    }
  }
});
