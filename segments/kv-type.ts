/** KV cache element types kvmesh handles, with their ggml type ids. */
export type KvType = "f32" | "f16" | "q8_0";

export const GGML_TYPE_ID: Readonly<Record<KvType, number>> = { f32: 0, f16: 1, q8_0: 8 };

export function kvTypeFromGgml(id: number): KvType | undefined {
  return id === 0 ? "f32" : id === 1 ? "f16" : id === 8 ? "q8_0" : undefined;
}

/** Bytes taken by `n` values of `type` (n must be a multiple of 32 for q8_0). */
export function kvTypeBytes(type: KvType, n: number): number {
  return type === "f32" ? 4 * n : type === "f16" ? 2 * n : (n / 32) * 34;
}
