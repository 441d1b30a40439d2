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
}

let fused: FusedAnchorKernels | null | undefined;

/** The native anchor passes, or undefined (KVMESH_NATIVE=0 turns them off with the rest of the native code). */
export function nativeFusedAnchors(): FusedAnchorKernels | undefined {
  if (fused !== undefined) return fused ?? undefined;
  fused = null;
  const dir = nativeBuildDir();
  if (process.env.KVMESH_NATIVE === "0" || !dir || !existsSync(join(dir, "kvmesh-native.node"))) return undefined;
  try {
    const addon = createRequire(import.meta.url)(join(dir, "kvmesh-native.node")) as AnchorMathAddon;
    if (!addon.anchorMath) return undefined;
    const threads = availableParallelism();
    fused = {
      name: "native",
      distF16: (x, bases, P, row, dist) => addon.anchorDist(x, bases, P, row, dist, threads),
      applyF16: (x, out, deltas, weights, P, row, spread) => addon.anchorApply(x, out, deltas, weights, P, row, spread, threads),
    };
  } catch {
    fused = null;
  }
  return fused ?? undefined;
}

/** cpuBackend plus the native anchor passes where they exist. */
export function nativeCpuBackend(): KernelBackend {
  const f = nativeFusedAnchors();
  return f ? { ...cpuBackend, name: "cpu+native", fusedAnchors: f } : cpuBackend;
}
