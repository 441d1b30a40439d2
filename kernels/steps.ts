/**
 * Long computations (anchors, segment conversions) are generators that yield between
 * layers, so that a caller can interleave them with other work on one
 * thread. `runSteps` runs one to its end at once.
 */
export function runSteps<T>(g: Generator<void, T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}
