import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import {
  DuplicateAgentError, InvalidPipelineError, loadPipelineFile, parsePipeline, PIPELINE_FILE_SCHEMA, PipelineCycleError, PipelineFieldError, PipelineFileError,
  PipelineModelNotFoundError, PipelineSyntaxError, REPO_ROOT, resolveModelPath, UnknownAgentError, UnknownDocumentError,
} from "../../../pipelines/pipeline-file.js";
import { OWN_TEXT_POLICIES } from "../../../pipelines/pipeline-session.js";
import { pipelineParts } from "../../../pipelines/run-pipeline.js";
import { schemaProblem, UnsupportedSchemaError } from "../../../pipelines/schema-check.js";
import type { PromptPart } from "../../../agents/prompt.js";
import { KvmeshError } from "../../../kernels/errors.js";

const ok = () => ({
  model: "models/kvmesh-tiny.gguf",
  agents: [
    { name: "a", system: "first" },
    { name: "b", system: "second", maxTokens: 8 },
    { name: "c", system: "third" },
  ],
  input: { question: "q?", documents: "d." },
});

test("a valid file: defaults, fully connected in file order", () => {
  const s = parsePipeline(ok());
  assert.deepEqual(s.order, ["a", "b", "c"]);
  assert.deepEqual(s.sees, { a: [], b: ["a"], c: ["a", "b"] });
  assert.equal(s.agents[0].maxTokens, 64);
  assert.equal(s.agents[1].maxTokens, 8);
  assert.equal(s.inputs.length, 1);
  assert.deepEqual(s.inputs[0].map((p) => p.name), ["question", "documents"]);
});

test("edges decide who sees whom and the call order (producers first)", () => {
  const s = parsePipeline({ ...ok(), edges: { a: ["c"], b: ["c", "a"] } });
  assert.deepEqual(s.order, ["c", "a", "b"]);
  assert.deepEqual(s.sees.b, ["c", "a"]);
  assert.deepEqual(s.sees.c, []);
  // The prompt: system, inputs, the replies it sees in call order, reply ids scoped per input.
  const parts = pipelineParts(s, s.agents[1], s.inputs[0], 2, new Map([["a", "A says"], ["c", "C says"]]));
  const ids = parts.filter((p) => p.kind === "shared").map((p) => (p as { id: string }).id);
  assert.deepEqual(ids, ["in2/question", "in2/documents", "in2/reply:c", "in2/reply:a"]);
  assert.match(parts[0].text, /second/);
});

test("garbage gives typed errors", () => {
  const cases: [unknown, new (...a: never[]) => Error, RegExp][] = [
    [42, PipelineFieldError, /top level/],
    [[], PipelineFieldError, /top level/],
    [{ ...ok(), model: undefined }, PipelineFieldError, /model: is missing/],
    [{ ...ok(), model: 3 }, PipelineFieldError, /model/],
    [{ ...ok(), agents: [] }, PipelineFieldError, /agents/],
    [{ ...ok(), agents: [{ name: "a b", system: "" }] }, PipelineFieldError, /agents\[0\]\.name/],
    [{ ...ok(), agents: [{ name: "a/b", system: "" }] }, PipelineFieldError, /agents\[0\]\.name/],
    [{ ...ok(), agents: [{ name: "a" }] }, PipelineFieldError, /agents\[0\]\.system/],
    [{ ...ok(), agents: [{ name: "a", system: "", maxTokens: 0 }] }, PipelineFieldError, /maxTokens/],
    [{ ...ok(), agents: [{ name: "a", system: "", colour: 1 }] }, PipelineFieldError, /colour/],
    [{ ...ok(), agents: [{ name: "a", system: "" }, { name: "a", system: "" }] }, DuplicateAgentError, /twice/],
    [{ ...ok(), edges: { z: ["a"] } }, UnknownAgentError, /unknown agent "z"/],
    [{ ...ok(), edges: { b: ["nobody"] } }, UnknownAgentError, /edges\.b names unknown agent "nobody"/],
    [{ ...ok(), edges: { b: "a" } }, PipelineFieldError, /edges\.b/],
    [{ ...ok(), edges: ["a"] }, PipelineFieldError, /edges/],
    [{ ...ok(), edges: { a: ["b"], b: ["c"], c: ["a"] } }, PipelineCycleError, /cycle: a -> b -> c -> a/],
    [{ ...ok(), edges: { a: ["a"] } }, PipelineCycleError, /cycle/],
    [{ ...ok(), input: undefined }, PipelineFieldError, /inputs: is missing/],
    [{ ...ok(), inputs: [] }, PipelineFieldError, /inputs/],
    [{ ...ok(), inputs: [{ q: "x" }] }, PipelineFieldError, /either/],
    [{ ...ok(), input: "what?" }, PipelineFieldError, /input/],
    [{ ...ok(), input: { question: "" } }, PipelineFieldError, /input\.question/],
    [{ ...ok(), input: {} }, PipelineFieldError, /at least one/],
    [{ ...ok(), stop: "x" }, PipelineFieldError, /stop/],
    [{ ...ok(), threads: 1.5 }, PipelineFieldError, /threads/],
    [{ ...ok(), whatever: 1 }, PipelineFieldError, /whatever: unknown field/],
  ];
  for (const [json, cls, msg] of cases) {
    assert.throws(() => parsePipeline(json, "p.json"), (e: unknown) => {
      assert.ok(e instanceof cls, `${JSON.stringify(json)}: ${String(e)}`);
      assert.ok(e instanceof PipelineFileError && e instanceof KvmeshError);
      assert.match((e as Error).message, msg);
      assert.match((e as Error).message, /^p\.json: /);
      return true;
    });
  }
});

