import type { ScaleBand } from '../core/settings';

/** Which scale: kategori bounds are typed as percentages and stored as fractions; predikat bounds are points. */
export type ScaleKind = 'kategori' | 'predikat';

/**
 * A custom scale typed one band per line, lower bound then label (`91 Sangat Tinggi`, `88,5; A`).
 * Returns the bands highest first, `undefined` for an empty text (the regulation's scale applies), or
 * the 1-based number of the first line that cannot be read.
 * Example: `parseScaleText('91 Sangat Tinggi\n76 Tinggi', 'kategori')` →
 * `{ok: true, bands: [{lower: 0.91, label: 'Sangat Tinggi'}, {lower: 0.76, label: 'Tinggi'}]}`.
 */
export function parseScaleText(
  text: string,
  kind: ScaleKind,
): { ok: true; bands?: ScaleBand[] } | { ok: false; line: number } {
  const lines = text.split(/\r?\n/);
  const bands: ScaleBand[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const m = /^\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*[;:\t ]\s*(\S.*?)\s*$/.exec(lines[i]);
    if (!m) return { ok: false, line: i + 1 };
    const points = Number(m[1].replace(',', '.'));
    bands.push({ lower: kind === 'kategori' ? Math.round(points * 1e6) / 1e8 : points, label: m[2] });
  }
  if (bands.length === 0) return { ok: true };
  return { ok: true, bands: bands.sort((a, b) => b.lower - a.lower) };
}

/** The text of a stored scale, as parseScaleText reads it: `91 Sangat Tinggi` per line. */
export function scaleToText(bands: ScaleBand[] | undefined, kind: ScaleKind): string {
  if (!bands) return '';
  return bands
    .map((b) => {
      const points = kind === 'kategori' ? Math.round(b.lower * 1e8) / 1e6 : b.lower;
      return `${String(points).replace('.', ',')} ${b.label}`;
    })
    .join('\n');
}
