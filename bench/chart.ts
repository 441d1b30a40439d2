/**
 * Grouped bar charts (no dependencies): TTFT of each agent (x, in call order)
 * for each reuse mode (one series per mode). The chart is laid out once as
 * shapes in pixels, then drawn as SVG or as PNG (bench/raster.ts and a small
 * encoder over node:zlib, so it works offline). Every bar carries its value,
 * and when bars differ by more than 20x the y axis is logarithmic, so a 50x
 * faster bar is a bar, not a sliver. Missing or non-finite values leave a gap.
 */
import { GLYPH_ADVANCE } from "./bitmap-font.js";
import { encodePng } from "./png-encoder.js";
import { parseHexColor, Raster } from "./raster.js";
import { writeReportFile } from "./report-files.js";

export interface ChartSeries {
  readonly name: string;
  /** One value per x group (agent); NaN or undefined for none. */
  readonly values: readonly (number | undefined)[];
}

export interface BarChartOptions {
  readonly title: string;
  /** Labels of the x groups ("agent 1" ...). */
  readonly groups: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly yLabel?: string;
  readonly width?: number;
  readonly height?: number;
  /** "auto" (default): logarithmic when the largest positive value is more than 20x the smallest. */
  readonly scale?: "linear" | "log" | "auto";
  /** How a bar's value is written on it (default: 3 significant digits). */
  readonly format?: (v: number) => string;
}

type TextSize = "title" | "label" | "value";
export type Shape =
  | { readonly kind: "rect"; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fill: string; readonly bar?: { readonly series: string; readonly group: number; readonly title: string } }
  | { readonly kind: "line"; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly stroke: string }
  | { readonly kind: "text"; readonly x: number; readonly y: number; readonly text: string; readonly size: TextSize; readonly anchor: "start" | "middle" | "end"; readonly rotate?: -90; readonly bold?: boolean; readonly legend?: boolean };

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly scale: "linear" | "log";
  readonly shapes: readonly Shape[];
}

// Tableau colours, 8 strong then 8 lighter or darker: up to 16 series keep distinct colours.
const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#a0cbe8", "#8cd17d", "#ffbe7d", "#d37295", "#499894", "#bab0ac", "#79706e"];
const GRID = "#e0e0e0";
const AXIS = "#333333";
const INK = "#000000";
/** Pixels kept above the tallest bar for its value, written upwards. */
const VALUE_ROOM = 44;

/** Escapes text for SVG content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** A "nice" step (1, 2, 5 x 10^k) so that about `ticks` steps cover `max`. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
}

const fmt = (x: number): string => (Math.abs(x) >= 100 || Number.isInteger(x) ? x.toFixed(0) : x.toPrecision(3));
/** Axis ticks of a log scale: 1, 10, 100, 1k, 10k ... */
const tickFmt = (x: number): string => (x >= 1e6 ? `${fmt(x / 1e6)}M` : x >= 1e3 ? `${fmt(x / 1e3)}k` : fmt(x));

const usable = (v: number | undefined, log: boolean): v is number => typeof v === "number" && Number.isFinite(v) && (log ? v > 0 : v >= 0);

