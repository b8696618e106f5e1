/**
 * A planned chart drawn as a picture for the Bab III document: a list of marks painted on a host's
 * canvas (CanvasKit in Node, the browser's own in the pane) as PNG; no canvas or DOM here. Only what
 * the Ringkasan needs: clustered horizontal bars (Rupiah) and clustered columns (percentages), from
 * `PlanChart.preview`, in the charts' look (look.ts). Sheets get native charts instead.
 */
import type { PlanChart } from './sheet-plan';
import { formatPersen, formatRupiah } from '../numbers/format-number';
import { CHART_LOOK } from './look';

/** Series fills, in order, and the lines: the charts' look (look.ts), as in the sheets' native charts. */
const PALETTE = CHART_LOOK.series.map((c) => `#${c}`);
/** Width of a chart in drawing units (pixels at scale 1). */
const CHART_WIDTH = 960;
/**
 * Drawing width of a chart in the Bab III document: shown 15–25 cm wide, the 11–12 px labels print at
 * 7–8 pt (at the sheet's 960 they would be 5 pt). The command line and the pane both draw at this size.
 */
export const DOCUMENT_CHART_WIDTH = 640;
/** Pixels per drawing unit of a document chart's PNG: sharp when printed at a page's width. */
export const CHART_SCALE = 3;
const GRID = `#${CHART_LOOK.gridlines}`;
const AXIS = `#${CHART_LOOK.axis}`;
const INK = '#000000';

/** One mark of a chart picture, in pixels from the top left. Text `y` is its baseline. */
export type ChartMark =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor: 'start' | 'middle' | 'end';
      bold?: boolean;
    };

/** A chart as marks on a white canvas of `width` × `height` pixels, drawn in order. */
export interface ChartDrawing {
  width: number;
  height: number;
  marks: ChartMark[];
}

const rect = (x: number, y: number, width: number, height: number, fill: string): ChartMark => ({
  kind: 'rect',
  x,
  y,
  width,
  height,
  fill,
});
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string): ChartMark => ({
  kind: 'line',
  x1,
  y1,
  x2,
  y2,
  stroke,
});
const text = (
  x: number,
  y: number,
  t: string,
  size: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
  bold = false,
): ChartMark => ({ kind: 'text', x, y, text: t, size, anchor, ...(bold ? { bold } : {}) });

