import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PackageRootError } from "./errors.js";

let cached: string | undefined;

/**
 * The kvmesh package's root folder: the checkout when run from source, the
 * installed package when run from dist/. Found by walking up to the
 * package.json named "kvmesh", so it does not depend on how deep the calling
 * module sits (models/ in a checkout, dist/models/ once built).
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "kvmesh") return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new PackageRootError(`no package.json named "kvmesh" above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}
