/**
 * Agents in separate OS processes sharing KV through a broker process, set up
 * as a deployment would be (SECURITY.md): NKey users for NATS made by
 * scripts/nats-auth.ts, nats-server started with them, `kvmesh broker` with
 * TLS from a throwaway CA, probed with the standard gRPC health check, then
 * three agent processes one after another (reader, critic, editor), each
 * reading the conversation so far. KV bytes travel over gRPC (TLS), lookups
 * and segment events over NATS. Each later agent injects the KV that earlier
 * agents published (the document, their asks, their replies) instead of
 * prefilling it, and the example prints, per agent, the reused tokens, TTFT
 * with kvmesh against a dense prefill of the same prompt in the same process,
 * and whether the outputs are the same.
 *
 *   npx tsx examples/03-separate-processes/run.ts [--rounds N] [--max-tokens N] [--threads N] [--json FILE]
 *
 * Needs nats-server (Debian: apt-get install nats-server) and openssl.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { connect, nkeyAuthenticator } from "@nats-io/transport-node";
import { GrpcChannel } from "../../agents/transport/grpc-channel.js";
import { defaultThreads } from "../../agents/llama-runtime.js";
import type { ChatMessage } from "../../agents/chat-prompt.js";
import { generateLocalTls } from "../../broker/local-tls.js";
import { packageRoot } from "../../models/package-root.js";
import { natsSubjects } from "../../proto/broker-service.js";
import { healthServiceDefinition, ServingStatus } from "../../proto/health-service.js";
import { healthPb, pb } from "../../proto/wire.js";
import type { AgentJob, AgentReport } from "./agent.js";

const ROOT = packageRoot();
const NAMESPACE = "pipeline";

/** The shared document: shipping records the agents discuss. */
export const DOCUMENT = [
  "Record 12: the ferry Aurora leaves Tallinn at 07:30 and reaches Helsinki at 09:45; it carries 1,200 passengers and 300 cars.",
  "Record 13: the ferry Boreas leaves Helsinki at 11:00 and reaches Stockholm at 07:00 the next day; it has 900 cabins.",
  "Record 14: the cargo ship Caspia loads timber in Riga on Mondays and unloads it in Lubeck on Wednesdays.",
  "Record 15: the ferry Delfin runs between Turku and Mariehamn four times a day; in winter it runs twice a day.",
  "Record 16: the harbour of Tallinn closes its old terminal in March; the Aurora then uses terminal D.",
].join("\n");

/** Who speaks, in order, and what each is asked. */
export const ROLES = [
  { role: "reader", ask: "Read the records and say which ferry reaches Helsinki and when." },
  { role: "critic", ask: "Check the reader's answer against the records. Name one mistake or say it is right." },
  { role: "editor", ask: "Write the final answer in one sentence, using the reader's answer and the critic's check." },
] as const;

export interface ExampleResult {
  readonly agents: AgentReport[];
  /** Segment "stored" events seen on NATS (as the namespace's user). */
  readonly storedEvents: number;
  readonly health: string;
}

export interface ExampleOptions {
  readonly model: string;
  readonly rounds: number;
  readonly maxTokens: number;
  readonly threads: number;
  readonly natsServer?: string;
  /** Progress lines (the deployment steps). */
  readonly log?: (line: string) => void;
}

/** Where nats-server is, or undefined. */
export function findNatsServer(): string | undefined {
  const candidates = [process.env.KVMESH_NATS_SERVER, "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"];
  return candidates.find((p): p is string => p !== undefined && existsSync(p));
}

