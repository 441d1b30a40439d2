/**
 * Golden conformance: every KernelBackend must reproduce test/golden/kernels/*.json
 * (written by scripts/make-kernel-goldens.ts from an independent float64
 * reference) within the tolerances documented there. To check another
 * backend, add it to BACKENDS.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { KernelBackend, RopeParams } from "../../../kernels/backend.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import { cudaStatus } from "../../../kernels/cuda/cuda-backend.js";
import { f32ToF16StressInputs, fnv1a } from "./golden-inputs.js";

// The CUDA backend joins where it is built and a device answers (the GPU machine; CI has no GPU).
const cuda = cudaStatus();
const BACKENDS: KernelBackend[] = [cpuBackend, ...(cuda.ok ? [cuda.backend] : [])];

const GOLDEN = join(import.meta.dirname, "..", "..", "golden", "kernels");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (name: string): any => JSON.parse(readFileSync(join(GOLDEN, name), "utf8"));

interface RopeGolden {
  name: string;
  style: "normal" | "neox";
  headDim: number;
  nRot: number;
  freqBase: number;
  freqScale: number;
  freqFactors?: number[];
  nTokens: number;
  nHeads: number;
  delta: number | number[];
  input: number[];
  expected: number[];
}

function ropeParams(c: RopeGolden): RopeParams {
  return {
    style: c.style,
    nRot: c.nRot,
    headDim: c.headDim,
    freqBase: c.freqBase,
    freqScale: c.freqScale,
    freqFactors: c.freqFactors ? Float32Array.from(c.freqFactors) : undefined,
  };
}

const deltaOf = (c: RopeGolden): number | Int32Array => (typeof c.delta === "number" ? c.delta : Int32Array.from(c.delta));

/** Index of the pair partner of dim i (i < nRot) in a head row. */
function partner(c: RopeGolden, i: number): number {
  if (c.style === "neox") {
    const half = c.nRot / 2;
    return i < half ? i + half : i - half;
  }
  return i ^ 1;
}

/** f16 bits -> a monotonic integer (so that |a - b| counts ulps across zero). */
const halfOrder = (h: number): number => (h & 0x8000 ? -(h & 0x7fff) : h);

