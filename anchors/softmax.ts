/**
 * Softmax with a temperature relative to the distances' own scale, and
 * entropy. Internal to anchors/; all arithmetic in f64, fixed order, so the
 * result depends on nothing but the inputs.
 *
 * relativeSoftmax(d, tau): w_a = softmax_a(-d_a / (tau * min d)), i.e. a
 * softmax over the distance ratios d_a / d_min with temperature tau.
 *  - Scaling every distance by c > 0 leaves w unchanged (the ratios are
 *    unchanged), so the weights depend neither on KV magnitude nor, for
 *    distances that grow like sqrt(length) or like length, on length.
 *  - d_min = 0 (an exact match) is the tau -> 0 limit: the weight is split
 *    evenly among the exact matches and the others get 0.
 *  - Non-finite distances (NaN in a tensor) get weight 0; if none is finite
 *    the weights are uniform.
 */
export function relativeSoftmax(d: ArrayLike<number>, tau: number): Float64Array {
  return relativeSoftmaxInto(d, d.length, tau, new Float64Array(d.length));
}

/** relativeSoftmax of the first `n` distances, written into `w` (no allocation); returns `w`. */
export function relativeSoftmaxInto(d: ArrayLike<number>, n: number, tau: number, w: Float64Array): Float64Array {
  if (n === 0) return w;
  let min = Infinity;
  for (let i = 0; i < n; i++) if (Number.isFinite(d[i]) && d[i] < min) min = d[i];
  if (min === Infinity) {
    w.fill(1 / n, 0, n);
    return w;
  }
  if (min <= 0) {
    let zeros = 0;
    for (let i = 0; i < n; i++) if (d[i] === min) zeros++;
    for (let i = 0; i < n; i++) w[i] = d[i] === min ? 1 / zeros : 0;
    return w;
  }
  const t = tau * min;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    // Shifted by d_min so that the largest term is exp(0) = 1 (no underflow of every term).
    const e = Number.isFinite(d[i]) ? Math.exp(-(d[i] - min) / t) : 0;
    w[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) w[i] /= sum;
  return w;
}

/** Shannon entropy in bits, -sum p log2 p (0 log 0 = 0). */
export function entropyBits(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * Math.log2(p[i]);
  return h;
}
