/**
 * Micro benchmark of the anchors layer's hot paths: the reuse gate and the
 * offset estimate, on synthetic anchors (deterministic PRNG, f16 storage, as
 * the anchor service stores them) of the target model shape: 24 layers, rowK
 * 128, rowV 128, content of 512 and 3072 tokens, 2 and 4 anchors.
 *
 *   kvmesh bench anchors [--json OUT] [--runs N] [--tokens 512,3072] [--anchors 2,4]
 *
 * Each timing is the median of `runs` (default 5) after one warm-up run, as
 * wall-clock ms (what the ns/el/anchor columns use) and as CPU ms of this
 * process (steadier when other processes share the cores).
 * ns/el/anchor = time / (elements x anchors), where elements are the values
 * the call compares or corrects: layers >= 1 only; the gate reads V of the
 * first k = P tokens, the estimate corrects K and V of all P tokens.
 */
import { machine, writeJsonReport } from "./report-files.js";
import { Anchor } from "../anchors/anchor.js";
import { estimateOffset } from "../anchors/offset-estimator.js";
import { reuseGate } from "../anchors/reuse-gate.js";
import { cpuBackend } from "../kernels/cpu-backend.js";
import { allocKvTensor, type KvTensor } from "../kernels/kv-tensor.js";

const N_LAYER = 24;
const ROW_K = 128;
const ROW_V = 128;
const FINGERPRINT = "consumer";

export interface AnchorsBenchRow {
  nLayer: number;
  rowK: number;
  rowV: number;
  tokens: number;
  anchors: number;
  /** Median wall-clock ms per reuseGate call. */
  gateMs: number;
  gateNsPerElementAnchor: number;
  /** Median CPU ms per reuseGate call (less sensitive than wall-clock to other processes on a shared machine). */
  gateCpuMs: number;
  /** Median wall-clock ms per estimateOffset call. */
  estimateMs: number;
  estimateNsPerElementAnchor: number;
  estimateCpuMs: number;
  totalMs: number;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall-clock and CPU (user + system, this process) ms per call, after one warm-up call. */
function timeMs(runs: number, fn: () => void): { wall: number; cpu: number } {
  fn(); // warm-up (and JIT)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** xorshift32 in [-1, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 31 - 1;
  };
}

/** t = ref + scale * noise (ref absent: noise only), every layer and side. */
function fill(t: KvTensor, seed: number, scale: number, ref?: KvTensor): void {
  const r = rng(seed);
  for (let l = 0; l < t.nLayer; l++) {
    for (const side of ["k", "v"] as const) {
      const x = t[side][l];
      const y = ref?.[side][l];
      for (let i = 0; i < x.length; i++) x[i] = (y ? y[i] : 0) + scale * r();
    }
  }
}

/** Content of P tokens and `nAnchors` anchors (each P tokens, ph deltas for FINGERPRINT) near it. */
export function buildCase(P: number, nAnchors: number): { content: KvTensor; anchors: Anchor[] } {
  const content = allocKvTensor(N_LAYER, P, ROW_K, ROW_V);
  fill(content, 1, 2);
  const scratch = allocKvTensor(N_LAYER, P, ROW_K, ROW_V);
  const anchors: Anchor[] = [];
  for (let a = 0; a < nAnchors; a++) {
    fill(scratch, 100 + a, 0.2 * (a + 1), content);
    const anchor = Anchor.create(cpuBackend, { id: `anchor-${a}`, base: scratch });
    fill(scratch, 200 + a, 0.1);
    anchor.setDeltas(cpuBackend, FINGERPRINT, { ph: scratch });
    anchors.push(anchor);
  }
  return { content, anchors };
}

export function benchAnchors(tokens: readonly number[], anchorCounts: readonly number[], runs: number): AnchorsBenchRow[] {
  const rows: AnchorsBenchRow[] = [];
  const maxA = Math.max(...anchorCounts);
  for (const P of tokens) {
    const { content, anchors: all } = buildCase(P, maxA);
    for (const A of anchorCounts) {
      const anchors = all.slice(0, A);
      const gate = timeMs(runs, () => {
        reuseGate(cpuBackend, content, anchors, { gamma: 1 });
      });
      const est = timeMs(runs, () => {
        const e = estimateOffset(cpuBackend, content, FINGERPRINT, anchors);
        if (!e.hit) throw new Error("anchors bench: estimate missed");
      });
      const gateElements = (N_LAYER - 1) * P * ROW_V;
      const estElements = (N_LAYER - 1) * P * (ROW_K + ROW_V);
      rows.push({
        nLayer: N_LAYER,
        rowK: ROW_K,
        rowV: ROW_V,
        tokens: P,
        anchors: A,
        gateMs: gate.wall,
        gateNsPerElementAnchor: (gate.wall * 1e6) / (gateElements * A),
        gateCpuMs: gate.cpu,
        estimateMs: est.wall,
        estimateNsPerElementAnchor: (est.wall * 1e6) / (estElements * A),
        estimateCpuMs: est.cpu,
        totalMs: gate.wall + est.wall,
      });
    }
  }
  return rows;
}

function printTable(rows: AnchorsBenchRow[]): void {
  const header = ["shape", "tokens", "anchors", "gate ms", "gate ns/el/a", "gate cpu ms", "estimate ms", "est ns/el/a", "est cpu ms", "total ms"];
  const lines = rows.map((r) => [
    `${r.nLayer}L k${r.rowK} v${r.rowV}`,
    String(r.tokens),
    String(r.anchors),
    r.gateMs.toFixed(1),
    r.gateNsPerElementAnchor.toFixed(2),
    r.gateCpuMs.toFixed(1),
    r.estimateMs.toFixed(1),
    r.estimateNsPerElementAnchor.toFixed(2),
    r.estimateCpuMs.toFixed(1),
    r.totalMs.toFixed(1),
  ]);
  const widths = header.map((hd, i) => Math.max(hd.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(fmt(l));
}

/** `kvmesh bench anchors` (cli/commands.ts declares the flags). */
export async function runAnchorsBench(a: { readonly json?: string; readonly runs: number; readonly tokens: readonly number[]; readonly anchors: readonly number[] }): Promise<void> {
  const { json, runs } = a;
  const started = new Date().toISOString();
  const rows = benchAnchors([...a.tokens], [...a.anchors], runs);
  printTable(rows);
  if (json !== undefined) {
    const result = {
      bench: "anchors",
      backend: cpuBackend.name,
      started,
      ...machine(),
      runs,
      note: "f16 base and deltas; gate = reuseGate (V, k = all tokens); estimate = estimateOffset (K and V, copy, no following text); ns/el/a = ms * 1e6 / (elements * anchors), elements over layers >= 1",
      rows,
    };
    writeJsonReport(json, result);
  }
}
