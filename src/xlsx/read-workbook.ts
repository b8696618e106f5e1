import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../core/snapshot';
import { parseCellAddress } from '../core/snapshot';
import { guardZip } from './zip-guard';
import { classifyPackage } from './classify-package';
import { refuseIf, XlsxReadError } from './read-error';
import { sheetOfReference } from './scan-snapshot';
import { tableOfOwnerMark } from '../core/plan/sheet-plan';

// loadXlsx rejects with it: callers find it beside loadXlsx.
export { XlsxReadError } from './read-error';

/** A loaded .xlsx: the ExcelJS workbook and its snapshot (the reader of last resort; the benchmark's floor). */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}

/**
 * Reads an .xlsx file into an ExcelJS workbook and a host-neutral snapshot.
 * Rejects with an `XlsxReadError` (never another error) when the bytes are not a readable workbook:
 * empty, not a zip, a damaged zip, a Word document, another OOXML package, encrypted or legacy .xls,
 * or refused by the zip guard (a zip bomb: see zip-guard.ts).
 * `name` becomes the snapshot's name (the file name, for reports).
 * Example: `const { snapshot } = await loadXlsx(await fs.readFile('lkjip.xlsx'), 'lkjip.xlsx')`.
 */
export async function loadXlsx(data: Buffer | ArrayBuffer | Uint8Array, name = ''): Promise<LoadedWorkbook> {
  const bytes = await checkedBytes(data);
  return loadChecked(bytes, name);
}

/** The file's bytes once they passed the package classification and the zip guard. */
async function checkedBytes(data: Buffer | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  classifyPackage(bytes);
  refuseIf(await guardZip(bytes));
  return bytes;
}

/** Loads bytes that passed the classification and the zip guard into ExcelJS, with their snapshot. */
export async function loadChecked(bytes: Uint8Array, name: string): Promise<LoadedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS wants a node Buffer; wrapping shares the memory instead of copying it.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxReadError('rusak', e instanceof Error ? e.message : undefined);
  }
  return { workbook, snapshot: snapshotFromWorkbook(workbook, name) };
}

/** Milliseconds per day, and the serial of 1970-01-01 in the 1900 and 1904 date systems. */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const UNIX_EPOCH_SERIAL_1904 = 24_107;

/** Internal ExcelJS fields read for speed; both are stable across ExcelJS 4.x. */
interface WorksheetInternals {
  _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
}
interface DefinedNamesInternals {
  model: Array<{ name: string; ranges: string[] }>;
}

/**
 * The host-neutral snapshot of an ExcelJS workbook: values (formula results as cached, rich text and
 * hyperlinks as plain text, dates as serial numbers, errors as `{error}`), invariant formulas without
 * `=`, number formats, merges, hidden rows and columns, Excel tables, and the add-in's owner marks.
 * Example: `snapshotFromWorkbook(wb, 'lkjip.xlsx').sheets[0].rows[11][6]` is cell G12 of the first sheet.
 */
export function snapshotFromWorkbook(wb: ExcelJS.Workbook, name: string): WorkbookSnapshot {
  const epoch = wb.properties?.date1904 ? UNIX_EPOCH_SERIAL_1904 : UNIX_EPOCH_SERIAL_1900;
  const marks = ownerMarksBySheet(wb);
  const sheets: SheetSnapshot[] = [];
  wb.eachSheet((ws) => {
    sheets.push(snapshotSheet(ws, epoch, marks.get(ws.name)));
  });
  return { name, sheets };
}

/** Sheet name → TableId for every owner mark (defined name `SAKIP_<id>` of a known table) that points at a sheet. */
function ownerMarksBySheet(wb: ExcelJS.Workbook): Map<string, string> {
  const marks = new Map<string, string>();
  const defined = (wb.definedNames as unknown as DefinedNamesInternals).model ?? [];
  for (const { name, ranges } of defined) {
    const table = tableOfOwnerMark(name);
    if (table === undefined || ranges.length === 0) continue;
    const sheet = sheetOfReference(ranges[0]);
    if (sheet !== undefined) marks.set(sheet, table);
  }
  return marks;
}

function snapshotSheet(ws: ExcelJS.Worksheet, epoch: number, ownerMark: string | undefined): SheetSnapshot {
  const rows: SheetSnapshot['rows'] = [];
  const hiddenRows = new Set<number>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.add(rowNumber - 1);
    const cells: Array<SnapshotCell | undefined> = [];
    const count = row.cellCount;
    for (let c = 1; c <= count; c++) {
      const cell = row.findCell(c);
      if (cell === undefined) continue;
      const snap = snapshotCell(cell, epoch);
      if (snap !== undefined) cells[c - 1] = snap;
    }
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  });

  const hiddenColumns = new Set<number>();
  const columns = ws.columns ?? [];
  for (let i = 0; i < columns.length; i++) if (columns[i]?.hidden) hiddenColumns.add(i);

  const merges: CellRange[] = Object.values((ws as unknown as WorksheetInternals)._merges ?? {}).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));

  const sheet: SheetSnapshot = { name: ws.name, rows, merges, hiddenRows, hiddenColumns };
  if (ownerMark !== undefined) sheet.ownerMark = ownerMark;
  const tables = excelTables(ws);
  if (tables.length > 0) sheet.tables = tables;
  return sheet;
}

function excelTables(ws: ExcelJS.Worksheet): Array<{ name: string; range: CellRange }> {
  const out: Array<{ name: string; range: CellRange }> = [];
  for (const entry of ws.getTables() as unknown as Array<{
    table?: { name?: string; tableRef?: string; ref?: string };
  }>) {
    const model = entry.table;
    if (!model?.name) continue;
    const ref = [model.tableRef, model.ref].find((r) => r !== undefined && r.includes(':'));
    if (ref === undefined) continue;
    const [a, b] = ref.split(':');
    const tl = parseCellAddress(a);
    const br = parseCellAddress(b);
    if (tl && br)
      out.push({ name: model.name, range: { top: tl.row, left: tl.col, bottom: br.row, right: br.col } });
  }
  return out;
}

/** One cell's snapshot, or undefined for an empty cell or the covered part of a merge. */
function snapshotCell(cell: ExcelJS.Cell, epoch: number): SnapshotCell | undefined {
  const type = cell.type;
  if (type === ExcelJS.ValueType.Null || type === ExcelJS.ValueType.Merge) return undefined;
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  let out: SnapshotCell;
  if (type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    out = { value: plainValue(cell.result, epoch) };
    if (formula) out.formula = formula.replace(/^=/, '');
  } else {
    out = { value: plainValue(cell.value, epoch) };
  }
  if (numberFormat !== undefined) out.numberFormat = numberFormat;
  return out;
}

/** An ExcelJS value (or formula result) as a snapshot value. */
function plainValue(v: unknown, epoch: number): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + epoch;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if (typeof o.error === 'string') return { error: o.error };
    if ('hyperlink' in o) return typeof o.text === 'string' ? o.text : plainValue(o.text, epoch);
    if ('result' in o) return plainValue(o.result, epoch);
  }
  return String(v);
}
