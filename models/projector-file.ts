/**
 * The kvmesh C2C projector file, format version 1 (spec: models/c2c/FORMAT.md; the trainer's writer is
 * models/c2c/projector_file.py). Bytes, little-endian:
 *   0   8  magic "KVMPROJ\0"
 *   8   4  u32 format version (1)
 *   12  4  u32 header length H
 *   16  H  header, UTF-8 JSON (ProjectorHeader)
 *   zero padding to a multiple of 64, then the data region: tensor i at header.tensors[i].offset
 *   (64-aligned, relative to the data region), f16, row-major [out, in] as in torch.
 * A projector is bound to one (sharer, receiver) pair by both models' fingerprints
 * (models/model-fingerprint.ts); `openProjector` refuses any other pair.
 */
import { ProjectorFormatError, ProjectorPairError } from "./errors.js";

export const PROJECTOR_MAGIC = "KVMPROJ\0";
export const PROJECTOR_VERSION = 1;
const ALIGN = 64;
/** Per (layer, K|V) projector: the tensors the fuser forward needs, in file order. */
export const PROJECTOR_PARTS = [
  "w_in.weight", "w_in.bias", "norm1.weight", "w1.weight", "w1.bias", "w2.weight", "w2.bias",
  "norm2.weight", "w_out.weight", "w_out.bias", "w_weight.weight", "w_weight.bias",
] as const;
export type ProjectorPart = (typeof PROJECTOR_PARTS)[number];

export interface ProjectorSide {
  readonly name: string;
  /** kvmesh-model-fp-v1 of the GGUF; "" until stamped. */
  readonly fingerprint: string;
  readonly nLayer: number;
  readonly nHeadKv: number;
  readonly headDim: number;
}

export interface ProjectorTensorEntry {
  readonly name: string;
  readonly dtype: "f16";
  readonly shape: readonly number[];
  readonly offset: number;
}

export interface ProjectorHeader {
  readonly kind: "kvmesh-c2c-fuser";
  readonly sharer: ProjectorSide;
  readonly receiver: ProjectorSide;
  readonly hidden: number;
  readonly rmsEps: number;
  readonly activation: "gelu-erf";
  /** Receiver layer t reads sharer layer layerMap[t]. */
  readonly layerMap: readonly number[];
  /** Hard gates, [K, V] per receiver layer, 0 or 1. */
  readonly gates: readonly (readonly number[])[];
  readonly tensors: readonly ProjectorTensorEntry[];
  readonly dataBytes: number;
  readonly training?: unknown;
}

export interface ProjectorFile {
  readonly version: number;
  readonly header: ProjectorHeader;
  /** Tensor values widened to f32, by name (`layer.{t}.{k|v}.{part}`). */
  readonly tensors: ReadonlyMap<string, Float32Array>;
}

/** The pair a caller wants to fuse between. */
export interface ModelPair {
  readonly sharer: string;
  readonly receiver: string;
}

const fail = (msg: string): never => {
  throw new ProjectorFormatError(`projector file: ${msg}`);
};

