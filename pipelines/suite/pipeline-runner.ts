/**
 * Runs one pipeline (1, 3 or 5 agents) of a suite instance through a
 * StepExecutor: agent i sees the user input and the replies of agents
 * 0..i-1; the last agent's reply is scored against the gold answer.
 */
import type { GenerateOptions, GenerateResult, PromptPart } from "../../agents/prompt.js";
import { cleanReply, STOP } from "./format.js";
import { agentParts, scoreAnswer } from "./suites.js";
import type { Instance, PipelineSize, Suite } from "./types.js";

/** Whatever turns an agent's prompt parts into a reply: dense prefill, KV reuse, a fake. */
export interface StepExecutor {
  generate(agentName: string, parts: PromptPart[], opts: GenerateOptions): Promise<GenerateResult>;
}

export interface AgentStepResult {
  readonly agentName: string;
  readonly role: string;
  readonly step: number;
  /** The reply, cut at the stop marker and trimmed (what later agents see). */
  readonly text: string;
  readonly gold: string;
  readonly ttftMs: number;
  readonly totalMs: number;
  readonly promptTokens: number;
  readonly reusedTokens: number;
  readonly outputTokens: number;
}

export interface PipelineResult {
  readonly instanceId: string;
  readonly suite: string;
  readonly size: PipelineSize;
  readonly agents: readonly AgentStepResult[];
  readonly finalText: string;
  /** Normalized answer extracted from the final reply. */
  readonly answer: string;
  readonly goldAnswer: string;
  readonly correct: boolean;
  readonly totalMs: number;
}

export interface RunPipelineOptions {
  /**
   * Prefix of the shared part ids (default `${instance.id}#${size}/`), so that
   * concurrent runs never mix their shared content.
   */
  readonly idPrefix?: string;
  /** Feed the gold replies forward instead of the generated ones (teacher forcing). */
  readonly teacherForcing?: boolean;
}

/** The agent name a pipeline step runs under: `${suite}/${size}/${role}`. */
export const agentNameOf = (suite: Suite, size: PipelineSize, role: string): string => `${suite.name}/${size}/${role}`;

export async function runPipeline(
  executor: StepExecutor,
  suite: Suite,
  instance: Instance,
  size: PipelineSize,
  options: RunPipelineOptions = {},
): Promise<PipelineResult> {
  const started = performance.now();
  const roles = suite.pipelines[size];
  const idPrefix = options.idPrefix ?? `${instance.id}#${size}/`;
  const replies: string[] = [];
  const agents: AgentStepResult[] = [];
  for (let step = 0; step < roles.length; step++) {
    const role = roles[step];
    const spec = suite.roles[role];
    const parts = agentParts(suite, instance, size, step, replies, idPrefix);
    const agentName = agentNameOf(suite, size, role);
    const result = await executor.generate(agentName, parts, { maxTokens: spec.maxTokens, stop: [STOP] });
    const text = cleanReply(result.text);
    const gold = instance.gold[role];
    replies.push(options.teacherForcing ? gold : text);
    agents.push({
      agentName,
      role,
      step,
      text,
      gold,
      ttftMs: result.ttftMs,
      totalMs: result.totalMs,
      promptTokens: result.promptTokens,
      reusedTokens: result.reusedTokens,
      outputTokens: result.outputTokens,
    });
  }
  const finalText = agents[agents.length - 1].text;
  return {
    instanceId: instance.id,
    suite: suite.name,
    size,
    agents,
    finalText,
    answer: suite.extractAnswer(finalText),
    goldAnswer: suite.extractAnswer(instance.answer),
    correct: scoreAnswer(suite, instance, finalText),
    totalMs: performance.now() - started,
  };
}

/** A StepExecutor that answers with one instance's gold replies (tests, dry runs). */
export class GoldExecutor implements StepExecutor {
  constructor(private readonly instance: Instance) {}

  async generate(agentName: string, parts: PromptPart[], _opts: GenerateOptions): Promise<GenerateResult> {
    const role = agentName.slice(agentName.lastIndexOf("/") + 1);
    const text = this.instance.gold[role];
    const chars = parts.reduce((n, p) => n + p.text.length, 0);
    return { text, ttftMs: 0, totalMs: 0, promptTokens: Math.ceil(chars / 4), reusedTokens: 0, outputTokens: Math.ceil(text.length / 4) };
  }
}
