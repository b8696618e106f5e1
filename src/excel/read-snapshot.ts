import { appendAll } from '../core/arrays';
import type { CellRange, CellValue, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../core/snapshot';
import { parseRange } from '../core/snapshot';
import { officeApiSupport, REQUIRED_API, type ApiSupport } from './api-support';
import { splitAreas, splitReference } from './addresses';
import { tableOfOwnerMark } from '../core/plan/sheet-plan';
import { officeErrorCode, requireApi, toExcelError } from './errors';

/** Excel error values as `Range.values` reports them (a typed `#N/A` is an error too). */
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

/** Cells per round trip when a sheet is too large for one response (about 50 bytes a cell for three arrays). */
const CELLS_PER_PIECE = 80_000;

export interface ReadOptions {
  supported?: ApiSupport;
  /** Cells per round trip in the fallback for very large sheets; tests lower it. */
  cellsPerPiece?: number;
}

/** The per-sheet loads of the second round trip. */
interface SheetLoads {
  name: string;
  used: Excel.Range;
  visibleRows: Excel.RangeView;
  visibleCols: Excel.RangeView;
  merged?: Excel.RangeAreas;
}

/**
 * Reads every worksheet into a snapshot in two `context.sync()` calls whatever the row count: the first
 * learns the sheet names, defined names (owner marks) and tables — a batch cannot address sheets it has
 * not seen; the second loads per sheet the used range's values, formulas, number formats and address,
 * the merged areas (ExcelApi 1.13, skipped where missing) and the visible cells of the first column and
 * row (hidden rows and columns are the ones missing there), plus each table's range. Only those
 * properties are loaded. When Excel refuses the answer as larger than its 5 MB response limit (tens of
 * thousands of rows), the cells are read again in row pieces of `cellsPerPiece` cells, one sync each.
 * Example: `await readSnapshot(context)` → `{name: 'Book1.xlsx', sheets: [{name: 'Anggaran', rows, …}]}`.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const supported = options.supported ?? officeApiSupport();
  requireApi(supported, REQUIRED_API, 'pembacaan buku kerja');
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
    const queue = (withCells: boolean) => {
      const sheets = worksheets.items.map((ws) => queueSheet(ws, withCells, supported('1.13')));
      const tableRanges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load('address') }));
      return { sheets, tableRanges };
    };

    let loads = queue(true);
    let cells: Array<Array<unknown[][]>> | undefined;
    try {
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded') throw error;
      loads = queue(false);
      await context.sync();
      cells = await readInPieces(
        context,
        worksheets.items,
        loads.sheets,
        options.cellsPerPiece ?? CELLS_PER_PIECE,
      );
    }

    const sheets = loads.sheets.map((p, i): SheetSnapshot => {
      const origin = usedOrigin(p.used);
      const [values, formulas, formats] = cells
        ? cells[i]
        : [p.used.values, p.used.formulas, p.used.numberFormat];
      const sheet: SheetSnapshot = {
        name: p.name,
        rows: toRows(values, formulas, formats, origin.top, origin.left),
        merges:
          p.merged && !p.merged.isNullObject
            ? splitAreas(p.merged.address).flatMap((a) => parseRange(a) ?? [])
            : [],
        hiddenRows: missingIndices(p.visibleRows.cellAddresses, origin.top, origin.bottom, 'row'),
        hiddenColumns: missingIndices(p.visibleCols.cellAddresses, origin.left, origin.right, 'col'),
      };
      const owner = owners.get(p.name);
      if (owner !== undefined) sheet.ownerMark = owner;
      const own = loads.tableRanges.flatMap((t) => {
        const ref = splitReference(t.range.address);
        const range = ref?.sheet === p.name ? parseRange(ref.address) : undefined;
        return range ? [{ name: t.name, range }] : [];
      });
      if (own.length > 0) sheet.tables = own;
      return sheet;
    });
    return { name: workbook.name, sheets };
  } catch (error) {
    throw toExcelError(error);
  }
}

function queueSheet(ws: Excel.Worksheet, withCells: boolean, withMerges: boolean): SheetLoads {
  // getUsedRange (not …OrNullObject) gives A1 for a blank sheet, so the calls chained on it stay valid.
  const used = ws.getUsedRange(true).load(withCells ? 'address,values,formulas,numberFormat' : 'address');
  return {
    name: ws.name,
    used,
    visibleRows: used.getColumn(0).getVisibleView().load('cellAddresses'),
    visibleCols: used.getRow(0).getVisibleView().load('cellAddresses'),
    merged: withMerges ? ws.getRange().getMergedAreasOrNullObject().load('address') : undefined,
  };
}

/**
 * Values, formulas and formats of every used range, read in row pieces packed into syncs of at most
 * `cellsPerPiece` cells. Returns per sheet the three arrays, as one load of the whole range would.
 */
async function readInPieces(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  loads: SheetLoads[],
  cellsPerPiece: number,
): Promise<Array<Array<unknown[][]>>> {
  const out = loads.map(() => [[], [], []] as Array<unknown[][]>);
  const pieces: Array<{ sheet: number; top: number; left: number; rows: number; cols: number }> = [];
  loads.forEach((p, sheet) => {
    const origin = usedOrigin(p.used);
    const cols = origin.right - origin.left + 1;
    const step = Math.max(1, Math.floor(cellsPerPiece / cols));
    for (let top = origin.top; top <= origin.bottom; top += step) {
      pieces.push({ sheet, top, left: origin.left, rows: Math.min(step, origin.bottom - top + 1), cols });
    }
  });
  let i = 0;
  let limit = cellsPerPiece;
  while (i < pieces.length) {
    let budget = limit;
    const first = i;
    const batch: Array<{ piece: (typeof pieces)[number]; range: Excel.Range }> = [];
    while (i < pieces.length && (batch.length === 0 || pieces[i].rows * pieces[i].cols <= budget)) {
      const piece = pieces[i++];
      budget -= piece.rows * piece.cols;
      const range = worksheets[piece.sheet].getRangeByIndexes(piece.top, piece.left, piece.rows, piece.cols);
      batch.push({ piece, range: range.load('values,formulas,numberFormat') });
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per piece: each answer is kept under the 5 MB response limit
      await context.sync();
    } catch (error) {
      // Long texts make a piece's answer larger than its cell count suggests: halve the pieces and retry.
      const rows = batch.reduce((n, b) => n + b.piece.rows, 0);
      if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || rows <= 1) throw error;
      limit = Math.max(1, Math.floor(limit / 2));
      pieces.splice(first, batch.length, ...batch.flatMap((b) => halves(b.piece)));
      i = first;
      continue;
    }
    for (const { piece, range } of batch) {
      appendAll(out[piece.sheet][0], range.values);
      appendAll(out[piece.sheet][1], range.formulas);
      appendAll(out[piece.sheet][2], range.numberFormat);
    }
  }
  return out;
}

