import { nearestDouble } from '../decimal';
import { readNativeShape, readNumber } from '../numbers/read-number';
import type { NumberReadingOk, ReadNumberOptions } from '../numbers/types';
import { cellAt, type SheetSnapshot } from '../snapshot';
import { cleanCellText, readGrade, readOptions } from './cells';
import { UNSUR_NAMES } from './vocabulary';
import { nameKey } from '../text';

/**
 * Evidence from the numbers themselves (DESIGN.md §5): what kind of values a column holds — whole
 * Rupiah, percentages, grades, numbers with a unit, names, numbering markers — and the arithmetic
 * between columns (C ≈ B/A, C ≈ A − B). Read on a sample of the body (the first rows with figures),
 * so a 100 000-line sheet costs no more than a small one. Loose on purpose: it says what a column is,
 * not whether its figures are right (that is the checks' job).
 */

/** How many body rows the profiles and relations look at. */
const SAMPLE_ROWS = 400;

export interface ColumnProfile {
  col: number;
  filled: number;
  /** Figures of any kind. */
  numbers: number;
  /** Whole amounts of 1 000 or more, or written with grouping: Rupiah. */
  rupiah: number;
  /** Written with a % sign or a percent number format. */
  percents: number;
  /** A number followed by a unit word (`82 Nilai`, `17 Desa`). */
  withUnit: number;
  grades: number;
  /** Texts that are no figure. */
  texts: number;
  /** Texts of more than three words: names, indicators, sentences. */
  longTexts: number;
  /** Texts of one to three words (`Nilai`, `Dokumen`, `Persen`): units. */
  shortTexts: number;
  /** Numbering markers: I, 1, 1), -, 1.1, a. */
  markers: number;
  /** Texts naming one of the survey's unsur. */
  unsurNames: number;
  /** Each sampled row's value as a plain number (percentages as fractions), or undefined. */
  values: Array<number | undefined>;
}

const MARKER = /^(?:[IVXLCDM]+|\d{1,3}(?:\.\d{1,3})*|[A-Za-z])[.)]?$|^\(\d{1,3}\)$|^[-\u2013\u2014\u2022*]$/;

/** A row that sums up the others (JUMLAH, rata-rata, a survey's IKM and mutu lines), which says nothing of a column. */
const SUMMARY_LABEL =
  /^(jumlah|total|rata rata|nrr tertimbang|ikm|nilai ikm|indeks kepuasan|kriteria|mutu|kinerja unit|nilai unsur)\b/;

/**
 * Whether a text's key may begin with one of SUMMARY_LABEL's words (j, t, r, n, i, k, m): the key
 * begins with the text's first ASCII letter or digit in lower case. A tag, an entity or a character
 * beyond ASCII before it is left to the key; a text without one has an empty key.
 */
function mayBeSummaryLabel(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || c === 60 || c === 38) return true;
    if (c >= 48 && c <= 57) return false;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122)
      return (
        lower === 106 ||
        lower === 116 ||
        lower === 114 ||
        lower === 110 ||
        lower === 105 ||
        lower === 107 ||
        lower === 109
      );
  }
  return false;
}

/** The rows the evidence is read on: the first SAMPLE_ROWS body rows that are no summary line. */
export function sampleRows(sheet: SheetSnapshot, body: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const r = body[i];
    const cells = sheet.rows[r];
    let first: string | undefined;
    if (cells !== undefined)
      for (let c = 0; c < cells.length && first === undefined; c++) {
        const v = cells[c]?.value;
        if (typeof v === 'string' && v.trim() !== '') first = v;
      }
    // Most rows' first text (a marker, a code, a name) is told no summary line without its key.
    if (first !== undefined && mayBeSummaryLabel(first) && SUMMARY_LABEL.test(nameKey(first))) continue;
    out.push(r);
    if (out.length >= SAMPLE_ROWS) break;
  }
  return out;
}

const WITH_UNIT: ReadNumberOptions = { allowUnit: true };