/** Sets the deployment up, runs the agents one process each, tears everything down. */
export async function runSeparateProcesses(o: ExampleOptions): Promise<ExampleResult> {
  const log = o.log ?? (() => {});
  const nats = o.natsServer ?? findNatsServer();
  if (!nats) throw new Error("nats-server not found (Debian: apt-get install nats-server; or set KVMESH_NATS_SERVER)");
  const dir = await mkdtemp(join(tmpdir(), "kvmesh-example-03-"));
  const children: ChildProcess[] = [];
  // Whatever happens, no child outlives the example.
  const killAll = () => { for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL"); };
  process.on("exit", killAll);
  try {
    // 1. Namespaces and their tokens (gRPC), NKey users (NATS).
    const token = (await import("node:crypto")).randomBytes(16).toString("hex");
    const nsFile = join(dir, "namespaces.json");
    await writeFile(nsFile, JSON.stringify({ [NAMESPACE]: token }), { mode: 0o600 });
    await runToEnd(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "nats-auth.ts"), "--namespaces", nsFile, "--out", join(dir, "nats-auth")]);
    log(`NATS users: NKeys for the broker and namespace "${NAMESPACE}" (scripts/nats-auth.ts)`);

    // 2. nats-server with those users, on a loopback port it picks (-1) and logs.
    await writeFile(join(dir, "nats.conf"), `listen: "127.0.0.1:-1"\ninclude ./nats-auth/nats-auth.conf\n`);
    const natsProc = spawn(nats, ["-c", join(dir, "nats.conf")], { stdio: ["ignore", "ignore", "pipe"] });
    children.push(natsProc);
    const natsUrl = `nats://${await natsAddress(natsProc)}`;
    log(`nats-server: ${natsUrl} (NKey authentication, per-namespace subject permissions)`);

    // 3. A throwaway CA and the broker's certificate; the broker with TLS, NATS and a store.
    const pki = await generateLocalTls(await mkdtemp(join(dir, "tls-")));
    const brokerProc = spawn(process.execPath, [
      join(ROOT, "bin", "kvmesh.js"), "broker", "--grpc", "127.0.0.1:0", "--namespaces", nsFile,
      "--nats", natsUrl, "--nats-seed", join(dir, "nats-auth", "broker.nkey"),
      "--tls-cert", pki.certFile, "--tls-key", pki.keyFile, "--store", join(dir, "store"), "--shm-dir", "off", "--log-level", "warn",
    ], { stdio: ["ignore", "pipe", "pipe"] });
    children.push(brokerProc);
    const grpc = await brokerAddress(brokerProc);
    // Wait for it the way a load balancer would: grpc.health.v1 Check, over TLS.
    const health = await checkHealth(grpc, await readFile(pki.caFile));
    log(`kvmesh broker: gRPC ${grpc} over TLS (pid ${brokerProc.pid}); grpc.health.v1 Check: ${health}`);

    // 4. Watch the namespace's segment events on NATS, as its own user.
    const nc = await connect({
      servers: natsUrl, inboxPrefix: natsSubjects.inbox(NAMESPACE),
      authenticator: nkeyAuthenticator(new TextEncoder().encode((await readFile(join(dir, "nats-auth", `${NAMESPACE}.nkey`), "utf8")).trim())),
    });
    let storedEvents = 0;
    const sub = nc.subscribe(natsSubjects.stored(NAMESPACE), {
      callback: (err, msg) => { if (!err && pb.SegmentEvent.decode(msg.data).kind === pb.SegmentEventKind.SEGMENT_EVENT_KIND_STORED) storedEvents++; },
    });

    // 5. The agents, one process each, one after another: each reads the conversation so far.
    const agents: AgentReport[] = [];
    const conversation: ChatMessage[] = [{ role: "user", content: `Records:\n${DOCUMENT}` }];
    try {
      for (const { role, ask } of ROLES) {
        const messages = [...conversation, { role: "user", content: ask }];
        const job: AgentJob = {
          role, messages, model: o.model, threads: o.threads, rounds: o.rounds, maxTokens: o.maxTokens,
          broker: { grpc, nats: natsUrl, namespace: NAMESPACE, token, natsSeedFile: join(dir, "nats-auth", `${NAMESPACE}.nkey`), caFile: pki.caFile },
        };
        const jobFile = join(dir, `${role}.json`);
        await writeFile(jobFile, JSON.stringify(job), { mode: 0o600 });
        const before = storedEvents;
        const out = await runToEnd(process.execPath, ["--import", "tsx", join(ROOT, "examples", "03-separate-processes", "agent.ts"), jobFile], children);
        const report = JSON.parse(out.trim().split("\n").pop()!) as AgentReport;
        agents.push(report);
        await nc.flush();
        log(`${role} (pid ${report.pid}): done; published ${report.published} segments, ${storedEvents - before} new "stored" events on NATS so far`);
        conversation.push({ role: "user", content: ask }, { role: "assistant", content: report.text });
      }
    } finally {
      sub.unsubscribe();
      await nc.close();
    }
    return { agents, storedEvents, health };
  } finally {
    for (const c of children.reverse()) await stop(c);
    process.off("exit", killAll);
    await rm(dir, { recursive: true, force: true });
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: "string" }, rounds: { type: "string", default: "5" }, "max-tokens": { type: "string", default: "16" },
      threads: { type: "string" }, json: { type: "string" },
    },
  });
  const nats = findNatsServer();
  if (!nats) {
    process.stderr.write("examples/03: nats-server not found (Debian: apt-get install nats-server; or set KVMESH_NATS_SERVER)\n");
    process.exit(2);
  }
  const model = values.model ?? join(ROOT, "models", "kvmesh-tiny.gguf");
  const threads = values.threads ? Number(values.threads) : await defaultThreads();
  const r = await runSeparateProcesses({
    model, rounds: Number(values.rounds), maxTokens: Number(values["max-tokens"]), threads, natsServer: nats,
    log: (l) => console.log(`  ${l}`),
  });
  console.log(`\nper agent (its own process; ${values.rounds} rounds of kvmesh then dense, median TTFT [min-max]; reuse = broker KV injected, "${r.agents.find((a) => a.path !== "none")?.path ?? "none"}" path):`);
  let reused = 0;
  let prompt = 0;
  let same = 0;
  let calls = 0;
  for (const a of r.agents) {
    const range = (xs: number[]) => `${median(xs).toFixed(1)} ms [${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)}]`;
    console.log(`  ${a.role.padEnd(6)} prompt ${String(a.promptTokens).padStart(4)}  reused ${String(median(a.reusedTokens)).padStart(4)}  ` +
      `TTFT dense ${range(a.ttftDenseMs)}, kvmesh ${range(a.ttftKvmeshMs)}  ` +
      `${a.sameAsDense === a.rounds ? "same output as dense" : `OUTPUT DIFFERS from dense in ${a.rounds - a.sameAsDense} of ${a.rounds} rounds`}` +
      `  (lookups over NATS, all rounds: ${a.source.exactHits} hits by content key, ${a.source.aliasHits} by id, ${a.source.misses} misses; ` +
      `fallbacks ${a.fallbacks}${a.fallbacks ? ` ${JSON.stringify(a.fallbackReasons)}` : ""})`);
    console.log(`         says: ${JSON.stringify(a.text)}`);
    if (a !== r.agents[0]) {
      reused += median(a.reusedTokens);
      prompt += a.promptTokens;
    }
    same += a.sameAsDense;
    calls += a.rounds;
  }
  console.log(`later agents: reused ${reused} of ${prompt} prompt tokens from other processes; outputs equal to dense on ${same} of ${calls} calls; ${r.storedEvents} "stored" events on NATS`);
  if (values.json) await writeFile(values.json, JSON.stringify(r, null, 2));
}

