/**
 * A planned chart drawn as an SVG picture, for hosts that cannot write native charts (the .xlsx writer
 * of the command line). Plain text out; no canvas, no DOM. Only what the Ringkasan needs: clustered
 * horizontal bars (Rupiah) and clustered columns (percentages), from `PlanChart.preview`.
 */
import type { PlanChart, SheetPlan } from './sheet-plan';
import { formatPersen, formatRupiah } from '../numbers/format-number';

/** Series fills, in order (Excel's first two default colours). */
const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000'];
const FONT = 'font-family="Arial, Helvetica, sans-serif"';
const WIDTH = 960;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

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

function legend(chart: PlanChart, y: number): string {
  return chart.preview.series
    .map((s, i) => {
      const x = 40 + i * 200;
      return (
        `<rect x="${x}" y="${y - 10}" width="14" height="14" fill="${PALETTE[i % PALETTE.length]}"/>` +
        `<text x="${x + 20}" y="${y + 2}" font-size="13" ${FONT}>${esc(s.name)}</text>`
      );
    })
    .join('');
}

function barChart(chart: PlanChart): string {
  const { categories, series, percent } = chart.preview;
  const left = 350;
  const right = 140;
  const top = 80;
  const barH = 18;
  const band = Math.max(series.length * barH + 22, 48);
  const height = top + categories.length * band + 50;
  const plotW = WIDTH - left - right;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const x = (v: number) => left + (Math.max(v, 0) / max) * plotW;
  const parts: string[] = [];
  for (let k = 0; k <= 5; k++) {
    const v = (max * k) / 5;
    parts.push(`<line x1="${x(v)}" y1="${top - 5}" x2="${x(v)}" y2="${height - 45}" stroke="#D9D9D9"/>`);
    parts.push(
      `<text x="${x(v)}" y="${height - 28}" font-size="11" text-anchor="middle" ${FONT}>${esc(valueText(v, percent))}</text>`,
    );
  }
  categories.forEach((c, i) => {
    const y0 = top + i * band;
    // Budget names are often in capitals, about 8 px a letter at 12 px.
    const lines = wrapLabel(c, 40, 3);
    const mid = y0 + band / 2;
    lines.forEach((l, j) => {
      const ly = mid + (j - (lines.length - 1) / 2) * 14 + 4;
      parts.push(`<text x="${left - 8}" y="${ly}" font-size="12" text-anchor="end" ${FONT}>${esc(l)}</text>`);
    });
    series.forEach((s, k) => {
      const v = s.values[i];
      const y = y0 + (band - series.length * barH) / 2 + k * barH;
      if (v === null) return;
      parts.push(
        `<rect x="${left}" y="${y}" width="${x(v) - left}" height="${barH - 3}" fill="${PALETTE[k % PALETTE.length]}"/>`,
      );
      parts.push(
        `<text x="${x(v) + 4}" y="${y + barH - 7}" font-size="11" ${FONT}>${esc(valueText(v, percent))}</text>`,
      );
    });
  });
  parts.push(`<line x1="${left}" y1="${top - 5}" x2="${left}" y2="${height - 45}" stroke="#595959"/>`);
  return frame(chart, height, parts.join(''));
}

function columnChart(chart: PlanChart): string {
  const { categories, series, percent } = chart.preview;
  const left = 80;
  const top = 80;
  const plotH = 300;
  const labelLines = 4;
  const height = top + plotH + 20 + labelLines * 14 + 20;
  const plotW = WIDTH - left - 40;
  const band = plotW / Math.max(categories.length, 1);
  const barW = Math.min(60, (band - 30) / Math.max(series.length, 1));
  const top100 = Math.max(percent ? 1 : 0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  // Percentages on steps of 20 points just above the highest (120% for a chart at 100%).
  const ticks = percent ? Math.ceil((top100 * 1.05) / 0.2) : 5;
  const max = percent ? ticks * 0.2 : niceMax(top100);
  const y = (v: number) => top + plotH - (Math.max(v, 0) / max) * plotH;
  const parts: string[] = [];
  for (let k = 0; k <= ticks; k++) {
    const v = (max * k) / ticks;
    const label = percent ? formatPersen(v, 0) : valueText(v, percent);
    parts.push(`<line x1="${left}" y1="${y(v)}" x2="${left + plotW}" y2="${y(v)}" stroke="#D9D9D9"/>`);
    parts.push(
      `<text x="${left - 8}" y="${y(v) + 4}" font-size="11" text-anchor="end" ${FONT}>${esc(label)}</text>`,
    );
  }
  categories.forEach((c, i) => {
    const x0 = left + i * band;
    const start = x0 + (band - series.length * barW) / 2;
    series.forEach((s, k) => {
      const v = s.values[i];
      const bx = start + k * barW;
      if (v === null) {
        parts.push(
          `<text x="${bx + barW / 2}" y="${y(0) - 6}" font-size="10" text-anchor="middle" ${FONT}>–</text>`,
        );
        return;
      }
      parts.push(
        `<rect x="${bx}" y="${y(v)}" width="${barW - 4}" height="${y(0) - y(v)}" fill="${PALETTE[k % PALETTE.length]}"/>`,
      );
      parts.push(
        `<text x="${bx + (barW - 4) / 2}" y="${y(v) - 5}" font-size="11" text-anchor="middle" ${FONT}>${esc(valueText(v, percent))}</text>`,
      );
    });
    wrapLabel(c, Math.max(Math.floor(band / 7), 8), labelLines).forEach((l, j) => {
      parts.push(
        `<text x="${x0 + band / 2}" y="${top + plotH + 20 + j * 14}" font-size="12" text-anchor="middle" ${FONT}>${esc(l)}</text>`,
      );
    });
  });
  parts.push(`<line x1="${left}" y1="${y(0)}" x2="${left + plotW}" y2="${y(0)}" stroke="#595959"/>`);
  return frame(chart, height, parts.join(''));
}

function frame(chart: PlanChart, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">` +
    `<rect width="100%" height="100%" fill="#FFFFFF"/>` +
    `<text x="${WIDTH / 2}" y="30" font-size="17" font-weight="bold" text-anchor="middle" ${FONT}>${esc(chart.title)}</text>` +
    legend(chart, 56) +
    body +
    '</svg>\n'
  );
}

/**
 * The chart as an SVG document (text), drawn from its preview values: bars for `bar-clustered`,
 * columns for `column-clustered`, value labels in id-ID (`2.480.794.290`, `98,78%`), the title and a
 * legend. Example: `chartSvg(ringkasan.charts[0]).startsWith('<svg')` → true.
 */
export function chartSvg(chart: PlanChart): string {
  return chart.kind === 'bar-clustered' ? barChart(chart) : columnChart(chart);
}

/**
 * SVG pictures of every chart in the plans, with a file name suffix for each (`grafik-1.svg` …), for a
 * host that writes files beside its output. Example: the Ringkasan's two charts → two entries.
 */
export function chartPictures(plans: SheetPlan[]): Array<{ suffix: string; title: string; svg: string }> {
  const charts = plans.flatMap((p) => p.charts ?? []);
  return charts.map((c, i) => ({ suffix: `grafik-${i + 1}.svg`, title: c.title, svg: chartSvg(c) }));
}
