/**
 * Column widths of a document table that fit the page: every column at least as wide as its longest
 * word (a number, `2.702.337.210` or `98,78%`, is one word and never wraps), the rest of the width
 * shared by how much text each column holds.
 */
import type { LaporanTable } from './document';

/** Average advance of one character of 9-pt Arial in twips (1/20 pt): digits 0,556 em, capitals up to 0,72. */
const CHAR = 105;
/** Bold header capitals are wider. */
const HEADER_CHAR = 135;
/** Left and right cell margins (80 twips each, as the writer sets them) plus the border. */
const PADDING = 190;
/** A column of long texts (names, indicators) keeps at least this many characters a line. */
const TEXT_LINE = 16;
/** Beyond this many characters a text is expected to wrap. */
const NATURAL_MAX = 70;

/** The longest piece of a cell that cannot wrap: its longest word (`7 Lembaga Kemasyarakatan` wraps after the 7). */
function unbreakable(text: string): string {
  return text.split(/[\s/]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * Widths in twips summing to `available` (twips) for `table`, as a browser lays out an automatic
 * table: each column wants the width of its longest text on one line (at most NATURAL_MAX characters)
 * and needs that of its longest word; when the wanted widths fit they grow alike, else each column gets
 * what it needs plus a share of the rest in proportion to what it wants beyond that. Cells merged
 * across columns count for none of them. When even the needs do not fit, they shrink alike.
 * Example: Tabel 3.8 on a landscape A4 page (13 719 twips) keeps each Rupiah amount on one line.
 */
export function fitColumns(table: LaporanTable, available: number): number[] {
  const n = table.rows.reduce((a, r) => Math.max(a, r.length), 0);
  const spanned = new Set<string>();
  for (const m of table.merges) {
    if (m.right === m.left) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) spanned.add(`${r}:${c}`);
  }
  const base = PADDING + 2 * CHAR;
  const need = new Array<number>(n).fill(base);
  const want = new Array<number>(n).fill(base);
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (spanned.has(`${r}:${c}`)) return;
      const per = cell.style === 'header' ? HEADER_CHAR : CHAR;
      const length = [...cell.text].length;
      const word = [...unbreakable(cell.text)].length;
      // A placeholder is to be replaced: it asks for no line width of its own.
      const text = cell.align === 'left' && cell.style !== 'header' && !cell.placeholder;
      const line = text ? Math.min(length, TEXT_LINE) : 0;
      need[c] = Math.max(need[c], PADDING + Math.max(word, line) * per);
      want[c] = Math.max(want[c], need[c], PADDING + Math.min(length, NATURAL_MAX) * per);
    }),
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(need) >= available) widths = need.map((w) => (w * available) / sum(need));
  else if (sum(want) <= available) widths = want.map((w) => (w * available) / sum(want));
  else {
    const extra = available - sum(need);
    const beyond = sum(want) - sum(need);
    widths = need.map((w, c) => w + (extra * (want[c] - w)) / beyond);
  }
  const out = widths.map((w) => Math.floor(w));
  out[out.length - 1] += available - sum(out);
  return out;
}
