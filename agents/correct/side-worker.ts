/**
 * Worker thread entry: the V side of one offset estimate (see
 * two-thread-correction.ts). It receives the content's V (f16, layers >= 1)
 * and the anchors' stored V blocks (SharedArrayBuffers: not copied), runs the
 * same per-side estimate the main thread would, and returns the corrected V
 * as f16 (transferred) with the per-token spread and nearest distance.
 */
import { parentPort } from "node:worker_threads";
import type { CompactBlock } from "../../anchors/compact.js";
import { correctSide, type BlockReader, type SideShrink } from "../../anchors/offset-estimator.js";
import { runSteps } from "../../kernels/steps.js";
import { cpuBackend } from "../../kernels/cpu-backend.js";
import { nativeCpuBackend } from "../../kernels/native-cpu.js";

export interface SideJob {
  readonly id: number;
  readonly P: number;
  readonly row: number;
  readonly nLayer: number;
  readonly fingerprint: string;
  readonly tau: number;
  /** f16 values of layers 1..nLayer-1, P * row each. */
  readonly x16: Uint16Array[];
  /** Per anchor, per layer 1..nLayer-1: stored base and placeholder-delta blocks of this side. */
  readonly base: CompactBlock[][];
  readonly ph: CompactBlock[][];
  /** The pool's calibrated scales for this side (absent: in full). */
  readonly shrink?: SideShrink;
}

export type SideReply =
  | { readonly id: number; readonly ok: true; readonly out16: Uint16Array[]; readonly spread: Float64Array; readonly nearest: Float64Array }
  | { readonly id: number; readonly ok: false; readonly error: string };

function run(job: SideJob): SideReply {
  const { P, row, nLayer } = job;
  const x: Float32Array[] = [new Float32Array(0)];
  const out: Float32Array[] = [new Float32Array(0)];
  for (let l = 1; l < nLayer; l++) {
    x.push(cpuBackend.f16ToF32(job.x16[l - 1]));
    out.push(new Float32Array(P * row));
  }
  const readers: BlockReader[] = job.base.map((base, a) => ({
    storedBlock: (part, _side, layer) => (layer === 0 ? undefined : (part === "base" ? base : job.ph[a])[layer - 1]),
  }));
  const r = runSteps(correctSide(nativeCpuBackend(), "v", x, out, readers, job.fingerprint, P, row, nLayer, job.tau, undefined, job.shrink));
  const out16: Uint16Array[] = [];
  for (let l = 1; l < nLayer; l++) out16.push(cpuBackend.f32ToF16(out[l]));
  return { id: job.id, ok: true, out16, spread: r.spread, nearest: r.nearest };
}

parentPort?.on("message", (job: SideJob) => {
  let reply: SideReply;
  try {
    reply = run(job);
  } catch (e) {
    reply = { id: job.id, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  parentPort!.postMessage(reply, reply.ok ? reply.out16.map((a) => a.buffer as ArrayBuffer) : []);
});
