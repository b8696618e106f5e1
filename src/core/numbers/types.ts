import type { Decimal } from '../decimal';

/**
 * What a column holds, which decides how an ambiguous text is read (DESIGN.md §3.8):
 * `rupiah` — whole Rupiah amounts, `persen` — percentages (result is a fraction), `angka` — any number.
 */
export type NumberKind = 'rupiah' | 'persen' | 'angka';

/** How a number was written: Indonesian grouping (1.234,5), English (1,234.5), neither, or a native cell number. */
export type NumberStyle = 'id' | 'en' | 'polos' | 'bilangan';

/**
 * Something the reader had to guess. Each becomes a NUM-02 temuan where the checks decide it matters.
 * - `pemisah-tunggal`: one separator followed by exactly three digits (`36,800`, `36.800`), read as
 *   a thousands group in a Rupiah column and as a decimal point elsewhere.
 * - `desimal-rupiah`: Indonesian decimals in a Rupiah column (`4.186,950` read as 4 186,95).
 * - `persen-tanpa-tanda`: a percentage column value without `%` and without a percent number format,
 *   read as percentage points (`99,97` → 0.9997).
 * - `persen-pecahan`: a bare value ≤ 1,5 in a percentage column without a percent format, read as a
 *   fraction already (`1` → 100%).
 * - `koreksi-lokal`: a Rupiah amount that an Excel set to Indonesian turned into a small number on
 *   paste (`36,800` became 36,8, `94,000` became 94), read ×1000 because its parent's sum or its row's
 *   capaian holds only so (recognise/column-readings.ts).
 */
export type NumberGuess =
  'pemisah-tunggal' | 'desimal-rupiah' | 'persen-tanpa-tanda' | 'persen-pecahan' | 'koreksi-lokal';

export interface NumberReadingOk {
  ok: true;
  /** The value; percentages as fractions (99,97% → 0.9997). */
  value: Decimal;
  /** The written style, for NUM-04 (mixed styles in one column). */
  style: NumberStyle;
  /** True when the cell held text rather than a number (NUM-01). */
  asText: boolean;
  /** True when the text carried a `%` sign, or the cell a percent number format. */
  percent: boolean;
  /** Decimal places as stated (`99,97 %` → 2, `100 %` → 0): the precision that sets check tolerances. */
  decimals: number;
  /** What had to be guessed to read it; empty when the reading was certain. */
  guesses: readonly NumberGuess[];
  /** Text after the number when units are allowed (`82 Nilai` → `Nilai`), trimmed; undefined when none. */
  unit?: string;
  /** The separator used for grouping, when one was seen: `.` or `,`. */
  groupSeparator?: '.' | ',';
}

export type NumberFailure = 'kosong' | 'bukan-angka' | 'galat-excel';

export interface NumberReadingFailed {
  ok: false;
  reason: NumberFailure;
  /** The input as text, for messages. */
  text: string;
}

export type NumberReading = NumberReadingOk | NumberReadingFailed;

export interface ReadNumberOptions {
  /** The cell's number format, when the host knows it (`0.00%` makes a native 0.9997 a percentage). */
  numberFormat?: string;
  /** Accept trailing unit text (`82 Nilai`, `72 Orang/bulan`) and return it in `unit`. */
  allowUnit?: boolean;
  /**
   * In a `persen` column whose other values are percentage points: a bare value of at most 1,5 is
   * points too (`0,94` → 0.0094), not a fraction. Set from the column's evidence, never by default.
   */
  bareIsPoints?: boolean;
}
