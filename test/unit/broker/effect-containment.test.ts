import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue; // dist/: the build of these same sources
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith(".d.ts")) yield p;
  }
}

/** docs/effect.md: Effect wires the broker's resources in one file; everything else is plain Promises and typed errors. */
describe("Effect stays at the broker's edge", () => {
  it("only broker/broker-runtime.ts imports effect, and never the whole barrel", () => {
    const users: string[] = [];
    for (const f of sources(ROOT)) {
      const src = readFileSync(f, "utf8");
      if (/from\s+["']effect(\/[A-Za-z]+)?["']/.test(src)) users.push(path.relative(ROOT, f));
      if (path.relative(ROOT, f) === "broker/broker-runtime.ts") assert.doesNotMatch(src, /from\s+["']effect["']/, "submodules, not the barrel");
    }
    assert.deepEqual(users.filter((u) => !u.startsWith("test/")), ["broker/broker-runtime.ts"]);
  });
});
