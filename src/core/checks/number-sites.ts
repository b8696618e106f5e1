import { perObject } from '../memo';
import type { StatedNumber, StatedText } from '../model/source';
import type { BudgetTable } from '../model/budget';
import { amountOf, type BudgetFigures, type FigureField } from '../model/budget-figures';
import type { IndicatorRow, Measure } from '../model/indicator';
import type { WorkbookModel } from '../model/workbook-model';
import type { NumberKind, NumberReadingOk } from '../numbers/types';
import { NAMA_KOLOM as K } from '../messages/temuan';

/**
 * One number the user wrote, as the model holds it: a stated number or a numeric measure itself, not a
 * copy (a regency's budget has 400 000 of them; a site object each was most of NUM-01…04's time).
 */
export type NumberSite = StatedNumber | Extract<Measure, { kind: 'angka' }>;

/** How a number was written, without its value: what NUM-01…04 judge a column by. */
export type NumberShape = Omit<NumberReadingOk, 'value'>;

/**
 * The numbers of one column of one table, in row order. A column is the table's field (pagu,
 * realisasi …), not the sheet column: a table pasted from a PDF with ragged rows has its pagu in
 * columns D, E and F, and its pagu column is still one column to the reader. The k-th number's
 * reading is known without building the number (a budget's are in its columns); `site(k)` builds it
 * for a finding.
 */
export interface NumberColumn {
  readonly sheet: string;
  /** The table column, in Indonesian (`pagu`, `capaian`, `target`). */
  readonly field: string;
  readonly kind: NumberKind;
  /** True for an indicator table's targets and realisasi, which may be written with their unit. */
  readonly measures: boolean;
  readonly size: number;
  /**
   * Visits each way the column's numbers were written with how many were written so (a way may come
   * more than once; a column held as objects gives each number's own): a budget column of 100 000
   * figures has a handful, so a rule that looks for one kind of writing (text, a guess, a style)
   * learns here whether to look at the numbers one by one at all.
   */
  eachShape(visit: (shape: NumberShape, count: number) => void): void;
  reading(k: number): NumberShape;
  site(k: number): NumberSite;
  /** Rupiah per unit of the k-th amount, where its table states a unit. */
  rupiahPerUnit(k: number): number | undefined;
  /**
   * The k-th number where it is a whole number of Rupiah a double holds (below 2^53, in a table
   * without a unit), else NaN: BudgetFigures.wholeRupiah, what NUM-03 passes over in one call.
   */
  wholeRupiah(k: number): number;
  /** Whether wholeRupiah gives a number for every number of the column (NUM-03 then has nothing to look at). */
  allWholeRupiah(): boolean;
}

/** Whether some number of the column was written as `test` asks (asked of its shapes, not its numbers). */
export function someShape(column: NumberColumn, test: (shape: NumberShape) => boolean): boolean {
  let found = false;
  column.eachShape((shape) => {
    found ||= test(shape);
  });
  return found;
}

/**
 * A target or realisasi written with its unit (`82 Nilai`, `100 %`): text by the table's own layout,
 * not a number stored as text. `100 %` in a target column is number + unit like `82 Nilai`: the % sign
 * is its unit.
 */
export function writtenWithUnit(column: NumberColumn, k: number): boolean {
  if (!column.measures) return false;
  const site = column.site(k);
  const unit = 'unit' in site ? site.unit : undefined;
  return (unit !== undefined && unit !== '') || (site.reading.asText && site.reading.percent);
}

/** Counts the shapes of a column's numbers, by runs: numbers read alike in a row often share one reading. */
class ShapeTally {
  private readonly counts = new Map<NumberShape, number>();
  private last: NumberShape | undefined;
  private run = 0;

  add(shape: NumberShape): void {
    if (shape === this.last) {
      this.run += 1;
      return;
    }
    this.flush();
    this.last = shape;
    this.run = 1;
  }

  finish(): ReadonlyMap<NumberShape, number> {
    this.flush();
    this.last = undefined;
    return this.counts;
  }

