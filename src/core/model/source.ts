import type { Decimal } from '../decimal';
import type { NumberReadingOk } from '../numbers/types';

/** Where something was read: sheet name and 0-based row and column. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A number a user wrote in a cell, with how it was read. */
export interface StatedNumber {
  ref: CellRef;
  value: Decimal;
  reading: NumberReadingOk;
  /**
   * Rupiah per unit of an amount in a table that states its unit ("Pagu (Rp juta)", "dalam ribuan
   * rupiah"): `625,125` there is 625.125.000 Rupiah. Absent for amounts in Rupiah.
   */
  rupiahPerUnit?: number;
}

/** A text a user wrote in a cell. */
export interface StatedText {
  ref: CellRef;
  text: string;
}
