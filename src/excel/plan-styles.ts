import type { PlanStyle } from '../core/plan/sheet-plan';

/** How a named plan style looks in Excel: the few format properties the adapter sets on a range. */
export interface ExcelStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points, when not the workbook default. */
  size?: number;
  /** Font and fill colours as Excel takes them (`#RRGGBB`); these are cell colours, not UI colours. */
  color?: string;
  fill?: string;
  /** Thin borders on every edge of every cell of the range. */
  borders?: boolean;
  wrap?: boolean;
  horizontal?: 'Left' | 'Center' | 'Right';
  vertical?: 'Top' | 'Center' | 'Bottom';
}

/** The style table, after the seed's tables: bold header on a light fill, levels from bold to plain. */
export const EXCEL_STYLES: Record<PlanStyle, ExcelStyle> = {
  judul: { bold: true, size: 12 },
  subjudul: { italic: true },
  header: {
    bold: true,
    fill: '#D9E1F2',
    borders: true,
    wrap: true,
    horizontal: 'Center',
    vertical: 'Center',
  },
  'nomor-kolom': { italic: true, fill: '#F2F2F2', borders: true, horizontal: 'Center' },
  program: { bold: true, borders: true, wrap: true, vertical: 'Top' },
  kegiatan: { bold: true, italic: true, borders: true, wrap: true, vertical: 'Top' },
  subkegiatan: { borders: true, wrap: true, vertical: 'Top' },
  rekening: { borders: true, wrap: true, vertical: 'Top' },
  jumlah: { bold: true, fill: '#F2F2F2', borders: true },
  teks: { borders: true, wrap: true, vertical: 'Top' },
  catatan: { italic: true, wrap: false },
  isian: { fill: '#FFF2CC', borders: true },
  galat: { color: '#9C0006', fill: '#FFC7CE', borders: true },
  peringatan: { color: '#9C5700', fill: '#FFEB9C', borders: true },
  info: { color: '#1F4E78', borders: true },
};

/** Applies a style to a range or a set of areas (both expose the same `format`). */
export function applyExcelStyle(format: Excel.RangeFormat, style: ExcelStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = style.horizontal;
  if (style.vertical !== undefined) format.verticalAlignment = style.vertical;
  if (style.borders) {
    for (const edge of [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'InsideVertical',
      'InsideHorizontal',
    ] as const) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

/** The border edges applyExcelStyle sets (style and weight each). */
const BORDER_EDGES = 6;

/**
 * How many properties applyExcelStyle sets for a style: each is an action of its own in the request,
 * which the writer counts when it packs batches under Excel's 5 MB limit.
 */
export function excelStyleSets(style: ExcelStyle): number {
  let sets = 0;
  for (const v of [
    style.bold,
    style.italic,
    style.size,
    style.color,
    style.fill,
    style.wrap,
    style.horizontal,
    style.vertical,
  ])
    if (v !== undefined) sets++;
  return style.borders ? sets + BORDER_EDGES * 2 : sets;
}

/** Excel column width in points for a width in characters of the default font (7 px per character + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
