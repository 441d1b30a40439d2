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
  /** Separate state loads the reuse needs (one per run of reused parts). */
  readonly loads: number;
  /** True when the bytes come over the network rather than from memory. */
  readonly remote: boolean;
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

export class CostModel {
  private readonly prefillMsPerToken = new Ewma();
  private readonly loadMsPerMB = new Ewma();
  private readonly correctionNsPerUnit = new Ewma();
  private readonly fetchMsPerMB = new Ewma();
  /** Fixed cost of one save/assemble/load cycle beyond its bytes. */
  private readonly cycleMs = new Ewma();

  constructor(private readonly priors = { prefillMsPerToken: 1, loadMsPerMB: 1, correctionNsPerUnit: 5, fetchMsPerMB: 2, cycleMs: 5 }) {}

  observePrefill(tokens: number, ms: number): void {
    if (tokens > 16) this.prefillMsPerToken.add(ms / tokens);
  }
  observeLoad(bytes: number, ms: number): void {
    if (bytes > 0) this.loadMsPerMB.add(ms / (bytes / 2 ** 20));
  }
  observeCorrection(work: number, ms: number): void {
    if (work > 0) this.correctionNsPerUnit.add((ms * 1e6) / work);
  }
  observeFetch(bytes: number, ms: number): void {
    if (bytes > 0) this.fetchMsPerMB.add(ms / (bytes / 2 ** 20));
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
    const fetchMs = x.remote ? mb * (this.fetchMsPerMB.value ?? p.fetchMsPerMB) : 0;
    const correctMs = (x.correctionWork * (this.correctionNsPerUnit.value ?? p.correctionNsPerUnit)) / 1e6;
    const reuseMs = loadMs + fetchMs + correctMs;
    const reuse = reuseMs < prefillMs;
    const reason = `${reuse ? "reuse" : "prefill"}: predicted reuse ${reuseMs.toFixed(1)} ms (load ${loadMs.toFixed(1)}, fetch ${fetchMs.toFixed(1)}, correct ${correctMs.toFixed(1)}) vs prefill ${prefillMs.toFixed(1)} ms for ${x.tokens} tokens`;
    return { reuse, prefillMs, reuseMs, reason };
  }
}
