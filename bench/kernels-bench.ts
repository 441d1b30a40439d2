/**
 * Micro benchmark of the CPU kernels: f16 <-> f32, RoPE shift of a KV block
 * (1024 tokens x 8 KV heads x 128 head dim x 32 layers, Llama-3-8B's K shape),
 * q8_0. Prints a table and writes JSON.
 *
 *   npx tsx bench/kernels-bench.ts [--json bench/results/kernels.json]
 *
 * GB/s counts bytes read plus bytes written. Each row is the median of a few
 * timed runs after one warm-up run.
 */
import { machine, writeJsonReport } from "./report-files.js";
import { pathToFileURL } from "node:url";
import type { KernelBackend, RopeParams } from "../kernels/backend.js";
import { Anchor } from "../anchors/anchor.js";
import { estimateOffset } from "../anchors/offset-estimator.js";
import { cpuBackend } from "../kernels/cpu-backend.js";
import { allocKvTensor } from "../kernels/kv-tensor.js";
import { nativeFusedAnchors } from "../kernels/native-cpu.js";
import { cudaStatus, type DeviceKernels } from "../kernels/cuda/cuda-backend.js";
import { KvmeshError } from "../kernels/errors.js";
import { UsageError } from "./flags.js";

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

function parseArgs(argv: string[]): { json: string; backend: "cpu" | "cuda"; tokens: number[]; at: number } {
  let json = "bench/results/kernels.json";
  let backend = "cpu";
  let tokens = "1024,2048,4096";
  let at = "2048";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [k, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const val = () => inline ?? argv[++i];
    if (k === "--json") json = val() ?? json;
    else if (k === "--backend") backend = val() ?? backend;
    else if (k === "--tokens") tokens = val() ?? tokens;
    else if (k === "--at") at = val() ?? at;
    else throw new UsageError(`unknown flag ${a} (kvmesh bench kernels [--backend cpu|cuda] [--tokens N,N] [--at N] [--json OUT])`);
  }
  if (backend !== "cpu" && backend !== "cuda") throw new UsageError(`--backend takes cpu or cuda, got "${backend}"`);
  const list = tokens.split(",").map(Number);
  if (list.some((t) => !Number.isInteger(t) || t < 32)) throw new UsageError(`--tokens takes integers >= 32, got "${tokens}"`);
  if (!list.includes(Number(at))) throw new UsageError(`--at must be one of --tokens (${tokens})`);
  return { json, backend, tokens: list, at: Number(at) };
}

/** One op's rate at one size: bytes read + written per second, and that as a fraction of a plain copy's rate. */
interface OpRate {
  ms: number;
  bytes: number;
  gbps: number;
  bandwidthFraction: number;
}

/**
 * The CUDA kernels on device-resident buffers at Llama-3.1-8B sizes (32
 * layers, 8 KV heads x 128 dims per token; K or V of every layer as one
 * block), against the device's copy bandwidth measured in the same run on a
 * buffer of the same size. Device time from CUDA events; median of 7 after a
 * warm-up.
 */
