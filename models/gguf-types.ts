/**
 * GGUF constants and value types shared by gguf-reader.ts and gguf-writer.ts.
 * Spec: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md (all little-endian).
 */

/** "GGUF" read as a little-endian u32. */
export const GGUF_MAGIC = 0x46554747;
export const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;

/** Metadata value types (gguf_metadata_value_type). */
export enum GgufValueType {
  UINT8 = 0,
  INT8 = 1,
  UINT16 = 2,
  INT16 = 3,
  UINT32 = 4,
  INT32 = 5,
  FLOAT32 = 6,
  BOOL = 7,
  STRING = 8,
  ARRAY = 9,
  UINT64 = 10,
  INT64 = 11,
  FLOAT64 = 12,
}

/** Byte size of a fixed-size value type; undefined for STRING and ARRAY. */
export function ggufValueSize(t: GgufValueType): number | undefined {
  switch (t) {
    case GgufValueType.UINT8:
    case GgufValueType.INT8:
    case GgufValueType.BOOL:
      return 1;
    case GgufValueType.UINT16:
    case GgufValueType.INT16:
      return 2;
    case GgufValueType.UINT32:
    case GgufValueType.INT32:
    case GgufValueType.FLOAT32:
      return 4;
    case GgufValueType.UINT64:
    case GgufValueType.INT64:
    case GgufValueType.FLOAT64:
      return 8;
    default:
      return undefined;
  }
}

export type GgufTypedArray =
  | Uint8Array
  | Int8Array
  | Uint16Array
  | Int16Array
  | Uint32Array
  | Int32Array
  | Float32Array
  | BigUint64Array
  | BigInt64Array
  | Float64Array;

/**
 * An array value. Numeric items come as the matching typed array (BOOL as
 * Uint8Array of 0/1), strings as string[], nested arrays as GgufArray[].
 */
export interface GgufArray {
  readonly itemType: GgufValueType;
  readonly values: GgufTypedArray | string[] | GgufArray[];
}

/** u64 / i64 scalars are bigint; other numbers are number. */
export type GgufScalar = number | bigint | boolean | string;
export type GgufValue = GgufScalar | GgufArray;

export interface GgufKv {
  readonly type: GgufValueType;
  readonly value: GgufValue;
}

export function isGgufArray(v: GgufValue | undefined): v is GgufArray {
  return typeof v === "object" && v !== null && "itemType" in v;
}

/** ggml tensor types kvmesh names (ids from ggml.h). */
export enum GgmlType {
  F32 = 0,
  F16 = 1,
  Q4_0 = 2,
  Q4_1 = 3,
  Q5_0 = 6,
  Q5_1 = 7,
  Q8_0 = 8,
  Q8_1 = 9,
  Q2_K = 10,
  Q3_K = 11,
  Q4_K = 12,
  Q5_K = 13,
  Q6_K = 14,
  Q8_K = 15,
  IQ2_XXS = 16,
  IQ2_XS = 17,
  IQ3_XXS = 18,
  IQ1_S = 19,
  IQ4_NL = 20,
  IQ3_S = 21,
  IQ2_S = 22,
  IQ4_XS = 23,
  I8 = 24,
  I16 = 25,
  I32 = 26,
  I64 = 27,
  F64 = 28,
  IQ1_M = 29,
  BF16 = 30,
  TQ1_0 = 34,
  TQ2_0 = 35,
  MXFP4 = 39,
}

/** [values per block, bytes per block] for each known ggml type. */
const GGML_BLOCKS: ReadonlyMap<number, readonly [number, number]> = new Map<number, readonly [number, number]>([
  [GgmlType.F32, [1, 4]],
  [GgmlType.F16, [1, 2]],
  [GgmlType.Q4_0, [32, 18]],
  [GgmlType.Q4_1, [32, 20]],
  [GgmlType.Q5_0, [32, 22]],
  [GgmlType.Q5_1, [32, 24]],
  [GgmlType.Q8_0, [32, 34]],
  [GgmlType.Q8_1, [32, 36]],
  [GgmlType.Q2_K, [256, 84]],
  [GgmlType.Q3_K, [256, 110]],
  [GgmlType.Q4_K, [256, 144]],
  [GgmlType.Q5_K, [256, 176]],
  [GgmlType.Q6_K, [256, 210]],
  [GgmlType.Q8_K, [256, 292]],
  [GgmlType.IQ2_XXS, [256, 66]],
  [GgmlType.IQ2_XS, [256, 74]],
  [GgmlType.IQ3_XXS, [256, 98]],
  [GgmlType.IQ1_S, [256, 50]],
  [GgmlType.IQ4_NL, [32, 18]],
  [GgmlType.IQ3_S, [256, 110]],
  [GgmlType.IQ2_S, [256, 82]],
  [GgmlType.IQ4_XS, [256, 136]],
  [GgmlType.I8, [1, 1]],
  [GgmlType.I16, [1, 2]],
  [GgmlType.I32, [1, 4]],
  [GgmlType.I64, [1, 8]],
  [GgmlType.F64, [1, 8]],
  [GgmlType.IQ1_M, [256, 56]],
  [GgmlType.BF16, [1, 2]],
  [GgmlType.TQ1_0, [256, 54]],
  [GgmlType.TQ2_0, [256, 66]],
  [GgmlType.MXFP4, [32, 17]],
]);

/** [values per block, bytes per block], or undefined for an unknown type. */
export function ggmlBlockInfo(type: number): readonly [number, number] | undefined {
  return GGML_BLOCKS.get(type);
}

export function ggmlTypeName(type: number): string {
  return GgmlType[type] ?? `ggml_type_${type}`;
}

/**
 * Bytes of a tensor of `type` with `dims` (ggml order: dims[0] is the row length).
 * Undefined when the type is unknown or dims[0] is not a multiple of the block size.
 */
export function ggmlTensorBytes(type: number, dims: readonly number[]): number | undefined {
  const b = GGML_BLOCKS.get(type);
  if (!b) return undefined;
  const [blk, bytes] = b;
  const row = dims.length === 0 ? 1 : dims[0];
  if (row % blk !== 0) return undefined;
  let n = (row / blk) * bytes;
  for (let i = 1; i < dims.length; i++) n *= dims[i];
  return n;
}
