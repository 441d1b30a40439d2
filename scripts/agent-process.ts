/**
 * One agent in its own process, sharing KV through a broker: for tests and
 * demos of cross-process reuse.
 *
 *   tsx scripts/agent-process.ts --job FILE          run the job's steps, print one JSON line per step, exit
 *   tsx scripts/agent-process.ts --job FILE --serve  then take more steps as JSON lines on stdin
 *
 * The job file (JSON):
 *   { "model": "path.gguf", "threads": 1, "contextSize": 512,
 *     "broker": { "grpc": "127.0.0.1:7400", "nats": "nats://...", "namespace": "ns", "token": "...",
 *                 "callTimeoutMs": 1000, "connectTimeoutMs": 2000, "cooldownMs": 2000 },
 *     "steps": [ Step, ... ] }
 *
 * A step: { "parts": [{"kind": "own", "text": "..."}, {"kind": "shared", "id": "doc", "text": "..."}],
 *           "maxTokens": 16, "reuse": true, "prefix": true, "publish": true, "replyId": "reply:a", "label": "..." }
 * "reuse": false is a dense prefill (the reference). "publish" stores the KV of
 * the shared parts read (and the reply under replyId) in the broker.
 *
 * Each result line: { label, text, outputTokenIds, promptTokens, reusedTokens,
 * fallback, fallbacks, fallbackReasons, published, source: BrokerSourceStats, ms }.
 * A line {"op": "exit"} on stdin ends a --serve process.
 */
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { Agent } from "../agents/agent.js";
import { BrokerSegmentSource, type BrokerSegmentSourceOptions } from "../agents/cache/broker-source.js";
import type { PromptPart } from "../agents/prompt.js";

/** One step of a job (the JSON the parent sends, `test/kit/agent-process.ts`). */
export interface AgentStep {
  readonly parts: PromptPart[];
  readonly maxTokens?: number;
  readonly reuse?: boolean;
  readonly publish?: boolean;
  readonly replyId?: string;
  readonly label?: string;
  /** Keep what the sequence holds of this prompt's prefix (default true). */
  readonly prefix?: boolean;
}

/** The job: model, broker and the steps to run in order. */
export interface AgentJob {
  readonly model: string;
  readonly threads?: number;
  readonly contextSize?: number;
  readonly broker: BrokerSegmentSourceOptions;
  readonly steps?: AgentStep[];
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const jobFile = flag("--job");
  if (!jobFile) throw new Error("usage: agent-process.ts --job FILE [--serve]");
  const job = JSON.parse(await readFile(jobFile, "utf8")) as AgentJob;
  const agent = await Agent.create({ modelPath: job.model, threads: job.threads ?? 1, contextSize: job.contextSize ?? 512, name: `agent-${process.pid}` });
  const source = BrokerSegmentSource.create(job.broker);
  const print = (o: unknown) => process.stdout.write(JSON.stringify(o) + "\n");
  const run = async (step: AgentStep) => {
    const t0 = performance.now();
    const r = await agent.generate(step.parts, { maxTokens: step.maxTokens ?? 16, reuse: step.reuse === false ? undefined : { source, prefix: step.prefix } });
    let published = 0;
    if (step.publish) published = await agent.publish(r, source, { replyId: step.replyId });
    print({
      label: step.label, text: r.text, outputTokenIds: r.outputTokenIds, promptTokens: r.promptTokens, reusedTokens: r.reusedTokens,
      fallback: r.fallback, fallbacks: agent.stats.fallbacks, fallbackReasons: agent.stats.fallbackReasons, published,
      source: { ...source.stats }, ms: performance.now() - t0,
    });
  };
  try {
    for (const step of job.steps ?? []) await run(step);
    if (process.argv.includes("--serve")) {
      print({ ready: true });
      for await (const line of createInterface({ input: process.stdin })) {
        if (!line.trim()) continue;
        const msg = JSON.parse(line) as AgentStep & { op?: string };
        if (msg.op === "exit") break;
        try {
          await run(msg);
        } catch (e) {
          print({ label: msg.label, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
        }
      }
    }
  } finally {
    await source.dispose();
    await agent.dispose();
  }
}

main().then(() => process.exit(0), (e: unknown) => {
  process.stderr.write(`agent-process: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
