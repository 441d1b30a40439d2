/**
 * The native path and its fallback, as a user meets them: in fresh
 * processes, the default picks the native path where it is built and
 * KVMESH_NATIVE=0 picks the file path, saying so once on stderr; both reuse
 * the same KV and give the same output.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { nativeStatus } from "../../../agents/inject/native-addon.js";

const MODEL = "models/kvmesh-tiny.gguf";

function probe(env: Record<string, string>): { out: { path: string; stagesPath: string; text: string; reused: number; fallback: string | null }; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "test/kit/injection-path-probe.ts", MODEL], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  return { out: JSON.parse(r.stdout.trim().split("\n").pop()!), stderr: r.stderr };
}

describe("injection path choice", { skip: existsSync(MODEL) ? false : `${MODEL} missing` }, () => {
  it("KVMESH_NATIVE=0 falls back to the file path, says so once, and reuses all the same", { skip: nativeStatus().ok ? false : "native path unavailable here" }, () => {
    const native = probe({});
    const file = probe({ KVMESH_NATIVE: "0" });
    assert.equal(native.out.path, "native");
    assert.equal(native.out.stagesPath, "native");
    assert.match(native.stderr, /KV injection: native/);
    assert.equal(file.out.path, "file");
    assert.equal(file.out.stagesPath, "file");
    const lines = file.stderr.split("\n").filter((l) => l.includes("KV injection"));
    assert.equal(lines.length, 1, file.stderr);
    assert.match(lines[0], /file path \(native unavailable: .*KVMESH_NATIVE=0/);
    assert.equal(file.out.fallback, null);
    assert.ok(native.out.reused > 5);
    assert.equal(file.out.reused, native.out.reused);
    assert.equal(file.out.text, native.out.text);
  });
});
