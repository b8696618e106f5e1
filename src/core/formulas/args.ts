import { Decimal, decimalFromNumber } from '../decimal';
import type { Polaritas } from '../model/indicator';
import type { NumberKind } from '../numbers/types';
import { readNumber } from '../numbers/read-number';
import { PESAN_FUNGSI } from '../messages/fungsi';
import type { ScaleBand } from '../settings';
import { berhasil, gagal, type FormulaResult } from './result';
import { gradeCode } from './scales';

/**
 * The one argument runner of the SAKIP formulas (STYLE.md §2): each formula family declares a table of
 * its parameters (name + coercer), and `jalankan` coerces every raw argument — a cell value from a custom
 * function, a model value from a check or a planner — before the body runs, so bodies see valid input.
 *
 * Raw values: numbers are taken as they are (Excel already stores percentages as fractions); text is read
 * with the number reader (id-ID `87,15`, `1.234,5`, `99,97 %`); null, undefined and blank text are empty.
 */

/** Turns one raw argument into a typed value or a failure; `nama` names the argument in messages. */
export type Coercer<T> = (raw: unknown, nama: string) => FormulaResult<T>;

/** One row of a parameter table. */
export interface Param<T> {
  nama: string;
  coerce: Coercer<T>;
}

/** A parameter table row. Example: `param('target', asUkuran)`. */
export function param<T>(nama: string, coerce: Coercer<T>): Param<T> {
  return { nama, coerce };
}

type ArgValues<P extends readonly Param<unknown>[]> = {
  [K in keyof P]: P[K] extends Param<infer T> ? T : never;
};

/**
 * Coerces `args` by the table `params` (in order) and runs `body` on the values; the first argument
 * that fails is the result. Example: `jalankan([param('x', asNumber())], ['1,5'], (x) => berhasil(x))`
 * → `{ ok: true, value: 1.5 }`.
 */
export function jalankan<P extends readonly Param<unknown>[], R>(
  params: P,
  args: readonly unknown[],
  body: (...values: ArgValues<P>) => FormulaResult<R>,
): FormulaResult<R> {
  const values: unknown[] = [];
  for (let i = 0; i < params.length; i++) {
    const coerced = params[i].coerce(args[i], params[i].nama);
    if (!coerced.ok) return coerced;
    values.push(coerced.value);
  }
  return body(...(values as ArgValues<P>));
}

/** True for what counts as an empty argument or cell: null, undefined, blank text. */
export function isKosong(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** Texts that mean "no value yet": `Belum ada penilaian`, `belum dinilai`, `-`. */
const BELUM_DINILAI = /^(belum\b.*|-+|—|–)$/i;

/**
 * A number. Native numbers are exact as typed; text is read as `kind` (`persen` reads `86,17` as
 * 0.8617, `angka` as 86.17; a `%` sign always makes a fraction). Empty or "Belum ada penilaian" → #N/A.
 * Example: `asNumber('angka')('4.186.950', 'target')` → 4186950.
 */
export function asNumber(kind: NumberKind = 'angka', allowUnit = false): Coercer<Decimal> {
  return (raw, nama) => {
    if (isKosong(raw)) return gagal('tidak-tersedia', PESAN_FUNGSI.argumenKosong(nama));
    if (typeof raw === 'number') {
      return Number.isFinite(raw)
        ? berhasil(decimalFromNumber(raw))
        : gagal('angka', PESAN_FUNGSI.argumenTakTerbatas(nama));
    }
    if (Decimal.isDecimal(raw)) return berhasil(raw as Decimal);
    if (typeof raw === 'boolean') return gagal('nilai', PESAN_FUNGSI.argumenLogika(nama));
    if (typeof raw === 'string' && BELUM_DINILAI.test(raw.trim())) {
      return gagal('tidak-tersedia', PESAN_FUNGSI.belumDinilai(nama));
    }
    const reading = readNumber(raw, kind, { allowUnit });
    if (reading.ok) return berhasil(reading.value);
    if (reading.reason === 'kosong') return gagal('tidak-tersedia', PESAN_FUNGSI.argumenKosong(nama));
    if (reading.reason === 'galat-excel') return gagal('nilai', PESAN_FUNGSI.argumenGalatExcel(nama));
    return gagal('nilai', PESAN_FUNGSI.argumenBukanAngka(nama, reading.text));
  };
}

/** A qualitative grade on one of the ordinal scales of scales.ts (`BB`, `WTP`, `A`). */
export interface Grade {
  grade: string;
}

/** A target or realisasi: a number, or a grade. */
export type Ukuran = Decimal | Grade;

/** True when the measure is a grade rather than a number. */
export function isGrade(u: Ukuran): u is Grade {
  return !Decimal.isDecimal(u);
}

/**
 * A target or realisasi: a grade (`BB`, `wtp`), else a number (`82`, `"87,15"`, `"82 Nilai"`, `"100 %"`).
 * Empty and "Belum ada penilaian" → #N/A failure (never 0).
 */
export const asUkuran: Coercer<Ukuran> = (raw, nama) => {
  if (isKosong(raw)) return gagal('tidak-tersedia', PESAN_FUNGSI.belumDinilai(nama));
  if (typeof raw === 'object' && raw !== null && 'grade' in raw) return berhasil(raw as Grade);
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (BELUM_DINILAI.test(text)) return gagal('tidak-tersedia', PESAN_FUNGSI.belumDinilai(nama));
    const code = gradeCode(text);
    if (code !== undefined) return berhasil({ grade: code });
  }
  return asNumber('angka', true)(raw, nama);
};

