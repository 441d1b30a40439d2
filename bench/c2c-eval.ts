/**
 * `kvmesh eval c2c`: the Cache-to-Cache evaluation on the designed setting (models/c2c/facts.py):
 * receiver alone, sharer alone, text-to-text (sharer as retriever, receiver as reader), C2C, and the
 * two controls (zeroed projection, shuffled sharer cache), on held-out questions.
 *
 * The pair is checked here first: the projector must carry both GGUFs' fingerprints (a wrong pair is
 * refused with ProjectorPairError before anything runs). Engines:
 * - "llama" (default): kvmesh's own path: two agents (llama.cpp through node-llama-cpp, CPU), the KV cut
 *   out of both, fused on the CPU (kernels/c2c-fuser.ts via agents/correct/c2c-fusion.ts) and loaded into the
 *   receiver's sequence; questions from models/c2c/heldout.json.
 * - "pytorch": models/c2c/run_c2c.py --eval-only (both models and the fuser in PyTorch, f32), the
 *   implementation the device run used.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Agent } from "../agents/agent.js";
import { decodeGreedy, fuseIntoReceiver, type C2cTimes, type ProjectorFuse } from "../agents/correct/c2c-fusion.js";
import { cudaStatus, type DeviceKernels } from "../kernels/cuda/cuda-backend.js";
import { DeviceFuser } from "../kernels/cuda/device-c2c-fuser.js";
import { deviceFuserLayers } from "../models/projector-apply.js";
import { defaultThreads } from "../agents/llama-runtime.js";
import { c2cLinearKernel } from "../kernels/c2c-fuser.js";
import { KvmeshError } from "../models/errors.js";
import { packageRoot } from "../models/package-root.js";
import { openProjector, type ProjectorFile } from "../models/projector-file.js";
import { readModelInfo } from "../models/read-model-info.js";
import { machine, writeJsonReport } from "./report-files.js";
import { buildAgentParts, type SharedInput } from "../pipelines/suite/format.js";
import { ragSuite } from "../pipelines/suite/rag.js";
import { normalizeAnswer } from "../pipelines/suite/types.js";

/** The evaluation could not run (no Python with torch and sentencepiece, or the script failed). */
export class C2cEvalError extends KvmeshError {}

export const C2C_METHODS = ["receiver", "sharer", "text", "c2c", "zeroed", "shuffled"] as const;

export interface C2cEvalOptions {
  readonly sharer: string;
  readonly receiver: string;
  readonly projector: string;
  readonly json?: string;
  readonly limit?: number;
  readonly threads?: number;
  readonly python: string;
  readonly engine: "llama" | "pytorch";
  /** Engine llama: where the fuser runs (cuda: native/cuda/c2c-fuser.cu through kernels/cuda/device-c2c-fuser.ts). */
  readonly fuser?: "cpu" | "cuda";
  readonly log?: (line: string) => void;
}

/** One held-out question of the designed setting (models/c2c/heldout.json). */
export interface HeldOutQuestion {
  readonly qid: number;
  readonly question: string;
  readonly documents: string;
  readonly answer: string;
  readonly partner: number;
}

interface MethodResult {
  accuracy: number;
  stderr: number;
  latencyMs: number;
  n: number;
  correct: number;
  fallbacks?: number;
}

const median = (xs: readonly number[]): number => {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};
const quantile = (xs: readonly number[], q: number): number => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

function runPython(python: string, args: readonly string[], log?: (l: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PYTHONUNBUFFERED: "1" } });
    let tail = "";
    const take = (b: Buffer): void => {
      const s = b.toString("utf8");
      tail = (tail + s).slice(-4000);
      for (const line of s.split("\n")) if (line.trim()) log?.(line);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", (e) => reject(new C2cEvalError(`cannot start ${python} (the C2C evaluation needs Python 3 with torch, numpy and sentencepiece): ${e.message}`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new C2cEvalError(`models/c2c/run_c2c.py --eval-only exited with ${code}:\n${tail}`))));
  });
}

/** The GPU kernels for --fuser cuda, or a C2cEvalError saying why there are none. */
function cudaKernels(): DeviceKernels {
  const cuda = cudaStatus();
  if (!cuda.ok) throw new C2cEvalError(`--fuser cuda: ${cuda.reason}`);
  return cuda.device;
}

