/**
 * One agent of examples/03-separate-processes, in its own OS process: what an
 * agent in a deployment runs. It loads the model, connects to the broker
 * (gRPC over TLS for KV bytes, verified against the deployment's CA; NATS with
 * its namespace's NKey for lookups), answers its prompt with and without
 * reused KV, and publishes what it encoded for the agents after it.
 *
 *   tsx examples/03-separate-processes/agent.ts JOB.json
 *
 * JOB.json: { role, messages (the conversation so far and its own ask),
 * model, threads, rounds, maxTokens, broker: { grpc, nats, namespace, token,
 * natsSeedFile, caFile } }. Prints one JSON line (AgentReport).
 *
 * Each round runs the prompt twice, one after the other: with kvmesh (shared
 * parts fetched from the broker and injected; nothing kept from earlier
 * calls of this process, so every round's reuse comes from the broker) and
 * dense (a full prefill, the reference). After the last round it publishes
 * the KV of the messages it read and of its reply.
 */
import { readFile } from "node:fs/promises";
import { Agent } from "../../agents/agent.js";
import { BrokerSegmentSource, type BrokerSourceStats } from "../../agents/cache/broker-source.js";
import { chatPrompt, messageId, type ChatMessage } from "../../agents/chat-prompt.js";

export interface AgentJob {
  readonly role: string;
  readonly messages: readonly ChatMessage[];
  readonly model: string;
  readonly threads: number;
  readonly rounds: number;
  readonly maxTokens: number;
  readonly broker: {
    readonly grpc: string;
    readonly nats: string;
    readonly namespace: string;
    readonly token: string;
    readonly natsSeedFile: string;
    readonly caFile: string;
  };
}

export interface AgentReport {
  readonly role: string;
  readonly pid: number;
  readonly text: string;
  readonly promptTokens: number;
  /** Per kvmesh round: prompt tokens whose KV came from the broker and was injected. */
  readonly reusedTokens: number[];
  readonly ttftKvmeshMs: number[];
  readonly ttftDenseMs: number[];
  /** Kvmesh rounds whose output tokens equal the dense run's, of `rounds`. */
  readonly sameAsDense: number;
  readonly rounds: number;
  /** How the reused KV got into llama.cpp ("native", "file" or "none"). */
  readonly path: string;
  readonly fallbacks: number;
  readonly fallbackReasons: Record<string, number>;
  readonly source: BrokerSourceStats;
  /** Segments this agent published (the messages it read and its reply). */
  readonly published: number;
}

async function main(): Promise<void> {
  const job = JSON.parse(await readFile(process.argv[2], "utf8")) as AgentJob;
  const agent = await Agent.create({ modelPath: job.model, threads: job.threads, contextSize: 2048, name: job.role });
  const source = BrokerSegmentSource.create({
    grpc: job.broker.grpc, nats: job.broker.nats, lookupVia: "nats",
    namespace: job.broker.namespace, token: job.broker.token,
    natsSeed: (await readFile(job.broker.natsSeedFile, "utf8")).trim(),
    tls: { caFile: job.broker.caFile },
    // A first connect includes the TLS handshake and NATS login.
    connectTimeoutMs: 5000, callTimeoutMs: 5000,
  });
  try {
    const parts = chatPrompt(job.messages);
    const report = {
      role: job.role, pid: process.pid, text: "", promptTokens: 0, reusedTokens: [] as number[], ttftKvmeshMs: [] as number[],
      ttftDenseMs: [] as number[], sameAsDense: 0, rounds: job.rounds, path: "none", published: 0,
    };
    let last;
    for (let round = 0; round < job.rounds; round++) {
      // prefix/ownCache off: the sequence still holds the previous run; only the broker may supply KV.
      const k = await agent.generate(parts, { maxTokens: job.maxTokens, reuse: { source, prefix: false, ownCache: false } });
      const d = await agent.generate(parts, { maxTokens: job.maxTokens });
      report.reusedTokens.push(k.reusedTokens);
      report.ttftKvmeshMs.push(k.ttftMs);
      report.ttftDenseMs.push(d.ttftMs);
      if (k.outputTokenIds.length === d.outputTokenIds.length && k.outputTokenIds.every((t, i) => t === d.outputTokenIds[i])) report.sameAsDense++;
      if (k.stages.path !== "none") report.path = k.stages.path;
      report.text = d.text;
      report.promptTokens = d.promptTokens;
      last = d;
    }
    // The sequence holds the last dense run: plain prefill KV, exact for every later reader.
    if (last) report.published = await agent.publish(last, source, { replyId: messageId("assistant", last.text) });
    const out: AgentReport = { ...report, fallbacks: agent.stats.fallbacks, fallbackReasons: agent.stats.fallbackReasons, source: { ...source.stats } };
    process.stdout.write(JSON.stringify(out) + "\n");
  } finally {
    await source.dispose();
    await agent.dispose();
  }
}

main().then(() => process.exit(0), (e: unknown) => {
  process.stderr.write(`agent: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
