/**
 * A Cache-to-Cache projector held on the GPU (native/cuda/c2c-fuser.cu): its weights uploaded once;
 * each fuse uploads one prompt's sharer and receiver layers, runs the fuser per receiver layer and side
 * (the same steps as kernels/c2c-fuser.ts, in f32) and downloads the fused KV.
 */
import type { FuserProjectorWeights } from "../c2c-fuser.js";
import { KernelDisposedError, KernelLengthError } from "../errors.js";
import type { DeviceBuffer, DeviceKernels } from "./cuda-backend.js";

/** One receiver layer's two projectors and hard gates (0: that side stays the receiver's own). */
export interface DeviceFuserLayer {
  readonly k: FuserProjectorWeights;
  readonly v: FuserProjectorWeights;
  readonly gateK: 0 | 1;
  readonly gateV: 0 | 1;
}

/** Token-major f32 K and V of one layer. */
export interface LayerKvF32 {
  readonly k: Float32Array;
  readonly v: Float32Array;
}

const ORDER = ["wIn", "bIn", "norm1", "w1", "b1", "w2", "b2", "norm2", "wOut", "bOut", "wWeight", "bWeight"] as const;

/** Floats of scratch one c2cProject call needs for T tokens (c2c-fuser.cu's c2cScratchFloats). */
export function c2cScratchFloats(p: FuserProjectorWeights, T: number): number {
  const rDim = p.nHeads * p.headDim;
  return T * (p.sDim + rDim + 3 * p.hidden + rDim + p.nHeads);
}

interface Held {
  readonly p: FuserProjectorWeights;
  readonly bufs: readonly DeviceBuffer[];
}

export class DeviceFuser implements Disposable {
  readonly #dk: DeviceKernels;
  readonly #layers: readonly { readonly k: Held; readonly v: Held; readonly gateK: 0 | 1; readonly gateV: 0 | 1 }[];
  readonly #layerMap: readonly number[];
  #disposed = false;

  /** layerMap[t]: the sharer layer receiver layer t reads. */
  constructor(dk: DeviceKernels, layers: readonly DeviceFuserLayer[], layerMap: readonly number[]) {
    if (layerMap.length !== layers.length) throw new KernelLengthError("DeviceFuser", "layerMap", layers.length, layerMap.length);
    this.#dk = dk;
    this.#layerMap = [...layerMap];
    const hold = (p: FuserProjectorWeights): Held => ({
      p,
      bufs: ORDER.map((name) => {
        const b = dk.alloc(p[name].byteLength);
        b.upload(p[name]);
        return b;
      }),
    });
    this.#layers = layers.map((l) => ({ k: hold(l.k), v: hold(l.v), gateK: l.gateK, gateV: l.gateV }));
  }

  /** The fused receiver cache of one prompt of nTokens tokens; "zeroed" returns the receiver's own. */
  fuse(sharer: readonly LayerKvF32[], receiver: readonly LayerKvF32[], nTokens: number, mode: "fuse" | "zeroed" = "fuse"): LayerKvF32[] {
    if (this.#disposed) throw new KernelDisposedError("DeviceFuser");
    if (receiver.length !== this.#layers.length) throw new KernelLengthError("DeviceFuser.fuse", "receiver layers", this.#layers.length, receiver.length);
    const owned: DeviceBuffer[] = [];
    const alloc = (bytes: number): DeviceBuffer => {
      const b = this.#dk.alloc(Math.max(4, bytes));
      owned.push(b);
      return b;
    };
    try {
      const side = (h: Held, gate: 0 | 1, s: Float32Array, r: Float32Array): (() => Float32Array) => {
        const p = h.p;
        const rDim = p.nHeads * p.headDim;
        if (s.length !== nTokens * p.sDim) throw new KernelLengthError("DeviceFuser.fuse", "s", nTokens * p.sDim, s.length);
        if (r.length !== nTokens * rDim) throw new KernelLengthError("DeviceFuser.fuse", "r", nTokens * rDim, r.length);
        if (gate === 0 || mode === "zeroed" || nTokens === 0) return () => Float32Array.from(r);
        const sb = alloc(s.byteLength);
        sb.upload(s);
        const rb = alloc(r.byteLength);
        rb.upload(r);
        const ob = alloc(r.byteLength);
        this.#dk.c2cProject(h.bufs, [p.hidden, p.sDim, p.nHeads, p.headDim], p.rmsEps, sb, rb, ob, alloc(c2cScratchFloats(p, nTokens) * 4), nTokens);
        return () => {
          const out = new Float32Array(r.length);
          ob.download(out);
          return out;
        };
      };
      // queue every layer first, then read back (downloads wait for the stream)
      const pending = this.#layers.map((l, t) => {
        const s = sharer[this.#layerMap[t]];
        if (!s) throw new KernelLengthError("DeviceFuser.fuse", "sharer layers", this.#layerMap[t] + 1, sharer.length);
        return { k: side(l.k, l.gateK, s.k, receiver[t].k), v: side(l.v, l.gateV, s.v, receiver[t].v) };
      });
      return pending.map((x) => ({ k: x.k(), v: x.v() }));
    } finally {
      for (const b of owned) b.dispose();
    }
  }

  [Symbol.dispose](): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const l of this.#layers) for (const b of [...l.k.bufs, ...l.v.bufs]) b.dispose();
  }
}
