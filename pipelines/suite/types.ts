/** Shared types of the task suites. */
import type { SharedInput } from "./format.js";
import { fnv1a, mixSeed, Rng } from "./rng.js";

export type SuiteName = "rag" | "math" | "code";
export const SUITE_NAMES: readonly SuiteName[] = ["rag", "math", "code"];

/** Number of agents in a pipeline: 1 (single-agent baseline), 3 or 5 (fully connected). */
export type PipelineSize = 1 | 3 | 5;
export const PIPELINE_SIZES: readonly PipelineSize[] = [1, 3, 5];

export interface RoleSpec {
  readonly name: string;
  /** The agent's own system text. */
  readonly system: string;
  /** Generation budget for this role's reply (tokens). */
  readonly maxTokens: number;
}

export interface Instance {
  readonly suite: SuiteName;
  readonly seed: number;
  readonly index: number;
  /** `${suite}:${seed}:${index}` */
  readonly id: string;
  /** The user input every agent sees (question, documents). */
  readonly inputs: readonly SharedInput[];
  /** Gold final answer (what the last agent should say). */
  readonly answer: string;
  /** Gold reply of every role of this suite. */
  readonly gold: Readonly<Record<string, string>>;
  /** Content key that decides the split (train or held-out). */
  readonly key: string;
}

export interface Suite {
  readonly name: SuiteName;
  readonly roles: Readonly<Record<string, RoleSpec>>;
  /** Role names in call order, per pipeline size. */
  readonly pipelines: Readonly<Record<PipelineSize, readonly string[]>>;
  generate(seed: number, index: number): Instance;
  /** The normalized answer found in a final reply ("" when none). */
  extractAnswer(text: string): string;
}

/** Train and held-out seeds; any seed >= HELDOUT_SEED_MIN is a held-out seed. */
export const TRAIN_SEED = 1;
export const HELDOUT_SEED = 1000;
export const HELDOUT_SEED_MIN = 1000;
export type Split = "train" | "heldout";
export const splitOf = (seed: number): Split => (seed >= HELDOUT_SEED_MIN ? "heldout" : "train");

/** One held-out bucket out of this many, by hash of the content key. */
const SPLIT_BUCKETS = 16;
export const keySplit = (key: string): Split => (fnv1a(key) % SPLIT_BUCKETS === 0 ? "heldout" : "train");

export interface Draft {
  readonly inputs: readonly SharedInput[];
  readonly answer: string;
  readonly gold: Readonly<Record<string, string>>;
  readonly key: string;
}

/**
 * Draws drafts until one falls in the seed's split: the split of an instance is
 * a function of its content, so train and held-out instances never coincide.
 */
export function generateInSplit(
  suite: SuiteName,
  suiteSalt: number,
  seed: number,
  index: number,
  draw: (rng: Rng) => Draft,
): Instance {
  const want = splitOf(seed);
  for (let attempt = 0; ; attempt++) {
    const draft = draw(new Rng(mixSeed(suiteSalt, seed, index, attempt)));
    if (keySplit(draft.key) === want) {
      return { suite, seed, index, id: `${suite}:${seed}:${index}`, ...draft };
    }
  }
}

/** Lower case, single spaces, no surrounding punctuation. */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["'`]+|["'`.,;:!?]+$/g, "")
    .trim();
}

/** The last integer in a text, as a string ("" when none). */
export function lastInteger(text: string): string {
  const all = text.match(/-?\d+/g);
  return all ? String(Number(all[all.length - 1])) : "";
}
