import { parseArgs } from "node:util";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { startOpenAiServer } from "../serve/openai-server.js";
import { UsageError } from "../bench/flags.js";

const USAGE = `kvmesh serve [--port N] [--host ADDR] [--model FILE] [--threads N] [--context N]

An OpenAI-compatible endpoint (/v1/chat/completions with streaming, /v1/models)
backed by kvmesh agents: message texts another call already encoded are
reused instead of prefilled. Name an agent per caller with the header
x-kvmesh-agent; responses say what was reused (x-kvmesh-reused-tokens).
Defaults: port 8080 on 127.0.0.1, the embedded models/kvmesh-tiny.gguf.
`;

/** `kvmesh serve`: runs until SIGTERM/SIGINT. */
export async function runServe(argv: string[]): Promise<void> {
  let v;
  try {
    ({ values: v } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" },
        model: { type: "string" }, threads: { type: "string" }, context: { type: "string", default: "2048" }, help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n\n${USAGE}`);
  }
  if (v.help) {
    process.stdout.write(USAGE);
    return;
  }
  const int = (name: string, s: string | undefined, min: number, max: number): number | undefined => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer in ${min}..${max}, got "${s}"`);
    return n;
  };
  const server = await startOpenAiServer({
    modelPath: v.model ?? fileURLToPath(new URL("../models/kvmesh-tiny.gguf", import.meta.url)),
    port: int("port", v.port, 0, 65535), host: v.host, threads: int("threads", v.threads, 1, 1024) ?? availableParallelism(),
    contextSize: int("context", v.context, 64, 131072), log: (l) => process.stderr.write(`${l}\n`),
  });
  process.stdout.write(`${JSON.stringify({ event: "listening", url: `${server.url}/v1`, model: server.modelId })}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      server.close().then(resolve, resolve);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
}
