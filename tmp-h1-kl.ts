import { getLlama } from "node-llama-cpp";
import { readFile, writeFile } from "node:fs/promises";
const path = process.argv[2] ?? "/tmp/kvm-h1/tiny.gguf";
const llama = await getLlama({ gpu: false, build: "never" });
const model = await llama.loadModel({ modelPath: path });
const text = "The quick brown fox jumps over the lazy dog. People share a cache of memory with every agent in the house, and the model reads each token with care before it writes the answer.";
const toks = [model.tokens.bos!, ...model.tokenize(text)].slice(0, 41);
console.log("n", toks.length);
const ctx = await model.createContext({ contextSize: 512, threads: 2 });
const seq = ctx.getSequence();
const prefix = toks.slice(0, -1), last = toks[toks.length - 1];
await seq.controlledEvaluate(prefix.map((t) => t));
await seq.saveStateToFile("/dev/shm/kvm-h1-a.bin");
const probs = async (): Promise<Map<number, number>> => {
  const r = await seq.controlledEvaluate([[last, { generateNext: { probabilities: true, options: { temperature: 1 } } }]]);
  return r[0]!.next.probabilities! as Map<number, number>;
};
const p0 = await probs();
const buf = await readFile("/dev/shm/kvm-h1-a.bin");
function shifted(d: number): Buffer {
  let o = 8;
  const nTok = buf.readUInt32LE(o); o += 4;
  const tokStart = o; o += 4 * nTok;
  const nStream = buf.readUInt32LE(o); o += 4;
  const cellCount = buf.readUInt32LE(o + 0);
  const cellsStart = o + 4;
  const out = Buffer.alloc(buf.length + 4 * d);
  buf.copy(out, 0, 0, 8);
  out.writeUInt32LE(nTok + d, 8);
  for (let i = 0; i < d; i++) out.writeInt32LE(toks[1 + (i % 30)], 12 + 4 * i);
  buf.copy(out, 12 + 4 * d, tokStart, buf.length);
  const base = 4 * d;
  for (let c = 0; c < cellCount; c++) {
    const p = cellsStart + c * 12;
    out.writeInt32LE(buf.readInt32LE(p) + d, base + p);
  }
  void nStream;
  return out;
}
function kl(p: Map<number, number>, q: Map<number, number>): number {
  let s = 0;
  for (const [t, pv] of p) if (pv > 0) s += pv * Math.log(pv / Math.max(q.get(t) ?? 1e-12, 1e-12));
  return s;
}
const top = (p: Map<number, number>) => [...p.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t, v]) => `${t}:${v.toFixed(3)}`).join(" ");
console.log("base", top(p0), "entropy", -[...p0.values()].reduce((s, v) => s + (v > 0 ? v * Math.log(v) : 0), 0).toFixed(2));
// sanity: reload unmodified
await seq.clearHistory();
await seq.loadStateFromFile("/dev/shm/kvm-h1-a.bin", { acceptRisk: true });
const p1 = await probs();
console.log("reload KL", kl(p0, p1).toExponential(2));
for (const d of [1, 3, 10, 50]) {
  await writeFile("/dev/shm/kvm-h1-b.bin", shifted(d));
  await seq.clearHistory();
  await seq.loadStateFromFile("/dev/shm/kvm-h1-b.bin", { acceptRisk: true });
  const p2 = await probs();
  console.log("shift", d, "KL", kl(p0, p2).toFixed(3), top(p2));
}
