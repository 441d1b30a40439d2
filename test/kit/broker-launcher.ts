import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseBrokerConfig } from "../../broker/broker-config.js";
import { startBroker, type BrokerAddresses, type RunningBroker } from "../../broker/broker-runtime.js";
import { jsonLogger } from "../../broker/logger.js";

export interface BrokerLaunchOptions {
  /** namespace -> token; written to a namespaces file. */
  readonly namespaces: Record<string, string>;
  readonly nats?: string;
  /** The broker's NATS NKey seed file (NatsServerHandle.brokerSeedFile). */
  readonly natsSeedFile?: string;
  /** --insecure: an open NATS is accepted. */
  readonly insecure?: boolean;
  /** Serve gRPC over TLS with these PEM files (clientCaFile: mutual TLS). */
  readonly tls?: { readonly certFile: string; readonly keyFile: string; readonly clientCaFile?: string };
  readonly store?: string;
  readonly memoryBytes?: number;
  readonly shmDir?: string | "off";
  readonly metrics?: boolean;
  readonly extraArgs?: readonly string[];
}

async function brokerArgs(o: BrokerLaunchOptions, dir: string): Promise<string[]> {
  const nsFile = path.join(dir, "namespaces.json");
  await writeFile(nsFile, JSON.stringify(o.namespaces));
  const args = ["--grpc", "127.0.0.1:0", "--namespaces", nsFile, "--shm-dir", o.shmDir ?? path.join(dir, "shm")];
  if (o.nats) args.push("--nats", o.nats);
  if (o.natsSeedFile) args.push("--nats-seed", o.natsSeedFile);
  if (o.insecure) args.push("--insecure");
  if (o.tls) args.push("--tls-cert", o.tls.certFile, "--tls-key", o.tls.keyFile);
  if (o.tls?.clientCaFile) args.push("--tls-client-ca", o.tls.clientCaFile);
  if (o.store) args.push("--store", o.store);
  if (o.memoryBytes !== undefined) args.push("--memory-bytes", String(o.memoryBytes));
  if (o.metrics) args.push("--metrics", "127.0.0.1:0");
  args.push(...(o.extraArgs ?? []));
  return args;
}

export interface InProcessBroker extends AsyncDisposable {
  readonly addresses: BrokerAddresses;
  readonly broker: RunningBroker;
}

/** The broker in this process (fast; for tests that need no kill -9). */
export async function startBrokerInProcess(o: BrokerLaunchOptions): Promise<InProcessBroker> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-broker-"));
  const cfg = parseBrokerConfig(await brokerArgs(o, dir), {});
  const broker = await startBroker(cfg, jsonLogger(process.env.KVMESH_TEST_LOG === "1" ? "debug" : "error"));
  const dispose = async () => { await broker.close(); await rm(dir, { recursive: true, force: true }); };
  return { addresses: broker.addresses, broker, [Symbol.asyncDispose]: dispose };
}

export interface BrokerProcess extends AsyncDisposable {
  readonly addresses: BrokerAddresses;
  readonly process: ChildProcess;
  /** Everything the broker wrote on stderr so far (JSON log lines). */
  stderr(): string;
  /** SIGTERM (unless one was sent already) and wait for exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL and wait for exit. */
  kill9(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL("./broker-entry.ts", import.meta.url));
// Run node with tsx's loader directly (not the tsx CLI, which forks a second
// process): signals, kill -9 included, must reach the broker itself.
const TSX_LOADER = new URL("../../node_modules/tsx/dist/loader.mjs", import.meta.url).href;

/** `kvmesh broker` as a child process; resolves once it printed its addresses. */
export async function startBrokerProcess(o: BrokerLaunchOptions): Promise<BrokerProcess> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-brokerp-"));
  const args = await brokerArgs(o, dir);
  // KVMESH_BROKER_NODE_ARGS: extra node flags for the broker (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const nodeArgs = process.env.KVMESH_BROKER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, "--import", TSX_LOADER, ENTRY, ...args], {
    stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, KVMESH_LOG_LEVEL: process.env.KVMESH_TEST_LOG === "1" ? "debug" : "info", KVMESH_LOG_FORMAT: "json" },
  });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => { err += d.toString(); });
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const addresses = await new Promise<BrokerAddresses>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`broker did not start in time: ${err}`)), 20_000);
    rl.on("line", (line) => {
      try {
        const j = JSON.parse(line) as BrokerAddresses & { event?: string };
        if (j.event === "listening") { clearTimeout(timer); resolve(j); }
      } catch { /* not our line */ }
    });
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`broker exited (${code}): ${err}`)); });
  });
  const cleanup = () => rm(dir, { recursive: true, force: true });
  let termSent = false;
  const stop = async () => {
    // A second SIGTERM would kill a broker that is still draining from the first.
    if (!termSent && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    termSent = true;
    const code = await exited;
    await cleanup();
    return code;
  };
  const kill9 = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  };
  return { addresses, process: child, stderr: () => err, stop, kill9, [Symbol.asyncDispose]: async () => { await stop(); } };
}
