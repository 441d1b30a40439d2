import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import semver from "semver";

const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL("../../../package-lock.json", import.meta.url), "utf8")) as {
  packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
};

test("engines.node admits no Node that a runtime dependency refuses, and admits the Node running this", () => {
  const floor = semver.minVersion(pkg.engines.node)!;
  const refused: string[] = [];
  let checked = 0;
  for (const [path, p] of Object.entries(lock.packages)) {
    const range = !path || p.dev || Array.isArray(p.engines) ? undefined : p.engines?.node;
    if (!range) continue;
    checked++;
    // The lowest Node we allow must satisfy the dependency, or a user on it gets EBADENGINE (and maybe a broken install).
    if (!semver.satisfies(floor, range)) refused.push(`${path.replace(/^node_modules\//, "")} needs node ${range}`);
  }
  assert.ok(checked > 5, `only ${checked} runtime packages declare engines: is the lock file read right?`);
  assert.deepEqual(refused, [], `engines.node is ${pkg.engines.node}`);
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `${process.version} outside ${pkg.engines.node}`);
});
