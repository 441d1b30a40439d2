/**
 * Every `kvmesh` command: its options (the one table `--help`, the parser and
 * the README's command table all come from) and a thin `run` that loads the
 * implementation on demand, so a command never pays for another's imports and
 * `--help` loads no implementation. The measuring commands (`bench ...`, `eval`) call
 * into bench/; this is the one module outside bench/ that may.
 */
import { availableParallelism } from "node:os";
import { BROKER_OPTIONS } from "../broker/broker-config.js";
import { SYNTH_SHAPE_NAMES } from "../models/synth-shapes.js";
import { command, opt, type Command, type FlagOption, type StringOption } from "./command.js";
import { createReporter, type Reporter } from "./progress.js";
import { UsageError } from "./usage-error.js";

/** Options of every command that reports progress. */
const OUTPUT = {
  quiet: opt.flag("no progress or log lines on stderr (results still print)", { short: "q" }),
  "log-format": opt.choice(["text", "json"], "progress and log lines as text or as JSON lines", "text"),
};

const reporter = (v: { quiet: boolean; "log-format": "text" | "json" }): Reporter => createReporter({ quiet: v.quiet, format: v["log-format"] });

/** Progress of a synthetic model being written (the first run of a shape writes up to gigabytes). */
const synthProgress = (r: Reporter) => (written: number, total: number) =>
  r.status(`writing a synthetic model: ${(written / 1e6).toFixed(0)} of ${(total / 1e6).toFixed(0)} MB`, { written, total });

/** Held-out instances start at this seed (pipelines/suite/types.ts HELDOUT_SEED; test/unit/cli checks they agree). */
const HELDOUT = 1000;
const REUSE_MODES = ["dense", "naive", "anchors", "anchors+recompute"] as const;
const SHAPES = SYNTH_SHAPE_NAMES.join(", ");

const demo = command({
  name: "demo",
  summary: "RAG pipeline between agents through a broker; per-call TTFT dense vs reuse, answers vs gold, every fallback with its reason",
  description: "Runs on the embedded model models/kvmesh-tiny.gguf (in a checkout; elsewhere a synthetic model, so answers are noise).",
  synopsis: ["model", "agents", "instances", "mode", "broker", "cost-model", "own-text", "json"],
  options: {
    model: opt.string("FILE", "GGUF model (default: the embedded model)"),
    agents: opt.choice(["1", "3", "5"], "agents per pipeline", "3"),
    instances: opt.int("held-out instances to run", { default: 12, min: 1 }),
    warmup: opt.int("unreported warm-up instances per mode first (the anchors' gate needs two dense prefills of a consumer)", { default: 2, min: 0 }),
    mode: opt.choice(["naive", "anchors", "anchors+recompute"], "how shared KV is reused", "anchors"),
    broker: opt.choice(["on", "off"], "share through a broker process it starts (off: in this process)", "on"),
    "cost-model": opt.choice(["on", "off"], "prefill calls where the cost model predicts reuse is slower", "on"),
    "own-text": opt.choice(["exact", "corrected", "moved"], "an agent's own text: reused only where exact; also after a reused shared part, offset-corrected by the anchors (KVCOMM); or also moved uncorrected", "corrected"),
    threads: opt.int("llama.cpp threads, the same in both modes (default: cores - 1, one left to the broker)", { min: 1 }),
    json: opt.string("OUT", "write the summary and every call as JSON"),
    verbose: opt.flag("log every reuse decision"),
    ...OUTPUT,
  },
  run: async (v) => (await import("./demo.js")).runDemo({ ...v, agents: Number(v.agents) as 1 | 3 | 5, threads: v.threads ?? Math.max(1, availableParallelism() - 1) }, reporter(v)),
});