function benchDevice(dk: DeviceKernels, tokens: number): { copyGBps: number; ops: Record<string, OpRate> } {
  const LAYERS = 32, ROW = 8 * 128, ANCHORS = 4;
  const values = tokens * LAYERS * ROW;
  const rope: RopeParams = { style: "normal", nRot: 128, headDim: 128, freqBase: 500000, freqScale: 1, freqFactors: Float32Array.from({ length: 64 }, (_, i) => 1 + (i % 8)) };
  const host = new Float32Array(values);
  fillRandom(host, 5);
  const f32 = dk.alloc(values * 4);
  f32.upload(host);
  const out = dk.alloc(values * 4);
  const f16 = dk.alloc(values * 2);
  dk.f32ToF16(f32, f16, values);
  const deltas = Array.from({ length: ANCHORS }, () => {
    const b = dk.alloc(values * 2);
    b.copyFrom(f16, values * 2);
    return b;
  });
  const w = dk.alloc(ANCHORS * tokens * LAYERS * 4);
  w.upload(new Float32Array(ANCHORS * tokens * LAYERS).fill(1 / ANCHORS));
  const q8 = dk.alloc((values / 32) * 34);
  const q4 = dk.alloc((values / 32) * 18);
  const copyGBps = dk.copyGBps(values * 2);
  const time = (fn: () => void): number => {
    fn();
    const ts = Array.from({ length: 7 }, () => dk.time(fn));
    return median(ts);
  };
  const rate = (ms: number, bytes: number): OpRate => {
    const gbps = bytes / (ms / 1000) / 1e9;
    return { ms, bytes, gbps, bandwidthFraction: gbps / copyGBps };
  };
  let sign = 1;
  const ops: Record<string, OpRate> = {
    ropeShiftF16: rate(time(() => {
      dk.ropeShift(f16, tokens * LAYERS, 8, 137 * sign, rope, true);
      sign = -sign;
    }), values * 4),
    applyAnchors: rate(time(() => dk.applyAnchors(f32, out, tokens * LAYERS, ROW, deltas, w)), values * (4 + 2 * ANCHORS + 4)),
    f16ToF32: rate(time(() => dk.f16ToF32(f16, out, values)), values * 6),
    f32ToF16: rate(time(() => dk.f32ToF16(f32, f16, values)), values * 6),
    kvToF32Transposed: rate(time(() => dk.kvToF32(f16, out, tokens, ROW, true, tokens)), tokens * ROW * 6),
    addRowScaled: rate(time(() => dk.addScaled(out, f32, w, tokens * LAYERS, ROW, true)), values * 12),
    quantizeQ8_0: rate(time(() => dk.quantize(f32, q8, values, 8)), values * 4 + (values / 32) * 34),
    dequantizeQ8_0: rate(time(() => dk.dequantize(q8, out, values, 8)), values * 4 + (values / 32) * 34),
    quantizeQ4_0: rate(time(() => dk.quantize(f32, q4, values, 4)), values * 4 + (values / 32) * 18),
    dequantizeQ4_0: rate(time(() => dk.dequantize(q4, out, values, 4)), values * 4 + (values / 32) * 18),
  };
  for (const b of [f32, out, f16, ...deltas, w, q8, q4]) b.dispose();
  return { copyGBps, ops };
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

  // The offset estimate (both passes, K and V) of a 512-token reply at the 8B shape with 4 anchors:
  // the JavaScript loops against the native passes (bit-identical results; test/unit/anchors/fused-native.test.ts).
  const P = 512;
  const est = (seed: number) => {
    const t = allocKvTensor(nLayer, P, nHeads * headDim, nHeads * headDim);
    for (const a of [...t.k, ...t.v]) fillRandom(a, seed++);
    return t;
  };
  const anchors = Array.from({ length: 4 }, (_, a) => {
    const an = Anchor.create(cpuBackend, { id: `a${a}`, base: est(1000 + 100 * a) });
    an.setDeltas(cpuBackend, "consumer", { ph: est(5000 + 100 * a) });
    return an;
  });
  const content = est(9000);
  const estBytes = 2 * (nLayer - 1) * P * nHeads * headDim * (4 + 4 * 2 + 4 * 2 + 4); // x twice (f32), bases and deltas (f16), out (f32), per side
  rows.push(row("offset estimate, 4 anchors, 512 tokens (JS)", time(2, () => estimateOffset({ ...backend, fusedAnchors: undefined }, content, "consumer", anchors)), 2 * nLayer * P * nHeads * headDim, estBytes, P));
  const fused = nativeFusedAnchors();
  if (fused) rows.push(row("offset estimate, 4 anchors, 512 tokens (native)", time(3, () => estimateOffset({ ...backend, fusedAnchors: fused }, content, "consumer", anchors)), 2 * nLayer * P * nHeads * headDim, estBytes, P));
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

/** CLI entry: `kvmesh bench kernels [--backend cpu|cuda] [--json PATH]`. */
export async function runKernelsBench(argv: string[]): Promise<void> {
  const { json, backend, tokens, at } = parseArgs(argv);
  const started = new Date().toISOString();
  if (backend === "cuda") {
    const s = cudaStatus();
    if (!s.ok) throw new KvmeshError(`--backend cuda: the CUDA backend is unavailable: ${s.reason}`);
    const byTokens: Record<string, { copyGBps: number; ops: Record<string, OpRate> }> = {};
    for (const t of tokens) {
      byTokens[t] = benchDevice(s.device, t);
      const r = byTokens[t];
      console.log(`${t} tokens x 32 layers (8 KV heads x 128), device copy ${r.copyGBps.toFixed(0)} GB/s`);
      const names = Object.keys(r.ops);
      const w = Math.max(...names.map((n) => n.length));
      for (const n of names) console.log(`  ${n.padEnd(w)}  ${r.ops[n].ms.toFixed(3).padStart(8)} ms  ${r.ops[n].gbps.toFixed(0).padStart(5)} GB/s  ${(100 * r.ops[n].bandwidthFraction).toFixed(0).padStart(3)}% of copy`);
    }
    writeJsonReport(json, {
      bench: "kernels", backend: "cuda", device: s.device.deviceName, started, ...machine(),
      note: "device-resident buffers, Llama-3.1-8B sizes (32 layers x 8 KV heads x 128 dims per token); gbps = (bytes read + written) / device time (CUDA events), median of 7; bandwidthFraction = gbps / device-to-device copy gbps measured in the same run on a buffer of the same size",
      at, copyGBps: byTokens[at].copyGBps, ops: byTokens[at].ops, byTokens,
    });
    return;
  }
  const rows = benchKernels(cpuBackend);
  printTable(rows);
  // A plain copy of 64 MiB between typed arrays: the host's reference rate, measured in the same run.
  const a = new Uint8Array(64 << 20).fill(1);
  const b = new Uint8Array(64 << 20);
  const copyGBps = (2 * a.length) / time(5, () => b.set(a)) / 1e9;
  const ops = Object.fromEntries(rows.map((r) => [r.name, { ms: r.seconds * 1000, bytes: r.bytes, gbps: r.gbPerSec, bandwidthFraction: r.gbPerSec / copyGBps }]));
  console.log(`host copy ${copyGBps.toFixed(1)} GB/s`);
  const result = {
    bench: "kernels",
    backend: cpuBackend.name,
    started,
    ...machine(),
    note: "GB/s = (bytes read + bytes written) / s; rope block = 1024 tokens x 8 kv heads x 128 head dim x 32 layers; tokens/s = 1024 / s per block; bandwidthFraction = GB/s / a 64 MiB typed-array copy measured in the same run",
    copyGBps,
    ops,
    rows,
  };
  writeJsonReport(json, result);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runKernelsBench(process.argv.slice(2));
}
