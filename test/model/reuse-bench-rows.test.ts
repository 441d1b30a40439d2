import assert from "node:assert/strict";
import { test } from "node:test";
import { reuseBench } from "../../bench/reuse-bench.js";
import { ensureSynthModel } from "../../models/synth-cache.js";

/**
 * `bench reuse` says what its headline measures (in process, moved, not
 * corrected) and has the realistic row (issue 13 item 9): fetched from a
 * broker, re-positioned and corrected there, then injected, with its stages.
 */
test("bench reuse: the in-process rows say what they are, and the broker row fetches, corrects and injects", { timeout: 180_000 }, async () => {
  const res = await reuseBench({ modelPath: await ensureSynthModel("tiny"), tokens: 48, context: 0, runs: 3, threads: 1, trials: 0, paths: ["file"] });
  assert.match(res.headline, /in process.*no broker.*moved.*not corrected/);
  const b = res.broker;
  assert.ok(b, "the realistic row is there");
  assert.match(b.what, /broker process.*fetched.*corrected/);
  assert.equal(b.rounds, 3);
  assert.equal(b.served, 3, `served ${b.served}/3: ${b.fallbacks.join(" | ")}`);
  assert.ok(b.reusedTokens >= 40, `${b.reusedTokens} tokens reused`);
  assert.ok(b.stages.fetch.ms > 0 && b.stages.correction.ms > 0, JSON.stringify(b.stages));
  assert.ok(b.denseTtftMs > 0 && b.reuseTtftMs > 0);
});
