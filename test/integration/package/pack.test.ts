/**
 * The npm package as a user gets it: `npm pack` (which builds dist/ through
 * `prepare`), installed into an empty project from npm's cache, imported by
 * plain `node` (no tsx there), its CLI run from node_modules/.bin, and a
 * TypeScript consumer type-checked with moduleResolution node16 and bundler.
 */
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const LIMIT_BYTES = 2_000_000;

// npm run inside `npm test` passes its own npm_* settings down; the user's install must not see them.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));

function run(cmd: string, args: readonly string[], cwd: string, timeout = 300_000): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", timeout, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

interface PackResult { filename: string; size: number; unpackedSize: number; files: { path: string }[] }

const CONSUMER_TS = `import {
  Agent, BrokerUnavailableError, connectBroker, KvmeshError, own, PipelineSession, REUSE_MODES, SegmentCache, shared,
  type AgentGenerateResult, type AgentOptions, type BrokerConnection, type PromptPart, type ReuseMode, type SegmentSource,
} from "kvmesh";
import { startBroker, type BrokerConfig, type RunningBroker } from "kvmesh/broker";
import { cpuBackend, type KernelBackend } from "kvmesh/kernels";
import { SegmentKey, type KvSegment } from "kvmesh/segments";
import { AnchorPool } from "kvmesh/anchors";
import { readModelInfo } from "kvmesh/models";
import { brokerServiceDefinition } from "kvmesh/proto";

export async function answer(modelPath: string, doc: string): Promise<string> {
  const opts: AgentOptions = { modelPath, threads: 2 };
  const agent = await Agent.create(opts);
  const cache = new SegmentCache();
  const parts: PromptPart[] = [own("Answer from the record.\\n"), shared("doc:1", doc), own("\\nQuestion: who?")];
  const r: AgentGenerateResult = await agent.generate(parts, { maxTokens: 16, reuse: { source: cache } });
  const published: number = await agent.publish(r, cache, { replyId: "reply:1" });
  await agent.dispose();
  return \`\${r.text} \${r.ttftMs.toFixed(1)} \${r.reusedTokens} \${published}\`;
}

export async function viaBroker(cfg: BrokerConfig): Promise<number> {
  const broker: RunningBroker = await startBroker(cfg);
  const conn: BrokerConnection = await connectBroker({ grpc: broker.addresses.grpc, namespace: "demo", token: "t" });
  const source: SegmentSource = conn.segments;
  const stats = await conn.anchors.stats();
  await conn.dispose();
  await broker.close();
  return stats.anchors + (source ? 0 : 1);
}

export async function session(modelPath: string): Promise<void> {
  const mode: ReuseMode = REUSE_MODES[2];
  const s = await PipelineSession.create({ modelPath, mode });
  await s.dispose();
}

export const error: KvmeshError = new BrokerUnavailableError("down");
export const kernels: KernelBackend = cpuBackend;
export const pool = AnchorPool;
export const info = readModelInfo;
export const key: typeof SegmentKey.of = SegmentKey.of;
export const method: string = brokerServiceDefinition.get.path;
export type Segment = KvSegment;

// The types are real, not any: these must fail to compile.
// @ts-expect-error modelPath is required
void Agent.create({ threads: 2 });
// @ts-expect-error not a reuse mode
export const bad: ReuseMode = "sometimes";
`;

/** Plain node in the consumer project: every entry loads, and a broker from kvmesh/broker serves connectBroker. */
const CONSUMER_MJS = `
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
const main = await import("kvmesh");
for (const name of ["Agent", "connectBroker", "own", "shared", "SegmentCache", "BrokerSegmentSource", "RemoteCorrector", "PipelineSession", "BrokerUnavailableError"]) {
  if (typeof main[name] !== "function") throw new Error("kvmesh lacks " + name);
}
const subpaths = {};
for (const p of ["broker", "segments", "anchors", "kernels", "models", "proto"]) subpaths[p] = Object.keys(await import("kvmesh/" + p)).length;
let tsx = "absent";
try { await import("tsx"); tsx = "present"; } catch {}
const { parseBrokerConfig, startBroker } = await import("kvmesh/broker");
const ns = join(tmpdir(), "kvmesh-pack-ns-" + process.pid + ".json");
writeFileSync(ns, JSON.stringify({ demo: "pack-test-token" }));
const broker = await startBroker(parseBrokerConfig(["--grpc", "127.0.0.1:0", "--namespaces", ns, "--shm-dir", "off", "--log-level", "error"]), { log() {}, debug() {}, info() {}, warn() {}, error() {} });
const conn = await main.connectBroker({ grpc: broker.addresses.grpc, namespace: "demo", token: "pack-test-token" });
const stats = await conn.anchors.stats();
let refused = "";
try { await main.connectBroker({ grpc: broker.addresses.grpc, namespace: "demo", token: "wrong-token" }); } catch (e) { refused = e.name; }
await conn.dispose();
await broker.close();
// The correction side worker starts from the compiled file (a missing entry fails within milliseconds).
const { TwoThreadCorrector } = await import(new URL("./node_modules/kvmesh/dist/agents/correct/two-thread-correction.js", import.meta.url).href);
const worker = TwoThreadCorrector.start();
await new Promise((r) => setTimeout(r, 1000));
const workerBroken = worker.broken ?? "";
worker[Symbol.dispose]();
// Pipeline files: the schema ships as kvmesh/pipeline.schema.json and is what parsePipeline holds a file to.
const schema = (await import("kvmesh/pipeline.schema.json", { with: { type: "json" } })).default;
let pipelineError = "";
try { main.parsePipeline({ model: "m.gguf", agents: [{ name: "a b", system: "" }], input: { q: "?" } }); } catch (e) { pipelineError = e.name + ": " + e.message; }
console.log(JSON.stringify({ subpaths, tsx, anchors: stats.anchors, refused, workerBroken, schema: schema.title, pipelineError }));
`;

