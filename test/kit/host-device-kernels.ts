/**
 * A stand-in for the CUDA DeviceKernels in host memory, built from the CPU
 * backend and anchors/fused.ts's loops, so that the device correction path
 * (mirror, estimator, corrector) runs its logic in CI without a GPU. Only the
 * operations that path uses; up to 4 anchors. Each "device buffer" is an
 * ArrayBuffer; counters say what crossed the (pretend) bus.
 *
 * Copies to the host (copyOut) are pessimistic about the stream they run on:
 * each takes the bytes as they are when it is queued (what the device would
 * have computed by then), leaves poison (all bits set: f16 NaN) in the host
 * memory until waitCopies(), and waitCopies() throws when the device buffer
 * was written meanwhile. So a copy queued before its data is computed, a
 * result read before the wait, or a buffer reused while its copy is in
 * flight all show up as wrong bytes or an error.
 */
import { absDiffF16, addColScaledF16, colSqDiffF16, applyRowF16x1, applyRowF16x2, applyRowF16x3, applyRowF16x4 } from "../../anchors/fused.js";
import { followingWeights } from "../../anchors/offset-estimator.js";
import { shrinkRows } from "../../anchors/correction-shrink.js";
import type { RopeParams } from "../../kernels/backend.js";
import { c2cFuse, type FuserProjectorWeights } from "../../kernels/c2c-fuser.js";
import { cpuBackend } from "../../kernels/cpu-backend.js";
import type { DeviceBuffer, DeviceKernels } from "../../kernels/cuda/cuda-backend.js";

interface PendingCopy {
  readonly src: HostBuffer;
  readonly byteOffset: number;
  readonly taken: Uint8Array;
  readonly dst: Uint8Array;
}

type Counts = { uploads: number; uploadedBytes: number; downloads: number; live: number; copiesOut: number };

class HostBuffer implements DeviceBuffer {
  readonly mem: ArrayBuffer;
  disposed = false;

  constructor(readonly bytes: number, private readonly counts: Counts, private readonly pending: PendingCopy[]) {
    this.mem = new ArrayBuffer(bytes);
    counts.live++;
  }

  upload(src: ArrayBufferView, byteOffset = 0): void {
    new Uint8Array(this.mem, byteOffset, src.byteLength).set(new Uint8Array(src.buffer, src.byteOffset, src.byteLength));
    this.counts.uploads++;
    this.counts.uploadedBytes += src.byteLength;
  }

  download(dst: ArrayBufferView, byteOffset = 0): void {
    new Uint8Array(dst.buffer, dst.byteOffset, dst.byteLength).set(new Uint8Array(this.mem, byteOffset, dst.byteLength));
    this.counts.downloads++;
  }

  copyOut(dst: ArrayBufferView, byteOffset = 0): void {
    const to = new Uint8Array(dst.buffer, dst.byteOffset, dst.byteLength);
    this.pending.push({ src: this, byteOffset, taken: new Uint8Array(this.mem, byteOffset, dst.byteLength).slice(), dst: to });
    to.fill(0xff);
    this.counts.copiesOut++;
  }

  copyFrom(src: DeviceBuffer, bytes: number): void {
    new Uint8Array(this.mem, 0, bytes).set(new Uint8Array((src as HostBuffer).mem, 0, bytes));
  }

  dispose(): void {
    if (!this.disposed) this.counts.live--;
    this.disposed = true;
  }
}

const f32 = (b: DeviceBuffer, offEl: number, n: number) => new Float32Array((b as HostBuffer).mem, offEl * 4, n);
const u16 = (b: DeviceBuffer, offEl: number, n: number) => new Uint16Array((b as HostBuffer).mem, offEl * 2, n);
const f64 = (b: DeviceBuffer, n: number) => new Float64Array((b as HostBuffer).mem, 0, n);

export interface HostDeviceKernels extends DeviceKernels {
  readonly counts: Counts;
  /** Copies queued (copyOut) and not yet waited for. */
  readonly pendingCopies: number;
}

