/**
 * A block of KV for some tokens, in f32, one array per layer, row-major
 * [token][kvHead][headDim]. The plain-data shape that kernels and anchor math
 * work on; segments/ converts its stored (f16/q8_0) bytes to and from it.
 */
export interface KvTensor {
  readonly nLayer: number;
  readonly nTokens: number;
  /** Values per token per layer for K (nHeadKv * headDimK) and V (nHeadKv * headDimV). */
  readonly rowK: number;
  readonly rowV: number;
  readonly k: Float32Array[];
  readonly v: Float32Array[];
}

export function allocKvTensor(nLayer: number, nTokens: number, rowK: number, rowV: number): KvTensor {
  const k: Float32Array[] = [];
  const v: Float32Array[] = [];
  for (let l = 0; l < nLayer; l++) {
    k.push(new Float32Array(nTokens * rowK));
    v.push(new Float32Array(nTokens * rowV));
  }
  return { nLayer, nTokens, rowK, rowV, k, v };
}
