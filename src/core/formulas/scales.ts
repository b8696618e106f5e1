import { Decimal } from '../decimal';
import type { ScaleBand } from '../settings';

/**
 * Every scale the formulas use, as data, each with the regulation it comes from (DESIGN.md §3).
 * Band scales map a number to a label by lower bounds; ordinal scales rank qualitative grades.
 */

/** One band of a band scale: values from `lower` up (to the next band) get `label`. */
export interface Band {
  /** Lower bound in the scale's unit; null for the lowest band, which also takes everything below. */
  lower: Decimal | null;
  /** Short label (`Sangat Tinggi`, `A`, `AA`). */
  label: string;
  /** Longer description where the regulation gives one (`Sangat Baik` for mutu A). */
  keterangan?: string;
}

export interface BandScale {
  id: string;
  /** The regulation (or `skala pengguna`) the bands come from. */
  source: string;
  /**
   * Whether a value equal to a lower bound belongs to that band (`≥ 91`) or to the band below (`> 90`).
   * The lowest band (lower null) always takes everything below the next band.
   */
  lowerInclusive: boolean;
  /** Values outside [min, max] are an error (#NUM!); absent where the scale is open. */
  min?: Decimal;
  max?: Decimal;
  /** Bands from the highest lower bound down; the last has `lower: null`. */
  bands: Band[];
}

const d = (s: string) => new Decimal(s);

/**
 * Kategori capaian kinerja, Permendagri 86/2017 (lampiran, skala nilai peringkat kinerja), in
 * percentage points. The published bands leave gaps (90–91, 75–76 …), so only lower bounds are used;
 * above 100% is still Sangat Tinggi.
 */
export const SKALA_KATEGORI_86_2017: BandScale = {
  id: 'kategori-86-2017',
  source: 'Permendagri 86/2017',
  lowerInclusive: true,
  bands: [
    { lower: d('91'), label: 'Sangat Tinggi' },
    { lower: d('76'), label: 'Tinggi' },
    { lower: d('66'), label: 'Sedang' },
    { lower: d('51'), label: 'Rendah' },
    { lower: null, label: 'Sangat Rendah' },
  ],
};

/**
 * Other label sets reports write in a kategori column, rank by rank beside the five bands of
 * Permendagri 86/2017 (highest first). Their bands are not set by a regulation: a table using them is
 * judged on the 86/2017 bounds only when most of its labels already agree with those bounds.
 */
export const LABEL_KATEGORI_LAIN: readonly (readonly string[])[] = [
  ['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Sangat Kurang'],
  ['Sangat Berhasil', 'Berhasil', 'Cukup Berhasil', 'Kurang Berhasil', 'Tidak Berhasil'],
];

/** Mutu pelayanan from the IKM (25–100), PermenPANRB 14/2017 lampiran: lower bounds inclusive. */
export const SKALA_MUTU_IKM_14_2017: BandScale = {
  id: 'mutu-ikm-14-2017',
  source: 'PermenPANRB 14/2017',
  lowerInclusive: true,
  min: d('25'),
  max: d('100'),
  bands: [
    { lower: d('88.31'), label: 'A', keterangan: 'Sangat Baik' },
    { lower: d('76.61'), label: 'B', keterangan: 'Baik' },
    { lower: d('65.00'), label: 'C', keterangan: 'Kurang Baik' },
    { lower: null, label: 'D', keterangan: 'Tidak Baik' },
  ],
};

/**
 * Predikat SAKIP from the evaluation score (0–100), PermenPANRB 88/2021: AA > 90–100, A > 80–90,
 * BB > 70–80, B > 60–70, CC > 50–60, C > 30–50, D 0–30. Lower bounds are exclusive (90,00 is A).
 */
export const SKALA_PREDIKAT_88_2021: BandScale = {
  id: 'predikat-88-2021',
  source: 'PermenPANRB 88/2021',
  lowerInclusive: false,
  min: d('0'),
  max: d('100'),
  bands: [
    { lower: d('90'), label: 'AA', keterangan: 'Sangat Memuaskan' },
    { lower: d('80'), label: 'A', keterangan: 'Memuaskan' },
    { lower: d('70'), label: 'BB', keterangan: 'Sangat Baik' },
    { lower: d('60'), label: 'B', keterangan: 'Baik' },
    { lower: d('50'), label: 'CC', keterangan: 'Cukup (Memadai)' },
    { lower: d('30'), label: 'C', keterangan: 'Kurang' },
    { lower: null, label: 'D', keterangan: 'Sangat Kurang' },
  ],
};

/** An ordinal scale of qualitative grades, lowest first (rank = position + 1). */
export interface OrdinalScale {
  id: 'predikat-sakip' | 'opini-bpk' | 'mutu-ikm';
  source: string;
  grades: readonly string[];
}

/**
 * Ordinal scales for qualitative targets (DESIGN.md §3.1), in the order used to resolve a grade that
 * sits on more than one scale: a single letter A–D is read on the SAKIP predikat scale when both
 * grades fit it (the SAKIP scale is the one indicator tables use most).
 */
export const SKALA_ORDINAL: readonly OrdinalScale[] = [
  { id: 'predikat-sakip', source: 'PermenPANRB 88/2021', grades: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] },
  {
    id: 'opini-bpk',
    source: 'UU 15/2004 (opini BPK atas laporan keuangan)',
    grades: ['TMP', 'TW', 'WDP', 'WTP'],
  },
  { id: 'mutu-ikm', source: 'PermenPANRB 14/2017', grades: ['D', 'C', 'B', 'A'] },
];

/** Normalised grade code (`" bb "` → `BB`), or undefined when the text is on no ordinal scale. */
export function gradeCode(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  return SKALA_ORDINAL.some((s) => s.grades.includes(code)) ? code : undefined;
}

/**
 * The band a value falls in. Example: `pitaUntuk(SKALA_KATEGORI_86_2017, new Decimal('90.5')).label` →
 * `Tinggi`. The range check (min/max) is the caller's: this only looks at lower bounds.
 */
export function pitaUntuk(scale: BandScale, value: Decimal): Band {
  for (const band of scale.bands) {
    if (band.lower === null) return band;
    if (scale.lowerInclusive ? value.gte(band.lower) : value.gt(band.lower)) return band;
  }
  // Unreachable for well-formed scales, whose last band has lower null.
  return scale.bands[scale.bands.length - 1];
}

/**
 * A band scale from user bands (Settings.skalaKategori / skalaPredikat, or a 2-column range), in the
 * unit given: highest bound first, the lowest band open below (like the regulation's own lowest band).
 * `pengali` converts the bands' unit to the scale's (100 for fraction bounds on a percentage scale).
 */
export function skalaPengguna(
  bands: readonly ScaleBand[],
  template: Pick<BandScale, 'lowerInclusive' | 'min' | 'max'>,
  pengali: Decimal = new Decimal(1),
): BandScale {
  const sorted = [...bands].sort((a, b) => b.lower - a.lower);
  return {
    id: 'pengguna',
    source: 'skala pengguna',
    ...template,
    bands: sorted.map((b, i) => ({
      lower: i === sorted.length - 1 ? null : new Decimal(String(b.lower)).times(pengali),
      label: b.label,
    })),
  };
}
