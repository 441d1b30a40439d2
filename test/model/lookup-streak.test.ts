/**
 * A user input an agent always reads first is not looked up again over the
 * network once its lookups found nothing twice in a row (a round trip on the
 * call's path each), but probed every 8th call; other agents still find it.
 * Embedded model, rag pipelines of 3 agents, a store that counts lookups.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SegmentCache } from "../../agents/cache/segment-cache.js";
import type { SegmentSink, SegmentSource } from "../../agents/cache/segment-source.js";
import type { GenerateOptions, PromptPart } from "../../agents/prompt.js";
import { kindOf, PipelineSession, type SessionCallResult } from "../../pipelines/pipeline-session.js";
import { runPipeline, type StepExecutor } from "../../pipelines/suite/pipeline-runner.js";
import { getSuite } from "../../pipelines/suite/suites.js";
import { HELDOUT_SEED } from "../../pipelines/suite/types.js";
import { EMBEDDED_MODEL } from "../../examples/rag-exchange.js";

describe("lookups of inputs an agent always reads first", { timeout: 300_000 }, () => {
  it("stop after two misses in a row, with a probe every 8th call; consumers still find them", async () => {
    const lookups: string[] = [];
    const cache = new SegmentCache();
    // Not a SegmentCache: the session treats it as remote (lookups cost a round trip).
    const store: SegmentSource & SegmentSink = {
      find: (req) => { lookups.push(`${req.id.split("/")[0]}:${kindOf(req.id)}`); return cache.find(req); },
      publish: (id, seg) => cache.publish(id, seg),
    };
    const session = await PipelineSession.create({ modelPath: EMBEDDED_MODEL, mode: "naive", threads: 1, contextSize: 1024, costModel: false, store });
    const calls: SessionCallResult[] = [];
    const ex: StepExecutor = {
      generate: async (name: string, parts: PromptPart[], opts: GenerateOptions) => {
        const c = await session.generate(name, parts, { ...opts, maxTokens: 8 });
        calls.push(c);
        return c;
      },
    };
    try {
      const suite = getSuite("rag");
      for (let i = 0; i < 11; i++) await runPipeline(ex, suite, suite.generate(HELDOUT_SEED, i), 3, { idPrefix: `in${i}/` });
      const retriever = calls.filter((c) => c.agentName.endsWith("/retriever"));
      // Its lookups of the inputs: calls 1 and 2 miss, then skipped but for the 8th skip (call 10).
      const retrieverAsked = retriever.map((c, i) => c.decision.includes("not looked up") ? -1 : i).filter((i) => i >= 0);
      assert.deepEqual(retrieverAsked, [0, 1, 9], retriever.map((c) => c.decision).join("\n"));
      assert.match(retriever[2].decision, /not looked up: question, documents/);
      // Each input was looked up by the retriever 3 times, by the reader and the final agent (which found it) 11 times each.
      assert.equal(lookups.filter((l) => l.endsWith(":question")).length, 3 + 11 + 11);
      // The reader and the final agent find what the retriever published, every time.
      const downstream = calls.filter((c) => !c.agentName.endsWith("/retriever"));
      assert.equal(downstream.filter((c) => c.servedByReuse).length, downstream.length);
    } finally {
      await session.dispose();
    }
  });
});
