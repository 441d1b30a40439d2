/** Source files and the relative modules they import: what the layer check and the import-direction test read. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** .ts/.js/.mjs files under `dir` (declarations, node_modules and dot folders left out). */
export function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith(".d.ts")) yield p;
  }
}

/** Repository-relative paths of the modules `file` imports (static, re-exports, dynamic), relative specifiers only. */
export function importsOf(root: string, file: string): string[] {
  const src = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g)) {
    out.push(relative(root, resolve(dirname(file), m[1] ?? m[2])));
  }
  return out;
}
