/**
 * A user-described agent graph (a pipeline file, docs/pipeline-file.md) run
 * through a PipelineSession in one reuse mode.
 *
 * Every agent's prompt uses the task suite's format (pipelines/suite/format.ts):
 * its system text, the user input parts (shared), the replies of the agents
 * it sees (shared, in call order), then the output marker. Agents run in an
 * order where everyone it sees came before it (file order among equals).
 * Input i's shared ids are scoped as `in<i>/...`, and each reply is published
 * by the session as `in<i>/reply:<agent>`, which is what later agents ask for.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEFAULT_RECOMPUTE, OWN_TEXT_POLICIES, PipelineSession, REUSE_MODES, type CallHow, type OwnTextPolicy, type RecomputeOptions, type ReuseMode, type SessionCallResult, type SessionStages, type SharedPartUse,
} from "./pipeline-session.js";
import { KvmeshError } from "../kernels/errors.js";
import { buildAgentParts, cleanReply, STOP, type SharedInput } from "./suite/format.js";

// --- errors ------------------------------------------------------------------

/** Base class: anything wrong with a pipeline file. `file` is its path when known. */
export class PipelineFileError extends KvmeshError {
  constructor(message: string, readonly file?: string, options?: { cause?: unknown }) {
    super(file ? `${file}: ${message}` : message, options);
  }
}
/** The file is not JSON. */
export class PipelineSyntaxError extends PipelineFileError {}
/** A field is missing or has the wrong type or value; `field` is its JSON path ("agents[1].name"). */
export class PipelineFieldError extends PipelineFileError {
  constructor(readonly field: string, problem: string, file?: string) {
    super(`${field}: ${problem}`, file);
  }
}
/** The model file named by the pipeline does not exist where it was looked for. */
export class PipelineModelNotFoundError extends PipelineFileError {
  constructor(readonly model: string, readonly tried: readonly string[], file?: string) {
    super(`model "${model}" not found (looked at ${tried.join(", ")})`, file);
  }
}
/** Two agents share a name. */
export class DuplicateAgentError extends PipelineFileError {
  constructor(readonly agent: string, file?: string) {
    super(`agent "${agent}" is defined twice`, file);
  }
}
/** An edge names an agent that the file does not define. */
export class UnknownAgentError extends PipelineFileError {
  constructor(readonly agent: string, readonly where: string, file?: string) {
    super(`${where} names unknown agent "${agent}"`, file);
  }
}
/** The edges form a cycle (an agent would need a reply that needs its own). */
export class PipelineCycleError extends PipelineFileError {
  constructor(readonly cycle: readonly string[], file?: string) {
    super(`edges form a cycle: ${cycle.join(" -> ")}`, file);
  }
}

// --- the format --------------------------------------------------------------

export interface PipelineAgentSpec {
  readonly name: string;
  readonly system: string;
  readonly maxTokens: number;
}

export interface PipelineInputPart {
  /** The part's name: its header ("[question]:") and its shared id. */
  readonly name: string;
  readonly text: string;
}

export interface PipelineSpec {
  /** The model path as written in the file. */
  readonly model: string;
  readonly agents: readonly PipelineAgentSpec[];
  /** Who sees whose reply: consumer -> producers (in call order). */
  readonly sees: Readonly<Record<string, readonly string[]>>;
  /** Agent names in call order (every producer before its consumers). */
  readonly order: readonly string[];
  /** One pipeline run per input; each input is a list of named shared parts. */
  readonly inputs: readonly (readonly PipelineInputPart[])[];
  readonly stop: readonly string[];
  readonly threads?: number;
  readonly contextSize?: number;
  /** How agents reuse their own text: "exact" (default) or "moved" (see PipelineSessionOptions.ownText). */
  readonly ownText?: OwnTextPolicy;
}

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const TOP_FIELDS = ["model", "agents", "edges", "input", "inputs", "maxTokens", "stop", "threads", "contextSize", "ownText", "$schema", "description"];
const AGENT_FIELDS = ["name", "system", "maxTokens"];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function positiveInt(x: unknown, field: string, file?: string): number {
  if (typeof x !== "number" || !Number.isInteger(x) || x < 1) throw new PipelineFieldError(field, `must be a positive integer, got ${JSON.stringify(x)}`, file);
  return x;
}

