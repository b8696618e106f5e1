/**
 * Cells for indicator measures and their capaian, shared by Tabel 3.2–3.5 and 3.9.
 */
import { Decimal } from '../decimal';
import type { Measure, Polaritas } from '../model/indicator';
import type { Settings } from '../settings';
import {
  SKALA_KATEGORI_86_2017,
  SKALA_ORDINAL,
  gradeCode,
  skalaPengguna,
  type BandScale,
} from '../formulas/scales';
import type { PlanCell, PlanStyle } from './sheet-plan';
import { FORMAT } from './layout';
import { capaianAngkaFormula, capaianPredikatFormula } from './excel-formulas';
import { toCellNumber } from './sources';
import { BARIS } from '../messages/susun';

/**
 * The format code that shows a number with its unit and stated decimals, as staff write it:
 * `82 Nilai` → `#,##0" Nilai"`, `99,5 %` read as a fraction → `0.0%`.
 */
function measureFormat(decimals: number, unit: string | undefined, percent: boolean): string {
  const dec = decimals > 0 ? `.${'0'.repeat(Math.min(decimals, 6))}` : '';
  if (percent) return `0${dec}%`;
  const u = unit ? unit.replace(/"/g, '').trim() : '';
  return u ? `#,##0${dec}" ${u}"` : `#,##0${dec}`;
}

/** A target or realisasi as a cell: a number with its unit format, a grade or text as text, or empty. */
export function measureCell(m: Measure | undefined, style: PlanStyle): PlanCell {
  if (m === undefined || m.kind === 'kosong') return { value: null, style };
  switch (m.kind) {
    case 'angka':
      return {
        // toCellNumber, not Decimal#toNumber (through the number's text): every indicator's target and
        // realisasi in Tabel 3.2–3.6 and 3.9 passes here.
        value: toCellNumber(m.value),
        numberFormat: measureFormat(m.reading.decimals, m.unit ?? m.reading.unit, m.reading.percent),
        style,
      };
    case 'predikat':
      return { value: m.grade, style };
    default:
      return { value: m.text, style };
  }
}

/**
 * The capaian cell of a target and a realisasi written at `targetRef` and `realisasiRef`: a polarity
 * formula for numbers, a rank formula for grades on one ordinal scale, the text "Belum ada penilaian"
 * where the realisasi is missing or text, and `-` where the two cannot be compared.
 */
export function capaianCell(
  target: Measure | undefined,
  realisasi: Measure | undefined,
  polaritas: Polaritas | undefined,
  targetRef: string,
  realisasiRef: string,
  style: PlanStyle,
): PlanCell {
  if (realisasi === undefined || realisasi.kind === 'kosong' || realisasi.kind === 'teks') {
    return { value: BARIS.belumAdaPenilaian, style };
  }
  if (target?.kind === 'angka' && realisasi.kind === 'angka') {
    return {
      formula: capaianAngkaFormula(targetRef, realisasiRef, polaritas),
      numberFormat: FORMAT.persen,
      style,
    };
  }
  if (target?.kind === 'predikat' && realisasi.kind === 'predikat') {
    const t = gradeCode(target.grade);
    const r = gradeCode(realisasi.grade);
    const scale = SKALA_ORDINAL.find(
      (s) => t !== undefined && r !== undefined && s.grades.includes(t) && s.grades.includes(r),
    );
    if (scale)
      return {
        formula: capaianPredikatFormula(targetRef, realisasiRef, scale),
        numberFormat: FORMAT.persen,
        style,
      };
  }
  return { value: '-', style };
}

/** The kategori scale in use: the user's bands (fractions) or Permendagri 86/2017, in percentage points. */
export function kategoriScale(settings: Settings): BandScale {
  if (settings.skalaKategori && settings.skalaKategori.length > 0) {
    return skalaPengguna(settings.skalaKategori, { lowerInclusive: true }, new Decimal(100));
  }
  return SKALA_KATEGORI_86_2017;
}
