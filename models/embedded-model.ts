import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./package-root.js";

/** The models this project trained and ships in its repository (models/README.md). */
export const EMBEDDED_MODELS = { tiny: "models/kvmesh-tiny.gguf", small: "models/kvmesh-small.gguf" } as const;
export type EmbeddedModelName = keyof typeof EMBEDDED_MODELS;

/** Where the embedded model lives in a checkout (it is not in the npm package: 31-46 MB each). */
export function embeddedModelPath(name: EmbeddedModelName = "tiny"): string {
  return join(packageRoot(), EMBEDDED_MODELS[name]);
}

/** True in a checkout (the GGUF is there), false in an installed package. */
export function embeddedModelAvailable(name: EmbeddedModelName = "tiny"): boolean {
  return existsSync(embeddedModelPath(name));
}
