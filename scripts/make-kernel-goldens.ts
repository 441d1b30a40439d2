/**
 * Writes the kernel golden vectors, test/golden/kernels/*.json, from an
 * independent float64 reference (this file does not import kernels/).
 * Deterministic: fixed seeds, so re-running it gives the same files.
 *
 *   npx tsx scripts/make-kernel-goldens.ts [outDir]
 *
 * What any KernelBackend must reproduce, and how closely (checked by
 * test/unit/kernels/golden-conformance.test.ts):
 * - f16.json: f16 <-> f32 bit conversions, exact (including NaN payloads as
 *   x86 F16C converts them).
 * - rope.json: RoPE shifts. Angles follow ggml-cpu's f32 schedule
 *   (theta_scale = powf(base, -2/nRot), theta *= theta_scale per pair, then
 *   / freq_factor, * freq_scale, cos/sin stored as f32); the rotation is done
 *   here in double. f32 results: within 2e-6 x the pair's norm; f16 results:
 *   within 1 f16 ulp; unrotated dimensions: exact.
 * - q8_0.json: q8_0 quantization (the f16 scale exact, each q within 1 of
 *   round-half-away(x/d) and only where x/d is within 1e-4 of a tie) and
 *   dequantization (exact).
 * - offset.json: the offset primitives, within 1e-6 relative.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bitsFromF32, f32FromBits, f32ToF16StressInputs, fnv1a, gaussian, mulberry32 } from "../test/unit/kernels/golden-inputs.js";

const fr = Math.fround;

// ---------------------------------------------------------------- f16 reference

/** f16 bits -> f32 bits, from the value computed in double. */
function refF16ToF32Bits(h: number): number {
  const sign = h & 0x8000 ? 0x80000000 : 0;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 31) return (m === 0 ? sign | 0x7f800000 : sign | 0x7fc00000 | (m << 13)) >>> 0;
  const mag = e === 0 ? m * 2 ** -24 : (1024 + m) * 2 ** (e - 25);
  return bitsFromF32(sign ? -mag : mag);
}

function floorLog2(a: number): number {
  let e = 0;
  while (2 ** (e + 1) <= a) e++;
  while (2 ** e > a) e--;
  return e;
}

/** A double -> f16 bits, rounding the exact value to nearest, ties to even (finite input). */
function refDoubleToF16Bits(v: number): number {
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  const a = Math.abs(v);
  if (a >= 65520) return sign | 0x7c00;
  const ulp = a < 2 ** -14 ? 2 ** -24 : 2 ** (floorLog2(a) - 10);
  const n = a / ulp; // exact: a power-of-two scaling
  let r = Math.floor(n);
  const frac = n - r;
  if (frac > 0.5 || (frac === 0.5 && r % 2 === 1)) r++;
  const val = r * ulp;
  if (val < 2 ** -14) return sign | (val / 2 ** -24);
  const e = floorLog2(val);
  const mant = (val / 2 ** e) * 1024 - 1024;
  return sign | ((e + 15) << 10) | mant;
}

function refF32BitsToF16Bits(bits: number): number {
  const a = bits & 0x7fffffff;
  const sign = bits & 0x80000000 ? 0x8000 : 0;
  if (a > 0x7f800000) return sign | 0x7e00 | ((a >>> 13) & 0x3ff);
  if (a === 0x7f800000) return sign | 0x7c00;
  return refDoubleToF16Bits(f32FromBits(bits));
}

