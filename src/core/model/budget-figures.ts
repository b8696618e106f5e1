import { decimalFromNumber, nearestDouble, type Decimal } from '../decimal';
import type { NumberReadingOk } from '../numbers/types';
import type { CellRef, StatedNumber } from './source';

/** The figures a budget line states, each in a column of its own. */
export const FIGURE_FIELDS = ['pagu', 'realisasi', 'capaian', 'sisa'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

const NONE = -1;
const SEN = 1;

/**
 * One field of every line of a budget table (the pagu of each line, say), held by line index: the
 * value as a double, the cell it was read from as a row and column, how it was read as an index into
 * readings shared by the table (a column has a handful of distinct ones: `bilangan` without guesses on
 * nearly every line). A regency's 100 000 lines then hold their figures in a few typed arrays instead of
 * a Decimal inside a reading inside a stated number with its cell reference for each: a fifth of the
 * memory and most of the garbage collection were those objects.
 *
 * A figure a double does not hold exactly (more than 15 significant digits), or read on another sheet,
 * is kept as stated, so nothing read is ever changed by the storage.
 */
class FigureColumn {
  /** The value as a double (whole Rupiah are exact below 2^53); NaN where the line states none. */
  readonly amounts: Float64Array;
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  /** Index into the table's readings; NONE where the line states no figure. */
  readonly readings: Int32Array;
  readonly flags: Uint8Array;
  /** Rupiah per unit of the amounts in a table that states its unit ("Pagu (Rp juta)"); 0 for none. */
  readonly perUnit: Float64Array;
  /** Figures kept as stated (see the class comment), by line. */
  readonly asStated = new Map<number, StatedNumber>();
  /** The last shape putNative stored here and its index: a column's figures are nearly all read alike. */
  nativeShape: ReadingShape | undefined;
  nativeShapeIndex = NONE;
  /** Whether a figure was ever stored in the column (a cleared one included). */
  stored = false;

  constructor(lines: number) {
    this.amounts = new Float64Array(lines).fill(Number.NaN);
    this.rows = new Int32Array(lines);
    this.cols = new Int32Array(lines);
    this.readings = new Int32Array(lines).fill(NONE);
    this.flags = new Uint8Array(lines);
    this.perUnit = new Float64Array(lines);
  }
}

/** A reading without its value: what a view of a figure shares with the other figures read alike. */
type ReadingShape = Omit<NumberReadingOk, 'value'>;

/**
 * The figures of a budget table's lines, by field and line index. Checks and planners that add up or
 * compare thousands of lines read `has`, `amount` (a double) and `reading` (how it was written); a
 * message or a division that needs the exact figure reads `stated(field, line)`, which builds the
 * stated number, Decimal and cell reference included, only then.
 */
export class BudgetFigures {
  private readonly pagu: FigureColumn;
  private readonly realisasi: FigureColumn;
  private readonly capaian: FigureColumn;
  private readonly sisa: FigureColumn;
  private readonly shapes: ReadingShape[] = [];
  private readonly shapeIndex = new Map<number | string, number>();

  constructor(
    readonly sheet: string,
    readonly lines: number,
  ) {
    this.pagu = new FigureColumn(lines);
    this.realisasi = new FigureColumn(lines);
    this.capaian = new FigureColumn(lines);
    this.sisa = new FigureColumn(lines);
  }

  /** A field's column, chosen by comparing the field's name (asked per figure: no keyed lookup). */
  private column(field: FigureField): FigureColumn {
    return field === 'pagu'
      ? this.pagu
      : field === 'realisasi'
        ? this.realisasi
        : field === 'capaian'
          ? this.capaian
          : this.sisa;
  }

  /** Stores a line's figure (or clears it with undefined). */
  put(field: FigureField, line: number, n: StatedNumber | undefined): void {
    const c = this.column(field);
    c.asStated.delete(line);
    c.readings[line] = NONE;
    c.amounts[line] = Number.NaN;
    if (n === undefined) return;
    c.stored = true;
    const amount = n.value.precision(true) <= 15 ? nearestDouble(n.value) : Number.NaN;
    if (n.ref.sheet !== this.sheet || Number.isNaN(amount) || n.reading.value !== n.value) {
      c.asStated.set(line, n);
      c.amounts[line] = nearestDouble(n.value);
      return;
    }
    c.amounts[line] = amount;
    c.rows[line] = n.ref.row;
    c.cols[line] = n.ref.col;
    c.readings[line] = this.shapeOf(n.reading);
    c.flags[line] = n.sen === true ? SEN : 0;
    c.perUnit[line] = n.rupiahPerUnit ?? 0;
  }

  /**
   * Stores a native cell number as `readNativeShape` read it (no Decimal made): the same figure as `put`
   * of its stated number, whose value is the number's shortest decimal. The shape is one
   * readNativeShape shares, never changed: the same object has the same index.
   */
  putNative(
    field: FigureField,
    line: number,
    row: number,
    col: number,
    amount: number,
    reading: ReadingShape,
  ): void {
    const c = this.column(field);
    c.stored = true;
    if (c.asStated.size > 0) c.asStated.delete(line);
    // −0 reads as 0, as its Decimal would.
    c.amounts[line] = amount === 0 ? 0 : amount;
    c.rows[line] = row;
    c.cols[line] = col;
    if (reading !== c.nativeShape) {
      c.nativeShape = reading;
      c.nativeShapeIndex = this.shapeOf(reading);
    }
    c.readings[line] = c.nativeShapeIndex;
    c.flags[line] = 0;
    c.perUnit[line] = 0;
  }

  /**
   * false where no line states the field (a table without a sisa column), so a pass over the lines
   * for it can be skipped; true once a figure of it was stored, even if cleared since.
   */
  mayState(field: FigureField): boolean {
    return this.column(field).stored;
  }

  /** Whether the line states the field. */
  has(field: FigureField, line: number): boolean {
    const c = this.column(field);
    return c.readings[line] !== NONE || c.asStated.has(line);
  }

  /**
   * The line's figure as a double (`amountOf`): exact for whole Rupiah below 2^53 and for every figure
   * of at most 15 significant digits, the nearest double for a longer one; NaN where the line states
   * none.
   */
  amount(field: FigureField, line: number): number {
    return this.column(field).amounts[line];
  }

  /**
   * The line's amount where it is a whole number of Rupiah a double holds exactly (below 2^53, in a
   * table without a unit): what the checks decide with doubles; NaN otherwise (not stated, a fraction,
   * too long, in `Rp juta`), where they read the stated figure.
   */
  wholeRupiah(field: FigureField, line: number): number {
    const c = this.column(field);
    const amount = c.amounts[line];
    if (!Number.isSafeInteger(amount)) return Number.NaN;
    const inRupiah =
      c.readings[line] === NONE ? c.asStated.get(line)?.rupiahPerUnit === undefined : c.perUnit[line] === 0;
    return inRupiah ? amount : Number.NaN;
  }

  /** The stated figure of a line, built when asked; undefined where the line states none. */
  stated(field: FigureField, line: number): StatedNumber | undefined {
    const c = this.column(field);
    const shape = c.readings[line];
    if (shape === NONE) return c.asStated.get(line);
    return new StatedFigure(this, c, line, this.shapes[shape]);
  }

  /** How the line's figure was read (style, text or number, guesses), without building its value. */
  reading(field: FigureField, line: number): Omit<NumberReadingOk, 'value'> | undefined {
    const c = this.column(field);
    const shape = c.readings[line];
    return shape === NONE ? c.asStated.get(line)?.reading : this.shapes[shape];
  }

  /**
   * How the field's figures were read, each reading (the object `reading` gives) with how many lines
   * read so, and the first line that states the field (`lines` where none does). Counted on the
   * column's reading indices: a column of 100 000 figures has a handful of readings, and no line is
   * asked for its own.
   */
  readingCounts(field: FigureField): { counts: Map<ReadingShape, number>; first: number } {
    const c = this.column(field);
    const perShape = new Int32Array(this.shapes.length);
    let first = countReadings(c.readings, perShape, this.lines);
    const counts = new Map<ReadingShape, number>();
    for (let s = 0; s < perShape.length; s++) if (perShape[s] > 0) counts.set(this.shapes[s], perShape[s]);
    for (const [line, n] of c.asStated) {
      counts.set(n.reading, (counts.get(n.reading) ?? 0) + 1);
      if (line < first) first = line;
    }
    return { counts, first };
  }

  /**
   * Whether every figure the lines state of the field is whole Rupiah a double holds (`wholeRupiah`
   * gives a number for each): what a check looking for the others asks before looking line by line.
   */
  allWholeRupiah(field: FigureField): boolean {
    const c = this.column(field);
    if (!columnAllWholeRupiah(c, this.lines)) return false;
    for (const line of c.asStated.keys()) if (Number.isNaN(this.wholeRupiah(field, line))) return false;
    return true;
  }

  /** Whether the line's figure stands before a cell in row order (row, then column), without building it. */
  isBefore(field: FigureField, line: number, row: number, col: number): boolean {
    const c = this.column(field);
    const kept = c.readings[line] === NONE ? c.asStated.get(line)?.ref : undefined;
    const r = kept === undefined ? c.rows[line] : kept.row;
    const k = kept === undefined ? c.cols[line] : kept.col;
    return r < row || (r === row && k < col);
  }

  /** Rupiah per unit of the line's amount, where its table states a unit (`Rp juta`). */
  rupiahPerUnit(field: FigureField, line: number): number | undefined {
    const c = this.column(field);
    if (c.readings[line] === NONE) return c.asStated.get(line)?.rupiahPerUnit;
    return c.perUnit[line] === 0 ? undefined : c.perUnit[line];
  }

  /** Whether the line's amount stands in a column that writes sen (`1.234.000,00`). */
  isSen(field: FigureField, line: number): boolean {
    const c = this.column(field);
    if (c.readings[line] === NONE) return c.asStated.get(line)?.sen === true;
    return (c.flags[line] & SEN) !== 0;
  }

  /** States the unit of every amount of a field (`Pagu (Rp juta)`: 1 000 000 Rupiah per unit). */
  setRupiahPerUnit(field: FigureField, unit: number): void {
    const c = this.column(field);
    c.perUnit.fill(unit);
    for (const n of c.asStated.values()) n.rupiahPerUnit = unit;
  }

  /** Marks every amount of a field as written in a column that writes sen. */
  markSen(field: FigureField): void {
    const c = this.column(field);
    for (let i = 0; i < c.flags.length; i++) c.flags[i] |= SEN;
    for (const n of c.asStated.values()) n.sen = true;
  }

  private shapeOf(reading: ReadingShape): number {
    const key = shapeKey(reading);
    let index = this.shapeIndex.get(key);
    if (index === undefined) {
      index = this.shapes.length;
      // Its parts by name: a reading may be a view (a figure of another table), whose link is no part.
      const shape: ReadingShape = {
        ok: true,
        style: reading.style,
        asText: reading.asText,
        percent: reading.percent,
        decimals: reading.decimals,
        guesses: reading.guesses,
      };
      if (reading.unit !== undefined) shape.unit = reading.unit;
      if (reading.groupSeparator !== undefined) shape.groupSeparator = reading.groupSeparator;
      this.shapes.push(shape);
      this.shapeIndex.set(key, index);
    }
    return index;
  }
}

/**
 * Counts the lines' reading indices into perShape; the first line that states one (`lines` for none).
 * A function that ends with its loop: asked of each field, the code optimised in the first one's loop
 * serves the next, where code after the loop, first met once the loop was optimised, would throw it away.
 */
function countReadings(readings: Int32Array, perShape: Int32Array, lines: number): number {
  let first = lines;
  for (let i = 0; i < lines; i++) {
    const shape = readings[i];
    if (shape === NONE) continue;
    perShape[shape] += 1;
    if (first === lines) first = i;
  }
  return first;
}

/**
 * Whether every figure of the column not kept as stated is whole Rupiah a double holds, without a unit.
 * A function that ends with its loop, as countReadings.
 */
function columnAllWholeRupiah(c: FigureColumn, lines: number): boolean {
  for (let i = 0; i < lines; i++)
    if (c.readings[i] !== NONE && (c.perUnit[i] !== 0 || !Number.isSafeInteger(c.amounts[i]))) return false;
  return true;
}

const STYLES = ['bilangan', 'id', 'en', 'polos'] as const;

/**
 * What tells readings apart: a small number for the usual reading (no guesses, no unit; asked of every
 * figure, so made without a string), else a text of every part.
 */
function shapeKey(r: ReadingShape): number | string {
  if (r.guesses.length === 0 && r.unit === undefined && r.decimals >= 0 && r.decimals < 64)
    return (
      STYLES.indexOf(r.style) +
      (r.asText ? 4 : 0) +
      (r.percent ? 8 : 0) +
      (r.groupSeparator === undefined ? 0 : r.groupSeparator === '.' ? 16 : 32) +
      64 * r.decimals
    );
  return `${r.style}|${r.asText}|${r.percent}|${r.decimals}|${r.groupSeparator}|${r.guesses.join(',')}|${r.unit}`;
}

/**
 * A stated figure as a double, without building its Decimal where the table's columns hold it as one:
 * the double nearest the figure — exact for every figure of at most 15 significant digits and for every
 * whole number it gives below 2^53; rounded for longer figures, so two of those may give the same
 * double; NaN where no double is cheap to know.
 */
export function amountOf(n: { value: Decimal }): number {
  return n instanceof StatedFigure ? n.amount : nearestDouble(n.value);
}

/**
 * A stated number seen through the table's columns: its value, reading and cell built on first ask.
 * Built anew on each ask of the figure, so it is compared by what it says, never by identity; its
 * parts are getters, so a copy is made by naming them (`{ ref, value, reading }`), not by spreading it.
 */
class StatedFigure implements StatedNumber {
  private decimal: Decimal | undefined;
  private cell: CellRef | undefined;
  private read: NumberReadingOk | undefined;

  constructor(
    private readonly figures: BudgetFigures,
    private readonly column: FigureColumn,
    private readonly line: number,
    private readonly shape: ReadingShape,
  ) {}

  get ref(): CellRef {
    return (this.cell ??= {
      sheet: this.figures.sheet,
      row: this.column.rows[this.line],
      col: this.column.cols[this.line],
    });
  }

  get amount(): number {
    return this.column.amounts[this.line];
  }

  get value(): Decimal {
    return (this.decimal ??= decimalFromNumber(this.column.amounts[this.line]));
  }

  get reading(): NumberReadingOk {
    return (this.read ??= new FigureReading(this.shape, this));
  }

  get rupiahPerUnit(): number | undefined {
    const unit = this.column.perUnit[this.line];
    return unit === 0 ? undefined : unit;
  }

  get sen(): true | undefined {
    return (this.column.flags[this.line] & SEN) !== 0 ? true : undefined;
  }
}

/**
 * The shared reading of a figure with this figure's value, built only if asked (NUM-01…04 ask only how it
 * was written). Like the figure, copied by naming its parts, not by spreading it.
 */
class FigureReading implements NumberReadingOk {
  readonly ok = true;
  readonly style: NumberReadingOk['style'];
  readonly asText: boolean;
  readonly percent: boolean;
  readonly decimals: number;
  readonly guesses: NumberReadingOk['guesses'];
  declare readonly unit?: string;
  declare readonly groupSeparator?: '.' | ',';

  constructor(
    shape: ReadingShape,
    private readonly figure: StatedFigure,
  ) {
    this.style = shape.style;
    this.asText = shape.asText;
    this.percent = shape.percent;
    this.decimals = shape.decimals;
    this.guesses = shape.guesses;
    if (shape.unit !== undefined) Object.assign(this, { unit: shape.unit });
    if (shape.groupSeparator !== undefined) Object.assign(this, { groupSeparator: shape.groupSeparator });
  }

  get value(): Decimal {
    return this.figure.value;
  }
}
