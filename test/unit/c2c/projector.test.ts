import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { c2cFuse, c2cLinearKernel, linearTs } from "../../../kernels/c2c-fuser.js";
import { nativeFuserLinear } from "../../../kernels/native-cpu.js";
import { KernelLengthError } from "../../../kernels/errors.js";
import { ProjectorFormatError, ProjectorPairError } from "../../../models/errors.js";
import { fuseCache, layerMapFromTop, projectorWeights } from "../../../models/projector-apply.js";
import { openProjector, parseProjector, stampProjector } from "../../../models/projector-file.js";

// Written by models/c2c/make_fuser_golden.py (PyTorch fuser.py, weights rounded to f16 as in the file).
const FIX = new URL("../../fixtures/c2c/", import.meta.url);
const file = new Uint8Array(readFileSync(new URL("tiny.kvpj", FIX)));
interface Golden {
  tokens: number;
  layerMap: number[];
  gates: number[][];
  sharer: { k: number[]; v: number[] }[];
  receiver: { k: number[]; v: number[] }[];
  fused: { k: number[]; v: number[] }[];
  zeroed: { k: number[]; v: number[] }[];
}
const golden = JSON.parse(readFileSync(new URL("tiny-golden.json", FIX), "utf8")) as Golden;
const SHARER = "0123456789abcdef0123456789abcdef";
const RECEIVER = "fedcba9876543210fedcba9876543210";
const OTHER = "00000000000000000000000000000001";
const layers = (xs: { k: number[]; v: number[] }[]) => xs.map((x) => ({ k: Float32Array.from(x.k), v: Float32Array.from(x.v) }));

function maxRelErr(a: Float32Array, b: number[]): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]) / (1e-3 + Math.abs(b[i])));
  return m;
}

test("a projector opens only for the pair whose fingerprints it carries", () => {
  const stamped = stampProjector(file, { sharer: SHARER, receiver: RECEIVER });
  const p = openProjector(stamped, { sharer: SHARER, receiver: RECEIVER });
  assert.equal(p.header.sharer.fingerprint, SHARER);
  assert.deepEqual(p.header.layerMap, golden.layerMap);
  assert.throws(() => openProjector(stamped, { sharer: OTHER, receiver: RECEIVER }),
    (e: unknown) => e instanceof ProjectorPairError && e.side === "sharer" && e.actual === SHARER && /wrong model pair/.test(e.message));
  assert.throws(() => openProjector(stamped, { sharer: SHARER, receiver: OTHER }),
    (e: unknown) => e instanceof ProjectorPairError && e.side === "receiver" && e.expected === OTHER);
  // swapped roles are a different pair too
  assert.throws(() => openProjector(stamped, { sharer: RECEIVER, receiver: SHARER }), ProjectorPairError);
});

test("an unstamped projector (as the trainer writes it) is refused", () => {
  assert.throws(() => openProjector(file, { sharer: SHARER, receiver: RECEIVER }),
    (e: unknown) => e instanceof ProjectorPairError && e.actual === "" && /not stamped/.test(e.message));
});

test("stamping keeps every tensor byte-identical", () => {
  const a = parseProjector(file);
  const b = parseProjector(stampProjector(file, { sharer: SHARER, receiver: RECEIVER }));
  assert.equal(a.tensors.size, b.tensors.size);
  assert.equal(a.tensors.size, 2 * 2 * 12);
  for (const [name, t] of a.tensors) assert.deepEqual(b.tensors.get(name), t, name);
});

test("malformed projector files are typed format errors", () => {
  const bad = (mutate: (b: Uint8Array) => Uint8Array) => () => parseProjector(mutate(Uint8Array.from(file)));
  assert.throws(bad((b) => { b[0] = 0x58; return b; }), ProjectorFormatError);
  assert.throws(bad((b) => { new DataView(b.buffer).setUint32(8, 2, true); return b; }), /format version 2/);
  assert.throws(bad((b) => b.subarray(0, b.length - 100)), ProjectorFormatError);
  assert.throws(bad((b) => b.subarray(0, 10)), ProjectorFormatError);
  assert.throws(() => stampProjector(file, { sharer: "nope", receiver: RECEIVER }), ProjectorFormatError);
});

