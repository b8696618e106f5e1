/**
 * How generated sheets look, decided once for every host: the Office adapter, the .xlsx package writer
 * and the Word writer all read this module and only carry it out. A plan names a style per cell
 * (PlanStyle); this module turns a cell into its whole look — font, fill, border, alignment, indent —
 * and gives the row heights wrapped text needs and the colours of charts. Colours are six hex digits
 * (`D9E1F2`), cell colours rather than interface colours.
 */
import { MAX_ROW_HEIGHT, type PlanCell, type PlanStyle, type SheetPlan } from './sheet-plan';

/** A colour as six hex digits, `RRGGBB`. */
export type Rgb = string;

export interface FontLook {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Points. */
  size: number;
  /** Absent: the automatic (black) text colour. */
  color?: Rgb;
}

/** The look of one cell. Absent parts are the workbook's defaults (its font, no fill, no border, General alignment). */
export interface CellLook {
  font?: FontLook;
  fill?: Rgb;
  /** Thin borders of this colour on all four edges. */
  border?: Rgb;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center';
  wrap: boolean;
  /** Indent levels (one is about three characters); only with `horizontal: 'left'`. */
  indent: number;
}

/** What a plan style sets; the rest of a cell's look follows from its place and content (cellLook). */
interface StyleLook {
  font: Omit<FontLook, 'underline'>;
  fill?: Rgb;
  border?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center';
  wrap?: boolean;
  /** Indent of text outside column A (which holds the numbering), one level per step of the budget tree. */
  indent?: number;
}

/** Grey of every cell border. */
export const BORDER_COLOR: Rgb = '808080';

const FONT = (size: number, bold = false, italic = false, color?: Rgb): StyleLook['font'] => ({
  bold,
  italic,
  size,
  ...(color ? { color } : {}),
});

/**
 * The style table, after the seed's tables: a bold header on a light blue fill over a light column-
 * number row, levels of the budget tree from bold on grey (program) to plain grey text (rekening),
 * each level indented one step more, the JUMLAH row in the header's blue, findings in Excel's own
 * error/warning colours, cells to fill in yellow.
 */
export const STYLE_LOOK: Record<PlanStyle, StyleLook> = {
  judul: { font: FONT(12, true), horizontal: 'center', vertical: 'center' },
  subjudul: { font: FONT(11, true), horizontal: 'center', vertical: 'center' },
  header: {
    font: FONT(10, true),
    fill: 'D9E1F2',
    border: true,
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
  },
  'nomor-kolom': {
    font: FONT(9, false, true),
    fill: 'EDF1F9',
    border: true,
    horizontal: 'center',
    vertical: 'center',
  },
  program: { font: FONT(10, true), fill: 'F2F2F2', border: true, vertical: 'top', wrap: true },
  kegiatan: { font: FONT(10, true), border: true, vertical: 'top', wrap: true, indent: 1 },
  subkegiatan: { font: FONT(10), border: true, vertical: 'top', wrap: true, indent: 2 },
  rekening: { font: FONT(10, false, false, '404040'), border: true, vertical: 'top', wrap: true, indent: 3 },
  jumlah: { font: FONT(10, true), fill: 'D9E1F2', border: true, horizontal: 'center', vertical: 'center' },
  teks: { font: FONT(10), border: true, vertical: 'top', wrap: true },
  catatan: { font: FONT(9, false, true), vertical: 'top', wrap: true },
  isian: { font: FONT(10), fill: 'FFF2CC', border: true },
  galat: { font: FONT(10, true, false, '9C0006'), fill: 'FFC7CE', border: true, vertical: 'top' },
  peringatan: { font: FONT(10, true, false, '9C5700'), fill: 'FFEB9C', border: true, vertical: 'top' },
  info: { font: FONT(10, false, false, '1F4E78'), fill: 'DDEBF7', border: true, vertical: 'top' },
};

/** A link to a cell: underlined, in Excel's hyperlink blue. */
const LINK_COLOR: Rgb = '0563C1';
const LINK_SIZE = 10;

/** Styles whose text in column A keeps the style's alignment (titles, notes, text rows are not numbering). */
const UNCENTRED: ReadonlySet<PlanStyle> = new Set(['judul', 'subjudul', 'catatan', 'teks']);

/** Series colours of charts, in order (Excel's first default colours), and the lines of a drawn chart. */
export const CHART_LOOK = {
  series: ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000'] as readonly Rgb[],
  gridlines: 'D9D9D9' as Rgb,
  axis: '595959' as Rgb,
};

/** The fill of a chart's `index`-th series (0-based). */
export function seriesColor(index: number): Rgb {
  return CHART_LOOK.series[index % CHART_LOOK.series.length];
}

/** How a cell's horizontal alignment follows from where it is and what it holds. */
type Placing = 'number' | 'numbering' | 'indented' | 'style';

function placingOf(cell: PlanCell, col: number, style: StyleLook | undefined): Placing {
  // Number columns align right, also where a formula yields "-" or a text; column A holds the numbering.
  if (cell.numberFormat) return 'number';
  if (col === 0 && !UNCENTRED.has(cell.style as PlanStyle)) return 'numbering';
  if (typeof cell.value === 'string' && style?.indent) return 'indented';
  return 'style';
}

