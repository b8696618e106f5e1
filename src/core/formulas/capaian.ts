import { Decimal } from '../decimal';
import type { Polaritas } from '../model/indicator';
import { PESAN_FUNGSI } from '../messages/fungsi';
import { asOptional, asPolaritas, asUkuran, isGrade, jalankan, param, type Grade, type Ukuran } from './args';
import { berhasil, gagal, type FormulaResult } from './result';
import { SKALA_ORDINAL } from './scales';

/**
 * Capaian kinerja (DESIGN.md §3.1, PermenPANRB 53/2014 and 8/2021), as a fraction (0,9878 = 98,78%).
 *
 * | parameter  | accepts                                                   | default   |
 * | ---------- | --------------------------------------------------------- | --------- |
 * | target     | number, id-ID text number, percent text, grade (`BB`)     | required  |
 * | realisasi  | the same; empty or "Belum ada penilaian" → #N/A           | required  |
 * | polaritas  | `positif`, `negatif`, `negatif-rasio`                     | `positif` |
 */
export const PARAMETER_CAPAIAN = [
  param('target', asUkuran),
  param('realisasi', asUkuran),
  param('polaritas', asOptional(asPolaritas, 'positif' as Polaritas)),
] as const;

/** Tingkat kemajuan (Tabel 3.4): realisasi first, then the Renstra end target, as in SAKIP.KEMAJUAN. */
export const PARAMETER_KEMAJUAN = [
  param('realisasi', asUkuran),
  param('target akhir', asUkuran),
  param('polaritas', asOptional(asPolaritas, 'positif' as Polaritas)),
] as const;

/**
 * Capaian of `realisasi` against `target`, a fraction.
 * - `positif`: realisasi / target (82 → 81 gives 0,98780…);
 * - `negatif`: (2·target − realisasi) / target (10 → 8 gives 1,2);
 * - `negatif-rasio`: target / realisasi;
 * - grades (same ordinal scale): 1 at or above target, else rank(realisasi) / rank(target).
 * Failures: target 0 (or realisasi 0 for negatif-rasio) → `bagi-nol`; number against grade or grades of
 * different scales → `nilai`; realisasi null (not yet assessed) → `tidak-tersedia`.
 */
export function hitungCapaian(
  target: Ukuran,
  realisasi: Ukuran | null,
  polaritas: Polaritas = 'positif',
): FormulaResult<Decimal> {
  if (realisasi === null) return gagal('tidak-tersedia', PESAN_FUNGSI.belumDinilai('realisasi'));
  if (isGrade(target) || isGrade(realisasi)) {
    if (!isGrade(target) || !isGrade(realisasi)) {
      return gagal('nilai', PESAN_FUNGSI.skalaBerbeda(tampil(target), tampil(realisasi)));
    }
    if (polaritas !== 'positif') return gagal('nilai', PESAN_FUNGSI.polaritasPredikat);
    return capaianPredikat(target, realisasi);
  }
  switch (polaritas) {
    case 'positif':
      return target.isZero() ? gagal('bagi-nol', PESAN_FUNGSI.targetNol) : berhasil(realisasi.div(target));
    case 'negatif':
      return target.isZero()
        ? gagal('bagi-nol', PESAN_FUNGSI.targetNol)
        : berhasil(target.times(2).minus(realisasi).div(target));
    case 'negatif-rasio':
      return realisasi.isZero()
        ? gagal('bagi-nol', PESAN_FUNGSI.realisasiNolRasio)
        : berhasil(target.div(realisasi));
  }
}

/**
 * Tingkat kemajuan (Tabel 3.4) or comparison with a national standard (Tabel 3.5): the capaian of
 * `realisasi` against `targetAkhir`, same polarity rules. Example: 81 against the Renstra end target 85 → 0,9529… (the seed's Tabel 3.4).
 */
export function hitungKemajuan(
  realisasi: Ukuran | null,
  targetAkhir: Ukuran,
  polaritas: Polaritas = 'positif',
): FormulaResult<Decimal> {
  return hitungCapaian(targetAkhir, realisasi, polaritas);
}

/** SAKIP.CAPAIAN on raw cell values (numbers, text, null for an omitted polaritas). */
export function capaianDariSel(
  target: unknown,
  realisasi: unknown,
  polaritas?: unknown,
): FormulaResult<Decimal> {
  return jalankan(PARAMETER_CAPAIAN, [target, realisasi, polaritas], hitungCapaian);
}

/** SAKIP.KEMAJUAN on raw cell values. */
export function kemajuanDariSel(
  realisasi: unknown,
  targetAkhir: unknown,
  polaritas?: unknown,
): FormulaResult<Decimal> {
  return jalankan(PARAMETER_KEMAJUAN, [realisasi, targetAkhir, polaritas], hitungKemajuan);
}

/** Grades on the first ordinal scale holding both (scales.ts order), ranked from 1. */
function capaianPredikat(target: Grade, realisasi: Grade): FormulaResult<Decimal> {
  const scale = SKALA_ORDINAL.find(
    (s) => s.grades.includes(target.grade) && s.grades.includes(realisasi.grade),
  );
  if (scale === undefined) return gagal('nilai', PESAN_FUNGSI.skalaBerbeda(target.grade, realisasi.grade));
  const rankTarget = scale.grades.indexOf(target.grade) + 1;
  const rankRealisasi = scale.grades.indexOf(realisasi.grade) + 1;
  return berhasil(rankRealisasi >= rankTarget ? new Decimal(1) : new Decimal(rankRealisasi).div(rankTarget));
}

function tampil(u: Ukuran): string {
  return isGrade(u) ? u.grade : u.toString().replace('.', ',');
}
