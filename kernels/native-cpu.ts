/**
 * The CPU backend with the anchors' two passes in C++ on every core
 * (native/anchor-math.cc, part of the native bridge kvmesh builds at
 * install): the same results as the pure TypeScript backend, bit for bit.
 * Undefined where the native build is missing or the CPU lacks F16C.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { KernelBackend } from "./backend.js";
import { cpuBackend } from "./cpu-backend.js";
import type { FusedAnchorKernels } from "./fused-anchors.js";
import { nativeBuildDir } from "./native-build.js";

interface AnchorMathAddon {
  anchorMath: boolean;
  anchorDist(x: Float32Array, bases: readonly Uint16Array[], P: number, row: number, dist: Float64Array, threads: number): void;
  anchorApply(x: Float32Array, out: Float32Array, deltas: readonly Uint16Array[], weights: readonly Float32Array[], P: number, row: number, spread: Float64Array, threads: number): void;
  fuserLinear?: boolean;
  fuserLinearF32?(w: Float32Array, b: Float32Array, x: Float32Array, out: Float32Array, nTok: number, nOut: number, nIn: number): void;
}

/** out[t] = W x[t] + b over nTok token rows; W row-major [nOut, nIn]. */
export type LinearF32 = (w: Float32Array, b: Float32Array, x: Float32Array, out: Float32Array, nTok: number, nOut: number, nIn: number) => void;

/**
 * The C2C fuser's dense layers in C++ (native/fuser-linear-avx2.cc, f32 sums eight lanes at a time),
 * or undefined where the native build is missing, KVMESH_NATIVE=0, or the CPU lacks AVX2/FMA.
 */
export function nativeFuserLinear(): LinearF32 | undefined {
  const a = anchorMathAddon();
  if (!a?.fuserLinear || !a.fuserLinearF32) return undefined;
  const f = a.fuserLinearF32;
  return (w, b, x, out, nTok, nOut, nIn) => f(w, b, x, out, nTok, nOut, nIn);
}

let addon: AnchorMathAddon | null | undefined;
const byThreads = new Map<number, FusedAnchorKernels>();

/**
 * The native anchor passes on `threads` threads (default: every core), or
 * undefined (KVMESH_NATIVE=0 turns them off with the rest of the native code).
 */
export function nativeFusedAnchors(threads = availableParallelism()): FusedAnchorKernels | undefined {
  const a = anchorMathAddon();
  if (!a) return undefined;
  const n = Math.max(1, Math.floor(threads));
  let f = byThreads.get(n);
  if (!f) {
    f = {
      name: "native",
      distF16: (x, bases, P, row, dist) => a.anchorDist(x, bases, P, row, dist, n),
      applyF16: (x, out, deltas, weights, P, row, spread) => a.anchorApply(x, out, deltas, weights, P, row, spread, n),
    };
    byThreads.set(n, f);
  }
  return f;
}

function anchorMathAddon(): AnchorMathAddon | undefined {
  if (addon !== undefined) return addon ?? undefined;
  addon = null;
  const dir = nativeBuildDir();
  if (process.env.KVMESH_NATIVE === "0" || !dir || !existsSync(join(dir, "kvmesh-native.node"))) return undefined;
  try {
    const a = createRequire(import.meta.url)(join(dir, "kvmesh-native.node")) as AnchorMathAddon;
    if (a.anchorMath) addon = a;
  } catch {
    addon = null;
  }
  return addon ?? undefined;
}

/** `backend` with its native anchor passes on `threads` threads (unchanged when it has none). */
export function withAnchorThreads(backend: KernelBackend, threads: number): KernelBackend {
  if (backend.fusedAnchors?.name !== "native") return backend;
  const f = nativeFusedAnchors(threads);
  return f ? { ...backend, fusedAnchors: f } : backend;
}

/** cpuBackend plus the native anchor passes where they exist. */
export function nativeCpuBackend(): KernelBackend {
  const f = nativeFusedAnchors();
  return f ? { ...cpuBackend, name: "cpu+native", fusedAnchors: f } : cpuBackend;
}
