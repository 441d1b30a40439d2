/**
 * `kvmesh bench broker --json OUT [--quick]`: broker transfer and lookup numbers.
 *
 * - segment put/get throughput through gRPC streams and through the same-host
 *   shm path, for several segment sizes;
 * - the same bytes over a plain loopback TCP socket (net.Server in its own
 *   process, like the broker), measured in the same run: the baseline;
 * - lookup latency p50/p99 at 1, 16 and 64 concurrent clients (requesters
 *   sharing one connection per transport, each with one request outstanding),
 *   over the gRPC LookupStream (the SDK's default) and NATS request/reply (when
 *   nats-server is installed).
 * Gets of TCP, gRPC and shm run in interleaved rounds (alternating order) and
 * lookups in alternating repetitions, so load from elsewhere hits all alike;
 * the tables report medians.
 * All traffic stays on 127.0.0.1; every loop is bounded.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { packageRoot } from "../models/package-root.js";
import { BrokerClient } from "../agents/transport/broker-client.js";
import { generateNatsAuthorization, type NatsAuthorization } from "../broker/nats-permissions.js";
import type { WireManifest } from "../proto/manifest.js";
import { median } from "./fidelity.js";

const MiB = 1024 * 1024;
const ROOT = packageRoot();
const NATS_BIN = process.env.KVMESH_NATS_SERVER ?? "/usr/sbin/nats-server";
const TOKEN = "bench-token-0001";

interface ThroughputRow {
  path: string; op: string; segmentBytes: number; count: number; rounds: number;
  /** Median seconds per round and median MiB/s over rounds. */
  seconds: number; mibPerS: number; roundsMiBPerS: number[];
}
interface LatencyRow {
  transport: string; clients: number; requests: number;
  /** Round trips per requester in each repetition. */
  rounds: number;
  /** Medians over repetitions of each repetition's p50/p99/mean. */
  p50Ms: number; p99Ms: number; meanMs: number; p99PerRepMs: number[]; maxPerRepMs: number[];
  /** GC pauses in the bench client during each repetition (a pause delays every request in flight). */
  clientGcMsPerRep: number[]; clientGcMaxMsPerRep: number[];
}

export interface BrokerBenchResult {
  readonly throughput: ThroughputRow[];
  readonly lookup: LatencyRow[];
  /** gRPC get throughput / raw TCP throughput, 8 MiB segments: median over interleaved rounds. */
  readonly grpcVsTcpRatio: number;
  readonly shmVsTcpRatio: number;
  /** p99 at 64 concurrent clients of the SDK's default lookup path (the gRPC LookupStream). */
  readonly lookupP99MsAt64: number;
  readonly lookupP99MsAt64Grpc: number;
  readonly lookupP99MsAt64Nats: number | null;
  readonly targets: { readonly grpcVsTcpRatio: 0.5; readonly lookupP99MsAt64: 2 };
  readonly env: { readonly node: string; readonly cpus: number; readonly quick: boolean; readonly loadavgBefore: number[]; readonly loadavgAfter: number[]; readonly date: string };
  readonly seconds: number;
}

function manifestFor(payload: Buffer, label: string): WireManifest {
  return {
    keyDigest: createHash("sha256").update(`bench\0${label}`).digest("hex"), modelFingerprint: "bench",
    kType: "f16", vType: "f16", nLayer: 1, rowK: 1, rowV: 1, tokens: [1], positions: [0],
    contextDigest: "", byteLength: payload.length, checksum: createHash("sha256").update(payload).digest("hex"),
  };
}

function waitLine(child: ChildProcess, pred: (line: string) => boolean, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr?.on("data", (d: Buffer) => { err += d.toString(); });
    const rl = createInterface({ input: child.stdout! });
    const t = setTimeout(() => reject(new Error(`${what} did not start: ${err}`)), 20_000);
    rl.on("line", (l) => { if (pred(l)) { clearTimeout(t); resolve(l); } });
    child.once("exit", (c) => { clearTimeout(t); reject(new Error(`${what} exited (${c}): ${err}`)); });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const t = setTimeout(() => child.kill("SIGKILL"), 5000);
  await done;
  clearTimeout(t);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
  });
}

