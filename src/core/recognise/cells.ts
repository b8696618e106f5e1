import { cellAddress, cellAt, isCellError, type CellValue, type SheetSnapshot } from '../snapshot';
import { cleanText } from '../text';
import { readNumber } from '../numbers/read-number';
import type { NumberKind, NumberReading, NumberReadingOk, ReadNumberOptions } from '../numbers/types';
import type { CellRef, StatedNumber, StatedText } from '../model/source';
import type { Measure } from '../model/indicator';
import type { Decimal } from '../decimal';
import type { RuleId, Severity, Temuan } from '../temuan';

/**
 * Reading cells the way every recogniser does: a cell's text, whether it is a figure, a number or a
 * text as stated, a target or realisasi as a Measure, and the notes (Temuan) recognisers leave.
 */

/**
 * Whether cleanText could change a text: a character outside printable ASCII, `<` or `&` (tags,
 * entities), two spaces in a row, or a space at either end. A loop, not a regular expression: every
 * text cell of a sheet is asked, and the alternation with anchors was the recogniser's costliest one.
 */
function needsCleaning(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return true;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return true;
      space = true;
      continue;
    }
    space = false;
    if (c < 0x21 || c > 0x7e || c === 60 || c === 38) return true;
  }
  return false;
}

/** cleanText, skipping the work for the plain ASCII text most cells hold (large sheets read faster). */
export function cleanCellText(s: string): string {
  return needsCleaning(s) ? cleanText(s) : s;
}

/** The text of a value: strings cleaned, numbers in plain JavaScript form, empty for blanks, booleans and errors. */
export function valueText(v: CellValue): string {
  if (typeof v === 'string') return cleanCellText(v);
  if (typeof v === 'number') return String(v);
  return '';
}

/** The cell's text as in valueText. Example: a cell holding `' <i>8,854,400</i>'` → `'8,854,400'`. */
export function cellText(sheet: SheetSnapshot, row: number, col: number): string {
  return valueText(cellAt(sheet, row, col)?.value ?? null);
}

/** A figure as typed: sign, `Rp`, digits and separators, a Rupiah `,-`/`.-` ending, a `%`. */
const FIGURE_TEXT = /^\(?[-+]?(?:Rp\.?\s*)?\d[\d.,\s]*(?:[.,]-)?\s*%?\)?$/i;

/**
 * Whether a cleaned text looks like a figure: `2.399.800`, `99,97 %`, `Rp 1.000`. A figure starts with
 * a digit, `(`, a sign or the R of `Rp` (the pattern's `i` folds no other character to R): a name, asked
 * on every budget row, fails on its first character without the pattern.
 */
export function isFigureText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 40 || c === 45 || c === 43 || c === 82 || c === 114)) return false;
  return FIGURE_TEXT.test(text);
}

