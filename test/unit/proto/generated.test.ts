import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

test("proto/gen is what scripts/gen-proto.sh makes from proto/kvmesh/v1 today (else: npm run proto)", { timeout: 120_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), "kvmesh-proto-"));
  try {
    const r = spawnSync("bash", [join(ROOT, "scripts/gen-proto.sh"), out], { encoding: "utf8", timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    for (const f of ["kvmesh.js", "kvmesh.d.ts"]) {
      const fresh = readFileSync(join(out, f), "utf8");
      assert.ok(fresh.length > 1000, `${f} came out empty`);
      assert.ok(fresh === readFileSync(join(ROOT, "proto/gen", f), "utf8"), `proto/gen/${f} is stale: run \`npm run proto\` and commit the result`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