const evalCommand = command({
  name: "eval",
  summary: "accuracy of the agent task suite under full prefill",
  synopsis: ["suite", "model", "json", "limit"],
  options: {
    suite: opt.list(["rag", "math", "code", "all"], "suites to run", ["all"]),
    model: opt.string("FILE", "GGUF model", { required: true }),
    json: opt.string("OUT", "write the report as JSON"),
    limit: opt.int("held-out instances per suite", { default: 500, min: 1 }),
    agents: opt.list(["1", "3", "5"], "pipeline sizes", ["1", "3", "5"]),
    threads: opt.int("llama.cpp threads (default: the runtime's choice)", { min: 1 }),
    parallel: opt.int("pipelines in flight", { default: 4, min: 1 }),
    seed: opt.int("held-out seed (>= 1000)", { default: HELDOUT, min: HELDOUT }),
    ...OUTPUT,
  },
  run: async (v) => {
    const suites = v.suite.includes("all") ? (["rag", "math", "code"] as const) : (v.suite as ("rag" | "math" | "code")[]);
    await (await import("../bench/eval.js")).runEval({ ...v, suites, sizes: v.agents.map(Number) as (1 | 3 | 5)[] }, reporter(v));
  },
});

const evalC2c = command({
  name: "eval c2c",
  summary: "Cache-to-Cache on held-out fact questions: receiver, sharer, text-to-text, C2C and two controls (accuracy, stderr, latency)",
  description: "Refuses a projector that is not for this sharer/receiver pair (model fingerprints). Engine llama: two agents on llama.cpp, KV fused on the CPU and loaded into the receiver; engine pytorch: models/c2c/run_c2c.py --eval-only (needs Python with torch, numpy, sentencepiece). See models/README.md, Cache-to-Cache.",
  synopsis: ["sharer", "projector", "receiver", "engine", "json", "limit"],
  options: {
    sharer: opt.string("FILE", "sharer GGUF (kvmesh-small-facts.gguf from the C2C training run)", { required: true }),
    projector: opt.string("FILE", "projector file, stamped with both models' fingerprints (models/c2c/FORMAT.md)", { required: true }),
    receiver: opt.string("FILE", "receiver GGUF", { default: "models/kvmesh-tiny.gguf" }),
    json: opt.string("OUT", "write methods.<method>.accuracy/.stderr/.latencyMs/.n and every reply as JSON"),
    limit: opt.int("held-out questions, the first N (default: all 342)", { min: 1 }),
    engine: opt.choice(["llama", "pytorch"], "llama: kvmesh agents on llama.cpp with the CPU fuser; pytorch: the training code's evaluation", "llama"),
    fuser: opt.choice(["cpu", "cuda"], "engine llama: the fuser on the CPU or on the GPU (needs the CUDA backend)", "cpu"),
    threads: opt.int("llama.cpp or torch CPU threads (default: llama cores - 1, torch its own choice)", { min: 1 }),
    python: opt.string("BIN", "engine pytorch: Python interpreter with torch, numpy, sentencepiece", { default: "python3" }),
    ...OUTPUT,
  },
  run: async (v) => {
    const log = reporter(v);
    await (await import("../bench/c2c-eval.js")).runC2cEval({ ...v, log: (l) => log.note(l) });
  },
});

const run = command({
  name: "run",
  summary: "run an agent graph from a pipeline file (docs/pipeline-file.md) in one reuse mode",
  synopsis: ["pipeline", "mode", "own-text", "json"],
  options: {
    pipeline: opt.string("FILE", "pipeline file (JSON)", { required: true }),
    mode: opt.choice(REUSE_MODES, "how shared KV is reused", "anchors"),
    json: opt.string("OUT", "write the results as JSON"),
    model: opt.string("FILE", "GGUF model (overrides the file's)"),
    threads: opt.int("llama.cpp threads (default: the file's, else 2)", { min: 1, max: 1024 }),
    context: opt.int("context size in tokens", { min: 64, max: 1 << 20 }),
    gamma: opt.number("anchor gate gamma", { min: 0 }),
    ratio: opt.number("recompute ratio (anchors+recompute)", { min: 0, max: 1 }),
    "own-text": opt.choice(["exact", "corrected", "moved"], "an agent's own text: reused only where exact; also after a reused shared part, offset-corrected by the anchors (KVCOMM); or also moved (uncorrected) (default: the file's, else corrected)"),
    verbose: opt.flag("log every reuse decision"),
    ...OUTPUT,
  },
  run: async (v) => (await import("./run.js")).runPipelineCommand(v, reporter(v)),
});

