/**
 * The prompt format shared by training transcripts and inference.
 *
 * An agent call is:
 *
 *   <|sys|>{own system text}\n<|in|>[question]:\n{question}\n[documents]:\n{docs}\n
 *   [retriever]:\n{retriever's reply}\n ... <|out|>{reply}<|end|>
 *
 * Own parts carry the agent's system text, the headers and the markers; shared
 * parts carry content that several agents see (the question, the documents,
 * earlier agents' replies), with the same text wherever it appears. Every
 * boundary between an own part and a shared part sits next to a "\n", so a
 * tokenizer that keeps "\n" as its own token cuts the joined prompt exactly at
 * part boundaries.
 */
import { own, shared, type PromptPart } from "../../agents/prompt.js";

export const SYS = "<|sys|>";
export const IN = "<|in|>";
export const OUT = "<|out|>";
export const END = "<|end|>";

/** Markers the tokenizer must keep as single tokens, in a fixed order. */
export const SPECIAL_MARKERS: readonly string[] = [SYS, IN, OUT, END];

/** Generation stops at this string; gold replies end with it in transcripts. */
export const STOP = END;

/** Extra symbols the tokenizer should keep as single pieces (part boundaries). */
export const BOUNDARY_SYMBOLS: readonly string[] = ["\n"];

/** A piece of the user's input that every agent of a pipeline sees. */
export interface SharedInput {
  /** Stable placeholder id: "question", "documents". */
  readonly id: string;
  /** Header shown before it: "question" gives "[question]:". */
  readonly header: string;
  readonly text: string;
}

/** An earlier agent's reply as a later agent sees it. */
export interface PriorReply {
  readonly role: string;
  readonly text: string;
}

export const replyId = (role: string): string => `reply:${role}`;

/**
 * The prompt parts of one agent call. Adjacent own texts are merged, so parts
 * alternate own / shared and start and end with an own part.
 * `idPrefix` scopes the shared ids (e.g. to one pipeline run).
 */
export function buildAgentParts(
  system: string,
  inputs: readonly SharedInput[],
  prior: readonly PriorReply[],
  idPrefix = "",
): PromptPart[] {
  const parts: PromptPart[] = [];
  let pending = `${SYS}${system}\n${IN}`;
  const pushShared = (header: string, id: string, text: string): void => {
    pending += `[${header}]:\n`;
    parts.push(own(pending));
    parts.push(shared(idPrefix + id, text));
    pending = "\n";
  };
  for (const input of inputs) pushShared(input.header, input.id, input.text);
  for (const reply of prior) pushShared(reply.role, replyId(reply.role), reply.text);
  parts.push(own(pending + OUT));
  return parts;
}

/** The exact prompt text inference feeds the model (before any BOS). */
export function joinParts(parts: readonly PromptPart[]): string {
  let text = "";
  for (const part of parts) text += part.text;
  return text;
}

/** A training transcript: prompt, gold reply, stop marker. */
export function transcriptText(parts: readonly PromptPart[], reply: string): string {
  return joinParts(parts) + reply + END;
}

/** Cuts a generated text at the first stop marker and trims it. */
export function cleanReply(text: string): string {
  const at = text.indexOf(END);
  return (at >= 0 ? text.slice(0, at) : text).trim();
}
