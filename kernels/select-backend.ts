/**
 * Which KernelBackend this process uses: KVMESH_KERNELS=auto|cpu|cuda.
 * auto (default) and cpu: the CPU backend, with the anchors' passes in native
 * threads where the native build exists; cuda: the CUDA backend (its
 * typed-array interface moves every input over PCIe, so it pays only for
 * large blocks until the device-resident path lands; docs/gpu.md). Says
 * which, once, on stderr.
 */
import type { KernelBackend } from "./backend.js";
import { cudaStatus } from "./cuda/cuda-backend.js";
import { KvmeshError } from "./errors.js";
import { nativeCpuBackend } from "./native-cpu.js";

let chosen: KernelBackend | undefined;

export function selectKernelBackend(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): KernelBackend {
  if (chosen) return chosen;
  const want = process.env.KVMESH_KERNELS ?? "auto";
  if (want !== "auto" && want !== "cpu" && want !== "cuda") throw new KvmeshError(`KVMESH_KERNELS must be auto, cpu or cuda, got "${want}"`);
  const cpu = nativeCpuBackend();
  if (want === "cuda") {
    const s = cudaStatus();
    if (!s.ok) throw new KvmeshError(`KVMESH_KERNELS=cuda, but the CUDA backend is unavailable: ${s.reason}`);
    chosen = cpu.fusedAnchors ? { ...s.backend, fusedAnchors: cpu.fusedAnchors } : s.backend;
    log(`kvmesh: kernel backend: cuda (${s.device.deviceName})`);
    return chosen;
  }
  chosen = cpu;
  const cuda = process.env.KVMESH_CUDA === "0" ? undefined : cudaStatus();
  log(`kvmesh: kernel backend: ${cpu.name}${cuda?.ok ? ` (CUDA available on ${cuda.device.deviceName}: KVMESH_KERNELS=cuda)` : ""}`);
  return chosen;
}
