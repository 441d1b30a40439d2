/**
 * Model tier, embedded model: the near-tie guard on reused KV (agent and
 * session), and anchors that serve a part moved when they refuse it
 * (onRefusal: "moved"). The prompts are the long-document setting's: a
 * document of kvmesh's docs read behind two different system prompts.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Agent } from "../../agents/agent.js";
import { PipelineSession } from "../../pipelines/pipeline-session.js";
import { SegmentCache } from "../../agents/cache/segment-cache.js";
import { loadDocumentCorpus, longDocumentInstance, longDocumentParts } from "../../bench/fidelity-documents.js";
import { embeddedModelPath } from "../../models/embedded-model.js";

const inst = longDocumentInstance(loadDocumentCorpus(), 1000, 0);
const first = longDocumentParts(inst, 0, []);
const second = longDocumentParts(inst, 1, ["A reply."]);

describe("near-tie guard on the embedded model", () => {
  let a: Agent;
  let b: Agent;
  let cache: SegmentCache;
  before(async () => {
    a = await Agent.create({ modelPath: embeddedModelPath(), threads: 2, contextSize: 1024, name: "a" });
    b = await Agent.create({ modelPath: embeddedModelPath(), threads: 2, contextSize: 1024, name: "b", model: a.model });
    // The document as the first agent computed it, behind its own system prompt.
    const r = await a.generate(first, { maxTokens: 1 });
    cache = new SegmentCache();
    await cache.publish(second[1].kind === "shared" ? second[1].id : "", (await a.cut(r.spans[1].start, r.spans[1].end)).segment);
  });
  after(async () => {
    await b?.dispose();
    await a?.dispose();
  });

  it("a guard that never fires changes nothing; one that fires at the first token gives the dense output from a prefill", async () => {
    const dense = await b.generate(second, { maxTokens: 24 });
    const moved = await b.generate(second, { maxTokens: 24, reuse: { source: cache, prefix: false } });
    assert.ok(moved.reusedTokens > 400, `the document was reused (${moved.reusedTokens} tokens)`);
    const quiet = await b.generate(second, { maxTokens: 24, reuse: { source: cache, prefix: false, guard: { minMargin: 0, steps: Infinity } } });
    assert.equal(quiet.guarded, undefined);
    assert.deepEqual(quiet.outputTokenIds, moved.outputTokenIds, "reading margins does not change greedy decoding");
    const fired = await b.generate(second, { maxTokens: 24, reuse: { source: cache, prefix: false, guard: { minMargin: 1, steps: 1 } } });
    assert.equal(fired.guarded?.step, 0);
    const docStart = fired.spans[1].start;
    assert.equal(fired.guarded?.reprefilledTokens, fired.promptTokens - docStart, "everything from the first inexact token is evaluated again");
    assert.deepEqual(fired.outputTokenIds, dense.outputTokenIds, "exact KV again: the dense output");
    // The KV the sequence holds afterwards is exact: the next dense call keeps it.
    const again = await b.generate(second, { maxTokens: 24, reuse: { prefix: true, ownCache: false } });
    assert.equal(again.reusedTokens, again.promptTokens - 1);
    assert.deepEqual(again.outputTokenIds, dense.outputTokenIds);
  });

  it("dense calls are never guarded (no inexact KV)", async () => {
    const r = await b.generate(second, { maxTokens: 8, reuse: { prefix: false, guard: { minMargin: 1, steps: Infinity } } });
    assert.equal(r.guarded, undefined);
  });
});

describe("session: refused parts served moved, and the guard", () => {
  const run = async (o: Partial<Parameters<typeof PipelineSession.create>[0]>) => {
    const s = await PipelineSession.create({ modelPath: embeddedModelPath(), mode: "anchors", threads: 2, contextSize: 1024, costModel: false, ...o });
    try {
      await s.generate("long-document/a", first, { maxTokens: 8 });
      return await s.generate("long-document/b", longDocumentParts(inst, 1, ["A reply."]), { maxTokens: 16 });
    } finally {
      await s.dispose();
    }
  };

  it("by default the anchors' refusal prefills; with onRefusal moved the part is reused and the refusal still listed", async () => {
    const refused = await run({});
    assert.equal(refused.how, "prefill: anchors");
    assert.equal(refused.servedByReuse, false);
    assert.match(refused.refusals.join("; "), /document: gate: fewer than two anchors know this consumer/);
    const moved = await run({ onRefusal: "moved" });
    assert.equal(moved.how, "reuse");
    assert.equal(moved.servedByReuse, true);
    assert.ok(moved.parts.some((p) => p.how === "moved" && p.reused > 400), JSON.stringify(moved.parts));
    assert.match(moved.refusals.join("; "), /document: gate: fewer than two anchors know this consumer/);
    assert.match(moved.decision, /moved, the anchors refused/);
  });

  it("a guard firing at the first token: not served by reuse, output equal to dense", async () => {
    const dense = await run({ mode: "dense" });
    const g = await run({ onRefusal: "moved", guard: { minMargin: 1, steps: 1 } });
    assert.equal(g.how, "prefill: guard");
    assert.equal(g.servedByReuse, false);
    assert.equal(g.guarded?.step, 0);
    assert.equal(g.reusedSharedTokens, 0);
    assert.equal(g.text, dense.text);
  });
});
