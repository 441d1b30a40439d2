/**
 * The CUDA backend against the CPU backend on random inputs of Llama-3-8B
 * shapes, per op, with the bounds each op's arithmetic allows:
 * - f16 conversions, RoPE (f16 and f32), addRowScaled / addColScaled, q8_0 and
 *   q4_0 quantize / dequantize: bit-identical (same operations, same rounding:
 *   kernels built with -fmad=false, products and sums in double where the CPU
 *   computes in double);
 * - rowAbsDiffSum, colSqDiffSum, sqDiffSum: double sums in another order,
 *   so within 1e-6 relative;
 * - the fused anchor application (device only) against anchors/fused.ts's
 *   applyRowGeneric: bit-identical output, disagreement within 1e-5 relative
 *   (float atomics); the KV layout conversion both ways, bit-identical.
 * Runs where the CUDA backend is built and a device answers (the GPU machine);
 * elsewhere it is skipped with the reason.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BlockSources, applyRowGeneric } from "../../../anchors/fused.js";
import type { RopeParams } from "../../../kernels/backend.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import { cudaStatus } from "../../../kernels/cuda/cuda-backend.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

const cuda = cudaStatus();
const skip = cuda.ok ? false : `CUDA backend unavailable: ${(cuda as { reason: string }).reason}`;

function random(n: number, seed: number, scale = 4): Float32Array {
  const next = xorshift32(seed);
  return Float32Array.from({ length: n }, () => (next() / 2 ** 32 - 0.5) * scale);
}

const LLAMA8B: RopeParams = {
  style: "normal", headDim: 128, nRot: 128, freqBase: 5e5, freqScale: 1,
  freqFactors: Float32Array.from({ length: 64 }, (_, i) => (i < 20 ? 1 : i < 40 ? 1 + (i - 20) * 0.35 : 8)),
};
const QWEN: RopeParams = { style: "neox", headDim: 64, nRot: 64, freqBase: 1e6, freqScale: 1 };

describe("CUDA backend parity with the CPU backend", { skip }, () => {
  const gpu = cuda.ok ? cuda.backend : cpuBackend;

  it("f16 <-> f32 bit-identical", () => {
    const x = random(1 << 20, 1, 200);
    assert.deepEqual(gpu.f32ToF16(x), cpuBackend.f32ToF16(x));
    const h = cpuBackend.f32ToF16(x);
    assert.deepEqual(gpu.f16ToF32(h), cpuBackend.f16ToF32(h));
  });

  for (const [name, rope, nHeads] of [["Llama-3 (normal, frequency factors)", LLAMA8B, 8], ["Qwen2.5 (neox)", QWEN, 2]] as const) {
    for (const delta of [1, -911, 4095] as const) {
      it(`RoPE f16 and f32, ${name}, delta ${delta}: bit-identical`, () => {
        const nTokens = 512;
        const x = random(nTokens * nHeads * rope.headDim, 7 + delta);
        const h1 = cpuBackend.f32ToF16(x);
        const h2 = h1.slice();
        cpuBackend.ropeShiftF16(h1, nTokens, nHeads, delta, rope);
        gpu.ropeShiftF16(h2, nTokens, nHeads, delta, rope);
        assert.deepEqual(h2, h1);
        const f1 = x.slice();
        const f2 = x.slice();
        cpuBackend.ropeShift(f1, nTokens, nHeads, delta, rope);
        gpu.ropeShift(f2, nTokens, nHeads, delta, rope);
        assert.deepEqual(f2, f1);
      });
    }
  }

  it("RoPE with per-token deltas: bit-identical", () => {
    const nTokens = 300;
    const deltas = Int32Array.from({ length: nTokens }, (_, t) => (t % 5 === 0 ? 0 : 100 + (t % 7)));
    const h1 = cpuBackend.f32ToF16(random(nTokens * 8 * 128, 3));
    const h2 = h1.slice();
    cpuBackend.ropeShiftF16(h1, nTokens, 8, deltas, LLAMA8B);
    gpu.ropeShiftF16(h2, nTokens, 8, deltas, LLAMA8B);
    assert.deepEqual(h2, h1);
  });

  it("addRowScaled / addColScaled bit-identical", () => {
    const rows = 1024, cols = 1024;
    const d = random(rows * cols, 11);
    for (const byRow of [true, false]) {
      const w = random(byRow ? rows : cols, 12, 1);
      const x1 = random(rows * cols, 13);
      const x2 = x1.slice();
      if (byRow) {
        cpuBackend.addRowScaled(x1, d, w, rows, cols);
        gpu.addRowScaled(x2, d, w, rows, cols);
      } else {
        cpuBackend.addColScaled(x1, d, w, rows, cols);
        gpu.addColScaled(x2, d, w, rows, cols);
      }
      assert.deepEqual(x2, x1);
    }
  });

  it("distance sums within 1e-6 relative (double sums in another order)", () => {
    const rows = 512, cols = 1024;
    const x = random(rows * cols, 21);
    const y = random(rows * cols, 22);
    const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
    const r1 = new Float32Array(rows);
    const r2 = new Float32Array(rows);
    cpuBackend.rowAbsDiffSum(x, y, rows, cols, r1);
    gpu.rowAbsDiffSum(x, y, rows, cols, r2);
    r1.forEach((v, i) => close(r2[i], v, `rowAbsDiffSum[${i}]`));
    const c1 = new Float32Array(cols);
    const c2 = new Float32Array(cols);
    cpuBackend.colSqDiffSum(x, y, rows, cols, c1);
    gpu.colSqDiffSum(x, y, rows, cols, c2);
    c1.forEach((v, i) => close(c2[i], v, `colSqDiffSum[${i}]`));
    close(gpu.sqDiffSum(x, y, rows * cols), cpuBackend.sqDiffSum(x, y, rows * cols), "sqDiffSum");
  });

  it("q8_0 and q4_0 bit-identical both ways", () => {
    const x = random(1 << 18, 31, 30);
    const q8 = cpuBackend.quantizeQ8_0(x);
    assert.deepEqual(gpu.quantizeQ8_0(x), q8);
    assert.deepEqual(gpu.dequantizeQ8_0(q8, x.length), cpuBackend.dequantizeQ8_0(q8, x.length));
    const q4 = cpuBackend.quantizeQ4_0(x);
    assert.deepEqual(gpu.quantizeQ4_0(x), q4);
    assert.deepEqual(gpu.dequantizeQ4_0(q4, x.length), cpuBackend.dequantizeQ4_0(q4, x.length));
  });

  it("fused anchor application matches anchors/fused.ts; KV layout conversion round-trips", () => {
    if (!cuda.ok) return;
    const dk = cuda.device;
    const tokens = 256, cols = 1024, A = 3;
    const x = random(tokens * cols, 41);
    const deltas = Array.from({ length: A }, (_, a) => cpuBackend.f32ToF16(random(tokens * cols, 50 + a, 0.5)));
    const w = random(A * tokens, 60, 1).map((v) => Math.abs(v));
    // CPU reference, row by row (the weights are per token there too).
    const want = new Float32Array(tokens * cols);
    const wantDis = new Float32Array(tokens);
    const src = new BlockSources(A);
    const drow = new Float32Array(A * cols);
    const mrow = new Float64Array(cols);
    for (let t = 0; t < tokens; t++) {
      for (let a = 0; a < A; a++) src.set(a, cpuBackend, { type: "f16", data: deltas[a] } as never, tokens * cols);
      const wt = Float32Array.from({ length: A }, (_, a) => w[a * tokens + t]);
      wantDis[t] = applyRowGeneric(src, A, wt, x, want, t * cols, cols, drow, mrow);
    }
    const bx = dk.alloc(x.byteLength);
    bx.upload(x);
    const bo = dk.alloc(x.byteLength);
    const bd = deltas.map((d) => {
      const b = dk.alloc(d.byteLength);
      b.upload(d);
      return b;
    });
    const bw = dk.alloc(w.byteLength);
    bw.upload(w);
    const bdis = dk.alloc(tokens * 4);
    bdis.upload(new Float32Array(tokens));
    dk.applyAnchors(bx, bo, tokens, cols, bd, bw, bdis);
    const got = new Float32Array(tokens * cols);
    bo.download(got);
    assert.deepEqual(got, want);
    // The fast path (no disagreement asked for) must give the same bytes.
    const bo2 = dk.alloc(x.byteLength);
    dk.applyAnchors(bx, bo2, tokens, cols, bd, bw);
    const got2 = new Float32Array(tokens * cols);
    bo2.download(got2);
    assert.deepEqual(got2, want);
    bo2.dispose();
    const dis = new Float32Array(tokens);
    bdis.download(dis);
    dis.forEach((v, t) => assert.ok(Math.abs(v - wantDis[t]) <= 1e-5 * Math.max(1, wantDis[t]), `disagreement ${t}: ${v} vs ${wantDis[t]}`));
    // llama.cpp layout (transposed V: [cols][cellStride]) -> [tokens][cols] f32 -> back.
    const stride = tokens + 64;
    const kv = cpuBackend.f32ToF16(random(cols * stride, 70));
    const bkv = dk.alloc(kv.byteLength);
    bkv.upload(kv);
    const bf = dk.alloc(tokens * cols * 4);
    dk.kvToF32(bkv, bf, tokens, cols, true, stride);
    const f = new Float32Array(tokens * cols);
    bf.download(f);
    for (let t = 0; t < tokens; t += 17) for (let c = 0; c < cols; c += 13) assert.equal(f[t * cols + c], cpuBackend.f16ToF32(Uint16Array.of(kv[c * stride + t]))[0]);
    const back = dk.alloc(kv.byteLength);
    back.upload(kv);
    dk.f32ToKv(bf, back, tokens, cols, true, stride);
    const kv2 = new Uint16Array(kv.length);
    back.download(kv2);
    assert.deepEqual(kv2, kv);
    for (const b of [bx, bo, ...bd, bw, bdis, bkv, bf, back]) b.dispose();
  });
});
