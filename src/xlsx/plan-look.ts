import type ExcelJS from 'exceljs';
import { MAX_ROW_HEIGHT, type PlanCell, type PlanStyle, type SheetPlan } from '../core/plan/sheet-plan';

/**
 * How generated sheets look in an .xlsx file, for both writers (ExcelJS's for the task pane's file
 * mode, the package writer for `sakip susun`): the style table, a cell's whole style, row heights for
 * wrapped text, and sheet names. The styles are ExcelJS's plain style objects, which the package
 * writer renders to styles.xml itself.
 */

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/**
 * The one style table: PlanStyle → font, fill, border and alignment. Colours live only here.
 * `indent` applies to text in the columns after the first (column A holds the numbering, centred).
 */
const STYLES: Record<
  PlanStyle,
  {
    font?: Partial<ExcelJS.Font>;
    fill?: ExcelJS.Fill;
    border?: Partial<ExcelJS.Borders>;
    alignment?: Partial<ExcelJS.Alignment>;
    indent?: number;
  }
> = {
  judul: { font: { bold: true, size: 12 }, alignment: { horizontal: 'center', vertical: 'middle' } },
  subjudul: { font: { bold: true, size: 11 }, alignment: { horizontal: 'center', vertical: 'middle' } },
  header: {
    font: { bold: true, size: 10 },
    fill: fill('FFD9E1F2'),
    border: BOX,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  'nomor-kolom': {
    font: { italic: true, size: 9 },
    fill: fill('FFEDF1F9'),
    border: BOX,
    alignment: { horizontal: 'center', vertical: 'middle' },
  },
  program: {
    font: { bold: true, size: 10 },
    fill: fill('FFF2F2F2'),
    border: BOX,
    alignment: { vertical: 'top', wrapText: true },
  },
  kegiatan: {
    font: { bold: true, size: 10 },
    border: BOX,
    alignment: { vertical: 'top', wrapText: true },
    indent: 1,
  },
  subkegiatan: { font: { size: 10 }, border: BOX, alignment: { vertical: 'top', wrapText: true }, indent: 2 },
  rekening: {
    font: { size: 10, color: { argb: 'FF404040' } },
    border: BOX,
    alignment: { vertical: 'top', wrapText: true },
    indent: 3,
  },
  jumlah: {
    font: { bold: true, size: 10 },
    fill: fill('FFD9E1F2'),
    border: BOX,
    alignment: { horizontal: 'center', vertical: 'middle' },
  },
  teks: { font: { size: 10 }, border: BOX, alignment: { vertical: 'top', wrapText: true } },
  catatan: { font: { italic: true, size: 9 }, alignment: { vertical: 'top', wrapText: true } },
  isian: { font: { size: 10 }, fill: fill('FFFFF2CC'), border: BOX },
  galat: {
    font: { bold: true, size: 10, color: { argb: 'FF9C0006' } },
    fill: fill('FFFFC7CE'),
    border: BOX,
    alignment: { vertical: 'top' },
  },
  peringatan: {
    font: { bold: true, size: 10, color: { argb: 'FF9C5700' } },
    fill: fill('FFFFEB9C'),
    border: BOX,
    alignment: { vertical: 'top' },
  },
  info: {
    font: { size: 10, color: { argb: 'FF1F4E78' } },
    fill: fill('FFDDEBF7'),
    border: BOX,
    alignment: { vertical: 'top' },
  },
};

const LINK_FONT: Partial<ExcelJS.Font> = { size: 10, underline: true, color: { argb: 'FF0563C1' } };

/** `wanted`, else `wanted (2)`, `(3)` … — the first name not in `taken` (lower-cased names), ≤ 31 characters. */
export function firstFreeName(taken: ReadonlySet<string>, wanted: string): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A sheet name as it appears in references: `'Tabel 3.8'`, with inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The whole style of a generated cell, one shared object per look (style, link, number format,
 * alignment). ExcelJS renders a cell's style to XML to find its index unless it has seen that very
 * object before, so sharing saves a rendering per cell: most of the time `susun` spent saving a
 * 100 000-line Tabel 3.8. The shared objects are never changed after they are made.
 */
export function cellStyle(
  cell: PlanCell,
  col: number,
  cache: Map<string, Partial<ExcelJS.Style>>,
): Partial<ExcelJS.Style> {
  const s = cell.style ? STYLES[cell.style] : undefined;
  // Number columns align right, also where a formula yields "-" or a text; column A (numbering) centred.
  const align = cell.numberFormat
    ? 'right'
    : col === 0 && !UNCENTRED.has(cell.style ?? '')
      ? 'center'
      : typeof cell.value === 'string' && s?.indent
        ? 'indent'
        : '';
  const key = `${cell.style ?? ''}\u0000${cell.link ? 1 : 0}\u0000${cell.numberFormat ?? ''}\u0000${align}`;
  let style = cache.get(key);
  if (style !== undefined) return style;
  style = {};
  if (cell.numberFormat) style.numFmt = cell.numberFormat;
  if (s?.font) style.font = cell.link ? { ...s.font, ...LINK_FONT } : s.font;
  else if (cell.link) style.font = LINK_FONT;
  if (s?.fill) style.fill = s.fill;
  if (s?.border) style.border = s.border;
  const alignment: Partial<ExcelJS.Alignment> = { ...(s?.alignment ?? {}) };
  if (align === 'right' || align === 'center') alignment.horizontal = align;
  else if (align === 'indent') alignment.indent = s?.indent;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  cache.set(key, style);
  return style;
}

/** Styles whose text in column A keeps its own alignment (titles and notes are not numbering). */
const UNCENTRED: ReadonlySet<string> = new Set(['judul', 'subjudul', 'catatan', 'teks']);

/** Width of a column the plan gives none (Excel's default), and the height of one line of 10 pt text. */
const DEFAULT_WIDTH = 9;
const LINE_HEIGHT = 13;
/** Characters of 10 pt text per unit of column width (which is measured in 11 pt digits). */
const CHARS_PER_WIDTH = 1.15;
const CHARS_PER_WIDTH_BOLD = 1.12;

/** Text width in average characters: capitals are wider than lower case. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch >= 'A' && ch <= 'Z' ? 1.25 : 1;
  return w;
}

/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row written by a program to fit
 * its wrapped text (and never a merged cell), so the height is estimated from the text length and the
 * width of the cell or of its merge. Rows without a height are left out (sparse).
 */
export function planRowHeights(plan: Omit<SheetPlan, 'table'>): Array<number | undefined> {
  const heights: Array<number | undefined> = [];
  const spanWidth = new Map<string, number>();
  for (const m of plan.merges) {
    if (m.top !== m.bottom) continue;
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += plan.columnWidths[c] ?? DEFAULT_WIDTH;
    spanWidth.set(`${m.top}:${m.left}`, w);
  }
  plan.cells.forEach((row, r) => {
    let lines = 1;
    row?.forEach((cell, c) => {
      const style = cell?.style ? STYLES[cell.style] : undefined;
      if (!cell || typeof cell.value !== 'string' || !style?.alignment?.wrapText) return;
      const width = spanWidth.get(`${r}:${c}`) ?? plan.columnWidths[c] ?? DEFAULT_WIDTH;
      const usable =
        Math.max(width - 1 - (style.indent ?? 0), 4) *
        (style.font?.bold ? CHARS_PER_WIDTH_BOLD : CHARS_PER_WIDTH);
      lines = Math.max(lines, Math.ceil(textWidth(cell.value) / usable));
    });
    // A height the plan gives (a wrapped formula result, which no estimate here can see) wins when taller.
    const height = Math.max(lines > 1 ? LINE_HEIGHT * lines + 2 : 0, plan.rowHeights?.[r] ?? 0);
    if (height > 0) heights[r] = Math.min(height, MAX_ROW_HEIGHT);
  });
  return heights;
}
