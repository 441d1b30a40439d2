/**
 * Two agents in two processes share a document's KV through a broker in a
 * third (and a NATS server): A prefills and publishes; B, whose prompt has the
 * same prefix, loads A's KV exactly and answers token for token as its own
 * dense prefill does. B looks segments up over NATS, A over gRPC (the default).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readerParts } from "../../kit/agent-prompts.js";
import { startAgentProcess } from "../../kit/agent-process.js";
import { startBrokerStage, type BrokerStage } from "../../kit/broker-stage.js";

const NS = { readers: "readers-token-123" };

describe("KV shared between agent processes through the broker", () => {
  let stage: BrokerStage;
  before(async () => { stage = await startBrokerStage(NS); });
  after(async () => { await stage?.close(); });

  it("B reuses A's published document exactly and its output equals its dense prefill", async () => {
    const { model } = stage;
    const brokerOpts = stage.brokerOptions("readers");
    const a = await startAgentProcess({
      model, threads: 1, broker: brokerOpts,
      steps: [{ label: "a", parts: readerParts("who owns the blue kettle?"), maxTokens: 12, publish: true, replyId: "reply:a" }],
    });
    const ra = await a.next();
    assert.equal(await a.close(), 0, a.stderr());
    assert.equal(ra.fallbacks, 0, JSON.stringify(ra));
    assert.equal(ra.published, 2, "the document and the reply");
    assert.equal(ra.source.publishes, 2);

    const b = await startAgentProcess({
      model, threads: 1, broker: { ...brokerOpts, lookupVia: "nats" },
      steps: [
        { label: "reuse", parts: readerParts("where does Ivo Tamm live?"), maxTokens: 12 },
        { label: "dense", parts: readerParts("where does Ivo Tamm live?"), maxTokens: 12, reuse: false },
      ],
    });
    const reused = await b.next();
    const dense = await b.next();
    assert.equal(await b.close(), 0, b.stderr());
    assert.equal(reused.fallback, undefined, JSON.stringify(reused));
    assert.equal(reused.fallbacks, 0);
    assert.equal(reused.source.exactHits, 1, JSON.stringify(reused.source));
    assert.ok(reused.reusedTokens > 20, `reused ${reused.reusedTokens} of ${reused.promptTokens}`);
    assert.equal(dense.reusedTokens, 0);
    assert.ok(dense.outputTokenIds.length > 0);
    assert.deepEqual(reused.outputTokenIds, dense.outputTokenIds);
    assert.equal(reused.text, dense.text);
  });
});