export function hostDeviceKernels(): HostDeviceKernels {
  const counts: Counts = { uploads: 0, uploadedBytes: 0, downloads: 0, live: 0, copiesOut: 0 };
  const pending: PendingCopy[] = [];
  const dk = {
    name: "host-stand-in",
    deviceName: "host stand-in",
    counts,
    get pendingCopies() {
      return pending.length;
    },
    alloc: (bytes: number) => new HostBuffer(bytes, counts, pending),
    pinned: (bytes: number) => new ArrayBuffer(bytes),
    ropeShift(k: DeviceBuffer, nTokens: number, nHeads: number, delta: number | Int32Array, rope: RopeParams, isF16: boolean) {
      const n = nTokens * nHeads * rope.headDim;
      if (isF16) cpuBackend.ropeShiftF16(u16(k, 0, n), nTokens, nHeads, delta, rope);
      else cpuBackend.ropeShift(f32(k, 0, n), nTokens, nHeads, delta, rope);
    },
    f32ToF16: (s: DeviceBuffer, d: DeviceBuffer, n: number) => void cpuBackend.f32ToF16(f32(s, 0, n), u16(d, 0, n)),
    f16ToF32: (s: DeviceBuffer, d: DeviceBuffer, n: number) => void cpuBackend.f16ToF32(u16(s, 0, n), f32(d, 0, n)),
    gatherF32(src: DeviceBuffer, srcLayer: number, dst: DeviceBuffer, layers: number, perLayer: number) {
      for (let l = 0; l < layers; l++) cpuBackend.f16ToF32(u16(src, l * srcLayer, perLayer), f32(dst, l * perLayer, perLayer));
    },
    anchorDistance(x: DeviceBuffer, P: number, row: number, layers: number, bases: readonly DeviceBuffer[], strides: readonly number[], _part: DeviceBuffer, dist: DeviceBuffer) {
      const A = bases.length;
      const d = f64(dist, P * A);
      d.fill(0);
      for (let l = 1; l < layers; l++) {
        const xl = f32(x, l * P * row, P * row);
        for (let t = 0; t < P; t++) for (let a = 0; a < A; a++) d[t * A + a] += absDiffF16(xl, u16(bases[a], (l - 1) * strides[a], P * row), t * row, row);
      }
    },
    anchorCorrect(x: DeviceBuffer, out: DeviceBuffer, P: number, row: number, layers: number, deltas: readonly DeviceBuffer[], strides: readonly number[], w: DeviceBuffer, spread?: { part: DeviceBuffer; out: DeviceBuffer }) {
      const A = deltas.length;
      if (A > 4) throw new RangeError("the host stand-in takes at most 4 anchors");
      f32(out, 0, P * row).set(f32(x, 0, P * row));
      const sp = spread ? f64(spread.out, P) : new Float64Array(P);
      sp.fill(0);
      const wt = Array.from({ length: A }, (_, a) => f32(w, a * P, P));
      for (let l = 1; l < layers; l++) {
        const xl = f32(x, l * P * row, P * row);
        const ol = f32(out, l * P * row, P * row);
        const b = Array.from({ length: A }, (_, a) => u16(deltas[a], (l - 1) * strides[a], P * row));
        for (let t = 0, o = 0; t < P; t++, o += row) {
          if (A === 1) sp[t] += applyRowF16x1(xl, ol, o, row, b[0], wt[0][t]);
          else if (A === 2) sp[t] += applyRowF16x2(xl, ol, o, row, b[0], wt[0][t], b[1], wt[1][t]);
          else if (A === 3) sp[t] += applyRowF16x3(xl, ol, o, row, b[0], wt[0][t], b[1], wt[1][t], b[2], wt[2][t]);
          else sp[t] += applyRowF16x4(xl, ol, o, row, b[0], wt[0][t], b[1], wt[1][t], b[2], wt[2][t], b[3], wt[3][t]);
        }
      }
    },
    anchorColumnDistance(x: DeviceBuffer, P: number, row: number, layers: number, bases: readonly DeviceBuffer[], strides: readonly number[], out: DeviceBuffer) {
      const A = bases.length;
      const per = (layers - 1) * row;
      const o = f64(out, A * per);
      const acc = new Float64Array(row);
      for (let a = 0; a < A; a++) {
        for (let l = 1; l < layers; l++) {
          acc.fill(0);
          colSqDiffF16(f32(x, l * P * row, P * row), u16(bases[a], (l - 1) * strides[a], P * row), P, row, acc);
          for (let c = 0; c < row; c++) o[a * per + (l - 1) * row + c] = Math.sqrt(acc[c] / P);
        }
      }
    },
    followingApply(colDist: DeviceBuffer, row: number, layers: number, tau: number, pf: readonly DeviceBuffer[], strides: readonly number[], F: number, base: DeviceBuffer, out: DeviceBuffer) {
      const A = pf.length;
      const per = (layers - 1) * row;
      const cd = f64(colDist, A * per);
      const w = followingWeights(Array.from({ length: A }, (_, a) => cd.subarray(a * per, (a + 1) * per)), per, tau);
      f32(out, 0, layers * F * row).set(f32(base, 0, layers * F * row));
      for (let l = 1; l < layers; l++) {
        for (let a = 0; a < A; a++) addColScaledF16(f32(out, l * F * row, F * row), u16(pf[a], (l - 1) * strides[a], F * row), w[a], (l - 1) * row, F, row);
      }
    },
    shrinkRows(x: DeviceBuffer, out: DeviceBuffer, rows: number, row: number, alpha: DeviceBuffer) {
      const a = f32(alpha, 0, rows);
      const xs = f32(x, 0, rows * row);
      const o = f32(out, 0, rows * row);
      for (let r = 0; r < rows; r++) shrinkRows(xs, o, a.subarray(r, r + 1), r, r + 1, row);
    },
    c2cProject(weights: readonly DeviceBuffer[], dims: readonly [number, number, number, number], rmsEps: number, s: DeviceBuffer, r: DeviceBuffer, out: DeviceBuffer, _scratch: DeviceBuffer, T: number) {
      const [hidden, sDim, nHeads, headDim] = dims;
      const rDim = nHeads * headDim;
      const sizes = [hidden * (sDim + rDim), hidden, hidden, hidden * hidden, hidden, hidden * hidden, hidden, hidden, rDim * hidden, rDim, nHeads * hidden, nHeads];
      const w = weights.map((b, i) => Float32Array.from(f32(b, 0, sizes[i])));
      const p: FuserProjectorWeights = {
        hidden, sDim, nHeads, headDim, rmsEps, wIn: w[0], bIn: w[1], norm1: w[2], w1: w[3], b1: w[4], w2: w[5], b2: w[6],
        norm2: w[7], wOut: w[8], bOut: w[9], wWeight: w[10], bWeight: w[11],
      };
      f32(out, 0, T * rDim).set(c2cFuse(p, Float32Array.from(f32(s, 0, T * sDim)), Float32Array.from(f32(r, 0, T * rDim)), T, 1, "fuse", "ts"));
    },
    countNonFinite(buf: DeviceBuffer, n: number) {
      const h = u16(buf, 0, n);
      let c = 0;
      for (let i = 0; i < n; i++) if ((h[i] & 0x7c00) === 0x7c00) c++;
      return c;
    },
    countNonFiniteAll(parts: readonly (readonly [DeviceBuffer, number])[]) {
      let c = 0;
      for (const [b, n] of parts) c += dk.countNonFinite(b, n);
      return c;
    },
    waitCopies() {
      for (const p of pending.splice(0)) {
        const now = new Uint8Array(p.src.mem, p.byteOffset, p.taken.byteLength);
        if (now.some((x, i) => x !== p.taken[i])) throw new Error("a device buffer was written while its copy to the host was in flight");
        p.dst.set(p.taken);
      }
    },
    sync() {},
  };
  return dk as unknown as HostDeviceKernels;
}
