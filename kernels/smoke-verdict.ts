/**
 * A native binary's smoke test, run once in a child process (so that a crash
 * costs the child, not the caller) and its verdict cached on disk: next to
 * the binary, or in the temporary folder when the package folder is
 * read-only. The child prints one JSON line `{ok, reason?}` last.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { childLoaderArgs } from "./child-loader.js";

export interface SmokeTest {
  /** File name of the cached verdict (distinct per build and setting). */
  readonly cacheName: string;
  /** The folder of the binary (first place to cache). */
  readonly dir: string;
  /** The child's module (kvmesh's own .ts or .js file). */
  readonly script: string;
  /** Extra environment for the child (tells it not to run its own smoke test). */
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

export type SmokeVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function smokeVerdict(t: SmokeTest): SmokeVerdict {
  const places = [join(t.dir, t.cacheName), join(tmpdir(), `kvmesh-${t.cacheName}`)];
  for (const p of places) {
    try {
      const v = JSON.parse(readFileSync(p, "utf8")) as { ok: boolean; reason?: string };
      return v.ok ? { ok: true } : { ok: false, reason: `smoke test failed earlier: ${v.reason}` };
    } catch {
      // not cached there
    }
  }
  const run = spawnSync(process.execPath, [...childLoaderArgs(t.script), t.script], { env: { ...process.env, ...t.env }, encoding: "utf8", timeout: t.timeoutMs });
  const last = (run.stdout ?? "").trim().split("\n").pop() ?? "";
  let verdict: { ok: boolean; reason?: string };
  if (run.status === 0 && last.startsWith("{")) {
    verdict = JSON.parse(last);
  } else {
    const how = run.signal ? `crashed (${run.signal})` : run.error ? `could not run (${run.error.message})` : `exited with ${run.status}`;
    verdict = { ok: false, reason: `smoke test ${how}: ${(run.stderr ?? "").trim().split("\n").slice(-3).join(" | ")}` };
  }
  for (const p of places) {
    try {
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, `${JSON.stringify(verdict)}\n`);
      break;
    } catch {
      // read-only: the next place
    }
  }
  return verdict.ok ? { ok: true } : { ok: false, reason: verdict.reason ?? "smoke test failed" };
}