/**
 * The looks of a sheet's cells, one shared object per distinct look so that hosts can group cells by
 * identity (the Office adapter formats each group at once, the package writer gives each one style
 * index). Example: `new CellLooks().of({ value: 'JUMLAH', style: 'jumlah' }, 0)?.fill` → `'D9E1F2'`.
 */
export class CellLooks {
  private readonly byKey = new Map<string, CellLook | undefined>();

  /** The cell's look, or undefined when it has none (no style, number format or link): the workbook's default. */
  of(cell: PlanCell | undefined, col: number): CellLook | undefined {
    if (!cell) return undefined;
    const style = cell.style ? STYLE_LOOK[cell.style] : undefined;
    const placing = placingOf(cell, col, style);
    const key = `${cell.style ?? ''}|${cell.link ? 1 : 0}|${placing}`;
    if (this.byKey.has(key)) return this.byKey.get(key);
    const look = lookOf(style, cell.link !== undefined, placing, cell.numberFormat !== undefined);
    this.byKey.set(key, look);
    return look;
  }
}

function lookOf(
  style: StyleLook | undefined,
  link: boolean,
  placing: Placing,
  numbered: boolean,
): CellLook | undefined {
  if (!style && !link && !numbered) return undefined;
  const look: CellLook = { wrap: style?.wrap === true, indent: 0 };
  if (style || link) {
    const base = style?.font ?? FONT(LINK_SIZE);
    look.font = {
      bold: base.bold,
      italic: base.italic,
      underline: link,
      size: link ? LINK_SIZE : base.size,
      ...(link ? { color: LINK_COLOR } : base.color ? { color: base.color } : {}),
    };
  }
  if (style?.fill) look.fill = style.fill;
  if (style?.border) look.border = BORDER_COLOR;
  if (style?.vertical) look.vertical = style.vertical;
  if (placing === 'number') look.horizontal = 'right';
  else if (placing === 'numbering') look.horizontal = 'center';
  else if (placing === 'indented') {
    look.horizontal = 'left';
    look.indent = style?.indent ?? 0;
  } else if (style?.horizontal) look.horizontal = style.horizontal;
  return look;
}

/**
 * Every cell's look on a sheet, the cells inside a merge taking the look of its first cell (a merged
 * title's or header's borders and fill then cover the whole merge, in every host alike).
 * Example: `sheetLooks(plan).at(0, 3)` is the look of the title merged over A1:F1.
 */
export function sheetLooks(plan: Omit<SheetPlan, 'table'>): {
  at(row: number, col: number): CellLook | undefined;
  /** Columns to visit in a row: its cells and the merges that cover it. */
  width(row: number): number;
} {
  const looks = new CellLooks();
  const covering = new Map<number, Array<{ left: number; right: number; top: number }>>();
  for (const m of plan.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = covering.get(r) ?? [];
      list.push({ left: m.left, right: m.right, top: m.top });
      covering.set(r, list);
    }
  }
  return {
    at(row, col) {
      const own = plan.cells[row]?.[col];
      if (own) return looks.of(own, col);
      const merge = covering.get(row)?.find((m) => m.left <= col && col <= m.right);
      return merge ? looks.of(plan.cells[merge.top]?.[merge.left], merge.left) : undefined;
    },
    width(row) {
      let w = plan.cells[row]?.length ?? 0;
      for (const m of covering.get(row) ?? []) w = Math.max(w, m.right + 1);
      return w;
    },
  };
}

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
 * Row heights in points for wrapped text, by 0-based row (sparse: rows without one keep the host's
 * height). Neither Excel nor LibreOffice grows a row written by a program to fit its wrapped text (and
 * never a merged cell), so the height is estimated from the text's length and the width of its cell or
 * merge; a height the plan gives (a wrapped formula result, which no estimate here can see) wins when
 * taller. None exceeds MAX_ROW_HEIGHT.
 * Example: 100 lower-case characters of a sub kegiatan in a column 40 wide → 3 lines, 41 points.
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
  const rows = Math.max(plan.cells.length, plan.rowHeights?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    let lines = 1;
    plan.cells[r]?.forEach((cell, c) => {
      const style = cell?.style ? STYLE_LOOK[cell.style] : undefined;
      if (!cell || typeof cell.value !== 'string' || !style?.wrap) return;
      const width = spanWidth.get(`${r}:${c}`) ?? plan.columnWidths[c] ?? DEFAULT_WIDTH;
      const usable =
        Math.max(width - 1 - (style.indent ?? 0), 4) *
        (style.font.bold ? CHARS_PER_WIDTH_BOLD : CHARS_PER_WIDTH);
      lines = Math.max(lines, Math.ceil(textWidth(cell.value) / usable));
    });
    const height = Math.max(lines > 1 ? LINE_HEIGHT * lines + 2 : 0, plan.rowHeights?.[r] ?? 0);
    if (height > 0) heights[r] = Math.min(height, MAX_ROW_HEIGHT);
  }
  return heights;
}