/** `kvmesh broker`: the options are the broker's own table (flag, env var, meaning), all strings until the config checks them. */
const brokerOptions: Readonly<Record<string, StringOption | FlagOption>> = Object.fromEntries(BROKER_OPTIONS.map((o) =>
  [o.flag.slice(2), o.kind === "bool" ? opt.flag(`${o.help} [env ${o.env}]`) : opt.string(o.value, `${o.help} [env ${o.env}]`)]));
const broker = command({
  name: "broker",
  summary: "the broker process: stores segments, serves gRPC (and NATS), drains on SIGTERM",
  description: "Prints its addresses as one JSON line on stdout once serving. Flags win over KVMESH_* env vars.",
  synopsis: ["grpc", "nats", "store", "namespaces", "metrics", "projectors"],
  options: brokerOptions,
  run: async (v) => (await import("./broker.js")).runBrokerWith(v),
});

const benchReuse = command({
  name: "bench reuse",
  summary: "dense prefill TTFT vs reuse TTFT per injection path, split into stages (in process, moved, not corrected), the same through a broker (fetched, corrected, injected), and re-positioning fidelity (KL, top-1)",
  description: "Needs --model or --shape (a synthetic model of that shape is written once and cached). The in-process rows move a document computed behind another prefix (not corrected); the broker row fetches it, has the broker correct it by key, and injects it.",
  synopsis: ["model", "shape", "tokens", "context", "path", "broker", "json"],
  options: {
    model: opt.string("FILE", "GGUF model"),
    shape: { ...opt.choice(SYNTH_SHAPE_NAMES, `synthetic model shape instead of --model: ${SHAPES}`), value: "NAME" },
    tokens: opt.intList("document tokens (comma-separated for a sweep)", [1024], 8),
    context: opt.int("tokens of the agent's own text already in its sequence", { default: 0, min: 0 }),
    path: opt.choice(["native", "file", "native,file"], "injection paths (default: native,file where the native path is available, else file)"),
    runs: opt.int("measured rounds", { default: 5, min: 1 }),
    threads: opt.int("llama.cpp threads (default: all cores)", { min: 1 }),
    trials: opt.int("fidelity trials", { default: 6, min: 0 }),
    broker: opt.choice(["on", "off"], "also the row through a broker process: fetched over gRPC, corrected by key, injected (off: skip it)", "on"),
    json: opt.string("OUT", "write the results as JSON"),
    ...OUTPUT,
  },
  run: async (v) => {
    if (!v.model && !v.shape) throw new UsageError("kvmesh bench reuse needs --model FILE or --shape NAME");
    const log = reporter(v);
    await (await import("../bench/reuse-bench.js")).runReuseBench({ ...v, threads: v.threads ?? availableParallelism(), log: (l) => log.note(l), synthProgress: synthProgress(log) });
  },
});

const benchBroker = command({
  name: "bench broker",
  summary: "broker throughput vs raw TCP, lookup latency (broker, nats-server and a TCP server as processes)",
  synopsis: ["json", "quick"],
  options: {
    json: opt.string("OUT", "write the results as JSON"),
    quick: opt.flag("8 MiB segments only, fewer rounds"),
    ...OUTPUT,
  },
  run: async (v) => {
    const log = reporter(v);
    await (await import("../bench/broker-bench.js")).runBrokerBench({ ...v, log: (l) => log.note(l) });
  },
});

