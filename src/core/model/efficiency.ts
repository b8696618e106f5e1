import type { CellRange } from '../snapshot';
import type { Measure } from './indicator';
import type { ColumnRole, TableContext, UnplacedRow } from './roles';
import type { StatedNumber, StatedText } from './source';

/** One row of an efficiency table (Tabel 3.9 as staff type it): a sasaran or program with its figures. */
export interface EfficiencyRow {
  index: number;
  row: number;
  lastRow: number;
  name: StatedText;
  indikator?: StatedText;
  /** Capaian kinerja: as stated, and the target and realisasi it comes from where the table has them. */
  target?: Measure;
  realisasi?: Measure;
  capaian?: StatedNumber | StatedText;
  pagu?: StatedNumber;
  realisasiAnggaran?: StatedNumber;
  /** Capaian (serapan) anggaran as stated. */
  capaianAnggaran?: StatedNumber;
  efisiensi?: StatedNumber;
  sisa?: StatedNumber;
}

/** A recognised efficiency table: capaian kinerja against capaian anggaran, with a stated efficiency. */
export interface EfficiencyTable {
  kind: 'efisiensi';
  sheet: string;
  range: CellRange;
  headerRange: CellRange;
  title?: string;
  roles: ColumnRole[];
  context: TableContext;
  rows: EfficiencyRow[];
  unplaced: UnplacedRow[];
  /** A total row stating the budget of all rows ("Total Realisasi", often beside the average capaian). */
  total?: {
    row: number;
    label: StatedText;
    pagu?: StatedNumber;
    realisasiAnggaran?: StatedNumber;
    capaianAnggaran?: StatedNumber;
  };
}
