/**
 * The long-document pipeline setting of `kvmesh bench fidelity`: several
 * agents over one long document (bench/fidelity-documents.ts), each agent
 * seeing the document and the replies before it. The first agent reads the
 * document first and publishes its KV; the others are the downstream calls,
 * which reuse it (and the replies) behind their own, different system
 * prompts. Outputs are free text with no gold answer, so fidelity is exact
 * agreement: a downstream output counts when it equals dense's output of the
 * same call, whitespace normalized. Replies feed forward as each method
 * generated them (an upstream difference carries on downstream, as it would
 * for a user).
 *
 * Counted per method over downstream calls: calls served by reuse (reused KV
 * injected and every output token generated from it), calls whose first
 * token came from reused KV before the near-tie guard prefilled again
 * (counted apart, not as served), outputs equal to dense, and every refusal
 * by reason (the anchors' refusals, the guard's interventions, fallbacks).
 */
import type { SessionCallResult } from "../pipelines/pipeline-session.js";
import { cleanReply, STOP } from "../pipelines/suite/format.js";
import { longDocumentParts, REPLY_TOKENS, type LongDocumentInstance } from "./fidelity-documents.js";
import { isRandomControl, type ChosenPoint } from "./fidelity-stats.js";

/** The must-show: reuse on >= 50% of downstream calls with >= 90% of outputs equal to dense. */
export const LONG_DOCUMENT_MIN_SERVED = 0.5;
export const LONG_DOCUMENT_MIN_EQUAL = 0.9;

export interface DocumentExecutor {
  generate(agentName: string, parts: ReturnType<typeof longDocumentParts>, opts: { maxTokens: number; stop: string[] }): Promise<{ text: string }>;
}

/** Runs one instance's agents in order; returns every agent's cleaned reply. */
export async function runLongDocument(executor: DocumentExecutor, inst: LongDocumentInstance): Promise<string[]> {
  const replies: string[] = [];
  for (let step = 0; step < inst.agents.length; step++) {
    const r = await executor.generate(`long-document/${inst.agents[step].name}`, longDocumentParts(inst, step, replies), { maxTokens: REPLY_TOKENS, stop: [STOP] });
    replies.push(cleanReply(r.text));
  }
  return replies;
}