  private flush(): void {
    if (this.last !== undefined) this.counts.set(this.last, (this.counts.get(this.last) ?? 0) + this.run);
    this.run = 0;
  }
}

/** A column of numbers held as objects (an indicator, efficiency or survey table's; a budget's JUMLAH). */
class SiteColumn implements NumberColumn {
  readonly sites: NumberSite[] = [];
  private shapes: ReadonlyMap<NumberShape, number> | undefined;

  constructor(
    readonly sheet: string,
    readonly field: string,
    readonly kind: NumberKind,
    readonly measures: boolean,
  ) {}

  get size(): number {
    return this.sites.length;
  }
  /**
   * The numbers' readings counted once, when first asked (numberColumns gives a column complete): the
   * readers keep one reading per cell text and per number, so the thousands of targets of an indicator
   * table share a few dozen. Indexed, as a for-of makes an object per step until it is optimised.
   */
  eachShape(visit: (shape: NumberShape, count: number) => void): void {
    if (this.shapes === undefined) {
      const tally = new ShapeTally();
      for (let k = 0; k < this.sites.length; k++) tally.add(this.sites[k].reading);
      this.shapes = tally.finish();
    }
    this.shapes.forEach((count, shape) => visit(shape, count));
  }
  reading(k: number): NumberShape {
    return this.sites[k].reading;
  }
  site(k: number): NumberSite {
    return this.sites[k];
  }
  rupiahPerUnit(k: number): number | undefined {
    const site = this.sites[k];
    return 'rupiahPerUnit' in site ? site.rupiahPerUnit : undefined;
  }
  wholeRupiah(k: number): number {
    const amount = amountOf(this.sites[k]);
    return this.rupiahPerUnit(k) === undefined && Number.isSafeInteger(amount) ? amount : Number.NaN;
  }
  allWholeRupiah(): boolean {
    for (let k = 0; k < this.sites.length; k++) if (Number.isNaN(this.wholeRupiah(k))) return false;
    return true;
  }
}

/**
 * A field of a budget table down its lines, read from the table's columns (a regency's 100 000
 * lines make no stated number each), merged in row order with the figure its JUMLAH row states.
 */
class BudgetFieldColumn implements NumberColumn {
  readonly measures = false;
  private inOrder: Int32Array | undefined;

  /**
   * @param shapes the readings of the lines' figures and the JUMLAH's with how many read so
   * @param size how many numbers: the lines that state the field, and the JUMLAH's if it does
   */
  constructor(
    readonly sheet: string,
    readonly field: string,
    readonly kind: NumberKind,
    private readonly shapes: ReadonlyMap<NumberShape, number>,
    readonly size: number,
    private readonly table: BudgetTable,
    private readonly figureField: FigureField,
    private readonly others: StatedNumber[],
  ) {}

  /**
   * The numbers in row order: a line index, or −1 − i for `others[i]`. Made when a number is first
   * asked for by its position: the rules ask a column's shapes first, and of most columns no more.
   */
  private get order(): Int32Array {
    return (this.inOrder ??= fieldOrder(this.table, this.figureField, this.others[0]));
  }
  private get figures(): BudgetFigures {
    return this.table.figures;
  }

  eachShape(visit: (shape: NumberShape, count: number) => void): void {
    this.shapes.forEach((count, shape) => visit(shape, count));
  }
  reading(k: number): NumberShape {
    const at = this.order[k];
    return at >= 0
      ? (this.figures.reading(this.figureField, at) as NumberShape)
      : this.others[-1 - at].reading;
  }
  site(k: number): NumberSite {
    const at = this.order[k];
    return at >= 0 ? (this.figures.stated(this.figureField, at) as StatedNumber) : this.others[-1 - at];
  }
  rupiahPerUnit(k: number): number | undefined {
    const at = this.order[k];
    return at >= 0 ? this.figures.rupiahPerUnit(this.figureField, at) : this.others[-1 - at].rupiahPerUnit;
  }
  wholeRupiah(k: number): number {
    const at = this.order[k];
    return at >= 0 ? this.figures.wholeRupiah(this.figureField, at) : wholeRupiahOf(this.others[-1 - at]);
  }
  allWholeRupiah(): boolean {
    return (
      this.figures.allWholeRupiah(this.figureField) &&
      this.others.every((n) => !Number.isNaN(wholeRupiahOf(n)))
    );
  }
}

