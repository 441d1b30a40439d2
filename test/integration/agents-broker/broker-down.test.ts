/**
 * The broker dies between an agent's calls: the agent keeps answering with
 * full prefills (the same answer as dense), counts each call as a fallback,
 * and after the first failure skips the broker (circuit breaker) instead of
 * waiting on it again.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readerParts } from "../../kit/agent-prompts.js";
import { startAgentProcess } from "../../kit/agent-process.js";
import { startBrokerStage, type BrokerStage } from "../../kit/broker-stage.js";

const NS = { readers: "readers-token-123" };

describe("agent with a broker that dies mid-run", () => {
  let stage: BrokerStage;
  before(async () => { stage = await startBrokerStage(NS); });
  after(async () => { await stage?.close({ kill9: true }); });

  it("keeps answering as dense and counts fallbacks", async () => {
    const { model, broker } = stage;
    const agent = await startAgentProcess({
      model, threads: 1,
      broker: { ...stage.brokerOptions("readers"), callTimeoutMs: 1000, cooldownMs: 60_000 },
      steps: [{ label: "publish", parts: readerParts("who owns the blue kettle?"), maxTokens: 10, publish: true }],
    }, { serve: true });
    try {
      const q = readerParts("where does Ivo Tamm live?");
      const first = await agent.next();
      assert.equal(first.source.publishes, 1, JSON.stringify(first));
      const live = await agent.run({ label: "live", parts: q, maxTokens: 10, prefix: false });
      assert.equal(live.fallbacks, 0, JSON.stringify(live));
      assert.ok(live.reusedTokens > 20, `reused ${live.reusedTokens}`);

      await broker.kill9();
      const down = await agent.run({ label: "down", parts: q, maxTokens: 10, prefix: false });
      assert.equal(down.reusedTokens, 0);
      assert.match(down.fallback ?? "", /Broker(Unavailable|Timeout)Error/, JSON.stringify(down));
      assert.equal(down.fallbacks, 1);
      assert.equal(down.source.failures, 1);

      // The breaker is open now: the next call does not wait on the dead broker.
      const skipped = await agent.run({ label: "skipped", parts: q, maxTokens: 10, prefix: false });
      assert.match(skipped.fallback ?? "", /BrokerCircuitOpenError/, JSON.stringify(skipped));
      assert.equal(skipped.fallbacks, 2);
      assert.equal(skipped.source.skipped, 1);
      // Publishing while the broker is gone is counted, not thrown.
      const pub = await agent.run({ label: "publish-down", parts: readerParts("who keeps two dogs?"), maxTokens: 4, prefix: false, publish: true });
      assert.equal(pub.error, undefined);
      assert.equal(pub.source.publishFailures, 1);

      const dense = await agent.run({ label: "dense", parts: q, maxTokens: 10, reuse: false });
      assert.ok(dense.outputTokenIds.length > 0);
      for (const r of [live, down, skipped]) assert.deepEqual(r.outputTokenIds, dense.outputTokenIds, r.label);
      assert.deepEqual(skipped.fallbackReasons, { "source:BrokerUnavailableError": 1, "source:BrokerCircuitOpenError": 1 });
    } finally {
      await agent.close();
    }
  });
});
