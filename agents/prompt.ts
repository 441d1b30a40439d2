/**
 * An agent's prompt as parts. "own" text is the agent's own (its system
 * prompt, instructions); "shared" parts carry content that other agents may
 * already hold KV for (the user's question, a document, another agent's
 * reply), named by a stable id so that producers and consumers meet.
 */
export type PromptPart =
  | { readonly kind: "own"; readonly text: string }
  | { readonly kind: "shared"; readonly id: string; readonly text: string };

export const own = (text: string): PromptPart => ({ kind: "own", text });
export const shared = (id: string, text: string): PromptPart => ({ kind: "shared", id, text });

export interface GenerateOptions {
  readonly maxTokens: number;
  /** Generation stops when the text ends with one of these (not included in the result). */
  readonly stop?: readonly string[];
  /**
   * Teacher forcing: after the first token (TTFT is still measured), take this
   * text as the reply instead of decoding it. For speed benchmarks with fixed
   * reply lengths, where decoding hundreds of tokens would only add time.
   */
  readonly forceOutput?: string;
  /** Called with each new piece of the reply's text as it is generated (streaming). */
  readonly onText?: (delta: string) => void;
  /** Stops generating (the result holds what was generated so far). */
  readonly signal?: AbortSignal;
  /**
   * Awaited once, right after the first token is known (TTFT is taken
   * before it) and before the next one is generated: work that needs the
   * prompt's KV as evaluated (publishing it early) without delaying the
   * first token.
   */
  readonly afterFirstToken?: () => Promise<void>;
  /** Called once the prompt's KV is in place, before the first token: what was reused and how. */
  readonly onPrepared?: (info: { readonly promptTokens: number; readonly reusedTokens: number; readonly path: "native" | "file" | "none"; readonly fallback?: string }) => void;
}

export interface GenerateResult {
  readonly text: string;
  /** Time from the call until the first output token was known. */
  readonly ttftMs: number;
  readonly totalMs: number;
  readonly promptTokens: number;
  /** Prompt tokens whose KV came from elsewhere instead of a prefill. */
  readonly reusedTokens: number;
  readonly outputTokens: number;
}
