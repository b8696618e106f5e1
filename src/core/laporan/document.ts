/**
 * The Bab III chapter as host-neutral data: sections (portrait or landscape) of headings, paragraphs,
 * tables and charts, every figure already the text the generated sheets show. A writer (src/docx)
 * turns it into a Word file; tests read it directly.
 */
import type { CellRange } from '../snapshot';
import type { PlanChart, PlanStyle, TableId } from '../plan/sheet-plan';

/** A piece of a paragraph; a placeholder is text staff must replace, shown highlighted. */
export interface Run {
  text: string;
  bold?: boolean;
  placeholder?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: Run[]; bullet?: boolean }
  | { kind: 'table'; table: LaporanTable }
  | { kind: 'chart'; chart: PlanChart; caption: string };

export interface LaporanSection {
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface LaporanCell {
  text: string;
  /** The plan's style of the cell (header, program, jumlah …), for the writer's look. */
  style?: PlanStyle;
  /** Numbers are right-aligned, numbering and headers centred, texts left. */
  align: 'left' | 'center' | 'right';
  /** Text staff must write (an empty analysis cell): shown highlighted. */
  placeholder?: boolean;
}

export interface LaporanTable {
  id: TableId | '3.1';
  /** Caption lines above the table: `Tabel 3.2`, its title, the unit and year. */
  caption: string[];
  /** The first `headerRows` rows are the header, repeated on each page. */
  headerRows: number;
  rows: LaporanCell[][];
  /** Merged cells, in rows and columns of `rows` (0-based). */
  merges: CellRange[];
  /** The source line under the table: `Sumber: ` and a placeholder for staff, or the regulation. */
  sumber: Run[];
  /** The sheet's notes about the figures (method, scale), under the source line. */
  notes: string[];
}

export interface LaporanDocument {
  title: string;
  sections: LaporanSection[];
}
