/**
 * Fails when an import points up the layer table of docs/architecture.md or
 * when the top-level folders import each other in a cycle.
 */
import { statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { importsOf, sourceFiles } from "./import-graph.js";

const root = process.argv[2] ? resolve(process.argv[2]) : resolve(dirname(new URL(import.meta.url).pathname), "..");
const LAYER: Record<string, number> = {
  kernels: 0, proto: 0, models: 1, segments: 2, anchors: 3, agents: 4, broker: 4, pipelines: 5, bench: 6, examples: 6, serve: 6, adapters: 6, cli: 7,
};
/** Same-layer pairs that must not import each other at all. */
const FORBIDDEN = new Set(["agents->broker", "broker->agents", "bench->examples", "kernels->proto", "proto->kernels"]);

const problems: string[] = [];
const edges = new Map<string, Set<string>>();
for (const folder of Object.keys(LAYER)) {
  let entries: Generator<string>;
  try {
    statSync(join(root, folder));
    entries = sourceFiles(join(root, folder));
  } catch {
    continue;
  }
  for (const file of entries) {
    for (const imported of importsOf(root, file)) {
      const target = imported.split("/")[0];
      if (target === folder || !(target in LAYER)) continue;
      edges.set(folder, (edges.get(folder) ?? new Set()).add(target));
      const where = relative(root, file);
      if (LAYER[target] > LAYER[folder]) problems.push(`${where}: ${folder} (layer ${LAYER[folder]}) imports ${target} (layer ${LAYER[target]})`);
      else if (FORBIDDEN.has(`${folder}->${target}`)) problems.push(`${where}: ${folder} must not import ${target}`);
    }
  }
}

// Cycle check over the folder graph (catches same-layer cycles the table allows).
const state = new Map<string, number>();
const stack: string[] = [];
function visit(n: string): void {
  state.set(n, 1);
  stack.push(n);
  for (const m of edges.get(n) ?? []) {
    if (state.get(m) === 1) problems.push(`import cycle: ${[...stack.slice(stack.indexOf(m)), m].join(" -> ")}`);
    else if (!state.has(m)) visit(m);
  }
  stack.pop();
  state.set(n, 2);
}
for (const n of edges.keys()) if (!state.has(n)) visit(n);

if (problems.length > 0) {
  console.error(`layer check failed:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`layer check: ${[...edges.values()].reduce((a, s) => a + s.size, 0)} folder edges, no upward imports, no cycles`);
