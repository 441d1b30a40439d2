/**
 * `kvmesh bench soak [--clients N] [--calls M] [--put-bytes B] [--json OUT]`:
 * N SDK clients x M calls each (put, get, gRPC lookup, NATS lookup in turn)
 * against a broker process with everything on: TLS, NKey-authenticated NATS,
 * a disk store. Faults are injected while the calls run: the broker is
 * killed (SIGKILL) and restarted on the same port and store, nats-server is
 * restarted, and the store's file system is filled up (a small tmpfs; needs
 * mount rights, otherwise that fault is reported skipped) and freed again.
 *
 * Counted: `calls` made; `failed`: calls that ended in an error other than
 * the specified refusal of a put on a full disk (RESOURCE_EXHAUSTED, counted
 * as `refused`: nothing was acknowledged); `retried`: calls the SDK repeated
 * transparently; `lost`: acknowledged puts not read back byte-identical
 * after a final kill -9 and restart. `failed` and `lost` must be 0.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, open, rm, statfs, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { BrokerClient, BrokerResourceExhaustedError } from "../agents/transport/broker-client.js";
import { generateLocalTls } from "../broker/local-tls.js";
import { generateNatsAuthorization } from "../broker/nats-permissions.js";
import type { WireManifest } from "../proto/manifest.js";
import { writeJsonReport } from "./report-files.js";

const BIN = fileURLToPath(new URL("../bin/kvmesh.js", import.meta.url));
const NATS_BIN = process.env.KVMESH_NATS_SERVER ?? "/usr/sbin/nats-server";
const run = promisify(execFile);
const TOKEN = "soak-token-0123456789";

export interface SoakResult {
  calls: number;
  failed: number;
  retried: number;
  lost: number;
  refused: number;
  acked: number;
  faults: Record<string, string>;
  failures: string[];
  durationMs: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
  });
}

async function waitPort(port: number, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((r) => { const s = net.connect(port, "127.0.0.1", () => { s.destroy(); r(true); }); s.on("error", () => r(false)); });
    if (ok) return;
    if (Date.now() > end) throw new Error(`nothing listens on ${port} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function manifestOf(payload: Buffer, label: string): WireManifest {
  return {
    keyDigest: createHash("sha256").update(`soak\0${label}`).digest("hex"), modelFingerprint: "soak", kType: "f16", vType: "f16",
    nLayer: 1, rowK: 8, rowV: 8, tokens: Int32Array.from([1]), positions: Int32Array.from([0]),
    contextDigest: createHash("sha256").update("soak-context").digest("hex"), byteLength: payload.length,
    checksum: createHash("sha256").update(payload).digest("hex"),
  };
}

export async function runSoak(o: { clients: number; calls: number; putBytes: number; log: (l: string) => void }): Promise<SoakResult> {
  const t0 = Date.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-soak-"));
  const children = new Set<ChildProcess>();
  const faults: Record<string, string> = {};
  let mounted = false;
  const storeRoot = path.join(dir, "fs");
  try {
    // The store's own small file system, so "disk full" is a real ENOSPC.
    await run("mkdir", ["-p", storeRoot]);
    const fsBytes = 256 * 1024 * 1024;
    try {
      await run("mount", ["-t", "tmpfs", "-o", `size=${fsBytes},mode=0700`, "tmpfs", storeRoot]);
      mounted = true;
    } catch (err) {
      faults.diskFull = `skipped: cannot mount a tmpfs here (${(err as Error).message.split("\n")[0]})`;
    }
    const store = path.join(storeRoot, "store");

    // NATS with NKey users; the broker over TLS with a throwaway CA.
    const auth = generateNatsAuthorization(["soak"]);
    const natsPort = await freePort();
    const natsConf = path.join(dir, "nats.conf");
    await writeFile(natsConf, `listen: "127.0.0.1:${natsPort}"\n${auth.serverConfig()}`);
    await writeFile(path.join(dir, "broker.nkey"), auth.broker.seed, { mode: 0o600 });
    let nats: ChildProcess | undefined;
    const startNats = async () => {
      nats = spawn(NATS_BIN, ["-c", natsConf], { stdio: "ignore" });
      children.add(nats);
      await waitPort(natsPort, 10_000);
    };
    const stopNats = async () => {
      const n = nats!;
      const gone = new Promise((r) => n.once("exit", r));
      n.kill("SIGTERM");
      await gone;
      children.delete(n);
    };
    await startNats();
    const pki = await generateLocalTls(await mkdtemp(path.join(dir, "tls-")));
    await writeFile(path.join(dir, "ns.json"), JSON.stringify({ soak: TOKEN }));
    const grpcPort = await freePort();
    let broker: ChildProcess | undefined;
    const startBroker = async () => {
      const child = spawn(process.execPath, [BIN, "broker", "--grpc", `127.0.0.1:${grpcPort}`, "--namespaces", path.join(dir, "ns.json"),
        "--store", store, "--shm-dir", "off", "--log-level", "error", "--nats", `nats://127.0.0.1:${natsPort}`,
        "--nats-seed", path.join(dir, "broker.nkey"), "--tls-cert", pki.certFile, "--tls-key", pki.keyFile], { stdio: ["ignore", "pipe", "inherit"] });
      children.add(child);
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on("line", (l) => { if (l.includes('"listening"')) resolve(); });
        child.once("exit", (c) => reject(new Error(`broker exited ${c}`)));
      });
      broker = child;
    };
    const killBroker = async () => {
      const b = broker!;
      const gone = new Promise((r) => b.once("exit", r));
      b.kill("SIGKILL");
      await gone;
      children.delete(b);
    };
    await startBroker();

    const clientOpts = {
      grpc: `127.0.0.1:${grpcPort}`, namespace: "soak", token: TOKEN, tls: { caFile: pki.caFile },
      nats: `nats://127.0.0.1:${natsPort}`, natsSeed: auth.tenants.get("soak")!.seed,
      // Long enough to ride over a broker restart: a soak asks that no call fails, not that it fails fast.
      timeoutMs: 30_000, retryWindowMs: 30_000, verifyChecksums: true,
    };
    const clients = await Promise.all(Array.from({ length: o.clients }, () => BrokerClient.connect(clientOpts)));
    const acked = new Map<string, Buffer>();
    const ackedKeys: string[] = [];
    let calls = 0;
    let failed = 0;
    let refused = 0;
    const failures: string[] = [];
    const total = o.clients * o.calls;
    const fail = (what: string, err: unknown) => {
      failed++;
      if (failures.length < 10) failures.push(`${what}: ${(err as Error)?.name}: ${(err as Error)?.message}`);
    };

    const worker = async (c: BrokerClient, w: number) => {
      for (let i = 0; i < o.calls; i++) {
        const kind = i % 4;
        try {
          if (kind === 0 || ackedKeys.length === 0) {
            const payload = randomBytes(o.putBytes);
            const m = manifestOf(payload, `${w}-${i}`);
            try {
              await c.put(m, payload);
              acked.set(m.keyDigest, payload);
              ackedKeys.push(m.keyDigest);
            } catch (err) {
              if (err instanceof BrokerResourceExhaustedError && /full/.test(err.message)) refused++;
              else throw err;
            }
          } else {
            const key = ackedKeys[(i * 7919 + w) % ackedKeys.length];
            if (kind === 1) {
              const got = await c.get(key);
              if (!got || Buffer.compare(Buffer.from(got.payload), acked.get(key)!) !== 0) throw new Error(`get of an acknowledged segment: ${got ? "other bytes" : "miss"}`);
            } else {
              const r = kind === 2 ? await c.lookupGrpc([key]) : await c.lookupNats([key]);
              if (!r[0]?.hit) throw new Error(`lookup (${kind === 2 ? "gRPC" : "NATS"}) of an acknowledged segment missed`);
            }
          }
        } catch (err) {
          fail(["put", "get", "lookup gRPC", "lookup NATS"][kind], err);
        }
        calls++;
      }
    };

    // The faults, each when the calls reach a share of the total.
    const at = async (share: number) => { while (calls < total * share && calls < total) await new Promise((r) => setTimeout(r, 10)); };
    const injector = (async () => {
      await at(0.2);
      let t = Date.now();
      let from = calls;
      await killBroker();
      await startBroker();
      faults.brokerRestart = `SIGKILL at call ${from}, serving again after ${Date.now() - t} ms`;
      o.log(`fault: ${faults.brokerRestart}`);
      await at(0.45);
      t = Date.now();
      from = calls;
      await stopNats();
      await new Promise((r) => setTimeout(r, 300));
      await startNats();
      faults.natsRestart = `stopped at call ${from}, listening again after ${Date.now() - t} ms`;
      o.log(`fault: ${faults.natsRestart}`);
      if (mounted) {
        await at(0.7);
        from = calls;
        const filler = path.join(storeRoot, "filler");
        const s = await statfs(storeRoot);
        const fh = await open(filler, "w");
        const block = Buffer.alloc(1024 * 1024);
        let wrote = 0;
        try {
          for (let left = s.bavail * s.bsize; left > 0; left -= block.length) wrote += (await fh.write(block)).bytesWritten;
        } catch { /* ENOSPC: full */ }
        await fh.close();
        const before = refused;
        await new Promise((r) => setTimeout(r, 1500));
        await rm(filler, { force: true });
        faults.diskFull = `filled (${(wrote / 2 ** 20).toFixed(0)} MiB more) at call ${from} for 1.5 s: ${refused - before} puts refused`;
        o.log(`fault: ${faults.diskFull}`);
      }
    })();
    await Promise.all([injector, ...clients.map((c, w) => worker(c, w))]);
    const retried = clients.reduce((a, c) => a + c.retries, 0);
    for (const c of clients) await c.dispose();

    // Acknowledged means durable: kill -9 once more, then read every acknowledged segment back.
    await killBroker();
    await startBroker();
    let lost = 0;
    {
      await using check = await BrokerClient.connect(clientOpts);
      for (const [key, payload] of acked) {
        const got = await check.get(key).catch(() => undefined);
        if (!got || Buffer.compare(Buffer.from(got.payload), payload) !== 0) lost++;
      }
    }
    await killBroker();
    await stopNats();
    return { calls, failed, retried, lost, refused, acked: acked.size, faults, failures, durationMs: Date.now() - t0 };
  } finally {
    for (const c of children) c.kill("SIGKILL");
    if (mounted) await run("umount", [storeRoot]).catch(() => run("umount", ["-l", storeRoot]));
    await rm(dir, { recursive: true, force: true });
  }
}

