/**
 * Node's and the process's own series, named as Prometheus clients name them
 * (process_*, nodejs_*), so the usual dashboards and alerts work on a broker.
 */
import { readdirSync, readFileSync } from "node:fs";
import { monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram, type PerformanceEntry } from "node:perf_hooks";
import type { Histogram, MetricsRegistry } from "./metrics.js";

const GC_BUCKETS = [0.001, 0.01, 0.1, 1, 2, 5];
const GC_KIND: Record<number, string> = { 1: "minor", 2: "major", 4: "incremental", 8: "weakcb" };

/** The number of open file descriptors (Linux /proc; -1 where there is none). */
function openFds(): number {
  try { return readdirSync("/proc/self/fd").length; } catch { return -1; }
}

function maxFds(): number {
  try {
    const m = /Max open files\s+(\d+)/.exec(readFileSync("/proc/self/limits", "utf8"));
    return m ? Number(m[1]) : -1;
  } catch { return -1; }
}

/**
 * One event-loop monitor and one GC observer per process (they measure the
 * process, not a registry), started on first use; each registry's GC
 * histogram is fed by the one observer.
 */
let observed: { loop: IntervalHistogram; gc: Set<Histogram> } | undefined;
function observers(): { loop: IntervalHistogram; gc: Set<Histogram> } {
  if (observed) return observed;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const gc = new Set<Histogram>();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = GC_KIND[(e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0] ?? "other";
      for (const h of gc) h.observe(e.duration / 1000, { kind });
    }
  }).observe({ entryTypes: ["gc"] });
  return (observed = { loop, gc });
}

/** Adds the process_* and nodejs_* series to `r`. */
export function addProcessMetrics(r: MetricsRegistry): void {
  const startSeconds = Math.round((Date.now() - process.uptime() * 1000) / 1000);
  const cpu = () => process.cpuUsage();
  r.sampled("process_cpu_user_seconds_total", "User CPU time spent in seconds.", "counter", () => cpu().user / 1e6);
  r.sampled("process_cpu_system_seconds_total", "System CPU time spent in seconds.", "counter", () => cpu().system / 1e6);
  r.sampled("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter", () => {
    const c = cpu();
    return (c.user + c.system) / 1e6;
  });
  r.sampled("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", "gauge", () => startSeconds);
  r.sampled("process_resident_memory_bytes", "Resident memory size in bytes.", "gauge", () => process.memoryUsage.rss());
  if (openFds() >= 0) {
    r.sampled("process_open_fds", "Number of open file descriptors.", "gauge", openFds);
    const max = maxFds();
    if (max >= 0) r.sampled("process_max_fds", "Maximum number of open file descriptors.", "gauge", () => max);
  }
  r.sampled("nodejs_heap_size_total_bytes", "Process heap size from Node.js in bytes.", "gauge", () => process.memoryUsage().heapTotal);
  r.sampled("nodejs_heap_size_used_bytes", "Process heap size used from Node.js in bytes.", "gauge", () => process.memoryUsage().heapUsed);
  r.sampled("nodejs_external_memory_bytes", "Node.js external memory size in bytes.", "gauge", () => process.memoryUsage().external);
  r.sampled("nodejs_active_resources", "Resources keeping the event loop alive, by type.", "gauge", () => {
    const counts = new Map<string, number>();
    for (const t of process.getActiveResourcesInfo()) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].map(([type, value]) => ({ labels: { type }, value }));
  });
  const [major, minor, patch] = process.versions.node.split(".");
  r.sampled("nodejs_version_info", "Node.js version info.", "gauge", () => [{ labels: { version: process.version, major, minor, patch }, value: 1 }]);

  // Event-loop delay: what every request waits on top of its own work.
  const { loop, gc } = observers();
  const sec = (ns: number) => (Number.isFinite(ns) ? ns / 1e9 : 0);
  r.sampled("nodejs_eventloop_lag_mean_seconds", "The mean of the recorded event loop delays.", "gauge", () => sec(loop.mean));
  r.sampled("nodejs_eventloop_lag_p50_seconds", "The 50th percentile of the recorded event loop delays.", "gauge", () => sec(loop.percentile(50)));
  r.sampled("nodejs_eventloop_lag_p99_seconds", "The 99th percentile of the recorded event loop delays.", "gauge", () => sec(loop.percentile(99)));
  r.sampled("nodejs_eventloop_lag_max_seconds", "The maximum recorded event loop delay.", "gauge", () => sec(loop.max));
  gc.add(r.histogram("nodejs_gc_duration_seconds", "Garbage collection duration by kind.", GC_BUCKETS));
}
