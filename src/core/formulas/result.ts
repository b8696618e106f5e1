/**
 * Formula results are values, never throws (STYLE.md §3–4). The custom-function edge maps the error kind
 * to an Excel error: `nilai` → #VALUE!, `angka` → #NUM!, `bagi-nol` → #DIV/0!, `tidak-tersedia` → #N/A.
 */
export type FormulaErrorKind = 'nilai' | 'angka' | 'bagi-nol' | 'tidak-tersedia';

/** Zero-based position of the offending cell inside a range argument (row, column offsets). */
export interface RangePosition {
  row: number;
  col: number;
}

export interface FormulaOk<T> {
  ok: true;
  value: T;
}

export interface FormulaFailure {
  ok: false;
  error: FormulaErrorKind;
  /** Indonesian message for the user (from messages/fungsi.ts). */
  message: string;
  /** Where in a range argument the problem is, when it comes from one cell of a range. */
  at?: RangePosition;
}

export type FormulaResult<T> = FormulaOk<T> | FormulaFailure;

/** A successful result. Example: `berhasil(new Decimal(1))` → `{ ok: true, value: 1 }`. */
export function berhasil<T>(value: T): FormulaOk<T> {
  return { ok: true, value };
}

/** A failed result. Example: `gagal('bagi-nol', 'Target bernilai 0')`. */
export function gagal(error: FormulaErrorKind, message: string, at?: RangePosition): FormulaFailure {
  return at === undefined ? { ok: false, error, message } : { ok: false, error, message, at };
}
