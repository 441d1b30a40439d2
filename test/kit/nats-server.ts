import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.js";

export interface NatsServerHandle extends AsyncDisposable {
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

const NATS_BIN = process.env.KVMESH_NATS_SERVER ?? "/usr/sbin/nats-server";

/**
 * Launches nats-server on a free 127.0.0.1 port from a generated config file;
 * resolves once it accepts TCP connections. Dispose to stop it.
 */
export async function startNatsServer(opts: { maxPayload?: number } = {}): Promise<NatsServerHandle> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-nats-"));
  const port = await freePort();
  const conf = path.join(dir, "nats.conf");
  await writeFile(conf, [
    `listen: "127.0.0.1:${port}"`,
    `max_payload: ${opts.maxPayload ?? 1048576}`,
    `pid_file: "${path.join(dir, "nats.pid")}"`,
    "",
  ].join("\n"));
  const child = spawn(NATS_BIN, ["-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const deadline = Date.now() + 5000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      await rm(dir, { recursive: true, force: true });
      throw new Error(`nats-server did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= (async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    const t = setTimeout(() => child.kill("SIGKILL"), 2000);
    await exited;
    clearTimeout(t);
    await rm(dir, { recursive: true, force: true });
  })());
  return { url: `nats://127.0.0.1:${port}`, port, process: child, stop, [Symbol.asyncDispose]: stop };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => { s.destroy(); resolve(true); });
    s.once("error", () => resolve(false));
  });
}
