import type { PeriksaResult } from '../../core/engine';
import { describeTables, type TableStructure } from '../../core/structure';
import type { Settings } from '../../core/settings';
import type { TableId } from '../../core/plan/sheet-plan';
import type { Temuan, TemuanSummary } from '../../core/temuan';

/** One recognised table as the Struktur section lists it: place, size, and each column's role with evidence. */
export type StrukturItem = TableStructure;

/** What "Periksa" found, shaped for the pane. */
export interface PeriksaView {
  unit?: string;
  year?: number;
  tables: StrukturItem[];
  /** Structure notes of recognition (rows that could not be placed, unclear headers). */
  notes: Temuan[];
  findings: Temuan[];
  summary: TemuanSummary;
}

/** What "Susun" wrote, shaped for the pane. */
export interface SusunView {
  written: Array<{ table: TableId; sheet: string; wanted: string; rows?: number }>;
  skipped: Array<{ table: TableId; reason: string }>;
  /** The plans' own notes (which source table was used, what was left out). */
  notes: string[];
}

/** The Bab III document, ready to download, and what it holds. */
export interface LaporanView {
  url: string;
  fileName: string;
  tables: Array<TableId | '3.1'>;
  charts: number;
  placeholders: number;
  skipped: Array<{ table: TableId; reason: string }>;
}

/** Progress of a long run, 0 to 1. */
export type OnProgress = (fraction: number) => void;

/**
 * What the pane needs from a workbook, whichever host holds it: the open Excel workbook or an .xlsx
 * file opened in a plain browser. Every method rejects with an error whose message is Indonesian.
 */
export interface WorkbookService {
  readonly mode: 'excel' | 'file';
  periksa(settings: Settings): Promise<PeriksaView>;
  /** Generates `tables` (all that have data when undefined). */
  susun(settings: Settings, tables: TableId[] | undefined, onProgress: OnProgress): Promise<SusunView>;
  /** The Bab III chapter as a Word document built from the same plans as `susun` (nothing is written to the workbook). */
  laporan(settings: Settings): Promise<LaporanView>;
  /** Creates the template's input sheets; returns the sheets written and those left (name taken). */
  createTemplate(): Promise<{ written: string[]; skipped: string[] }>;
  /** Selects a cell or range in Excel; undefined in file mode, where there is nothing to select. */
  select?: (sheet: string, address: string) => Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}

/** The engine's result as the pane shows it. */
export function toPeriksaView(result: PeriksaResult): PeriksaView {
  const m = result.model;
  return {
    unit: m.unit,
    year: m.year,
    tables: describeTables(m),
    notes: m.notes,
    findings: result.findings,
    summary: result.summary,
  };
}
