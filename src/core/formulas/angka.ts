import type { Decimal } from '../decimal';
import type { NumberKind } from '../numbers/types';
import { asNumber, asOptional, asPilihan, jalankan, param } from './args';
import { berhasil, type FormulaResult } from './result';

/**
 * SAKIP.ANGKA: a number written as text, read by the project's number reader (DESIGN.md §3.8).
 *
 * | parameter | accepts                                         | default |
 * | --------- | ----------------------------------------------- | ------- |
 * | teks      | text or number (`2.077.687.761`, `99,97 %`)     | required |
 * | jenis     | `rupiah`, `persen`, `angka`                     | `angka` |
 */
export const PARAMETER_ANGKA = [
  param('teks', (raw: unknown) => berhasil(raw)),
  param('jenis', asOptional(asPilihan<NumberKind>(['rupiah', 'persen', 'angka']), 'angka' as NumberKind)),
] as const;

/**
 * The number in `teks` read as `jenis`: `('2,077,687,761', 'rupiah')` → 2077687761, `('99,97 %')` →
 * 0.9997, `('99,97', 'persen')` → 0.9997. Not a number → `nilai`; empty → `tidak-tersedia`.
 */
export function angkaDariSel(teks: unknown, jenis?: unknown): FormulaResult<Decimal> {
  return jalankan(PARAMETER_ANGKA, [teks, jenis], (t, k) => asNumber(k, true)(t, 'teks'));
}
