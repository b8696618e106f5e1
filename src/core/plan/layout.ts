import type { CellRange } from '../snapshot';
import { cellAddress } from '../snapshot';
import type { PlanCell, PlanStyle, SheetPlan, TableId } from './sheet-plan';
import { JUDUL_TABEL } from '../messages/susun';

/** Invariant number formats of the generated sheets (hosts show them in the user's locale). */
export const FORMAT = {
  rupiah: '#,##0',
  persen: '0.00%',
  /** A chart axis's percentages: 0%, 20% … */
  persenBulat: '0%',
  indeks: '0.00',
} as const;

/**
 * Where a planner put its table on the sheet (0-based rows, inclusive): the header, and the body
 * between the header's column-number row and the notes. Planners extend it with what other sheets
 * refer to (the budget tree's rows, Tabel 3.6's row per indicator …), so that a sheet referring to
 * another's cells finds them from that sheet's layout, never by reading its cells back.
 */
export interface SheetLayout {
  header: { top: number; bottom: number };
  /** Undefined for a table without rows. */
  body: { top: number; bottom: number } | undefined;
}

/** A planned sheet and its layout. */
export interface Planned<L extends SheetLayout = SheetLayout> {
  plan: SheetPlan;
  layout: L;
}

/** One header column: its label, and the group label above it when the header has two rows. */
export interface HeaderColumn {
  label: string;
  group?: string;
  width: number;
}

/**
 * A sheet being laid out row by row. Every generated sheet has the same frame: title lines merged over
 * the table's width, a header (one or two rows) with a column-number row under it, data rows with an
 * outline level, and notes under the table. Rows are 0-based.
 */
export class PlanGrid {
  readonly cells: Array<Array<PlanCell | undefined> | undefined> = [];
  readonly merges: CellRange[] = [];
  readonly outline: number[] = [];
  readonly notes: string[] = [];
  private headerTop = 0;
  private headerBottom = 0;
  private nextRow = 0;
  private firstNote: number | undefined;

  constructor(
    readonly table: TableId,
    readonly columns: HeaderColumn[],
  ) {}

  /** Index of the next row to be written. */
  get row(): number {
    return this.nextRow;
  }

  /** Number of columns of the table. */
  get width(): number {
    return this.columns.length;
  }

  /** Sets one cell (0-based). */
  set(row: number, col: number, cell: PlanCell): void {
    const r = this.cells[row] ?? (this.cells[row] = []);
    r[col] = cell;
  }

  /** Appends a row of cells with an outline level; returns its 0-based index. */
  addRow(cells: Array<PlanCell | undefined>, outline = 0): number {
    const row = this.nextRow++;
    this.cells[row] = cells.slice();
    this.outline[row] = outline;
    return row;
  }

  /** Appends a row whose cells come later, all at once, from fillRow; returns its 0-based index. */
  reserveRow(outline = 0): number {
    const row = this.nextRow++;
    this.outline[row] = outline;
    return row;
  }

  /**
   * Puts a whole row of cells, taking the array: a row reserved before the rows under it were laid out,
   * its cells built once in an array of their final length.
   */
  fillRow(row: number, cells: Array<PlanCell | undefined>): void {
    this.cells[row] = cells;
  }

