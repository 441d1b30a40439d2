/**
 * CPU forward pass of a Cache-to-Cache fuser (one receiver layer, K or V), the serving half of
 * models/c2c/fuser.py. Per token:
 *   x = [s; r]   (sharer heads of the aligned layer, flattened; then the receiver heads)
 *   h = W_in x + b_in;   h += W2 gelu(W1 rms(h) + b1) + b2
 *   P = W_out rms2(h) + b_out            (receiver heads x head_dim)
 *   w = sigmoid(W_w h + b_w)             (one weight per receiver head)
 *   fused = r + gate * w * P             (gate hard 0/1; "zeroed" forces P = 0)
 * Arrays are token-major: s is [T, sDim], r and the result [T, nHeads * headDim]. Weight matrices are
 * row-major [out, in] (torch's nn.Linear layout).
 */
import { KernelLengthError } from "./errors.js";
import { type LinearF32, nativeFuserLinear } from "./native-cpu.js";

export interface FuserProjectorWeights {
  readonly hidden: number;
  readonly sDim: number;
  readonly nHeads: number;
  readonly headDim: number;
  readonly rmsEps: number;
  readonly wIn: Float32Array; readonly bIn: Float32Array; readonly norm1: Float32Array;
  readonly w1: Float32Array; readonly b1: Float32Array; readonly w2: Float32Array; readonly b2: Float32Array;
  readonly norm2: Float32Array; readonly wOut: Float32Array; readonly bOut: Float32Array;
  readonly wWeight: Float32Array; readonly bWeight: Float32Array;
}

/** erf, Abramowitz-Stegun 7.1.26 refined (|error| < 1.5e-7): GELU as torch's default (erf form). */
function erf(x: number): number {
  const s = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}
const gelu = (x: number): number => 0.5 * x * (1 + erf(x / Math.SQRT2));

/** out[t] = W x[t] + b for nTok token rows (token-major); four tokens share each weight row's loads. */
export function linearTs(w: Float32Array, b: Float32Array, x: Float32Array, out: Float32Array, nTok: number, nOut: number, nIn: number): void {
  let t = 0;
  for (; t + 4 <= nTok; t += 4) {
    const x0 = t * nIn, x1 = x0 + nIn, x2 = x1 + nIn, x3 = x2 + nIn;
    for (let o = 0; o < nOut; o++) {
      let a0 = b[o], a1 = b[o], a2 = b[o], a3 = b[o];
      const row = o * nIn;
      for (let i = 0; i < nIn; i++) {
        const wi = w[row + i];
        a0 += wi * x[x0 + i];
        a1 += wi * x[x1 + i];
        a2 += wi * x[x2 + i];
        a3 += wi * x[x3 + i];
      }
      out[t * nOut + o] = a0;
      out[(t + 1) * nOut + o] = a1;
      out[(t + 2) * nOut + o] = a2;
      out[(t + 3) * nOut + o] = a3;
    }
  }
  for (; t < nTok; t++) {
    const x0 = t * nIn;
    for (let o = 0; o < nOut; o++) {
      let acc = b[o];
      const row = o * nIn;
      for (let i = 0; i < nIn; i++) acc += w[row + i] * x[x0 + i];
      out[t * nOut + o] = acc;
    }
  }
}

/** Row-wise RMSNorm of nTok rows of width d. */
function rms(x: Float32Array, w: Float32Array, eps: number, out: Float32Array, nTok: number, d: number): void {
  for (let t = 0; t < nTok; t++) {
    const o = t * d;
    let ss = 0;
    for (let i = 0; i < d; i++) ss += x[o + i] * x[o + i];
    const inv = 1 / Math.sqrt(ss / d + eps);
    for (let i = 0; i < d; i++) out[o + i] = x[o + i] * inv * w[i];
  }
}

function checkLen(what: string, a: Float32Array, n: number): void {
  if (a.length !== n) throw new KernelLengthError("c2cFuse", what, n, a.length);
}

let nativeLinear: LinearF32 | null | undefined;

/** Which dense-layer kernel c2cFuse runs by default: "native" (C++, AVX2+FMA) where built, else "ts". */
export function c2cLinearKernel(): "native" | "ts" {
  if (nativeLinear === undefined) nativeLinear = nativeFuserLinear() ?? null;
  return nativeLinear ? "native" : "ts";
}

/**
 * Fused receiver K or V of one layer: `r` plus the gated, weighted projection of [s; r].
 * mode "zeroed" is the control whose projection is 0 (the result equals `r`).
 */
export function c2cFuse(p: FuserProjectorWeights, s: Float32Array, r: Float32Array, nTokens: number, gate: 0 | 1, mode: "fuse" | "zeroed" = "fuse", kernel: "native" | "ts" = c2cLinearKernel()): Float32Array {
  // the dense layers are nearly all of the work (about 1.6 M multiply-adds per token for hidden 128)
  const linear: LinearF32 = kernel === "native" && c2cLinearKernel() === "native" ? (nativeLinear as LinearF32) : linearTs;
  const H = p.hidden;
  const rDim = p.nHeads * p.headDim;
  const inDim = p.sDim + rDim;
  checkLen("s", s, nTokens * p.sDim);
  checkLen("r", r, nTokens * rDim);
  checkLen("wIn", p.wIn, H * inDim);
  checkLen("w1", p.w1, H * H);
  checkLen("w2", p.w2, H * H);
  checkLen("wOut", p.wOut, rDim * H);
  checkLen("wWeight", p.wWeight, p.nHeads * H);
  const out = Float32Array.from(r);
  if (gate === 0 || mode === "zeroed") return out;
  const T = nTokens;
  const x = new Float32Array(T * inDim);
  for (let t = 0; t < T; t++) {
    x.set(s.subarray(t * p.sDim, (t + 1) * p.sDim), t * inDim);
    x.set(r.subarray(t * rDim, (t + 1) * rDim), t * inDim + p.sDim);
  }
  const h = new Float32Array(T * H);
  const t1 = new Float32Array(T * H);
  const t2 = new Float32Array(T * H);
  const proj = new Float32Array(T * rDim);
  const wt = new Float32Array(T * p.nHeads);
  linear(p.wIn, p.bIn, x, h, T, H, inDim);
  rms(h, p.norm1, p.rmsEps, t1, T, H);
  linear(p.w1, p.b1, t1, t2, T, H, H);
  for (let i = 0; i < t2.length; i++) t2[i] = gelu(t2[i]);
  linear(p.w2, p.b2, t2, t1, T, H, H);
  for (let i = 0; i < h.length; i++) h[i] += t1[i];
  rms(h, p.norm2, p.rmsEps, t1, T, H);
  linear(p.wOut, p.bOut, t1, proj, T, rDim, H);
  linear(p.wWeight, p.bWeight, h, wt, T, p.nHeads, H);
  for (let t = 0; t < T; t++) {
    const base = t * rDim;
    for (let hd = 0; hd < p.nHeads; hd++) {
      const w = 1 / (1 + Math.exp(-wt[t * p.nHeads + hd]));
      for (let d = 0; d < p.headDim; d++) {
        const i = base + hd * p.headDim + d;
        out[i] = r[i] + w * proj[i];
      }
    }
  }
  return out;
}
