import type { Decimal } from '../decimal';
import type { CellRange } from '../snapshot';
import type { CellRef, StatedNumber, StatedText } from './source';
import type { NumberReadingOk } from '../numbers/types';
import type { ColumnRole, TableContext, UnplacedRow } from './roles';

/** Levels of the performance cascade (Renstra/PK), top to bottom. */
export const CASCADE_LEVELS = ['tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan'] as const;
export type CascadeLevel = (typeof CASCADE_LEVELS)[number];

export type Polaritas = 'positif' | 'negatif' | 'negatif-rasio';

/**
 * A target or realisasi as written: a number with its unit (`82 Nilai`, `100 %`), a grade on an
 * ordinal scale (`BB`), or a text that is neither (`Belum ada penilaian`), or nothing.
 */
export type Measure =
  | { kind: 'angka'; ref: CellRef; value: Decimal; unit?: string; reading: NumberReadingOk }
  | { kind: 'predikat'; ref: CellRef; grade: string; unit?: string }
  | { kind: 'teks'; ref: CellRef; text: string }
  | { kind: 'kosong'; ref: CellRef };

/** One row of an indicator table. */
export interface IndicatorRow {
  /** Position in `IndicatorTable.rows`. */
  index: number;
  row: number;
  lastRow: number;
  /** 0 = tujuan, 1 = sasaran, 2 = program, 3 = kegiatan, 4 = sub kegiatan. */
  depth: number;
  level: CascadeLevel;
  /** Numbering as written (`1.1.1`), absent for unnumbered rows. */
  numbering?: string;
  /** Program or budget code when the table gives one, for matching with the budget tree. */
  code?: string;
  /** Name of the tujuan / sasaran / program / kegiatan / sub kegiatan. */
  name: StatedText;
  indikator?: StatedText;
  satuan?: StatedText;
  polaritas?: Polaritas;
  target?: Measure;
  realisasi?: Measure;
  /** Stated capaian: a number (fraction) or a text such as `Belum ada penilaian`. */
  capaian?: StatedNumber | StatedText;
  kategori?: StatedText;
  /** Last year's figures (Tabel 3.3). */
  lalu?: { target?: Measure; realisasi?: Measure; capaian?: StatedNumber | StatedText };
  /** Renstra end-period target (Tabel 3.4). */
  targetAkhir?: Measure;
  /** National standard (Tabel 3.5). */
  standarNasional?: Measure;
  /** Stated kemajuan (Tabel 3.4) or comparison with the standard (Tabel 3.5). */
  kemajuan?: StatedNumber | StatedText;
  perbandinganStandar?: StatedNumber | StatedText;
  analisis?: StatedText;
  solusi?: StatedText;
  parent?: number;
  children: number[];
}

export interface IndicatorTable {
  kind: 'kinerja';
  sheet: string;
  range: CellRange;
  headerRange: CellRange;
  style: 'lkjip' | 'template';
  title?: string;
  /** Column index per field name of `IndicatorRow` that the table has. */
  columns: Partial<Record<string, number>>;
  /** Each column's role with its evidence (for "Periksa struktur"). */
  roles: ColumnRole[];
  context: TableContext;
  /** Rows that could not be placed. */
  unplaced: UnplacedRow[];
  rows: IndicatorRow[];
  roots: number[];
  /** A stated average row ("Rata-Rata Capaian Kinerja"), if present. */
  average?: { label: StatedText; capaian?: StatedNumber; kategori?: StatedText };
}
