import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const script = new URL("../../../scripts/check-layers.ts", import.meta.url).pathname;

function check(files: Record<string, string>): { status: number | null; out: string } {
  const root = mkdtempSync(join(tmpdir(), "kvmesh-layers-"));
  try {
    for (const [path, src] of Object.entries(files)) {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), src);
    }
    const r = spawnSync(process.execPath, ["--import", "tsx", script, root], { encoding: "utf8" });
    return { status: r.status, out: r.stdout + r.stderr };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe("layer check", () => {
  it("passes imports that point down", () => {
    const r = check({ "kernels/a.ts": "export const a = 1;\n", "agents/b.ts": 'import { a } from "../kernels/a.js";\nexport const b = a;\n' });
    assert.equal(r.status, 0, r.out);
  });
  it("fails an upward import", () => {
    const r = check({ "kernels/a.ts": 'import { b } from "../agents/b.js";\nexport const a = b;\n', "agents/b.ts": "export const b = 1;\n" });
    assert.equal(r.status, 1);
    assert.match(r.out, /kernels \(layer 0\) imports agents/);
  });
  it("fails agents <-> broker imports, which would make a cycle", () => {
    const r = check({ "agents/a.ts": 'import { b } from "../broker/b.js";\nexport const a = b;\n', "broker/b.ts": 'import { a } from "../agents/a.js";\nexport const b = a;\n' });
    assert.equal(r.status, 1);
    assert.match(r.out, /must not import|cycle/);
  });
});
