/**
 * Chat messages as a kvmesh prompt, shared by the OpenAI-compatible endpoint
 * (serve/) and the framework adapters (adapters/): each message, its role
 * header included, is one shared part named by its role and text, so that
 * whoever encodes a message first lets every later reader reuse its KV in
 * one piece (no gaps to prefill between messages). A reply's KV, published
 * as the generated tokens, sits inside its message after the role header.
 */
import { createHash } from "node:crypto";
import { own, shared, type PromptPart } from "./prompt.js";

export interface ChatMessage {
  readonly role: string;
  readonly content: string;
}

export function chatPrompt(messages: readonly ChatMessage[]): PromptPart[] {
  const parts: PromptPart[] = [];
  for (const m of messages) parts.push(shared(messageId(m.role, m.content), `<|${m.role}|>\n${m.content}\n`));
  parts.push(own("<|assistant|>\n"));
  return parts;
}

/** The shared part id of a message: its role and text, hashed. */
export function messageId(role: string, content: string): string {
  return `msg:${createHash("sha256").update(role).update("\0").update(content).digest("hex")}`;
}
