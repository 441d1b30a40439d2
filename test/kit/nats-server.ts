import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { generateNatsAuthorization, type NatsAuthorization, type NatsPermissions } from "../../broker/nats-permissions.js";
import { freePort } from "./free-port.js";

export interface NatsServerHandle extends AsyncDisposable {
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** The generated NKey users (absent on an open server). */
  readonly auth?: NatsAuthorization;
  /** File with the broker's NKey seed (for --nats-seed; absent on an open server). */
  readonly brokerSeedFile?: string;
  /** A namespace's (or extra user's) NKey seed. */
  seedOf(name: string): string;
  stop(): Promise<void>;
  /** Stops and starts the same server (same port, same users): a NATS restart. */
  restart(): Promise<void>;
  /** Stops the server process, keeping port and users for `up()`. */
  down(): Promise<void>;
  /** Starts it again after `down()`. */
  up(): Promise<void>;
}

export interface NatsServerOptions {
  readonly maxPayload?: number;
  /**
   * Namespaces to make NKey users for (nats-permissions.ts), plus the broker's.
   * Without them the server is open (anyone connects): what --insecure allows.
   */
  readonly namespaces?: readonly string[];
  /** More users with these permissions (e.g. a monitor that subscribes to ">"). */
  readonly extraUsers?: readonly { name: string; permissions: NatsPermissions }[];
}

const NATS_BIN = process.env.KVMESH_NATS_SERVER ?? "/usr/sbin/nats-server";

/**
 * Launches nats-server on a free 127.0.0.1 port from a generated config file;
 * resolves once it accepts TCP connections. Dispose to stop it.
 */
export async function startNatsServer(opts: NatsServerOptions = {}): Promise<NatsServerHandle> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-nats-"));
  const port = await freePort();
  const conf = path.join(dir, "nats.conf");
  const auth = opts.namespaces ? generateNatsAuthorization(opts.namespaces, opts.extraUsers ?? []) : undefined;
  await writeFile(conf, [
    `listen: "127.0.0.1:${port}"`,
    `max_payload: ${opts.maxPayload ?? 1048576}`,
    `pid_file: "${path.join(dir, "nats.pid")}"`,
    auth?.serverConfig() ?? "",
    "",
  ].join("\n"));
  let brokerSeedFile: string | undefined;
  if (auth) {
    brokerSeedFile = path.join(dir, "broker.nkey");
    await writeFile(brokerSeedFile, auth.broker.seed + "\n", { mode: 0o600 });
  }
  const seedOf = (name: string) => {
    const u = auth?.tenants.get(name) ?? auth?.extra.find((e) => e.name === name) ?? (name === "broker" ? auth?.broker : undefined);
    if (!u) throw new Error(`no NATS user ${name}`);
    return u.seed;
  };
  const first = await launch(conf, port, dir);
  let current = first;
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= (async () => {
    await current.stop();
    await rm(dir, { recursive: true, force: true });
  })());
  const down = () => current.stop();
  const up = async () => { current = await launch(conf, port, dir); };
  const restart = async () => { await down(); await up(); };
  return {
    url: `nats://127.0.0.1:${port}`, port, get process() { return current.child; }, auth, brokerSeedFile, seedOf, stop, restart, down, up,
    [Symbol.asyncDispose]: stop,
  };
}

async function launch(conf: string, port: number, dir: string): Promise<{ child: ChildProcess; stop(): Promise<void> }> {
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
  })());
  return { child, stop };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => { s.destroy(); resolve(true); });
    s.once("error", () => resolve(false));
  });
}
