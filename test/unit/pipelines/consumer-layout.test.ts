/**
 * Where a consumer's next call puts a just-published part (for corrections
 * made ahead on the GPU): its last layout shifted by how much the producers
 * of the parts before it changed length, and the check at the call.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConsumerLayouts, placeMiss } from "../../../pipelines/consumer-layout.js";

describe("consumer layouts", () => {
  const follow = Int32Array.of(7, 8, 9);

  it("shifts the last layout by the new lengths of the parts before, in the part's scope", () => {
    const l = new ConsumerLayouts();
    // Last round: prefix 10 tokens, input 100, header 3, reply 50 at 113, following text right after it.
    l.note("reply:agent1", "c5", { start: 113, tokens: 50, before: [{ kind: "input", tokens: 100 }], follow: { gap: 0, tokens: follow } });
    l.published("r2/input", 98);
    l.published("r3/input", 104);
    assert.deepEqual(l.place("r3/reply:agent1", "reply:agent1", "c5", 52), { start: 117, follow: { start: 169, tokens: follow } });
    assert.deepEqual(l.place("r2/reply:agent1", "reply:agent1", "c5", 50), { start: 111, follow: { start: 161, tokens: follow } });
    // No layout for this consumer, or a part before not published in this scope: no guess.
    assert.equal(l.place("r3/reply:agent1", "reply:agent1", "c4", 52), undefined);
    assert.equal(l.place("r9/reply:agent1", "reply:agent1", "c5", 52), undefined);
  });

  it("a guess is used only where the call puts the part and its following text", () => {
    const place = { start: 117, follow: { start: 169, tokens: follow } };
    assert.equal(placeMiss(place, 117, { start: 169, tokens: Int32Array.of(7, 8, 9) }), undefined);
    assert.match(placeMiss(place, 118, { start: 170, tokens: follow }) ?? "", /at 117, the call's part at 118/);
    assert.match(placeMiss(place, 117, { start: 170, tokens: follow }) ?? "", /following text at 169/);
    assert.match(placeMiss(place, 117, { start: 169, tokens: Int32Array.of(7, 8, 0) }) ?? "", /other following text/);
    assert.match(placeMiss(place, 117, undefined) ?? "", /other following text/);
    assert.equal(placeMiss({ start: 5 }, 5, undefined), undefined);
  });
});
