/**
 * Predicts whether reusing a segment's KV (fetch + correct + load) beats
 * prefilling its tokens, from costs measured on this machine as calls go by.
 * Reuse is not always faster: small segments, fast GPUs, slow links.
 */
export interface CostEstimate {
  readonly reuse: boolean;
  readonly prefillMs: number;
  readonly reuseMs: number;
  readonly reason: string;
}

export interface CostInputs {
  /** Prompt tokens the alternative, a dense call, prefills. */
  readonly tokens: number;
  /** KV bytes to fetch and load. */
  readonly bytes: number;
  /** Elements x anchors the correction touches (0 for naive/exact reuse). */
  readonly correctionWork: number;
  /** Separate corrections (one per part corrected; default 1 when there is work). */
  readonly corrections?: number;
  /** True when corrections are a call to another process (the broker's anchor pools). */
  readonly remoteCorrection?: boolean;
  /** Separate state loads the reuse needs (one per run of reused parts). */
  readonly loads: number;
  /** True when the bytes come over the network rather than from memory. */
  readonly remote: boolean;
  /** Separate fetches the bytes take when remote (default 1). */
  readonly fetches?: number;
}

/** Exponentially weighted mean; undefined until the first sample. */
class Ewma {
  value: number | undefined;
  constructor(private readonly alpha = 0.3) {}
  add(x: number): void {
    if (!Number.isFinite(x) || x < 0) return;
    this.value = this.value === undefined ? x : this.value + this.alpha * (x - this.value);
  }
}

/**
 * y = a + b x fitted by exponentially weighted least squares: a fetch (or a
 * correction by the broker) costs a round trip or three whatever its size,
 * plus its bytes (or its work). One mean per byte
 * (what this was before) turns that fixed cost into a per-MB cost: 10 ms for
 * a 36 KB segment read as 290 ms/MB and priced a 100 MB segment at 29 s.
 */
class LinearEwma {
  private w = 0;
  private sx = 0;
  private sy = 0;
  private sxx = 0;
  private sxy = 0;
  constructor(private readonly alpha = 0.3) {}

  get samples(): number { return this.w; }

  add(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y) || x < 0 || y < 0) return;
    const k = 1 - this.alpha;
    this.w = this.w * k + 1;
    this.sx = this.sx * k + x;
    this.sy = this.sy * k + y;
    this.sxx = this.sxx * k + x * x;
    this.sxy = this.sxy * k + x * y;
  }

  /** Intercept and slope (both >= 0); the slope is `priorSlope` until the sizes seen differ enough to fit one. */
  fit(priorSlope: number): { a: number; b: number } {
    const mx = this.sx / this.w;
    const my = this.sy / this.w;
    const varX = this.sxx / this.w - mx * mx;
    let b = priorSlope;
    if (varX > 1e-6 * Math.max(1e-6, mx * mx)) b = Math.max(0, (this.sxy / this.w - mx * my) / varX);
    // No negative fixed part: then the line goes through the origin and the mean instead.
    if (my - b * mx < 0) return { a: 0, b: mx > 0 ? my / mx : 0 };
    return { a: my - b * mx, b };
  }
}

export class CostModel {
  private readonly prefillMsPerToken = new Ewma();
  private readonly loadMsPerMB = new Ewma();
  /** In process: the cost scales with the work. */
  private readonly correctionNsPerUnit = new Ewma();
  /** By the broker: ms per correction against its work units (a round trip costs something whatever the size). */
  private readonly remoteCorrectionMs = new LinearEwma();
  /** ms per fetch against MB fetched. */
  private readonly fetchMs = new LinearEwma();
  /** Fixed cost of one save/assemble/load cycle beyond its bytes. */
  private readonly cycleMs = new Ewma();

  /** `correctionMs` and `fetchMs`: the fixed part of one remote correction and of one fetch. */
  constructor(private readonly priors = { prefillMsPerToken: 1, loadMsPerMB: 1, correctionNsPerUnit: 5, correctionMs: 2, fetchMsPerMB: 2, fetchMs: 2, cycleMs: 5 }) {}

  observePrefill(tokens: number, ms: number): void {
    if (tokens > 16) this.prefillMsPerToken.add(ms / tokens);
  }
  observeLoad(bytes: number, ms: number): void {
    if (bytes > 0) this.loadMsPerMB.add(ms / (bytes / 2 ** 20));
  }
  observeCorrection(work: number, ms: number, remote = false): void {
    if (!(work > 0)) return;
    if (remote) this.remoteCorrectionMs.add(work, ms);
    else this.correctionNsPerUnit.add((ms * 1e6) / work);
  }
  /** One fetch of `bytes` took `ms`. */
  observeFetch(bytes: number, ms: number): void {
    if (bytes > 0) this.fetchMs.add(bytes / 2 ** 20, ms);
  }
  observeCycle(ms: number): void {
    this.cycleMs.add(ms);
  }
  /**
   * A reuse call's path after correcting (load the assembled state, prefill
   * what is left, first token): what the bytes do not explain is per load.
   */
  observeReuse(bytes: number, loads: number, ms: number): void {
    const mb = bytes / 2 ** 20;
    if (loads > 0) this.cycleMs.add(Math.max(0, ms - mb * (this.loadMsPerMB.value ?? this.priors.loadMsPerMB)) / loads);
  }

  estimate(x: CostInputs): CostEstimate {
    const p = this.priors;
    const mb = x.bytes / 2 ** 20;
    const prefillMs = x.tokens * (this.prefillMsPerToken.value ?? p.prefillMsPerToken);
    const loadMs = mb * (this.loadMsPerMB.value ?? p.loadMsPerMB) + x.loads * (this.cycleMs.value ?? p.cycleMs);
    const fit = this.fetchMs.samples > 0 ? this.fetchMs.fit(p.fetchMsPerMB) : { a: p.fetchMs, b: p.fetchMsPerMB };
    const fetchMs = x.remote ? (x.fetches ?? 1) * fit.a + mb * fit.b : 0;
    let correctMs: number;
    if (x.correctionWork > 0 && x.remoteCorrection) {
      const fit = this.remoteCorrectionMs.samples > 0 ? this.remoteCorrectionMs.fit(p.correctionNsPerUnit / 1e6) : { a: p.correctionMs, b: p.correctionNsPerUnit / 1e6 };
      correctMs = (x.corrections ?? 1) * fit.a + x.correctionWork * fit.b;
    } else {
      correctMs = (x.correctionWork * (this.correctionNsPerUnit.value ?? p.correctionNsPerUnit)) / 1e6;
    }
    const reuseMs = loadMs + fetchMs + correctMs;
    const reuse = reuseMs < prefillMs;
    const reason = `${reuse ? "reuse" : "prefill"}: predicted reuse ${reuseMs.toFixed(1)} ms (load ${loadMs.toFixed(1)}, fetch ${fetchMs.toFixed(1)}, correct ${correctMs.toFixed(1)}) vs prefill ${prefillMs.toFixed(1)} ms for ${x.tokens} tokens`;
    return { reuse, prefillMs, reuseMs, reason };
  }
}
