/**
 * A user-described agent graph (a pipeline file, docs/pipeline-file.md;
 * pipelines/pipeline-file.ts reads it) run through a PipelineSession in one
 * reuse mode.
 *
 * Every agent's prompt uses the task suite's format (pipelines/suite/format.ts):
 * its system text, its own input for every run (first, so that it sits where
 * it sat in the run before), the run's input, its own input for this run, the
 * replies of the agents it sees (in call order), then the output marker; all
 * of them but the system text are shared parts. Agents run in an order where everyone it
 * sees came before it (file order among equals). Run i's shared ids are
 * scoped as `in<i>/...` (an agent's own parts `in<i>/<part>@<agent>`), a
 * document's are `doc/<id>` in every run (an agent's own input for every run
 * is its document `<part>@<agent>`), and each reply is published by the
 * session as `in<i>/reply:<agent>`, which is what later agents ask for.
 */
import {
  DEFAULT_RECOMPUTE, PipelineSession, REUSE_MODES, type CallHow, type OwnTextPolicy, type RecomputeOptions, type ReuseMode, type SessionCallResult, type SessionStages, type SharedPartUse,
} from "./pipeline-session.js";
import type { PromptPart } from "../agents/prompt.js";
import type { PipelineAgentSpec, PipelineInputPart, PipelineSpec } from "./pipeline-file.js";
import { buildAgentParts, cleanReply, replyId, type SharedInput } from "./suite/format.js";

export interface PipelineAgentOutput {
  readonly name: string;
  readonly sees: readonly string[];
  readonly output: string;
  /** From the call to the first token, every stage counted once (`stages` splits it). */
  readonly ttftMs: number;
  readonly stages: SessionStages;
  /** The offset correction on the call's path (the `stages.correctionMs` part of ttftMs). */
  readonly correctionMs: number;
  readonly promptTokens: number;
  readonly reusedTokens: number;
  /** Tokens of shared parts, and of them reused (injected). */
  readonly sharedTokens: number;
  readonly reusedSharedTokens: number;
  /** Reused tokens of the agent's own text, under the `ownText` policy. */
  readonly ownReusedTokens: number;
  /** Per shared part: reused tokens and how (exact, moved, corrected, prefilled). */
  readonly parts: readonly SharedPartUse[];
  readonly recomputedTokens: number;
  readonly servedByReuse: boolean;
  readonly how: CallHow;
  readonly decision: string;
  readonly fallback?: string;
  readonly failures?: readonly string[];
}

export interface PipelineRunResult {
  readonly model: string;
  readonly mode: ReuseMode;
  readonly order: readonly string[];
  readonly runs: readonly { readonly input: number; readonly agents: readonly PipelineAgentOutput[] }[];
  readonly reuseRate: number;
  readonly tokenReuseRate: number;
  readonly sharedTokenReuseRate: number;
  /** Own-text policy in effect. */
  readonly ownText: OwnTextPolicy;
  /** Who produced the user inputs' KV: "first-reader" (the first agent reading them, on its TTFT; encodeMs 0). */
  readonly inputs: "first-reader" | "encoder";
  /** ms the encoder spent on inputs ("encoder" only); already inside the TTFT of the calls that needed them first. */
  readonly encodeMs: number;
}

export interface RunPipelineFileOptions {
  readonly modelPath: string;
  readonly mode: ReuseMode;
  readonly threads: number;
  readonly contextSize?: number;
  readonly anchors?: { readonly gamma?: number };
  readonly recompute?: RecomputeOptions;
  /** Overrides the file's `ownText`. */
  readonly ownText?: OwnTextPolicy;
  /** Let the cost model turn reuse down where it predicts a prefill is faster (default true). */
  readonly costModel?: boolean;
  readonly log?: (line: string) => void;
}

/**
 * The shared id of a part of run `i` (`agent`: the agent whose own input it is).
 * A text that serves several runs (a document) has one id in all of them, so
 * its KV is shared across runs and agents.
 */
export function partId(p: PipelineInputPart, i: number, agent?: string): string {
  if (p.document !== undefined) return `doc/${p.document}`;
  return agent === undefined ? `in${i}/${p.name}` : `in${i}/${p.name}@${agent}`;
}