/** The chart as shapes in pixel coordinates (what both renderers draw). */
export function layoutBarChart(o: BarChartOptions): ChartLayout {
  const width = o.width ?? 720;
  const height = o.height ?? 400;
  const format = o.format ?? fmt;
  const m = { left: 64, right: 16, top: 40, bottom: 56 + 18 * Math.ceil(o.series.length / 4) };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const positive = o.series.flatMap((s) => s.values).filter((v): v is number => usable(v, true));
  const lo = positive.length ? Math.min(...positive) : 1;
  const hi = positive.length ? Math.max(...positive) : 1;
  const log = o.scale === "log" || ((o.scale ?? "auto") === "auto" && positive.length > 0 && hi / lo > 20);
  const shapes: Shape[] = [];
  shapes.push({ kind: "text", x: width / 2, y: 22, text: o.title, size: "title", anchor: "middle", bold: true });

  // y(v): pixel row of value v. The tallest bar leaves VALUE_ROOM pixels above it for its value.
  const room = plotH / Math.max(1, plotH - VALUE_ROOM);
  let y: (v: number) => number;
  if (log) {
    const e0 = Math.floor(Math.log10(lo));
    const e1 = e0 + Math.max(1, (Math.log10(hi) - e0) * room);
    y = (v) => m.top + plotH - ((Math.log10(v) - e0) / (e1 - e0)) * plotH;
    const minor = e1 - e0 <= 3 ? [2, 5] : [];
    for (let e = e0; e <= e1; e++) {
      for (const k of [1, ...minor]) {
        const v = k * 10 ** e;
        if (Math.log10(v) > e1) break;
        const yy = y(v);
        shapes.push({ kind: "line", x1: m.left, y1: yy, x2: m.left + plotW, y2: yy, stroke: GRID });
        shapes.push({ kind: "text", x: m.left - 6, y: yy + 4, text: tickFmt(v), size: "label", anchor: "end" });
      }
    }
  } else {
    const dataMax = Math.max(0, ...o.series.flatMap((s) => s.values).filter((v): v is number => usable(v, false)));
    const step = dataMax > 0 ? niceStep(dataMax * room, 5) : 1;
    const yMax = Math.max(step, Math.ceil((dataMax * room) / step) * step);
    y = (v) => m.top + plotH - (v / yMax) * plotH;
    for (let v = 0; v <= yMax + step / 2; v += step) {
      const yy = y(v);
      shapes.push({ kind: "line", x1: m.left, y1: yy, x2: m.left + plotW, y2: yy, stroke: GRID });
      shapes.push({ kind: "text", x: m.left - 6, y: yy + 4, text: fmt(v), size: "label", anchor: "end" });
    }
  }
  shapes.push({ kind: "line", x1: m.left, y1: m.top, x2: m.left, y2: m.top + plotH, stroke: AXIS });
  shapes.push({ kind: "line", x1: m.left, y1: m.top + plotH, x2: m.left + plotW, y2: m.top + plotH, stroke: AXIS });
  const yLabel = `${o.yLabel ?? ""}${log ? `${o.yLabel ? ", " : ""}log scale` : ""}`;
  if (yLabel) shapes.push({ kind: "text", x: 16, y: m.top + plotH / 2, text: yLabel, size: "label", anchor: "middle", rotate: -90 });

  // Bars: one group per x label, one bar per series, each with its value.
  const groups = Math.max(1, o.groups.length);
  const groupW = plotW / groups;
  const barW = (groupW * 0.8) / Math.max(1, o.series.length);
  o.groups.forEach((label, g) => {
    const gx = m.left + g * groupW;
    shapes.push({ kind: "text", x: gx + groupW / 2, y: m.top + plotH + 16, text: label, size: "label", anchor: "middle" });
    o.series.forEach((s, i) => {
      const v = s.values[g];
      if (!usable(v, log)) return;
      const x = gx + groupW * 0.1 + i * barW;
      const top = y(v);
      const w = Math.max(0.5, barW - 1);
      shapes.push({ kind: "rect", x, y: top, w, h: m.top + plotH - top, fill: PALETTE[i % PALETTE.length], bar: { series: s.name, group: g, title: `${s.name}, ${label}: ${format(v)}` } });
      // The value above the bar: across it when it fits, else reading upwards.
      const text = format(v);
      const fits = text.length * GLYPH_ADVANCE <= w + 2;
      shapes.push(fits
        ? { kind: "text", x: x + w / 2, y: top - 3, text, size: "value", anchor: "middle" }
        : { kind: "text", x: x + w / 2 + 3.5, y: top - 3, text, size: "value", anchor: "start", rotate: -90 });
    });
  });
  // Legend, four entries per row.
  o.series.forEach((s, i) => {
    const lx = m.left + (i % 4) * (plotW / 4);
    const ly = m.top + plotH + 36 + 18 * Math.floor(i / 4);
    shapes.push({ kind: "rect", x: lx, y: ly - 10, w: 12, h: 12, fill: PALETTE[i % PALETTE.length] });
    shapes.push({ kind: "text", x: lx + 16, y: ly, text: s.name, size: "label", anchor: "start", legend: true });
  });
  return { width, height, scale: log ? "log" : "linear", shapes };
}

const r1 = (x: number) => x.toFixed(1);
const SVG_SIZE: Record<TextSize, number> = { title: 15, label: 12, value: 10 };

