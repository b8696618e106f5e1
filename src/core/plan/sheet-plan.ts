import type { CellRange } from '../snapshot';

/** Identifiers of the sheets the add-in can generate: Bab III's, and the rekap workbook's of many units. */
export const TABLE_IDS = [
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '3.6',
  '3.7',
  '3.8',
  '3.9',
  '3.10',
  'catatan',
  'ringkasan',
  'rekap.unit',
  'rekap.aturan',
  'rekap.pemda',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** Named styles; each host maps them to fonts, fills and borders (built from one style table). */
export type PlanStyle =
  | 'judul'
  | 'subjudul'
  | 'header'
  | 'nomor-kolom'
  | 'program'
  | 'kegiatan'
  | 'subkegiatan'
  | 'rekening'
  | 'jumlah'
  | 'teks'
  | 'catatan'
  | 'isian'
  | 'galat'
  | 'peringatan'
  | 'info';

/**
 * One cell of a plan. Exactly one of `value` and `formula` is meaningful. Text copied from user cells
 * is always a `value` (never a formula), so a name beginning with `=` stays text.
 */
export interface PlanCell {
  value?: string | number | boolean | null;
  /** Invariant (en-US) formula without the leading `=`, built-in functions only. */
  formula?: string;
  /** Invariant format code: `#,##0` for Rupiah, `0.00%` for capaian. */
  numberFormat?: string;
  style?: PlanStyle;
  /** Hyperlink to a cell in this workbook. */
  link?: { sheet: string; cell: string };
}

/** A generated sheet as plain data; writing it is the host adapter's job. */
export interface SheetPlan {
  table: TableId;
  /** Sheet name wanted (`Tabel 3.8`); the writer picks a free one when a user sheet has it. */
  name: string;
  /** Row-major cells from A1; rows and cells may be undefined (empty). */
  cells: Array<Array<PlanCell | undefined> | undefined>;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  merges: CellRange[];
  /** Outline level per row (0 = none). */
  outline: number[];
  freeze: { rows: number; columns: number };
  print: {
    orientation: 'landscape' | 'portrait';
    paperSize: 'A4';
    fitToWidth: boolean;
    titleRows?: [number, number];
    /** Rows (0-based) that begin a new printed page: a part that must not be cut, such as charts. */
    rowBreaks?: number[];
  };
  /** Lines for the summary shown after writing (what was written, what was left out and why). */
  notes: string[];
  /**
   * Excel tables (ListObjects) to create: name, range (header row first) and column names. The
   * canonical template (plan-template.ts) is made of these; recognition of the template is by them.
   */
  excelTables?: Array<{ name: string; range: CellRange; columns: string[] }>;
  /** List validations: every cell of `range` accepts only one of `list` (a drop-down in Excel). */
  validations?: Array<{ range: CellRange; list: string[] }>;
  /**
   * Native charts over ranges of this sheet (the Ringkasan's data blocks): the Office adapter makes them
   * through Excel's chart API, the package writer as DrawingML chart parts, the Word writer draws them
   * from `preview`.
   */
  charts?: PlanChart[];
  /**
   * Row heights in points, by row (0-based), where a row must be taller than the host makes it: a
   * wrapped formula result does not grow its row in Excel or LibreOffice. Hosts apply the given ones;
   * none exceeds MAX_ROW_HEIGHT.
   */
  rowHeights?: Array<number | undefined>;
}

/** Excel's tallest row, in points: Office.js refuses a taller one, and the text beyond it is cut anyway. */
export const MAX_ROW_HEIGHT = 409;

/**
 * A clustered bar or column chart over ranges of the same sheet (0-based): the one description every
 * host draws (series colours come from look.ts).
 */
export interface PlanChart {
  kind: 'bar-clustered' | 'column-clustered';
  title: string;
  /** Number format of the value axis (invariant, as cells'). */
  valueFormat: string;
  /** Where the value axis starts (0: bars are measured from nothing, so their lengths compare). */
  valueMin: number;
  /**
   * Categories listed from the top in their order in the sheet (a bar chart's axis otherwise starts at
   * the bottom); the value axis stays below the bars.
   */
  categoriesTopDown: boolean;
  /** One column of category labels. */
  categories: CellRange;
  /** One column of values per series, the same height as `categories`. */
  series: Array<{ name: string; values: CellRange }>;
  /** Where the chart is placed (top-left to bottom-right cell). */
  anchor: CellRange;
  /** The values as computed from the model when planned, for hosts that draw the chart themselves. */
  preview: {
    categories: string[];
    series: Array<{ name: string; values: Array<number | null> }>;
    percent: boolean;
  };
}

/** The owner mark: a workbook defined name `SAKIP_<id>` pointing at A1 of each generated sheet. */
export function ownerMarkName(table: TableId): string {
  return `SAKIP_${table.replace(/\./g, '_').toUpperCase()}`;
}

/** The TableId whose owner mark is `name` (`SAKIP_3_8` → `3.8`, either case), or undefined for any other name. */
export function tableOfOwnerMark(name: string): TableId | undefined {
  const upper = name.toUpperCase();
  return TABLE_IDS.find((id) => ownerMarkName(id) === upper);
}
