/**
 * Predicts whether a call that reuses shared KV (fetch + correct + inject,
 * then prefill what is not reused) beats a dense call (prefill everything the
 * sequence does not already hold), from costs measured on this machine.
 * Reuse is not always faster: small parts, fast GPUs, slow links.
 *
 * It starts from priors measured at start-up (pipelines/cost-calibration.ts:
 * this agent's own prefill and injection path, timed) and keeps learning from
 * every call: each stage a call reports (prefill, injection, fetch,
 * correction) updates its fit. A model that only ever predicts "prefill"
 * would never see a reuse again and could not notice that it was wrong, so a
 * decision that went to prefill `exploreAfter` times in a row for the same
 * caller is turned into a reuse once ("explore"), and its measurements count.
 */
export interface CostEstimate {
  readonly reuse: boolean;
  readonly prefillMs: number;
  readonly reuseMs: number;
  /** The reuse was chosen to test the prediction, not because it was predicted faster. */
  readonly explore: boolean;
  readonly reason: string;
}

export interface CostInputs {
  /** Tokens a dense call evaluates (the prompt minus the prefix the sequence keeps). */
  readonly denseTokens: number;
  /** Token runs the reuse call still evaluates, one evaluation each: the gaps between reused parts and the tail. */
  readonly reuseRuns: readonly number[];
  /** KV bytes to inject. */
  readonly bytes: number;
  /** Separate injections (one per run of reused parts between two gaps). */
  readonly injections: number;
  /** Elements x anchors the correction touches (0 for naive/exact reuse). */
  readonly correctionWork: number;
  /** Separate corrections (one per part corrected; default 1 when there is work). */
  readonly corrections?: number;
  /** True when corrections are a call to another process (the broker's anchor pools). */
  readonly remoteCorrection?: boolean;
  /** True when the bytes still have to come over the network. */
  readonly remote: boolean;
  /** Separate fetches the bytes take when remote (default 1); they go out together, so they cost one round trip. */
  readonly fetches?: number;
}

/** Costs to start from: a line (fixed ms + ms per unit) per stage. */
export interface CostPriors {
  /** One evaluation of n tokens: `prefillMs` + n x `prefillMsPerToken`. */
  readonly prefillMs: number;
  readonly prefillMsPerToken: number;
  /** One injection of b bytes (re-positioning included): `injectMs` + MB x `injectMsPerMB`. */
  readonly injectMs: number;
  readonly injectMsPerMB: number;
  /** One fetch over the network: `fetchMs` + MB x `fetchMsPerMB`. */
  readonly fetchMs: number;
  readonly fetchMsPerMB: number;
  /** One correction in process, per unit of work. */
  readonly correctionNsPerUnit: number;
  /** One correction by the broker: `correctionMs` + work x `correctionNsPerUnit`. */
  readonly correctionMs: number;
}

/** Used only when nothing was measured (no calibration ran): deliberately round numbers. */
export const UNCALIBRATED_PRIORS: CostPriors = {
  prefillMs: 2, prefillMsPerToken: 0.5, injectMs: 1, injectMsPerMB: 1, fetchMs: 2, fetchMsPerMB: 2, correctionNsPerUnit: 5, correctionMs: 2,
};

export interface CostModelOptions {
  /** Decisions for one caller that may go to prefill in a row before one reuse is tried (default 8; 0: never explore). */
  readonly exploreAfter?: number;
  /** Weight of the newest sample in every fit (default 0.3). */
  readonly alpha?: number;
}

/**
 * The cost of one operation of size x: a fixed part plus a part per unit,
 * y = a + b x, learned one sample at a time. The line is held as its values
 * at a small and a large size (x0, x1), moved by normalized least-mean-squares
 * steps: a sample near x0 (a short gap, a small segment) moves mostly the
 * fixed part, one near or past x1 (a dense prompt) mostly the rate. A
 * least-squares fit over samples that all sit at similar sizes (every dense
 * prompt of a pipeline is about as long) has no slope to speak of, and on a
 * noisy machine its intercept goes anywhere; this keeps what the other kind
 * of sample taught. Each sample moves the prediction at its size by
 * (measured / predicted)^alpha, the ratio bounded to 8: a stalled call moves
 * it by at most 1.9x (alpha 0.3), while a lasting change of 100x is learned
 * in about ten samples, up or down alike.
 */
