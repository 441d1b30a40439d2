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
});
