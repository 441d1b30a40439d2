import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { crc32, inflateSync } from "node:zlib";
import { GLYPH_WIDTH, glyphPixels, hasGlyph } from "../../../bench/bitmap-font.js";
import { chartPng, chartSvg, formatMs, layoutBarChart, ttftChartLayout } from "../../../bench/chart.js";
import { encodePng } from "../../../bench/png-encoder.js";
import { parseHexColor } from "../../../bench/raster.js";

/** A minimal PNG reader for the files encodePng writes: checks every chunk's CRC, returns size and RGB rows. */
function decodePng(png: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  const chunks: { type: string; data: Buffer }[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    assert.equal(png.readUInt32BE(at + 8 + len), crc32(png.subarray(at + 4, at + 8 + len)), `CRC of ${type}`);
    chunks.push({ type, data });
    at += 12 + len;
  }
  assert.deepEqual(chunks.map((c) => c.type), ["IHDR", "IDAT", "IEND"]);
  const ihdr = chunks[0].data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  assert.deepEqual([...ihdr.subarray(8)], [8, 2, 0, 0, 0]);
  const raw = inflateSync(chunks[1].data);
  assert.equal(raw.length, (width * 3 + 1) * height);
  for (let y = 0; y < height; y++) assert.equal(raw[y * (width * 3 + 1)], 0, "filter type None");
  return { width, height, pixel: (x, y) => [...raw.subarray(y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3)] };
}

describe("PNG charts", () => {
  it("encodePng writes a valid PNG whose pixels read back", () => {
    const rgb = new Uint8Array(3 * 2 * 3);
    rgb.set([255, 0, 0], 0);
    rgb.set([0, 0, 255], 3 * 5);
    const png = decodePng(encodePng(3, 2, rgb));
    assert.deepEqual([png.width, png.height], [3, 2]);
    assert.deepEqual(png.pixel(0, 0), [255, 0, 0]);
    assert.deepEqual(png.pixel(2, 1), [0, 0, 255]);
    assert.deepEqual(png.pixel(1, 1), [0, 0, 0]);
    assert.throws(() => encodePng(3, 2, new Uint8Array(5)), RangeError);
  });

  it("draws the same layout as the SVG: bars in their series' colors on white, at twice the size", () => {
    const layout = ttftChartLayout("t", { dense: [2000, 4000], anchors: [50, 60] });
    const png = decodePng(chartPng(layout));
    assert.deepEqual([png.width, png.height], [layout.width * 2, layout.height * 2]);
    assert.deepEqual(png.pixel(1, 1), [255, 255, 255]);
    const bars = layout.shapes.filter((s) => s.kind === "rect" && s.bar);
    assert.equal(bars.length, 4);
    for (const b of bars) {
      if (b.kind !== "rect") continue;
      // The middle of the bar's lower half (clear of its value label).
      assert.deepEqual(png.pixel(Math.round((b.x + b.w / 2) * 2), Math.round((b.y + b.h * 0.75) * 2)), [...parseHexColor(b.fill)], b.bar?.title);
    }
    assert.equal((chartSvg(layout).match(/class="bar"/g) ?? []).length, 4);
  });

  it("bars 50x apart: a log axis, and every bar labelled with its value", () => {
    const layout = ttftChartLayout("t", { dense: [54548.72], anchors: [949.1] });
    assert.equal(layout.scale, "log");
    const svg = chartSvg(layout);
    assert.match(svg, /TTFT \(ms\), log scale/);
    const values = [...svg.matchAll(/<text class="value"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    assert.deepEqual(values, ["54.5 s", "949 ms"]);
    // On a log axis the short bar is a visible bar: at least a fifth of the tall one.
    const h = layout.shapes.flatMap((s) => (s.kind === "rect" && s.bar ? [s.h] : []));
    assert.ok(h[1] > h[0] / 5, `heights ${h.join(", ")}`);
    assert.equal(layoutBarChart({ title: "t", groups: ["a"], series: [{ name: "x", values: [10] }, { name: "y", values: [100] }] }).scale, "linear");
  });

  it("formats TTFT values in ms below a second and in s above", () => {
    assert.deepEqual([formatMs(0.5), formatMs(30), formatMs(949.1), formatMs(1132.99), formatMs(54548.72)], ["0.500 ms", "30.0 ms", "949 ms", "1.13 s", "54.5 s"]);
  });

  it("the bitmap font has a glyph for every printable ASCII character, 5 pixels wide", () => {
    for (let c = 32; c < 127; c++) {
      const ch = String.fromCharCode(c);
      assert.ok(hasGlyph(ch), `no glyph for ${JSON.stringify(ch)}`);
      assert.ok(glyphPixels(ch).every(([x, y]) => x >= 0 && x < GLYPH_WIDTH && y >= 0 && y < 9), ch);
      if (ch !== " ") assert.ok(glyphPixels(ch).length > 0, `empty glyph for ${ch}`);
    }
  });
});
