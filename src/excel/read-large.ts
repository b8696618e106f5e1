import { parseRange } from '../core/snapshot';
import { PANEL } from '../core/messages/pane';
import { splitReference } from './addresses';
import { ExcelAdapterError, officeErrorCode } from './errors';
import { cellCount, halvesOfLongerSide, type SheetRegion } from './regions';

/**
 * Largest region read as it stands. A larger used range is searched for the parts that hold data: one
 * stray value at XFD1048576 makes a sheet's used range 17 billion cells, nearly all of them empty, and
 * Excel reads at most 5 000 000 cells in one request (RangeExceedsLimit, or `values` coming back null:
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 */
export const BLOCK_CELLS = 1_000_000;
/**
 * Most cells the search may leave to be read (empty ones between the data included: some 100 batches);
 * more is refused with a message naming the sheet. Used ranges that need no search are read whole.
 */
const READ_BUDGET = 10_000_000;
/**
 * Most regions still to be searched at once. A table with a few stray cells keeps a handful; hundreds
 * mean data scattered over the whole grid, which would take tens of thousands of queries to pin down.
 */
const MAX_PENDING = 256;
/** `getUsedRangeOrNullObject` queries per sync during the search (each some 300 bytes of request). */
const QUERIES_PER_SYNC = 1_000;
/** First guess at a cell's share of an answer: some 50 bytes for its value, formula and number format. */
const FIRST_GUESS_CELL_BYTES = 50;
/**
 * What one row of a piece adds to its answer besides its cells, in cells: the address of its first
 * cell in the visible view (`'Bab III'!A12345`, some 25 bytes) against some 50 bytes a cell.
 */
const ROW_COST = 0.5;

/**
 * The regions of the sheets' used ranges that hold data. A used range of at most BLOCK_CELLS cells is
 * one region. A larger one is cut in two across its longer side (relative to the sheet's grid) and each
 * half asked for its own used range (`Range.getUsedRangeOrNullObject(true)`, values only), all halves
 * of a round in one sync; empty halves drop out and each answer is the tight box around that half's
 * data, cut again while it is larger than BLOCK_CELLS. One dense table with a stray cell far away takes
 * one or two rounds; as every round halves a side, no sheet takes more than some 35. Throws `too-large`
 * naming the sheet when the data is so scattered that the search would leave more than READ_BUDGET cells
 * to read.
 * Example: A1:C300000 and XFD1048576 → [A1:C300000, XFD1048576] after one sync.
 */
export async function findDataBlocks(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  used: Array<{ sheet: number; rect: SheetRegion['rect'] }>,
): Promise<SheetRegion[]> {
  const blocks: SheetRegion[] = [];
  const found: SheetRegion[] = [];
  let pending: SheetRegion[] = [];
  const place = (region: SheetRegion, into: SheetRegion[]) =>
    (cellCount(region.rect) > BLOCK_CELLS ? pending : into).push(region);
  for (const region of used) place(region, blocks);
  while (pending.length > 0) {
    const parts = pending.flatMap(halvesOfLongerSide);
    pending = [];
    for (let k = 0; k < parts.length; k += QUERIES_PER_SYNC) {
      const queries = parts.slice(k, k + QUERIES_PER_SYNC).map((part) => ({
        part,
        used: rangeOf(worksheets, part).getUsedRangeOrNullObject(true).load('address'),
      }));
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per round of the search (and per 1 000 queries); the rounds are bounded by the halving
      await context.sync();
      for (const { part, used: answer } of queries) {
        if (answer.isNullObject) continue;
        const rect = parseRange(splitReference(answer.address)?.address ?? '');
        if (rect) place({ sheet: part.sheet, rect }, found);
      }
    }
    const toRead = found.reduce((n, b) => n + cellCount(b.rect), 0);
    if (toRead > READ_BUDGET || pending.length > MAX_PENDING) {
      throw new ExcelAdapterError('too-large', PANEL.sheetTooWide(worksheets[widest(found, pending)].name));
    }
  }
  return [...blocks, ...found];
}

/** The sheet with the most cells still to read or search. */
function widest(blocks: SheetRegion[], pending: SheetRegion[]): number {
  const cells = new Map<number, number>();
  for (const r of [...blocks, ...pending]) cells.set(r.sheet, (cells.get(r.sheet) ?? 0) + cellCount(r.rect));
  return [...cells].sort((a, b) => b[1] - a[1])[0][0];
}

