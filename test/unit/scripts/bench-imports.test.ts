/**
 * bench/ is for measuring: it may import anything, and nothing the user runs
 * or imports may depend on it. Outside bench/, only the command table that
 * dispatches the measuring commands imports it; tests and repository scripts
 * (test/, scripts/) may import anything (docs/architecture.md).
 */
import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { importsOf, sourceFiles } from "../../../scripts/import-graph.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const NOT_CHECKED = new Set(["bench", "test", "scripts", "node_modules", "dist", "tmp", "out"]);

/** Allowed for good: `kvmesh bench ...` and `kvmesh eval` call into bench/ from here. */
const MEASURING_COMMANDS = "cli/commands.ts";

/**
 * Known offenders waiting for a move out of bench/ (none since issue 15, item 7
 * moved the pipeline runner, the task suite and the session to pipelines/).
 * An entry that no longer imports bench/ fails the last test below, so the
 * list cannot go stale.
 */
const PENDING_MOVE: Readonly<Record<string, string>> = {};

function benchImporters(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const top of readdirSync(ROOT)) {
    if (NOT_CHECKED.has(top) || top.startsWith(".") || !statSync(join(ROOT, top)).isDirectory()) continue;
    for (const file of sourceFiles(join(ROOT, top))) {
      const bench = importsOf(ROOT, file).filter((p) => p.split("/")[0] === "bench");
      if (bench.length > 0) found.set(relative(ROOT, file), bench);
    }
  }
  return found;
}

describe("nothing outside bench/ imports from bench/", () => {
  const importers = benchImporters();

  it("no module outside bench/ imports bench/ (but the measuring commands' table and the listed pending moves)", () => {
    const offenders = [...importers].filter(([file]) => file !== MEASURING_COMMANDS && !(file in PENDING_MOVE)).map(([f, to]) => `${f} -> ${to.join(", ")}`);
    assert.deepEqual(offenders, []);
  });

  for (const [file, why] of Object.entries(PENDING_MOVE)) {
    it(`${file} imports bench/`, { todo: `moves with item 7: ${why}` }, () => {
      assert.equal(importers.get(file), undefined);
    });
  }

  it("every pending entry still imports bench/ (remove the ones that moved)", () => {
    assert.deepEqual(Object.keys(PENDING_MOVE).filter((f) => !importers.has(f)), []);
  });

  it("the check sees what it should: the measuring commands import bench/", () => {
    assert.ok((importers.get(MEASURING_COMMANDS) ?? []).some((p) => p.startsWith("bench/")));
  });
});
