import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BrokerMetrics, MetricsRegistry } from "../../../broker/metrics.js";

describe("MetricsRegistry", () => {
  it("renders counters, gauges and histograms in Prometheus text format", () => {
    const r = new MetricsRegistry();
    r.counter("c_total", "a counter").inc(2, { op: "get" });
    r.gauge("g", "a gauge").set(() => 7);
    const h = r.histogram("h_seconds", "a histogram", [0.1, 1]);
    h.observe(0.05); h.observe(0.5); h.observe(5);
    const text = r.render();
    assert.match(text, /# TYPE c_total counter\nc_total\{op="get"\} 2/);
    assert.match(text, /\ng 7\n/);
    assert.match(text, /h_seconds_bucket\{le="0.1"\} 1\nh_seconds_bucket\{le="1"\} 2\nh_seconds_bucket\{le="\+Inf"\} 3/);
    assert.match(text, /h_seconds_count 3/);
  });

  it("label handles count into the same series as labelled calls", () => {
    const r = new MetricsRegistry();
    const c = r.counter("c_total", "a counter");
    const hits = c.with({ op: "lookup" });
    hits.inc(); hits.inc(3);
    c.inc(1, { op: "lookup" });
    assert.equal(c.get({ op: "lookup" }), 5);
    const h = r.histogram("h_seconds", "a histogram", [0.1, 1]);
    const bound = h.with({ method: "get", transport: "grpc" });
    bound.observe(0.05);
    h.observe(0.5, { transport: "grpc", method: "get" });
    assert.match(r.render(), /h_seconds_bucket\{method="get",transport="grpc",le="1"\} 2/);
  });

  it("the broker's series use one label name per meaning and carry the process and Node series", () => {
    const m = new BrokerMetrics();
    m.memoryBytes.set(() => 123);
    m.memoryBudget.set(1000);
    m.diskBytes.set(45);
    m.hits.inc(1, { method: "get" });
    m.evictions.inc(1, { tier: "disk" });
    const text = m.registry.render();
    assert.match(text, /\nkvmesh_broker_tier_bytes\{tier="memory"\} 123\nkvmesh_broker_tier_bytes\{tier="disk"\} 45\n/);
    assert.match(text, /\nkvmesh_broker_tier_budget_bytes\{tier="memory"\} 1000\n/);
    const labels = new Set([...text.matchAll(/^kvmesh_\w+\{([^}]*)\}/gm)].flatMap((x) => x[1].split(",").map((kv) => kv.split("=")[0])));
    assert.deepEqual([...labels].sort(), ["method", "tier"]);
    const cpu = Number(/\nprocess_cpu_seconds_total ([\d.e+-]+)\n/.exec(text)?.[1]);
    assert.ok(cpu > 0 && cpu < process.uptime() * 64, `cpu ${cpu}`);
    const rss = Number(/\nprocess_resident_memory_bytes (\d+)\n/.exec(text)?.[1]);
    assert.ok(rss > 1e6, `rss ${rss}`);
    assert.match(text, /\nnodejs_version_info\{major="\d+",minor="\d+",patch="\d+",version="v[\d.]+"\} 1\n/);
    assert.match(text, /# TYPE process_cpu_seconds_total counter\n/);
    assert.match(text, /# TYPE nodejs_gc_duration_seconds histogram\n/);
  });
});