function f16ToF32(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

const isInt = (x: unknown, min = 0): x is number => typeof x === "number" && Number.isInteger(x) && x >= min;

function checkSide(v: unknown, which: string): ProjectorSide {
  const s = v as Partial<ProjectorSide> | undefined;
  if (!s || typeof s.name !== "string" || typeof s.fingerprint !== "string" || !isInt(s.nLayer, 1) || !isInt(s.nHeadKv, 1) || !isInt(s.headDim, 1)) {
    return fail(`header.${which} must have name, fingerprint, nLayer, nHeadKv, headDim`);
  }
  if (s.fingerprint !== "" && !/^[0-9a-f]{32}$/.test(s.fingerprint)) fail(`header.${which}.fingerprint is not a kvmesh-model-fp-v1 value`);
  return s as ProjectorSide;
}

/** Expected shape of one tensor, from the header's dimensions. */
function expectedShape(h: ProjectorHeader, part: ProjectorPart, sharerDim: number): number[] {
  const r = h.receiver.nHeadKv * h.receiver.headDim;
  const H = h.hidden;
  switch (part) {
    case "w_in.weight": return [H, sharerDim + r];
    case "w1.weight": case "w2.weight": return [H, H];
    case "w_out.weight": return [r, H];
    case "w_out.bias": return [r];
    case "w_weight.weight": return [h.receiver.nHeadKv, H];
    case "w_weight.bias": return [h.receiver.nHeadKv];
    default: return [H];
  }
}

/** Parse and validate a projector file (format only: the pair is checked by `openProjector`). */
export function parseProjector(bytes: Uint8Array): ProjectorFile {
  if (bytes.length < 16) fail(`${bytes.length} bytes, shorter than the 16-byte preamble`);
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== PROJECTOR_MAGIC) fail("bad magic (not a kvmesh projector)");
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(8, true);
  if (version !== PROJECTOR_VERSION) fail(`format version ${version}; this kvmesh reads version ${PROJECTOR_VERSION}`);
  const hlen = dv.getUint32(12, true);
  if (16 + hlen > bytes.length) fail(`header length ${hlen} runs past the end of the file`);
  let header: ProjectorHeader;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(16, 16 + hlen))) as ProjectorHeader;
  } catch (e) {
    return fail(`header is not UTF-8 JSON (${(e as Error).message})`);
  }
  if (header.kind !== "kvmesh-c2c-fuser") fail(`kind ${JSON.stringify(header.kind)}, expected "kvmesh-c2c-fuser"`);
  const sharer = checkSide(header.sharer, "sharer");
  const receiver = checkSide(header.receiver, "receiver");
  if (!isInt(header.hidden, 1) || typeof header.rmsEps !== "number" || header.activation !== "gelu-erf") fail("header needs hidden, rmsEps and activation \"gelu-erf\"");
  const map = header.layerMap;
  if (!Array.isArray(map) || map.length !== receiver.nLayer || !map.every((m) => isInt(m) && m < sharer.nLayer)) {
    fail(`layerMap must give a sharer layer (< ${sharer.nLayer}) for each of the ${receiver.nLayer} receiver layers`);
  }
  const gates = header.gates;
  if (!Array.isArray(gates) || gates.length !== receiver.nLayer || !gates.every((g) => Array.isArray(g) && g.length === 2 && g.every((x) => x === 0 || x === 1))) {
    fail("gates must be [K, V] pairs of 0/1, one per receiver layer");
  }
  let data = 16 + hlen;
  data += (ALIGN - (data % ALIGN)) % ALIGN;
  if (!isInt(header.dataBytes) || data + header.dataBytes > bytes.length) fail(`data region of ${header.dataBytes} bytes runs past the end of the file`);
  const byName = new Map<string, ProjectorTensorEntry>();
  for (const t of header.tensors ?? []) byName.set(t.name, t);
  const tensors = new Map<string, Float32Array>();
  const sharerDim = sharer.nHeadKv * sharer.headDim;
  for (let t = 0; t < receiver.nLayer; t++) {
    for (const kv of ["k", "v"]) {
      for (const part of PROJECTOR_PARTS) {
        const name = `layer.${t}.${kv}.${part}`;
        const e = byName.get(name) ?? fail(`tensor ${name} is missing`);
        const want = expectedShape(header, part, sharerDim);
        if (e.dtype !== "f16" || !Array.isArray(e.shape) || e.shape.join("x") !== want.join("x")) {
          fail(`tensor ${name}: ${e.dtype} [${String(e.shape)}], expected f16 [${want.join(", ")}]`);
        }
        const n = want.reduce((a, b) => a * b, 1);
        if (!isInt(e.offset) || e.offset % ALIGN !== 0 || e.offset + 2 * n > header.dataBytes) fail(`tensor ${name}: offset ${e.offset} is not a 64-aligned place inside the data region`);
        const out = new Float32Array(n);
        const base = data + e.offset;
        for (let i = 0; i < n; i++) out[i] = f16ToF32(dv.getUint16(base + 2 * i, true));
        tensors.set(name, out);
      }
    }
  }
  return { version, header, tensors };
}

/** A short name for messages: "sharer-name -> receiver-name". */
export const projectorId = (h: ProjectorHeader): string => `${h.sharer.name} -> ${h.receiver.name}`;

/**
 * Parse a projector and check that it belongs to `pair` (both model fingerprints); a projector for any
 * other pair, or one never stamped, throws ProjectorPairError and is never applied.
 */
export function openProjector(bytes: Uint8Array, pair: ModelPair): ProjectorFile {
  const p = parseProjector(bytes);
  const id = projectorId(p.header);
  if (p.header.sharer.fingerprint !== pair.sharer) throw new ProjectorPairError("sharer", pair.sharer, p.header.sharer.fingerprint, id);
  if (p.header.receiver.fingerprint !== pair.receiver) throw new ProjectorPairError("receiver", pair.receiver, p.header.receiver.fingerprint, id);
  return p;
}

/** The same file with both fingerprints written into its header (the data region is copied unchanged). */
export function stampProjector(bytes: Uint8Array, pair: ModelPair): Uint8Array {
  const p = parseProjector(bytes);
  for (const fp of [pair.sharer, pair.receiver]) if (!/^[0-9a-f]{32}$/.test(fp)) throw new ProjectorFormatError(`not a model fingerprint: ${JSON.stringify(fp)}`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const oldH = dv.getUint32(12, true);
  let oldData = 16 + oldH;
  oldData += (ALIGN - (oldData % ALIGN)) % ALIGN;
  const header = { ...p.header, sharer: { ...p.header.sharer, fingerprint: pair.sharer }, receiver: { ...p.header.receiver, fingerprint: pair.receiver } };
  const hb = new TextEncoder().encode(JSON.stringify(header));
  let data = 16 + hb.length;
  data += (ALIGN - (data % ALIGN)) % ALIGN;
  const out = new Uint8Array(data + p.header.dataBytes);
  out.set(new TextEncoder().encode(PROJECTOR_MAGIC), 0);
  const ov = new DataView(out.buffer);
  ov.setUint32(8, PROJECTOR_VERSION, true);
  ov.setUint32(12, hb.length, true);
  out.set(hb, 16);
  out.set(bytes.subarray(oldData, oldData + p.header.dataBytes), data);
  return out;
}