/** Words of `text` in lines of at most `width` characters, at most `max` lines (the last cut with …). */
export function wrapLabel(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current === '' || current.length + 1 + word.length <= width)
      current = current ? `${current} ${word}` : word;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1].slice(0, Math.max(width - 1, 1))}…`;
  return kept;
}

/** A round axis maximum at or above `v`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

const valueText = (v: number, percent: boolean) => (percent ? formatPersen(v) : formatRupiah(Math.round(v)));

function legend(chart: PlanChart, y: number): ChartMark[] {
  return chart.preview.series.flatMap((s, i) => {
    const x = 40 + i * 200;
    return [rect(x, y - 10, 14, 14, PALETTE[i % PALETTE.length]), text(x + 20, y + 2, s.name, 13)];
  });
}

function barChart(chart: PlanChart, width: number): ChartDrawing {
  const { categories, series, percent } = chart.preview;
  const left = Math.round(width * 0.36);
  const right = Math.round(width * 0.15);
  const top = 80;
  const barH = 18;
  const band = Math.max(series.length * barH + 22, 48);
  const height = top + categories.length * band + 50;
  const plotW = width - left - right;
  // As many gridlines as leave room for an amount label (13 digits, ~90 px) between them, at most 5.
  const ticks = Math.max(2, Math.min(5, Math.floor(plotW / 100)));
  const step = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))) / ticks);
  const max = step * ticks;
  const x = (v: number) => left + (Math.max(v, 0) / max) * plotW;
  const marks: ChartMark[] = [];
  for (let k = 0; k <= ticks; k++) {
    const v = step * k;
    marks.push(line(x(v), top - 5, x(v), height - 45, GRID));
    marks.push(text(x(v), height - 28, valueText(v, percent), 11, 'middle'));
  }
  categories.forEach((c, i) => {
    const y0 = top + i * band;
    // Budget names are often in capitals, about 8,5 px a letter at 12 px.
    const lines = wrapLabel(c, Math.floor((left - 12) / 8.5), 3);
    const mid = y0 + band / 2;
    lines.forEach((l, j) => {
      marks.push(text(left - 8, mid + (j - (lines.length - 1) / 2) * 14 + 4, l, 12, 'end'));
    });
    series.forEach((s, k) => {
      const v = s.values[i];
      const y = y0 + (band - series.length * barH) / 2 + k * barH;
      if (v === null) return;
      marks.push(rect(left, y, x(v) - left, barH - 3, PALETTE[k % PALETTE.length]));
      marks.push(text(x(v) + 4, y + barH - 7, valueText(v, percent), 11));
    });
  });
  marks.push(line(left, top - 5, left, height - 45, AXIS));
  return frame(chart, width, height, marks);
}

function columnChart(chart: PlanChart, width: number): ChartDrawing {
  const { categories, series, percent } = chart.preview;
  const left = 80;
  const top = 80;
  const plotH = 300;
  const labelLines = 4;
  const height = top + plotH + 20 + labelLines * 14 + 20;
  const plotW = width - left - 40;
  const band = plotW / Math.max(categories.length, 1);
  const barW = Math.min(60, (band - 30) / Math.max(series.length, 1));
  const top100 = Math.max(percent ? 1 : 0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  // Percentages on steps of 20 points just above the highest (120% for a chart at 100%).
  const ticks = percent ? Math.ceil((top100 * 1.05) / 0.2) : 5;
  const max = percent ? ticks * 0.2 : niceMax(top100);
  const y = (v: number) => top + plotH - (Math.max(v, 0) / max) * plotH;
  const marks: ChartMark[] = [];
  for (let k = 0; k <= ticks; k++) {
    const v = (max * k) / ticks;
    const label = percent ? formatPersen(v, 0) : valueText(v, percent);
    marks.push(line(left, y(v), left + plotW, y(v), GRID));
    marks.push(text(left - 8, y(v) + 4, label, 11, 'end'));
  }
  categories.forEach((c, i) => {
    const x0 = left + i * band;
    const start = x0 + (band - series.length * barW) / 2;
    series.forEach((s, k) => {
      const v = s.values[i];
      const bx = start + k * barW;
      if (v === null) {
        marks.push(text(bx + barW / 2, y(0) - 6, '–', 10, 'middle'));
        return;
      }
      marks.push(rect(bx, y(v), barW - 4, y(0) - y(v), PALETTE[k % PALETTE.length]));
      marks.push(text(bx + (barW - 4) / 2, y(v) - 5, valueText(v, percent), 11, 'middle'));
    });
    wrapLabel(c, Math.max(Math.floor(band / 7), 8), labelLines).forEach((l, j) => {
      marks.push(text(x0 + band / 2, top + plotH + 20 + j * 14, l, 12, 'middle'));
    });
  });
  marks.push(line(left, y(0), left + plotW, y(0), AXIS));
  return frame(chart, width, height, marks);
}

function frame(chart: PlanChart, width: number, height: number, body: ChartMark[]): ChartDrawing {
  return {
    width,
    height,
    marks: [
      rect(0, 0, width, height, '#FFFFFF'),
      text(width / 2, 30, chart.title, 17, 'middle', true),
      ...legend(chart, 56),
      ...body,
    ],
  };
}

/**
 * The chart as marks: bars for `bar-clustered`, columns for `column-clustered`, value labels in id-ID
 * (`2.480.794.290`, `98,78%`), the title and a legend, from its preview values, `width` units wide
 * (text keeps its size: a narrower chart shown at the same width has larger letters).
 */
export function chartDrawing(chart: PlanChart, width = CHART_WIDTH): ChartDrawing {
  return chart.kind === 'bar-clustered' ? barChart(chart, width) : columnChart(chart, width);
}

/** What a 2-D canvas offers that painting a chart needs (the browser's and CanvasKit's both do). */
export interface ChartCanvas {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

/**
 * Paints a drawing on a 2-D canvas scaled by `scale` (2 for a sharp picture in a document), in the
 * font family `family` (the host's: Arial in a browser, the bundled Arimo in Node).
 */
export function paintChart(drawing: ChartDrawing, ctx: ChartCanvas, family: string, scale = 1): void {
  for (const m of drawing.marks) {
    if (m.kind === 'rect') {
      ctx.fillStyle = m.fill;
      ctx.fillRect(m.x * scale, m.y * scale, m.width * scale, m.height * scale);
    } else if (m.kind === 'line') {
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = scale;
      ctx.beginPath();
      // Half a pixel off, so a one-pixel line covers one row of pixels instead of two half-grey ones.
      const off = scale % 2 === 1 ? 0.5 : 0;
      ctx.moveTo(Math.round(m.x1 * scale) + off, Math.round(m.y1 * scale) + off);
      ctx.lineTo(Math.round(m.x2 * scale) + off, Math.round(m.y2 * scale) + off);
      ctx.stroke();
    } else {
      ctx.fillStyle = INK;
      ctx.font = `${m.bold ? 'bold ' : ''}${m.size * scale}px ${family}`;
      // Aligned by measuring: CanvasKit's emulated canvas ignores textAlign.
      ctx.textAlign = 'left';
      const w = m.anchor === 'start' ? 0 : ctx.measureText(m.text).width;
      ctx.fillText(m.text, m.x * scale - (m.anchor === 'middle' ? w / 2 : w), m.y * scale);
    }
  }
}
