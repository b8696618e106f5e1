import type { CellRange } from '../snapshot';
import type { CellRef, StatedNumber, StatedText } from './source';

/** Levels of the budget tree (DPA/SIPD), top to bottom. */
export const BUDGET_LEVELS = ['program', 'kegiatan', 'subkegiatan', 'rekening'] as const;
export type BudgetLevel = (typeof BUDGET_LEVELS)[number];

/** One line of a budget table: a program, kegiatan, sub kegiatan or rekening. */
export interface BudgetNode {
  /** Position in `BudgetTable.nodes` (row order). */
  index: number;
  level: BudgetLevel;
  /** Numbering marker as written: `II`, `1`, `1)`, `-`; absent in SIPD style. */
  marker?: string;
  /** Cell the marker was read from (its own column, or the name cell when it leads the text). */
  markerRef?: CellRef;
  /** Budget code in SIPD style (`7.01.01.2.01`); absent where the table has none. */
  code?: string;
  /** Name with the marker/code removed and continuation rows joined. */
  name: string;
  /** First sheet row (0-based) of the line; continuation rows are `lastRow` > `row`. */
  row: number;
  lastRow: number;
  /** Cell of the name, for findings about the line itself (numbering, duplicates). */
  nameRef: StatedText;
  pagu?: StatedNumber;
  realisasi?: StatedNumber;
  /** The capaian the user stated (a fraction), if the table has that column. */
  capaian?: StatedNumber;
  /** Index of the parent node; undefined for a program. */
  parent?: number;
  children: number[];
}

export interface BudgetColumns {
  marker?: number;
  code?: number;
  name: number;
  pagu: number;
  realisasi?: number;
  capaian?: number;
}

/** A recognised budget table (Tabel 2.7/3.8/3.10 style, SIPD export, or the Anggaran template). */
export interface BudgetTable {
  kind: 'anggaran';
  sheet: string;
  /** The whole table, header included. */
  range: CellRange;
  /** The header rows (one or two, plus the column-number row when present). */
  headerRange: CellRange;
  style: 'lkjip' | 'sipd' | 'template';
  /** Title text found just above the table (`Tabel 3.8 Capaian Anggaran …`), if any. */
  title?: string;
  columns: BudgetColumns;
  /** Every line in row order. */
  nodes: BudgetNode[];
  /** Indices of the programs (top level lines). */
  roots: number[];
  /** The closing JUMLAH/TOTAL row, if present. */
  total?: {
    row: number;
    label: StatedText;
    pagu?: StatedNumber;
    realisasi?: StatedNumber;
    capaian?: StatedNumber;
  };
}
