/**
 * The node arguments a child process needs to run one of kvmesh's own
 * modules (the native and CUDA smoke tests): this process's loader flags
 * (never --test and the like), plus tsx's loader when the module is
 * TypeScript and this process registered tsx in code (bin/kvmesh.js does),
 * where nothing in execArgv would tell the child.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

export function childLoaderArgs(scriptPath: string): string[] {
  const out: string[] = [];
  const a = process.execArgv;
  for (let i = 0; i < a.length; i++) {
    if ((a[i] === "--import" || a[i] === "--require" || a[i] === "--loader" || a[i] === "-r") && i + 1 < a.length) out.push(a[i], a[++i]);
    else if (/^--(import|require|loader)=/.test(a[i])) out.push(a[i]);
  }
  if (scriptPath.endsWith(".ts") && !out.some((x) => x.includes("tsx"))) {
    try {
      // tsx's ESM loader, resolved from kvmesh's own dependencies (not the user's working directory).
      const loader = createRequire(import.meta.url).resolve("tsx");
      out.push("--import", pathToFileURL(loader).href);
    } catch {
      // no tsx: the child will say what it cannot load
    }
  }
  return out;
}
