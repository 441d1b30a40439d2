/**
 * Chat messages as a kvmesh prompt, shared by the OpenAI-compatible endpoint
 * (serve/) and the framework adapters (adapters/): per message a short own
 * header for its role and its text as a shared part named by its content, so
 * that whoever encodes a text first lets every later reader reuse its KV.
 */
import { createHash } from "node:crypto";
import { own, shared, type PromptPart } from "./prompt.js";

export interface ChatMessage {
  readonly role: string;
  readonly content: string;
}

export function chatPrompt(messages: readonly ChatMessage[]): PromptPart[] {
  const parts: PromptPart[] = [];
  for (const m of messages) {
    parts.push(own(`<|${m.role}|>\n`));
    if (m.content.length > 0) parts.push(shared(messageId(m.role, m.content), m.content));
    parts.push(own("\n"));
  }
  parts.push(own("<|assistant|>\n"));
  return parts;
}

/** The shared part id of a message: its role and text, hashed. */
export function messageId(role: string, content: string): string {
  return `msg:${createHash("sha256").update(role).update("\0").update(content).digest("hex")}`;
}