function parseInput(x: unknown, field: string, file?: string): PipelineInputPart[] {
  if (!isObject(x)) throw new PipelineFieldError(field, 'must be an object of named texts, e.g. {"question": "...", "documents": "..."}', file);
  const parts = Object.entries(x).map(([name, text]) => {
    if (!NAME.test(name)) throw new PipelineFieldError(`${field}.${name}`, "part names use letters, digits, '_', '.', '-' (at most 64)", file);
    if (typeof text !== "string" || text.length === 0) throw new PipelineFieldError(`${field}.${name}`, "must be a non-empty string", file);
    return { name, text };
  });
  if (parts.length === 0) throw new PipelineFieldError(field, "needs at least one named part", file);
  return parts;
}

/**
 * Validates a parsed pipeline file. Throws a PipelineFileError subclass on the
 * first problem; never touches the disk (see resolveModelPath for the model).
 */
export function parsePipeline(json: unknown, file?: string): PipelineSpec {
  if (!isObject(json)) throw new PipelineFieldError("(top level)", "must be a JSON object", file);
  for (const k of Object.keys(json)) if (!TOP_FIELDS.includes(k)) throw new PipelineFieldError(k, `unknown field (known: ${TOP_FIELDS.filter((f) => !f.startsWith("$")).join(", ")})`, file);
  if (json.model === undefined) throw new PipelineFieldError("model", "is missing (path of a GGUF file, relative to this file or the repository)", file);
  if (typeof json.model !== "string" || json.model.trim() === "") throw new PipelineFieldError("model", "must be a non-empty string", file);
  const defaultMax = json.maxTokens === undefined ? 64 : positiveInt(json.maxTokens, "maxTokens", file);

  if (!Array.isArray(json.agents) || json.agents.length === 0) throw new PipelineFieldError("agents", "must be a non-empty array of {name, system, maxTokens?}", file);
  const agents: PipelineAgentSpec[] = [];
  const names = new Set<string>();
  json.agents.forEach((a: unknown, i: number) => {
    const f = `agents[${i}]`;
    if (!isObject(a)) throw new PipelineFieldError(f, "must be an object {name, system, maxTokens?}", file);
    for (const k of Object.keys(a)) if (!AGENT_FIELDS.includes(k)) throw new PipelineFieldError(`${f}.${k}`, `unknown field (known: ${AGENT_FIELDS.join(", ")})`, file);
    if (typeof a.name !== "string" || !NAME.test(a.name)) throw new PipelineFieldError(`${f}.name`, "must be a name of letters, digits, '_', '.', '-' (at most 64)", file);
    if (names.has(a.name)) throw new DuplicateAgentError(a.name, file);
    names.add(a.name);
    if (typeof a.system !== "string") throw new PipelineFieldError(`${f}.system`, "must be a string (the agent's system prompt)", file);
    agents.push({ name: a.name, system: a.system, maxTokens: a.maxTokens === undefined ? defaultMax : positiveInt(a.maxTokens, `${f}.maxTokens`, file) });
  });

  // Edges: consumer -> producers. Absent: fully connected in file order.
  const sees: Record<string, string[]> = {};
  if (json.edges === undefined) agents.forEach((a, i) => (sees[a.name] = agents.slice(0, i).map((b) => b.name)));
  else {
    if (!isObject(json.edges)) throw new PipelineFieldError("edges", 'must be an object {"consumer": ["producer", ...]}', file);
    for (const a of agents) sees[a.name] = [];
    for (const [consumer, producers] of Object.entries(json.edges)) {
      if (!names.has(consumer)) throw new UnknownAgentError(consumer, "edges", file);
      if (!Array.isArray(producers)) throw new PipelineFieldError(`edges.${consumer}`, "must be an array of agent names", file);
      const seen = new Set<string>();
      for (const p of producers) {
        if (typeof p !== "string") throw new PipelineFieldError(`edges.${consumer}`, "must be an array of agent names", file);
        if (!names.has(p)) throw new UnknownAgentError(p, `edges.${consumer}`, file);
        if (p === consumer) throw new PipelineCycleError([consumer, consumer], file);
        if (!seen.has(p)) sees[consumer].push(p);
        seen.add(p);
      }
    }
  }
  const order = callOrder(agents.map((a) => a.name), sees, file);
  const rank = new Map(order.map((n, i) => [n, i]));
  for (const k of Object.keys(sees)) sees[k].sort((a, b) => rank.get(a)! - rank.get(b)!);

  if (json.input !== undefined && json.inputs !== undefined) throw new PipelineFieldError("inputs", 'give either "input" (one) or "inputs" (many), not both', file);
  let inputs: PipelineInputPart[][];
  if (json.inputs !== undefined) {
    if (!Array.isArray(json.inputs) || json.inputs.length === 0) throw new PipelineFieldError("inputs", "must be a non-empty array of inputs", file);
    inputs = json.inputs.map((x: unknown, i: number) => parseInput(x, `inputs[${i}]`, file));
  } else if (json.input !== undefined) inputs = [parseInput(json.input, "input", file)];
  else throw new PipelineFieldError("inputs", 'is missing: give "input": {"question": "..."} or "inputs": [{...}, ...]', file);

  let stop: string[] = [STOP];
  if (json.stop !== undefined) {
    if (!Array.isArray(json.stop) || !json.stop.every((s: unknown) => typeof s === "string" && s.length > 0)) throw new PipelineFieldError("stop", "must be an array of non-empty strings", file);
    stop = json.stop as string[];
  }
  return {
    model: json.model,
    agents,
    sees,
    order,
    inputs,
    stop,
    threads: json.threads === undefined ? undefined : positiveInt(json.threads, "threads", file),
    contextSize: json.contextSize === undefined ? undefined : positiveInt(json.contextSize, "contextSize", file),
    ownText: json.ownText === undefined ? undefined : ownTextPolicy(json.ownText, file),
  };
}

