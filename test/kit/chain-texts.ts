import type { Agent } from "../../agents/agent.js";
import { fitTokens } from "../../bench/ttft-setting.js";

/** Texts of a small KVCOMM-shaped chain (prefixes, one input per round, a reply per agent and round), sized in tokens. */
export interface ChainTexts {
  readonly prefixes: string[];
  readonly inputs: string[];
  readonly replies: string[][];
}

/**
 * The texts the precorrection tests run: 48-token prefixes, 96-token inputs,
 * 48-token replies; the first two rounds a few tokens longer, so later rounds
 * put every part at other positions than the anchors saw.
 */
export function chainTexts(fit: Agent, agents: number, rounds: number): ChainTexts {
  const slack = (n: number, r: number) => (r < 2 ? n + 4 : n);
  return {
    prefixes: Array.from({ length: agents }, (_, i) => fitTokens(fit, 48, 101 + i)),
    inputs: Array.from({ length: rounds }, (_, r) => fitTokens(fit, slack(96, r), 1001 + r)),
    replies: Array.from({ length: rounds }, (_, r) => Array.from({ length: agents }, (_, i) => fitTokens(fit, slack(48, r), 5001 + 97 * r + i))),
  };
}