const benchSoak = command({
  name: "bench soak",
  summary: "N clients x M calls (put, get, gRPC and NATS lookups) over TLS and NKey NATS with faults injected (broker kill -9 and restart, NATS restart, full disk): calls, failed, retried, lost",
  description: "Starts its own broker and nats-server (needs nats-server on PATH or /usr/sbin); the full-disk fault needs root for a small tmpfs. Exits 1 when a call failed or acknowledged data was lost.",
  synopsis: ["clients", "calls", "json"],
  options: {
    clients: opt.int("concurrent clients", { default: 8, min: 1 }),
    calls: opt.int("calls per client", { default: 1500, min: 4 }),
    "put-bytes": opt.int("payload bytes per put", { default: 16 * 1024, min: 1 }),
    json: opt.string("OUT", "write the results as JSON"),
    ...OUTPUT,
  },
  run: async (v) => {
    const log = reporter(v);
    await (await import("../bench/soak-bench.js")).runSoakBench({ ...v, log: (l) => log.note(l) });
  },
});

const benchKernels = command({
  name: "bench kernels",
  summary: "kernel throughput (f16, RoPE, q8_0, the offset estimate) on the CPU or CUDA backend, against a plain copy",
  synopsis: ["backend", "json"],
  options: {
    backend: opt.choice(["cpu", "cuda"], "kernel backend", "cpu"),
    tokens: opt.intList("CUDA: token counts at the 8B shape", [1024, 2048, 4096], 32),
    at: opt.int("CUDA: the token count reported as ops (one of --tokens)", { default: 2048, min: 32 }),
    json: opt.string("OUT", "write the results as JSON"),
  },
  run: async (v) => (await import("../bench/kernels-bench.js")).runKernelsBench(v),
});

const serve = command({
  name: "serve",
  summary: "OpenAI-compatible endpoint (/v1/chat/completions with streaming, /v1/models) with KV sharing between callers",
  description: "Name each caller's agent with the x-kvmesh-agent header; responses say what was reused (x-kvmesh-reused-tokens); x-kvmesh-reuse: off gives a full prefill. Runs until SIGTERM/SIGINT.",
  synopsis: ["port", "host", "model", "threads"],
  options: {
    port: opt.int("port (0: any free one)", { default: 8080, min: 0, max: 65535 }),
    host: opt.string("ADDR", "address to listen on", { default: "127.0.0.1" }),
    model: opt.string("FILE", "GGUF model (default: the embedded model)"),
    threads: opt.int("llama.cpp threads (default: all cores)", { min: 1 }),
    context: opt.int("context size per agent in tokens", { default: 2048, min: 64 }),
    ...OUTPUT,
  },
  run: async (v) => (await import("./serve.js")).runServe({ ...v, threads: v.threads ?? availableParallelism() }, reporter(v)),
});

const benchAnchors = command({
  name: "bench anchors",
  summary: "anchor gate and offset estimate cost by prompt length and anchor count",
  synopsis: ["json", "tokens", "anchors"],
  options: {
    json: opt.string("OUT", "write the results as JSON"),
    runs: opt.int("measured rounds", { default: 5, min: 1 }),
    tokens: opt.intList("token counts", [512, 3072]),
    anchors: opt.intList("anchor counts", [2, 4]),
  },
  run: async (v) => (await import("../bench/anchors-bench.js")).runAnchorsBench(v),
});

