/**
 * The C2C fuser on the GPU (native/cuda/c2c-fuser.cu via kernels/cuda/device-c2c-fuser.ts) against
 * PyTorch's golden vectors (models/c2c/make_fuser_golden.py) and the CPU fuser, within 1e-4 relative
 * (f32 sums in another order). Runs on the host stand-in everywhere and on CUDA where a device answers.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { cudaStatus, type DeviceKernels } from "../../../kernels/cuda/cuda-backend.js";
import { DeviceFuser } from "../../../kernels/cuda/device-c2c-fuser.js";
import { KernelDisposedError, KernelLengthError } from "../../../kernels/errors.js";
import type { ModelInfo } from "../../../models/model-info.js";
import { deviceFuserLayers, fuseCache } from "../../../models/projector-apply.js";
import { parseProjector } from "../../../models/projector-file.js";
import { hostDeviceKernels } from "../../kit/host-device-kernels.js";
import { randomProjectorFile } from "../../kit/random-projector.js";

const FIX = new URL("../../fixtures/c2c/", import.meta.url);
const file = parseProjector(new Uint8Array(readFileSync(new URL("tiny.kvpj", FIX))));
interface Golden {
  tokens: number;
  sharer: { k: number[]; v: number[] }[];
  receiver: { k: number[]; v: number[] }[];
  fused: { k: number[]; v: number[] }[];
}
const golden = JSON.parse(readFileSync(new URL("tiny-golden.json", FIX), "utf8")) as Golden;
const layers = (xs: { k: number[]; v: number[] }[]) => xs.map((x) => ({ k: Float32Array.from(x.k), v: Float32Array.from(x.v) }));

/** Largest difference over the tensor's largest magnitude (random weights put some values near 0). */
function scaledErr(a: Float32Array, b: Float32Array): number {
  let d = 0, m = 0;
  for (let i = 0; i < b.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    m = Math.max(m, Math.abs(b[i]));
  }
  return d / m;
}

function maxRelErr(a: Float32Array, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]) / (1e-3 + Math.abs(b[i])));
  return m;
}

/** A random projector of the shipped shapes: kvmesh-small (6 layers, 4 KV heads of 64) -> kvmesh-tiny (8 layers, 2 KV heads of 64). */
function shippedShapeProjector(seed: number, hidden: number) {
  const side = (name: string, nLayer: number, nHeadKv: number) => ({ name, fingerprint: "0".repeat(31) + nLayer, nLayer, nHeadKv, headDimK: 64 }) as unknown as ModelInfo;
  return parseProjector(randomProjectorFile(side("small", 6, 4), side("tiny", 8, 2), seed, hidden));
}

const cuda = cudaStatus();
const targets: [string, () => DeviceKernels, string | false][] = [
  ["host stand-in", () => hostDeviceKernels(), false],
  ["CUDA", () => (cuda.ok ? cuda.device : (undefined as never)), cuda.ok ? false : `CUDA backend unavailable: ${(cuda as { reason: string }).reason}`],
];

