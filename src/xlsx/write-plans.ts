import { maxOf } from '../core/arrays';
import ExcelJS from 'exceljs';
import type { PlanCell, SheetPlan, TableId } from '../core/plan/sheet-plan';
import { ownerMarkName } from '../core/plan/sheet-plan';
import { freeTemplateTableName } from '../core/recognise/template-spec';
import { columnLetters } from '../core/snapshot';
import { cellStyle, firstFreeName, planRowHeights, quoteSheetName } from './plan-look';
import { putExcelJSOrderRight } from './exceljs-order';

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
  return firstFreeName(new Set(wb.worksheets.map((w) => w.name.toLowerCase())), wanted);
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
 * mark, and never over an existing sheet — a plan whose name is taken is skipped and listed. Their Excel
 * tables take free names (`Anggaran_2` when a table or defined name already has `Anggaran`), as Excel
 * keeps table names unique across the workbook and repairs a file that breaks that.
 * Example: `writeInputSheets(wb, planTemplateSheets()).skipped` → `['Anggaran']` when that sheet exists.
 */
export function writeInputSheets(
  wb: ExcelJS.Workbook,
  plans: Array<Omit<SheetPlan, 'table'>>,
): { written: string[]; skipped: string[] } {
  const written: string[] = [];
  const skipped: string[] = [];
  const tableNames = new Set(
    [...wb.worksheets.flatMap((ws) => excelTableNames(ws)), ...definedNames(wb).model.map((d) => d.name)].map(
      (n) => n.toLowerCase(),
    ),
  );
  for (const plan of plans) {
    if (wb.worksheets.some((w) => w.name.toLowerCase() === plan.name.toLowerCase())) {
      skipped.push(plan.name);
      continue;
    }
    const excelTables = plan.excelTables?.map((t) => {
      const free = freeTemplateTableName(t.name, tableNames);
      tableNames.add(free.toLowerCase());
      return { ...t, name: free };
    });
    writeSheet(wb.addWorksheet(plan.name), excelTables ? { ...plan, excelTables } : plan);
    written.push(plan.name);
  }
  return { written, skipped };
}

/** Names of a sheet's Excel tables, as ExcelJS holds them. */
function excelTableNames(ws: ExcelJS.Worksheet): string[] {
  return (ws.getTables() as unknown as Array<{ table?: { name?: string } }>).flatMap((e) =>
    e.table?.name ? [e.table.name] : [],
  );
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
  planRowHeights(plan).forEach((height, r) => {
    if (height !== undefined) ws.getRow(r + 1).height = height;
  });
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

/** The workbook as .xlsx bytes, with what ExcelJS writes out of the schema's order put right. */
export async function saveXlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await putExcelJSOrderRight(new Uint8Array(await wb.xlsx.writeBuffer())));
}