/** Whether a cell value is a figure: a number, or a text such as `2.399.800`, `99,97 %`, `Rp 1.000`. */
export function isFigure(v: CellValue): boolean {
  if (typeof v === 'number') return true;
  return typeof v === 'string' && FIGURE_TEXT.test(cleanCellText(v));
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when a row has no non-blank cell between columns left and right (inclusive). */
export function isBlankRow(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  const cells = sheet.rows[row];
  if (cells === undefined) return true;
  const end = Math.min(right, cells.length - 1);
  for (let c = Math.max(0, left); c <= end; c++) {
    const v = cells[c]?.value;
    if (typeof v === 'number') return false;
    if (typeof v !== 'string') continue;
    // A text starting with a letter or digit keeps it when cleaned: most cells need no cleaning here.
    if (isAsciiLetterOrDigit(v.charCodeAt(0))) return false;
    if (v.trim() !== '' && valueText(v) !== '') return false;
  }
  return true;
}

/** A cell's text as rowCells gives it: an error's code (`#N/A`), else valueText. */
export function rowCellText(v: CellValue): string {
  return isCellError(v) ? v.error : valueText(v);
}

/** Non-blank cells of a row between left and right as [col, text]. */
export function rowCells(
  sheet: SheetSnapshot,
  row: number,
  left = 0,
  right = Number.MAX_SAFE_INTEGER,
): Array<[number, string]> {
  const cells = sheet.rows[row];
  const out: Array<[number, string]> = [];
  if (cells === undefined) return out;
  const end = Math.min(right, cells.length - 1);
  for (let c = Math.max(0, left); c <= end; c++) {
    const cell = cells[c];
    if (cell === undefined) continue;
    const t = rowCellText(cell.value);
    if (t !== '') out.push([c, t]);
  }
  return out;
}

/**
 * The text of the first of rowCells, `''` when there is none, without reading the cells after it (most
 * rows are rejected on it) nor making a pair for it.
 */
export function firstRowText(sheet: SheetSnapshot, row: number, left: number, right: number): string {
  const cells = sheet.rows[row];
  if (cells === undefined) return '';
  const end = Math.min(right, cells.length - 1);
  for (let c = Math.max(0, left); c <= end; c++) {
    const cell = cells[c];
    if (cell === undefined) continue;
    const t = rowCellText(cell.value);
    if (t !== '') return t;
  }
  return '';
}

/** A note (Temuan) at a cell. */
export function note(
  sheet: string,
  row: number,
  col: number,
  rule: RuleId,
  severity: Severity,
  message: string,
): Temuan {
  return { rule, severity, sheet, cell: cellAddress(row, col), row, col, message };
}

/*
 * What statedText, statedNumberOrText and readMeasure make is made with `new`, not as literals: a
 * recogniser keeps one per cell of a large table, and a literal kept long makes V8 change how its
 * allocation site allocates, which throws away the optimised code of its callers mid-table. Their keys
 * are the literals', in the same order.
 */
class Place implements CellRef {
  constructor(
    public sheet: string,
    public row: number,
    public col: number,
  ) {}
}

class Stated implements StatedText {
  constructor(
    public ref: CellRef,
    public text: string,
  ) {}
}

class StatedFigure implements StatedNumber {
  constructor(
    public ref: CellRef,
    public value: Decimal,
    public reading: NumberReadingOk,
  ) {}
}

/** An `angka` Measure; `unit` is absent, not undefined, when there is none. */
class Angka {
  readonly kind = 'angka';
  ref: CellRef;
  value: Decimal;
  unit?: string;
  reading: NumberReadingOk;
  constructor(ref: CellRef, value: Decimal, unit: string | undefined, reading: NumberReadingOk) {
    this.ref = ref;
    this.value = value;
    if (unit !== undefined) this.unit = unit;
    this.reading = reading;
  }
}

/** The text at a cell as a StatedText, or undefined when blank. */
export function statedText(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
): StatedText | undefined {
  if (col === undefined) return undefined;
  const text = cellText(sheet, row, col);
  return text === '' ? undefined : new Stated(new Place(sheet.name, row, col), text);
}

/**
 * readNumber's options per number format, made once instead of per figure: a workbook uses a handful
 * of formats. Bounded, so a long-lived task pane cannot grow it without end.
 */
const OPTIONS_BY_FORMAT = new Map<string, ReadNumberOptions>();
const NO_OPTIONS: ReadNumberOptions = {};

export function readOptions(numberFormat: string | undefined): ReadNumberOptions {
  if (numberFormat === undefined) return NO_OPTIONS;
  let options = OPTIONS_BY_FORMAT.get(numberFormat);
  if (options === undefined) {
    options = { numberFormat };
    if (OPTIONS_BY_FORMAT.size < 1000) OPTIONS_BY_FORMAT.set(numberFormat, options);
  }
  return options;
}

/**
 * Readings of cell numbers per kind and number format, kept: a table repeats its figures (a capaian of
 * 100 %, survey answers of 1 to 4), a number's reading depends on those three alone, and a reading is
 * never changed once made, so one serves every cell that holds its number. Each map is cleared when
 * full, so a long-lived task pane does not grow them without end.
 */
const CELL_NUMBER_READINGS: Record<NumberKind, Map<string | undefined, Map<number, NumberReading>>> = {
  rupiah: new Map(),
  persen: new Map(),
  angka: new Map(),
};
const CELL_NUMBER_FORMATS_LIMIT = 20;
const CELL_NUMBER_READINGS_LIMIT = 2_000;

/** readNumber of a cell's number, kept (CELL_NUMBER_READINGS). */
export function readCellNumber(n: number, kind: NumberKind, numberFormat: string | undefined): NumberReading {
  const byFormat = CELL_NUMBER_READINGS[kind];
  let readings = byFormat.get(numberFormat);
  if (readings === undefined) {
    if (byFormat.size >= CELL_NUMBER_FORMATS_LIMIT) byFormat.clear();
    readings = new Map();
    byFormat.set(numberFormat, readings);
  }
  let reading = readings.get(n);
  if (reading === undefined) {
    reading = readNumber(n, kind, readOptions(numberFormat));
    if (readings.size >= CELL_NUMBER_READINGS_LIMIT) readings.clear();
    readings.set(n, reading);
  }
  return reading;
}

/**
 * A number as stated, read as `kind` (percentages as fractions), or the text when it is not a number
 * (`Belum ada penilaian`); undefined when blank. Example: `'99,93 %'` in a capaian column → 0.9993.
 */
export function statedNumberOrText(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  kind: NumberKind,
): StatedNumber | StatedText | undefined {
  if (col === undefined) return undefined;
  const cell = cellAt(sheet, row, col);
  const ref = new Place(sheet.name, row, col);
  const value = cell?.value ?? null;
  const reading =
    typeof value === 'number'
      ? readCellNumber(value, kind, cell?.numberFormat)
      : readNumber(value, kind, readOptions(cell?.numberFormat));
  if (reading.ok) return new StatedFigure(ref, reading.value, reading);
  const text = cellText(sheet, row, col);
  return text === '' ? undefined : new Stated(ref, text);
}

/** Only the number of `statedNumberOrText`; a text is dropped. */
export function statedNumber(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  kind: NumberKind,
): StatedNumber | undefined {
  const s = statedNumberOrText(sheet, row, col, kind);
  return s !== undefined && 'value' in s ? s : undefined;
}

/** Grades of the ordinal scales of DESIGN.md §3.1 (SAKIP predikat, opini BPK, IKM mutu), longest first. */
const GRADES = ['AA', 'BB', 'CC', 'WTP', 'WDP', 'TMP', 'TW', 'A', 'B', 'C', 'D'];
const GRADE_PATTERN = new RegExp(`^(${GRADES.join('|')})(?:\\s+(.+))?$`);

/** A grade with its unit text: `'BB Nilai'` → `{ grade: 'BB', unit: 'Nilai' }`; undefined when not a grade. */
export function readGrade(text: string): { grade: string; unit?: string } | undefined {
  const t = text.trim();
  // Every grade begins with A, B, C, D, T or W: a measure such as `12 Laporan` fails without the pattern.
  const c = t.charCodeAt(0);
  if (c !== 65 && c !== 66 && c !== 67 && c !== 68 && c !== 84 && c !== 87) return undefined;
  const m = GRADE_PATTERN.exec(t);
  if (!m) return undefined;
  return m[2] === undefined ? { grade: m[1] } : { grade: m[1], unit: m[2] };
}

/** A parenthesised remark after a figure (`82 (>100%)`, `100 (tercapai)`), which says nothing about the figure. */
const TRAILING_REMARK = /^(.*?\d[^()]*?)\s*\([^()]*\)\s*$/;

/**
 * Readings of measure texts, kept: a table repeats its targets and realisasi (`100 %`, `12 Laporan`), and
 * a text's reading depends on the text alone (readNumber reads no number format for a text). A reading
 * is never changed once made, so one serves every cell that holds its text. Cleared when full, so a
 * long-lived task pane does not grow it without end.
 */
const MEASURE_TEXT_READINGS = new Map<string, NumberReading>();
const MEASURE_TEXT_READINGS_LIMIT = 10_000;

function readMeasureText(text: string): NumberReading {
  let reading = MEASURE_TEXT_READINGS.get(text);
  if (reading === undefined) {
    reading = readNumber(text, 'angka', { allowUnit: true });
    if (MEASURE_TEXT_READINGS.size >= MEASURE_TEXT_READINGS_LIMIT) MEASURE_TEXT_READINGS.clear();
    MEASURE_TEXT_READINGS.set(text, reading);
  }
  return reading;
}

/**
 * A target or realisasi as written: `82 Nilai` → angka 82 unit `Nilai`; `100 %` → angka 1 (a fraction)
 * unit `%`; `BB Nilai` → predikat BB unit `Nilai`; `Belum ada penilaian` → teks; blank → kosong; a remark
 * in parentheses after the figure (`82 (>100%)`) is left out. `defaultUnit` is used when the cell
 * carries none (the Satuan column). With `percentPoints` (a Satuan of `%`) a bare number is percentage
 * points (100 → 1) and a percent-formatted one is taken as the fraction it holds.
 */
export function readMeasure(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  options: { defaultUnit?: string; percentPoints?: boolean } = {},
): Measure {
  const ref = new Place(sheet.name, row, col);
  const cell = cellAt(sheet, row, col);
  const text = valueText(cell?.value ?? null);
  if (text === '') return { kind: 'kosong', ref };
  const grade = typeof cell?.value === 'string' ? readGrade(text) : undefined;
  if (grade !== undefined) {
    const unit = grade.unit ?? options.defaultUnit;
    return unit === undefined
      ? { kind: 'predikat', ref, grade: grade.grade }
      : { kind: 'predikat', ref, grade: grade.grade, unit };
  }
  // The remark's pattern ends in `)`: a text without one is read whole.
  const remark = typeof cell?.value === 'string' && text.includes(')') ? TRAILING_REMARK.exec(text) : null;
  const value = remark !== null ? remark[1] : (cell?.value ?? null);
  // Units (allowUnit) are read from a text only.
  const reading =
    typeof value === 'string'
      ? readMeasureText(value)
      : typeof value === 'number'
        ? readCellNumber(value, 'angka', cell?.numberFormat)
        : readNumber(value, 'angka', readOptions(cell?.numberFormat));
  if (!reading.ok) return { kind: 'teks', ref, text };
  if (options.percentPoints === true && !reading.percent) {
    const fraction = reading.value.div(100);
    return new Angka(ref, fraction, '%', { ...reading, value: fraction, percent: true });
  }
  return new Angka(
    ref,
    reading.value,
    reading.percent ? '%' : (reading.unit ?? options.defaultUnit),
    reading,
  );
}
