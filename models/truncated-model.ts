/**
 * A model cut to its first N layers (a "probe"): the same metadata and
 * tensors, `block_count` = N, blocks >= N dropped. Layer l's K and V depend
 * only on layers below l, so the probe's KV of layers 0..N-1 equals the full
 * model's for the same tokens and positions, at about N/L of a prefill's
 * cost. CacheBlend's deviation check (a fresh K/V of an early layer compared
 * with the reused one) needs exactly that; llama.cpp has no "stop after layer
 * N" switch, so the probe is a second, smaller model file.
 *
 * Written once per (source, N) under os.tmpdir()/kvmesh-models and renamed
 * into place, like the synthetic models.
 */
import { fileOnce } from "./file-once.js";
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { GgufFile } from "./gguf-reader.js";
import { GgufValueType, isGgufArray } from "./gguf-types.js";
import { GgufWriter } from "./gguf-writer.js";
import { GgufFormatError } from "./errors.js";

const BLOCK = /^blk\.(\d+)\./;

/** Writes `src` cut to its first `layers` blocks to `out`. */
export async function writeTruncatedModel(src: string, out: string, layers: number): Promise<void> {
  const f = await GgufFile.open(src);
  try {
    await write(f, src, out, layers);
  } finally {
    await f.dispose();
  }
}

async function write(f: GgufFile, src: string, out: string, layers: number): Promise<void> {
  const arch = f.get("general.architecture");
  if (typeof arch !== "string") throw new GgufFormatError(`${src}: no general.architecture`);
  const blocks = f.getNumber(`${arch}.block_count`);
  if (blocks === undefined) throw new GgufFormatError(`${src}: no ${arch}.block_count`);
  if (!Number.isInteger(layers) || layers < 1 || layers > blocks) throw new RangeError(`truncated model: layers must be 1..${blocks}, got ${layers}`);
  const w = new GgufWriter({ alignment: f.alignment });
  for (const [key, kv] of f.metadata) {
    if (key === "general.alignment") continue; // the writer sets it from `alignment`
    if (key === `${arch}.block_count`) { w.set(key, kv.type as Exclude<GgufValueType, GgufValueType.ARRAY>, layers); continue; }
    const v = kv.value;
    if (isGgufArray(v)) {
      if (v.itemType === GgufValueType.ARRAY) throw new GgufFormatError(`${src}: ${key}: nested arrays are not copied`);
      w.setArray(key, v.itemType, v.values as string[]);
    } else w.set(key, kv.type as Exclude<GgufValueType, GgufValueType.ARRAY>, v);
  }
  for (const t of f.tensors) {
    const m = BLOCK.exec(t.name);
    if (m && Number(m[1]) >= layers) continue;
    w.addTensor({ name: t.name, dims: t.dims, type: t.type, data: async function* () { yield await f.readTensorBytes(t.name); } });
  }
  await w.write(out);
}

/** Path of `src` cut to `layers` blocks, writing it first if it is not there yet. */
export async function ensureTruncatedModel(src: string, layers: number, dir = join(tmpdir(), "kvmesh-models")): Promise<string> {
  const st = await stat(src);
  const tag = createHash("sha256").update(`${src}\0${st.size}\0${st.mtimeMs}`).digest("hex").slice(0, 12);
  const path = join(dir, `${basename(src, ".gguf")}-first${layers}-${tag}.gguf`);
  return fileOnce(path, (tmp) => writeTruncatedModel(src, tmp, layers));
}
