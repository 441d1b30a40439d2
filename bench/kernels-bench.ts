/**
 * Micro benchmark of the CPU kernels: f16 <-> f32, RoPE shift of a KV block
 * (1024 tokens x 8 KV heads x 128 head dim x 32 layers, Llama-3-8B's K shape),
 * q8_0. Prints a table and writes JSON.
 *
 *   kvmesh bench kernels [--json bench/results/kernels.json]
 *
 * GB/s counts bytes read plus bytes written. Each row is the median of a few
 * timed runs after one warm-up run.
 */
import { machine, writeJsonReport } from "./report-files.js";
import type { KernelBackend, RopeParams } from "../kernels/backend.js";
import { cpuBackend } from "../kernels/cpu-backend.js";

interface BenchRow {
  name: string;
  /** Median seconds per run. */
  seconds: number;
  values: number;
  bytes: number;
  valuesPerSec: number;
  gbPerSec: number;
  tokensPerSec?: number;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, fn: () => void): number {
  fn(); // warm-up (and JIT)
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push((performance.now() - t0) / 1000);
  }
  return median(ts);
}

function row(name: string, seconds: number, values: number, bytes: number, tokens?: number): BenchRow {
  return {
    name,
    seconds,
    values,
    bytes,
    valuesPerSec: values / seconds,
    gbPerSec: bytes / seconds / 1e9,
    ...(tokens !== undefined ? { tokensPerSec: tokens / seconds } : {}),
  };
}

function fillRandom(a: Float32Array, seed: number): void {
  let s = seed >>> 0;
  for (let i = 0; i < a.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = (s / 4294967296 - 0.5) * 8;
  }
}

/** Runs the benchmark on `backend`; returns the rows. */
export function benchKernels(backend: KernelBackend = cpuBackend): BenchRow[] {
  const rows: BenchRow[] = [];

  // f16 <-> f32 on 16 Mi values.
  const n = 16 * 1024 * 1024;
  const f = new Float32Array(n);
  fillRandom(f, 1);
  const h = backend.f32ToF16(f);
  const f2 = new Float32Array(n);
  const h2 = new Uint16Array(n);
  rows.push(row("f16 -> f32", time(5, () => backend.f16ToF32(h, f2)), n, n * 6));
  rows.push(row("f32 -> f16", time(5, () => backend.f32ToF16(f, h2)), n, n * 6));

  // RoPE shift of one 32-layer K block.
  const nTokens = 1024;
  const nHeads = 8;
  const headDim = 128;
  const nLayer = 32;
  const rope: RopeParams = { style: "normal", nRot: 128, headDim, freqBase: 500000, freqScale: 1 };
  const perLayer = nTokens * nHeads * headDim;
  const layersF16: Uint16Array[] = [];
  const layersF32: Float32Array[] = [];
  for (let l = 0; l < nLayer; l++) {
    const x = new Float32Array(perLayer);
    fillRandom(x, 100 + l);
    layersF32.push(x);
    layersF16.push(backend.f32ToF16(x));
  }
  const values = perLayer * nLayer;
  // Alternate +d/-d so that the data stays bounded across runs.
  let sign = 1;
  rows.push(
    row(
      "ropeShiftF16 block (delta number)",
      time(3, () => {
        for (const k of layersF16) backend.ropeShiftF16(k, nTokens, nHeads, 137 * sign, rope);
        sign = -sign;
      }),
      values,
      values * 4,
      nTokens,
    ),
  );
  const deltas = new Int32Array(nTokens);
  for (let t = 0; t < nTokens; t++) deltas[t] = 100 + (t % 7);
  const negDeltas = deltas.map((d) => -d);
  rows.push(
    row(
      "ropeShiftF16 block (per-token deltas)",
      time(3, () => {
        for (const k of layersF16) backend.ropeShiftF16(k, nTokens, nHeads, sign > 0 ? deltas : negDeltas, rope);
        sign = -sign;
      }),
      values,
      values * 4,
      nTokens,
    ),
  );
  rows.push(
    row(
      "ropeShift f32 block (delta number)",
      time(3, () => {
        for (const k of layersF32) backend.ropeShift(k, nTokens, nHeads, 137 * sign, rope);
        sign = -sign;
      }),
      values,
      values * 8,
      nTokens,
    ),
  );

  // q8_0 on 8 Mi values.
  const nq = 8 * 1024 * 1024;
  const fq = f.subarray(0, nq);
  const q = backend.quantizeQ8_0(fq);
  const fq2 = new Float32Array(nq);
  rows.push(row("q8_0 quantize", time(3, () => backend.quantizeQ8_0(fq)), nq, nq * 4 + q.length));
  rows.push(row("q8_0 dequantize", time(5, () => backend.dequantizeQ8_0(q, nq, fq2)), nq, nq * 4 + q.length));
  return rows;
}

function printTable(rows: BenchRow[]): void {
  const header = ["kernel", "ms/run", "Mvalues/s", "GB/s", "tokens/s"];
  const lines = rows.map((r) => [
    r.name,
    (r.seconds * 1000).toFixed(1),
    (r.valuesPerSec / 1e6).toFixed(0),
    r.gbPerSec.toFixed(2),
    r.tokensPerSec !== undefined ? r.tokensPerSec.toFixed(0) : "",
  ]);
  const widths = header.map((hd, i) => Math.max(hd.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(fmt(l));
}

/** `kvmesh bench kernels [--json OUT]` (cli/commands.ts declares the flags). */
export async function runKernelsBench(a: { readonly json?: string }): Promise<void> {
  const started = new Date().toISOString();
  const rows = benchKernels(cpuBackend);
  printTable(rows);
  const result = {
    bench: "kernels",
    backend: cpuBackend.name,
    started,
    ...machine(),
    note: "GB/s = (bytes read + bytes written) / s; rope block = 1024 tokens x 8 kv heads x 128 head dim x 32 layers; tokens/s = 1024 / s per block",
    rows,
  };
  if (a.json) writeJsonReport(a.json, result);
}