/**
 * A choice from a fixed list, matched case-insensitively with spaces and underscores read as `-` and a
 * decimal point as a comma.
 * Example: `asPilihan(['huruf', 'keterangan'])('Keterangan', 'bentuk')` → `keterangan`.
 */
export function asPilihan<T extends string>(pilihan: readonly T[]): Coercer<T> {
  return (raw, nama) => {
    if (isKosong(raw)) return gagal('nilai', PESAN_FUNGSI.argumenKosong(nama));
    const text = String(raw).trim();
    // A number typed for a choice such as `0,111` arrives as 0.111: compare with a decimal comma.
    const key = text
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .replace('.', ',');
    const found = pilihan.find((p) => p.toLowerCase() === key);
    return found === undefined
      ? gagal('nilai', PESAN_FUNGSI.pilihanTidakDikenal(nama, text, pilihan))
      : berhasil(found);
  };
}

/** Polaritas: `positif`, `negatif` or `negatif-rasio` (also `negatif rasio`). */
export const asPolaritas: Coercer<Polaritas> = asPilihan<Polaritas>(['positif', 'negatif', 'negatif-rasio']);

/** An optional argument: empty (null from Excel, undefined from code) gives `bawaan`. */
export function asOptional<T>(coerce: Coercer<T>, bawaan: T): Coercer<T> {
  return (raw, nama) => (isKosong(raw) ? berhasil(bawaan) : coerce(raw, nama));
}

/** An optional argument without a default: empty gives undefined. */
export function asMaybe<T>(coerce: Coercer<T>): Coercer<T | undefined> {
  return (raw, nama) => (isKosong(raw) ? berhasil(undefined) : coerce(raw, nama));
}

/** A range argument as rows of cells; a single value is a 1×1 range. */
export function asRentang(raw: unknown): unknown[][] {
  if (Array.isArray(raw)) return raw.map((row) => (Array.isArray(row) ? row : [row]));
  return [[raw]];
}

/** Names the cell at a position of a range for messages; the default says "baris 3, kolom 5 rentang". */
export type NamaSel = (row: number, col: number) => string;

/**
 * A range of numbers with blanks as null, e.g. survey answers or a row of NRR. Text cells are read as
 * id-ID numbers; a cell that is not a number fails with #NUM! at its position, named by `namaSel`.
 */
export function asMatriksAngka(namaSel: NamaSel = PESAN_FUNGSI.letakRelatif): Coercer<(Decimal | null)[][]> {
  return matriks(namaSel, false) as Coercer<(Decimal | null)[][]>;
}

/**
 * asMatriksAngka for survey answers: a cell holding a finite JS number stays that number (hitungIkm
 * checks and sums whole answers 1–4 as integers, exactly, without a Decimal per answer).
 */
export function asMatriksJawaban(
  namaSel: NamaSel = PESAN_FUNGSI.letakRelatif,
): Coercer<(number | Decimal | null)[][]> {
  return matriks(namaSel, true);
}