// Counted and tested by loops, not split and some with a callback: every sampled text is asked.

/** The words of a cleaned text (`text.split(' ').length`). */
function wordCount(text: string): number {
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return words;
}

/** Whether a key names one of the survey's unsur. */
function namesUnsur(key: string): boolean {
  for (let i = 0; i < UNSUR_NAMES.length; i++) if (UNSUR_NAMES[i].words.test(key)) return true;
  return false;
}

/** What a text cell says of its column (see ColumnProfile): the same for every cell holding that text. */
interface TextEvidence {
  marker: boolean;
  grade: boolean;
  /** The text read as a figure (`82 Nilai`, `99,97 %`), or undefined when it is none. */
  figure: NumberReadingOk | undefined;
  long: boolean;
  unsurName: boolean;
}

/** A text's evidence; undefined when it is blank once cleaned. */
function textEvidence(v: string): TextEvidence | undefined {
  const text = cleanCellText(v);
  if (text === '') return undefined;
  const grade = readGrade(text) !== undefined;
  const reading = grade ? undefined : readNumber(v, 'angka', WITH_UNIT);
  const figure = reading?.ok === true ? reading : undefined;
  const isText = !grade && figure === undefined;
  return {
    marker: MARKER.test(text),
    grade,
    figure,
    long: isText && wordCount(text) > 3,
    unsurName: isText && namesUnsur(nameKey(text)),
  };
}

function emptyProfile(col: number): ColumnProfile {
  return {
    col,
    filled: 0,
    numbers: 0,
    rupiah: 0,
    percents: 0,
    withUnit: 0,
    grades: 0,
    texts: 0,
    longTexts: 0,
    shortTexts: 0,
    markers: 0,
    unsurNames: 0,
    values: [],
  };
}

/** Counts a figure in a profile. */
function addFigure(p: ColumnProfile, reading: NumberReadingOk): void {
  p.numbers++;
  const x = nearestDouble(reading.value);
  if (reading.unit !== undefined) p.withUnit++;
  if (reading.percent) p.percents++;
  else if (Number.isInteger(x) && (Math.abs(x) >= 1000 || reading.groupSeparator !== undefined)) p.rupiah++;
  else if (reading.groupSeparator !== undefined && reading.unit === undefined) p.rupiah++;
  p.values.push(x);
}

/** Counts a text that is no figure (nor a grade) in a profile. */
function addText(p: ColumnProfile, long: boolean, unsurName: boolean): void {
  p.texts++;
  if (long) p.longTexts++;
  else p.shortTexts++;
  if (unsurName) p.unsurNames++;
  p.values.push(undefined);
}

/** Counts a cell number in a profile. */
function addNumber(p: ColumnProfile, n: number, numberFormat: string | undefined): void {
  p.filled++;
  if (Number.isSafeInteger(n)) {
    // A whole number's Decimal is the number, and so is its nearest double (−0 reads as 0): no Decimal
    // made. Read natively it has no unit and no group separator; its format may make it a percentage.
    p.numbers++;
    if (readNativeShape(n, 'angka', numberFormat)?.percent === true) p.percents++;
    else if (Math.abs(n) >= 1000) p.rupiah++;
    p.values.push(n === 0 ? 0 : n);
    return;
  }
  const reading = readNumber(n, 'angka', readOptions(numberFormat));
  if (reading.ok) addFigure(p, reading);
  else {
    const text = String(n);
    addText(p, wordCount(text) > 3, namesUnsur(nameKey(text)));
  }
}

