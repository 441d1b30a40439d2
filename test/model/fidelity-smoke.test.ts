import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runFidelityBench } from "../../bench/fidelity-bench.js";
import { embeddedModelPath } from "../../models/embedded-model.js";

/**
 * `bench fidelity` end to end on the embedded model, tiny: the JSON has the
 * fields the issue names, the recompute points really recompute (reuse drops
 * by what they prefilled again), kv-deviation's shallow pass is counted, and
 * the chart is written beside the JSON.
 */
test("bench fidelity --limit 3: JSON shape, recompute really recomputes, chart beside the JSON", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "kvmesh-fidelity-"));
  try {
    const json = join(dir, "fid.json");
    const out = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      await runFidelityBench({ modelPath: embeddedModelPath(), setting: "encoder", suites: ["rag"], size: 3, limit: 3, fractions: [0, 0.25], rules: ["kv-deviation", "overlap"], threads: 1, chunk: 1, json });
    } finally {
      process.stdout.write = out;
    }
    const r = JSON.parse(readFileSync(json, "utf8"));
    assert.ok(typeof r.dense.accuracy === "number" && r.dense.accuracy >= 0 && r.dense.accuracy <= 1);
    assert.deepEqual(r.points.map((p: { method: string; recomputeFraction: number }) => `${p.method}@${p.recomputeFraction}`),
      ["naive@0", "anchors@0", "random@0.25", "anchors+kv-deviation@0.25", "anchors+overlap@0.25"]);
    for (const p of r.points) {
      assert.deepEqual(Object.keys(p).filter((k) => ["method", "recomputeFraction", "accuracy", "ci95", "reuseRate"].includes(k)).sort(), ["accuracy", "ci95", "method", "recomputeFraction", "reuseRate"]);
      assert.ok(p.ci95[0] <= p.accuracy && p.accuracy <= p.ci95[1], `${p.method}: ${p.accuracy} outside ${p.ci95}`);
    }
    const naive = r.points[0];
    assert.equal(naive.reuseRate, 1, "naive reuses every shared token in the encoder setting");
    const anchors = r.points[1];
    for (const p of r.points.slice(2)) {
      // The third instance is served by reuse (two earlier prefills taught the anchors): recompute takes its share.
      assert.ok(p.recomputedTokens > 0, `${p.method} recomputed nothing`);
      assert.ok(p.reuseRate < anchors.reuseRate, `${p.method}: reuse ${p.reuseRate} not below anchors' ${anchors.reuseRate}`);
      assert.ok(Math.abs(p.recomputedShare - 0.25) < 0.05, `${p.method}: recomputed share ${p.recomputedShare}`);
    }
    const dev = r.points[3];
    assert.equal(dev.probe.layers, 2);
    assert.equal(dev.probe.ofLayers, 8);
    assert.ok(dev.probe.tokens > 0);
    assert.ok(Object.values(r.gateRefusals as Record<string, number>).reduce((a, b) => a + b, 0) > 0, "the first calls are refused and counted");
    assert.ok(r.chosen && typeof r.chosen.method === "string" && r.chosen.method !== "random");
    assert.ok(existsSync(join(dir, "fid.svg")) && existsSync(join(dir, "fid.png")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
