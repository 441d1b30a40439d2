import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import {
  DuplicateAgentError, loadPipelineFile, parsePipeline, pipelineParts, PipelineCycleError, PipelineFieldError, PipelineFileError,
  PipelineModelNotFoundError, PipelineSyntaxError, REPO_ROOT, resolveModelPath, UnknownAgentError,
} from "../../../pipelines/run-pipeline.js";
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

test("ownText: the own-text reuse policy (issue 13 item 3): absent means the session's exact default, a bad value is a field error", () => {
  assert.equal(parsePipeline(ok()).ownText, undefined);
  assert.equal(parsePipeline({ ...ok(), ownText: "moved" }).ownText, "moved");
  assert.equal(parsePipeline({ ...ok(), ownText: "exact" }).ownText, "exact");
  assert.throws(() => parsePipeline({ ...ok(), ownText: "any" }), (e: unknown) => e instanceof PipelineFieldError && e.field === "ownText");
});
