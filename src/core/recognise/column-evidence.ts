import { nearestDouble } from '../decimal';
import { readNumber } from '../numbers/read-number';
import type { ReadNumberOptions } from '../numbers/types';
import { cellAt, isCellError, type SheetSnapshot } from '../snapshot';
import { cellText, readGrade, readOptions } from './cells';
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

/** Profiles of the given columns over the sampled rows. */
export function profileColumns(
  sheet: SheetSnapshot,
  cols: readonly number[],
  rows: readonly number[],
): Map<number, ColumnProfile> {
  const out = new Map<number, ColumnProfile>();
  for (const col of cols) {
    const p: ColumnProfile = {
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
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const cell = cellAt(sheet, row, col);
      const v = cell?.value ?? null;
      if (v === null || isCellError(v) || typeof v === 'boolean') {
        p.values.push(undefined);
        continue;
      }
      const text = cellText(sheet, row, col);
      if (text === '') {
        p.values.push(undefined);
        continue;
      }
      p.filled++;
      if (typeof v === 'string' && MARKER.test(text)) p.markers++;
      if (typeof v === 'string' && readGrade(text) !== undefined) {
        p.grades++;
        p.values.push(undefined);
        continue;
      }
      // readNumber reads a number by its format and a text with its unit: no options made per cell.
      const reading =
        typeof v === 'number'
          ? readNumber(v, 'angka', readOptions(cell?.numberFormat))
          : readNumber(v, 'angka', WITH_UNIT);
      if (!reading.ok) {
        p.texts++;
        if (wordCount(text) > 3) p.longTexts++;
        else p.shortTexts++;
        if (namesUnsur(nameKey(text))) p.unsurNames++;
        p.values.push(undefined);
        continue;
      }
      p.numbers++;
      const x = nearestDouble(reading.value);
      if (reading.unit !== undefined) p.withUnit++;
      if (reading.percent) p.percents++;
      else if (Number.isInteger(x) && (Math.abs(x) >= 1000 || reading.groupSeparator !== undefined))
        p.rupiah++;
      else if (reading.groupSeparator !== undefined && reading.unit === undefined) p.rupiah++;
      p.values.push(x);
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
