/**
 * `kvmesh eval c2c`: the Cache-to-Cache evaluation on the designed setting (models/c2c/facts.py):
 * receiver alone, sharer alone, text-to-text (sharer as retriever, receiver as reader), C2C, and the
 * two controls (zeroed projection, shuffled sharer cache), on held-out questions.
 *
 * The pair is checked here first: the projector must carry both GGUFs' fingerprints (a wrong pair is
 * refused with ProjectorPairError before anything runs). The six methods then run in the PyTorch
 * implementation (models/c2c/run_c2c.py --eval-only: both models and the fuser in PyTorch, f32, batch 1,
 * greedy), not through llama.cpp: kvmesh's serving path does not yet move KV between two different
 * models' contexts (models/c2c/README section in models/README.md says what is missing).
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KvmeshError } from "../models/errors.js";
import { packageRoot } from "../models/package-root.js";
import { openProjector } from "../models/projector-file.js";
import { readModelInfo } from "../models/read-model-info.js";
import { machine, writeJsonReport } from "./report-files.js";

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
  readonly log?: (line: string) => void;
}

interface MethodResult {
  accuracy: number;
  stderr: number;
  latencyMs: number;
  n: number;
  correct: number;
}

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

export async function runC2cEval(o: C2cEvalOptions): Promise<Record<string, MethodResult>> {
  const [sharer, receiver] = await Promise.all([readModelInfo(o.sharer), readModelInfo(o.receiver)]);
  const projector = openProjector(new Uint8Array(await readFile(o.projector)), { sharer: sharer.fingerprint, receiver: receiver.fingerprint });
  o.log?.(`projector ${projector.header.sharer.name} -> ${projector.header.receiver.name} accepted for this pair (sharer ${sharer.fingerprint}, receiver ${receiver.fingerprint})`);
  const dir = await mkdtemp(join(tmpdir(), "kvmesh-c2c-"));
  try {
    const out = join(dir, "eval.json");
    const script = join(packageRoot(), "models", "c2c", "run_c2c.py");
    const args = [script, "--eval-only", "--receiver", o.receiver, "--sharer", o.sharer, "--projector", o.projector, "--json", out, "--out", dir];
    if (o.limit) args.push("--limit", String(o.limit));
    if (o.threads) args.push("--threads", String(o.threads));
    await runPython(o.python, args, o.log);
    const r = JSON.parse(await readFile(out, "utf8")) as { methods: Record<string, MethodResult>; [k: string]: unknown };
    const rows = C2C_METHODS.map((m) => {
      const x = r.methods[m];
      return `${m.padEnd(9)} ${(100 * x.accuracy).toFixed(1).padStart(5)}% ± ${(100 * x.stderr).toFixed(1)}  (${x.correct}/${x.n})  latency median ${x.latencyMs.toFixed(1)} ms`;
    });
    console.log(`C2C on held-out fact questions (${String(r.implementation)})\n${rows.join("\n")}`);
    if (o.json) {
      writeJsonReport(o.json, {
        ...r,
        date: new Date().toISOString(),
        machine: machine(),
        pair: { sharer: { path: o.sharer, fingerprint: sharer.fingerprint }, receiver: { path: o.receiver, fingerprint: receiver.fingerprint } },
      });
    }
    return r.methods;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