/** A stated amount where it is a whole number of Rupiah a double holds (see NumberColumn.wholeRupiah), else NaN. */
function wholeRupiahOf(n: StatedNumber): number {
  const amount = amountOf(n);
  return n.rupiahPerUnit === undefined && Number.isSafeInteger(amount) ? amount : Number.NaN;
}

/**
 * The columns of one table, made as its first number of each field arrives; a field's numbers always
 * come from one kind of source (a measure or a stated number), so the first one sets the column's kind.
 */
class TableColumns {
  private readonly byField = new Map<string, SiteColumn>();

  constructor(private readonly out: NumberColumn[]) {}

  add(site: NumberSite | undefined, kind: NumberKind, field: string, measures = false): void {
    if (site === undefined) return;
    let column = this.byField.get(field);
    if (column === undefined) {
      column = new SiteColumn(site.ref.sheet, field, kind, measures);
      this.byField.set(field, column);
      this.out.push(column);
    }
    column.sites.push(site);
  }

  addStated(n: StatedNumber | StatedText | undefined, kind: NumberKind, field: string): void {
    if (n !== undefined && 'value' in n) this.add(n, kind, field);
  }

  addMeasure(m: Measure | undefined, field: string): void {
    if (m !== undefined && m.kind === 'angka') this.add(m, 'angka', field, true);
  }

  /**
   * Rows in order (a table's lines are; a ragged paste or the JUMLAH row may not be). Sorted only when
   * out of order: the sort is stable, so it would leave sites already in order as they are.
   */
  finish(): void {
    for (const c of this.byField.values()) if (!inCellOrder(c.sites)) c.sites.sort(byCell);
  }
}

function byCell(a: NumberSite, b: NumberSite): number {
  return a.ref.row - b.ref.row || a.ref.col - b.ref.col;
}

function inCellOrder(sites: readonly NumberSite[]): boolean {
  for (let k = 1; k < sites.length; k++) if (byCell(sites[k - 1], sites[k]) > 0) return false;
  return true;
}

const BUDGET_FIELDS: ReadonlyArray<readonly [FigureField, NumberKind, string]> = [
  ['pagu', 'rupiah', K.pagu],
  ['realisasi', 'rupiah', K.realisasi],
  ['capaian', 'persen', K.capaian],
  ['sisa', 'rupiah', K.sisa],
];

/**
 * A budget table's number columns, in the order their fields first appear down the lines (then on
 * the JUMLAH row), each in row order.
 */
function budgetColumns(t: BudgetTable): NumberColumn[] {
  const lines = t.nodes.length;
  const found: Array<{ first: number; rank: number; column: NumberColumn }> = [];
  BUDGET_FIELDS.forEach(([field, kind, name], rank) => {
    const total = t.total?.[field];
    // A field no line states (most tables' sisa) has only the JUMLAH's figure, if any.
    const read = t.figures.mayState(field)
      ? t.figures.readingCounts(field)
      : { counts: new Map<NumberShape, number>(), first: lines };
    const counts = read.counts;
    // The figures count more rows than lines (a row left unplaced holds none): none stated is `lines`.
    const first = Math.min(read.first, lines);
    if (first === lines && total === undefined) return;
    let size = 0;
    counts.forEach((count) => (size += count));
    if (total !== undefined) {
      counts.set(total.reading, (counts.get(total.reading) ?? 0) + 1);
      size += 1;
    }
    const sheet = (first < lines ? (t.figures.stated(field, first) as StatedNumber) : (total as StatedNumber))
      .ref.sheet;
    const others = total === undefined ? [] : [total];
    found.push({
      first,
      rank,
      column: new BudgetFieldColumn(sheet, name, kind, counts, size, t, field, others),
    });
  });
  return found.sort((a, b) => a.first - b.first || a.rank - b.rank).map((f) => f.column);
}