export interface LongDocumentStats {
  readonly downstreamCalls: number;
  /** Reused KV injected and the whole output generated from it. */
  readonly servedByReuse: number;
  /** Reused KV gave the first token, then the guard prefilled again at a later near tie (not counted as served). */
  readonly reusedThenGuarded: number;
  /** Reused KV was injected, but the guard prefilled again before the first token. */
  readonly guardedAtFirstToken: number;
  /** Downstream outputs equal to dense's. */
  readonly equalToDense: number;
  /** Of the calls served by reuse, those whose output equals dense's. */
  readonly servedAndEqual: number;
  /** Shared tokens of downstream calls, and of them reused (injected, used for the whole output). */
  readonly sharedTokens: number;
  readonly reusedSharedTokens: number;
  /** Every refusal on downstream calls, by reason. */
  readonly refusals: Readonly<Record<string, number>>;
  /** Parts the anchors refused that were served moved instead of prefilled. */
  readonly movedOnRefusal: number;
  /** Shared parts of the calls served by reuse, by how they were reused (exact, moved, corrected). */
  readonly servedParts: Readonly<Record<string, number>>;
  /** Largest prompt, in tokens (the trained context is 1,024). */
  readonly maxPromptTokens: number;
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** A reason without its details (numbers, ids), for counting. */
export function reasonKind(r: string): string {
  return r.replace(/[0-9a-f]{16,}|\d+(\.\d+)?/g, "#").slice(0, 120);
}

/** An anchors refusal ("<kind>: <why>", a reply's kind has a colon of its own) without its kind. */
export function refusalReason(r: string): string {
  return reasonKind(r.replace(/^(reply:)?[^:]+:\s*/, ""));
}

/** The reasons one call counts: anchors' refusals, the guard, a fallback. */
export function callRefusals(c: Pick<SessionCallResult, "refusals" | "guarded" | "fallback">): string[] {
  const out = c.refusals.map(refusalReason);
  if (c.guarded) out.push(c.guarded.step === 0 ? "guard: near tie at the first token, prefilled again" : "guard: near tie after the first token, prefilled again from there");
  if (c.fallback !== undefined) out.push(`fallback: ${reasonKind(c.fallback)}`);
  return out;
}

/** Served by reuse in the strict sense: reused KV injected and no output token from a guard's prefill. */
export const wholeOutputFromReuse = (c: Pick<SessionCallResult, "servedByReuse" | "guarded">): boolean => c.servedByReuse && c.guarded === undefined;

export interface DocumentRun {
  readonly key: string;
  readonly outputs: readonly string[];
  readonly calls: readonly SessionCallResult[];
}

/** Downstream counts of one method's runs against dense's outputs (same keys, same agents). */
export function longDocumentStats(runs: readonly DocumentRun[], dense: ReadonlyMap<string, readonly string[]>): LongDocumentStats {
  let downstream = 0;
  let served = 0;
  let later = 0;
  let first = 0;
  let equal = 0;
  let servedEqual = 0;
  let shared = 0;
  let reused = 0;
  let moved = 0;
  let maxPrompt = 0;
  const refusals: Record<string, number> = {};
  const servedParts: Record<string, number> = {};
  for (const r of runs) {
    const d = dense.get(r.key);
    for (let i = 0; i < r.calls.length; i++) {
      const c = r.calls[i];
      maxPrompt = Math.max(maxPrompt, c.promptTokens);
      if (i === 0) continue; // the first reader
      downstream++;
      const same = d !== undefined && squash(d[i] ?? "") === squash(r.outputs[i] ?? "");
      if (same) equal++;
      shared += c.sharedTokens;
      if (wholeOutputFromReuse(c)) {
        served++;
        reused += c.reusedSharedTokens;
        if (same) servedEqual++;
        for (const p of c.parts) if (p.reused > 0) servedParts[p.how] = (servedParts[p.how] ?? 0) + 1;
      } else if (c.guarded) {
        if (c.guarded.step === 0) first++;
        else later++;
      }
      if (c.how !== "prefill: anchors") moved += c.refusals.length;
      for (const why of callRefusals(c)) refusals[why] = (refusals[why] ?? 0) + 1;
    }
  }
  return {
    downstreamCalls: downstream, servedByReuse: served, reusedThenGuarded: later, guardedAtFirstToken: first, equalToDense: equal, servedAndEqual: servedEqual,
    sharedTokens: shared, reusedSharedTokens: reused, refusals, movedOnRefusal: moved, servedParts, maxPromptTokens: maxPrompt,
  };
}

/** A point of the long-document curve as the chooser sees it. */
export interface LongDocumentCurvePoint {
  readonly method: string;
  readonly label: string;
  readonly recomputeFraction: number;
  readonly accuracy: number;
  readonly reuseRate: number;
  readonly longDocument: LongDocumentStats;
}

export interface LongDocumentChosen extends ChosenPoint {
  readonly label: string;
  readonly servedRate: number;
  readonly equalRate: number;
  /** Both must-show thresholds hold at this point. */
  readonly mustShowMet: boolean;
}

const servedRate = (p: LongDocumentCurvePoint) => (p.longDocument.downstreamCalls ? p.longDocument.servedByReuse / p.longDocument.downstreamCalls : 0);
const equalRate = (p: LongDocumentCurvePoint) => (p.longDocument.downstreamCalls ? p.longDocument.equalToDense / p.longDocument.downstreamCalls : 0);

/**
 * The long-document default, from the curve:
 *   1. among points with >= 90% of downstream outputs equal to dense and
 *      >= 50% of downstream calls served by reuse, the one serving most
 *      (ties: more equal outputs, more shared tokens reused, smaller fraction);
 *   2. otherwise, among points serving >= 50%, the most equal outputs;
 *   3. otherwise the point with the most equal outputs.
 * The random controls are never chosen.
 */
export function chooseLongDocument(points: readonly LongDocumentCurvePoint[]): LongDocumentChosen | undefined {
  const cands = points.filter((p) => !isRandomControl(p.method));
  if (cands.length === 0) return undefined;
  const eps = 1e-9;
  const byServed = (a: LongDocumentCurvePoint, b: LongDocumentCurvePoint) => servedRate(b) - servedRate(a) || equalRate(b) - equalRate(a) || b.reuseRate - a.reuseRate || a.recomputeFraction - b.recomputeFraction;
  const byEqual = (a: LongDocumentCurvePoint, b: LongDocumentCurvePoint) => equalRate(b) - equalRate(a) || servedRate(b) - servedRate(a) || a.recomputeFraction - b.recomputeFraction;
  const serving = cands.filter((p) => servedRate(p) >= LONG_DOCUMENT_MIN_SERVED - eps);
  const both = serving.filter((p) => equalRate(p) >= LONG_DOCUMENT_MIN_EQUAL - eps);
  let pick: LongDocumentCurvePoint;
  let rule: string;
  if (both.length > 0) {
    pick = [...both].sort(byServed)[0];
    rule = `most downstream calls served by reuse among points with >= ${LONG_DOCUMENT_MIN_EQUAL * 100}% of outputs equal to dense and >= ${LONG_DOCUMENT_MIN_SERVED * 100}% served`;
  } else if (serving.length > 0) {
    pick = [...serving].sort(byEqual)[0];
    rule = `no point meets both thresholds: most outputs equal to dense among points serving >= ${LONG_DOCUMENT_MIN_SERVED * 100}% of downstream calls`;
  } else {
    pick = [...cands].sort(byEqual)[0];
    rule = `no point serves >= ${LONG_DOCUMENT_MIN_SERVED * 100}% of downstream calls: most outputs equal to dense`;
  }
  return {
    method: pick.method, label: pick.label, recomputeFraction: pick.recomputeFraction, accuracy: pick.accuracy, reuseRate: pick.reuseRate, rule,
    servedRate: servedRate(pick), equalRate: equalRate(pick), mustShowMet: both.includes(pick),
  };
}
