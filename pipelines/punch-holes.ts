/**
 * Selective recompute's holes: the reused KV of a part with the chosen
 * token runs cut out (those tokens are prefilled again at their places).
 */
import type { KvSegment } from "../segments/kv-segment.js";
import { sliceSegment } from "../agents/agent.js";

/** {@link punch} over pieces at consecutive positions: `holes` index their concatenation. */
export function punchPieces(pieces: readonly KvSegment[], holes: readonly [number, number][]): KvSegment[] {
  const out: KvSegment[] = [];
  let off = 0;
  for (const seg of pieces) {
    const end = off + seg.tokens.length;
    const mine = holes.filter(([a, b]) => b > off && a < end).map(([a, b]): [number, number] => [Math.max(a, off) - off, Math.min(b, end) - off]);
    out.push(...punch(seg, mine));
    off = end;
  }
  return out;
}

/** `seg` without the token runs `holes` ([a, b) pairs, in order, disjoint), as the pieces between them. */
export function punch(seg: KvSegment, holes: readonly [number, number][]): KvSegment[] {
  const out: KvSegment[] = [];
  let at = 0;
  for (const [a, b] of holes) {
    if (a > at) out.push(sliceSegment(seg, at, a));
    at = b;
  }
  if (at < seg.tokens.length) out.push(sliceSegment(seg, at, seg.tokens.length));
  return out;
}
