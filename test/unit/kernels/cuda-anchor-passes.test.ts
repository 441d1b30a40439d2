/**
 * The offset estimate's passes on the GPU (native/cuda/anchor-passes.cu)
 * against anchors/fused.ts on random inputs of Llama-3-8B rows (8 KV heads of
 * 128), 1 to 4 and 6 anchors, anchors longer than the content:
 * - the corrected KV, given the same weights: bit-identical (same products
 *   and sums in double, the same association, one rounding to f32);
 * - per-token distances and the disagreement ("spread"): double sums in a
 *   fixed tree instead of the CPU's order, within 1e-12 relative;
 * - the following text's per-(layer, channel) distances: tokens summed in the
 *   CPU's order, so bit-identical;
 * - the calibrated shrink (shrinkRows): bit-identical (f64 steps, one rounding);
 * - the layer gather (f16 -> f32), the NaN/inf count (one buffer or several
 *   with one wait) and pinned host memory: exact;
 * - copies to the host on the second stream (copyOut) see exactly what the
 *   work queued before them wrote, also when later work rewrites the source
 *   only after a wait, and when several chase one kernel after another; a
 *   small read meanwhile (through mapped memory) sees the same bytes.
 * Runs where the CUDA backend is built and a device answers; skipped with
 * the reason elsewhere.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BlockSources, absDiffF16, colSqDiffF16, applyRowF16x1, applyRowF16x2, applyRowF16x3, applyRowF16x4, applyRowGeneric } from "../../../anchors/fused.js";
import { cpuBackend } from "../../../kernels/cpu-backend.js";
import { shrinkRows } from "../../../anchors/correction-shrink.js";
import { cudaStatus } from "../../../kernels/cuda/cuda-backend.js";
import { xorshift32 } from "../../../kernels/xorshift.js";

const cuda = cudaStatus();
const skip = cuda.ok ? false : `CUDA backend unavailable: ${(cuda as { reason: string }).reason}`;

function random(n: number, seed: number, scale = 4): Float32Array {
  const next = xorshift32(seed);
  return Float32Array.from({ length: n }, () => (next() / 2 ** 32 - 0.5) * scale);
}

function relClose(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

describe("CUDA anchor passes against anchors/fused.ts", { skip }, () => {
  const dk = cuda.ok ? cuda.device : (undefined as never);
  const L = 6, P = 300, row = 1024, anchorTokens = 310;

  for (const A of [1, 2, 3, 4, 6]) {
    it(`${A} anchor(s): distances within 1e-12, corrected KV bit-identical, spread within 1e-12`, () => {
      const x = random(L * P * row, 1 + A);
      // Anchor blocks: [L-1][anchorTokens][row] f16, read through their first P tokens per layer.
      const stride = anchorTokens * row;
      const bases = Array.from({ length: A }, (_, a) => cpuBackend.f32ToF16(random((L - 1) * stride, 10 + a)));
      const deltas = Array.from({ length: A }, (_, a) => cpuBackend.f32ToF16(random((L - 1) * stride, 20 + a, 0.5)));
      const weights = Array.from({ length: A }, (_, a) => random(P, 30 + a, 1).map((w) => Math.abs(w) + 0.01 * (a + 1)));
      const layerOf = (b: Uint16Array, l: number) => b.subarray((l - 1) * stride, (l - 1) * stride + P * row);

      // CPU: distances as correctSide sums them, the correction as its applyRow* loops.
      const dist = new Float64Array(P * A);
      const out = new Float32Array(L * P * row);
      out.set(x.subarray(0, P * row));
      const spread = new Float64Array(P);
      const src = new BlockSources(A);
      const drow = new Float32Array(A * row);
      const mrow = new Float64Array(row);
      const wt = new Float32Array(A);
      for (let l = 1; l < L; l++) {
        const xl = x.subarray(l * P * row, (l + 1) * P * row);
        const ol = out.subarray(l * P * row, (l + 1) * P * row);
        const b = bases.map((bb) => layerOf(bb, l));
        const d = deltas.map((dd) => layerOf(dd, l));
        for (let t = 0; t < P; t++) for (let a = 0; a < A; a++) dist[t * A + a] += absDiffF16(xl, b[a], t * row, row);
        src.reset();
        d.forEach((dd, a) => src.set(a, cpuBackend, { type: "f16", n: dd.length, data: dd }, dd.length));
        for (let t = 0, o = 0; t < P; t++, o += row) {
          const w = weights.map((ww) => ww[t]);
          if (A === 1) spread[t] += applyRowF16x1(xl, ol, o, row, d[0], w[0]);
          else if (A === 2) spread[t] += applyRowF16x2(xl, ol, o, row, d[0], w[0], d[1], w[1]);
          else if (A === 3) spread[t] += applyRowF16x3(xl, ol, o, row, d[0], w[0], d[1], w[1], d[2], w[2]);
          else if (A === 4) spread[t] += applyRowF16x4(xl, ol, o, row, d[0], w[0], d[1], w[1], d[2], w[2], d[3], w[3]);
          else {
            wt.set(w);
            spread[t] += applyRowGeneric(src, A, wt, xl, ol, o, row, drow, mrow);
          }
        }
      }

      const up = (a: ArrayBufferView) => {
        const b = dk.alloc(a.byteLength);
        b.upload(a);
        return b;
      };
      const xb = up(x);
      const bb = bases.map(up);
      const db = deltas.map(up);
      const wAll = new Float32Array(A * P);
      weights.forEach((w, a) => wAll.set(w, a * P));
      const wb = up(wAll);
      const distB = dk.alloc(P * A * 8);
      const outB = dk.alloc(L * P * row * 4);
      const spreadB = dk.alloc(P * 8);
      dk.anchorDistance(xb, P, row, L, bb, bases.map(() => stride), dk.alloc(P * (L - 1) * A * 8), distB);
      dk.anchorCorrect(xb, outB, P, row, L, db, deltas.map(() => stride), wb, { part: dk.alloc(P * (L - 1) * 8), out: spreadB });
      const gDist = new Float64Array(P * A);
      distB.download(gDist);
      const gOut = new Float32Array(L * P * row);
      outB.download(gOut);
      const gSpread = new Float64Array(P);
      spreadB.download(gSpread);

      for (let i = 0; i < P * A; i++) assert.ok(relClose(gDist[i], dist[i], 1e-12), `dist[${i}]: ${gDist[i]} vs ${dist[i]}`);
      let differ = 0;
      for (let i = 0; i < out.length; i++) if (!Object.is(gOut[i], out[i])) differ++;
      assert.equal(differ, 0, `${differ} of ${out.length} corrected values differ`);
      for (let t = 0; t < P; t++) assert.ok(relClose(gSpread[t], spread[t], 1e-12), `spread[${t}]: ${gSpread[t]} vs ${spread[t]}`);
      for (const b of [xb, ...bb, ...db, wb, distB, outB, spreadB]) b.dispose();
    });
  }

  for (const A of [1, 3]) {
    it(`${A} anchor(s): the following text's column distances bit-identical to colSqDiffF16`, () => {
      const x = random(L * P * row, 40 + A);
      const stride = anchorTokens * row;
      const bases = Array.from({ length: A }, (_, a) => cpuBackend.f32ToF16(random((L - 1) * stride, 50 + a)));
      const per = (L - 1) * row;
      const want = new Float64Array(A * per);
      const acc = new Float64Array(row);
      for (let a = 0; a < A; a++) {
        for (let l = 1; l < L; l++) {
          acc.fill(0);
          colSqDiffF16(x.subarray(l * P * row, (l + 1) * P * row), bases[a].subarray((l - 1) * stride, (l - 1) * stride + P * row), P, row, acc);
          for (let c = 0; c < row; c++) want[a * per + (l - 1) * row + c] = Math.sqrt(acc[c] / P);
        }
      }
      const up = (v: ArrayBufferView) => {
        const b = dk.alloc(v.byteLength);
        b.upload(v);
        return b;
      };
      const xb = up(x);
      const bb = bases.map(up);
      const ob = dk.alloc(A * per * 8);
      dk.anchorColumnDistance(xb, P, row, L, bb, bases.map(() => stride), ob);
      const got = new Float64Array(A * per);
      ob.download(got);
      let differ = 0;
      for (let i = 0; i < got.length; i++) if (!Object.is(got[i], want[i])) differ++;
      assert.equal(differ, 0, `${differ} of ${got.length} column distances differ`);
      for (const b of [xb, ...bb, ob]) b.dispose();
    });
  }

  it("shrinkRows: the calibrated scale per row bit-identical to the host's shrinkRows; rows with alpha 1 untouched", () => {
    const rows = 3 * 70, rr = 1024;
    const x = random(rows * rr, 41);
    const out = random(rows * rr, 42);
    const alpha = Float32Array.from({ length: rows }, (_, r) => (r % 7 === 0 ? 1 : ((r * 37) % 101) / 100));
    const want = Float32Array.from(out);
    for (let r = 0; r < rows; r++) shrinkRows(x, want, alpha.subarray(r, r + 1), r, r + 1, rr);
    const [dx, dout, da] = [dk.alloc(x.byteLength), dk.alloc(out.byteLength), dk.alloc(alpha.byteLength)];
    dx.upload(x);
    dout.upload(out);
    da.upload(alpha);
    dk.shrinkRows(dx, dout, rows, rr, da);
    const got = new Float32Array(rows * rr);
    dout.download(got);
    assert.deepEqual(new Uint32Array(got.buffer), new Uint32Array(want.buffer));
    assert.deepEqual(got.subarray(7 * rr, 8 * rr), out.subarray(7 * rr, 8 * rr));
    assert.notDeepEqual(got.subarray(rr, 2 * rr), out.subarray(rr, 2 * rr));
  });

  it("gatherF32 takes the first tokens of each layer, exactly as f16ToF32", () => {
    const n = 40, Pg = 33, rg = 256;
    const h = cpuBackend.f32ToF16(random(L * n * rg, 5, 100));
    h[7] = 0x7e01; // a NaN payload, kept as the CPU keeps it
    const src = dk.alloc(h.byteLength);
    src.upload(h);
    const dst = dk.alloc(L * Pg * rg * 4);
    dk.gatherF32(src, n * rg, dst, L, Pg * rg);
    const got = new Float32Array(L * Pg * rg);
    dst.download(got);
    for (let l = 0; l < L; l++) {
      const want = cpuBackend.f16ToF32(h.subarray(l * n * rg, l * n * rg + Pg * rg));
      assert.deepEqual(new Uint32Array(got.buffer, l * Pg * rg * 4, Pg * rg), new Uint32Array(want.buffer));
    }
  });

  it("countNonFinite counts NaN and infinity, nothing else", () => {
    const h = cpuBackend.f32ToF16(random(1 << 20, 9, 1000));
    for (const i of [0, 5, 77777, (1 << 20) - 1]) h[i] = 0x7c00 | (i & 1 ? 0x8000 : 0) | (i % 3 === 0 ? 0x0200 : 0);
    h[100] = 0x7bff; // the largest finite value
    const b = dk.alloc(h.byteLength);
    b.upload(h);
    assert.equal(dk.countNonFinite(b, h.length), 4);
    assert.equal(dk.countNonFinite(b, 5), 1);
  });

  it("pinned host memory takes downloads and uploads", () => {
    const ab = dk.pinned(1 << 20);
    const view = new Float32Array(ab, 4096, 1000);
    const x = random(1000, 3);
    const b = dk.alloc(x.byteLength);
    b.upload(x);
    b.download(view);
    assert.deepEqual(view, x);
  });

  it("countNonFiniteAll counts over several buffers with one wait", () => {
    const a = cpuBackend.f32ToF16(random(4096, 10));
    const b = cpuBackend.f32ToF16(random(8192, 11));
    a[7] = 0x7e00;
    b[8000] = 0xfc00;
    b[8191] = 0x7c00;
    const da = dk.alloc(a.byteLength);
    const db = dk.alloc(b.byteLength);
    da.upload(a);
    db.upload(b);
    assert.equal(dk.countNonFiniteAll([[da, a.length], [db, b.length]]), 3);
    assert.equal(dk.countNonFiniteAll([[da, 7], [db, 8000]]), 0);
  });

  it("copyOut runs after the work queued before it, while later work runs, and waitCopies waits for it", () => {
    // 64 MiB of f16 per side, as a 512-token reply of an 8B model: a copy started early would see the previous round's values.
    const n = 32 * 512 * 1024;
    const x = dk.alloc(n * 4);
    const h = [dk.alloc(n * 2), dk.alloc(n * 2)];
    const out = [new Uint16Array(dk.pinned(n * 2)), new Uint16Array(dk.pinned(n * 2))];
    for (let round = 0; round < 3; round++) {
      const src = random(n, 100 + round);
      x.upload(src);
      for (const o of out) o.fill(0xffff);
      for (let s = 0; s < 2; s++) {
        dk.ropeShift(x, n / 128, 1, 1000 + s, { style: "normal", headDim: 128, nRot: 128, freqBase: 500000, freqScale: 1 }, false);
        dk.f32ToF16(x, h[s], n);
        h[s].copyOut(out[s]);
      }
      // Work queued after the copies (reads only) while they run, and a small read (mapped memory, not the copy engine).
      assert.equal(dk.countNonFiniteAll([[h[0], n], [h[1], n]]), 0);
      const peek = new Uint16Array(64);
      h[1].download(peek, 2 * 1000);
      dk.waitCopies();
      const want = Float32Array.from(src);
      for (let s = 0; s < 2; s++) {
        cpuBackend.ropeShift(want, n / 128, 1, 1000 + s, { style: "normal", headDim: 128, nRot: 128, freqBase: 500000, freqScale: 1 });
        const ref = cpuBackend.f32ToF16(want);
        let diff = 0;
        for (let i = 0; i < n; i++) if (out[s][i] !== ref[i]) diff++;
        assert.equal(diff, 0, `round ${round}, side ${s}: ${diff} values differ`);
        if (s === 1) assert.deepEqual(peek, ref.subarray(1000, 1064));
      }
    }
    for (const b of [x, ...h]) b.dispose();
  });

  it("upload, download and copyOut refuse a byte offset that is not a number, negative, NaN or past the end", () => {
    const b = dk.alloc(64);
    const host = new Uint8Array(16);
    for (const op of ["upload", "download", "copyOut"] as const) {
      for (const off of [-1, Number.NaN, 49, 1e20, "8" as unknown as number]) {
        assert.throws(() => b[op](host, off), /past the end|byteOffset must be a number/, `${op} at ${String(off)}`);
      }
      b[op](host, 48); // the last 16 bytes: fine
    }
    dk.waitCopies();
    b.dispose();
  });

  it("shrinkRows refuses buffers shorter than rows x row, a scale buffer shorter than rows, a row of 0, counts that are not integers", () => {
    const x = dk.alloc(4 * 10 * 8);
    const out = dk.alloc(4 * 10 * 8);
    const alpha = dk.alloc(4 * 10);
    assert.throws(() => dk.shrinkRows(x, out, 11, 8, alpha), /holds 320 bytes, needs 352/);
    assert.throws(() => dk.shrinkRows(x, out, 10, 8, dk.alloc(4 * 9)), /alpha holds/);
    assert.throws(() => dk.shrinkRows(x, out, 10, 0, alpha), /row must be within/);
    assert.throws(() => dk.shrinkRows(x, out, 2.5, 8, alpha), /rows must be a non-negative integer/);
    assert.throws(() => dk.shrinkRows(x, out, -1, 8, alpha), /rows must be a non-negative integer/);
    dk.shrinkRows(x, out, 10, 8, alpha);
    dk.sync();
  });
});