test("files: bad JSON, missing model, model found next to the file or in the repository", () => {
  const dir = mkdtempSync(join(tmpdir(), "kvmesh-pipe-"));
  const bad = join(dir, "bad.json");
  writeFileSync(bad, "{ not json");
  assert.throws(() => loadPipelineFile(bad), PipelineSyntaxError);
  assert.throws(() => loadPipelineFile(join(dir, "absent.json")), PipelineFileError);
  const file = join(dir, "p.json");
  writeFileSync(file, JSON.stringify({ ...ok(), model: "m.gguf" }));
  assert.throws(() => loadPipelineFile(file), (e: unknown) => e instanceof PipelineModelNotFoundError && e.tried.length === 2);
  writeFileSync(join(dir, "m.gguf"), "");
  assert.equal(loadPipelineFile(file).modelPath, join(dir, "m.gguf"));
  assert.equal(resolveModelPath("package.json", file), join(REPO_ROOT, "package.json"));
  // The shipped example parses (its model may not be there yet).
  const ex = loadPipelineFile.bind(null, join(REPO_ROOT, "examples/pipelines/rag-3.json"), { model: join(dir, "m.gguf") });
  const { spec } = ex();
  assert.deepEqual(spec.order, ["retriever", "reader", "final"]);
  assert.equal(spec.inputs.length, 3);
});

test("ownText: the own-text reuse policy (issue 13 item 3): absent means the session's default (corrected), a bad value is a field error", () => {
  assert.equal(parsePipeline(ok()).ownText, undefined);
  assert.equal(parsePipeline({ ...ok(), ownText: "moved" }).ownText, "moved");
  assert.equal(parsePipeline({ ...ok(), ownText: "exact" }).ownText, "exact");
  assert.equal(parsePipeline({ ...ok(), ownText: "corrected" }).ownText, "corrected");
  assert.throws(() => parsePipeline({ ...ok(), ownText: "any" }), (e: unknown) => e instanceof PipelineFieldError && e.field === "ownText");
});

const idsOf = (parts: readonly PromptPart[]): string[] => parts.flatMap((p) => (p.kind === "shared" ? [p.id] : []));

test("per-agent inputs (issue 15 item 8): an agent's own parts, every run ('input', first) or one per run ('inputs', after the run's input); others do not see them", () => {
  const s = parsePipeline({
    ...ok(), input: undefined,
    inputs: [{ question: "q0" }, { question: "q1" }],
    agents: [
      { name: "a", system: "first", input: { notes: "the same every run" } },
      { name: "b", system: "second", inputs: [{ hint: "h0" }, { hint: "h1" }] },
      { name: "c", system: "third" },
    ],
  });
  assert.equal(s.inputs.length, 2);
  const parts = (agent: number, run: number) => pipelineParts(s, s.agents[agent], s.inputs[run], run, new Map([["a", "A"], ["b", "B"]]));
  assert.deepEqual(idsOf(parts(0, 1)), ["doc/notes@a", "in1/question"]);
  assert.deepEqual(idsOf(parts(1, 0)), ["in0/question", "in0/hint@b", "in0/reply:a"]);
  assert.deepEqual(idsOf(parts(1, 1)), ["in1/question", "in1/hint@b", "in1/reply:a"]);
  assert.deepEqual(idsOf(parts(2, 1)), ["in1/question", "in1/reply:a", "in1/reply:b"]);
  // The texts land in the prompt under their headers.
  const text = parts(1, 1).map((p) => p.text).join("");
  assert.match(text, /\[question\]:\nq1\n\[hint\]:\nh1\n\[a\]:\nA\n<\|out\|>$/);
  // Only agents' inputs: the runs come from them.
  const own = parsePipeline({ ...ok(), input: undefined, agents: [{ name: "a", system: "", inputs: [{ q: "1" }, { q: "2" }, { q: "3" }] }, { name: "b", system: "" }] });
  assert.equal(own.inputs.length, 3);
  assert.deepEqual(own.inputs, [[], [], []]);
  assert.equal(parsePipeline({ ...ok(), input: undefined, agents: [{ name: "a", system: "", input: { q: "1" } }] }).inputs.length, 1);
});