function ownTextPolicy(x: unknown, file?: string): OwnTextPolicy {
  if (typeof x !== "string" || !(OWN_TEXT_POLICIES as readonly string[]).includes(x)) {
    throw new PipelineFieldError("ownText", `must be one of ${OWN_TEXT_POLICIES.map((p) => `"${p}"`).join(", ")}, got ${JSON.stringify(x)}`, file);
  }
  return x as OwnTextPolicy;
}

/** Topological order (file order among agents that are ready together); a cycle is an error. */
function callOrder(names: readonly string[], sees: Readonly<Record<string, readonly string[]>>, file?: string): string[] {
  const order: string[] = [];
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string): void => {
    if (state.get(n) === 2) return;
    if (state.get(n) === 1) throw new PipelineCycleError([...stack.slice(stack.indexOf(n)), n], file);
    state.set(n, 1);
    stack.push(n);
    for (const p of sees[n] ?? []) visit(p);
    stack.pop();
    state.set(n, 2);
    order.push(n);
  };
  for (const n of names) visit(n);
  return order;
}

/** The repository root (this file lives in pipelines/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The model file: absolute as given, else relative to the pipeline file, else to the repository. */
export function resolveModelPath(model: string, pipelineFile?: string): string {
  const tried = isAbsolute(model) ? [model] : [...(pipelineFile ? [resolve(dirname(pipelineFile), model)] : []), resolve(REPO_ROOT, model)];
  for (const p of tried) if (existsSync(p)) return p;
  throw new PipelineModelNotFoundError(model, [...new Set(tried)], pipelineFile);
}

/** Reads, parses and validates a pipeline file (the model file must exist unless `model` overrides it). */
export function loadPipelineFile(path: string, opts: { model?: string } = {}): { spec: PipelineSpec; modelPath: string } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new PipelineFileError(`cannot read the file (${e instanceof Error ? e.message : String(e)})`, path, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PipelineSyntaxError(`not valid JSON (${e instanceof Error ? e.message : String(e)})`, path, { cause: e });
  }
  const spec = parsePipeline(json, path);
  const modelPath = opts.model ? resolveModelPath(opts.model) : resolveModelPath(spec.model, path);
  return { spec, modelPath };
}

// --- running -----------------------------------------------------------------

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
  readonly log?: (line: string) => void;
}

/** The prompt parts of `agent` for input `i`, given the replies so far. */
export function pipelineParts(spec: PipelineSpec, agent: PipelineAgentSpec, input: readonly PipelineInputPart[], i: number, replies: ReadonlyMap<string, string>) {
  const shared: SharedInput[] = input.map((p) => ({ id: p.name, header: p.name, text: p.text }));
  const prior = (spec.sees[agent.name] ?? []).map((role) => ({ role, text: replies.get(role) ?? "" }));
  return buildAgentParts(agent.system, shared, prior, `in${i}/`);
}

export async function runPipelineSpec(spec: PipelineSpec, o: RunPipelineFileOptions): Promise<PipelineRunResult> {
  const ownText = o.ownText ?? spec.ownText ?? "exact";
  const session = await PipelineSession.create({
    modelPath: o.modelPath, mode: o.mode, threads: o.threads, contextSize: o.contextSize ?? spec.contextSize ?? 2048,
    anchors: o.anchors, recompute: o.mode === "anchors+recompute" ? (o.recompute ?? DEFAULT_RECOMPUTE) : undefined, ownText, log: o.log,
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
        const r: SessionCallResult = await session.generate(name, parts, { maxTokens: agent.maxTokens, stop: spec.stop });
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
