/**
 * kvmesh as a LangChain.js chat model: a LangChain flow gains KV sharing by
 * swapping its model for this one. Each instance is one kvmesh agent (one
 * llama.cpp context); instances given the same store share KV: a message text
 * one of them encoded (a document, another agent's reply) is reused by the
 * others instead of prefilled. What was reused is in every result's
 * `response_metadata.kvmesh` (prompt and reused tokens, TTFT, injection path,
 * fallback). Needs `@langchain/core` (a peer dependency).
 */
import { BaseChatModel, type BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import type { Agent } from "../agents/agent.js";
import { chatPrompt, messageId } from "../agents/chat-prompt.js";
import type { SegmentSink, SegmentSource } from "../agents/cache/segment-source.js";

export interface KvmeshChatModelFields extends BaseChatModelParams {
  readonly agent: Agent;
  /** Where message KV is published and found; share one store between the models of a flow. */
  readonly store: SegmentSource & SegmentSink;
  readonly maxTokens?: number;
  /**
   * "exact" (default): reuse KV only where it was computed behind the same
   * tokens at the same positions, so outputs equal a full prefill; "moved":
   * also KV computed elsewhere, moved into place (faster, approximate);
   * false: every call a full prefill (the reference to compare with).
   */
  readonly reuse?: "exact" | "moved" | false;
}

export class KvmeshChatModel extends BaseChatModel {
  private readonly agent: Agent;
  private readonly store: SegmentSource & SegmentSink;
  private readonly maxTokens: number;
  private readonly reuse: "exact" | "moved" | false;

  constructor(fields: KvmeshChatModelFields) {
    super(fields);
    this.agent = fields.agent;
    this.store = fields.store;
    this.maxTokens = fields.maxTokens ?? 256;
    this.reuse = fields.reuse ?? "exact";
  }

  _llmType(): string {
    return "kvmesh";
  }

  async _generate(messages: BaseMessage[], options: this["ParsedCallOptions"]): Promise<ChatResult> {
    const chat = messages.map((m) => ({ role: roleOf(m), content: textOf(m) }));
    const r = await this.agent.generate(chatPrompt(chat), {
      maxTokens: this.maxTokens,
      stop: options.stop,
      signal: options.signal,
      reuse: this.reuse ? { source: this.store, ownCache: true, reposition: this.reuse === "moved" } : undefined,
    });
    // Every message's KV and the reply's, for the next model in the flow (after the answer, off its TTFT).
    await this.agent.publish(r, this.store, { replyId: messageId("assistant", r.text) });
    const kvmesh = { promptTokens: r.promptTokens, reusedTokens: r.reusedTokens, ttftMs: r.ttftMs, injection: r.stages.path, ...(r.fallback ? { fallback: r.fallback } : {}) };
    return {
      generations: [{ text: r.text, message: new AIMessage({ content: r.text, response_metadata: { kvmesh } }) }],
      llmOutput: { tokenUsage: { promptTokens: r.promptTokens, completionTokens: r.outputTokens, totalTokens: r.promptTokens + r.outputTokens } },
    };
  }
}

function roleOf(m: BaseMessage): string {
  switch (m.getType()) {
    case "system":
      return "system";
    case "ai":
      return "assistant";
    case "tool":
      return "tool";
    default:
      return "user";
  }
}

function textOf(m: BaseMessage): string {
  if (typeof m.content === "string") return m.content;
  return m.content.map((p) => (typeof p === "string" ? p : p.type === "text" ? (p as { text: string }).text : "")).join("");
}