  /** Appends an empty row. */
  skip(): void {
    this.nextRow++;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  /** Title lines (`Tabel 3.8`, its name, the unit and year), each merged over the table's width. */
  addTitle(extra?: string): void {
    const t = JUDUL_TABEL[this.table];
    const lines: Array<[string, PlanStyle]> = [
      [t.nama, 'judul'],
      [t.judul, 'judul'],
    ];
    if (extra) lines.push([extra, 'subjudul']);
    for (const [text, style] of lines) {
      const row = this.addRow([{ value: text, style }]);
      this.merge(row, 0, row, this.width - 1);
    }
    this.skip();
  }

  /**
   * The header: one row, or two where columns are grouped (`KINERJA` over target, realisasi, capaian);
   * ungrouped columns are merged over both rows. Then the column-number row (1, 2, 3 …).
   */
  addHeader(): void {
    const grouped = this.columns.some((c) => c.group !== undefined);
    this.headerTop = this.nextRow;
    if (!grouped) {
      this.addRow(this.columns.map((c) => ({ value: c.label, style: 'header' as PlanStyle })));
    } else {
      const top = this.addRow([]);
      const bottom = this.addRow([]);
      let c = 0;
      while (c < this.columns.length) {
        const col = this.columns[c];
        if (col.group === undefined) {
          this.set(top, c, { value: col.label, style: 'header' });
          this.set(bottom, c, { style: 'header' });
          this.merge(top, c, bottom, c);
          c++;
          continue;
        }
        let end = c;
        while (end + 1 < this.columns.length && this.columns[end + 1].group === col.group) end++;
        this.set(top, c, { value: col.group, style: 'header' });
        for (let k = c; k <= end; k++) {
          if (k > c) this.set(top, k, { style: 'header' });
          this.set(bottom, k, { value: this.columns[k].label, style: 'header' });
        }
        if (end > c) this.merge(top, c, top, end);
        c = end + 1;
      }
    }
    this.headerBottom = this.addRow(
      this.columns.map((_, i) => ({ value: i + 1, style: 'nomor-kolom' as PlanStyle })),
    );
  }

  /** A note line under the table, merged over its width; also kept for the summary when `summary`. */
  addNote(text: string, summary = false): void {
    const row = this.addRow([{ value: text, style: 'catatan' }]);
    this.firstNote ??= row;
    this.merge(row, 0, row, this.width - 1);
    if (summary) this.notes.push(text);
  }

  /** The header and body rows laid out so far (the body ends before the first note, blank rows left out). */
  layout(): SheetLayout {
    let bottom = (this.firstNote ?? this.nextRow) - 1;
    while (bottom > this.headerBottom && (this.cells[bottom]?.length ?? 0) === 0) bottom--;
    const top = this.headerBottom + 1;
    return {
      header: { top: this.headerTop, bottom: this.headerBottom },
      body: bottom >= top ? { top, bottom } : undefined,
    };
  }

  /** The finished plan; texts longer than an Excel cell holds are cut (see fitCellText). */
  toPlan(name?: string): SheetPlan {
    // Indexed loops: every cell of every sheet passes here (Tabel 3.8 alone has six per budget line).
    const cells = this.cells;
    for (let r = 0; r < cells.length; r++) {
      const row = cells[r];
      if (row === undefined) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell && typeof cell.value === 'string' && cell.value.length > EXCEL_MAX_TEXT)
          cell.value = fitCellText(cell.value);
      }
    }
    const outline: number[] = [];
    for (let r = 0; r < this.nextRow; r++) outline.push(this.outline[r] ?? 0);
    return {
      table: this.table,
      name: name ?? JUDUL_TABEL[this.table].nama,
      cells: this.cells.slice(0, this.nextRow),
      columnWidths: this.columns.map((c) => c.width),
      merges: this.merges,
      outline,
      freeze: { rows: this.headerBottom + 1, columns: 0 },
      print: {
        orientation: 'landscape',
        paperSize: 'A4',
        fitToWidth: true,
        titleRows: [this.headerTop + 1, this.headerBottom + 1],
      },
      notes: this.notes,
    };
  }
}

/** Excel's limit on the characters of one cell; a longer text makes Excel repair the file on opening. */
const EXCEL_MAX_TEXT = 32_767;

/**
 * A text cut to what one Excel cell holds, ending in `…` when cut (a user's name of 32 767 characters
 * joined with its continuation row would pass the limit). Example: `fitCellText('abc')` → `'abc'`.
 */
function fitCellText(text: string): string {
  if (text.length <= EXCEL_MAX_TEXT) return text;
  let cut = text.slice(0, EXCEL_MAX_TEXT - 1);
  // Do not leave half of a surrogate pair at the end.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A1 address of a cell (0-based), for formulas. */
export const ref = cellAddress;
