import assert from "node:assert/strict";
import { test } from "node:test";
import { checkGuard, guardLabel, nearTie, topTwoMargin } from "../../../anchors/near-tie-guard.js";
import { AnchorOptionError } from "../../../anchors/errors.js";

test("topTwoMargin: best minus second best, in any order; one token 1, none 0", () => {
  assert.ok(Math.abs(topTwoMargin([0.1, 0.5, 0.3, 0.1]) - 0.2) < 1e-12);
  assert.ok(Math.abs(topTwoMargin([0.45, 0.05, 0.45, 0.05])) < 1e-12, "a tie has margin 0");
  assert.equal(topTwoMargin(new Map([[7, 0.9], [3, 0.06]]).values()), 0.9 - 0.06);
  assert.equal(topTwoMargin([1]), 1);
  assert.equal(topTwoMargin([]), 0);
});

test("nearTie: only below the margin and within the watched steps", () => {
  const g = { minMargin: 0.05, steps: 2 };
  assert.equal(nearTie(g, 0, 0.01), true);
  assert.equal(nearTie(g, 1, 0.049), true);
  assert.equal(nearTie(g, 2, 0.01), false, "step 2 is past the watched steps");
  assert.equal(nearTie(g, 0, 0.05), false, "a margin equal to the threshold is no near tie");
  assert.equal(nearTie({ minMargin: 0.05, steps: Infinity }, 500, 0.01), true);
});

test("checkGuard: typed errors for margins outside [0, 1] and bad step counts; labels", () => {
  assert.throws(() => checkGuard({ minMargin: -0.1, steps: 1 }), AnchorOptionError);
  assert.throws(() => checkGuard({ minMargin: 1.5, steps: 1 }), AnchorOptionError);
  assert.throws(() => checkGuard({ minMargin: 0.1, steps: 0 }), AnchorOptionError);
  assert.throws(() => checkGuard({ minMargin: 0.1, steps: 1.5 }), AnchorOptionError);
  assert.deepEqual(checkGuard({ minMargin: 0.1, steps: Infinity }), { minMargin: 0.1, steps: Infinity });
  assert.equal(guardLabel({ minMargin: 0.01, steps: Infinity }), "guard<0.01");
  assert.equal(guardLabel({ minMargin: 0.01, steps: 1 }), "guard<0.01@1");
});