test("the CPU fuser matches PyTorch's fuser.py (golden vectors)", () => {
  const p = parseProjector(file);
  const fused = fuseCache(p, layers(golden.sharer), layers(golden.receiver), golden.tokens);
  for (let t = 0; t < fused.length; t++) {
    assert.ok(maxRelErr(fused[t].k, golden.fused[t].k) < 1e-4, `layer ${t} K`);
    assert.ok(maxRelErr(fused[t].v, golden.fused[t].v) < 1e-4, `layer ${t} V`);
  }
  // the golden fixture has gate V of layer 0 closed: that V is the receiver's own, the open ones are not
  assert.deepEqual(golden.gates[0], [1, 0]);
  assert.deepEqual(Array.from(fused[0].v), Array.from(Float32Array.from(golden.receiver[0].v)));
  assert.ok(maxRelErr(fused[0].k, golden.receiver[0].k) > 1e-2);
  const zeroed = fuseCache(p, layers(golden.sharer), layers(golden.receiver), golden.tokens, "zeroed");
  for (let t = 0; t < zeroed.length; t++) assert.deepEqual(Array.from(zeroed[t].k), Array.from(Float32Array.from(golden.zeroed[t].k)));
});

test("both dense-layer kernels (TypeScript, native C++) match PyTorch's fuser.py", (t) => {
  const kernels: ("ts" | "native")[] = c2cLinearKernel() === "native" ? ["ts", "native"] : ["ts"];
  if (kernels.length === 1) t.diagnostic("native fuser kernel not built here: TypeScript only");
  const p = parseProjector(file);
  const gate = (g: number): 0 | 1 => (g ? 1 : 0);
  for (const kernel of kernels) {
    for (let l = 0; l < golden.layerMap.length; l++) {
      const s = layers(golden.sharer)[golden.layerMap[l]];
      const r = layers(golden.receiver)[l];
      const k = c2cFuse(projectorWeights(p, l, "k"), s.k, r.k, golden.tokens, gate(golden.gates[l][0]), "fuse", kernel);
      const v = c2cFuse(projectorWeights(p, l, "v"), s.v, r.v, golden.tokens, gate(golden.gates[l][1]), "fuse", kernel);
      assert.ok(maxRelErr(k, golden.fused[l].k) < 1e-4, `${kernel} layer ${l} K`);
      assert.ok(maxRelErr(v, golden.fused[l].v) < 1e-4, `${kernel} layer ${l} V`);
    }
  }
});

test("the native dense layer equals the TypeScript one on odd shapes, and checks its buffers", (t) => {
  const native = nativeFuserLinear();
  if (!native) return t.skip("native fuser kernel not built here (needs the native build and AVX2+FMA)");
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  for (const [nTok, nOut, nIn] of [[1, 1, 1], [3, 5, 7], [4, 8, 8], [9, 33, 385], [100, 128, 384]]) {
    const w = Float32Array.from({ length: nOut * nIn }, rnd);
    const b = Float32Array.from({ length: nOut }, rnd);
    const x = Float32Array.from({ length: nTok * nIn }, rnd);
    const want = new Float32Array(nTok * nOut);
    const got = new Float32Array(nTok * nOut);
    linearTs(w, b, x, want, nTok, nOut, nIn);
    native(w, b, x, got, nTok, nOut, nIn);
    let worst = 0;
    for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i] - want[i]) / (1 + Math.abs(want[i])));
    assert.ok(worst < 1e-5, `${nTok}x${nOut}x${nIn}: ${worst}`);
    assert.ok(got.every((v) => Number.isFinite(v)) && got.some((v) => v !== 0), "every result written");
  }
  const w = new Float32Array(16);
  assert.throws(() => native(w, new Float32Array(4), new Float32Array(7), new Float32Array(8), 2, 4, 4), /x holds 7 values, needs 8/);
  assert.throws(() => native(w, new Float32Array(4), new Float32Array(8), new Float32Array(7), 2, 4, 4), /out holds 7 values, needs 8/);
  assert.throws(() => native(new Float32Array(15), new Float32Array(4), new Float32Array(8), new Float32Array(8), 2, 4, 4), /w holds 15 values, needs 16/);
});

test("the fuser kernel checks its input lengths", () => {
  const p = parseProjector(file);
  const w = projectorWeights(p, 0, "k");
  assert.throws(() => c2cFuse(w, new Float32Array(3), new Float32Array(golden.tokens * 8), golden.tokens, 1), KernelLengthError);
});

test("layer alignment from the top (kvmesh-small 6 layers -> kvmesh-tiny 8 layers, and the reverse)", () => {
  assert.deepEqual(layerMapFromTop(6, 8), [0, 0, 0, 1, 2, 3, 4, 5]);
  assert.deepEqual(layerMapFromTop(8, 6), [2, 3, 4, 5, 6, 7]);
  assert.deepEqual(layerMapFromTop(3, 2), golden.layerMap);
});