export async function runC2cEval(o: C2cEvalOptions): Promise<Record<string, MethodResult>> {
  if (o.engine === "llama" && o.fuser === "cuda") cudaKernels(); // before any model is read
  const [sharer, receiver] = await Promise.all([readModelInfo(o.sharer), readModelInfo(o.receiver)]);
  const projector = openProjector(new Uint8Array(await readFile(o.projector)), { sharer: sharer.fingerprint, receiver: receiver.fingerprint });
  o.log?.(`projector ${projector.header.sharer.name} -> ${projector.header.receiver.name} accepted for this pair (sharer ${sharer.fingerprint}, receiver ${receiver.fingerprint})`);
  const report = o.engine === "pytorch" ? await pytorchEval(o) : await llamaEval(o, projector);
  const methods = report.methods as Record<string, MethodResult>;
  const rows = C2C_METHODS.map((m) => {
    const x = methods[m];
    return `${m.padEnd(9)} ${(100 * x.accuracy).toFixed(1).padStart(5)}% ± ${(100 * x.stderr).toFixed(1)}  (${x.correct}/${x.n})  latency median ${x.latencyMs.toFixed(1)} ms`;
  });
  console.log(`C2C on held-out fact questions (${String(report.implementation)})\n${rows.join("\n")}`);
  if (o.json) {
    writeJsonReport(o.json, {
      ...report,
      date: new Date().toISOString(),
      machine: machine(),
      pair: { sharer: { path: o.sharer, fingerprint: sharer.fingerprint }, receiver: { path: o.receiver, fingerprint: receiver.fingerprint } },
    });
  }
  return methods;
}

