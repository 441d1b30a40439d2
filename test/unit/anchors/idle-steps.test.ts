import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setImmediate as nextTurn } from "node:timers/promises";
import { IdleSteps } from "../../../anchors/idle-steps.js";

/** A job of `n` steps that records which step ran, each step busy for `busyMs`, and returns `value`. */
function job(log: string[], name: string, n: number, value: number, busyMs = 0) {
  return function* (): Generator<void, number> {
    for (let i = 0; i < n; i++) {
      log.push(`${name}${i}`);
      const until = performance.now() + busyMs;
      while (performance.now() < until); // measurable work, so idle time has something to count
      yield;
    }
    return value;
  };
}

describe("IdleSteps", () => {
  it("runs queued jobs in idle turns, in order, and hands over finished results", async () => {
    const log: string[] = [];
    const w = new IdleSteps<number>({ sliceMs: 1000 });
    const t0 = performance.now();
    w.add("a", job(log, "a", 3, 1, 2));
    w.add("b", job(log, "b", 2, 2));
    assert.deepEqual(log, []); // nothing runs synchronously
    for (let i = 0; i < 5 && log.length < 5; i++) await nextTurn();
    assert.deepEqual(log, ["a0", "a1", "a2", "b0", "b1"]);
    const a = w.take("a");
    assert.equal(a?.result, 1);
    assert.equal(a?.takeMs, 0);
    // Three steps of 2 ms each ran in idle turns: that is what idleMs says, no more than the time passed.
    assert.ok(a!.idleMs >= 6 && a!.idleMs <= performance.now() - t0, `idleMs ${a!.idleMs}`);
    assert.ok(w.idleMs >= a!.idleMs);
    assert.equal(w.take("a"), undefined); // taken once
    assert.equal(w.take("b")?.result, 2);
    assert.equal(w.take("unknown"), undefined);
    w.dispose();
  });

  it("take() finishes a queued or started job at once", () => {
    const log: string[] = [];
    const w = new IdleSteps<number>();
    w.add("a", job(log, "a", 4, 7));
    const got = w.take("a");
    assert.equal(got?.result, 7);
    assert.deepEqual(log, ["a0", "a1", "a2", "a3"]);
    w.dispose();
  });

  it("keeps the first job of a key, drops the oldest past maxJobs, and reports failures", async () => {
    const log: string[] = [];
    const errors: string[] = [];
    const w = new IdleSteps<number>({ maxJobs: 2, onError: (k) => errors.push(k) });
    w.add("a", job(log, "a", 1, 1));
    w.add("a", job(log, "x", 1, 99));
    w.add("b", job(log, "b", 1, 2));
    w.add("c", job(log, "c", 1, 3));
    assert.equal(w.size, 2);
    assert.equal(w.dropped, 1);
    assert.equal(w.take("a"), undefined);
    w.add("bad", function* (): Generator<void, number> {
      yield;
      throw new Error("boom");
    });
    assert.equal(w.take("bad"), undefined);
    assert.deepEqual(errors, ["bad"]);
    assert.equal(w.failed, 1);
    assert.equal(w.take("c")?.result, 3);
    w.dispose();
  });

  it("evicts finished results over the byte budget, oldest first", async () => {
    const w = new IdleSteps<number>({ sliceMs: 1000, maxBytes: 10, bytesOf: (r) => r });
    w.add("six", job([], "s", 1, 6));
    w.add("five", job([], "f", 1, 5));
    for (let i = 0; i < 5; i++) await nextTurn();
    assert.equal(w.take("six"), undefined);
    assert.equal(w.take("five")?.result, 5);
    w.dispose();
  });

  it("hears of every finished result dropped untaken (trimmed, deleted, disposed), not of taken ones", async () => {
    const dropped: number[] = [];
    const w = new IdleSteps<number>({ sliceMs: 1000, maxBytes: 10, bytesOf: (r) => r, onDrop: (r) => dropped.push(r) });
    w.add("six", job([], "s", 1, 6));
    w.add("five", job([], "f", 1, 5));
    w.add("one", job([], "o", 1, 1));
    w.add("two", job([], "t", 1, 2));
    for (let i = 0; i < 5; i++) await nextTurn();
    assert.deepEqual(dropped, [6]);
    assert.equal(w.take("five")?.result, 5);
    w.delete("one");
    w.dispose();
    assert.deepEqual(dropped, [6, 1, 2]);
  });

  it("runs nothing while paused (take() still finishes a job), and again after wake()", async () => {
    const log: string[] = [];
    let paused = true;
    const w = new IdleSteps<number>({ paused: () => paused });
    w.add("a", job(log, "a", 2, 1));
    w.add("b", job(log, "b", 2, 2));
    for (let i = 0; i < 5; i++) await nextTurn();
    assert.deepEqual(log, []);
    assert.equal(w.take("b")?.result, 2);
    paused = false;
    w.wake();
    for (let i = 0; i < 5; i++) await nextTurn();
    assert.deepEqual(log, ["b0", "b1", "a0", "a1"]);
    assert.equal(w.take("a")?.takeMs, 0);
    w.dispose();
  });

  it("dispose() stops queued work", async () => {
    const log: string[] = [];
    const w = new IdleSteps<number>();
    w.add("a", job(log, "a", 3, 1));
    w.dispose();
    await nextTurn();
    await nextTurn();
    assert.deepEqual(log, []);
    assert.equal(w.take("a"), undefined);
  });
});