/** A raw TCP server in its own process: a request is a u32 byte count, the reply that many bytes. */
const TCP_SERVER = `
const net = require("node:net");
const blob = require("node:crypto").randomBytes(64 * 1024 * 1024);
const srv = net.createServer((s) => {
  let pending = Buffer.alloc(0);
  s.on("data", async (d) => {
    pending = Buffer.concat([pending, d]);
    while (pending.length >= 4) {
      let n = pending.readUInt32LE(0); pending = pending.subarray(4);
      while (n > 0) { const k = Math.min(n, blob.length); if (!s.write(blob.subarray(0, k))) await new Promise((r) => s.once("drain", r)); n -= k; }
    }
  });
  s.on("error", () => {});
});
srv.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: srv.address().port })));
process.on("SIGTERM", () => process.exit(0));
`;

async function tcpGet(port: number, bytes: number, count: number): Promise<number> {
  const sock = net.connect(port, "127.0.0.1");
  sock.setNoDelay(true);
  await new Promise<void>((r, j) => { sock.once("connect", () => r()); sock.once("error", j); });
  let want = 0;
  let buf: Buffer | undefined;
  let off = 0;
  let done: (() => void) | undefined;
  sock.on("data", (d: Buffer) => {
    // Copy into one buffer per segment, as the gRPC client does.
    buf!.set(d, off);
    off += d.length;
    if (off >= want) done?.();
  });
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    want = bytes; off = 0; buf = Buffer.allocUnsafe(bytes);
    const p = new Promise<void>((r) => { done = r; });
    const req = Buffer.alloc(4); req.writeUInt32LE(bytes);
    sock.write(req);
    await p;
  }
  const s = (performance.now() - t0) / 1000;
  sock.destroy();
  return s;
}

interface LatencyRep { p50: number; p99: number; mean: number; max: number; n: number; gcMs: number; gcMaxMs: number }

async function lookupLatency(clients: BrokerClient[], keys: string[], perClient: number, useNats: boolean): Promise<LatencyRep> {
  // Preallocated: the measuring loop itself must not grow arrays (their garbage would show up as latency).
  const lat = new Float64Array(clients.length * perClient);
  let n = 0;
  const gc = { ms: 0, max: 0 };
  const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) { gc.ms += e.duration; gc.max = Math.max(gc.max, e.duration); } });
  obs.observe({ entryTypes: ["gc"] });
  await Promise.all(clients.map(async (c, ci) => {
    for (let i = 0; i < perClient; i++) {
      const k = [keys[(ci * 7 + i) % keys.length]];
      const t0 = performance.now();
      if (useNats) await c.lookupNats(k); else await c.lookupGrpc(k);
      lat[n++] = performance.now() - t0;
    }
  }));
  // Pauses are reported after the repetition's last request (the observer's callback runs later).
  await new Promise((r) => setImmediate(r));
  obs.disconnect();
  lat.sort();
  let sum = 0;
  for (const x of lat) sum += x;
  return {
    p50: lat[Math.floor(0.5 * lat.length)], p99: lat[Math.min(lat.length - 1, Math.floor(0.99 * lat.length))], mean: sum / lat.length,
    max: lat[lat.length - 1], n: lat.length, gcMs: gc.ms, gcMaxMs: gc.max,
  };
}

