/**
 * Start-up priors for the cost model, measured on the agent itself: its
 * prefill of a long and a short run of tokens, and its own injection path
 * (whatever the agent uses: native in memory or state files) moving a
 * segment of two sizes to new positions. A measured prior follows the
 * machine, the thread count and the injection path without a table of
 * defaults per backend; the cost model then keeps learning from real calls.
 */
import type { Token } from "node-llama-cpp";
import type { Agent } from "../agents/agent.js";
import { UNCALIBRATED_PRIORS, type CostPriors } from "./cost-model.js";
import { segmentBytes } from "../agents/cache/segment-cache.js";

export interface Calibration {
  readonly priors: CostPriors;
  /** What was timed (medians, ms), for reports. */
  readonly measured: {
    readonly prefill: readonly { tokens: number; ms: number }[];
    readonly inject: readonly { bytes: number; ms: number }[];
    readonly path: string;
  };
  /** Wall time the calibration itself took. */
  readonly wallMs: number;
}

export interface CalibrationOptions {
  /** The long run (default 64 tokens) and the short one (default 4, about a header between two shared parts). */
  readonly long?: number;
  readonly short?: number;
  /** Repetitions per size; the fastest counts, as the least disturbed by other load (default 5). */
  readonly repeats?: number;
}

const TEXT = "The record says the owner of the lamp is Mara Ivers, and the lamp is kept in Tarnow since 1907. ";

/**
 * Times `agent`'s prefill and injection; leaves its sequence empty. Costs a
 * few prefills of `long` tokens (tens of ms on a small model on two cores).
 */
export async function calibrateCosts(agent: Agent, o: CalibrationOptions = {}): Promise<Calibration> {
  const t0 = performance.now();
  const repeats = Math.max(1, o.repeats ?? 5);
  const room = Math.max(24, agent.sequence.contextSize - 8);
  const long = Math.max(8, Math.min(o.long ?? 64, room - (o.short ?? 4) - 8));
  const short = Math.max(1, Math.min(o.short ?? 4, long >> 1));
  const lead = 4; // the segments are cut from position `lead` on and placed at 0: moved, as reuse moves them
  const tokens = fill(agent, lead + long + short);
  const prefillLong: number[] = [];
  const prefillShort: number[] = [];
  const injectLong: number[] = [];
  const injectShort: number[] = [];
  let longBytes = 0;
  let shortBytes = 0;
  try {
    for (let r = 0; r <= repeats; r++) {
      await agent.clear();
      let t = performance.now();
      await agent.sequence.evaluateWithoutGeneratingNewTokens(tokens.slice(0, lead + long));
      const msLong = performance.now() - t;
      t = performance.now();
      // A short run after what the sequence holds: what a gap between reused parts costs.
      await agent.sequence.evaluateWithoutGeneratingNewTokens(tokens.slice(lead + long, lead + long + short));
      const msShort = performance.now() - t;
      const segLong = (await agent.cut(lead, lead + long)).segment;
      const segShort = (await agent.cut(lead, lead + short)).segment;
      longBytes = segmentBytes(segLong);
      shortBytes = segmentBytes(segShort);
      const a = await agent.placeSegments([{ start: 0, segment: segLong }]);
      const b = await agent.placeSegments([{ start: 0, segment: segShort }]);
      if (r === 0) continue; // the first round warms buffers up
      prefillLong.push(msLong);
      prefillShort.push(msShort);
      injectLong.push(a.ms);
      injectShort.push(b.ms);
    }
  } finally {
    await agent.clear();
  }
  const pl = Math.min(...prefillLong);
  const ps = Math.min(...prefillShort);
  const il = Math.min(...injectLong);
  const is = Math.min(...injectShort);
  const prefill = line(short, ps, lead + long, pl);
  const inject = line(shortBytes / 2 ** 20, is, longBytes / 2 ** 20, il);
  return {
    priors: { ...UNCALIBRATED_PRIORS, prefillMs: prefill.a, prefillMsPerToken: prefill.b, injectMs: inject.a, injectMsPerMB: inject.b },
    measured: {
      prefill: [{ tokens: short, ms: ps }, { tokens: lead + long, ms: pl }],
      inject: [{ bytes: shortBytes, ms: is }, { bytes: longBytes, ms: il }],
      path: agent.injectionPath,
    },
    wallMs: performance.now() - t0,
  };
}

/**
 * The line through two points. Both parts stay positive (the cost model
 * learns each one from the samples it dominates, so neither may start at 0):
 * at least 5% of the long point's cost is fixed, and at least 5% of it per unit.
 */
function line(x1: number, y1: number, x2: number, y2: number): { a: number; b: number } {
  const b = x2 > x1 ? (y2 - y1) / (x2 - x1) : 0;
  const a = y1 - b * x1;
  const floorA = 0.05 * y2;
  const floorB = (0.05 * y2) / x2;
  if (a < floorA) return { a: floorA, b: Math.max(floorB, (y2 - floorA) / x2) };
  if (b < floorB) return { a: Math.max(floorA, y2 - floorB * x2), b: floorB };
  return { a, b };
}

/** `n` tokens of ordinary text, BOS first when the model wants one. */
function fill(agent: Agent, n: number): Token[] {
  const out: Token[] = [];
  const bos = agent.model.tokens.bos;
  if (bos !== null && agent.model.tokens.shouldPrependBosToken) out.push(bos);
  const piece = agent.model.tokenize(TEXT, false, "trimLeadingSpace");
  if (piece.length === 0) throw new RangeError("calibration text tokenizes to nothing");
  while (out.length < n) out.push(...piece);
  return out.slice(0, n);
}
