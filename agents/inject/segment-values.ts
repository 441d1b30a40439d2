/**
 * Every value of a reused segment is checked for NaN and infinity before it
 * reaches llama.cpp, but once per segment object, not once per use: a cached
 * segment reused on every call would otherwise pay a pass over all its bytes
 * each time. Segments are immutable values; a WeakSet forgets them with them.
 */
import type { KvSegment } from "../../segments/kv-segment.js";
import { checkSegmentFinite } from "../../segments/validate.js";

const checked = new WeakSet<KvSegment>();

/** Throws SegmentContentError on a non-finite value (first use of `seg` only). */
export function checkSegmentValues(seg: KvSegment): void {
  if (checked.has(seg)) return;
  for (let l = 0; l < seg.nLayer; l++) checkSegmentFinite(seg, l);
  checked.add(seg);
}

/**
 * Records that every value of `seg` was checked elsewhere (on the GPU, by
 * the code that made or uploaded its bytes), so that the scan above skips it.
 * Only for segments whose exact bytes were checked.
 */
export function markSegmentValuesChecked(seg: KvSegment): void {
  checked.add(seg);
}
