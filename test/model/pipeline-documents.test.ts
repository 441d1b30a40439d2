/**
 * Pipeline files as users write them (issue 15 item 8), on the embedded
 * model: a document declared once is one KV for every run and agent that
 * names it (inputs written out apart are not), and an agent's own input
 * placed first sits exactly where it sat in the run before.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { EMBEDDED_MODEL } from "../../examples/rag-exchange.js";
import { parsePipeline, REPO_ROOT } from "../../pipelines/pipeline-file.js";
import type { ReuseMode } from "../../pipelines/pipeline-session.js";
import { runPipelineSpec, type PipelineAgentOutput, type PipelineRunResult } from "../../pipelines/run-pipeline.js";

const example = JSON.parse(readFileSync(`${REPO_ROOT}/examples/pipelines/rag-documents.json`, "utf8"));
const records: string = example.documents.records;
const questions: string[] = example.inputs.slice(0, 2).map((i: { question: string }) => i.question);

/** Runs a file's JSON (cost model off: the test is about what can be reused, not whether it pays). */
const run = (json: object, mode: ReuseMode): Promise<PipelineRunResult> =>
  runPipelineSpec(parsePipeline(json), { modelPath: EMBEDDED_MODEL, mode, threads: 2, contextSize: 1024, costModel: false });

const call = (r: PipelineRunResult, input: number, agent: string): PipelineAgentOutput => r.runs[input].agents.find((a) => a.name === agent)!;
const part = (c: PipelineAgentOutput, id: string) => {
  const p = c.parts.find((x) => x.id === id);
  assert.ok(p, `${c.name} has no part ${id}: ${c.parts.map((x) => x.id).join(", ")}`);
  return p;
};

describe("pipeline documents", { timeout: 300_000 }, () => {
  it("a document named by two inputs is reused in the second; the same text written into each input is prefilled again", async () => {
    const shared = await run({ ...example, inputs: questions.map((question) => ({ question, documents: { document: "records" } })) }, "naive");
    const first = part(call(shared, 0, "retriever"), "doc/records");
    assert.equal(first.how, "prefilled"); // nobody had read it yet
    const again = part(call(shared, 1, "retriever"), "doc/records");
    assert.ok(again.reused === again.tokens && again.tokens > 100, JSON.stringify(again));
    assert.notEqual(again.how, "prefilled");

    const apart = await run({ ...example, documents: undefined, inputs: questions.map((question) => ({ question, documents: records })) }, "naive");
    const inline = part(call(apart, 1, "retriever"), "in1/documents");
    assert.equal(inline.tokens, again.tokens);
    assert.deepEqual([inline.reused, inline.how], [0, "prefilled"]);
  });

  for (const mode of ["naive", "anchors"] as const) {
    it(`${mode}: an agent's own document, first in its prompt, is reused exact in the next run, and its replies still reach the agents that see it`, async () => {
      const json = {
        ...example,
        agents: [{ ...example.agents[0], input: { documents: { document: "records" } } }, ...example.agents.slice(1)],
        inputs: questions.map((question) => ({ question })),
      };
      const r = await run(json, mode);
      assert.equal(part(call(r, 0, "retriever"), "doc/records").how, "prefilled");
      const doc = part(call(r, 1, "retriever"), "doc/records");
      assert.deepEqual([doc.reused, doc.how], [doc.tokens, "exact"]);
      // The retriever's first shared part is the document: its replies are still published per run.
      if (mode === "naive") {
        for (const i of [0, 1]) {
          const reply = part(call(r, i, "reader"), `in${i}/reply:retriever`);
          assert.ok(reply.reused > 0, `run ${i}: ${JSON.stringify(reply)}`);
        }
      }
    });
  }
});