async function pytorchEval(o: C2cEvalOptions): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), "kvmesh-c2c-"));
  try {
    const out = join(dir, "eval.json");
    const script = join(packageRoot(), "models", "c2c", "run_c2c.py");
    const args = [script, "--eval-only", "--receiver", o.receiver, "--sharer", o.sharer, "--projector", o.projector, "--json", out, "--out", dir];
    if (o.limit) args.push("--limit", String(o.limit));
    if (o.threads) args.push("--threads", String(o.threads));
    await runPython(o.python, args, o.log);
    return JSON.parse(await readFile(out, "utf8")) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The held-out questions, in file order. */
export async function heldOutQuestions(): Promise<HeldOutQuestion[]> {
  return (JSON.parse(await readFile(join(packageRoot(), "models", "c2c", "heldout.json"), "utf8")) as { questions: HeldOutQuestion[] }).questions;
}

/** A question's user inputs, as every method's prompt reads them. */
export const inputs = (q: HeldOutQuestion): SharedInput[] => [
  { id: "question", header: "question", text: q.question },
  { id: "documents", header: "documents", text: q.documents },
];
const ROLE = ragSuite.roles;

/** One method on one question: the reply text, and whether it fell back to a full prefill (with why). */
async function llamaMethod(
  m: (typeof C2C_METHODS)[number], q: HeldOutQuestion, partner: HeldOutQuestion, receiver: Agent, sharer: Agent, projector: ProjectorFile,
  fuse?: ProjectorFuse,
): Promise<{ reply: string; message?: string; fallback?: string; stages?: C2cTimes }> {
  const answerer = buildAgentParts(ROLE.answerer.system, inputs(q), []);
  if (m === "receiver" || m === "sharer") {
    return { reply: (await (m === "receiver" ? receiver : sharer).generate(answerer, { maxTokens: ROLE.answerer.maxTokens })).text };
  }
  if (m === "text") {
    const quote = (await sharer.generate(buildAgentParts(ROLE.retriever.system, inputs(q), []), { maxTokens: ROLE.retriever.maxTokens })).text;
    const reader = buildAgentParts(ROLE.reader.system, inputs(q), [{ role: "retriever", text: quote }]);
    return { reply: (await receiver.generate(reader, { maxTokens: ROLE.reader.maxTokens })).text, message: quote };
  }
  const tokens = Array.from(receiver.tokenize(answerer).tokens);
  const head = tokens.slice(0, -1);
  let sharerTokens: number[] | undefined;
  if (m === "shuffled") {
    // another question's prompt (a different thing), cropped or tiled to this prompt's length
    const other = Array.from(sharer.tokenize(buildAgentParts(ROLE.answerer.system, inputs(partner), [])).tokens).slice(0, -1);
    sharerTokens = Array.from({ length: head.length }, (_, i) => other[i % other.length]);
  }
  let stages: C2cTimes;
  try {
    stages = await fuseIntoReceiver(receiver, sharer, projector, head, { sharerTokens, mode: m === "zeroed" ? "zeroed" : "fuse", fuse });
  } catch (e) {
    const fallback = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { reply: (await receiver.generate(answerer, { maxTokens: ROLE.answerer.maxTokens })).text, fallback };
  }
  return { reply: await decodeGreedy(receiver, tokens.slice(-1), ROLE.answerer.maxTokens), stages };
}

async function llamaEval(o: C2cEvalOptions, projector: ProjectorFile): Promise<Record<string, unknown>> {
  const all = await heldOutQuestions();
  const qs = o.limit ? all.slice(0, o.limit) : all;
  const threads = o.threads ?? (await defaultThreads());
  await using receiver = await Agent.create({ modelPath: o.receiver, name: "receiver", threads, contextSize: 512 });
  await using sharer = await Agent.create({ modelPath: o.sharer, name: "sharer", threads, contextSize: 512 });
  using device = o.fuser === "cuda" ? new DeviceFuser(cudaKernels(), deviceFuserLayers(projector), projector.header.layerMap) : undefined;
  const fuse: ProjectorFuse | undefined = device ? (s, r, n, mode) => device.fuse(s, r, n, mode) : undefined;
  const fuserName = device ? "native/cuda/c2c-fuser.cu (GPU, f32)" : `kernels/c2c-fuser.ts (CPU, f32, dense layers: ${c2cLinearKernel()})`;
  o.log?.(`llama.cpp CPU, ${threads} threads, injection path ${receiver.injectionPath}; ${qs.length} held-out questions`);
  const res = Object.fromEntries(C2C_METHODS.map((m) => [m, { ok: [] as number[], ms: [] as number[], fallbacks: [] as string[], stages: [] as C2cTimes[] }]));
  const replies: Record<string, unknown>[] = [];
  for (const q of qs.slice(0, 2)) for (const m of C2C_METHODS) await llamaMethod(m, q, all[q.partner], receiver, sharer, projector, fuse); // warm-up, untimed
  const t0 = performance.now();
  for (const [i, q] of qs.entries()) {
    const row: Record<string, unknown> = { qid: q.qid, answer: q.answer };
    for (const m of C2C_METHODS) { // methods interleaved per question
      const t = performance.now();
      const r = await llamaMethod(m, q, all[q.partner], receiver, sharer, projector, fuse);
      res[m].ms.push(performance.now() - t);
      const ok = ragSuite.extractAnswer(r.reply) === normalizeAnswer(q.answer) ? 1 : 0;
      res[m].ok.push(ok);
      if (r.fallback) res[m].fallbacks.push(r.fallback);
      if (r.stages) res[m].stages.push(r.stages);
      row[m] = r.message === undefined ? { ok, reply: r.reply } : { ok, reply: r.reply, message: r.message };
    }
    replies.push(row);
    if ((i + 1) % 20 === 0) o.log?.(`${i + 1}/${qs.length} questions`);
  }
  const n = qs.length;
  const methods = Object.fromEntries(C2C_METHODS.map((m) => {
    const r = res[m];
    const correct = r.ok.reduce((a, b) => a + b, 0);
    const p = correct / n;
    return [m, {
      accuracy: p, stderr: Math.sqrt((p * (1 - p)) / n), n, correct, latencyMs: median(r.ms),
      latencyMeanMs: r.ms.reduce((a, b) => a + b, 0) / n, latencyP10Ms: quantile(r.ms, 0.1), latencyP90Ms: quantile(r.ms, 0.9),
      fallbacks: r.fallbacks.length, fallbackReasons: [...new Set(r.fallbacks)],
      ...(r.stages.length ? { stagesMedianMs: Object.fromEntries((Object.keys(r.stages[0]) as (keyof C2cTimes)[]).map((k) => [k, median(r.stages.map((x) => x[k]))])) } : {}),
    }];
  }));
  const paired = (a: string, b: string) => {
    const d = res[a].ok.map((x, i) => x - res[b].ok[i]);
    const mean = d.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, n - 1));
    return { diff: mean, stderr: sd / Math.sqrt(n), n };
  };
  return {
    setting: "designed C2C setting (models/c2c/facts.py): 4 conflicting records, the sharer has read the facts",
    implementation: `kvmesh agents: llama.cpp (node-llama-cpp) CPU, ${threads} threads, ${receiver.injectionPath} injection; fuser ${fuserName}; greedy`,
    heldOut: { questions: n, of: all.length, seed: 1000 },
    projector: { sharer: projector.header.sharer, receiver: projector.header.receiver, layerMap: projector.header.layerMap, gates: projector.header.gates },
    methods,
    paired: Object.fromEntries([["c2c", "text"], ["c2c", "receiver"], ["zeroed", "receiver"], ["shuffled", "receiver"], ["c2c", "sharer"]].map(([a, b]) => [`${a}-${b}`, paired(a, b)])),
    evalSeconds: (performance.now() - t0) / 1000,
    replies,
  };
}
