/**
 * Collaborative coding agents: a planner, a coder, a reviewer and a fixer
 * hand work to each other. Each one's prompt is the conversation so far (the
 * task and every earlier agent's output); with kvmesh each agent reuses the
 * KV of what the others already encoded instead of re-reading it, exactly (the
 * same tokens at the same positions), so outputs equal a full prefill.
 * Prints per task and agent the prompt and reused tokens and TTFT both ways.
 *
 *   npx tsx examples/02-coding-agents/run.ts [--model FILE] [--tasks N] [--max-tokens N]
 *
 * On the embedded 15M-parameter model the code it writes is noise; the point
 * is the hand-off (and the numbers grow with real models and longer outputs).
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Agent } from "../../agents/agent.js";
import { chatPrompt, messageId, type ChatMessage } from "../../agents/chat-prompt.js";
import { SegmentCache } from "../../agents/cache/segment-cache.js";
import { packageRoot } from "../../models/package-root.js";

/** A small coding task set: a function to write, in words. */
export const TASKS = [
  "Write a function clamp(x, lo, hi) that returns x limited to the range [lo, hi].",
  "Write a function isPalindrome(s) that ignores case and spaces.",
  "Write a function chunk(list, n) that splits a list into lists of at most n items.",
  "Write a function median(numbers) for a non-empty list of numbers.",
];

const ROLES = [
  { name: "planner", system: "You plan code. List the steps.", ask: "Plan the function." },
  { name: "coder", system: "You write code from a plan.", ask: "Write the code for the plan." },
  { name: "reviewer", system: "You review code. Name one problem.", ask: "Review the code." },
  { name: "fixer", system: "You fix code after a review.", ask: "Fix the code." },
] as const;

export interface StepResult {
  readonly role: string;
  readonly text: string;
  readonly ttftMs: number;
  readonly promptTokens: number;
  readonly reusedTokens: number;
}

/** One task through the four agents; `reuse` false: every call a full prefill. */
async function runTask(agents: readonly Agent[], store: SegmentCache | undefined, task: string, maxTokens: number): Promise<StepResult[]> {
  const conversation: ChatMessage[] = [{ role: "user", content: task }];
  const out: StepResult[] = [];
  for (let i = 0; i < ROLES.length; i++) {
    const role = ROLES[i];
    // Every agent reads the same conversation (its own instructions come last, so the shared part is a common prefix).
    const messages = [...conversation, { role: "user", content: `${role.system} ${role.ask}` }];
    const r = await agents[i].generate(chatPrompt(messages), { maxTokens, reuse: store ? { source: store, ownCache: true, reposition: false } : undefined });
    if (store) await agents[i].publish(r, store, { replyId: messageId("assistant", r.text) });
    out.push({ role: role.name, text: r.text, ttftMs: r.ttftMs, promptTokens: r.promptTokens, reusedTokens: r.reusedTokens });
    conversation.push({ role: "user", content: `${role.system} ${role.ask}` }, { role: "assistant", content: r.text });
  }
  return out;
}

export async function runCodingAgents(modelPath: string, tasks: readonly string[], maxTokens = 24, threads = 2): Promise<{ kvmesh: StepResult[][]; dense: StepResult[][] }> {
  const first = await Agent.create({ modelPath, threads, contextSize: 2048, name: "planner" });
  const all = [first];
  try {
    for (const name of ["coder", "reviewer", "fixer", "planner-dense", "coder-dense", "reviewer-dense", "fixer-dense"]) {
      all.push(await Agent.create({ modelPath, model: first.model, threads, contextSize: 2048, name }));
    }
    const store = new SegmentCache();
    const out = { kvmesh: [] as StepResult[][], dense: [] as StepResult[][] };
    for (const task of tasks) {
      out.dense.push(await runTask(all.slice(4), undefined, task, maxTokens));
      out.kvmesh.push(await runTask(all.slice(0, 4), store, task, maxTokens));
    }
    return out;
  } finally {
    for (const a of all.reverse()) await a.dispose();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { model: { type: "string" }, tasks: { type: "string", default: String(TASKS.length) }, "max-tokens": { type: "string", default: "24" } } });
  const modelPath = values.model ?? join(packageRoot(), "models", "kvmesh-tiny.gguf");
  const tasks = TASKS.slice(0, Number(values.tasks));
  const r = await runCodingAgents(modelPath, tasks, Number(values["max-tokens"]));
  let same = 0;
  let total = 0;
  const sum = { dense: 0, kvmesh: 0, prompt: 0, reused: 0 };
  tasks.forEach((task, t) => {
    console.log(`task ${t + 1}: ${task}`);
    r.kvmesh[t].forEach((k, i) => {
      const d = r.dense[t][i];
      total++;
      if (k.text === d.text) same++;
      sum.dense += d.ttftMs;
      sum.kvmesh += k.ttftMs;
      sum.prompt += k.promptTokens;
      sum.reused += k.reusedTokens;
      console.log(`  ${k.role.padEnd(8)} prompt ${String(k.promptTokens).padStart(4)}  reused ${String(k.reusedTokens).padStart(4)}  TTFT ${d.ttftMs.toFixed(1).padStart(7)} ms dense, ${k.ttftMs.toFixed(1).padStart(7)} ms kvmesh  ${k.text === d.text ? "same output" : "OUTPUT DIFFERS"}`);
    });
  });
  console.log(`all agents: reused ${sum.reused} of ${sum.prompt} prompt tokens; TTFT ${sum.dense.toFixed(0)} ms dense, ${sum.kvmesh.toFixed(0)} ms with kvmesh; outputs equal to dense on ${same} of ${total} calls`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
