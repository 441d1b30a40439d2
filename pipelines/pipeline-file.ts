/**
 * The pipeline file (docs/pipeline-file.md): an agent graph on one model,
 * checked against pipelines/pipeline.schema.json (structure, types, names,
 * unknown fields), then for what a schema cannot say (agent names unique,
 * edges naming defined agents and no cycle, documents that exist, one
 * input per run everywhere). Every problem is a typed PipelineFileError
 * whose message starts with the file's path.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { KvmeshError } from "../kernels/errors.js";
import type { OwnTextPolicy } from "./pipeline-session.js";
import PIPELINE_SCHEMA from "./pipeline.schema.json" with { type: "json" };
import { schemaProblem, type JsonSchema } from "./schema-check.js";
import { STOP } from "./suite/format.js";

// --- errors ------------------------------------------------------------------

/** Base class: anything wrong with a pipeline file. `file` is its path when known. */
export class PipelineFileError extends KvmeshError {
  constructor(message: string, readonly file?: string, options?: { cause?: unknown }) {
    super(file ? `${file}: ${message}` : message, options);
  }
}
/** The file's content is wrong (as opposed to unreadable, or naming a model that is not there): `kvmesh run` exits 2. */
export class InvalidPipelineError extends PipelineFileError {}
/** The file is not JSON. */
export class PipelineSyntaxError extends InvalidPipelineError {}
/** A field is missing, unknown, or has the wrong type or value; `field` is its JSON path ("agents[1].name"). */
export class PipelineFieldError extends InvalidPipelineError {
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
export class DuplicateAgentError extends InvalidPipelineError {
  constructor(readonly agent: string, file?: string) {
    super(`agent "${agent}" is defined twice`, file);
  }
}
/** An edge names an agent that the file does not define. */
export class UnknownAgentError extends InvalidPipelineError {
  constructor(readonly agent: string, readonly where: string, file?: string) {
    super(`${where} names unknown agent "${agent}"`, file);
  }
}
/** An input part names a document that "documents" does not declare. */
export class UnknownDocumentError extends InvalidPipelineError {
  constructor(readonly document: string, readonly where: string, file?: string) {
    super(`${where} names unknown document "${document}" (declare it in "documents")`, file);
  }
}
/** The edges form a cycle (an agent would need a reply that needs its own). */
export class PipelineCycleError extends InvalidPipelineError {
  constructor(readonly cycle: readonly string[], file?: string) {
    super(`edges form a cycle: ${cycle.join(" -> ")}`, file);
  }
}

// --- the format --------------------------------------------------------------

export interface PipelineInputPart {
  /** The part's name: its header ("[question]:"). */
  readonly name: string;
  readonly text: string;
  /**
   * Set when one text serves several runs: the document of "documents" it
   * names, or `<part>@<agent>` for a text of an agent's own "input" (every
   * run). One KV for every part, run and agent that names it. Absent: a text
   * of this run alone.
   */
  readonly document?: string;
}

export interface PipelineAgentSpec {
  readonly name: string;
  readonly system: string;
  readonly maxTokens: number;
  /** Parts only this agent sees, the same in every run ("input"); they come before the run's input in its prompt. */
  readonly input: readonly PipelineInputPart[];
  /** Parts only this agent sees, one list per run ("inputs"; empty lists when it has none); they follow the run's input. */
  readonly inputs: readonly (readonly PipelineInputPart[])[];
}

export interface PipelineSpec {
  /** The model path as written in the file. */
  readonly model: string;
  readonly agents: readonly PipelineAgentSpec[];
  /** Who sees whose reply: consumer -> producers (in call order). */
  readonly sees: Readonly<Record<string, readonly string[]>>;
  /** Agent names in call order (every producer before its consumers). */
  readonly order: readonly string[];
  /** One pipeline run per entry: the parts every agent sees in that run (an empty list when only agents have inputs). */
  readonly inputs: readonly (readonly PipelineInputPart[])[];
  readonly stop: readonly string[];
  readonly threads?: number;
  readonly contextSize?: number;
  /** How agents reuse their own text: "exact", "corrected" (default) or "moved" (see PipelineSessionOptions.ownText). */
  readonly ownText?: OwnTextPolicy;
}

/** The file's shape once it passed the schema. */
type PartJson = string | { readonly document: string };
type InputJson = Readonly<Record<string, PartJson>>;
interface AgentJson {
  readonly name: string;
  readonly system: string;
  readonly maxTokens?: number;
  readonly input?: InputJson;
  readonly inputs?: readonly InputJson[];
}
interface PipelineJson {
  readonly model: string;
  readonly agents: readonly AgentJson[];
  readonly edges?: Readonly<Record<string, readonly string[]>>;
  readonly documents?: Readonly<Record<string, string>>;
  readonly input?: InputJson;
  readonly inputs?: readonly InputJson[];
  readonly maxTokens?: number;
  readonly stop?: readonly string[];
  readonly threads?: number;
  readonly contextSize?: number;
  readonly ownText?: OwnTextPolicy;
}

/** pipelines/pipeline.schema.json, which files may name in "$schema" (the package exports it as kvmesh/pipeline.schema.json). */
export const PIPELINE_FILE_SCHEMA: JsonSchema = PIPELINE_SCHEMA;

/**
 * Validates a parsed pipeline file. Throws a PipelineFileError subclass on the
 * first problem; never touches the disk (see resolveModelPath for the model).
 */
export function parsePipeline(json: unknown, file?: string): PipelineSpec {
  const problem = schemaProblem(json, PIPELINE_FILE_SCHEMA);
  if (problem) throw new PipelineFieldError(problem.path, problem.problem, file);
  const f = json as PipelineJson;

  const names = new Set<string>();
  for (const a of f.agents) {
    if (names.has(a.name)) throw new DuplicateAgentError(a.name, file);
    names.add(a.name);
  }
  const sees = edgesOf(f, file);
  const order = callOrder(f.agents.map((a) => a.name), sees, file);
  const rank = new Map(order.map((n, i) => [n, i]));
  for (const k of Object.keys(sees)) sees[k].sort((a, b) => rank.get(a)! - rank.get(b)!);

  const runs = runCount(f, file);
  const parts = (x: InputJson, where: string, everyRunOf?: string): PipelineInputPart[] => Object.entries(x).filter(([, p]) => p !== undefined).map(([name, p]) => {
    if (typeof p === "string") return everyRunOf === undefined ? { name, text: p } : { name, text: p, document: `${name}@${everyRunOf}` };
    const text = f.documents?.[p.document];
    if (text === undefined) throw new UnknownDocumentError(p.document, `${where}.${name}`, file);
    return { name, text, document: p.document };
  });
  const inputs = f.inputs !== undefined ? f.inputs.map((x, i) => parts(x, `inputs[${i}]`))
    : Array.from({ length: runs }, () => (f.input !== undefined ? parts(f.input, "input") : []));

  const defaultMax = f.maxTokens ?? 64;
  const agents = f.agents.map((a, i): PipelineAgentSpec => {
    const where = `agents[${i}]`;
    const everyRun = a.input !== undefined ? parts(a.input, `${where}.input`, a.name) : [];
    const perRun = a.inputs !== undefined ? a.inputs.map((x, r) => parts(x, `${where}.inputs[${r}]`)) : Array.from({ length: runs }, () => []);
    inputs.forEach((run, r) => {
      const clash = [...everyRun, ...perRun[r]].find((p) => run.some((q) => q.name === p.name));
      if (clash) {
        const field = a.input !== undefined ? `${where}.input.${clash.name}` : `${where}.inputs[${r}].${clash.name}`;
        throw new PipelineFieldError(field, `the run's input has a part "${clash.name}" too; give this one another name (its header in the prompt)`, file);
      }
    });
    return { name: a.name, system: a.system, maxTokens: a.maxTokens ?? defaultMax, input: everyRun, inputs: perRun };
  });

  return {
    model: f.model, agents, sees, order, inputs, stop: f.stop ?? [STOP],
    threads: f.threads, contextSize: f.contextSize, ownText: f.ownText,
  };
}

/** Edges: consumer -> producers. Absent: fully connected in file order. */
function edgesOf(f: PipelineJson, file?: string): Record<string, string[]> {
  const sees: Record<string, string[]> = {};
  if (f.edges === undefined) {
    f.agents.forEach((a, i) => (sees[a.name] = f.agents.slice(0, i).map((b) => b.name)));
    return sees;
  }
  for (const a of f.agents) sees[a.name] = [];
  for (const [consumer, producers] of Object.entries(f.edges)) {
    if (!(consumer in sees)) throw new UnknownAgentError(consumer, "edges", file);
    for (const p of producers) {
      if (!(p in sees)) throw new UnknownAgentError(p, `edges.${consumer}`, file);
      if (p === consumer) throw new PipelineCycleError([consumer, consumer], file);
      if (!sees[consumer].includes(p)) sees[consumer].push(p);
    }
  }
  return sees;
}

/** How many runs the file describes: one per input of "inputs", else per input of the agents' "inputs"; all must agree. */
function runCount(f: PipelineJson, file?: string): number {
  if (f.input !== undefined && f.inputs !== undefined) throw new PipelineFieldError("inputs", 'give either "input" (one) or "inputs" (many), not both', file);
  f.agents.forEach((a, i) => {
    if (a.input !== undefined && a.inputs !== undefined) throw new PipelineFieldError(`agents[${i}].inputs`, 'give either "input" (every run) or "inputs" (one per run), not both', file);
  });
  const perAgent = f.agents.flatMap((a, i) => (a.inputs !== undefined ? [{ i, n: a.inputs.length }] : []));
  const runs = f.inputs?.length ?? (f.input !== undefined ? 1 : perAgent[0]?.n);
  if (runs === undefined) {
    if (f.agents.some((a) => a.input !== undefined)) return 1;
    throw new PipelineFieldError("inputs", 'is missing: give "input": {"question": "..."} or "inputs": [{...}, ...] (or an agent its own "input")', file);
  }
  const source = f.inputs !== undefined ? `"inputs" has ${runs}` : f.input !== undefined ? '"input" makes one run' : `agents[${perAgent[0].i}].inputs has ${runs}`;
  for (const { i, n } of perAgent) {
    if (n !== runs) throw new PipelineFieldError(`agents[${i}].inputs`, `has ${n} inputs, one per run, but ${source}`, file);
  }
  return runs;
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
