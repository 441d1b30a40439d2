/**
 * The numbers behind docs/grpc-transport.md: the SDK's hand-written gRPC
 * channel vs @grpc/grpc-js's client, against one broker process, cleartext
 * and TLS. Per round and transport: N sequential unary Stats calls (latency
 * p50/p99) and M Gets of a 16 MiB segment (MB/s). Transports interleave
 * within each round; medians and min..max over rounds.
 *
 *   tsx scripts/grpc-transport-compare.ts [--rounds 5] [--calls 2000] [--gets 20] [--json OUT]
 *
 * Run under `flock /tmp/kvmesh-bench.lock` on a shared machine.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as grpc from "@grpc/grpc-js";
import { BrokerClient } from "../agents/transport/broker-client.js";
import { generateLocalTls } from "../broker/local-tls.js";
import { brokerServiceDefinition, type GetReply, type StatsReply } from "../proto/broker-service.js";
import type { WireManifest } from "../proto/manifest.js";
import { pb } from "../proto/wire.js";

const { values } = parseArgs({ options: { rounds: { type: "string" }, calls: { type: "string" }, gets: { type: "string" }, json: { type: "string" } } });
const ROUNDS = Number(values.rounds ?? 5);
const CALLS = Number(values.calls ?? 2000);
const GETS = Number(values.gets ?? 20);
const BIN = fileURLToPath(new URL("../bin/kvmesh.js", import.meta.url));
const TOKEN = "compare-token-1234";
const SEG_BYTES = 16 * 1024 * 1024;
type Any = Record<string, (...a: unknown[]) => unknown>;

async function startBroker(dir: string, tls?: { cert: string; key: string }): Promise<{ grpc: string; child: ChildProcess }> {
  const ns = path.join(dir, "ns.json");
  await writeFile(ns, JSON.stringify({ bench: TOKEN }));
  const child = spawn(process.execPath, [BIN, "broker", "--grpc", "127.0.0.1:0", "--namespaces", ns, "--shm-dir", "off", "--log-level", "error",
    "--memory-bytes", "256Mi", ...(tls ? ["--tls-cert", tls.cert, "--tls-key", tls.key] : [])], { stdio: ["ignore", "pipe", "inherit"] });
  const grpcAddr = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (l) => { try { const j = JSON.parse(l); if (j.event === "listening") resolve(j.grpc); } catch { /* other line */ } });
    child.once("exit", (c) => reject(new Error(`broker exited ${c}`)));
  });
  return { grpc: grpcAddr, child };
}

function manifestOf(payload: Buffer): WireManifest {
  return {
    keyDigest: createHash("sha256").update("compare").digest("hex"), modelFingerprint: "m", kType: "f16", vType: "f16", nLayer: 1, rowK: 1, rowV: 1,
    tokens: Int32Array.from([1]), positions: Int32Array.from([0]), contextDigest: createHash("sha256").update("c").digest("hex"),
    byteLength: payload.length, checksum: createHash("sha256").update(payload).digest("hex"),
  };
}

interface Sample { p50: number; p99: number; getMBps: number }

async function measureSdk(c: BrokerClient, key: string): Promise<Sample> {
  const lat: number[] = [];
  for (let i = 0; i < CALLS; i++) { const t = performance.now(); await c.stats(); lat.push(performance.now() - t); }
  const t0 = performance.now();
  for (let i = 0; i < GETS; i++) if (!(await c.get(key))) throw new Error("miss");
  return summarize(lat, (GETS * SEG_BYTES) / 1e6 / ((performance.now() - t0) / 1000));
}

