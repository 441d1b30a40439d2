import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { synopsis } from "../../../cli/command.js";
import { COMMANDS } from "../../../cli/commands.js";
import { END, START, withCommands } from "../../../scripts/readme-commands.js";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

test("the README's command table is the one --help is made from (npm run readme rewrites it)", () => {
  assert.ok(readme.includes(START) && readme.includes(END));
  assert.equal(readme, withCommands(readme), "README.md's command table is stale: run `npm run readme`");
  const table = readme.slice(readme.indexOf(START), readme.indexOf(END));
  for (const c of COMMANDS) assert.ok(table.includes(`\`${synopsis(c).replace(/\|/g, "\\|")}\``), `README lacks kvmesh ${c.name}`);
  assert.equal(table.split("\n").filter((l) => l.startsWith("| `kvmesh ")).length, COMMANDS.length);
});