function rangeOf(worksheets: Excel.Worksheet[], region: SheetRegion): Excel.Range {
  const { top, left, bottom, right } = region.rect;
  return worksheets[region.sheet].getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
}

/** What one piece of a block answered, placed by its top-left cell. */
export interface PieceRead {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  values: unknown[][];
  formulas: unknown[][];
  formats: unknown[][];
  /** Addresses of the piece's first column in its visible view: rows missing here are hidden. */
  visibleRows: string[][];
}

/** A block's columns and the addresses of its first row in the visible view (hidden columns missing). */
export interface BlockColumns {
  sheet: number;
  left: number;
  right: number;
  visibleColumns: string[][];
}

/** Most cells in one batch however short the texts (a fifth of Excel's per-read limit). */
const MAX_BATCH_CELLS = 1_000_000;

/**
 * Reads values, formulas, number formats and visible rows of every block in row pieces, a batch of
 * pieces per sync, and each block's visible columns with its first piece, handing each piece to `onPiece`
 * as it arrives (so no more than one batch's arrays are held at once). A batch is filled up to `answerBytes`
 * of expected answer, from what its blocks' cells cost so far: FIRST_GUESS_CELL_BYTES a cell at first (a
 * row counting ROW_COST cells more for its visible-view address), then every answer, measured as the
 * JSON it travels as, sets its block's bytes per cell, whether its texts are short or long.
 * When an answer still passes the response limit, its blocks' estimates are doubled and the batch read
 * again smaller. Throws when a batch of single rows is refused.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  blocks: SheetRegion[],
  answerBytes: number,
  onPiece: (piece: PieceRead, columns?: BlockColumns) => void,
): Promise<void> {
  // Bytes of answer per cell (in ROW_COST units) for each block.
  const perCell = blocks.map(() => FIRST_GUESS_CELL_BYTES);
  const width = (block: SheetRegion) => block.rect.right - block.rect.left + 1 + ROW_COST;
  let b = 0;
  let row = blocks[0]?.rect.top ?? 0;
  while (b < blocks.length) {
    const start = { b, row };
    const batch: Array<{
      block: number;
      piece: SheetRegion;
      range: Excel.Range;
      rows: Excel.RangeView;
      cols?: Excel.RangeView;
    }> = [];
    let bytes = answerBytes;
    let cells = MAX_BATCH_CELLS;
    while (b < blocks.length) {
      const block = blocks[b];
      const fits = Math.floor(Math.min(bytes / (width(block) * perCell[b]), cells / width(block)));
      if (fits < 1 && batch.length > 0) break;
      const take = Math.max(1, Math.min(fits, block.rect.bottom - row + 1));
      const piece = { sheet: block.sheet, rect: { ...block.rect, top: row, bottom: row + take - 1 } };
      const range = rangeOf(worksheets, piece).load('values,formulas,numberFormat');
      batch.push({
        block: b,
        piece,
        range,
        rows: range.getColumn(0).getVisibleView().load('cellAddresses'),
        cols: row === block.rect.top ? range.getRow(0).getVisibleView().load('cellAddresses') : undefined,
      });
      bytes -= take * width(block) * perCell[b];
      cells -= take * width(block);
      row += take;
      if (row > block.rect.bottom) row = blocks[++b]?.rect.top ?? 0;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of pieces: each answer is kept under the 5 MB response limit
      await context.sync();
    } catch (error) {
      // Longer texts than the estimate foresaw: read the batch again, its blocks thought twice as costly.
      const singleRows = batch.every((p) => p.piece.rect.bottom === p.piece.rect.top);
      if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || singleRows) throw error;
      for (const p of batch) perCell[p.block] = 2 * perCell[p.block];
      ({ b, row } = start);
      continue;
    }
    for (const { block, piece, range, rows, cols } of batch) {
      const { top, left, bottom, right } = piece.rect;
      const answer: PieceRead = {
        sheet: piece.sheet,
        top,
        left,
        rows: bottom - top + 1,
        values: range.values,
        formulas: range.formulas,
        formats: range.numberFormat,
        visibleRows: rows.cellAddresses,
      };
      onPiece(
        answer,
        cols ? { sheet: piece.sheet, left, right, visibleColumns: cols.cellAddresses } : undefined,
      );
      const size = JSON.stringify([
        answer.values,
        answer.formulas,
        answer.formats,
        answer.visibleRows,
      ]).length;
      perCell[block] = size / ((bottom - top + 1) * width(blocks[block]));
    }
  }
}