function makeF16(): unknown {
  const allOut = new Uint32Array(65536);
  for (let h = 0; h < 65536; h++) allOut[h] = refF16ToF32Bits(h);
  const edgeHalves = [
    0x0000, 0x8000, 0x0001, 0x8001, 0x0002, 0x01ff, 0x0200, 0x03ff, 0x83ff, 0x0400, 0x0401, 0x3bff, 0x3c00, 0x3c01,
    0xbc00, 0x7bff, 0xfbff, 0x7c00, 0xfc00, 0x7c01, 0x7d00, 0x7dff, 0x7e00, 0x7e01, 0x7fff, 0xfc01, 0xfe00, 0xffff,
    0x3555, 0x4248, 0xc248,
  ];
  const stress = f32ToF16StressInputs();
  const stressOut = new Uint16Array(stress.length);
  for (let i = 0; i < stress.length; i++) stressOut[i] = refF32BitsToF16Bits(stress[i]);
  const rand = mulberry32(0xf16);
  const edgeF32 = [
    0x00000000, 0x80000000, 0x00000001, 0x33000000, 0x33000001, 0x33400000, 0x33c00000, 0x34000000, 0x387fc000,
    0x387fe000, 0x387ff000, 0x38800000, 0x3f800000, 0x3f801000, 0x3f803000, 0x3f801001, 0x3f800fff, 0x477fe000,
    0x477fefff, 0x477ff000, 0x47800000, 0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000, 0x7f800001,
    0x7fa00000, 0x7fbfe000, 0x7fffffff, 0xc0490fdb, 0x3eaaaaab,
  ];
  for (let i = 0; i < 200; i++) {
    const e = 96 + Math.floor(rand() * 52);
    const m = Math.floor(rand() * 0x800000);
    edgeF32.push(((rand() < 0.5 ? 0x80000000 : 0) | (e << 23) | m) >>> 0);
  }
  return {
    description:
      "f16<->f32 bit conversions; exact. f32->f16 rounds to nearest even; NaNs as x86 F16C converts them " +
      "(f32->f16: sign|0x7e00|mant>>13, f16->f32: sign|0x7fc00000|mant<<13).",
    f16ToF32: {
      allHash: fnv1a(allOut, 4),
      allHashOf: "fnv1a32 over the little-endian u32 f32 bits of f16ToF32(all halves 0..65535 in order)",
      cases: edgeHalves.map((h) => [h, allOut[h]]),
    },
    f32ToF16: {
      stressCount: stress.length,
      stressHash: fnv1a(stressOut, 2),
      stressHashOf: "fnv1a32 over the little-endian u16 results of f32ToF16(f32ToF16StressInputs())",
      cases: edgeF32.map((b) => [b >>> 0, refF32BitsToF16Bits(b)]),
    },
  };
}

// --------------------------------------------------------------- rope reference

interface RopeCase {
  name: string;
  style: "normal" | "neox";
  headDim: number;
  nRot: number;
  freqBase: number;
  freqScale: number;
  freqFactors?: number[];
  nTokens: number;
  nHeads: number;
  delta: number | number[];
}

/** theta_i for a shift by `delta`, following ggml-cpu's f32 schedule, written out plainly. */
function refThetas(c: RopeCase, delta: number): number[] {
  const ts = fr(Math.pow(fr(c.freqBase), fr(-2 / c.nRot)));
  const out: number[] = [];
  for (let i = 0; i < c.nRot / 2; i++) {
    let theta = fr(delta);
    for (let j = 0; j < i; j++) theta = fr(theta * ts);
    if (c.freqFactors) theta = fr(theta / fr(c.freqFactors[i]));
    out.push(fr(fr(c.freqScale) * theta));
  }
  return out;
}

/** Rotated values in double for one head row (input values as doubles). */
function refRotateRow(c: RopeCase, row: number[], thetas: number[]): number[] {
  const out = row.slice();
  const half = c.nRot / 2;
  for (let i = 0; i < half; i++) {
    const cs = fr(Math.cos(thetas[i]));
    const sn = fr(Math.sin(thetas[i]));
    const [a, b] = c.style === "neox" ? [i, i + half] : [2 * i, 2 * i + 1];
    out[a] = row[a] * cs - row[b] * sn;
    out[b] = row[a] * sn + row[b] * cs;
  }
  return out;
}

function refRope(c: RopeCase, input: number[]): number[] {
  const out: number[] = [];
  for (let t = 0; t < c.nTokens; t++) {
    const d = typeof c.delta === "number" ? c.delta : c.delta[t];
    const th = refThetas(c, d);
    for (let h = 0; h < c.nHeads; h++) {
      const off = (t * c.nHeads + h) * c.headDim;
      out.push(...refRotateRow(c, input.slice(off, off + c.headDim), th));
    }
  }
  return out;
}

/** Llama-3 style rope_freqs factors (factor 8, low 1, high 4, original context 8192). */
function llama3Factors(nRot: number, base: number): number[] {
  const out: number[] = [];
  const [factor, low, high, orig] = [8, 1, 4, 8192];
  for (let i = 0; i < nRot / 2; i++) {
    const freq = 1 / Math.pow(base, (2 * i) / nRot);
    const wavelen = (2 * Math.PI) / freq;
    let f: number;
    if (wavelen < orig / high) f = 1;
    else if (wavelen > orig / low) f = factor;
    else {
      const smooth = (orig / wavelen - low) / (high - low);
      f = 1 / ((1 - smooth) / factor + smooth);
    }
    out.push(fr(f));
  }
  return out;
}

