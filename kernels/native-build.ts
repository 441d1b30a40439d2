/**
 * Where kvmesh's native builds live (native/build/ at the package root, made
 * by native/build.mjs), for the loaders of the native injection bridge and
 * the CUDA kernel backend.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** kvmesh's root: the first folder above `fromUrl` that holds native/build.mjs. */
export function packageRoot(fromUrl: string = import.meta.url): string | undefined {
  for (let d = dirname(fileURLToPath(fromUrl)); d !== dirname(d); d = dirname(d)) {
    if (existsSync(join(d, "native", "build.mjs"))) return d;
  }
  return undefined;
}

/** native/build/ at the package root. */
export function nativeBuildDir(): string | undefined {
  const root = packageRoot();
  return root ? join(root, "native", "build") : undefined;
}
