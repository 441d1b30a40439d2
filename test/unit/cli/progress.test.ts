import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, it, mock } from "node:test";
import { createReporter } from "../../../cli/progress.js";

function sink(isTTY = false): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  let text = "";
  const stream = Object.assign(new Writable({ write(c, _e, done) { text += String(c); done(); } }), { isTTY });
  return { stream, text: () => text };
}

describe("progress reporter", () => {
  let t = 0;
  const now = () => t;
  const advance = (ms: number) => { t += ms; mock.timers.tick(ms); };
  beforeEach(() => { t = 0; mock.timers.enable({ apis: ["setInterval"] }); });
  afterEach(() => mock.timers.reset());

  it("plain: at most one status line per everyMs, the latest one wins", () => {
    const s = sink();
    const r = createReporter({ stream: s.stream, now, everyMs: 2000, heartbeatMs: 4000 });
    r.status("step 1");
    r.status("step 2");
    r.status("step 3");
    assert.equal(s.text(), "[0 s] step 1\n");
    advance(2000);
    assert.equal(s.text(), "[0 s] step 1\n[2 s] step 3\n");
    r.done();
  });

  it("plain: a step prints at once, even right after another line", () => {
    const s = sink();
    const r = createReporter({ stream: s.stream, now, everyMs: 2000, heartbeatMs: 4000 });
    r.step("loading");
    r.status("count 1");
    r.step("warming up");
    advance(500);
    r.step("instance 1/2");
    assert.equal(s.text(), "[0 s] loading\n[0 s] warming up\n[1 s] instance 1/2\n");
    r.done();
  });

  it("plain: a heartbeat repeats the last status when nothing was said for heartbeatMs", () => {
    const s = sink();
    const r = createReporter({ stream: s.stream, now, everyMs: 2000, heartbeatMs: 4000 });
    r.status("loading");
    for (let i = 0; i < 10; i++) advance(1000);
    assert.deepEqual(s.text().trim().split("\n"), ["[0 s] loading", "[4 s] loading", "[8 s] loading"]);
    r.done();
    advance(10_000);
    assert.equal(s.text().trim().split("\n").length, 3, "silent after done()");
  });

  it("notes always print, in text or as JSON lines", () => {
    const s = sink();
    const r = createReporter({ stream: s.stream, now, format: "json" });
    r.status("instance 1/2", { instance: 1 });
    r.note("careful", undefined, "warn");
    const lines = s.text().trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(lines.map((l) => [l.level, l.msg, l.instance]), [["info", "instance 1/2", 1], ["warn", "careful", undefined]]);
    assert.ok(lines.every((l) => typeof l.ts === "string"));
    r.done();
  });

  it("TTY: one line rewritten in place, cleared at the end", () => {
    const s = sink(true);
    const r = createReporter({ stream: s.stream, now });
    r.status("a");
    advance(200);
    r.status("b");
    r.done();
    assert.equal(s.text(), "\r\x1b[Ka (0 s)\r\x1b[Kb (0 s)\r\x1b[K");
  });

  it("--quiet: nothing at all", () => {
    const s = sink();
    const r = createReporter({ stream: s.stream, now, quiet: true });
    r.status("x");
    r.note("y");
    advance(20_000);
    r.done();
    assert.equal(s.text(), "");
  });
});