function makeRope(): unknown {
  const rand = mulberry32(0x5eed);
  const g = gaussian(rand);
  const cases: RopeCase[] = [
    { name: "normal-basic", style: "normal", headDim: 64, nRot: 64, freqBase: 10000, freqScale: 1, nTokens: 4, nHeads: 2, delta: 7 },
    { name: "neox-negative", style: "neox", headDim: 64, nRot: 64, freqBase: 1000000, freqScale: 1, nTokens: 3, nHeads: 2, delta: -13 },
    { name: "normal-linear-scale", style: "normal", headDim: 32, nRot: 32, freqBase: 500000, freqScale: 0.25, nTokens: 3, nHeads: 2, delta: 1000 },
    {
      name: "normal-llama3-factors", style: "normal", headDim: 64, nRot: 64, freqBase: 500000, freqScale: 1,
      freqFactors: llama3Factors(64, 500000), nTokens: 3, nHeads: 2, delta: 321,
    },
    { name: "neox-partial-rot", style: "neox", headDim: 48, nRot: 16, freqBase: 10000, freqScale: 1, nTokens: 3, nHeads: 3, delta: 5 },
    { name: "normal-partial-rot", style: "normal", headDim: 40, nRot: 24, freqBase: 10000, freqScale: 1, nTokens: 2, nHeads: 2, delta: -3 },
    {
      name: "normal-per-token", style: "normal", headDim: 32, nRot: 24, freqBase: 10000, freqScale: 1, nTokens: 8, nHeads: 2,
      delta: [0, 1, -1, 4096, 100000, 1, 1, -77],
    },
    {
      name: "neox-per-token-factors-scale", style: "neox", headDim: 32, nRot: 32, freqBase: 500000, freqScale: 0.5,
      freqFactors: llama3Factors(32, 500000), nTokens: 5, nHeads: 2, delta: [2, 2, 9, -2048, 31],
    },
    { name: "normal-large-delta", style: "normal", headDim: 32, nRot: 32, freqBase: 10000, freqScale: 1, nTokens: 2, nHeads: 2, delta: 1 << 20 },
  ];
  const f32Cases = cases.map((c) => {
    const n = c.nTokens * c.nHeads * c.headDim;
    const input: number[] = [];
    for (let i = 0; i < n; i++) input.push(fr(g() * (1 + 3 * rand())));
    const expected = refRope(c, input).map(fr);
    return { ...c, input, expected };
  });
  const f16Names = new Set(["normal-basic", "neox-negative", "normal-llama3-factors", "neox-partial-rot", "normal-per-token"]);
  const f16Cases = cases
    .filter((c) => f16Names.has(c.name))
    .map((c) => {
      const n = c.nTokens * c.nHeads * c.headDim;
      const input: number[] = [];
      for (let i = 0; i < n; i++) input.push(refDoubleToF16Bits(g() * 4));
      const vals = input.map((h) => f32FromBits(refF16ToF32Bits(h)));
      const expected = refRope(c, vals).map(refDoubleToF16Bits);
      return { ...c, input, expected };
    });
  return {
    description:
      "RoPE shifts (ropeShift on f32, ropeShiftF16 on f16 bits). Layout [token][head][headDim]. " +
      "Angles per ggml-cpu's f32 schedule; rotation in double. f32: |got-expected| <= 2e-6 * hypot(pair input); " +
      "f16: within 1 ulp; dims >= nRot: exact.",
    f32: f32Cases,
    f16: f16Cases,
  };
}

// -------------------------------------------------------------- q8_0 reference

function refQuantize(x: number[]): { bytes: number[]; d: number[] } {
  const bytes: number[] = [];
  const ds: number[] = [];
  for (let b = 0; b < x.length / 32; b++) {
    const blk = x.slice(b * 32, b * 32 + 32);
    const amax = Math.max(...blk.map(Math.abs));
    const d = fr(amax / 127);
    const h = refF32BitsToF16Bits(bitsFromF32(d));
    bytes.push(h & 0xff, h >>> 8);
    for (const v of blk) {
      const r = d === 0 ? 0 : v / d;
      const q = Math.sign(r) * Math.floor(Math.abs(r) + 0.5);
      bytes.push(q & 0xff);
    }
    ds.push(d);
  }
  return { bytes, d: ds };
}