/** What `kvmesh bench soak` passes (cli/commands.ts declares and checks the flags). */
export interface SoakBenchArgs {
  readonly clients: number;
  /** Calls per client. */
  readonly calls: number;
  readonly "put-bytes": number;
  readonly json?: string;
  readonly log?: (line: string) => void;
}

export async function runSoakBench(a: SoakBenchArgs): Promise<void> {
  const { clients, calls } = a;
  const putBytes = a["put-bytes"];
  const log = a.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const started = new Date().toISOString();
  const loadBefore = os.loadavg();
  log(`soak: ${clients} clients x ${calls} calls, TLS, NKey NATS, disk store; faults: broker kill -9 + restart, NATS restart, disk full`);
  const r = await runSoak({ clients, calls, putBytes, log });
  const rows: [string, string][] = [
    ["calls", String(r.calls)], ["failed", String(r.failed)], ["retried", String(r.retried)], ["lost", String(r.lost)],
    ["refused (disk full)", String(r.refused)], ["acknowledged puts", String(r.acked)], ["seconds", (r.durationMs / 1000).toFixed(1)],
    ...Object.entries(r.faults).map(([k, v]): [string, string] => [`fault ${k}`, v]),
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`);
  for (const x of r.failures) process.stdout.write(`failure: ${x}\n`);
  if (a.json) {
    writeJsonReport(a.json, {
      calls: r.calls, failed: r.failed, retried: r.retried, lost: r.lost, refused: r.refused, acked: r.acked, faults: r.faults,
      failures: r.failures, clients, callsPerClient: calls, putBytes, durationMs: r.durationMs, date: started, loadavgBefore: loadBefore,
      loadavgAfter: os.loadavg(), cpus: os.cpus().length,
    });
  }
  if (r.failed > 0 || r.lost > 0) process.exitCode = 1;
}
