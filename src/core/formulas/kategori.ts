import { Decimal } from '../decimal';
import type { ScaleBand } from '../settings';
import { asMaybe, asNumber, asSkala, jalankan, param } from './args';
import { berhasil, type FormulaResult } from './result';
import { pitaUntuk, skalaPengguna, SKALA_KATEGORI_86_2017, type BandScale } from './scales';

/**
 * Kategori capaian (DESIGN.md §3.2, Permendagri 86/2017).
 *
 * | parameter | accepts                                                              | default             |
 * | --------- | -------------------------------------------------------------------- | ------------------- |
 * | capaian   | fraction (0,9878), percent text ("98,78%"); bare text > 1,5 in points | required            |
 * | skala     | 2-column range (batas bawah, label); bounds as fractions or points   | Permendagri 86/2017 |
 */
export const PARAMETER_KATEGORI = [
  param('capaian', asNumber('persen')),
  param('skala', asMaybe(asSkala('kategori'))),
] as const;

/**
 * The kategori label of a capaian (a fraction): the percentage is rounded half-up to 2 decimals, then
 * compared with the lower bounds (≥). `skala` bounds are fractions, as in Settings.skalaKategori; its
 * lowest band also takes everything below. Example: `kategoriCapaian(new Decimal('0.905'))` → `Tinggi`
 * (90,50 < 91), `kategoriCapaian(new Decimal('1.2'))` → `Sangat Tinggi`.
 */
export function kategoriCapaian(capaian: Decimal, skala?: readonly ScaleBand[]): string {
  const persen = capaian.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return pitaUntuk(skalaKategori(skala), persen).label;
}

/** The labels of the kategori scale in use, highest band first (`Sangat Tinggi` … `Sangat Rendah` by default). */
export function labelKategori(skala?: readonly ScaleBand[]): string[] {
  return skalaKategori(skala).bands.map((b) => b.label);
}

/** SAKIP.KATEGORI on raw cell values. */
export function kategoriDariSel(capaian: unknown, skala?: unknown): FormulaResult<string> {
  return jalankan(PARAMETER_KATEGORI, [capaian, skala], (c, s) => berhasil(kategoriCapaian(c, s)));
}

function skalaKategori(skala: readonly ScaleBand[] | undefined): BandScale {
  if (skala === undefined || skala.length === 0) return SKALA_KATEGORI_86_2017;
  return skalaPengguna(skala, { lowerInclusive: true }, new Decimal(100));
}
