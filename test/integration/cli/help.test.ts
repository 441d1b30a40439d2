import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { COMMANDS, GROUPS } from "../../../cli/commands.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const BIN = join(ROOT, "bin", "kvmesh.js");
const SKIP = new Set(["node_modules", ".git", "dist"]);

/** Every file under `dir` with its size and modification time. */
function snapshot(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) snapshot(p, out);
    else out.set(relative(ROOT, p), `${st.size}:${st.mtimeMs}`);
  }
  return out;
}

/** kvmesh's same-host folders in /dev/shm (none where there is no /dev/shm). */
function shmFolders(): string[] {
  try {
    return readdirSync("/dev/shm").filter((f) => f.startsWith("kvmesh-"));
  } catch {
    return [];
  }
}

describe("kvmesh --help: every command, usage on stdout, exit 0, no side effect", () => {
  // The commands run in an empty folder with their own empty temp folder and home:
  // anything they write lands there (or in the repository) and fails the test.
  const sandbox = mkdtempSync(join(tmpdir(), "kvmesh-help-"));
  after(() => rmSync(sandbox, { recursive: true, force: true }));
  const before = snapshot(ROOT);
  const calls = [[], ["--help"], ["help"], ...GROUPS.map((g) => [g, "--help"]), ...COMMANDS.map((c) => [...c.name.split(" "), "--help"]), ["bench", "ttft", "-h"]];

  for (const argv of calls) {
    it(`kvmesh ${argv.join(" ")}`, () => {
      const cwd = mkdtempSync(join(sandbox, "cwd-"));
      const tmp = mkdtempSync(join(sandbox, "tmp-"));
      const shmBefore = new Set(shmFolders());
      const r = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: "utf8", env: { ...process.env, TMPDIR: tmp, HOME: tmp }, timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /usage: kvmesh/);
      assert.equal(r.stderr, "");
      assert.deepEqual(readdirSync(cwd), [], "wrote into its working folder");
      // tsx (a development checkout runs the sources through it) keeps its compile cache there.
      assert.deepEqual(readdirSync(tmp).filter((f) => !f.startsWith("tsx-")), [], "wrote into its temp folder");
      // New folders only: a stale one left by an earlier killed process may carry a reused pid.
      assert.deepEqual(shmFolders().filter((f) => f === `kvmesh-${r.pid}` && !shmBefore.has(f)), [], "made a /dev/shm folder");
    });
  }

  it("left every file of the repository as it was", () => {
    const now = snapshot(ROOT);
    const changed = [...new Set([...before.keys(), ...now.keys()])].filter((k) => before.get(k) !== now.get(k));
    assert.deepEqual(changed, []);
  });
});
