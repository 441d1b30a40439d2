import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { GgufFile } from "../../../models/gguf-reader.js";
import { GgmlType, GgufValueType, type GgufArray } from "../../../models/gguf-types.js";
import { f32ToF16Bits } from "../../../kernels/f16.js";
import { GgufWriter, encodeF16, encodeQ8_0 } from "../../../models/gguf-writer.js";
import { GgufTensorNotFoundError, GgufWriteError } from "../../../models/errors.js";
import { lcgFloats, tempDir } from "./fixtures.js";

test("every metadata type and tensor type round-trips through writer and reader", async () => {
  await using dir = await tempDir();
  const path = dir.file("all.gguf");
  const w = new GgufWriter();
  w.set("u8", GgufValueType.UINT8, 250)
    .set("i8", GgufValueType.INT8, -100)
    .set("u16", GgufValueType.UINT16, 65000)
    .set("i16", GgufValueType.INT16, -30000)
    .set("u32", GgufValueType.UINT32, 4000000000)
    .set("i32", GgufValueType.INT32, -2000000000)
    .set("f32", GgufValueType.FLOAT32, 1.5)
    .set("bool", GgufValueType.BOOL, true)
    .set("str", GgufValueType.STRING, "héllo ▁wörld")
    .set("u64", GgufValueType.UINT64, 2n ** 60n)
    .set("i64", GgufValueType.INT64, -(2n ** 60n))
    .set("f64", GgufValueType.FLOAT64, Math.PI)
    .setArray("arr.str", GgufValueType.STRING, ["a", "", "▁the", "<0x0A>"])
    .setArray("arr.f32", GgufValueType.FLOAT32, new Float32Array([1, -2.5, 3]))
    .setArray("arr.i32", GgufValueType.INT32, [1, -2, 3])
    .setArray("arr.u8", GgufValueType.UINT8, [0, 255])
    .setArray("arr.bool", GgufValueType.BOOL, [true, false, true])
    .setArray("arr.u64", GgufValueType.UINT64, [1n, 2n ** 63n])
    .setArray("arr.f64", GgufValueType.FLOAT64, [0.1, 0.2])
    .setArray("arr.empty", GgufValueType.STRING, []);
  const f32 = lcgFloats(40, 1);
  const f16 = lcgFloats(64 * 3, 2);
  const q8 = lcgFloats(32 * 5, 3);
  w.addTensor({ name: "t.f32", dims: [40], type: GgmlType.F32, data: new Uint8Array(f32.buffer) });
  w.addTensor({ name: "t.f16", dims: [64, 3], type: GgmlType.F16, data: [encodeF16(f16).subarray(0, 100), encodeF16(f16).subarray(100)] });
  w.addTensor({
    name: "t.q8",
    dims: [32, 5],
    type: GgmlType.Q8_0,
    data: async function* () {
      yield encodeQ8_0(q8);
    },
  });
  const res = await w.write(path);
  assert.equal(res.bytes % 32, 0);
  assert.equal(res.dataOffset % 32, 0);

  await using f = await GgufFile.open(path);
  assert.equal(f.version, 3);
  assert.equal(f.alignment, 32);
  assert.equal(f.dataOffset, res.dataOffset);
  assert.equal(f.fileSize, res.bytes);
  assert.equal(f.get("u8"), 250);
  assert.equal(f.get("i8"), -100);
  assert.equal(f.get("u16"), 65000);
  assert.equal(f.get("i16"), -30000);
  assert.equal(f.get("u32"), 4000000000);
  assert.equal(f.get("i32"), -2000000000);
  assert.equal(f.get("f32"), 1.5);
  assert.equal(f.get("bool"), true);
  assert.equal(f.getString("str"), "héllo ▁wörld");
  assert.equal(f.get("u64"), 2n ** 60n);
  assert.equal(f.get("i64"), -(2n ** 60n));
  assert.equal(f.get("f64"), Math.PI);
  assert.equal(f.metadata.get("f64")?.type, GgufValueType.FLOAT64);
  assert.deepEqual(f.getArray("arr.str")?.values, ["a", "", "▁the", "<0x0A>"]);
  assert.deepEqual([...(f.getArray("arr.f32")!.values as Float32Array)], [1, -2.5, 3]);
  assert.deepEqual([...(f.getArray("arr.i32")!.values as Int32Array)], [1, -2, 3]);
  assert.deepEqual([...(f.getArray("arr.u8")!.values as Uint8Array)], [0, 255]);
  assert.deepEqual([...(f.getArray("arr.bool")!.values as Uint8Array)], [1, 0, 1]);
  assert.deepEqual([...(f.getArray("arr.u64")!.values as BigUint64Array)], [1n, 2n ** 63n]);
  assert.deepEqual([...(f.getArray("arr.f64")!.values as Float64Array)], [0.1, 0.2]);
  assert.equal((f.getArray("arr.empty") as GgufArray).values.length, 0);

  assert.deepEqual(f.tensors.map((t) => [t.name, t.type, t.dims, t.nBytes]), [
    ["t.f32", GgmlType.F32, [40], 160],
    ["t.f16", GgmlType.F16, [64, 3], 384],
    ["t.q8", GgmlType.Q8_0, [32, 5], 170],
  ]);
  for (const t of f.tensors) {
    assert.equal(t.offset % 32, 0);
    assert.equal(t.fileOffset, f.dataOffset + t.offset);
  }
  assert.deepEqual(new Float32Array((await f.readTensorBytes("t.f32")).buffer), f32);
  assert.deepEqual(await f.readTensorBytes("t.f16"), encodeF16(f16));
  assert.deepEqual(await f.readTensorBytes("t.q8"), encodeQ8_0(q8));
  assert.deepEqual(await f.readTensorBytes("t.q8", 10), encodeQ8_0(q8).subarray(0, 10));
  assert.deepEqual(await f.readTensorRange("t.f16", 380, 100), encodeF16(f16).subarray(380));
  assert.equal(f.tensor("nope"), undefined);
  await assert.rejects(f.readTensorBytes("nope"), GgufTensorNotFoundError);

  // padding bytes are zero
  const raw = await readFile(path);
  const t0 = f.tensors[0];
  assert.ok(raw.subarray(t0.fileOffset + t0.nBytes, f.tensors[1].fileOffset).every((b) => b === 0));
});

