import { maxOf } from '../core/arrays';
import ExcelJS from 'exceljs';
import type { PlanCell, PlanStyle, SheetPlan, TableId } from '../core/plan/sheet-plan';
import { ownerMarkName } from '../core/plan/sheet-plan';
import { columnLetters } from '../core/snapshot';

/** What writing the plans did to each sheet. */
export interface WriteReport {
  sheets: Array<{
    table: TableId;
    /** The sheet's name in the workbook. */
    sheet: string;
    /** True when an earlier generated sheet of the same table was replaced. */
    replaced: boolean;
    /** The name the plan wanted, when a user sheet had it and another name was chosen. */
    wantedName?: string;
    /** Titles of the plan's charts, which ExcelJS cannot write (the data ranges are on the sheet). */
    omittedCharts?: string[];
  }>;
}

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

/** A sheet name as it appears in references: `'Tabel 3.8'`, with inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** ExcelJS keeps a sheet's position in `orderNo`, which its typings omit. */
interface Ordered {
  orderNo: number;
}

interface DefinedNamesModel {
  model: Array<{ name: string; ranges: string[] }>;
}

function definedNames(wb: ExcelJS.Workbook): DefinedNamesModel {
  return wb.definedNames as unknown as DefinedNamesModel;
}

/** Sheet name of a defined-name range `'Tabel 3.8'!$A$1`. */
function sheetOfRange(range: string): string | undefined {
  const bang = range.lastIndexOf('!');
  if (bang <= 0) return undefined;
  return range
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
}

/** The sheet the add-in generated for a table earlier (its owner mark points at it), if any. */
export function ownedSheet(wb: ExcelJS.Workbook, table: TableId): ExcelJS.Worksheet | undefined {
  const mark = definedNames(wb).model.find((d) => d.name === ownerMarkName(table));
  const sheet = mark?.ranges[0] !== undefined ? sheetOfRange(mark.ranges[0]) : undefined;
  return sheet === undefined ? undefined : wb.getWorksheet(sheet);
}

/** Removes every defined name that refers to a sheet (the owner mark among them). */
function dropNamesOf(wb: ExcelJS.Workbook, sheet: string): void {
  const names = definedNames(wb);
  names.model = names.model
    .map((d) => ({ name: d.name, ranges: d.ranges.filter((r) => sheetOfRange(r) !== sheet) }))
    .filter((d) => d.ranges.length > 0);
}

/** `Tabel 3.8`, else `Tabel 3.8 (2)`, `(3)` … — the first name no sheet has (case-insensitive, ≤ 31 characters). */
export function freeSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Writes sheet plans into a workbook. A sheet the add-in made earlier for the same table (found by its
 * owner mark) is replaced at the same position under its current name; a user sheet is never touched —
 * when one has the wanted name, the new sheet gets a free name (reported). Each written sheet gets its
 * owner mark, a defined name `SAKIP_<id>` → A1. Excel recalculates the formulas on open.
 * Example: `writePlans(workbook, susunWorkbook(result, settings).plans).sheets[0].sheet` → `Tabel 3.2`.
 */
export function writePlans(wb: ExcelJS.Workbook, plans: SheetPlan[]): WriteReport {
  // Build every sheet under a staging name first; only when all are complete do they replace the old
  // generated sheets and take their names. A failure while building leaves the workbook as it was.
  const staged: Array<{ plan: SheetPlan; ws: ExcelJS.Worksheet }> = [];
  try {
    for (const plan of plans) {
      const ws = wb.addWorksheet(freeSheetName(wb, STAGING_NAME));
      staged.push({ plan, ws });
      writeSheet(ws, plan);
    }
  } catch (error) {
    for (const { ws } of staged) wb.removeWorksheet(ws.id);
    throw error;
  }

  const report: WriteReport = { sheets: [] };
  for (const { plan, ws } of staged) {
    const old = ownedSheet(wb, plan.table);
    let name: string;
    if (old) {
      name = old.name;
      const orderNo = (old as unknown as Ordered).orderNo;
      dropNamesOf(wb, old.name);
      wb.removeWorksheet(old.id);
      (ws as unknown as Ordered).orderNo = orderNo;
    } else {
      name = freeSheetName(wb, plan.name);
    }
    ws.name = name;
    definedNames(wb).model = [
      ...definedNames(wb).model.filter((d) => d.name !== ownerMarkName(plan.table)),
      { name: ownerMarkName(plan.table), ranges: [`${quoteSheetName(name)}!$A$1`] },
    ];
    report.sheets.push({
      table: plan.table,
      sheet: name,
      replaced: old !== undefined,
      ...(name !== plan.name && !old ? { wantedName: plan.name } : {}),
      ...(plan.charts && plan.charts.length > 0 ? { omittedCharts: plan.charts.map((c) => c.title) } : {}),
    });
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return report;
}

/** Name of a sheet while it is being built (a free variant is taken when a user sheet has it). */
const STAGING_NAME = 'SAKIP sementara';

function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) return { formula: cell.formula } as ExcelJS.CellFormulaValue;
  if (cell.link) {
    return {
      text: String(cell.value ?? cell.link.cell),
      hyperlink: `#${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`,
    };
  }
  return cell.value ?? null;
}