export async function benchBroker(opts: { quick?: boolean; log?: (s: string) => void } = {}): Promise<BrokerBenchResult> {
  const log = opts.log ?? ((s: string) => process.stderr.write(s + "\n"));
  const quick = opts.quick ?? false;
  const started = performance.now();
  const loadavgBefore = os.loadavg();
  const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-bench-"));
  const children: ChildProcess[] = [];
  const clients: BrokerClient[] = [];
  try {
    // nats-server (optional) and the broker, each in its own process.
    let natsUrl: string | undefined;
    let natsAuth: NatsAuthorization | undefined;
    if (existsSync(NATS_BIN)) {
      const port = await freePort();
      const conf = path.join(dir, "nats.conf");
      // The NATS set-up users run: NKey users with per-namespace permissions (SECURITY.md).
      natsAuth = generateNatsAuthorization(["bench"]);
      await writeFile(path.join(dir, "broker.nkey"), natsAuth.broker.seed, { mode: 0o600 });
      await writeFile(conf, `listen: "127.0.0.1:${port}"\n${natsAuth.serverConfig()}`);
      const nats = spawn(NATS_BIN, ["-c", conf], { stdio: ["ignore", "pipe", "pipe"] });
      children.push(nats);
      for (let i = 0; i < 200; i++) {
        const ok = await new Promise<boolean>((r) => { const s = net.connect(port, "127.0.0.1", () => { s.destroy(); r(true); }); s.on("error", () => r(false)); });
        if (ok) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      natsUrl = `nats://127.0.0.1:${port}`;
    } else {
      log(`nats-server not found at ${NATS_BIN}: NATS lookups skipped`);
    }
    const nsFile = path.join(dir, "ns.json");
    await writeFile(nsFile, JSON.stringify({ bench: TOKEN }));
    const brokerArgs = ["--grpc", "127.0.0.1:0", "--namespaces", nsFile, "--memory-bytes", String(512 * MiB),
      "--shm-dir", path.join(os.tmpdir().startsWith("/tmp") && existsSync("/dev/shm") ? "/dev/shm" : dir, `kvmesh-bench-${process.pid}`),
      "--log-level", "warn", ...(natsUrl ? ["--nats", natsUrl, "--nats-seed", path.join(dir, "broker.nkey")] : [])];
    const broker = spawn(process.execPath, [path.join(ROOT, "bin", "kvmesh.js"), "broker", ...brokerArgs], { stdio: ["ignore", "pipe", "pipe"], cwd: ROOT });
    children.push(broker);
    const grpc = (JSON.parse(await waitLine(broker, (l) => l.includes('"listening"'), "broker")) as { grpc: string }).grpc;
    const tcpServer = spawn(process.execPath, ["-e", TCP_SERVER], { stdio: ["ignore", "pipe", "pipe"] });
    children.push(tcpServer);
    const tcpPort = (JSON.parse(await waitLine(tcpServer, (l) => l.startsWith("{"), "tcp server")) as { port: number }).port;

    const mk = (o: { sameHost?: boolean; nats?: boolean } = {}) => BrokerClient.connect({
      grpc, namespace: "bench", token: TOKEN, timeoutMs: 30_000, sameHost: o.sameHost,
      nats: o.nats ? natsUrl : undefined, natsSeed: natsAuth?.tenants.get("bench")?.seed, verifyChecksums: false,
    }).then((c) => { clients.push(c); return c; });
    const stream = await mk();
    const shm = await mk({ sameHost: true });

    const throughput: ThroughputRow[] = [];
    const row = (p: string, op: string, size: number, count: number, secondsPerRound: number[]) => {
      const rates = secondsPerRound.map((sec) => (size * count) / MiB / sec);
      const r: ThroughputRow = { path: p, op, segmentBytes: size, count, rounds: rates.length, seconds: median(secondsPerRound), mibPerS: median(rates), roundsMiBPerS: rates };
      throughput.push(r);
      log(`  ${p.padEnd(5)} ${op.padEnd(4)} ${String(size / MiB).padStart(3)} MiB x${count} x${rates.length} rounds: median ${r.mibPerS.toFixed(0)} MiB/s [${rates.map((x) => x.toFixed(0)).join(" ")}]`);
    };
    const timed = async (fn: () => Promise<unknown>) => { const t0 = performance.now(); await fn(); return (performance.now() - t0) / 1000; };
    const sizes = quick ? [8 * MiB] : [1 * MiB, 8 * MiB, 32 * MiB];
    const rounds = quick ? 3 : 7;
    const ratios = new Map<number, { grpc: number[]; shm: number[] }>();
    for (const size of sizes) {
      const count = Math.max(2, Math.min(quick ? 4 : 8, Math.floor((quick ? 32 : 64) * MiB / size)));
      const payload = randomBytes(size);
      const segs = Array.from({ length: count }, (_, i) => ({ manifest: manifestFor(payload, `${size}-${i}`), payload }));
      const shmSegs = Array.from({ length: count }, (_, i) => ({ manifest: manifestFor(payload, `shm-${size}-${i}`), payload }));
      // Warm-up: one transfer per path.
      await stream.put(segs[0].manifest, payload); await stream.get(segs[0].manifest.keyDigest);
      await tcpGet(tcpPort, size, 1);
      row("grpc", "put", size, count, [await timed(async () => { for (const s of segs) await stream.put(s.manifest, s.payload); })]);
      row("shm", "put", size, count, [await timed(async () => { for (const s of shmSegs) await shm.put(s.manifest, s.payload); })]);
      // Gets: TCP, gRPC and shm interleaved round by round (alternating order), so load
      // from elsewhere hits every path alike; medians over rounds.
      const secs = { tcp: [] as number[], grpc: [] as number[], shm: [] as number[] };
      const r = { grpc: [] as number[], shm: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        const order: ("tcp" | "grpc" | "shm")[] = round % 2 === 0 ? ["tcp", "grpc", "shm"] : ["shm", "grpc", "tcp"];
        const got: Record<string, number> = {};
        for (const p of order) {
          got[p] = p === "tcp" ? await tcpGet(tcpPort, size, count)
            : p === "grpc" ? await timed(async () => { for (const s of segs) await stream.get(s.manifest.keyDigest); })
            : await timed(async () => { for (const s of shmSegs) await shm.get(s.manifest.keyDigest); });
          secs[p].push(got[p]);
        }
        r.grpc.push(got.tcp / got.grpc);
        r.shm.push(got.tcp / got.shm);
      }
      row("tcp", "get", size, count, secs.tcp);
      row("grpc", "get", size, count, secs.grpc);
      row("shm", "get", size, count, secs.shm);
      ratios.set(size, r);
      log(`  ${String(size / MiB).padStart(3)} MiB grpc/tcp per round: [${r.grpc.map((x) => x.toFixed(2)).join(" ")}] median ${median(r.grpc).toFixed(2)}`);
      for (const s of [...segs, ...shmSegs]) await stream.delete(s.manifest.keyDigest);
    }
    // Paired rounds: the median of per-round ratios (each round's TCP and gRPC ran back to back).
    const grpcVsTcpRatio = median(ratios.get(8 * MiB)!.grpc);
    const shmVsTcpRatio = median(ratios.get(8 * MiB)!.shm);

    // Lookups: 256 stored small segments, 1/16/64 clients each with its own connection(s).
    const small = randomBytes(64);
    const keys: string[] = [];
    for (let i = 0; i < 256; i++) {
      const m = manifestFor(small, `lookup-${i}`);
      if (i % 2 === 0) await stream.put(m, small);
      keys.push(m.keyDigest);
    }
    const lookup: LatencyRow[] = [];
    // n concurrent requesters (each with one request outstanding at a time) over one
    // shared connection per transport, as the agents of one process share a BrokerClient.
    const sharedClient = await mk({ nats: natsUrl !== undefined });
    const reps = quick ? 3 : 5;
    for (const n of [1, 16, 64]) {
      const cs = Array.from({ length: n }, () => sharedClient);
      // At least as many round trips per requester at 64 as at 1: the requesters of one
      // connection share each round trip (same-tick lookups are coalesced), so with few
      // rounds the p99 of requests would be the single worst round trip of the repetition.
      const perClient = Math.max(quick ? 300 : 1000, Math.floor((quick ? 1000 : 2000) / n));
      const transports = natsUrl ? [true, false] : [false];
      // Warm-up: agents are long-lived processes, so the steady state is what counts; V8 needs a
      // few thousand round trips (about 2 s here) before the lookup path is compiled and stable.
      for (const useNats of transports) {
        const until = performance.now() + (quick ? 1000 : 2000);
        while (performance.now() < until) await lookupLatency(cs, keys, Math.max(20, Math.floor(2000 / n)), useNats);
      }
      const per = new Map<boolean, LatencyRep[]>(transports.map((t) => [t, []]));
      // Repetitions alternate the transports; each row reports medians over them.
      for (let rep = 0; rep < reps; rep++) {
        for (const useNats of rep % 2 === 0 ? transports : [...transports].reverse()) per.get(useNats)!.push(await lookupLatency(cs, keys, perClient, useNats));
      }
      for (const useNats of transports) {
        const rs = per.get(useNats)!;
        const lr: LatencyRow = {
          transport: useNats ? "nats" : "grpc", clients: n, requests: rs.reduce((a, x) => a + x.n, 0), rounds: perClient,
          p50Ms: median(rs.map((x) => x.p50)), p99Ms: median(rs.map((x) => x.p99)), meanMs: median(rs.map((x) => x.mean)),
          p99PerRepMs: rs.map((x) => x.p99), maxPerRepMs: rs.map((x) => x.max),
          clientGcMsPerRep: rs.map((x) => x.gcMs), clientGcMaxMsPerRep: rs.map((x) => x.gcMaxMs),
        };
        lookup.push(lr);
        log(`  lookup ${lr.transport.padEnd(4)} x${String(n).padStart(2)}: p50 ${lr.p50Ms.toFixed(3)} ms  p99 ${lr.p99Ms.toFixed(3)} ms [${lr.p99PerRepMs.map((x) => x.toFixed(2)).join(" ")}]` +
          `  max [${lr.maxPerRepMs.map((x) => x.toFixed(1)).join(" ")}]  client gc ms [${lr.clientGcMsPerRep.map((x) => x.toFixed(0)).join(" ")}]`);
      }
    }
    const p99 = (t: string) => lookup.find((r) => r.transport === t && r.clients === 64)?.p99Ms;
    const natsP99 = p99("nats") ?? null;
    const grpcP99 = p99("grpc")!;
    return {
      throughput, lookup, grpcVsTcpRatio, shmVsTcpRatio,
      lookupP99MsAt64: grpcP99, lookupP99MsAt64Grpc: grpcP99, lookupP99MsAt64Nats: natsP99,
      targets: { grpcVsTcpRatio: 0.5, lookupP99MsAt64: 2 },
      env: { node: process.version, cpus: os.cpus().length, quick, loadavgBefore, loadavgAfter: os.loadavg(), date: new Date().toISOString() },
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    for (const c of clients) await c.dispose().catch(() => {});
    for (const c of children.reverse()) await stopChild(c);
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatBrokerBench(r: BrokerBenchResult): string {
  const lines = ["path  op   segment   count  rounds  MiB/s (median)", "----  ---  --------  -----  ------  --------------"];
  for (const t of r.throughput) {
    lines.push(`${t.path.padEnd(4)}  ${t.op.padEnd(3)}  ${(t.segmentBytes / MiB + " MiB").padStart(8)}  ${String(t.count).padStart(5)}  ${String(t.rounds).padStart(6)}  ${t.mibPerS.toFixed(0).padStart(14)}`);
  }
  lines.push("", "lookup  clients  requests  p50 ms  p99 ms  (medians over repetitions)", "------  -------  --------  ------  ------");
  for (const l of r.lookup) {
    lines.push(`${l.transport.padEnd(6)}  ${String(l.clients).padStart(7)}  ${String(l.requests).padStart(8)}  ${l.p50Ms.toFixed(3).padStart(6)}  ${l.p99Ms.toFixed(3).padStart(6)}`);
  }
  lines.push("",
    `grpcVsTcpRatio  ${r.grpcVsTcpRatio.toFixed(2)} (target >= 0.5)   shmVsTcpRatio ${r.shmVsTcpRatio.toFixed(2)}`,
    `lookupP99MsAt64 ${r.lookupP99MsAt64.toFixed(3)} ms (target < 2; gRPC LookupStream, the SDK's default; NATS ${r.lookupP99MsAt64Nats?.toFixed(3) ?? "-"} ms)`,
    `run time        ${r.seconds.toFixed(1)} s; load average ${r.env.loadavgBefore.map((x) => x.toFixed(2)).join(" ")} before, ${r.env.loadavgAfter.map((x) => x.toFixed(2)).join(" ")} after (${r.env.cpus} cpus)`);
  return lines.join("\n") + "\n";
}

/** `kvmesh bench broker --json OUT [--quick]` (cli/commands.ts declares the flags). */
export async function runBrokerBench(a: { readonly json?: string; readonly quick: boolean; readonly log?: (s: string) => void }): Promise<void> {
  const r = await benchBroker({ quick: a.quick, log: a.log });
  process.stdout.write(formatBrokerBench(r));
  if (a.json) {
    await writeFile(a.json, JSON.stringify(r, null, 2) + "\n");
    process.stdout.write(`wrote ${a.json}\n`);
  }
}