test("custom alignment is written as general.alignment and honoured", async () => {
  await using dir = await tempDir();
  const path = dir.file("a64.gguf");
  const w = new GgufWriter({ alignment: 64 });
  w.addTensor({ name: "a", dims: [3], type: GgmlType.F32, data: new Uint8Array(12) });
  w.addTensor({ name: "b", dims: [5], type: GgmlType.F32, data: new Uint8Array(20).fill(7) });
  await w.write(path);
  await using f = await GgufFile.open(path);
  assert.equal(f.alignment, 64);
  assert.equal(f.get("general.alignment"), 64);
  assert.equal(f.dataOffset % 64, 0);
  assert.equal(f.tensor("b")!.offset, 64);
  assert.deepEqual(await f.readTensorBytes("b"), new Uint8Array(20).fill(7));
});

test("writer rejects a source with the wrong byte count, duplicate keys and bad shapes", async () => {
  await using dir = await tempDir();
  const w = new GgufWriter();
  w.addTensor({ name: "a", dims: [4], type: GgmlType.F32, data: new Uint8Array(15) });
  await assert.rejects(w.write(dir.file("bad.gguf")), GgufWriteError);
  assert.throws(() => new GgufWriter().setU32("k", 1).setU32("k", 2), GgufWriteError);
  assert.throws(() => new GgufWriter().addTensor({ name: "q", dims: [33], type: GgmlType.Q8_0, data: new Uint8Array(0) }), GgufWriteError);
  assert.throws(() => new GgufWriter({ alignment: 48 }), GgufWriteError);
});

test("q8_0 blocks: f16 scale = max|x| / 127, then rounded int8", () => {
  const v = new Float32Array(32);
  v[0] = 1.27;
  v[1] = -0.635;
  v[2] = -0.0151;
  const b = encodeQ8_0(v);
  assert.equal(b.length, 34);
  const dv = new DataView(b.buffer);
  assert.equal(dv.getUint16(0, true), f32ToF16Bits(0.01));
  assert.equal(dv.getInt8(2), 127);
  assert.equal(dv.getInt8(3), -64);
  assert.equal(dv.getInt8(4), -2);
  assert.equal(dv.getInt8(5), 0);
});
