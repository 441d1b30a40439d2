/**
 * A grouped bar chart as hand-written SVG (no dependencies): TTFT of each
 * agent (x, in call order) for each reuse mode (one series per mode).
 * Missing or non-finite values leave a gap, never a broken document.
 */

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
}

const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f"];

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

export function renderBarChart(o: BarChartOptions): string {
  const width = o.width ?? 720;
  const height = o.height ?? 400;
  const m = { left: 64, right: 16, top: 40, bottom: 56 + 18 * Math.ceil(o.series.length / 4) };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const finite = o.series.flatMap((s) => s.values).filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0);
  const dataMax = finite.length ? Math.max(...finite) : 0;
  const step = dataMax > 0 ? niceStep(dataMax, 5) : 1;
  const yMax = Math.max(step, Math.ceil(dataMax / step) * step);
  const y = (v: number): number => m.top + plotH - (v / yMax) * plotH;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(o.title)}</text>`);
  // Y axis, grid lines and ticks.
  for (let v = 0; v <= yMax + step / 2; v += step) {
    const yy = y(v).toFixed(1);
    out.push(`<line x1="${m.left}" y1="${yy}" x2="${m.left + plotW}" y2="${yy}" stroke="#e0e0e0"/>`);
    out.push(`<text x="${m.left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle">${fmt(v)}</text>`);
  }
  out.push(`<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${m.top + plotH}" stroke="#333"/>`);
  out.push(`<line x1="${m.left}" y1="${m.top + plotH}" x2="${m.left + plotW}" y2="${m.top + plotH}" stroke="#333"/>`);
  if (o.yLabel) {
    out.push(`<text x="16" y="${m.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 16 ${m.top + plotH / 2})">${escapeXml(o.yLabel)}</text>`);
  }
  // Bars: one group per x label, one bar per series.
  const groups = Math.max(1, o.groups.length);
  const groupW = plotW / groups;
  const barW = (groupW * 0.8) / Math.max(1, o.series.length);
  o.groups.forEach((label, g) => {
    const gx = m.left + g * groupW;
    out.push(`<text x="${(gx + groupW / 2).toFixed(1)}" y="${m.top + plotH + 16}" text-anchor="middle">${escapeXml(label)}</text>`);
    o.series.forEach((s, i) => {
      const v = s.values[g];
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) return;
      const x = gx + groupW * 0.1 + i * barW;
      const top = y(v);
      out.push(`<rect class="bar" data-series="${escapeXml(s.name)}" data-group="${g}" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${Math.max(0.5, barW - 1).toFixed(1)}" height="${(m.top + plotH - top).toFixed(1)}" fill="${PALETTE[i % PALETTE.length]}"><title>${escapeXml(`${s.name}, ${label}: ${fmt(v)}`)}</title></rect>`);
    });
  });
  // Legend, four entries per row.
  o.series.forEach((s, i) => {
    const lx = m.left + (i % 4) * (plotW / 4);
    const ly = m.top + plotH + 36 + 18 * Math.floor(i / 4);
    out.push(`<g class="legend"><rect x="${lx.toFixed(1)}" y="${ly - 10}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/><text x="${(lx + 16).toFixed(1)}" y="${ly}">${escapeXml(s.name)}</text></g>`);
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

/** TTFT by agent (x) and mode (series). */
export function ttftChart(title: string, byMode: Readonly<Record<string, readonly number[]>>): string {
  const n = Math.max(0, ...Object.values(byMode).map((v) => v.length));
  return renderBarChart({
    title,
    groups: Array.from({ length: n }, (_, i) => `agent ${i + 1}`),
    series: Object.entries(byMode).map(([name, values]) => ({ name, values })),
    yLabel: "TTFT (ms)",
  });
}