/** Runs a command to its end; resolves with its stdout, rejects with its stderr. */
function runToEnd(cmd: string, args: string[], track?: ChildProcess[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    track?.push(p);
    let out = "";
    let err = "";
    p.stdout.on("data", (d: Buffer) => { out += d.toString(); });
    p.stderr.on("data", (d: Buffer) => { err += d.toString(); });
    p.once("error", reject);
    p.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.find((a) => a.endsWith(".ts")) ?? cmd} exited ${code}: ${err.trim()}`))));
  });
}

/** nats-server logs "Listening for client connections on HOST:PORT" once it accepts them. */
function natsAddress(p: ChildProcess): Promise<string> {
  let err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nats-server did not start in 10 s: ${err.trim()}`)), 10_000);
    createInterface({ input: p.stderr! }).on("line", (line) => {
      err += line + "\n";
      const m = /Listening for client connections on (\S+:\d+)/.exec(line);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    p.once("exit", (code) => { clearTimeout(timer); reject(new Error(`nats-server exited (${code}): ${err.trim()}`)); });
  });
}

/** The broker prints {"event":"listening","grpc":...} on stdout once it serves. */
function brokerAddress(p: ChildProcess): Promise<string> {
  let err = "";
  p.stderr!.on("data", (d: Buffer) => { err += d.toString(); });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`broker did not start in 30 s: ${err.trim()}`)), 30_000);
    createInterface({ input: p.stdout! }).on("line", (line) => {
      try {
        const j = JSON.parse(line) as { event?: string; grpc?: string };
        if (j.event === "listening" && j.grpc) { clearTimeout(timer); resolve(j.grpc); }
      } catch { /* not the address line */ }
    });
    p.once("exit", (code) => { clearTimeout(timer); reject(new Error(`broker exited (${code}): ${err.trim()}`)); });
  });
}

async function checkHealth(address: string, ca: Buffer): Promise<string> {
  const channel = new GrpcChannel({ address, metadata: {}, tls: { ca } });
  try {
    const r = await channel.invoke(healthServiceDefinition.check, healthPb.HealthCheckRequest.create({ service: "kvmesh.v1.Broker" }), Date.now() + 5000);
    return r.status === ServingStatus.SERVING ? "SERVING" : `status ${r.status}`;
  } finally {
    channel.close();
  }
}

async function stop(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise<void>((r) => p.once("exit", () => r()));
  p.kill("SIGTERM");
  const t = setTimeout(() => p.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(t);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