async function measureGrpcJs(client: grpc.Client & Any, key: string): Promise<Sample> {
  const md = new grpc.Metadata();
  md.set("kvmesh-namespace", "bench");
  md.set("kvmesh-token", TOKEN);
  const stats = () => new Promise<StatsReply>((res, rej) => client.stats(pb.StatsRequest.create({}), md, (e: Error | null, r: StatsReply) => (e ? rej(e) : res(r))));
  const get = () => new Promise<number>((res, rej) => {
    let n = 0;
    const call = client.get(pb.GetRequest.create({ keyDigest: key }), md) as grpc.ClientReadableStream<GetReply>;
    call.on("data", (r: GetReply) => { n += r.chunk?.length ?? 0; });
    call.on("end", () => res(n));
    call.on("error", rej);
  });
  const lat: number[] = [];
  for (let i = 0; i < CALLS; i++) { const t = performance.now(); await stats(); lat.push(performance.now() - t); }
  const t0 = performance.now();
  for (let i = 0; i < GETS; i++) if ((await get()) !== SEG_BYTES) throw new Error("short get");
  return summarize(lat, (GETS * SEG_BYTES) / 1e6 / ((performance.now() - t0) / 1000));
}

function summarize(lat: number[], getMBps: number): Sample {
  const s = [...lat].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length * 0.5)], p99: s[Math.floor(s.length * 0.99)], getMBps };
}

const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kvmesh-compare-"));
  const rows: Record<string, unknown>[] = [];
  try {
    const pki = await generateLocalTls(await mkdtemp(path.join(dir, "tls-")));
    for (const tls of [false, true]) {
      const b = await startBroker(dir, tls ? { cert: pki.certFile, key: pki.keyFile } : undefined);
      try {
        const sdk = await BrokerClient.connect({ grpc: b.grpc, namespace: "bench", token: TOKEN, verifyChecksums: false, timeoutMs: 30_000, tls: tls ? { caFile: pki.caFile } : undefined });
        const payload = randomBytes(SEG_BYTES);
        const m = manifestOf(payload);
        await sdk.put(m, payload);
        const Ctor = grpc.makeGenericClientConstructor(brokerServiceDefinition, "Broker");
        const creds = tls ? grpc.credentials.createSsl(await readFile(pki.caFile)) : grpc.credentials.createInsecure();
        const js = new Ctor(tls ? b.grpc.replace("127.0.0.1", "localhost") : b.grpc, creds, { "grpc.max_receive_message_length": 64 << 20 }) as never as grpc.Client & Any;
        const got: Record<string, Sample[]> = { "hand-written": [], "grpc-js": [] };
        for (let r = 0; r < ROUNDS; r++) {
          // Interleaved, order alternating per round.
          const order = r % 2 === 0 ? ["hand-written", "grpc-js"] : ["grpc-js", "hand-written"];
          for (const t of order) got[t].push(t === "hand-written" ? await measureSdk(sdk, m.keyDigest) : await measureGrpcJs(js, m.keyDigest));
        }
        for (const [t, xs] of Object.entries(got)) {
          const f = (k: keyof Sample) => ({ median: med(xs.map((x) => x[k])), min: Math.min(...xs.map((x) => x[k])), max: Math.max(...xs.map((x) => x[k])) });
          rows.push({ transport: t, tls, unaryP50Ms: f("p50"), unaryP99Ms: f("p99"), get16MiBMBps: f("getMBps") });
        }
        js.close();
        await sdk.dispose();
      } finally {
        b.child.kill("SIGTERM");
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const fmt = (o: unknown, d: number) => { const x = o as { median: number; min: number; max: number }; return `${x.median.toFixed(d)} (${x.min.toFixed(d)}..${x.max.toFixed(d)})`; };
  console.log(`rounds ${ROUNDS}, ${CALLS} unary Stats + ${GETS} Gets of 16 MiB per round and transport; median (min..max) over rounds`);
  console.log(["transport", "tls", "unary p50 ms", "unary p99 ms", "Get 16 MiB MB/s"].join("\t"));
  for (const r of rows) console.log([r.transport, r.tls, fmt(r.unaryP50Ms, 3), fmt(r.unaryP99Ms, 3), fmt(r.get16MiBMBps, 0)].join("\t"));
  const out = { date: new Date().toISOString(), loadavg: os.loadavg(), cpus: os.cpus().length, rounds: ROUNDS, calls: CALLS, gets: GETS, rows };
  if (values.json) await writeFile(values.json, JSON.stringify(out, null, 2) + "\n");
}

await main();
