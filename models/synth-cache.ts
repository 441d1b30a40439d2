/**
 * ensureSynthModel: a synthetic model written once per (shape, type, seed,
 * synth version) under os.tmpdir()/kvmesh-models (or `dir`), reused after.
 * Writes go to a unique temporary name and are renamed into place, so
 * concurrent callers (processes or tests) never see a half-written file.
 */
import { fileOnce } from "./file-once.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getSynthShape } from "./synth-shapes.js";
import { SYNTH_DEFAULT_SEED, SYNTH_MODEL_VERSION, synthModel, type SynthWeightType } from "./synth-model.js";

export interface EnsureSynthOptions {
  readonly type?: SynthWeightType;
  readonly dir?: string;
  readonly seed?: number;
  /** While the model is written (not when it is already there): bytes written and the file's size. */
  readonly onProgress?: (written: number, total: number) => void;
}

export function defaultSynthDir(): string {
  return join(tmpdir(), "kvmesh-models");
}

/** The file name ensureSynthModel uses for these options. */
export function synthModelFileName(shape: string, type: SynthWeightType = "f16", seed: number = SYNTH_DEFAULT_SEED): string {
  return `synth-${shape}-${type}-s${seed}-v${SYNTH_MODEL_VERSION}.gguf`;
}

const inFlight = new Map<string, Promise<string>>();

/** Path of the synthetic model, writing it first if it is not there yet. */
export function ensureSynthModel(shape: string, opts: EnsureSynthOptions = {}): Promise<string> {
  let s;
  try {
    s = getSynthShape(shape);
  } catch (e) {
    return Promise.reject(e);
  }
  const type = opts.type ?? "f16";
  const seed = opts.seed ?? SYNTH_DEFAULT_SEED;
  const dir = opts.dir ?? defaultSynthDir();
  const path = join(dir, synthModelFileName(s.name, type, seed));
  let p = inFlight.get(path);
  if (!p) {
    p = fileOnce(path, (tmp) => synthModel({ shape: s, out: tmp, type, seed, onProgress: opts.onProgress }));
    inFlight.set(path, p);
    p.catch(() => inFlight.delete(path));
  }
  return p;
}