describe("the npm package", { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "kvmesh-pack-"));
  const project = join(dir, "consumer");
  let pack: PackResult;
  after(() => rmSync(dir, { recursive: true, force: true }));

  before(() => {
    pack = (JSON.parse(ok(run("npm", ["pack", "--json", "--pack-destination", dir], ROOT), "npm pack")) as PackResult[])[0];
    const tgz = join(dir, pack.filename);
    const version = (JSON.parse(readFileSync(join(ROOT, "node_modules/@types/node/package.json"), "utf8")) as { version: string }).version;
    ok(run("mkdir", ["-p", project], dir), "mkdir");
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    // From npm's cache (the repository's `npm ci` filled it); the registry only for what is missing there.
    // Optional dependencies (node-llama-cpp's prebuilt binaries, 600+ MB) are not needed to import and type-check.
    ok(run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--omit=optional", tgz, `@types/node@${version}`], project), "npm install");
  });

  it(`is under ${LIMIT_BYTES / 1e6} MB and holds no models, tests or TypeScript sources`, () => {
    assert.ok(pack.size < LIMIT_BYTES, `tarball ${pack.size} bytes`);
    const paths = pack.files.map((f) => f.path);
    assert.ok(paths.includes("dist/agents/mod.js") && paths.includes("dist/agents/mod.d.ts") && paths.includes("bin/kvmesh.js"));
    const stray = paths.filter((p) => /\.gguf$|^test\/|^models\/|^bench\/results\/|^scripts\/|(?<!\.d)\.ts$/.test(p));
    assert.deepEqual(stray, []);
  });

  it("imports with plain node (no tsx) and talks to a broker started from kvmesh/broker", () => {
    writeFileSync(join(project, "consumer.mjs"), CONSUMER_MJS);
    const r = JSON.parse(ok(run(process.execPath, ["consumer.mjs"], project, 60_000), "node consumer.mjs").trim().split("\n").at(-1)!) as
      { subpaths: Record<string, number>; tsx: string; anchors: number; refused: string; workerBroken: string; schema: string; pipelineError: string };
    assert.equal(r.tsx, "absent");
    for (const [p, n] of Object.entries(r.subpaths)) assert.ok(n > 0, `kvmesh/${p} exports nothing`);
    assert.equal(r.anchors, 0);
    assert.equal(r.refused, "BrokerAuthError");
    assert.equal(r.workerBroken, "");
    assert.equal(r.schema, "kvmesh pipeline file");
    assert.match(r.pipelineError, /^PipelineFieldError: agents\[0\]\.name: must match/);
  });

  it("runs its CLI from node_modules/.bin (compiled, no tsx)", () => {
    const bin = join(project, "node_modules", ".bin", "kvmesh");
    assert.match(ok(run(bin, ["--help"], project), "kvmesh --help"), /bench reuse/);
    assert.match(ok(run(bin, ["demo", "--help"], project), "kvmesh demo --help"), /usage: kvmesh demo/);
    const bad = run(bin, ["demo", "--no-such-option"], project);
    assert.equal(bad.status, 2, bad.stderr);
  });

  for (const resolution of ["node16", "bundler"] as const) {
    it(`type-checks a consumer with moduleResolution ${resolution}`, () => {
      writeFileSync(join(project, "consumer.ts"), CONSUMER_TS);
      writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify({
        compilerOptions: {
          strict: true, noEmit: true, skipLibCheck: false, target: "ES2022", types: ["node"],
          module: resolution === "node16" ? "node16" : "esnext", moduleResolution: resolution,
        },
        files: ["consumer.ts"],
      }));
      // skipLibCheck is off so kvmesh's own .d.ts are checked too; node-llama-cpp 3.21.1's declarations have
      // errors of their own (an unknown LlamaOptions.tempDir, untyped async-retry), which are not ours to fix.
      const r = run(process.execPath, [TSC, "-p", `tsconfig.${resolution}.json`], project, 120_000);
      const errors = `${r.stdout}${r.stderr}`.split("\n").filter((l) => /error TS\d+/.test(l));
      const ours = errors.filter((l) => !l.startsWith("node_modules/node-llama-cpp/"));
      assert.deepEqual(ours, [], `tsc (${resolution}):\n${r.stdout}${r.stderr}`);
      assert.equal(r.status === 0, errors.length === 0, `tsc (${resolution}) exit ${r.status}:\n${r.stdout}${r.stderr}`);
    });
  }
});
