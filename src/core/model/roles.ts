import type { CellRef, StatedNumber } from './source';

/**
 * What a column of a recognised table holds (DESIGN.md §5), and why the recogniser thinks so. One
 * vocabulary of roles for every kind of table, so "Periksa struktur", the CLI report and the corpus
 * speak of columns in the same words.
 */
export type Role =
  | 'numbering'
  | 'code'
  | 'name'
  | 'indikator'
  | 'satuan'
  | 'polaritas'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'kategori'
  | 'targetLalu'
  | 'realisasiLalu'
  | 'capaianLalu'
  | 'history'
  | 'targetAkhir'
  | 'kemajuan'
  | 'standarNasional'
  | 'perbandinganStandar'
  | 'analisis'
  | 'solusi'
  | 'pagu'
  | 'realisasiAnggaran'
  | 'capaianAnggaran'
  | 'efisiensi'
  | 'sisa'
  | 'unsur'
  | 'nrr'
  | 'nrrTertimbang'
  | 'child.name'
  | 'child.indikator'
  | 'child.capaian'
  | 'child.analisis';

/**
 * One piece of evidence for a column's role: the header word (`judul`), what the cells hold (`isi`:
 * whole Rupiah, percentages, grades, number + unit), arithmetic with other columns or rows (`hitungan`:
 * ≈ B/A, ≈ A − B, parents equal the sum of their children), or the text around the table (`konteks`).
 * `text` is the Indonesian sentence shown to the user.
 */
export interface Evidence {
  kind: 'judul' | 'isi' | 'hitungan' | 'konteks';
  text: string;
}

/** A column and the role it was given, with the evidence for it. */
export interface ColumnRole {
  role: Role;
  col: number;
  /** The column's header text as written (group and sub-header joined), empty when it has none. */
  header: string;
  evidence: Evidence[];
}

/** A row of a table that could not be placed, and why; it takes part in no check. */
export interface UnplacedRow {
  row: number;
  ref: CellRef;
  reason: string;
  /** The row holds figures: sums over the rows around it are incomplete. */
  hasFigures: boolean;
  /**
   * A budget row's own figures, read as any line's: its capaian, realisasi against pagu and sisa are
   * checked on the row itself (ANG-02, ANG-03, ANG-06), though it enters no sum.
   */
  figures?: {
    name: string;
    pagu?: StatedNumber;
    realisasi?: StatedNumber;
    capaian?: StatedNumber;
    sisa?: StatedNumber;
  };
}

/** What the text around a table says about it: its title, a sasaran or program in a caption, its year. */
export interface TableContext {
  /** Title lines just above the table, joined. */
  title?: string;
  /** A sasaran or program named in the caption ("Analisis Pencapaian Sasaran 1: …"), with its cell. */
  caption?: { level: 'sasaran' | 'program'; text: string; ref: CellRef };
  /** The report year whose columns were checked, and where it came from. */
  year?: { value: number; source: 'judul' | 'buku' | 'pengaturan' | 'kolom' };
}

/** The roles of any recognised table, in column order. */
export function tableRoles(table: { roles: ColumnRole[] }): ColumnRole[] {
  return [...table.roles].sort((a, b) => a.col - b.col);
}
