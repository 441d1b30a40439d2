/** The pure-TypeScript KernelBackend. */
import type { KernelBackend } from "./backend.js";
import { f16ToF32Array, f32ToF16Array } from "./f16.js";
import { addColScaled, addRowScaled, colSqDiffSum, rowAbsDiffSum, sqDiffSum } from "./offset.js";
import { dequantizeQ4_0, quantizeQ4_0 } from "./q4_0.js";
import { dequantizeQ8_0, quantizeQ8_0 } from "./q8_0.js";
import { ropeShiftF16, ropeShiftF32 } from "./rope.js";

/** A fresh CPU backend object (stateless: every instance behaves the same). */
export function createCpuBackend(): KernelBackend {
  return {
    name: "cpu",
    f16ToF32: (src, dst) => f16ToF32Array(src, dst),
    f32ToF16: (src, dst) => f32ToF16Array(src, dst),
    ropeShift: (k, nTokens, nHeads, delta, rope) => ropeShiftF32(k, nTokens, nHeads, delta, rope),
    ropeShiftF16: (k, nTokens, nHeads, delta, rope) => ropeShiftF16(k, nTokens, nHeads, delta, rope),
    quantizeQ8_0: (src) => quantizeQ8_0(src),
    dequantizeQ8_0: (src, nValues, dst) => dequantizeQ8_0(src, nValues, dst),
    quantizeQ4_0: (src) => quantizeQ4_0(src),
    dequantizeQ4_0: (src, nValues, dst) => dequantizeQ4_0(src, nValues, dst),
    rowAbsDiffSum,
    colSqDiffSum,
    sqDiffSum,
    addRowScaled,
    addColScaled,
  };
}

/** The shared CPU backend. */
export const cpuBackend: KernelBackend = createCpuBackend();
