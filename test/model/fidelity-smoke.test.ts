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

/**
 * The long-document setting end to end, tiny: downstream calls counted per
 * point, the anchors' refusals served moved and counted by reason, the
 * guard's interventions counted, the must-show block beside `chosen`.
 */
test("bench fidelity --setting long-document --limit 2: longDocument counts, refusals by reason, guard", { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "kvmesh-fidelity-ld-"));
  try {
    const json = join(dir, "ld.json");
    const out = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      await runFidelityBench({
        modelPath: embeddedModelPath(), setting: "long-document", suites: [], size: 3, limit: 2, fractions: [0.3], rules: ["boundary"], threads: 1, chunk: 1,
        guards: [{ minMargin: 0.5, steps: Infinity }], onRefusal: "moved", json,
      });
    } finally {
      process.stdout.write = out;
    }
    const r = JSON.parse(readFileSync(json, "utf8"));
    assert.equal(r.setting, "long-document");
    assert.equal(r.dense.accuracy, 1, "dense agrees with itself");
    assert.match(r.documents.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(r.points.map((p: { label: string }) => p.label), ["naive guard<0.5", "anchors guard<0.5", "random guard<0.5", "anchors+boundary guard<0.5"]);
    for (const p of r.points) {
      const d = p.longDocument;
      assert.equal(d.downstreamCalls, 6, "3 downstream calls per document");
      assert.equal(p.accuracy, Math.round((d.equalToDense / 6) * 1e4) / 1e4);
      assert.equal(d.servedByReuse + d.reusedThenGuarded + d.guardedAtFirstToken, 6, "every downstream call reused, some then guarded (nothing refused to prefill)");
      assert.ok(d.maxPromptTokens > 500 && d.maxPromptTokens < 1000, `prompt ${d.maxPromptTokens} tokens`);
    }
    const anchors = r.points[1].longDocument;
    assert.ok(anchors.refusals["gate: fewer than two anchors know this consumer"] > 0, JSON.stringify(anchors.refusals));
    assert.ok(anchors.movedOnRefusal > 0);
    // A 0.5 margin is a near tie almost everywhere on this free text: the guard steps in and is counted.
    const guarded = r.points.reduce((a: number, p: { longDocument: { reusedThenGuarded: number; guardedAtFirstToken: number } }) => a + p.longDocument.reusedThenGuarded + p.longDocument.guardedAtFirstToken, 0);
    assert.ok(guarded > 0);
    assert.ok(Object.keys(r.gateRefusals).some((k) => k.startsWith("guard: near tie")));
    assert.ok(r.chosen && r.longDocument && typeof r.longDocument.met === "boolean" && r.longDocument.minServed === 0.5 && r.longDocument.minEqual === 0.9);
    assert.ok(existsSync(join(dir, "ld.svg")) && existsSync(join(dir, "ld.png")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