/** The id run `i` publishes `agent`'s reply under (what the agents that see it ask for). */
export const pipelineReplyId = (agent: string, i: number): string => `in${i}/${replyId(agent)}`;

/** The prompt parts of `agent` for run `i` (its shared input `input`), given the replies so far. */
export function pipelineParts(spec: PipelineSpec, agent: PipelineAgentSpec, input: readonly PipelineInputPart[], i: number, replies: ReadonlyMap<string, string>): PromptPart[] {
  const shared: SharedInput[] = [
    ...agent.input.map((p) => ({ id: partId(p, i, agent.name), header: p.name, text: p.text })),
    ...input.map((p) => ({ id: partId(p, i), header: p.name, text: p.text })),
    ...(agent.inputs[i] ?? []).map((p) => ({ id: partId(p, i, agent.name), header: p.name, text: p.text })),
    ...(spec.sees[agent.name] ?? []).map((role) => ({ id: pipelineReplyId(role, i), header: role, text: replies.get(role) ?? "" })),
  ];
  return buildAgentParts(agent.system, shared, []);
}

export async function runPipelineSpec(spec: PipelineSpec, o: RunPipelineFileOptions): Promise<PipelineRunResult> {
  const ownText = o.ownText ?? spec.ownText ?? "corrected";
  const session = await PipelineSession.create({
    modelPath: o.modelPath, mode: o.mode, threads: o.threads, contextSize: o.contextSize ?? spec.contextSize ?? 2048,
    anchors: o.anchors, recompute: o.mode === "anchors+recompute" ? (o.recompute ?? DEFAULT_RECOMPUTE) : undefined, ownText, log: o.log, costModel: o.costModel,
  });
  const byName = new Map(spec.agents.map((a) => [a.name, a]));
  const runs: { input: number; agents: PipelineAgentOutput[] }[] = [];
  try {
    for (let i = 0; i < spec.inputs.length; i++) {
      const replies = new Map<string, string>();
      const outs: PipelineAgentOutput[] = [];
      for (const name of spec.order) {
        const agent = byName.get(name)!;
        const parts = pipelineParts(spec, agent, spec.inputs[i], i, replies);
        const r: SessionCallResult = await session.generate(name, parts, { maxTokens: agent.maxTokens, stop: spec.stop, replyId: pipelineReplyId(name, i) });
        const output = cleanReply(r.text);
        // Later agents see the reply text as generated (stop marker cut), the text whose KV the session published.
        replies.set(name, r.text);
        outs.push(agentOutput(name, spec.sees[name] ?? [], output, r));
      }
      runs.push({ input: i, agents: outs });
    }
    const st = session.reuseStats();
    return {
      model: o.modelPath, mode: o.mode, order: spec.order, runs, reuseRate: round(st.reuseRate, 4), tokenReuseRate: round(st.tokenReuseRate, 4),
      sharedTokenReuseRate: round(st.sharedTokenReuseRate, 4), ownText, inputs: "first-reader", encodeMs: round(session.encodeMs),
    };
  } finally {
    await session.dispose();
  }
}

const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

/** One call as the pipeline JSON reports it (ttftMs is the session's: the correction is inside it, once). */
export function agentOutput(name: string, sees: readonly string[], output: string, r: SessionCallResult): PipelineAgentOutput {
  const stages = Object.fromEntries(Object.entries(r.stages).map(([k, v]) => [k, typeof v === "number" ? round(v, 3) : v])) as unknown as SessionStages;
  return {
    name, sees, output, ttftMs: round(r.ttftMs, 3), stages, correctionMs: round(r.correctionMs, 3),
    promptTokens: r.promptTokens, reusedTokens: r.reusedTokens, sharedTokens: r.sharedTokens, reusedSharedTokens: r.reusedSharedTokens,
    ownReusedTokens: r.ownReusedTokens, parts: r.parts, recomputedTokens: r.recomputedTokens, servedByReuse: r.servedByReuse, how: r.how,
    decision: r.decision, ...(r.fallback ? { fallback: r.fallback } : {}), ...(r.failures.length ? { failures: r.failures } : {}),
  };
}

export function isReuseMode(s: string): s is ReuseMode {
  return (REUSE_MODES as readonly string[]).includes(s);
}
