/**
 * The native injection's key rotation (native/rope-shift*.cc) must give the
 * bytes kernels/rope.ts gives, bit for bit: both styles, partial rotation,
 * Llama-3 frequency factors, f16 and f32, values from subnormal to near
 * overflow, and the AVX2 kernel against the scalar one.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nativeStatus, type NativeAddon } from "../../../agents/inject/native-addon.js";
import type { RopeParams } from "../../../kernels/backend.js";
import { f32ToF16Bits } from "../../../kernels/f16.js";
import { ropeCosSin, ropeShiftF16, ropeShiftF32 } from "../../../kernels/rope.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

const status = nativeStatus();
const addon = status.ok ? (status as { addon: NativeAddon }).addon : undefined;

const SHAPES: { name: string; rope: RopeParams }[] = [
  { name: "neox, 64 dims (Qwen2.5)", rope: { style: "neox", headDim: 64, nRot: 64, freqBase: 1e6, freqScale: 1 } },
  { name: "normal, 128 dims, Llama-3 factors", rope: { style: "normal", headDim: 128, nRot: 128, freqBase: 5e5, freqScale: 1, freqFactors: Float32Array.from({ length: 64 }, (_, i) => 1 + (i % 7) * 0.75) } },
  { name: "normal, partial rotation 24 of 40, scaled", rope: { style: "normal", headDim: 40, nRot: 24, freqBase: 1e4, freqScale: 0.25 } },
  { name: "neox, partial rotation 10 of 16 (odd pair count)", rope: { style: "neox", headDim: 16, nRot: 10, freqBase: 1e4, freqScale: 1 } },
];

function randomHalves(n: number, seed: number): Uint16Array {
  const next = xorshift32(seed);
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const r = next() / 2 ** 32;
    // Mostly ordinary keys, some subnormal, some huge (rotations that overflow to infinity).
    const mag = r < 0.05 ? 2 ** -20 * r : r > 0.97 ? 60000 * r : (r - 0.5) * 8;
    out[i] = f32ToF16Bits(next() & 1 ? -mag : mag);
  }
  return out;
}

describe("native key rotation", { skip: addon ? false : "native path unavailable" }, () => {
  for (const { name, rope } of SHAPES) {
    for (const delta of [1, -37, 4095, 131071]) {
      it(`${name}, delta ${delta}: f16 bit-identical to kernels/rope.ts (AVX2 and scalar)`, () => {
        const nHeads = 3;
        const nTokens = 17;
        const src = randomHalves(nTokens * nHeads * rope.headDim, 1 + delta + rope.headDim);
        const expected = src.slice();
        ropeShiftF16(expected, nTokens, nHeads, delta, rope);
        const cs = ropeCosSin(delta, rope, new Float32Array(rope.nRot));
        const bytes = new Uint8Array(src.buffer.slice(0));
        for (const kernel of ["auto", "scalar"] as const) {
          const got = new Uint16Array(addon!.ropeCopy(bytes, rope.headDim, rope.nRot, rope.style === "neox", cs, 1, kernel).slice().buffer);
          for (let i = 0; i < got.length; i++) assert.equal(got[i], expected[i], `${kernel}: element ${i} of ${got.length}`);
        }
        assert.deepEqual(new Uint8Array(src.buffer), bytes, "the source is left as it was");
      });
    }
    it(`${name}: f32 bit-identical to kernels/rope.ts`, () => {
      const n = 5 * 2 * rope.headDim;
      const next = xorshift32(9);
      const src = Float32Array.from({ length: n }, () => (next() / 2 ** 32 - 0.5) * 10);
      const expected = src.slice();
      ropeShiftF32(expected, 5, 2, 123, rope);
      const cs = ropeCosSin(123, rope, new Float32Array(rope.nRot));
      const got = new Float32Array(addon!.ropeCopy(new Uint8Array(src.buffer), rope.headDim, rope.nRot, rope.style === "neox", cs, 0, "auto").slice().buffer);
      assert.deepEqual(Array.from(got), Array.from(expected));
    });
  }

  it("refuses inconsistent shapes with a typed error instead of reading out of bounds", () => {
    const cs = new Float32Array(64);
    assert.throws(() => addon!.ropeCopy(new Uint8Array(100), 64, 64, true, cs, 1, "auto"), (e: Error & { code?: string }) => e.code === "KVMESH_NATIVE_USAGE");
    assert.throws(() => addon!.ropeCopy(new Uint8Array(256), 64, 66, true, cs, 1, "auto"), (e: Error & { code?: string }) => e.code === "KVMESH_NATIVE_USAGE");
    assert.throws(() => addon!.ropeCopy(new Uint8Array(256), 64, 64, true, new Float32Array(8), 1, "auto"), (e: Error & { code?: string }) => e.code === "KVMESH_NATIVE_USAGE");
  });
});
