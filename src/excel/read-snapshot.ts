import type { CellRange, CellValue, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../core/snapshot';
import { parseRange } from '../core/snapshot';
import { officeApiSupport, REQUIRED_API, type ApiSupport } from './api-support';
import { splitAreas, splitReference } from './addresses';
import { tableOfOwnerMark } from '../core/plan/sheet-plan';
import { isTooLargeError, isWorkbookStateError, requireApi, toExcelError } from './errors';
import { findDataBlocks, readBlocks } from './read-large';
import { readMergedAreas } from './read-merges';

/** Excel error values as `Range.values` reports them (a typed `#N/A` is an error too). */
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

/**
 * Bytes each answer of a piece-by-piece read is aimed at, under Excel on the web's 5 MB response limit
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
const ANSWER_BYTES = 4 * 1024 * 1024;

export interface ReadOptions {
  supported?: ApiSupport;
  /** Bytes each answer aims at when a large workbook is read in pieces; tests lower it with the limit. */
  answerBytes?: number;
}

/** The per-sheet loads of the one-sync read. */
interface SheetLoads {
  used: Excel.Range;
  visibleRows?: Excel.RangeView;
  visibleCols?: Excel.RangeView;
  merged?: Excel.RangeAreas;
}

/** One sheet as read, before it becomes a SheetSnapshot. */
interface SheetRead {
  rows: SheetSnapshot['rows'];
  merges: CellRange[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
}

/**
 * Reads every worksheet into a snapshot. The first sync learns the sheet names, defined names (owner
 * marks) and tables — a batch cannot address sheets it has not seen. The second loads per sheet the used
 * range's values, formulas, number formats and address, the merged areas (ExcelApi 1.13, skipped where
 * missing) and the visible cells of the first column and row (hidden rows and columns are the ones
 * missing there), plus each table's range; only those properties. That is the whole read for all but
 * very large workbooks, whatever the row count.
 * Excel refuses that second sync when its answer passes the 5 MB response limit, when a used range has
 * more than 5 000 000 cells (RangeExceedsLimit, or `values` coming back null), or when a sheet has more
 * than 512 merged areas. The cells are then read in bounded blocks over the parts that hold data
 * (read-large.ts), and the merged areas in regions small enough to be answered (read-merges.ts).
 * Example: `await readSnapshot(context)` → `{name: 'Book1.xlsx', sheets: [{name: 'Anggaran', rows, …}]}`.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const supported = options.supported ?? officeApiSupport();
  requireApi(supported, REQUIRED_API, 'baca');
  try {
    const workbook = context.workbook;
    workbook.load('name');
    const worksheets = workbook.worksheets.load('items/name');
    const names = workbook.names.load('items/name,items/formula');
    const tables = workbook.tables.load('items/name');
    await context.sync();

    const owners = new Map<string, string>();
    for (const item of names.items) {
      const table = tableOfOwnerMark(item.name);
      const ref = table === undefined ? undefined : splitReference(item.formula ?? '');
      if (table !== undefined && ref?.sheet !== undefined) owners.set(ref.sheet, table);
    }
    const sheets = worksheets.items;
    // A refused batch answers none of its loads: each attempt queues the tables' ranges again.
    const queueTables = () =>
      tables.items.map((t) => ({ name: t.name, range: t.getRange().load('address') }));
    let tableRanges = queueTables();
    const requeueTables = () => void (tableRanges = queueTables());
    const withMerges = supported('1.13');
    const read =
      (await readWhole(context, sheets, withMerges, requeueTables)) ??
      (await readLarge(context, sheets, withMerges, options.answerBytes ?? ANSWER_BYTES, requeueTables));

    return {
      name: workbook.name,
      sheets: sheets.map((ws, i): SheetSnapshot => {
        const sheet: SheetSnapshot = { name: ws.name, ...read[i] };
        sheet.merges.sort((a, b) => a.top - b.top || a.left - b.left);
        const owner = owners.get(ws.name);
        if (owner !== undefined) sheet.ownerMark = owner;
        const own = tableRanges.flatMap((t) => {
          const ref = splitReference(t.range.address);
          const range = ref?.sheet === ws.name ? parseRange(ref.address) : undefined;
          return range ? [{ name: t.name, range }] : [];
        });
        if (own.length > 0) sheet.tables = own;
        return sheet;
      }),
    };
  } catch (error) {
    throw toExcelError(error, 'read');
  }
}

/**
 * Every sheet in one sync (the tables' ranges, queued before, go with it); undefined when Excel refuses
 * it as too large. A refusal with any other code that is not about the workbook's state is taken for
 * the merged areas (the documented limit names no code): the cells are read again without them, and the
 * merged areas in regions. Throws what it cannot put down to either.
 */
async function readWhole(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  withMerges: boolean,
  requeueTables: () => void,
): Promise<SheetRead[] | undefined> {
  let loads = worksheets.map((ws) => queueSheet(ws, true, withMerges));
  let mergesApart = false;
  try {
    await context.sync();
  } catch (error) {
    if (isTooLargeError(error)) return undefined;
    if (!withMerges || isWorkbookStateError(error)) throw error;
    requeueTables();
    loads = worksheets.map((ws) => queueSheet(ws, true, false));
    try {
      await context.sync();
    } catch (again) {
      if (isTooLargeError(again)) return undefined;
      throw again;
    }
    mergesApart = true;
  }
  // Past 5 000 000 cells Excel may also answer with null values instead of an error.
  if (loads.some((p) => p.used.values === null || p.used.formulas === null)) return undefined;
  const used = loads.map((p, sheet) => ({ sheet, rect: usedOrigin(p.used) }));
  const merges = mergesApart ? await readMergedAreas(context, worksheets, used) : undefined;
  return loads.map((p, i) => {
    const origin = used[i].rect;
    return {
      rows: placeCells([], p.used.values, p.used.formulas, p.used.numberFormat, origin.top, origin.left),
      merges:
        merges?.[i] ??
        (p.merged && !p.merged.isNullObject
          ? splitAreas(p.merged.address).flatMap((a) => parseRange(a) ?? [])
          : []),
      hiddenRows: missingIndices(p.visibleRows!.cellAddresses, origin.top, origin.bottom, 'row'),
      hiddenColumns: missingIndices(p.visibleCols!.cellAddresses, origin.left, origin.right, 'col'),
    };
  });
}

function queueSheet(ws: Excel.Worksheet, withCells: boolean, withMerges: boolean): SheetLoads {
  // getUsedRange (not …OrNullObject) gives A1 for a blank sheet, so the calls chained on it stay valid.
  const used = ws.getUsedRange(true).load(withCells ? 'address,values,formulas,numberFormat' : 'address');
  return {
    used,
    visibleRows: withCells ? used.getColumn(0).getVisibleView().load('cellAddresses') : undefined,
    visibleCols: withCells ? used.getRow(0).getVisibleView().load('cellAddresses') : undefined,
    merged: withMerges ? ws.getRange().getMergedAreasOrNullObject().load('address') : undefined,
  };
}

/**
 * The workbook read in bounded pieces: one sync for the used ranges' addresses, the search for the parts
 * that hold data, their cells in pieces whose answers aim at `answerBytes`, and the merged areas in regions.
 */
async function readLarge(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  withMerges: boolean,
  answerBytes: number,
  requeueTables: () => void,
): Promise<SheetRead[]> {
  requeueTables();
  const loads = worksheets.map((ws) => queueSheet(ws, false, false));
  await context.sync();
  const used = loads.map((p, sheet) => ({ sheet, rect: usedOrigin(p.used) }));
  const blocks = await findDataBlocks(context, worksheets, used);
  const read: SheetRead[] = worksheets.map(() => ({
    rows: [],
    merges: [],
    hiddenRows: new Set<number>(),
    hiddenColumns: new Set<number>(),
  }));
  await readBlocks(context, worksheets, blocks, answerBytes, (piece, columns) => {
    const sheet = read[piece.sheet];
    placeCells(sheet.rows, piece.values, piece.formulas, piece.formats, piece.top, piece.left);
    for (const r of missingIndices(piece.visibleRows, piece.top, piece.top + piece.rows - 1, 'row'))
      sheet.hiddenRows.add(r);
    if (!columns) return;
    for (const c of missingIndices(columns.visibleColumns, columns.left, columns.right, 'col'))
      sheet.hiddenColumns.add(c);
  });
  if (withMerges)
    (await readMergedAreas(context, worksheets, blocks)).forEach((m, i) => (read[i].merges = m));
  return read;
}

function usedOrigin(used: Excel.Range): CellRange {
  return (
    parseRange(splitReference(used.address)?.address ?? 'A1') ?? { top: 0, left: 0, bottom: 0, right: 0 }
  );
}

/**
 * Puts a range's arrays into sparse snapshot rows at the range's top-left corner (a row already there
 * from a block to the left keeps its cells) and returns the rows.
 */
function placeCells(
  rows: SheetSnapshot['rows'],
  values: unknown[][],
  formulas: unknown[][],
  formats: unknown[][],
  top: number,
  left: number,
): SheetSnapshot['rows'] {
  for (let r = 0; r < values.length; r++) {
    let row: Array<SnapshotCell | undefined> | undefined = rows[top + r];
    for (let c = 0; c < values[r].length; c++) {
      const cell = toCell(values[r][c], formulas[r]?.[c], formats[r]?.[c]);
      if (!cell) continue;
      row ??= rows[top + r] = [];
      row[left + c] = cell;
    }
  }
  return rows;
}

function toCell(value: unknown, formula: unknown, format: unknown): SnapshotCell | undefined {
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  if (!isFormula && (value === '' || value === null || value === undefined)) return undefined;
  const cell: SnapshotCell = { value: toValue(value) };
  if (isFormula) cell.formula = formula.slice(1);
  if (typeof format === 'string' && format !== 'General') cell.numberFormat = format;
  return cell;
}

function toValue(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'string' || value === '') return null;
  return ERROR_VALUE.test(value) ? { error: value } : value;
}

/** Indices between `first` and `last` that the visible view's addresses leave out. */
function missingIndices(
  addresses: string[][],
  first: number,
  last: number,
  axis: 'row' | 'col',
): Set<number> {
  const seen = new Set<number>();
  for (const line of addresses) {
    for (const address of line) {
      const range = parseRange(splitReference(address)?.address ?? '');
      if (range) seen.add(axis === 'row' ? range.top : range.left);
    }
  }
  const hidden = new Set<number>();
  for (let i = first; i <= last; i++) if (!seen.has(i)) hidden.add(i);
  return hidden;
}
