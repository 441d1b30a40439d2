/**
 * `kvmesh <command>`: one file per command under cli/, loaded on demand so a
 * command never pays for another's imports.
 */
const USAGE = `kvmesh: share llama.cpp KV caches between LLM agents

usage:
  kvmesh demo [--model FILE] [--agents 3|5] [--instances N] [--mode M] [--broker off] [--cost-model off] RAG pipeline, dense vs reuse
  kvmesh eval --suite rag|math|code|all --model FILE --json OUT [--limit N]
  kvmesh bench reuse --model FILE|--shape NAME --tokens N[,N...] [--context N] [--path native|file|native,file] --json OUT [--runs N] [--threads N]
  kvmesh bench broker --json OUT
  kvmesh bench agents --model FILE [--agents 3|5|3,5] [--limit K] [--suites rag,math,code] [--modes ...] [--json OUT] [--chart OUT.svg]
  kvmesh bench ttft [--shape NAME] [--quick] [--json OUT]     the KVCOMM TTFT setting (5 agents, 1024/512/512 tokens)
  kvmesh run --pipeline FILE [--mode dense|naive|anchors|anchors+recompute] [--json OUT]
  kvmesh bench kernels [--json OUT]
  kvmesh bench anchors [--json OUT] [--tokens 512,3072] [--anchors 2,4]
  kvmesh broker [--grpc HOST:PORT] [--nats URL] [--store DIR] [--memory-bytes N] [--namespaces FILE]
                [--metrics HOST:PORT] [--shm-dir DIR|off]
  kvmesh model synth --shape NAME --out FILE [--type f16|q8_0] [--seed N]
`;

type Command = (argv: string[]) => Promise<unknown>;

const commands: Record<string, () => Promise<Command>> = {
  demo: async () => (await import("./demo.js")).runDemo,
  eval: async () => (await import("./eval.js")).runEval,
  broker: async () => (await import("./broker.js")).runBroker,
  "bench reuse": async () => (await import("../bench/reuse-bench.js")).runReuseBench,
  "bench broker": async () => (await import("../bench/broker-bench.js")).runBrokerBench,
  "bench kernels": async () => (await import("../bench/kernels-bench.js")).runKernelsBench,
  "bench anchors": async () => (await import("../bench/anchors-bench.js")).runAnchorsBench,
  "bench agents": async () => (await import("../bench/agents-bench.js")).runAgentsBench,
  "bench ttft": async () => (await import("../bench/ttft-setting.js")).runTtftSetting,
  "bench soak": async () => (await import("../bench/soak-bench.js")).runSoakBench,
  run: async () => (await import("./run.js")).runPipelineCommand,
  "model synth": async () => (await import("./model-synth.js")).runModelSynth,
};

async function main(argv: string[]): Promise<void> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    process.stdout.write(USAGE);
    return;
  }
  const two = `${argv[0]} ${argv[1] ?? ""}`;
  const [name, rest] = two in commands ? [two, argv.slice(2)] : [argv[0], argv.slice(1)];
  const load = commands[name];
  if (!load) {
    process.stderr.write(`kvmesh: unknown command "${argv.join(" ")}"\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  await (await load())(rest);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`kvmesh: ${e instanceof Error ? (process.env.KVMESH_DEBUG ? String(e.stack) : `${e.name}: ${e.message}`) : String(e)}\n`);
  process.exitCode = 1;
});
