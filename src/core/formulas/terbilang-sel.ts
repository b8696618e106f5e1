import type { Decimal } from '../decimal';
import { PESAN_FUNGSI } from '../messages/fungsi';
import { asNumber, asOptional, asPilihan, jalankan, param } from './args';
import { berhasil, gagal, type FormulaResult } from './result';
import { terbilang } from './terbilang';

type Ejaan = 'miliar' | 'milyar';

/**
 * SAKIP.TERBILANG: an amount in words, Rupiah (DESIGN.md §3.7), over terbilang.ts.
 *
 * | parameter | accepts                                               | default  |
 * | --------- | ----------------------------------------------------- | -------- |
 * | angka     | number or id-ID text (`2.752.010.113`, `Rp 1.500,50`) | required |
 * | ejaan     | `miliar` (baku) or `milyar`                           | `miliar` |
 */
export const PARAMETER_TERBILANG = [
  param('angka', asNumber('rupiah')),
  param('ejaan', asOptional(asPilihan<Ejaan>(['miliar', 'milyar']), 'miliar' as Ejaan)),
] as const;

/**
 * The amount in words with the unit Rupiah: 2752010113 → "Dua Miliar Tujuh Ratus Lima Puluh Dua Juta
 * Sepuluh Ribu Seratus Tiga Belas Rupiah". Beyond what terbilang can spell → `angka` failure.
 */
export function terbilangDariSel(angka: unknown, ejaan?: unknown): FormulaResult<string> {
  return jalankan(PARAMETER_TERBILANG, [angka, ejaan], (n: Decimal, e: Ejaan) => {
    const result = terbilang(n, { ejaan: e });
    if (result.ok) return berhasil(result.text);
    return result.reason === 'terlalu-besar'
      ? gagal('angka', PESAN_FUNGSI.terbilangTerlaluBesar)
      : gagal('nilai', PESAN_FUNGSI.argumenBukanAngka('angka', n.toString()));
  });
}
