import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeXml, renderBarChart, ttftChart } from "../../../bench/chart.js";

/** A small well-formedness check: tags balance, attributes are quoted, no raw "&" or "<" in text. */
function assertWellFormed(svg: string): void {
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="[\d. ]+"/);
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, close, name, , self] = m;
    if (self) continue;
    if (close) assert.equal(stack.pop(), name, `unbalanced </${name}>`);
    else stack.push(name);
  }
  assert.deepEqual(stack, []);
  const text = svg.replace(/<[^>]*>/g, "");
  assert.doesNotMatch(text, /&(?!amp;|lt;|gt;|quot;|apos;)/);
  assert.doesNotMatch(text, /[<>]/);
  assert.doesNotMatch(svg, /NaN|undefined|Infinity/);
}

test("the TTFT chart is valid SVG with every series and agent", () => {
  const byMode = { dense: [126, 192, 258, 331, 429], naive: [60, 70, 80, 90, 100], anchors: [40, 45, 50, 52, 55], "anchors+recompute": [45, 50, 55, 60, 65] };
  const svg = ttftChart("TTFT <by> agent & mode", byMode);
  assertWellFormed(svg);
  for (const name of Object.keys(byMode)) {
    assert.equal((svg.match(new RegExp(`class="bar" data-series="${escapeXml(name).replace(/[+]/g, "\\+")}"`, "g")) ?? []).length, 5, name);
    assert.ok(svg.includes(`>${escapeXml(name)}</text>`), `legend for ${name}`);
  }
  for (let i = 1; i <= 5; i++) assert.ok(svg.includes(`>agent ${i}</text>`));
  assert.ok(svg.includes("TTFT &lt;by&gt; agent &amp; mode"));
  // The tallest bar reaches the top of the axis range, none goes below the x axis.
  const heights = [...svg.matchAll(/class="bar"[^>]* height="([\d.]+)"/g)].map((m) => Number(m[1]));
  assert.equal(heights.length, 20);
  assert.ok(heights.every((h) => h >= 0));
});

test("gaps, zeros and empty input do not break the document", () => {
  assertWellFormed(renderBarChart({ title: "t", groups: ["a", "b"], series: [{ name: "x", values: [NaN, 0] }, { name: "y", values: [undefined, -1] }] }));
  assertWellFormed(ttftChart("empty", {}));
  assertWellFormed(ttftChart("one", { dense: [0.004] }));
});