/**
 * A field's numbers down a budget table's lines in row order, each a line index or −1 for the
 * JUMLAH's figure.
 */
function fieldOrder(t: BudgetTable, field: FigureField, total: StatedNumber | undefined): Int32Array {
  const figures = t.figures;
  const lines = t.nodes.length;
  const order = new Int32Array(lines + 1);
  // The lines are in row order; the JUMLAH goes where its row (and column) puts it.
  let k = 0;
  let placed = total === undefined;
  const end = figures.mayState(field) ? lines : 0;
  for (let i = 0; i < end; i++) {
    if (figures.reading(field, i) === undefined) continue;
    if (
      !placed &&
      !figures.isBefore(field, i, (total as StatedNumber).ref.row, (total as StatedNumber).ref.col)
    ) {
      order[k++] = -1;
      placed = true;
    }
    order[k++] = i;
  }
  if (!placed) order[k++] = -1;
  return order.subarray(0, k);
}

/**
 * Every stated number of the model grouped by table and column (NUM-01…04 judge a column as a whole):
 * budget pagu, realisasi and sisa (Rupiah), capaian (percent); indicator targets, realisasi, capaian;
 * efficiency tables' capaian, budget columns and efficiency; survey NRR and IKM.
 */
// NUM-01…04 all ask for the same columns; collected once per model.
export const numberColumns: (model: WorkbookModel) => NumberColumn[] = perObject(collectColumns);

/** An indicator row's numbers, each to its column. */
function addIndicatorRow(table: TableColumns, r: IndicatorRow): void {
  table.addMeasure(r.target, K.target);
  table.addMeasure(r.realisasi, K.realisasi);
  table.addStated(r.capaian, 'persen', K.capaian);
  table.addMeasure(r.lalu?.target, K.targetLalu);
  table.addMeasure(r.lalu?.realisasi, K.realisasiLalu);
  table.addStated(r.lalu?.capaian, 'persen', K.capaianLalu);
  table.addMeasure(r.targetAkhir, K.targetAkhir);
  table.addMeasure(r.standarNasional, K.standarNasional);
  table.addStated(r.kemajuan, 'persen', K.kemajuan);
  table.addStated(r.perbandinganStandar, 'persen', K.perbandinganStandar);
}

function collectColumns(model: WorkbookModel): NumberColumn[] {
  const columns: NumberColumn[] = [];
  for (const t of model.budgets) columns.push(...budgetColumns(t));
  for (const t of model.indicators) {
    const table = new TableColumns(columns);
    // Indexed, each row in a function of its own: a table may have thousands of rows, and a for-of
    // makes an object per step until it is optimised.
    for (let i = 0; i < t.rows.length; i++) addIndicatorRow(table, t.rows[i]);
    if (t.average !== undefined) table.add(t.average.capaian, 'persen', K.capaian);
    table.finish();
  }
  for (const t of model.efficiencies) {
    const table = new TableColumns(columns);
    for (const r of t.rows) {
      table.addMeasure(r.target, K.target);
      table.addMeasure(r.realisasi, K.realisasi);
      table.addStated(r.capaian, 'persen', K.capaian);
      table.add(r.pagu, 'rupiah', K.paguAnggaran);
      table.add(r.realisasiAnggaran, 'rupiah', K.realisasiAnggaran);
      table.add(r.capaianAnggaran, 'persen', K.capaianAnggaran);
      table.add(r.efisiensi, 'persen', K.efisiensi);
      table.add(r.sisa, 'rupiah', K.sisa);
    }
    table.finish();
  }
  for (const t of model.surveys) {
    const table = new TableColumns(columns);
    for (const n of t.nrr ?? []) table.add(n, 'angka', K.nrr);
    table.add(t.ikm, 'angka', K.ikm);
    table.finish();
  }
  return columns;
}
