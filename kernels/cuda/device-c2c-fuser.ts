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

/** Device buffers sized for up to `cap` tokens: the sharer's layers, the receiver's layers and their fused results, one scratch. */
interface Io {
  readonly cap: number;
  readonly sharer: readonly (readonly [DeviceBuffer, DeviceBuffer])[];
  readonly receiver: readonly (readonly [DeviceBuffer, DeviceBuffer])[];
  readonly out: readonly (readonly [DeviceBuffer, DeviceBuffer])[];
  readonly scratch: DeviceBuffer;
}

export class DeviceFuser implements Disposable {
  readonly #dk: DeviceKernels;
  readonly #layers: readonly { readonly k: Held; readonly v: Held; readonly gateK: 0 | 1; readonly gateV: 0 | 1 }[];
  readonly #layerMap: readonly number[];
  #io: Io | undefined;
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

  /**
   * The fused receiver cache of one prompt of nTokens tokens; "zeroed" returns the receiver's own.
   * Each sharer layer is uploaded once (several receiver layers read it), every projection is queued
   * before the first download waits, and the buffers are kept for the next prompt (grown when longer).
   */
  fuse(sharer: readonly LayerKvF32[], receiver: readonly LayerKvF32[], nTokens: number, mode: "fuse" | "zeroed" = "fuse"): LayerKvF32[] {
    if (this.#disposed) throw new KernelDisposedError("DeviceFuser");
    if (receiver.length !== this.#layers.length) throw new KernelLengthError("DeviceFuser.fuse", "receiver layers", this.#layers.length, receiver.length);
    const open = (t: number, j: 0 | 1): boolean => mode === "fuse" && nTokens > 0 && (j === 0 ? this.#layers[t].gateK : this.#layers[t].gateV) === 1;
    this.#layers.forEach((l, t) => {
      const s = sharer[this.#layerMap[t]];
      if (!s) throw new KernelLengthError("DeviceFuser.fuse", "sharer layers", this.#layerMap[t] + 1, sharer.length);
      for (const [h, sx, rx] of [[l.k, s.k, receiver[t].k], [l.v, s.v, receiver[t].v]] as const) {
        const rDim = h.p.nHeads * h.p.headDim;
        if (sx.length !== nTokens * h.p.sDim) throw new KernelLengthError("DeviceFuser.fuse", "s", nTokens * h.p.sDim, sx.length);
        if (rx.length !== nTokens * rDim) throw new KernelLengthError("DeviceFuser.fuse", "r", nTokens * rDim, rx.length);
      }
    });
    const sides = this.#layers.flatMap((_, t) => ([0, 1] as const).filter((j) => open(t, j)).map((j) => [t, j] as const));
    if (sides.length > 0) {
      const io = this.#ensure(nTokens, sharer.length);
      // uploads wait for the stream: all of them first, then the kernels, then the downloads
      const sent = new Set<string>();
      for (const [t, j] of sides) {
        const m = this.#layerMap[t];
        if (!sent.has(`${m}.${j}`)) {
          sent.add(`${m}.${j}`);
          io.sharer[m][j].upload(j === 0 ? sharer[m].k : sharer[m].v);
        }
        io.receiver[t][j].upload(j === 0 ? receiver[t].k : receiver[t].v);
      }
      for (const [t, j] of sides) {
        const h = j === 0 ? this.#layers[t].k : this.#layers[t].v;
        const p = h.p;
        this.#dk.c2cProject(h.bufs, [p.hidden, p.sDim, p.nHeads, p.headDim], p.rmsEps, io.sharer[this.#layerMap[t]][j], io.receiver[t][j], io.out[t][j], io.scratch, nTokens);
      }
    }
    return receiver.map((r, t) => {
      const side = (j: 0 | 1, rx: Float32Array): Float32Array => {
        if (!open(t, j)) return Float32Array.from(rx);
        const out = new Float32Array(rx.length);
        this.#io!.out[t][j].download(out);
        return out;
      };
      return { k: side(0, r.k), v: side(1, r.v) };
    });
  }

  /** The buffers for at least nTokens tokens (grown by doubling, so that a run of longer prompts reallocates rarely). */
  #ensure(nTokens: number, sharerLayers: number): Io {
    if (this.#io && this.#io.cap >= nTokens && this.#io.sharer.length >= sharerLayers) return this.#io;
    this.#freeIo();
    const cap = Math.max(nTokens, 2 * (this.#io?.cap ?? 0), 16);
    const p0 = this.#layers[0].k.p;
    const pair = (floats: number) => [this.#dk.alloc(floats * 4), this.#dk.alloc(floats * 4)] as const;
    const scratch = Math.max(...this.#layers.flatMap((l) => [c2cScratchFloats(l.k.p, cap), c2cScratchFloats(l.v.p, cap)]));
    this.#io = {
      cap,
      sharer: Array.from({ length: sharerLayers }, () => pair(cap * p0.sDim)),
      receiver: this.#layers.map(() => pair(cap * p0.nHeads * p0.headDim)),
      out: this.#layers.map(() => pair(cap * p0.nHeads * p0.headDim)),
      scratch: this.#dk.alloc(scratch * 4),
    };
    return this.#io;
  }

  #freeIo(): void {
    const io = this.#io;
    if (!io) return;
    for (const b of [...io.sharer, ...io.receiver, ...io.out].flat()) b.dispose();
    io.scratch.dispose();
  }

  [Symbol.dispose](): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#freeIo();
    this.#io = undefined;
    for (const l of this.#layers) for (const b of [...l.k.bufs, ...l.v.bufs]) b.dispose();
  }
}
