import { addProcessMetrics } from "./process-metrics.js";

/**
 * A minimal Prometheus registry (counters, gauges, histograms with labels) and
 * its text exposition. No dependency: the broker exports a handful of series.
 */
export type Labels = Readonly<Record<string, string>>;

function labelKey(labels: Labels | undefined): string {
  if (!labels) return "";
  const keys = Object.keys(labels).sort();
  return keys.map((k) => `${k}="${String(labels[k]).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`).join(",");
}

abstract class Series {
  constructor(readonly name: string, readonly help: string, readonly type: "counter" | "gauge" | "histogram") {}
  abstract lines(): string[];
}

export class Counter extends Series {
  private readonly values = new Map<string, number>();
  constructor(name: string, help: string) { super(name, help, "counter"); }
  inc(by = 1, labels?: Labels): void {
    const k = labelKey(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }
  get(labels?: Labels): number { return this.values.get(labelKey(labels)) ?? 0; }
  /** A handle for one label set: the label key is built once, not on every increment (hot paths). */
  with(labels: Labels): { inc(by?: number): void } {
    const k = labelKey(labels);
    return { inc: (by = 1) => { this.values.set(k, (this.values.get(k) ?? 0) + by); } };
  }
  lines(): string[] {
    if (this.values.size === 0) return [`${this.name} 0`];
    return [...this.values].map(([k, v]) => `${this.name}${k ? `{${k}}` : ""} ${v}`);
  }
}

export class Gauge extends Series {
  private readonly values = new Map<string, number | (() => number)>();
  constructor(name: string, help: string) { super(name, help, "gauge"); }
  set(v: number | (() => number), labels?: Labels): void { this.values.set(labelKey(labels), v); }
  /** A handle for one label set. */
  with(labels: Labels): { set(v: number | (() => number)): void } {
    const k = labelKey(labels);
    return { set: (v) => { this.values.set(k, v); } };
  }
  lines(): string[] {
    return [...this.values].map(([k, v]) => `${this.name}${k ? `{${k}}` : ""} ${typeof v === "function" ? v() : v}`);
  }
}

/** A counter or gauge whose values are read when the registry renders (CPU time, heap size...). */
export class Sampled extends Series {
  constructor(name: string, help: string, type: "counter" | "gauge", private readonly read: () => number | readonly { labels: Labels; value: number }[]) {
    super(name, help, type);
  }
  lines(): string[] {
    const v = this.read();
    if (typeof v === "number") return [`${this.name} ${v}`];
    return v.map((x) => `${this.name}${x.labels ? `{${labelKey(x.labels)}}` : ""} ${x.value}`);
  }
}

export class Histogram extends Series {
  private readonly data = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(name: string, help: string, readonly buckets: readonly number[]) { super(name, help, "histogram"); }
  observe(v: number, labels?: Labels): void {
    this.record(this.series(labelKey(labels)), v);
  }
  /** A handle for one label set: the label key is built once, not on every observation (hot paths). */
  with(labels: Labels): { observe(v: number): void } {
    const d = this.series(labelKey(labels));
    return { observe: (v) => this.record(d, v) };
  }
  private series(k: string): { counts: number[]; sum: number; count: number } {
    let d = this.data.get(k);
    if (!d) { d = { counts: this.buckets.map(() => 0), sum: 0, count: 0 }; this.data.set(k, d); }
    return d;
  }
  private record(d: { counts: number[]; sum: number; count: number }, v: number): void {
    for (let i = 0; i < this.buckets.length; i++) if (v <= this.buckets[i]) d.counts[i]++;
    d.sum += v;
    d.count++;
  }
  lines(): string[] {
    const out: string[] = [];
    for (const [k, d] of this.data) {
      const sep = k ? `${k},` : "";
      this.buckets.forEach((b, i) => out.push(`${this.name}_bucket{${sep}le="${b}"} ${d.counts[i]}`));
      out.push(`${this.name}_bucket{${sep}le="+Inf"} ${d.count}`);
      out.push(`${this.name}_sum${k ? `{${k}}` : ""} ${d.sum}`);
      out.push(`${this.name}_count${k ? `{${k}}` : ""} ${d.count}`);
    }
    return out;
  }
}

export class MetricsRegistry {
  private readonly series: Series[] = [];
  counter(name: string, help: string): Counter { return this.add(new Counter(name, help)); }
  gauge(name: string, help: string): Gauge { return this.add(new Gauge(name, help)); }
  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    return this.add(new Histogram(name, help, buckets));
  }
  sampled(name: string, help: string, type: "counter" | "gauge", read: () => number | readonly { labels: Labels; value: number }[]): Sampled {
    return this.add(new Sampled(name, help, type, read));
  }
  private add<S extends Series>(s: S): S { this.series.push(s); return s; }
  /** Prometheus text exposition format 0.0.4. */
  render(): string {
    const out: string[] = [];
    for (const s of this.series) {
      out.push(`# HELP ${s.name} ${s.help}`, `# TYPE ${s.name} ${s.type}`, ...s.lines());
    }
    return out.join("\n") + "\n";
  }
}

const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * The broker's series, created once per process. Label names are the same
 * wherever they appear: `method` (the service method: put, get, batchLookup,
 * lookupStream, lookup, getAlias ...), `transport` (grpc, nats), `tier`
 * (memory, disk). Node's and the process's own series come with them
 * (process_*, nodejs_*: broker/process-metrics.ts).
 */
export class BrokerMetrics {
  readonly registry = new MetricsRegistry();
  readonly hits = this.registry.counter("kvmesh_broker_hits_total", "Segment lookups and gets that found the segment, by method.");
  readonly misses = this.registry.counter("kvmesh_broker_misses_total", "Segment lookups and gets that did not, by method.");
  readonly bytesIn = this.registry.counter("kvmesh_broker_bytes_in_total", "Payload bytes received by put.");
  readonly bytesOut = this.registry.counter("kvmesh_broker_bytes_out_total", "Payload bytes served by get.");
  readonly evictions = this.registry.counter("kvmesh_broker_evictions_total", "Segments evicted, by tier.");
  readonly quarantined = this.registry.counter("kvmesh_broker_quarantined_total", "Stored files that failed verification.");
  readonly authFailures = this.registry.counter("kvmesh_broker_auth_failures_total", "Requests with a missing or wrong token.");
  readonly errors = this.registry.counter("kvmesh_broker_errors_total", "Requests that failed, by method.");
  readonly latency = this.registry.histogram(
    "kvmesh_broker_request_duration_seconds", "Request latency by method and transport.", LATENCY_BUCKETS);
  private readonly tierBytes = this.registry.gauge("kvmesh_broker_tier_bytes", "Payload bytes held, by tier.");
  private readonly tierBudget = this.registry.gauge("kvmesh_broker_tier_budget_bytes", "A tier's byte budget, by tier (the disk tier's only when it has one).");
  readonly memoryBytes = this.tierBytes.with({ tier: "memory" });
  readonly memoryBudget = this.tierBudget.with({ tier: "memory" });
  readonly diskBytes = this.tierBytes.with({ tier: "disk" });
  readonly segments = this.registry.gauge("kvmesh_broker_segments", "Segments stored (all tiers, all namespaces).");
  readonly shmFiles = this.registry.gauge("kvmesh_broker_shm_files", "Payload files live in the shared-memory directory.");
  constructor() {
    addProcessMetrics(this.registry);
  }
}
