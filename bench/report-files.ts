import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname } from "node:path";

/** Where a benchmark ran (recorded with its numbers). */
export function machine(): { node: string; cpu: string; cores: number } {
  return { node: process.version, cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length };
}

/** Writes a report file (text, or bytes such as a PNG), making its folder first. */
export function writeReportFile(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Writes a benchmark's JSON (pretty, newline-terminated) and says so on stdout. */
export function writeJsonReport(path: string, value: unknown): void {
  writeReportFile(path, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
