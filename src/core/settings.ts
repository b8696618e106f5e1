/** Efficiency method (DESIGN.md §3.4). */
export type MetodeEfisiensi = 'selisih' | 'indeks' | 'sisa';

/** IKM weighting: exact 1/k, or the printed 0,111 that some reports use (DESIGN.md §3.3). */
export type PenimbangIkm = 'eksak' | '0,111';

/** One band of a user scale: lower bound (a fraction for kategori, points for predikat) and label. */
export interface ScaleBand {
  lower: number;
  label: string;
}

/** User settings shared by the task pane (document settings) and the CLI (options). */
export interface Settings {
  efisiensi: MetodeEfisiensi;
  penimbangIkm: PenimbangIkm;
  /** Custom kategori scale; undefined for Permendagri 86/2017. */
  skalaKategori?: ScaleBand[];
  /** Custom predikat scale; undefined for PermenPANRB 88/2021. */
  skalaPredikat?: ScaleBand[];
  /** Report year, when the user sets it; otherwise taken from the workbook. */
  tahun?: number;
}

export const DEFAULT_SETTINGS: Settings = { efisiensi: 'selisih', penimbangIkm: 'eksak' };
