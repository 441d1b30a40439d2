import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { BrokerSourceStats } from "../../agents/cache/broker-source.js";
import type { AgentJob, AgentStep } from "../../scripts/agent-process.js";

export type { AgentJob, AgentStep } from "../../scripts/agent-process.js";

/** One result line of scripts/agent-process.ts. */
export interface AgentStepResult {
  readonly label?: string;
  readonly text: string;
  readonly outputTokenIds: number[];
  readonly promptTokens: number;
  readonly reusedTokens: number;
  readonly fallback?: string;
  readonly fallbacks: number;
  readonly fallbackReasons: Record<string, number>;
  readonly published: number;
  readonly source: BrokerSourceStats;
  readonly error?: string;
}


export interface AgentProcess extends AsyncDisposable {
  readonly process: ChildProcess;
  /** The next result line (in order). */
  next(timeoutMs?: number): Promise<AgentStepResult>;
  /** Sends a step (needs serve mode) and waits for its result. */
  run(step: AgentStep, timeoutMs?: number): Promise<AgentStepResult>;
  stderr(): string;
  /** Asks it to exit and waits; resolves with the exit code. */
  close(): Promise<number | null>;
}

const SCRIPT = fileURLToPath(new URL("../../scripts/agent-process.ts", import.meta.url));
const TSX_LOADER = new URL("../../node_modules/tsx/dist/loader.mjs", import.meta.url).href;

/**
 * scripts/agent-process.ts as a child process: it runs the job's steps, and in
 * serve mode more steps sent later (so a test can act between calls).
 */
export async function startAgentProcess(job: AgentJob, opts: { serve?: boolean } = {}): Promise<AgentProcess> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-agentp-"));
  const jobFile = path.join(dir, "job.json");
  await writeFile(jobFile, JSON.stringify(job));
  const args = ["--import", TSX_LOADER, SCRIPT, "--job", jobFile];
  if (opts.serve) args.push("--serve");
  const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"] });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => { err += d.toString(); });
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const lines: unknown[] = [];
  const waiters: ((v: unknown) => void)[] = [];
  const rl = createInterface({ input: child.stdout! });
  rl.on("line", (line) => {
    let v: unknown;
    try { v = JSON.parse(line); } catch { return; }
    const w = waiters.shift();
    if (w) w(v); else lines.push(v);
  });
  const nextRaw = (timeoutMs: number) => new Promise<unknown>((resolve, reject) => {
    if (lines.length > 0) { resolve(lines.shift()); return; }
    const timer = setTimeout(() => reject(new Error(`agent process: no result in ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
    const onExit = (code: number | null) => { clearTimeout(timer); reject(new Error(`agent process exited (${code}): ${err}`)); };
    child.once("exit", onExit);
    waiters.push((v) => { clearTimeout(timer); child.off("exit", onExit); resolve(v); });
  });
  const next = async (timeoutMs = 60_000): Promise<AgentStepResult> => {
    for (;;) {
      const v = await nextRaw(timeoutMs) as AgentStepResult & { ready?: boolean };
      if (!v.ready) return v;
    }
  };
  const run = (step: AgentStep, timeoutMs?: number) => {
    child.stdin!.write(JSON.stringify(step) + "\n");
    return next(timeoutMs);
  };
  let closing: Promise<number | null> | undefined;
  const close = () => (closing ??= (async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin!.write(JSON.stringify({ op: "exit" }) + "\n");
      child.stdin!.end();
    }
    const t = setTimeout(() => child.kill("SIGKILL"), 15_000);
    const code = await exited;
    clearTimeout(t);
    await rm(dir, { recursive: true, force: true });
    return code;
  })());
  return { process: child, next, run, stderr: () => err, close, [Symbol.asyncDispose]: async () => { await close(); } };
}