test("documents (issue 15 item 8): declared once, one shared id in every run and agent that names them", () => {
  const s = parsePipeline({
    ...ok(), input: undefined,
    documents: { records: "Record 1: ...", manual: "How to ..." },
    inputs: [{ question: "q0", records: { document: "records" } }, { question: "q1", records: { document: "records" } }],
    agents: [{ name: "a", system: "", input: { manual: { document: "manual" } } }, { name: "b", system: "" }],
  });
  assert.deepEqual(s.inputs[1][1], { name: "records", text: "Record 1: ...", document: "records" });
  const ids = (agent: number, run: number) => idsOf(pipelineParts(s, s.agents[agent], s.inputs[run], run, new Map()));
  assert.deepEqual(ids(0, 0), ["doc/manual", "in0/question", "doc/records"]);
  assert.deepEqual(ids(0, 1), ["doc/manual", "in1/question", "doc/records"]);
  assert.deepEqual(ids(1, 1), ["in1/question", "doc/records", "in1/reply:a"]);
});

test("inputs, documents and per-agent inputs that do not fit together are typed errors naming the field", () => {
  const cases: [unknown, new (...a: never[]) => Error, RegExp][] = [
    [{ ...ok(), input: { r: { document: "nope" } } }, UnknownDocumentError, /input\.r names unknown document "nope"/],
    [{ ...ok(), documents: { d: "" } }, PipelineFieldError, /documents\.d: must not be empty/],
    [{ ...ok(), input: { r: { doc: "x" } } }, PipelineFieldError, /input\.r\.doc: unknown field/],
    [{ ...ok(), input: { r: 3 } }, PipelineFieldError, /input\.r: must be a string .* or an object/],
    [{ ...ok(), agents: [{ name: "a", system: "", inputs: [{ h: "1" }, { h: "2" }] }] }, PipelineFieldError, /agents\[0\]\.inputs: has 2 inputs, one per run, but "input" makes one run/],
    [{ ...ok(), input: undefined, agents: [{ name: "a", system: "", inputs: [{ h: "1" }] }, { name: "b", system: "", inputs: [{ h: "1" }, { h: "2" }] }] }, PipelineFieldError, /agents\[1\]\.inputs: has 2 inputs/],
    [{ ...ok(), agents: [{ name: "a", system: "", input: { h: "1" }, inputs: [{ h: "1" }] }] }, PipelineFieldError, /agents\[0\]\.inputs: give either/],
    [{ ...ok(), agents: [{ name: "a", system: "", input: { question: "1" } }] }, PipelineFieldError, /agents\[0\]\.input\.question: the run's input has a part "question" too/],
  ];
  for (const [json, cls, msg] of cases) {
    assert.throws(() => parsePipeline(json, "p.json"), (e: unknown) => {
      assert.ok(e instanceof cls, `${JSON.stringify(json)}: ${String(e)}`);
      assert.ok(e instanceof InvalidPipelineError);
      assert.match((e as Error).message, msg);
      return true;
    });
  }
});

test("the JSON Schema (issue 15 item 8): shipped, named by the examples, the one files are checked against", () => {
  const schemaFile = join(REPO_ROOT, "pipelines/pipeline.schema.json");
  assert.deepEqual(PIPELINE_FILE_SCHEMA, JSON.parse(readFileSync(schemaFile, "utf8")));
  // The schema's own-text values are the session's.
  assert.deepEqual((PIPELINE_FILE_SCHEMA.properties as Record<string, { enum: unknown }>).ownText.enum, OWN_TEXT_POLICIES);
  // Every example names it and passes it.
  const dir = join(REPO_ROOT, "examples/pipelines");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  assert.ok(files.length >= 2);
  for (const f of files) {
    const json = JSON.parse(readFileSync(join(dir, f), "utf8"));
    assert.equal(resolve(dir, json.$schema), schemaFile, `${f}: "$schema"`);
    assert.equal(schemaProblem(json, PIPELINE_FILE_SCHEMA), undefined, f);
    assert.ok(parsePipeline(json, f).agents.length > 0);
  }
  // The problem is named by its path, in the file's own terms.
  assert.deepEqual(schemaProblem({ model: "m", agents: [{ name: "ok", system: "" }, { name: "a b", system: "" }], input: { q: "?" } }, PIPELINE_FILE_SCHEMA),
    { path: "agents[1].name", problem: `must match ^[A-Za-z0-9_.-]{1,64}$, got "a b" (letters, digits, '_', '.', '-', at most 64)` });
  assert.deepEqual(schemaProblem([], PIPELINE_FILE_SCHEMA)?.path, "(top level)");
});

test("the schema checker refuses a schema it would not fully enforce", () => {
  assert.throws(() => schemaProblem({ a: 1 }, { type: "object", properties: { a: { type: "integer", maximum: 0 } } }), UnsupportedSchemaError);
  assert.throws(() => schemaProblem("x", { $ref: "other.json#/x" }), UnsupportedSchemaError);
  assert.equal(schemaProblem({ a: 1 }, { type: "object", properties: { a: { type: "integer", minimum: 0 } } }), undefined);
});