/** Profiles of the given columns over the sampled rows. */
export function profileColumns(
  sheet: SheetSnapshot,
  cols: readonly number[],
  rows: readonly number[],
): Map<number, ColumnProfile> {
  const out = new Map<number, ColumnProfile>();
  // A table's columns repeat their texts (markers, names, units): each is read once.
  const texts = new Map<string, TextEvidence | undefined>();
  for (const col of cols) {
    const p = emptyProfile(col);
    for (let i = 0; i < rows.length; i++) {
      const cell = cellAt(sheet, rows[i], col);
      const v = cell?.value;
      if (typeof v === 'number') {
        addNumber(p, v, cell?.numberFormat);
        continue;
      }
      if (typeof v !== 'string') {
        p.values.push(undefined);
        continue;
      }
      let e = texts.get(v);
      if (e === undefined && !texts.has(v)) {
        e = textEvidence(v);
        texts.set(v, e);
      }
      if (e === undefined) {
        p.values.push(undefined);
        continue;
      }
      p.filled++;
      if (e.marker) p.markers++;
      if (e.grade) {
        p.grades++;
        p.values.push(undefined);
      } else if (e.figure !== undefined) addFigure(p, e.figure);
      else addText(p, e.long, e.unsurName);
    }
    out.set(col, p);
  }
  return out;
}

/** Whether most of a column's figures are whole Rupiah amounts. */
export function isRupiahColumn(p: ColumnProfile | undefined): boolean {
  return p !== undefined && p.numbers > 0 && p.rupiah * 2 > p.numbers;
}

/** Whether a column holds figures at all (more figures than texts). */
export function isNumericColumn(p: ColumnProfile | undefined): boolean {
  return p !== undefined && p.numbers > 0 && p.numbers >= p.texts;
}

/** A relation between columns, and on how many rows it holds. */
export interface Relation {
  holds: number;
  of: number;
}

/** The share of rows on which a relation holds; 0 when it could be tried on none. */
export function share(r: Relation): number {
  return r.of === 0 ? 0 : r.holds / r.of;
}

/**
 * C ≈ B / A: the rows where all three are figures and A ≠ 0, and those where C is within a point of
 * B/A as a fraction (C read as a fraction when it is ≤ 1,5, as points above that).
 */
export function ratioRelation(c: ColumnProfile, b: ColumnProfile, a: ColumnProfile): Relation {
  let holds = 0;
  let of = 0;
  for (let i = 0; i < c.values.length; i++) {
    const cv = c.values[i];
    const bv = b.values[i];
    const av = a.values[i];
    if (cv === undefined || bv === undefined || av === undefined || av === 0) continue;
    of++;
    const q = bv / av;
    const frac = Math.abs(cv) > 1.5 ? cv / 100 : cv;
    if (Math.abs(frac - q) <= 0.01 || Math.abs(cv - q) <= 0.01) holds++;
  }
  return { holds, of };
}

/** C ≈ A − B on the rows where all three are figures (within one unit). */
export function differenceRelation(c: ColumnProfile, a: ColumnProfile, b: ColumnProfile): Relation {
  let holds = 0;
  let of = 0;
  for (let i = 0; i < c.values.length; i++) {
    const cv = c.values[i];
    const av = a.values[i];
    const bv = b.values[i];
    if (cv === undefined || av === undefined || bv === undefined) continue;
    of++;
    if (Math.abs(cv - (av - bv)) <= Math.max(1, Math.abs(av) * 1e-9)) holds++;
  }
  return { holds, of };
}

/**
 * E against two percentage columns K and A: how many rows follow each efficiency method of DESIGN.md
 * §3.4 — K − A (selisih), K / A (indeks), 1 − A (sisa) — within half a point.
 */
export function efficiencyRelation(e: ColumnProfile, k: ColumnProfile, a: ColumnProfile): Relation {
  let holds = 0;
  let of = 0;
  const frac = (v: number) => (Math.abs(v) > 1.5 ? v / 100 : v);
  for (let i = 0; i < e.values.length; i++) {
    const ev = e.values[i];
    const kv = k.values[i];
    const av = a.values[i];
    if (ev === undefined || kv === undefined || av === undefined) continue;
    of++;
    const E = frac(ev);
    const K = frac(kv);
    const A = frac(av);
    const near = (x: number) => Math.abs(E - x) <= 0.006 || Math.abs(ev - x) <= 0.006;
    if (near(K - A) || (A !== 0 && near(K / A)) || near(1 - A)) holds++;
  }
  return { holds, of };
}