function conformance(backend: KernelBackend): void {
  describe(`golden conformance: ${backend.name}`, () => {
    const f16 = load("f16.json");
    const rope = load("rope.json");
    const q8 = load("q8_0.json");
    const off = load("offset.json");

    it("f16 -> f32 is bit-exact on all 65536 halves", () => {
      const all = new Uint16Array(65536);
      for (let i = 0; i < 65536; i++) all[i] = i;
      const out = backend.f16ToF32(all);
      const bits = new Uint32Array(out.buffer, out.byteOffset, out.length);
      for (const [h, want] of f16.f16ToF32.cases as [number, number][]) {
        assert.equal(bits[h], want, `f16 0x${h.toString(16)} -> 0x${bits[h].toString(16)}, want 0x${want.toString(16)}`);
      }
      assert.equal(fnv1a(bits, 4), f16.f16ToF32.allHash);
    });

    it("f32 -> f16 is bit-exact on edge cases and the rounding stress set", () => {
      const cases = f16.f32ToF16.cases as [number, number][];
      const src = new Float32Array(cases.length);
      const srcBits = new Uint32Array(src.buffer);
      cases.forEach(([b], i) => (srcBits[i] = b));
      const out = backend.f32ToF16(src);
      cases.forEach(([b, want], i) => {
        assert.equal(out[i], want, `f32 0x${b.toString(16)} -> 0x${out[i].toString(16)}, want 0x${want.toString(16)}`);
      });
      const stress = f32ToF16StressInputs();
      assert.equal(stress.length, f16.f32ToF16.stressCount);
      const sOut = backend.f32ToF16(new Float32Array(stress.buffer));
      assert.equal(fnv1a(sOut, 2), f16.f32ToF16.stressHash);
    });

    it("f16 conversions write into dst when given", () => {
      const h = Uint16Array.of(0x3c00, 0xc000, 0x7c00);
      const dst = new Float32Array(3);
      assert.equal(backend.f16ToF32(h, dst), dst);
      assert.deepEqual(Array.from(dst), [1, -2, Infinity]);
      const hd = new Uint16Array(3);
      assert.equal(backend.f32ToF16(dst, hd), hd);
      assert.deepEqual(Array.from(hd), [0x3c00, 0xc000, 0x7c00]);
    });

    for (const c of rope.f32 as RopeGolden[]) {
      it(`ropeShift f32: ${c.name}`, () => {
        const k = Float32Array.from(c.input);
        backend.ropeShift(k, c.nTokens, c.nHeads, deltaOf(c), ropeParams(c));
        let worst = 0;
        for (let row = 0; row < c.nTokens * c.nHeads; row++) {
          for (let i = 0; i < c.headDim; i++) {
            const j = row * c.headDim + i;
            if (i >= c.nRot) {
              assert.ok(Object.is(k[j], Math.fround(c.input[j])), `${c.name}: pass-through dim ${i} changed`);
              continue;
            }
            const norm = Math.hypot(c.input[j], c.input[row * c.headDim + partner(c, i)]);
            const err = Math.abs(k[j] - c.expected[j]);
            worst = Math.max(worst, err / norm);
            assert.ok(err <= 2e-6 * norm + 1e-30, `${c.name}[${j}]: ${k[j]} vs ${c.expected[j]} (err ${err}, norm ${norm})`);
          }
        }
        assert.ok(worst < 2e-6);
      });
    }

    for (const c of rope.f16 as RopeGolden[]) {
      it(`ropeShiftF16: ${c.name}`, () => {
        const k = Uint16Array.from(c.input);
        backend.ropeShiftF16(k, c.nTokens, c.nHeads, deltaOf(c), ropeParams(c));
        let exact = 0;
        let rotated = 0;
        for (let j = 0; j < k.length; j++) {
          const i = j % c.headDim;
          if (i >= c.nRot) {
            assert.equal(k[j], c.input[j], `${c.name}: pass-through dim ${i} changed`);
            continue;
          }
          rotated++;
          const ulps = Math.abs(halfOrder(k[j]) - halfOrder(c.expected[j]));
          assert.ok(ulps <= 1, `${c.name}[${j}]: 0x${k[j].toString(16)} vs 0x${c.expected[j].toString(16)} (${ulps} ulp)`);
          if (ulps === 0) exact++;
        }
        // One-ulp differences come only from double rounding near ties: rare.
        assert.ok(exact >= 0.98 * rotated, `${c.name}: only ${exact}/${rotated} exact`);
      });
    }

    for (const c of q8.cases as { name: string; input: number[]; d: number[]; bytes: string; dequantized: number[] }[]) {
      it(`q8_0 quantize: ${c.name}`, () => {
        const src = Float32Array.from(c.input);
        const got = backend.quantizeQ8_0(src);
        const want = Uint8Array.from(Buffer.from(c.bytes, "hex"));
        assert.equal(got.length, want.length);
        for (let b = 0; b < want.length / 34; b++) {
          const o = b * 34;
          assert.equal(got[o] | (got[o + 1] << 8), want[o] | (want[o + 1] << 8), `block ${b}: f16 d differs`);
          for (let j = 0; j < 32; j++) {
            const q = (got[o + 2 + j] << 24) >> 24;
            const qWant = (want[o + 2 + j] << 24) >> 24;
            if (q === qWant) continue;
            const r = c.input[b * 32 + j] / c.d[b];
            const nearTie = Math.abs(Math.abs(r - Math.trunc(r)) - 0.5) < 1e-4;
            assert.ok(Math.abs(q - qWant) === 1 && nearTie, `block ${b} value ${j}: q ${q} vs ${qWant} (x/d = ${r})`);
          }
        }
      });
      it(`q8_0 dequantize: ${c.name}`, () => {
        const bytes = Uint8Array.from(Buffer.from(c.bytes, "hex"));
        // Compared with === : JSON cannot hold -0 (q < 0 times d = 0 gives -0).
        const same = (got: Float32Array): void => {
          assert.equal(got.length, c.dequantized.length);
          for (let i = 0; i < got.length; i++) assert.ok(got[i] === c.dequantized[i], `[${i}]: ${got[i]} vs ${c.dequantized[i]}`);
        };
        same(backend.dequantizeQ8_0(bytes, c.input.length));
        const dst = new Float32Array(c.input.length);
        assert.equal(backend.dequantizeQ8_0(bytes, c.input.length, dst), dst);
        same(dst);
      });
    }

    describe("offset primitives", () => {
      const { rows, cols } = off;
      const x = Float32Array.from(off.x);
      const y = Float32Array.from(off.y);
      const d = Float32Array.from(off.d);
      const close = (got: ArrayLike<number>, want: number[], what: string): void => {
        const scale = Math.max(...want.map(Math.abs), 1);
        assert.equal(got.length, want.length);
        for (let i = 0; i < want.length; i++) {
          assert.ok(Math.abs(got[i] - want[i]) <= 1e-6 * scale, `${what}[${i}]: ${got[i]} vs ${want[i]}`);
        }
      };
      it("rowAbsDiffSum accumulates into out", () => {
        const out = Float32Array.from(off.rowAbsDiffSum.out);
        backend.rowAbsDiffSum(x, y, rows, cols, out);
        close(out, off.rowAbsDiffSum.expected, "rowAbsDiffSum");
      });
      it("colSqDiffSum accumulates into out", () => {
        const out = Float32Array.from(off.colSqDiffSum.out);
        backend.colSqDiffSum(x, y, rows, cols, out);
        close(out, off.colSqDiffSum.expected, "colSqDiffSum");
      });
      it("sqDiffSum over the first n values", () => {
        const got = backend.sqDiffSum(x, y, off.sqDiffSum.n);
        assert.ok(Math.abs(got - off.sqDiffSum.expected) <= 1e-9 * off.sqDiffSum.expected, `${got} vs ${off.sqDiffSum.expected}`);
      });
      it("addRowScaled", () => {
        const xx = x.slice();
        backend.addRowScaled(xx, d, Float32Array.from(off.wRow), rows, cols);
        close(xx, off.addRowScaled.expected, "addRowScaled");
      });
      it("addColScaled", () => {
        const xx = x.slice();
        backend.addColScaled(xx, d, Float32Array.from(off.wCol), rows, cols);
        close(xx, off.addColScaled.expected, "addColScaled");
      });
    });
  });
}

for (const backend of BACKENDS) conformance(backend);