function matriks(namaSel: NamaSel, keepNumbers: boolean): Coercer<(number | Decimal | null)[][]> {
  const angka = asNumber('angka');
  return (raw) => {
    const rows = asRentang(raw);
    const out: (number | Decimal | null)[][] = [];
    for (let r = 0; r < rows.length; r++) {
      const row: (number | Decimal | null)[] = [];
      for (let c = 0; c < rows[r].length; c++) {
        const cell = rows[r][c];
        if (isKosong(cell)) {
          row.push(null);
          continue;
        }
        if (keepNumbers && typeof cell === 'number' && Number.isFinite(cell)) {
          row.push(cell);
          continue;
        }
        const read = angka(cell, '');
        if (!read.ok) {
          return gagal('angka', PESAN_FUNGSI.selBukanAngka(String(cell), namaSel(r, c)), { row: r, col: c });
        }
        row.push(read.value);
      }
      out.push(row);
    }
    return berhasil(out);
  };
}

/** Which scale a user range is for: kategori bounds become fractions, predikat bounds points. */
export type JenisSkala = 'kategori' | 'predikat';

/**
 * A user scale from a 2-column range of (batas bawah, label) rows, in either column order; blank rows
 * and a header row (no number in it) are skipped. Bounds may be fractions (0,91), points (91) or
 * percent text ("91%"): a bound with a `%` sign is a fraction; otherwise, when every bound is ≤ 2 the
 * range is read as fractions, else as points. Result: ScaleBand[] in the Settings unit (fractions for
 * kategori, points for predikat). Example: rows [[91,'ST'],[0,'SR']] for kategori → lower 0.91 and 0.
 */
export function asSkala(jenis: JenisSkala): Coercer<ScaleBand[]> {
  return (raw, nama) => {
    if (!Array.isArray(raw)) return gagal('nilai', PESAN_FUNGSI.argumenBukanRentang(nama));
    const rows = asRentang(raw);
    if (rows.some((row) => row.length !== 2)) return gagal('nilai', PESAN_FUNGSI.skalaBukanDuaKolom);
    const found: Array<{ lower: Decimal; fraction: boolean; label: string }> = [];
    for (let r = 0; r < rows.length; r++) {
      const [a, b] = rows[r];
      if (isKosong(a) && isKosong(b)) continue;
      const band = bacaBarisSkala(a, b) ?? bacaBarisSkala(b, a);
      if (band === undefined) {
        const isHeader = found.length === 0 && !isKosong(a) && !isKosong(b) && !adaAngka(a) && !adaAngka(b);
        if (isHeader) continue;
        return gagal('nilai', PESAN_FUNGSI.skalaBarisTidakSah(PESAN_FUNGSI.letakRelatif(r, 0)), {
          row: r,
          col: 0,
        });
      }
      found.push(band);
    }
    if (found.length === 0) return gagal('nilai', PESAN_FUNGSI.skalaKosong);
    const plainAreFractions = found.filter((f) => !f.fraction).every((f) => f.lower.lte(2));
    const seen = new Set<string>();
    const bands: ScaleBand[] = [];
    for (const f of found) {
      const asFraction = f.fraction || plainAreFractions ? f.lower : f.lower.div(100);
      const lower = jenis === 'kategori' ? asFraction : asFraction.times(100);
      const key = lower.toString();
      if (seen.has(key)) return gagal('nilai', PESAN_FUNGSI.skalaBatasGanda(lower));
      seen.add(key);
      bands.push({ lower: lower.toNumber(), label: f.label });
    }
    return berhasil(bands);
  };
}

function adaAngka(raw: unknown): boolean {
  return typeof raw === 'number' || (typeof raw === 'string' && readNumber(raw, 'angka').ok);
}

/** A (bound, label) pair when `bound` is a number and `label` a non-empty text. */
function bacaBarisSkala(
  bound: unknown,
  label: unknown,
): { lower: Decimal; fraction: boolean; label: string } | undefined {
  if (typeof label !== 'string' || label.trim() === '' || adaAngka(label)) return undefined;
  if (typeof bound === 'number' && Number.isFinite(bound)) {
    return { lower: decimalFromNumber(bound), fraction: false, label: label.trim() };
  }
  if (typeof bound === 'string') {
    const reading = readNumber(bound, 'angka');
    if (reading.ok) return { lower: reading.value, fraction: reading.percent, label: label.trim() };
  }
  return undefined;
}
