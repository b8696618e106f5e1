import { Decimal } from '../decimal';
import { PESAN_FUNGSI } from '../messages/fungsi';
import type { ScaleBand } from '../settings';
import { asMaybe, asNumber, asSkala, jalankan, param } from './args';
import { berhasil, gagal, type FormulaResult } from './result';
import { pitaUntuk, skalaPengguna, SKALA_PREDIKAT_88_2021, type BandScale } from './scales';

/**
 * Predikat SAKIP from the evaluation score (DESIGN.md §3.6, PermenPANRB 88/2021).
 *
 * | parameter | accepts                                                    | default              |
 * | --------- | ---------------------------------------------------------- | -------------------- |
 * | nilai     | points 0–100 (number or id-ID text)                        | required             |
 * | skala     | 2-column range (batas bawah, predikat), bounds exclusive   | PermenPANRB 88/2021  |
 */
export const PARAMETER_PREDIKAT = [
  param('nilai', asNumber('angka')),
  param('skala', asMaybe(asSkala('predikat'))),
] as const;

/**
 * The predikat of an evaluation score in points (0–100), rounded half-up to 2 decimals first. A score
 * must exceed a band's lower bound to reach it (the regulation's "> 90"), except the lowest band, which
 * starts at 0: 90,00 → A, 90,01 → AA, 30 → D, 30,01 → C. `skala` bounds are points, as in
 * Settings.skalaPredikat. Outside 0–100 → `angka` failure.
 */
export function predikatSakip(nilai: Decimal, skala?: readonly ScaleBand[]): FormulaResult<string> {
  const scale = skalaPredikat(skala);
  const rounded = nilai.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if ((scale.min && rounded.lt(scale.min)) || (scale.max && rounded.gt(scale.max))) {
    return gagal('angka', PESAN_FUNGSI.nilaiPredikatDiLuarRentang(nilai));
  }
  return berhasil(pitaUntuk(scale, rounded).label);
}

/** SAKIP.PREDIKAT on raw cell values. */
export function predikatDariSel(nilai: unknown, skala?: unknown): FormulaResult<string> {
  return jalankan(PARAMETER_PREDIKAT, [nilai, skala], predikatSakip);
}

function skalaPredikat(skala: readonly ScaleBand[] | undefined): BandScale {
  if (skala === undefined || skala.length === 0) return SKALA_PREDIKAT_88_2021;
  const { lowerInclusive, min, max } = SKALA_PREDIKAT_88_2021;
  return skalaPengguna(skala, { lowerInclusive, min, max });
}