/** A piece of rows split into two of (nearly) equal height; a one-row piece stays whole. */
function halves<T extends { top: number; rows: number }>(piece: T): T[] {
  if (piece.rows <= 1) return [piece];
  const upper = Math.ceil(piece.rows / 2);
  return [
    { ...piece, rows: upper },
    { ...piece, top: piece.top + upper, rows: piece.rows - upper },
  ];
}

function usedOrigin(used: Excel.Range): CellRange {
  return (
    parseRange(splitReference(used.address)?.address ?? 'A1') ?? { top: 0, left: 0, bottom: 0, right: 0 }
  );
}

/** Sparse snapshot rows from the used range's arrays, placed at the range's top-left corner. */
function toRows(
  values: unknown[][],
  formulas: unknown[][],
  formats: unknown[][],
  top: number,
  left: number,
): SheetSnapshot['rows'] {
  const rows: SheetSnapshot['rows'] = [];
  for (let r = 0; r < values.length; r++) {
    let row: Array<SnapshotCell | undefined> | undefined;
    for (let c = 0; c < values[r].length; c++) {
      const cell = toCell(values[r][c], formulas[r]?.[c], formats[r]?.[c]);
      if (!cell) continue;
      row ??= [];
      row[left + c] = cell;
    }
    if (row) rows[top + r] = row;
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