export class LineCost {
  private y0: number;
  private y1: number;
  private n = 0;

  constructor(prior: { a: number; b: number }, private readonly alpha = 0.3, private x0 = 1, private x1 = 100) {
    this.y0 = Math.max(0, prior.a) + Math.max(0, prior.b) * x0;
    this.y1 = Math.max(0, prior.a) + Math.max(0, prior.b) * x1;
  }

  /** Samples seen (not counting the prior). */
  get samples(): number { return this.n; }

  /** The rate (>= 0). */
  get b(): number { return Math.max(0, (this.y1 - this.y0) / (this.x1 - this.x0)); }
  /** The fixed part (>= 0). */
  get a(): number { return Math.max(0, this.y0 - this.b * this.x0); }

  at(x: number): number {
    return this.a + this.b * x;
  }

  /** One operation of size `x` took `y`. */
  add(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y) || x < 0 || y < 0) return;
    this.n++;
    // The two sizes widen to the smallest and largest seen (the line itself unchanged), so a sample never extrapolates.
    if (x > this.x1) { this.y1 = this.y0 + (this.y1 - this.y0) * ((x - this.x0) / (this.x1 - this.x0)); this.x1 = x; }
    if (x < this.x0) { this.y0 = this.at(x); this.x0 = x; }
    const t = (x - this.x0) / (this.x1 - this.x0);
    const now = this.y0 + (this.y1 - this.y0) * t;
    // The prediction at x moves by the factor (y / now)^alpha, that factor bounded to 8^alpha:
    // an exponentially weighted mean in log space, as quick down as up.
    const r = now > 0 ? now * (Math.min(8, Math.max(1 / 8, y / now)) ** this.alpha - 1) : this.alpha * y;
    const norm = (1 - t) ** 2 + t ** 2;
    this.y0 += (r * (1 - t)) / norm;
    this.y1 += (r * t) / norm;
    // Back onto lines with both parts >= 0 (a rate below 0 or a fixed part below 0 means nothing here).
    this.y0 = Math.max(0, this.y0);
    this.y1 = Math.max(this.y0, this.y1);
    const b = (this.y1 - this.y0) / (this.x1 - this.x0);
    if (this.y0 - b * this.x0 < 0) this.y0 = b * this.x0;
  }
}

/** `x` kept within 8x of `now` (and >= 0); anything goes while `now` is 0. */
function bounded(x: number, now: number): number {
  if (!(now > 0)) return Math.max(0, x);
  return Math.min(now * 8, Math.max(now / 8, x));
}

const MB = 2 ** 20;

export class CostModel {
  private readonly prefill: LineCost;
  private readonly inject: LineCost;
  private readonly fetch: LineCost;
  private readonly remoteCorrection: LineCost;
  /** In process a correction is work on this thread: a rate per unit (a fixed part bought nothing, measured). */
  private localNsPerUnit: number;
  private localSamples = 0;
  private readonly declined = new Map<string, number>();
  private readonly alpha: number;
  readonly exploreAfter: number;

  constructor(readonly priors: CostPriors = UNCALIBRATED_PRIORS, o: CostModelOptions = {}) {
    this.alpha = o.alpha ?? 0.3;
    this.exploreAfter = o.exploreAfter ?? 8;
    // Sizes the lines are held at: a short gap and a long prompt; a small and a large segment; small and large corrections.
    this.prefill = new LineCost({ a: priors.prefillMs, b: priors.prefillMsPerToken }, this.alpha, 4, 128);
    this.inject = new LineCost({ a: priors.injectMs, b: priors.injectMsPerMB }, this.alpha, 1 / 32, 1);
    this.fetch = new LineCost({ a: priors.fetchMs, b: priors.fetchMsPerMB }, this.alpha, 1 / 32, 1);
    this.remoteCorrection = new LineCost({ a: priors.correctionMs, b: priors.correctionNsPerUnit / 1e6 }, this.alpha, 1e4, 1e6);
    this.localNsPerUnit = priors.correctionNsPerUnit;
  }

  /** Samples each fit has seen (for reports and tests). */
  get samples(): { prefill: number; inject: number; fetch: number; correction: number; remoteCorrection: number } {
    return { prefill: this.prefill.samples, inject: this.inject.samples, fetch: this.fetch.samples, correction: this.localSamples, remoteCorrection: this.remoteCorrection.samples };
  }

