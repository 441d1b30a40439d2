import { availableParallelism } from "node:os";
import { getLlama, LlamaLogLevel, type Llama } from "node-llama-cpp";

let shared: Promise<Llama> | undefined;

/**
 * One llama.cpp runtime per process, shared by every agent in it.
 * CPU unless KVMESH_GPU names a backend ("cuda", "vulkan", "metal", "auto"):
 * kvmesh never builds llama.cpp on its own.
 */
export function sharedLlama(): Promise<Llama> {
  shared ??= getLlama({
    gpu: gpuFromEnv(),
    build: "never",
    logLevel: LlamaLogLevel.error,
  });
  return shared;
}

function gpuFromEnv(): false | "auto" | "cuda" | "vulkan" | "metal" {
  const v = process.env.KVMESH_GPU;
  return v === "auto" || v === "cuda" || v === "vulkan" || v === "metal" ? v : false;
}

/** Threads to evaluate with: all cores unless told otherwise (node-llama-cpp's default of at least 4 is slow on 2 cores). */
export async function defaultThreads(): Promise<number> {
  const os = await import("node:os");
  return Math.max(1, os.availableParallelism());
}

/**
 * Threads for llama.cpp when agents share the machine with a broker process
 * and their own JavaScript work (fetching, corrections): one core left free,
 * at least one thread. On a 2-core machine with other load, llama.cpp on both
 * cores stalls at its barriers whenever one is taken (bench/README.md).
 */
export function sharedMachineThreads(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}