const benchAgents = command({
  name: "bench agents",
  summary: "KVCOMM-shaped pipelines on the task suite: accuracy, reuse (calls and shared tokens), TTFT per agent and mode, fallbacks with reasons",
  synopsis: ["model", "agents", "limit", "suites", "modes", "json", "chart"],
  options: {
    model: opt.string("FILE", "GGUF model", { required: true }),
    agents: opt.list(["3", "5"], "pipeline sizes", ["3", "5"]),
    limit: opt.int("held-out instances per suite", { default: 500, min: 1 }),
    suites: opt.list(["rag", "math", "code"], "suites", ["rag", "math", "code"]),
    modes: { ...opt.list([...REUSE_MODES, "anchors+recompute-random"], "modes, comma-separated (dense always runs)", REUSE_MODES), value: "MODE[,...]" },
    threads: opt.int("llama.cpp threads, the same for every mode (default: cores - 1)", { min: 1 }),
    ratio: opt.number("recompute ratio", { min: 0, max: 1 }),
    gamma: opt.number("anchor gate gamma", { min: 0 }),
    context: opt.int("context size in tokens", { min: 64 }),
    seed: opt.int("held-out seed", { default: HELDOUT, min: 0 }),
    inputs: opt.choice(["first-reader", "encoder"], "who produces user-input KV", "first-reader"),
    uncovered: opt.choice(["prefill", "naive"], "tokens of a shared part past what the anchors cover: prefilled, or moved uncorrected (default: naive)"),
    "own-text": opt.choice(["exact", "corrected", "moved"], "an agent's own text: reused only where exact; also after a reused shared part, offset-corrected by the anchors (KVCOMM); or also moved uncorrected", "corrected"),
    "no-cost-model": opt.flag("reuse even where the cost model predicts a prefill is faster"),
    "no-ttft-setting": opt.flag("skip the KVCOMM TTFT setting that follows"),
    "ttft-shape": { ...opt.choice(SYNTH_SHAPE_NAMES, `model shape of the TTFT setting: ${SHAPES}`, "qwen2.5-0.5b"), value: "NAME" },
    "ttft-quick": opt.flag("TTFT setting on the tiny shape, short prompts"),
    json: opt.string("OUT", "write the results as JSON"),
    chart: opt.string("OUT.svg", "write TTFT charts: OUT.svg and OUT.png"),
    verbose: opt.flag("log every reuse decision"),
    ...OUTPUT,
  },
  run: async (v) => {
    const log = reporter(v);
    await (await import("../bench/agents-bench.js")).runAgentsBench({
      modelPath: v.model, sizes: v.agents.map(Number) as (3 | 5)[], limit: v.limit, suites: v.suites, modes: v.modes, threads: v.threads,
      contextSize: v.context, ratio: v.ratio, gamma: v.gamma, seed: v.seed, costModel: !v["no-cost-model"],
      inputs: v.inputs, uncovered: v.uncovered, ownText: v["own-text"], json: v.json, chart: v.chart,
      ttftSetting: !v["no-ttft-setting"], ttftShape: v["ttft-shape"], ttftQuick: v["ttft-quick"],
      log: v.verbose ? (l) => log.note(l) : undefined, synthProgress: synthProgress(log),
    });
  },
});

