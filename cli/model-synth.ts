/** `kvmesh model synth` (options: cli/commands.ts): write a synthetic (random-weight, working-tokenizer) GGUF model. */
import { getSynthShape } from "../models/synth-shapes.js";
import { synthModel, type SynthWeightType } from "../models/synth-model.js";
import type { Reporter } from "./progress.js";

export interface ModelSynthOptions {
  readonly shape: string;
  readonly out: string;
  readonly type: SynthWeightType;
  readonly seed: number;
}

export async function runModelSynth(o: ModelSynthOptions, progress: Reporter): Promise<void> {
  const shape = getSynthShape(o.shape);
  const r = await synthModel({
    shape, out: o.out, type: o.type, seed: o.seed,
    onProgress: (written, total) => progress.status(`writing ${o.out}: ${size(written)} of ${size(total)} (${((100 * written) / total).toFixed(0)}%)`, { written, total }),
  });
  progress.done();
  process.stdout.write(
    `wrote ${r.path}: ${shape.name} ${o.type} seed ${o.seed}, ${r.bytes} bytes (${size(r.bytes)}) ` +
      `in ${r.seconds.toFixed(2)} s (${(r.bytes / 1e6 / r.seconds).toFixed(0)} MB/s)\n`,
  );
}

function size(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