export function chartSvg(l: ChartLayout): string {
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect x="0" y="0" width="${l.width}" height="${l.height}" fill="#ffffff"/>`);
  for (const s of l.shapes) {
    if (s.kind === "line") out.push(`<line x1="${r1(s.x1)}" y1="${r1(s.y1)}" x2="${r1(s.x2)}" y2="${r1(s.y2)}" stroke="${s.stroke}"/>`);
    else if (s.kind === "rect") {
      out.push(s.bar
        ? `<rect class="bar" data-series="${escapeXml(s.bar.series)}" data-group="${s.bar.group}" x="${r1(s.x)}" y="${r1(s.y)}" width="${r1(s.w)}" height="${r1(s.h)}" fill="${s.fill}"><title>${escapeXml(s.bar.title)}</title></rect>`
        : `<rect x="${r1(s.x)}" y="${r1(s.y)}" width="${r1(s.w)}" height="${r1(s.h)}" fill="${s.fill}"/>`);
    } else {
      const anchor = s.anchor === "start" ? "" : ` text-anchor="${s.anchor}"`;
      const size = s.size === "label" ? "" : ` font-size="${SVG_SIZE[s.size]}"`;
      const rotate = s.rotate ? ` transform="rotate(${s.rotate} ${r1(s.x)} ${r1(s.y)})"` : "";
      const text = `<text${s.size === "value" ? ' class="value"' : ""} x="${r1(s.x)}" y="${r1(s.y)}"${anchor}${size}${s.bold ? ' font-weight="bold"' : ""}${rotate}>${escapeXml(s.text)}</text>`;
      out.push(s.legend ? `<g class="legend">${text}</g>` : text);
    }
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

/** Font pixel size per text size, at PNG scale 2 (the bitmap font is 5x7). */
const PNG_FONT: Record<TextSize, number> = { title: 3, label: 2, value: 2 };

/** The chart as PNG, drawn at `pixelRatio` times its layout size (default 2, for sharp text). */
export function chartPng(l: ChartLayout, pixelRatio = 2): Buffer {
  const k = pixelRatio;
  const r = new Raster(Math.round(l.width * k), Math.round(l.height * k));
  for (const s of l.shapes) {
    if (s.kind === "line") r.line(s.x1 * k, s.y1 * k, s.x2 * k, s.y2 * k, parseHexColor(s.stroke), Math.max(1, Math.round(k / 2)));
    else if (s.kind === "rect") r.fillRect(s.x * k, s.y * k, s.w * k, s.h * k, parseHexColor(s.fill));
    else r.text(s.x * k, s.y * k, s.text, parseHexColor(INK), { scale: Math.max(1, Math.round((PNG_FONT[s.size] * k) / 2)), anchor: s.anchor, rotate: s.rotate ?? 0, bold: s.bold });
  }
  return encodePng(r.width, r.height, r.pixels);
}

export function renderBarChart(o: BarChartOptions): string {
  return chartSvg(layoutBarChart(o));
}

/** A TTFT value: milliseconds below a second, seconds above. */
export function formatMs(v: number): string {
  return v >= 1000 ? `${(v / 1000).toPrecision(3)} s` : `${v >= 100 ? v.toFixed(0) : v.toPrecision(3)} ms`;
}

/** TTFT by agent (x) and mode (series). */
export function ttftChartLayout(title: string, byMode: Readonly<Record<string, readonly number[]>>): ChartLayout {
  const n = Math.max(0, ...Object.values(byMode).map((v) => v.length));
  return layoutBarChart({
    title,
    groups: Array.from({ length: n }, (_, i) => `agent ${i + 1}`),
    series: Object.entries(byMode).map(([name, values]) => ({ name, values })),
    yLabel: "TTFT (ms)",
    format: formatMs,
  });
}

/** The headline chart of `kvmesh bench ttft` (also redrawn from its JSON by scripts/redraw-charts.ts). */
export function ttftSettingChart(r: { readonly agents: number; readonly inputTokens: number; readonly ttftMsByAgent: Readonly<Record<string, readonly number[]>> }): ChartLayout {
  return ttftChartLayout(`TTFT by agent, ${r.agents} fully connected agents (${r.inputTokens}-token input)`, r.ttftMsByAgent);
}

export function ttftChart(title: string, byMode: Readonly<Record<string, readonly number[]>>): string {
  return chartSvg(ttftChartLayout(title, byMode));
}

/** Writes the chart as OUT.svg and, beside it, OUT.png (any extension of `path` is replaced). Returns both paths. */
export function writeChart(path: string, layout: ChartLayout): { svg: string; png: string } {
  const base = path.replace(/\.(svg|png)$/i, "");
  const files = { svg: `${base}.svg`, png: `${base}.png` };
  writeReportFile(files.svg, chartSvg(layout));
  writeReportFile(files.png, chartPng(layout));
  return files;
}