  /** `runs` evaluations of `tokens` tokens in all took `ms` (prefill up to the first token). */
  observePrefill(tokens: number, ms: number, runs = 1): void {
    if (runs > 0 && tokens > 0) this.prefill.add(tokens / runs, ms / runs);
  }

  /** `injections` injections of `bytes` in all (re-positioning included) took `ms`. */
  observeInjection(bytes: number, injections: number, ms: number): void {
    if (injections > 0 && bytes > 0) this.inject.add(bytes / MB / injections, ms / injections);
  }

  /** Fetching `bytes` (one call's fetches, sent together) took `ms`. */
  observeFetch(bytes: number, ms: number): void {
    if (bytes > 0) this.fetch.add(bytes / MB, ms);
  }

  /** One correction of `work` units took `ms` (by the broker when `remote`). */
  observeCorrection(work: number, ms: number, remote = false): void {
    if (!(work > 0) || !Number.isFinite(ms) || ms < 0) return;
    if (remote) this.remoteCorrection.add(work, ms);
    else {
      this.localNsPerUnit += this.alpha * (bounded((ms * 1e6) / work, this.localNsPerUnit) - this.localNsPerUnit);
      this.localSamples++;
    }
  }

  /** The current lines, for reports: ms = a + b x per operation (x in tokens, MB, or units of work). */
  lines(): Record<"prefill" | "inject" | "fetch" | "remoteCorrection", { a: number; b: number }> & { correctionNsPerUnit: number } {
    const of = (c: LineCost) => ({ a: c.a, b: c.b });
    return { prefill: of(this.prefill), inject: of(this.inject), fetch: of(this.fetch), remoteCorrection: of(this.remoteCorrection), correctionNsPerUnit: this.localNsPerUnit };
  }

  /** The two sides of the decision, without deciding. */
  predict(x: CostInputs): { prefillMs: number; reuseMs: number; parts: { prefill: number; inject: number; fetch: number; correct: number } } {
    const prefillMs = x.denseTokens > 0 ? this.prefill.at(x.denseTokens) : 0;
    let runs = 0;
    for (const n of x.reuseRuns) if (n > 0) runs += this.prefill.at(n);
    const inject = x.injections > 0 ? x.injections * this.inject.at(x.bytes / MB / x.injections) : 0;
    const fetch = x.remote ? this.fetch.at(x.bytes / MB) : 0;
    let correct = 0;
    if (x.correctionWork > 0) {
      if (x.remoteCorrection) {
        const corrections = Math.max(1, x.corrections ?? 1);
        correct = corrections * this.remoteCorrection.at(x.correctionWork / corrections);
      } else correct = (x.correctionWork * this.localNsPerUnit) / 1e6;
    }
    return { prefillMs, reuseMs: runs + inject + fetch + correct, parts: { prefill: runs, inject, fetch, correct } };
  }

  /**
   * Reuse or prefill for one call of `caller` (an agent): reuse when it is
   * predicted faster, or when this caller's last `exploreAfter` decisions all
   * went to prefill (the prediction has gone untested that long).
   */
  decide(x: CostInputs, caller = ""): CostEstimate {
    const p = this.predict(x);
    const faster = p.reuseMs < p.prefillMs;
    const streak = this.declined.get(caller) ?? 0;
    const explore = !faster && this.exploreAfter > 0 && streak >= this.exploreAfter;
    const reuse = faster || explore;
    this.declined.set(caller, reuse ? 0 : streak + 1);
    const q = p.parts;
    const why = `predicted reuse ${p.reuseMs.toFixed(1)} ms (prefill ${q.prefill.toFixed(1)} in ${x.reuseRuns.filter((n) => n > 0).length} runs, inject ${q.inject.toFixed(1)}, fetch ${q.fetch.toFixed(1)}, correct ${q.correct.toFixed(1)}) vs prefill ${p.prefillMs.toFixed(1)} ms for ${x.denseTokens} tokens`;
    const reason = explore ? `explore (prefill chosen ${streak} times in a row, testing the prediction): ${why}` : `${reuse ? "reuse" : "prefill"}: ${why}`;
    return { reuse, prefillMs: p.prefillMs, reuseMs: p.reuseMs, explore, reason };
  }
}
