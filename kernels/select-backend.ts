/**
 * Which KernelBackend this process uses: KVMESH_KERNELS=cpu|cuda|auto
 * (default auto: CUDA where it is built and a device answers, else the CPU).
 * Says which, once, on stderr.
 */
import type { KernelBackend } from "./backend.js";
import { cpuBackend } from "./cpu-backend.js";
import { cudaStatus } from "./cuda/cuda-backend.js";
import { KvmeshError } from "./errors.js";

let chosen: KernelBackend | undefined;

export function selectKernelBackend(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): KernelBackend {
  if (chosen) return chosen;
  const want = process.env.KVMESH_KERNELS ?? "auto";
  if (want !== "auto" && want !== "cpu" && want !== "cuda") throw new KvmeshError(`KVMESH_KERNELS must be auto, cpu or cuda, got "${want}"`);
  if (want === "cpu") {
    chosen = cpuBackend;
    log("kvmesh: kernel backend: cpu (KVMESH_KERNELS=cpu)");
    return chosen;
  }
  const s = cudaStatus();
  if (s.ok) {
    chosen = s.backend;
    log(`kvmesh: kernel backend: cuda (${s.device.deviceName})`);
  } else {
    if (want === "cuda") throw new KvmeshError(`KVMESH_KERNELS=cuda, but the CUDA backend is unavailable: ${s.reason}`);
    chosen = cpuBackend;
    log(`kvmesh: kernel backend: cpu (cuda unavailable: ${s.reason})`);
  }
  return chosen;
}
