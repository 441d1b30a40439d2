/**
 * q4_0 (kernels/q4_0.ts) against ggml's reference rounding: golden bytes
 * computed independently (numpy, float32, the steps of quantize_row_q4_0_ref),
 * the round-trip error bound, and typed errors for bad lengths.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { KernelLengthError } from "../../../kernels/errors.js";
import { F16_TO_F32 } from "../../../kernels/f16.js";
import { dequantizeQ4_0, quantizeQ4_0 } from "../../../kernels/q4_0.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

const INPUT = Float32Array.from([
  ...Array.from({ length: 32 }, (_, i) => (i - 13) * 0.37),
  ...Array.from({ length: 32 }, (_, i) => Math.fround(Math.fround(1e-3) * (-1) ** i * i)),
]);
// numpy: per block d = max / -8 (max = the value of largest magnitude), q = min(15, int(f32(f32(x / d) + 8.5))).
const GOLDEN = [169, 186, 126, 109, 109, 92, 92, 76, 75, 75, 58, 58, 41, 41, 24, 24, 8, 7, 240, 27, 200, 72, 217, 55, 217, 55, 234, 38, 234, 38, 251, 21, 251, 21, 252, 4];

describe("q4_0", () => {
  it("quantizes to ggml's bytes (golden)", () => {
    assert.deepEqual(Array.from(quantizeQ4_0(INPUT)), GOLDEN);
  });

  it("round trip stays within half a step, one step where the grid clips (codes run -8..7 steps)", () => {
    const next = xorshift32(5);
    const x = Float32Array.from({ length: 32 * 64 }, () => (next() / 2 ** 32 - 0.5) * 20);
    const q = quantizeQ4_0(x);
    const y = dequantizeQ4_0(q, x.length);
    for (let b = 0; b < 64; b++) {
      const d = Math.abs(F16_TO_F32[q[b * 18] | (q[b * 18 + 1] << 8)]);
      for (let j = 0; j < 32; j++) {
        const i = b * 32 + j;
        const clipped = Math.abs(x[i] / d) > 7.5;
        // f16(d) differs from d by up to 2^-11 relative: 8 steps of it on top.
        const bound = (clipped ? d : d / 2) + 8 * d * 2 ** -11 + 1e-7;
        assert.ok(Math.abs(x[i] - y[i]) <= bound, `value ${i}: ${x[i]} -> ${y[i]} (step ${d})`);
      }
    }
  });

  it("refuses lengths that are not whole blocks", () => {
    assert.throws(() => quantizeQ4_0(new Float32Array(33)), KernelLengthError);
    assert.throws(() => dequantizeQ4_0(new Uint8Array(17), 32), KernelLengthError);
    assert.throws(() => dequantizeQ4_0(new Uint8Array(18), 32, new Float32Array(31)), KernelLengthError);
  });
});
