/**
 * `kvmesh model synth --shape <name> --out FILE [--type f16|q8_0] [--seed N]`:
 * write a synthetic (random-weight, working-tokenizer) GGUF model.
 */
import { parseArgs } from "node:util";
import { KvmeshError } from "../kernels/errors.js";
import { SYNTH_SHAPE_NAMES, getSynthShape } from "../models/synth-shapes.js";
import { SYNTH_DEFAULT_SEED, synthModel, type SynthWeightType } from "../models/synth-model.js";

export const MODEL_SYNTH_USAGE = `usage: kvmesh model synth --shape <${SYNTH_SHAPE_NAMES.join("|")}> --out FILE [--type f16|q8_0] [--seed N]`;

/** A bad command line for `kvmesh model synth`. */
export class ModelSynthUsageError extends KvmeshError {}

export async function runModelSynth(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        shape: { type: "string" },
        out: { type: "string" },
        type: { type: "string", default: "f16" },
        seed: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new ModelSynthUsageError(`${(e as Error).message}\n${MODEL_SYNTH_USAGE}`, { cause: e });
  }
  if (values.help) {
    process.stdout.write(`${MODEL_SYNTH_USAGE}\n`);
    return;
  }
  if (!values.shape || !values.out) throw new ModelSynthUsageError(MODEL_SYNTH_USAGE);
  const shape = getSynthShape(values.shape);
  if (values.type !== "f16" && values.type !== "q8_0") throw new ModelSynthUsageError(`--type must be f16 or q8_0\n${MODEL_SYNTH_USAGE}`);
  const type: SynthWeightType = values.type;
  const seed = values.seed === undefined ? SYNTH_DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new ModelSynthUsageError(`--seed must be an integer in [0, 2^32)`);
  const r = await synthModel({ shape, out: values.out, type, seed });
  const gb = r.bytes / 1e9;
  process.stdout.write(
    `wrote ${r.path}: ${shape.name} ${type} seed ${seed}, ${r.bytes} bytes (${gb >= 1 ? `${gb.toFixed(2)} GB` : `${(r.bytes / 1e6).toFixed(1)} MB`}) ` +
      `in ${r.seconds.toFixed(2)} s (${(r.bytes / 1e6 / r.seconds).toFixed(0)} MB/s)\n`,
  );
}