/**
 * Writes input sheets (the canonical template: Anggaran, Kinerja, SKM) that belong to the user: no owner
 * mark, and never over an existing sheet — a plan whose name is taken is skipped and listed.
 * Example: `writeInputSheets(wb, planTemplateSheets()).skipped` → `['Anggaran']` when that sheet exists.
 */
export function writeInputSheets(
  wb: ExcelJS.Workbook,
  plans: Array<Omit<SheetPlan, 'table'>>,
): { written: string[]; skipped: string[] } {
  const written: string[] = [];
  const skipped: string[] = [];
  for (const plan of plans) {
    if (wb.worksheets.some((w) => w.name.toLowerCase() === plan.name.toLowerCase())) {
      skipped.push(plan.name);
      continue;
    }
    writeSheet(wb.addWorksheet(plan.name), plan);
    written.push(plan.name);
  }
  return { written, skipped };
}

function writeSheet(ws: ExcelJS.Worksheet, plan: Omit<SheetPlan, 'table'>): void {
  plan.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  plan.cells.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      if (cell.value !== undefined || cell.formula !== undefined || cell.link) target.value = cellValue(cell);
      target.style = cellStyle(cell, c, styles);
    });
  });
  // A merge's cells share its first cell's style, as ExcelJS gives them when merging (borders on every edge).
  for (const m of plan.merges) {
    const style = ws.getCell(m.top + 1, m.left + 1).style;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) ws.getCell(r + 1, c + 1).style = style;
  }
  plan.outline.forEach((level, r) => {
    if (level > 0) ws.getRow(r + 1).outlineLevel = level;
  });
  rowHeights(ws, plan);
  ws.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
  // ExcelJS marks a row collapsed when its level reaches outlineLevelRow; one above the deepest keeps all open.
  ws.properties.outlineLevelRow = maxOf(plan.outline, 0) + 1;
  ws.views = [
    { state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows, topLeftCell: undefined },
  ];
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: plan.print.orientation,
    fitToPage: plan.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(plan.print.titleRows
      ? { printTitlesRow: `${plan.print.titleRows[0]}:${plan.print.titleRows[1]}` }
      : {}),
  };
  for (const v of plan.validations ?? []) {
    for (let r = v.range.top; r <= v.range.bottom; r++) {
      for (let c = v.range.left; c <= v.range.right; c++) {
        ws.getCell(r + 1, c + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${v.list.join(',')}"`],
        };
      }
    }
  }
  for (const t of plan.excelTables ?? []) addExcelTable(ws, plan, t);
}

/** An Excel table (ListObject) over cells the plan already holds; ExcelJS rewrites them from `rows`. */
function addExcelTable(
  ws: ExcelJS.Worksheet,
  plan: Omit<SheetPlan, 'table'>,
  t: NonNullable<SheetPlan['excelTables']>[number],
): void {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = t.range.top + 1; r <= t.range.bottom; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = t.range.left; c < t.range.left + t.columns.length; c++) {
      const cell = plan.cells[r]?.[c];
      row.push(cell ? cellValue(cell) : null);
    }
    rows.push(row);
  }
  if (rows.length === 0) rows.push(t.columns.map(() => null));
  ws.addTable({
    name: t.name,
    ref: `${columnLetters(t.range.left)}${t.range.top + 1}`,
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: t.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/**
 * The whole style of a generated cell, one shared object per look (style, link, number format,
 * alignment). ExcelJS renders a cell's style to XML to find its index unless it has seen that very
 * object before, so sharing saves a rendering per cell: most of the time `susun` spent saving a
 * 100 000-line Tabel 3.8. The shared objects are never changed after they are made.
 */
function cellStyle(
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

/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row written by a program to fit
 * its wrapped text (and never a merged cell), so the height is estimated from the text length and the
 * width of the cell or of its merge.
 */
function rowHeights(ws: ExcelJS.Worksheet, plan: Omit<SheetPlan, 'table'>): void {
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
    if (height > 0) ws.getRow(r + 1).height = height;
  });
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

/** The workbook as .xlsx bytes. */
export async function saveXlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
