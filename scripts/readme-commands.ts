/**
 * The README's command table, made from the same table as `kvmesh --help`
 * (cli/commands.ts), so the two cannot disagree. `npm run readme` rewrites it
 * between the markers; test/unit/cli/readme.test.ts fails when it is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { synopsis } from "../cli/command.js";
import { COMMANDS } from "../cli/commands.js";

export const START = "<!-- commands: generated from cli/commands.ts by `npm run readme` -->";
export const END = "<!-- /commands -->";

export function commandsMarkdown(): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  return [
    "| command | what it does |",
    "| --- | --- |",
    ...COMMANDS.map((c) => `| \`${cell(synopsis(c))}\` | ${cell(c.summary)} |`),
  ].join("\n");
}

/** README text with the table between the markers replaced. */
export function withCommands(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the markers ${START} ... ${END}`);
  return `${readme.slice(0, a + START.length)}\n${commandsMarkdown()}\n${readme.slice(b)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = fileURLToPath(new URL("../README.md", import.meta.url));
  writeFileSync(path, withCommands(readFileSync(path, "utf8")));
  console.log("README.md: command table rewritten");
}
