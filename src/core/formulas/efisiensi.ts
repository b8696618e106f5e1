import { Decimal } from '../decimal';
import { PESAN_FUNGSI } from '../messages/fungsi';
import type { MetodeEfisiensi } from '../settings';
import { asNumber, asOptional, asPilihan, jalankan, param } from './args';
import { berhasil, gagal, type FormulaResult } from './result';

/**
 * Tingkat efisiensi (DESIGN.md §3.4). PermenPANRB 53/2014 asks for it but fixes no formula; three are in
 * use, and every generated table names the one it used.
 *
 * | parameter         | accepts                                                    | default   |
 * | ----------------- | ---------------------------------------------------------- | --------- |
 * | capaian_kinerja   | fraction (1 = 100%), percent text; bare text > 1,5 in points | required  |
 * | capaian_anggaran  | the same                                                   | required  |
 * | metode            | `selisih`, `indeks`, `sisa`                                | `selisih` |
 */
export const PARAMETER_EFISIENSI = [
  param('capaian kinerja', asNumber('persen')),
  param('capaian anggaran', asNumber('persen')),
  param(
    'metode',
    asOptional(asPilihan<MetodeEfisiensi>(['selisih', 'indeks', 'sisa']), 'selisih' as MetodeEfisiensi),
  ),
] as const;

const SATU = new Decimal(1);

/**
 * Efficiency from capaian kinerja and capaian anggaran (fractions):
 * `selisih` = kinerja − anggaran (the seed: 1 − 0,8617 = 0,1383); `indeks` = kinerja / anggaran
 * (> 1 efisien; anggaran 0 → `bagi-nol`); `sisa` = 1 − anggaran, only where kinerja ≥ 1 (else
 * `tidak-tersedia`, "target kinerja tidak tercapai").
 */
export function hitungEfisiensi(
  kinerja: Decimal,
  anggaran: Decimal,
  metode: MetodeEfisiensi = 'selisih',
): FormulaResult<Decimal> {
  switch (metode) {
    case 'selisih':
      return berhasil(kinerja.minus(anggaran));
    case 'indeks':
      return anggaran.isZero()
        ? gagal('bagi-nol', PESAN_FUNGSI.anggaranNolIndeks)
        : berhasil(kinerja.div(anggaran));
    case 'sisa':
      return kinerja.gte(SATU)
        ? berhasil(SATU.minus(anggaran))
        : gagal('tidak-tersedia', PESAN_FUNGSI.kinerjaTidakTercapai);
  }
}

/** SAKIP.EFISIENSI on raw cell values. */
export function efisiensiDariSel(
  kinerja: unknown,
  anggaran: unknown,
  metode?: unknown,
): FormulaResult<Decimal> {
  return jalankan(PARAMETER_EFISIENSI, [kinerja, anggaran, metode], hitungEfisiensi);
}
