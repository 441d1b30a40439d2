/** The suite registry, pipeline prompts and training transcripts. */
import type { PromptPart } from "../../agents/prompt.js";
import { codeSuite } from "./code.js";
import { buildAgentParts, transcriptText, type PriorReply } from "./format.js";
import { mathSuite } from "./math.js";
import { ragSuite } from "./rag.js";
import { PIPELINE_SIZES, type Instance, type PipelineSize, type Suite, type SuiteName } from "./types.js";

export const SUITES: Readonly<Record<SuiteName, Suite>> = { rag: ragSuite, math: mathSuite, code: codeSuite };

export function getSuite(name: SuiteName | Suite): Suite {
  return typeof name === "string" ? SUITES[name] : name;
}

/**
 * Prompt parts of agent `step` (0-based) of a pipeline of `size` agents:
 * its own system text, the user input, and the replies of agents 0..step-1
 * (`priorReplies`, in call order).
 */
export function agentParts(
  suite: Suite,
  instance: Instance,
  size: PipelineSize,
  step: number,
  priorReplies: readonly string[],
  idPrefix = "",
): PromptPart[] {
  const roles = suite.pipelines[size];
  const role = suite.roles[roles[step]];
  const prior: PriorReply[] = priorReplies.slice(0, step).map((text, i) => ({ role: roles[i], text }));
  return buildAgentParts(role.system, instance.inputs, prior, idPrefix);
}

export interface GoldCall {
  readonly role: string;
  readonly step: number;
  readonly parts: PromptPart[];
  readonly gold: string;
}

/** Every agent call of one pipeline with gold replies fed forward. */
export function goldCalls(suite: Suite, instance: Instance, size: PipelineSize, idPrefix = ""): GoldCall[] {
  const roles = suite.pipelines[size];
  const replies = roles.map((role) => instance.gold[role]);
  return roles.map((role, step) => ({
    role,
    step,
    parts: agentParts(suite, instance, size, step, replies, idPrefix),
    gold: replies[step],
  }));
}

/**
 * Training transcripts of instances start..start+count-1 of a seed: for every
 * pipeline size and every agent call, the prompt text exactly as inference
 * joins it, then the gold reply and the end marker.
 */
export function* transcripts(
  suite: SuiteName | Suite,
  seed: number,
  count: number,
  start = 0,
  sizes: readonly PipelineSize[] = PIPELINE_SIZES,
): Generator<string> {
  const s = getSuite(suite);
  for (let index = start; index < start + count; index++) {
    const instance = s.generate(seed, index);
    for (const size of sizes) {
      for (const call of goldCalls(s, instance, size)) yield transcriptText(call.parts, call.gold);
    }
  }
}

/** True when a final reply carries the gold answer. */
export function scoreAnswer(suite: Suite, instance: Instance, finalReply: string): boolean {
  const got = suite.extractAnswer(finalReply);
  return got !== "" && got === suite.extractAnswer(instance.answer);
}
