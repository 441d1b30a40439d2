/** An RGB pixel canvas with the few operations a bar chart needs: rectangles, lines and bitmap-font text. */
import { GLYPH_ASCENT, GLYPH_ADVANCE, glyphPixels, textWidth } from "./bitmap-font.js";

export type Rgb = readonly [number, number, number];

/** "#4e79a7" -> [78, 121, 167]. */
export function parseHexColor(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new RangeError(`not a #rrggbb color: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export class Raster {
  readonly pixels: Uint8Array;

  constructor(readonly width: number, readonly height: number, background: Rgb = [255, 255, 255]) {
    this.pixels = new Uint8Array(width * height * 3);
    for (let i = 0; i < this.pixels.length; i += 3) this.pixels.set(background, i);
  }

  set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    this.pixels.set(c, (y * this.width + x) * 3);
  }

  get(x: number, y: number): Rgb {
    const i = (y * this.width + x) * 3;
    return [this.pixels[i], this.pixels[i + 1], this.pixels[i + 2]];
  }

  /** Pixels [x, x + w) x [y, y + h), rounded to whole pixels. */
  fillRect(x: number, y: number, w: number, h: number, c: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) this.pixels.set(c, (yy * this.width + xx) * 3);
  }

  /** A horizontal or vertical line `thickness` pixels wide (charts draw no others). */
  line(x1: number, y1: number, x2: number, y2: number, c: Rgb, thickness = 1): void {
    const half = thickness / 2;
    if (Math.abs(y1 - y2) < 0.5) this.fillRect(Math.min(x1, x2), y1 - half, Math.abs(x2 - x1) + thickness, thickness, c);
    else if (Math.abs(x1 - x2) < 0.5) this.fillRect(x1 - half, Math.min(y1, y2), thickness, Math.abs(y2 - y1) + thickness, c);
    else throw new RangeError("Raster.line draws horizontal and vertical lines only");
  }

  /**
   * Text with its baseline at `y`, anchored at `x` (start, middle, end), each
   * font pixel drawn as a `scale` x `scale` square. Rotated -90 degrees, it
   * reads bottom to top and `x` is the baseline.
   */
  text(x: number, y: number, text: string, c: Rgb, o: { scale: number; anchor?: "start" | "middle" | "end"; rotate?: 0 | -90; bold?: boolean }): void {
    const s = o.scale;
    const w = textWidth(text, s);
    const shift = o.anchor === "middle" ? w / 2 : o.anchor === "end" ? w : 0;
    [...text].forEach((ch, i) => {
      for (const [gx, gy] of glyphPixels(ch)) {
        // Position along the text (u) and across it, from the baseline up (v).
        const u = i * GLYPH_ADVANCE * s + gx * s - shift;
        const v = (GLYPH_ASCENT - gy) * s;
        const [px, py] = o.rotate === -90 ? [x - v, y - u - s] : [x + u, y - v];
        this.fillRect(px, py, o.bold ? s + 1 : s, s, c);
      }
    });
  }
}
