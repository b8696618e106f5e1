import { cellAddress, cellAt, isCellError, type SheetSnapshot } from '../snapshot';
import { cleanText } from '../text';
import { readNumber } from '../numbers/read-number';
import type { NumberKind, NumberReadingOk } from '../numbers/types';
import type { CellRef, StatedNumber, StatedText } from '../model/source';
import type { Measure } from '../model/indicator';
import type { RuleId, Severity, Temuan } from '../temuan';
import { recogniseKinerjaMessages as msg, tebakanAngkaNama } from '../messages/recognise-kinerja';

/**
 * Cell helpers shared by the indicator, survey and template recognisers: text of a cell, a number or
 * text as stated, a target/realisasi as a Measure, and the notes those readings leave.
 */

/** Grades of the ordinal scales of DESIGN.md §3.1 (SAKIP predikat, opini BPK, IKM mutu), longest first. */
const GRADES = ['AA', 'BB', 'CC', 'WTP', 'WDP', 'TMP', 'TW', 'A', 'B', 'C', 'D'];
const GRADE_PATTERN = new RegExp(`^(${GRADES.join('|')})(?:\\s+(.+))?$`);

/** The cell's value as cleaned text: numbers in JavaScript form, errors and blanks as ''. Example: `' 82 Nilai '` → `'82 Nilai'`. */
export function cellText(sheet: SheetSnapshot, row: number, col: number): string {
  const v = cellAt(sheet, row, col)?.value;
  if (v === null || v === undefined || isCellError(v)) return '';
  if (typeof v === 'string') return cleanText(v);
  return String(v);
}

/**
 * How many text cells of a row match `pattern` (tested on the raw value), stopping at `enough`: a cheap
 * test that lets the recognisers skip the rows of a 50 000-line sheet that cannot start a table.
 */
export function countTextMatches(sheet: SheetSnapshot, row: number, pattern: RegExp, enough = 1): number {
  const cells = sheet.rows[row];
  if (cells === undefined) return 0;
  let n = 0;
  for (const cell of cells) {
    const v = cell?.value;
    if (typeof v === 'string' && v.length <= 200 && pattern.test(v) && ++n >= enough) return n;
  }
  return n;
}

/** Whether a row has no non-blank cell between columns `left` and `right` (inclusive). */
export function isBlankRow(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (cellText(sheet, row, c) !== '') return false;
  return true;
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

/** The NUM-02 notes for what the number reader had to guess; none when the reading was certain. */
export function guessNotes(ref: CellRef, text: string, reading: NumberReadingOk): Temuan[] {
  return reading.guesses.map((g) =>
    note(
      ref.sheet,
      ref.row,
      ref.col,
      'NUM-02',
      'peringatan',
      msg.tebakanAngka(text, reading.value.toFixed().replace('.', ','), tebakanAngkaNama[g] ?? g),
    ),
  );
}

/** The text at a cell as a StatedText, or undefined when blank. */
export function statedText(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
): StatedText | undefined {
  if (col === undefined) return undefined;
  const text = cellText(sheet, row, col);
  return text === '' ? undefined : { ref: { sheet: sheet.name, row, col }, text };
}

/**
 * A number as stated, read as `kind` (percentages as fractions), or the text when it is not a number
 * (`Belum ada penilaian`); undefined when blank. Guesses go to `notes`.
 * Example: `'99,93 %'` in a capaian column → StatedNumber 0.9993.
 */
export function statedNumberOrText(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  kind: NumberKind,
  notes: Temuan[],
): StatedNumber | StatedText | undefined {
  if (col === undefined) return undefined;
  const cell = cellAt(sheet, row, col);
  const ref = { sheet: sheet.name, row, col };
  const reading = readNumber(cell?.value ?? null, kind, { numberFormat: cell?.numberFormat });
  if (reading.ok) {
    notes.push(...guessNotes(ref, cellText(sheet, row, col), reading));
    return { ref, value: reading.value, reading };
  }
  const text = cellText(sheet, row, col);
  return text === '' ? undefined : { ref, text };
}

/** Only the number of `statedNumberOrText`; a text is dropped. */
export function statedNumber(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  kind: NumberKind,
  notes: Temuan[],
): StatedNumber | undefined {
  const s = statedNumberOrText(sheet, row, col, kind, notes);
  return s !== undefined && 'value' in s ? s : undefined;
}

/** A grade with its unit text: `'BB Nilai'` → `{ grade: 'BB', unit: 'Nilai' }`; undefined when not a grade. */
export function readGrade(text: string): { grade: string; unit?: string } | undefined {
  const m = GRADE_PATTERN.exec(text.trim());
  if (!m) return undefined;
  return m[2] === undefined ? { grade: m[1] } : { grade: m[1], unit: m[2] };
}

/**
 * A target or realisasi as written: `82 Nilai` → angka 82 unit `Nilai`; `100 %` → angka 1 (a fraction)
 * unit `%`; `BB Nilai` → predikat BB unit `Nilai`; `Belum ada penilaian` → teks; blank → kosong.
 * `defaultUnit` is used when the cell carries none (the template's Satuan). With `percentPoints` (the
 * template's Satuan `%`) a bare number is percentage points (100 → 1) and a percent-formatted one is
 * taken as the fraction it holds.
 */
export function readMeasure(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  notes: Temuan[],
  options: { defaultUnit?: string; percentPoints?: boolean } = {},
): Measure {
  const ref = { sheet: sheet.name, row, col };
  const cell = cellAt(sheet, row, col);
  const text = cellText(sheet, row, col);
  if (text === '') return { kind: 'kosong', ref };
  const grade = typeof cell?.value === 'string' ? readGrade(text) : undefined;
  if (grade !== undefined) {
    const unit = grade.unit ?? options.defaultUnit;
    return unit === undefined
      ? { kind: 'predikat', ref, grade: grade.grade }
      : { kind: 'predikat', ref, grade: grade.grade, unit };
  }
  const reading = readNumber(cell?.value ?? null, 'angka', {
    numberFormat: cell?.numberFormat,
    allowUnit: true,
  });
  if (!reading.ok) return { kind: 'teks', ref, text };
  notes.push(...guessNotes(ref, text, reading));
  if (options.percentPoints === true && !reading.percent) {
    const value = reading.value.div(100);
    return { kind: 'angka', ref, value, unit: '%', reading: { ...reading, value, percent: true } };
  }
  const unit = reading.percent ? '%' : (reading.unit ?? options.defaultUnit);
  return unit === undefined
    ? { kind: 'angka', ref, value: reading.value, reading }
    : { kind: 'angka', ref, value: reading.value, unit, reading };
}
