import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/kvmesh.js", import.meta.url));

interface Event { readonly at: number; readonly stream: "stdout" | "stderr" | "exit"; readonly line: string }

/** Runs `kvmesh ...` with pipes (not a TTY) and records when each line arrived. */
async function timed(argv: string[]): Promise<{ events: Event[]; code: number | null }> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [BIN, ...argv], { stdio: ["ignore", "pipe", "pipe"] });
  const events: Event[] = [];
  for (const stream of ["stdout", "stderr"] as const) {
    createInterface({ input: child[stream] }).on("line", (line) => events.push({ at: Date.now() - t0, stream, line }));
  }
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  events.push({ at: Date.now() - t0, stream: "exit", line: "" });
  return { events, code };
}

test("the demo says what it is doing at least every 10 s, on stderr, without a terminal", { timeout: 300_000 }, async () => {
  const { events, code } = await timed(["demo", "--instances", "1"]);
  const err = events.filter((e) => e.stream === "stderr").map((e) => e.line);
  assert.equal(code, 0, err.join("\n"));
  for (const step of ["starting a broker process", "loading the model", "warming up", "full prefill: instance 1/1", "with KV reuse: instance 1/1"]) {
    assert.ok(err.some((l) => l.includes(step)), `no progress line for "${step}":\n${err.join("\n")}`);
  }
  // Progress lines, and kvmesh's one-time lines saying which paths are in use (KV injection, kernel backend).
  assert.ok(err.every((l) => /^\[\d+ s\] /.test(l) || /^kvmesh: (KV injection|kernel backend): /.test(l)), `stderr has progress lines only:\n${err.join("\n")}`);
  // From the start to the exit, no silence longer than 10 s (stdout's report counts too).
  const gaps = events.map((e, i) => e.at - (i === 0 ? 0 : events[i - 1].at));
  assert.ok(Math.max(...gaps) <= 10_000, `longest silence ${Math.max(...gaps)} ms:\n${events.map((e) => `${e.at} ${e.stream} ${e.line}`).join("\n")}`);
  assert.ok(events.some((e) => e.stream === "stdout" && e.line.startsWith("answers right:")), "the report is on stdout");
});

test("--quiet silences progress; --log-format json makes it JSON lines", { timeout: 60_000 }, async () => {
  const out = join(tmpdir(), `kvmesh-progress-${process.pid}.gguf`);
  try {
    const quiet = await timed(["model", "synth", "--shape", "tiny", "--out", out, "--quiet"]);
    assert.equal(quiet.code, 0);
    assert.deepEqual(quiet.events.filter((e) => e.stream === "stderr"), []);
    const json = await timed(["model", "synth", "--shape", "tiny", "--out", out, "--log-format", "json"]);
    assert.equal(json.code, 0);
    const lines = json.events.filter((e) => e.stream === "stderr").map((e) => JSON.parse(e.line) as { level: string; msg: string; written: number; total: number });
    assert.ok(lines.length >= 1);
    assert.ok(lines.every((l) => l.level === "info" && l.msg.startsWith("writing ") && l.written <= l.total));
  } finally {
    await rm(out, { force: true });
  }
});
