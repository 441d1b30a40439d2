import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MetricsRegistry } from "../../../broker/metrics.js";

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
});
