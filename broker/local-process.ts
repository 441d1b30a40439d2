/**
 * Starts `kvmesh broker` as a child process on a free loopback port with a
 * throw-away store, for the demo and the benchmarks: agents then share
 * segments and anchors through it exactly as separate processes would.
 * It has an shm dir (in /dev/shm when there is one): same-host clients may
 * move KV through it instead of the socket, as agents next to a broker do.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { packageRoot } from "../models/package-root.js";
import { generateLocalTls } from "./local-tls.js";

export interface LocalBroker extends AsyncDisposable {
  readonly grpc: string;
  /** The first namespace and its token. */
  readonly namespace: string;
  readonly token: string;
  /** Every namespace's token (segments and anchor pools of one are invisible to the others). */
  readonly tokens: Readonly<Record<string, string>>;
  /** TLS for clients (the throwaway CA); absent when openssl is missing and the broker runs cleartext on loopback. */
  readonly tls?: { readonly caFile: string };
  /** Why there is no TLS, when there is none. */
  readonly tlsSkipped?: string;
  /** The broker's shm dir (same-host clients: `sameHost: true`). */
  readonly shmDir: string;
  stop(): Promise<void>;
}

const BIN = join(packageRoot(), "bin", "kvmesh.js");

/**
 * `anchorThreads`: threads of the broker's anchor passes (default every core;
 * the demo gives it what its agents' llama.cpp threads leave, so corrections
 * made ahead do not take cores from a running prefill).
 */
export async function startLocalBroker(
  timeoutMs = 20_000, namespaces: readonly string[] = ["demo"],
  /** `args`: more `kvmesh broker` flags (e.g. `--projectors FILE`). */
  o: { readonly anchorThreads?: number; readonly args?: readonly string[] } = {},
): Promise<LocalBroker> {
  const dir = await mkdtemp(join(tmpdir(), "kvmesh-demo-broker-"));
  // The broker makes it and removes it when it stops (a kill -9 leaves it: /dev/shm is the caller's to clean).
  const shmDir = join(existsSync("/dev/shm") ? "/dev/shm" : dir, `kvmesh-local-${randomBytes(6).toString("hex")}`);
  const tokens = Object.fromEntries(namespaces.map((ns) => [ns, randomBytes(12).toString("hex")]));
  const namespace = namespaces[0];
  const token = tokens[namespace];
  await writeFile(join(dir, "namespaces.json"), JSON.stringify(tokens));
  // TLS on by default with a throwaway CA made here (SECURITY.md); the SDK verifies the broker against it.
  let tls: { caFile: string } | undefined;
  let tlsSkipped: string | undefined;
  const tlsArgs: string[] = [];
  try {
    const pki = await generateLocalTls(await mkdtemp(join(dir, "tls-")));
    tls = { caFile: pki.caFile };
    tlsArgs.push("--tls-cert", pki.certFile, "--tls-key", pki.keyFile);
  } catch (e) {
    tlsSkipped = e instanceof Error ? e.message : String(e);
  }
  const child = spawn(process.execPath, [BIN, "broker", "--grpc", "127.0.0.1:0", "--store", join(dir, "store"), "--namespaces", join(dir, "namespaces.json"), "--shm-dir", shmDir, "--log-level", "error", ...(o.anchorThreads ? ["--anchor-threads", String(o.anchorThreads)] : []), ...tlsArgs, ...(o.args ?? [])], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => { err += d.toString(); });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  // If this process ends without stop() (an uncaught error, Ctrl-C), the broker must not outlive it.
  const onExit = () => {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
    rmSync(shmDir, { recursive: true, force: true });
  };
  process.on("exit", onExit);
  try {
    const grpc = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`broker did not start within ${timeoutMs} ms: ${err.trim()}`)), timeoutMs);
      createInterface({ input: child.stdout! }).on("line", (line) => {
        try {
          const j = JSON.parse(line) as { event?: string; grpc?: string };
          if (j.event === "listening" && j.grpc) { clearTimeout(timer); resolve(j.grpc); }
        } catch { /* not the address line */ }
      });
      child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`broker exited (${code}): ${err.trim()}`)); });
    });
    const stop = async () => {
      process.off("exit", onExit);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
      await rm(shmDir, { recursive: true, force: true });
    };
    return { grpc, namespace, token, tokens, tls, tlsSkipped, shmDir, stop, [Symbol.asyncDispose]: stop };
  } catch (e) {
    process.off("exit", onExit);
    child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
    await rm(shmDir, { recursive: true, force: true });
    throw e;
  }
}
