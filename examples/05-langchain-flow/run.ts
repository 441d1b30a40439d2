/**
 * A LangChain.js flow of two agents, a reader and a critic, run twice: with
 * kvmesh (the critic reuses the KV of the messages and of the reader's reply
 * instead of prefilling them) and without (every call a full prefill). Prints
 * both outputs and each agent's time to first token.
 *
 *   npx tsx examples/05-langchain-flow/run.ts [--model FILE] [--rounds N]
 *
 * The flow is plain LangChain (messages, a chat model, a chain of calls);
 * only the chat model is kvmesh's (adapters/langchain-chat-model.ts).
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import { RunnableLambda } from "@langchain/core/runnables";
import { KvmeshChatModel } from "../../adapters/langchain-chat-model.js";
import { Agent } from "../../agents/agent.js";
import { SegmentCache } from "../../agents/cache/segment-cache.js";
import { packageRoot } from "../../models/package-root.js";

const DOCS = [
  "Record 7: the blue kettle belongs to Mara Voss, who lives in Tallinn and keeps seven cats.",
  "Record 12: the copper lamp stands in the north hall of the museum in Porto, next to the map room.",
  "Record 31: the green ferry leaves Tallinn at seven and reaches Helsinki at nine, carrying the mail.",
];

export interface FlowResult {
  readonly reader: string;
  readonly critic: string;
  readonly readerTtftMs: number;
  readonly criticTtftMs: number;
  readonly criticReusedTokens: number;
  readonly criticPromptTokens: number;
}

/** The flow: the reader answers from a record; the critic reads the whole exchange and judges it. */
export function buildFlow(reader: KvmeshChatModel, critic: KvmeshChatModel) {
  return RunnableLambda.from(async (doc: string): Promise<FlowResult> => {
    const ask: BaseMessage[] = [new SystemMessage("You answer from the record."), new HumanMessage(`${doc}\nWhat does the record say?`)];
    const a = await reader.invoke(ask);
    const review = [...ask, new AIMessage(String(a.content)), new HumanMessage("Is that answer supported by the record?")];
    const c = await critic.invoke(review);
    const ka = a.response_metadata.kvmesh as { ttftMs: number };
    const kc = c.response_metadata.kvmesh as { ttftMs: number; reusedTokens: number; promptTokens: number };
    return { reader: String(a.content), critic: String(c.content), readerTtftMs: ka.ttftMs, criticTtftMs: kc.ttftMs, criticReusedTokens: kc.reusedTokens, criticPromptTokens: kc.promptTokens };
  });
}

export async function runFlowComparison(modelPath: string, docs: readonly string[], threads = 2, maxTokens = 16): Promise<{ kvmesh: FlowResult[]; dense: FlowResult[] }> {
  const first = await Agent.create({ modelPath, threads, contextSize: 1024, name: "reader" });
  const make = (name: string) => Agent.create({ modelPath, model: first.model, threads, contextSize: 1024, name });
  const agents = [first, await make("critic"), await make("reader-dense"), await make("critic-dense")];
  try {
    const store = new SegmentCache();
    const withKv = buildFlow(new KvmeshChatModel({ agent: agents[0], store, maxTokens }), new KvmeshChatModel({ agent: agents[1], store, maxTokens }));
    const dense = buildFlow(
      new KvmeshChatModel({ agent: agents[2], store: new SegmentCache(), maxTokens, reuse: false }),
      new KvmeshChatModel({ agent: agents[3], store: new SegmentCache(), maxTokens, reuse: false }),
    );
    const out = { kvmesh: [] as FlowResult[], dense: [] as FlowResult[] };
    for (const doc of docs) {
      // Interleaved, so that drift on a busy machine hits both alike.
      out.dense.push(await dense.invoke(doc));
      out.kvmesh.push(await withKv.invoke(doc));
    }
    return out;
  } finally {
    for (const a of agents.reverse()) await a.dispose();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { model: { type: "string" }, rounds: { type: "string", default: "1" } } });
  const modelPath = values.model ?? join(packageRoot(), "models", "kvmesh-tiny.gguf");
  const docs = Array.from({ length: Number(values.rounds) }, () => DOCS).flat();
  const r = await runFlowComparison(modelPath, docs);
  for (let i = 0; i < docs.length; i++) {
    const same = r.kvmesh[i].reader === r.dense[i].reader && r.kvmesh[i].critic === r.dense[i].critic;
    console.log(`record ${i + 1}: critic TTFT ${r.dense[i].criticTtftMs.toFixed(1)} ms without kvmesh, ${r.kvmesh[i].criticTtftMs.toFixed(1)} ms with (reused ${r.kvmesh[i].criticReusedTokens} of ${r.kvmesh[i].criticPromptTokens} prompt tokens); outputs ${same ? "identical" : "DIFFER"}`);
    console.log(`  reader: ${JSON.stringify(r.kvmesh[i].reader)}\n  critic: ${JSON.stringify(r.kvmesh[i].critic)}`);
  }
  const d = median(r.dense.map((x) => x.criticTtftMs));
  const k = median(r.kvmesh.map((x) => x.criticTtftMs));
  console.log(`critic median TTFT: ${d.toFixed(1)} ms without kvmesh, ${k.toFixed(1)} ms with (${(d / k).toFixed(2)}x)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
