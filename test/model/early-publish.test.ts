/**
 * The user inputs a call reads first are published as soon as its first
 * token is known (GenerateOptions.afterFirstToken), not after its answer:
 * their corrections for later agents are then computed while it generates.
 * Dense sessions publish nothing. Embedded model, one retriever call.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SegmentCache } from "../../agents/cache/segment-cache.js";
import type { SegmentSink, SegmentSource } from "../../agents/cache/segment-source.js";
import { kindOf, PipelineSession, type ReuseMode } from "../../pipelines/pipeline-session.js";
import { agentParts, getSuite } from "../../pipelines/suite/suites.js";
import { HELDOUT_SEED } from "../../pipelines/suite/types.js";
import { EMBEDDED_MODEL } from "../../examples/rag-exchange.js";

/** One retriever call; the order in which text arrived and parts were published. */
async function firstCall(mode: ReuseMode): Promise<string[]> {
  const events: string[] = [];
  const cache = new SegmentCache();
  const store: SegmentSource & SegmentSink = {
    find: (req) => cache.find(req),
    publish: async (id, seg) => { events.push(`publish ${kindOf(id)}`); await cache.publish(id, seg); },
  };
  const session = await PipelineSession.create({ modelPath: EMBEDDED_MODEL, mode, threads: 1, contextSize: 1024, costModel: false, store });
  try {
    const suite = getSuite("rag");
    const parts = agentParts(suite, suite.generate(HELDOUT_SEED, 0), 3, 0, [], "t/");
    let n = 0;
    await session.generate("rag/3/retriever", parts, { maxTokens: 12, onText: () => { events.push(`text ${++n}`); } });
    return events;
  } finally {
    await session.dispose();
  }
}

describe("inputs read first are published early", { timeout: 120_000 }, () => {
  it("in a reuse mode, before the answer is done; the reply after it", async () => {
    const events = await firstCall("naive");
    const texts = events.filter((e) => e.startsWith("text"));
    assert.ok(texts.length >= 2, `the reply came in ${texts.length} pieces`);
    const q = events.indexOf("publish question");
    const d = events.indexOf("publish documents");
    const lastText = events.lastIndexOf(texts[texts.length - 1]);
    assert.ok(q >= 0 && d >= 0, events.join(", "));
    assert.ok(q < lastText && d < lastText, `inputs published before the last piece of text: ${events.join(", ")}`);
    assert.ok(events.indexOf("publish reply:retriever") > lastText, "the reply is published once it is complete");
    assert.equal(events.filter((e) => e === "publish question").length, 1, "published once");
  });

  it("a dense session publishes nothing", async () => {
    assert.deepEqual((await firstCall("dense")).filter((e) => e.startsWith("publish")), []);
  });
});