const benchFidelity = command({
  name: "bench fidelity",
  summary: "accuracy vs recompute fraction (0-50%) for naive, anchors, anchors + each selection rule and random selection, with and without the near-tie guard; CIs, agreement with dense, reuse, refusals by reason, the chosen default; long-document: downstream calls served by reuse and outputs equal to dense",
  description: "Setting encoder: user inputs encoded alone, then read behind each agent's prefix (CacheBlend's setting). Setting long-document: 4 agents with their own system prompts over one long document (kvmesh's docs, never trained on); counts downstream calls served by reuse and outputs equal to dense. Writes OUT (JSON) and a chart beside it (OUT without .json, .svg and .png).",
  synopsis: ["model", "setting", "limit", "json"],
  options: {
    model: opt.string("FILE", "GGUF model (default: the embedded model)"),
    setting: opt.choice(["encoder", "first-reader", "long-document"], "who produces user-input KV: an encoder, alone (diverging), or the first agent that reads it; or agents over a long document", "encoder"),
    limit: opt.int("held-out instances per suite", { default: 300, min: 1 }),
    suites: opt.list(["rag", "math", "code"], "suites", ["rag"]),
    agents: opt.choice(["3", "5"], "agents per pipeline", "3"),
    fractions: opt.intList("recompute fractions in percent", [0, 5, 10, 15, 25, 50], 0),
    rules: { ...opt.list(["uncertainty", "kv-deviation", "boundary", "overlap"], "selection rules (random always runs as the control)", ["uncertainty", "kv-deviation", "boundary", "overlap"]), value: "RULE[,...]" },
    bases: { ...opt.list(["anchors", "naive"], "what the rules recompute on: anchors' corrected KV, or moved KV without anchors (naive+<rule>)", ["anchors"]), value: "BASE[,...]" },
    guards: opt.string("X[@N],...", "near-tie guards to run every method with: margin X, watching the first N generated tokens (default all); 0: no guard. E.g. 0,0.01,0.01@8 (default 0)"),
    "on-refusal": opt.choice(["prefill", "moved"], "what anchors methods do with a part the anchors refuse (default: prefill; long-document: moved)"),
    "own-text": opt.choice(["exact", "corrected", "moved"], "how agents reuse their own text (PipelineSession ownText; default: the session's, corrected)"),
    "anchor-shrink": opt.choice(["calibrated", "off"], "anchors' deltas scaled by how well they predicted the dense calls they learned from, or added in full (KVCOMM)", "calibrated"),
    chunk: opt.int("recomputed tokens are chosen in chunks of this size", { default: 1, min: 1 }),
    "probe-layers": opt.int("layers of kv-deviation's shallow pass (its last is the check layer)", { default: 2, min: 1 }),
    parallel: opt.int("methods run at once (accuracy does not depend on timing)", { default: 1, min: 1 }),
    threads: opt.int("llama.cpp threads (default: cores - 1)", { min: 1 }),
    context: opt.int("context size in tokens", { default: 1024, min: 64 }),
    seed: opt.int("held-out seed", { default: HELDOUT, min: HELDOUT }),
    json: opt.string("OUT", "write the results as JSON (and the chart beside it)"),
    ...OUTPUT,
  },
  run: async (v) => {
    const log = reporter(v);
    if (v.fractions.some((f) => f > 100)) throw new UsageError("--fractions are percents (0..100)");
    const guards = (v.guards ?? "0").split(",").map((g) => {
      const [m, n] = g.trim().split("@");
      const minMargin = Number(m);
      const steps = n === undefined ? Infinity : Number(n);
      if (!(minMargin >= 0 && minMargin < 1) || !(Number.isInteger(steps) ? steps >= 1 : steps === Infinity)) throw new UsageError(`--guards: "${g}" is not a margin in [0, 1) with an optional @steps >= 1`);
      return minMargin > 0 ? { minMargin, steps } : undefined;
    });
    const { embeddedModelPath } = await import("../models/embedded-model.js");
    await (await import("../bench/fidelity-bench.js")).runFidelityBench({
      modelPath: v.model ?? embeddedModelPath(), setting: v.setting, suites: v.suites, size: Number(v.agents) as 3 | 5, limit: v.limit,
      fractions: v.fractions.map((f) => f / 100), rules: v.rules, chunk: v.chunk, probeLayers: v["probe-layers"], parallel: v.parallel, threads: v.threads ?? Math.max(1, availableParallelism() - 1),
      bases: v.bases, guards, onRefusal: v["on-refusal"] ?? (v.setting === "long-document" ? "moved" : "prefill"), ownText: v["own-text"],
      anchorShrink: v["anchor-shrink"], contextSize: v.context, seed: v.seed, json: v.json, log: (l) => log.note(l),
    });
  },
});