function refDequantize(bytes: number[], n: number): number[] {
  const out: number[] = [];
  for (let b = 0; b < n / 32; b++) {
    const o = b * 34;
    const d = f32FromBits(refF16ToF32Bits(bytes[o] | (bytes[o + 1] << 8)));
    for (let j = 0; j < 32; j++) {
      const q = bytes[o + 2 + j] >= 128 ? bytes[o + 2 + j] - 256 : bytes[o + 2 + j];
      out.push(fr(q * d));
    }
  }
  return out;
}

function makeQ8(): unknown {
  const rand = mulberry32(0x0808);
  const g = gaussian(rand);
  const blocks: number[][] = [];
  for (let b = 0; b < 6; b++) blocks.push(Array.from({ length: 32 }, () => fr(g() * (0.1 + 5 * rand()))));
  blocks.push(new Array(32).fill(0)); // all zero: d = 0
  blocks.push(Array.from({ length: 32 }, (_, j) => fr((j - 16) * 1e-4))); // tiny: subnormal f16 d
  blocks.push(Array.from({ length: 32 }, (_, j) => fr(j === 5 ? -254 : (j - 16) * 0.5))); // negative amax; halves
  blocks.push(Array.from({ length: 32 }, () => fr(1e-8 * g()))); // d rounds to 0 in f16
  const cases = [
    { name: "random-and-edges", input: blocks.flat() },
    { name: "single-block", input: Array.from({ length: 32 }, () => fr(g())) },
  ].map((c) => {
    const { bytes, d } = refQuantize(c.input);
    const hex = Buffer.from(bytes).toString("hex");
    return { ...c, d, bytes: hex, dequantized: refDequantize(bytes, c.input.length) };
  });
  return {
    description:
      "ggml q8_0 (block_q8_0: f16 d little-endian, then 32 int8). d = f32(amax/127) stored as f16 (exact); " +
      "q = round-half-away(x/d): a backend may differ by 1 only where x/d is within 1e-4 of a tie. " +
      "dequantized = dequantizeQ8_0(bytes): exact.",
    cases,
  };
}

// ------------------------------------------------------------ offset reference

function makeOffset(): unknown {
  const rand = mulberry32(0x0ff5e7);
  const g = gaussian(rand);
  const rows = 7;
  const cols = 13;
  const mat = (): number[] => Array.from({ length: rows * cols }, () => fr(g() * 2));
  const vec = (n: number): number[] => Array.from({ length: n }, () => fr(g()));
  const x = mat();
  const y = mat();
  const d = mat();
  const wRow = vec(rows);
  const wCol = vec(cols);
  const outRow0 = vec(rows);
  const outCol0 = vec(cols);
  const rowAbs = outRow0.map((o, r) => {
    let s = 0;
    for (let c = 0; c < cols; c++) s += Math.abs(x[r * cols + c] - y[r * cols + c]);
    return fr(o + s);
  });
  const colSq = outCol0.map((o, c) => {
    let s = 0;
    for (let r = 0; r < rows; r++) s += (x[r * cols + c] - y[r * cols + c]) ** 2;
    return fr(o + s);
  });
  let sq = 0;
  const n = rows * cols - 5;
  for (let i = 0; i < n; i++) sq += (x[i] - y[i]) ** 2;
  const addRow = x.map((v, i) => fr(v + wRow[Math.floor(i / cols)] * d[i]));
  const addCol = x.map((v, i) => fr(v + wCol[i % cols] * d[i]));
  return {
    description: "Offset primitives on row-major [rows][cols] f32; outputs within 1e-6 relative (of the largest magnitude involved).",
    rows,
    cols,
    x,
    y,
    d,
    wRow,
    wCol,
    rowAbsDiffSum: { out: outRow0, expected: rowAbs },
    colSqDiffSum: { out: outCol0, expected: colSq },
    sqDiffSum: { n, expected: sq },
    addRowScaled: { expected: addRow },
    addColScaled: { expected: addCol },
  };
}

// ------------------------------------------------------------------------ main

const outDir = process.argv[2] ?? join(import.meta.dirname ?? ".", "..", "test", "golden", "kernels");
mkdirSync(outDir, { recursive: true });
const files: [string, unknown][] = [
  ["f16.json", makeF16()],
  ["rope.json", makeRope()],
  ["q8_0.json", makeQ8()],
  ["offset.json", makeOffset()],
];
for (const [name, data] of files) {
  const text = JSON.stringify(data) + "\n";
  writeFileSync(join(outDir, name), text);
  console.log(`${join(outDir, name)}: ${(text.length / 1024).toFixed(1)} KB`);
}
