/** Bad input to a kernel throws a typed error (and leaves its data alone). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RopeParams } from "../../../kernels/backend.js";
import { cpuBackend as be } from "../../../kernels/cpu-backend.js";
import { KernelInputError, KernelLengthError, KernelShapeError, KvmeshError, RopeParamsError } from "../../../kernels/errors.js";

const rope: RopeParams = { style: "normal", nRot: 8, headDim: 8, freqBase: 10000, freqScale: 1 };

function throwsClass(fn: () => unknown, cls: new (...a: never[]) => Error, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof cls, `expected ${cls.name}, got ${String(e)}`);
    assert.ok(e instanceof KernelInputError && e instanceof KvmeshError);
    assert.equal((e as Error).name, cls.name);
    assert.match((e as Error).message, pattern);
    return true;
  });
}

describe("kernel input errors", () => {
  it("ropeShift: k length must be nTokens * nHeads * headDim", () => {
    const k = new Float32Array(2 * 3 * 8 + 1);
    throwsClass(() => be.ropeShift(k, 2, 3, 1, rope), KernelLengthError, /k has length 49, expected nTokens \* nHeads \* headDim = 48/);
    throwsClass(() => be.ropeShiftF16(new Uint16Array(47), 2, 3, 1, rope), KernelLengthError, /k has length 47/);
    assert.ok(k.every((v) => v === 0));
  });

  it("ropeShift: nRot odd, zero or above headDim; bad base, scale, factors, style", () => {
    const k = new Float32Array(8);
    const bad: [Partial<RopeParams>, RegExp][] = [
      [{ nRot: 7 }, /nRot = 7 must be an even integer/],
      [{ nRot: 10 }, /nRot = 10 .* headDim = 8/],
      [{ nRot: 0 }, /nRot = 0/],
      [{ freqBase: 0 }, /freqBase = 0/],
      [{ freqBase: NaN }, /freqBase = NaN/],
      [{ freqScale: -1 }, /freqScale = -1/],
      [{ freqScale: Infinity }, /freqScale = Infinity/],
      [{ freqFactors: new Float32Array(3) }, /freqFactors has length 3, needs at least nRot\/2 = 4/],
      [{ style: "yarn" as never }, /unknown style yarn/],
    ];
    for (const [patch, re] of bad) {
      throwsClass(() => be.ropeShift(k, 1, 1, 1, { ...rope, ...patch }), RopeParamsError, re);
    }
  });

  it("ropeShift: delta must be an int32, or an Int32Array of nTokens", () => {
    const k = new Float32Array(16);
    throwsClass(() => be.ropeShift(k, 2, 1, 1.5, rope), RopeParamsError, /delta = 1.5 must be an int32/);
    throwsClass(() => be.ropeShift(k, 2, 1, 2 ** 31, rope), RopeParamsError, /must be an int32/);
    throwsClass(() => be.ropeShift(k, 2, 1, Int32Array.of(1), rope), KernelLengthError, /delta has length 1, expected nTokens = 2/);
  });

  it("ropeShift: counts must be non-negative integers", () => {
    throwsClass(() => be.ropeShift(new Float32Array(0), -1, 1, 1, rope), KernelShapeError, /nTokens = -1/);
    throwsClass(() => be.ropeShift(new Float32Array(8), 1, 1.5, 1, rope), KernelShapeError, /nHeads = 1.5/);
  });

  it("q8_0: length not a multiple of 32; wrong byte count; wrong dst", () => {
    throwsClass(() => be.quantizeQ8_0(new Float32Array(33)), KernelLengthError, /values has length 33, expected a non-negative multiple of 32/);
    throwsClass(() => be.dequantizeQ8_0(new Uint8Array(34), 31), KernelLengthError, /multiple of 32/);
    throwsClass(() => be.dequantizeQ8_0(new Uint8Array(35), 32), KernelLengthError, /src has length 35, expected q8_0 bytes for 32 values = 34/);
    throwsClass(() => be.dequantizeQ8_0(new Uint8Array(34), 32, new Float32Array(31)), KernelLengthError, /dst has length 31/);
  });

  it("f16 conversions: dst length must equal src length", () => {
    throwsClass(() => be.f16ToF32(new Uint16Array(4), new Float32Array(3)), KernelLengthError, /dst has length 3, expected 4/);
    throwsClass(() => be.f32ToF16(new Float32Array(4), new Uint16Array(5)), KernelLengthError, /dst has length 5, expected 4/);
  });

  it("offset primitives: arrays shorter than the shape; bad counts", () => {
    const a = new Float32Array(6);
    throwsClass(() => be.rowAbsDiffSum(a, new Float32Array(5), 2, 3, new Float32Array(2)), KernelLengthError, /y has length 5, expected at least 6/);
    throwsClass(() => be.rowAbsDiffSum(a, a, 2, 3, new Float32Array(1)), KernelLengthError, /out has length 1/);
    throwsClass(() => be.colSqDiffSum(a, a, 2, 3, new Float32Array(2)), KernelLengthError, /out has length 2, expected at least 3/);
    throwsClass(() => be.sqDiffSum(a, a, 7), KernelLengthError, /x has length 6, expected at least 7/);
    throwsClass(() => be.addRowScaled(a, a, new Float32Array(1), 2, 3), KernelLengthError, /w has length 1/);
    throwsClass(() => be.addColScaled(a, a, new Float32Array(2), 2, 3), KernelLengthError, /w has length 2/);
    throwsClass(() => be.addColScaled(a, a, a, -2, 3), KernelShapeError, /rows = -2/);
    throwsClass(() => be.sqDiffSum(a, a, 0.5), KernelShapeError, /n = 0.5/);
  });
});
