/**
 * Writes a projector file (format version 1, models/c2c/FORMAT.md) from a header and f32 tensors: the
 * TypeScript twin of the trainer's writer (models/c2c/projector_file.py), for tools and tests that build
 * projectors without PyTorch. Values are rounded to f16 as the format stores them; the result parses
 * with `parseProjector`, which checks every tensor's name and shape.
 */
import { f32ToF16Array } from "../kernels/f16.js";
import { ProjectorFormatError } from "./errors.js";
import { PROJECTOR_MAGIC, PROJECTOR_PARTS, PROJECTOR_VERSION, type ProjectorHeader, type ProjectorTensorEntry } from "./projector-file.js";

const ALIGN = 64;
const pad = (n: number) => n + ((ALIGN - (n % ALIGN)) % ALIGN);

/** `header`'s tensors/dataBytes are ignored (computed here); `tensors` must hold every `layer.{t}.{k|v}.{part}`. */
export function encodeProjector(header: Omit<ProjectorHeader, "tensors" | "dataBytes">, tensors: ReadonlyMap<string, Float32Array>): Uint8Array {
  const entries: ProjectorTensorEntry[] = [];
  const halves: Uint16Array[] = [];
  let off = 0;
  for (let t = 0; t < header.receiver.nLayer; t++) {
    for (const kv of ["k", "v"]) {
      for (const part of PROJECTOR_PARTS) {
        const name = `layer.${t}.${kv}.${part}`;
        const a = tensors.get(name);
        if (!a) throw new ProjectorFormatError(`encodeProjector: tensor ${name} is missing`);
        const shape = shapeOf(header, part, a.length);
        entries.push({ name, dtype: "f16", shape, offset: off });
        halves.push(f32ToF16Array(a));
        off = pad(off + 2 * a.length);
      }
    }
  }
  const full: ProjectorHeader = { ...header, tensors: entries, dataBytes: off };
  const hb = new TextEncoder().encode(JSON.stringify(full));
  const data = pad(16 + hb.length);
  const out = new Uint8Array(data + off);
  out.set(new TextEncoder().encode(PROJECTOR_MAGIC), 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(8, PROJECTOR_VERSION, true);
  dv.setUint32(12, hb.length, true);
  out.set(hb, 16);
  entries.forEach((e, i) => out.set(new Uint8Array(halves[i].buffer, halves[i].byteOffset, halves[i].byteLength), data + e.offset));
  return out;
}

/** [out, in] of a weight matrix, or [n] of a bias (the reader checks them against the header). */
function shapeOf(h: Omit<ProjectorHeader, "tensors" | "dataBytes">, part: string, n: number): number[] {
  if (!part.endsWith(".weight") || part.startsWith("norm")) return [n];
  const out = part === "w_out.weight" ? h.receiver.nHeadKv * h.receiver.headDim : part === "w_weight.weight" ? h.receiver.nHeadKv : h.hidden;
  return [out, n / out];
}