const benchTtft = command({
  name: "bench ttft",
  summary: "the KVCOMM TTFT setting: 5 fully connected agents, 1024-token input, 512-token prefixes and replies; modes interleaved, through a broker",
  synopsis: ["model", "shape", "quick", "broker", "json", "chart"],
  options: {
    model: opt.string("FILE", "GGUF model (default: a synthetic model of --shape)"),
    shape: { ...opt.choice(SYNTH_SHAPE_NAMES, `synthetic model shape: ${SHAPES} (default qwen2.5-0.5b; --quick: tiny)`), value: "NAME" },
    quick: opt.flag("short prompts, few rounds, tiny shape"),
    threads: opt.int("llama.cpp threads, the same for every mode (default: cores - 1)", { min: 1 }),
    agents: opt.int("agents", { default: 5, min: 2 }),
    input: opt.int("input tokens (default 1024; --quick 128)", { min: 1 }),
    prefix: opt.int("prefix tokens per agent (default 512; --quick 64)", { min: 1 }),
    reply: opt.int("reply tokens per agent (default 512; --quick 64)", { min: 1 }),
    warmup: opt.int("warm-up rounds (default 3)", { min: 0 }),
    rounds: opt.int("measured rounds (default 5)", { min: 1 }),
    "cost-model": opt.flag("let the cost model veto reuse"),
    "no-headers": opt.flag("no role headers in the prompts"),
    broker: opt.choice(["on", "off"], "share through a broker process (off: in this process)", "on"),
    json: opt.string("OUT", "write the results as JSON"),
    chart: opt.string("OUT.svg", "write the TTFT chart: OUT.svg and OUT.png"),
    headline: opt.string("OUT", "write agent 5's medians (device, backend, rounds, agent5 {denseMs, naiveMs, anchorsMs, correctionMs}) as JSON"),
    verbose: opt.flag("log every reuse decision"),
    ...OUTPUT,
  },
  run: async (v) => {
    const log = reporter(v);
    await (await import("../bench/ttft-setting.js")).runTtftSetting({ ...v, log: (l) => log.note(l), synthProgress: synthProgress(log) });
  },
});

const benchC2c = command({
  name: "bench c2c",
  summary: "Cache-to-Cache latency on held-out fact questions: fusion in process and through a broker process (gRPC, fuse by key), text-to-text, receiver alone; interleaved, median and p10/p90, replies of both fusion paths compared",
  description: "Starts its own broker with --projectors FILE on a free loopback port. Refuses a projector that is not for this sharer/receiver pair. See docs/c2c.md.",
  synopsis: ["sharer", "projector", "receiver", "limit", "json"],
  options: {
    sharer: opt.string("FILE", "sharer GGUF (kvmesh-small-facts.gguf from the C2C training run)", { required: true }),
    projector: opt.string("FILE", "projector file, stamped with both models' fingerprints (models/c2c/FORMAT.md)", { required: true }),
    receiver: opt.string("FILE", "receiver GGUF", { default: "models/kvmesh-tiny.gguf" }),
    limit: opt.int("held-out questions, the first N (default: all 342)", { min: 5 }),
    warmup: opt.int("untimed questions first (every method)", { default: 2, min: 0 }),
    threads: opt.int("llama.cpp threads of every agent (default: cores - 1)", { min: 1 }),
    json: opt.string("OUT", "write methods.<method>.latencyMs {median, p10, p90}, stages, accuracy and every reply as JSON"),
    ...OUTPUT,
  },
  run: async (v) => {
    const log = reporter(v);
    await (await import("../bench/c2c-bench.js")).runC2cBench({ ...v, threads: v.threads ?? Math.max(1, availableParallelism() - 1), log: (l) => log.note(l) });
  },
});

const modelSynth = command({
  name: "model synth",
  summary: "write a random-weight GGUF of a real model shape (working tokenizer)",
  synopsis: ["shape", "out", "type"],
  options: {
    shape: { ...opt.requiredChoice(SYNTH_SHAPE_NAMES, `model shape: ${SHAPES}`), value: "NAME" },
    out: opt.string("FILE", "where to write the GGUF", { required: true }),
    type: opt.choice(["f16", "q8_0"], "weight type", "f16"),
    seed: opt.int("random seed", { default: 1234, max: 0xffffffff }),
    ...OUTPUT,
  },
  run: async (v) => (await import("./model-synth.js")).runModelSynth(v, reporter(v)),
});

/** All commands, in the order `kvmesh --help` and the README list them. */
export const COMMANDS: readonly Command[] = [
  demo, run, evalCommand, evalC2c, broker, serve, benchReuse, benchAgents, benchFidelity, benchTtft, benchC2c, benchBroker, benchSoak, benchKernels, benchAnchors, modelSynth,
] as unknown as readonly Command[];

/** Words that only group commands (`kvmesh bench ...`). */
export const GROUPS: readonly string[] = [...new Set(COMMANDS.filter((c) => c.name.includes(" ")).map((c) => c.name.split(" ")[0]))];
