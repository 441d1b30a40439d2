/**
 * The CUDA backend's smoke test, run in a child process by cuda-backend.ts
 * before the first use: a few kernels against the CPU backend on small
 * inputs. Prints one JSON line: {ok, reason?, device?}.
 */
import { cpuBackend } from "../cpu-backend.js";
import type { RopeParams } from "../backend.js";
import { cudaStatus } from "./cuda-backend.js";

function main(): Record<string, unknown> {
  const s = cudaStatus();
  if (!s.ok) return { ok: false, reason: s.reason };
  const rope: RopeParams = { style: "normal", headDim: 128, nRot: 128, freqBase: 5e5, freqScale: 1 };
  const x = Float32Array.from({ length: 4 * 8 * 128 }, (_, i) => Math.sin(i * 0.37) * 3);
  const h = cpuBackend.f32ToF16(x);
  const a = h.slice();
  const b = h.slice();
  cpuBackend.ropeShiftF16(a, 4, 8, 1234, rope);
  s.backend.ropeShiftF16(b, 4, 8, 1234, rope);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return { ok: false, reason: `ropeShiftF16 differs from the CPU at ${i}` };
  const q1 = cpuBackend.quantizeQ8_0(x);
  const q2 = s.backend.quantizeQ8_0(x);
  for (let i = 0; i < q1.length; i++) if (q1[i] !== q2[i]) return { ok: false, reason: `quantizeQ8_0 differs from the CPU at byte ${i}` };
  return { ok: true, device: s.device.deviceName };
}

let out: Record<string, unknown>;
try {
  out = main();
} catch (e) {
  out = { ok: false, reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}
process.stdout.write(`${JSON.stringify(out)}\n`);