for (const [name, make, skip] of targets) {
  describe(`DeviceFuser on ${name}`, { skip }, () => {
    it("matches PyTorch's golden vectors; a closed gate and the zeroed control give the receiver's own KV", () => {
      const dk = make();
      using f = new DeviceFuser(dk, deviceFuserLayers(file), file.header.layerMap);
      const fused = f.fuse(layers(golden.sharer), layers(golden.receiver), golden.tokens);
      for (let t = 0; t < fused.length; t++) {
        assert.ok(maxRelErr(fused[t].k, golden.fused[t].k) < 1e-4, `layer ${t} K`);
        assert.ok(maxRelErr(fused[t].v, golden.fused[t].v) < 1e-4, `layer ${t} V`);
      }
      assert.deepEqual(file.header.gates[0], [1, 0]);
      assert.deepEqual(Array.from(fused[0].v), golden.receiver[0].v.map((x) => Math.fround(x)));
      assert.ok(maxRelErr(fused[0].k, golden.receiver[0].k) > 1e-2, "an open gate changes the KV");
      const zeroed = f.fuse(layers(golden.sharer), layers(golden.receiver), golden.tokens, "zeroed");
      for (let t = 0; t < zeroed.length; t++) assert.deepEqual(Array.from(zeroed[t].k), golden.receiver[t].k.map((x) => Math.fround(x)));
    });

    it("matches the CPU fuser (largest difference under 1e-5 of the largest value) on a random projector of the shipped models' shapes (hidden 128, 100 tokens)", () => {
      const p = shippedShapeProjector(5, 128);
      const T = 100;
      let seed = 11;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
      const h = p.header;
      const sl = Array.from({ length: h.sharer.nLayer }, () => ({ k: Float32Array.from({ length: T * h.sharer.nHeadKv * h.sharer.headDim }, rnd), v: Float32Array.from({ length: T * h.sharer.nHeadKv * h.sharer.headDim }, rnd) }));
      const rl = Array.from({ length: h.receiver.nLayer }, () => ({ k: Float32Array.from({ length: T * h.receiver.nHeadKv * h.receiver.headDim }, rnd), v: Float32Array.from({ length: T * h.receiver.nHeadKv * h.receiver.headDim }, rnd) }));
      const want = fuseCache(p, sl, rl, T);
      using f = new DeviceFuser(make(), deviceFuserLayers(p), h.layerMap);
      const got = f.fuse(sl, rl, T);
      let changed = 0;
      for (let t = 0; t < want.length; t++) {
        assert.ok(scaledErr(got[t].k, want[t].k) < 1e-5, `layer ${t} K`);
        assert.ok(scaledErr(got[t].v, want[t].v) < 1e-5, `layer ${t} V`);
        changed += scaledErr(got[t].k, rl[t].k) > 1e-2 ? 1 : 0;
      }
      assert.ok(changed > 0, "the random projector changes the KV");
    });

    it("keeps its buffers across prompts: a shorter prompt after a longer one and a longer one after both give the CPU fuser's KV", () => {
      const p = shippedShapeProjector(9, 32);
      const h = p.header;
      let seed = 3;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
      const kv = (n: number, width: number) => ({ k: Float32Array.from({ length: n * width }, rnd), v: Float32Array.from({ length: n * width }, rnd) });
      using f = new DeviceFuser(make(), deviceFuserLayers(p), h.layerMap);
      for (const T of [40, 7, 200]) {
        const sl = Array.from({ length: h.sharer.nLayer }, () => kv(T, h.sharer.nHeadKv * h.sharer.headDim));
        const rl = Array.from({ length: h.receiver.nLayer }, () => kv(T, h.receiver.nHeadKv * h.receiver.headDim));
        const want = fuseCache(p, sl, rl, T);
        const got = f.fuse(sl, rl, T);
        for (let t = 0; t < want.length; t++) {
          assert.ok(scaledErr(got[t].k, want[t].k) < 1e-5, `${T} tokens, layer ${t} K`);
          assert.ok(scaledErr(got[t].v, want[t].v) < 1e-5, `${T} tokens, layer ${t} V`);
        }
      }
    });

    it("the kernel refuses buffers shorter than its shapes need", () => {
      const dk = make();
      const w = deviceFuserLayers(file)[0].k;
      const rDim = w.nHeads * w.headDim;
      const T = 3;
      const bufs = (["wIn", "bIn", "norm1", "w1", "b1", "w2", "b2", "norm2", "wOut", "bOut", "wWeight", "bWeight"] as const).map((n, i) => dk.alloc(i === 0 ? w[n].byteLength - 4 : w[n].byteLength));
      const s = dk.alloc(T * w.sDim * 4), r = dk.alloc(T * rDim * 4), out = dk.alloc(T * rDim * 4), scratch = dk.alloc(1 << 16);
      try {
        assert.throws(() => dk.c2cProject(bufs, [w.hidden, w.sDim, w.nHeads, w.headDim], w.rmsEps, s, r, out, scratch, T), name === "CUDA" ? /wIn holds \d+ bytes, needs/ : RangeError);
      } finally {
        for (const b of [...bufs, s, r, out, scratch]) b.dispose();
      }
    });

    it("checks lengths and refuses use after dispose", () => {
      const f = new DeviceFuser(make(), deviceFuserLayers(file), file.header.layerMap);
      const rl = layers(golden.receiver);
      assert.throws(() => f.fuse(layers(golden.sharer), rl, golden.tokens + 1), KernelLengthError);
      assert.throws(() => f.fuse(layers(golden.sharer), rl.slice(1), golden.tokens), KernelLengthError);
      f[Symbol.dispose]();
      assert.throws(() => f.fuse(layers(golden.sharer), rl, golden.tokens), KernelDisposedError);
    });
  });
}
