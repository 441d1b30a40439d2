/** `kvmesh serve` (options: cli/commands.ts): the OpenAI-compatible endpoint, until SIGTERM/SIGINT. */
import { packageRoot } from "../models/package-root.js";
import { join } from "node:path";
import { startOpenAiServer } from "../serve/openai-server.js";
import type { Reporter } from "./progress.js";

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly model?: string;
  readonly threads: number;
  readonly context: number;
}

export async function runServe(o: ServeOptions, progress: Reporter): Promise<void> {
  progress.step("loading the model");
  const server = await startOpenAiServer({
    modelPath: o.model ?? join(packageRoot(), "models", "kvmesh-tiny.gguf"),
    port: o.port, host: o.host, threads: o.threads, contextSize: o.context, log: (l) => progress.note(l),
  });
  progress.done();
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
