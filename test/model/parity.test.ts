/**
 * GGUF-vs-PyTorch parity of the shipped kvmesh models (models/kvmesh-*.gguf) under llama.cpp
 * (node-llama-cpp 3.21.1, CPU).
 *
 * The fixtures (test/fixtures/parity/<model>.json, written by models/train/parity_ref.py on the
 * training host) hold, for 4 held-out sequences of 64 tokens: the PyTorch model's top-20 next-token
 * ids and log-probs at every position (f32 compute, f16-rounded weights as in the GGUF) and its full
 * log-softmax at the last position. llama.cpp evaluates the same tokens; we compare
 *   - max |log p_pt - log p_llama| over the top-20 ids, every position;
 *   - KL(pt || llama) at the last position (full vocabulary), and at every position over the
 *     partition {top-20 ids, everything else} (a lower bound of the full KL);
 *   - top-1 agreement.
 * Tolerances are those of f16 weights and an f16 KV cache (llama.cpp CPU also rounds activations
 * to f16 in f16 matrix products); the measured values are in models/README.md.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { getLlama, type Token } from "node-llama-cpp";

const ROOT = join(import.meta.dirname, "..", "..");

interface ParitySequence {
  readonly tokens: number[];
  readonly top_ids: number[][];
  readonly top_logprobs: number[][];
  readonly last_logprobs: number[];
}

interface ParityFixture {
  readonly model: string;
  readonly gguf_sha256: string;
  readonly topk: number;
  readonly sequences: ParitySequence[];
}

export interface ParityStats {
  positions: number;
  maxAbsTopLogprobDiff: number;
  meanAbsTopLogprobDiff: number;
  lastKl: number[];
  bucketKlMean: number;
  bucketKlMax: number;
  top1Agreement: number;
}

const MIN_P = 1e-45;

function klBucket(refIds: number[], refLp: number[], probs: Map<Token, number>): number {
  let kl = 0;
  let refMass = 0;
  let llMass = 0;
  for (let i = 0; i < refIds.length; i++) {
    const p = Math.exp(refLp[i]);
    const q = Math.max(probs.get(refIds[i] as Token) ?? 0, MIN_P);
    kl += p * (refLp[i] - Math.log(q));
    refMass += p;
    llMass += q;
  }
  const pt = Math.max(1 - refMass, 0);
  const qt = Math.max(1 - llMass, MIN_P);
  if (pt > 1e-12) kl += pt * Math.log(pt / qt);
  return kl;
}

function klFull(refLp: number[], probs: Map<Token, number>): number {
  let kl = 0;
  for (let id = 0; id < refLp.length; id++) {
    const p = Math.exp(refLp[id]);
    if (p === 0) continue;
    const q = Math.max(probs.get(id as Token) ?? 0, MIN_P);
    kl += p * (refLp[id] - Math.log(q));
  }
  return kl;
}

export async function measureParity(ggufPath: string, fixture: ParityFixture): Promise<ParityStats> {
  const llama = await getLlama({ gpu: false, build: "never" });
  const model = await llama.loadModel({ modelPath: ggufPath });
  const ctx = await model.createContext({ contextSize: 256, batchSize: 256, sequences: 1, threads: 2 });
  const seq = ctx.getSequence();
  const stats: ParityStats = {
    positions: 0, maxAbsTopLogprobDiff: 0, meanAbsTopLogprobDiff: 0, lastKl: [],
    bucketKlMean: 0, bucketKlMax: 0, top1Agreement: 0,
  };
  let absSum = 0;
  let absN = 0;
  let klSum = 0;
  let top1 = 0;
  try {
    for (const s of fixture.sequences) {
      await seq.clearHistory();
      const input = s.tokens.map((t) => [t as Token, { generateNext: { probabilities: true } }] as const);
      const out = await seq.controlledEvaluate(input.map(([t, o]) => [t, o]));
      for (let pos = 0; pos < s.tokens.length; pos++) {
        const probs = out[pos]?.next.probabilities;
        assert.ok(probs != null, `no probabilities at position ${pos}`);
        const ids = s.top_ids[pos];
        const lps = s.top_logprobs[pos];
        for (let k = 0; k < ids.length; k++) {
          const d = Math.abs(lps[k] - Math.log(Math.max(probs.get(ids[k] as Token) ?? 0, MIN_P)));
          stats.maxAbsTopLogprobDiff = Math.max(stats.maxAbsTopLogprobDiff, d);
          absSum += d;
          absN++;
        }
        const kl = klBucket(ids, lps, probs);
        klSum += kl;
        stats.bucketKlMax = Math.max(stats.bucketKlMax, kl);
        const llTop = probs.entries().next().value?.[0];
        if (llTop === ids[0]) top1++;
        stats.positions++;
        if (pos === s.tokens.length - 1) stats.lastKl.push(klFull(s.last_logprobs, probs));
      }
    }
  } finally {
    await ctx.dispose();
    await model.dispose();
    await llama.dispose();
  }
  stats.meanAbsTopLogprobDiff = absSum / absN;
  stats.bucketKlMean = klSum / stats.positions;
  stats.top1Agreement = top1 / stats.positions;
  return stats;
}

for (const name of ["kvmesh-tiny", "kvmesh-small"]) {
  const ggufPath = join(ROOT, "models", `${name}.gguf`);
  const fixturePath = join(ROOT, "test", "fixtures", "parity", `${name}.json`);
  const missing = !existsSync(ggufPath) || !existsSync(fixturePath);
  test(`${name}: llama.cpp next-token distributions match the PyTorch reference`,
    { skip: missing ? `${name}.gguf or its fixture is not there` : false, timeout: 300_000 }, async (t) => {
      const fixture = JSON.parse(readFileSync(fixturePath, "utf8")) as ParityFixture;
      const sha = createHash("sha256").update(await readFile(ggufPath)).digest("hex");
      assert.equal(sha, fixture.gguf_sha256, "fixture was made for another GGUF file; rerun parity_ref.py");
      const st = await measureParity(ggufPath, fixture);
      t.diagnostic(JSON.stringify(st));
      assert.equal(st.positions, fixture.sequences.length * fixture.sequences[0].tokens.length);
      assert.ok(st.bucketKlMean < 1e-3, `mean KL over positions ${st.bucketKlMean}`);
      assert.ok(st.bucketKlMax < 1e-2, `max KL over positions ${st.bucketKlMax}`);
      for (const kl of st.lastKl) assert.ok(kl < 1e-2, `last-position KL ${kl}`);
      assert.ok(st.maxAbsTopLogprobDiff < 0.25, `max |dlogp| over top-20 ${st.maxAbsTopLogprobDiff}`);
      assert.ok(st.meanAbsTopLogprobDiff < 0.02, `mean |dlogp| over top-20 ${st.meanAbsTopLogprobDiff}`);
      assert.ok(st.top1Agreement >= 0.97, `top-1 agreement ${st.top1Agreement}`);
    });
}
