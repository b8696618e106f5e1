import type { WorkbookSnapshot } from './snapshot';
import type { WorkbookModel } from './model/workbook-model';
import type { Temuan, TemuanSummary } from './temuan';
import type { Settings } from './settings';
import type { SheetPlan, TableId } from './plan/sheet-plan';
import { recogniseWorkbook } from './recognise/recognise-workbook';
import { checkWorkbook, summarizeTemuan } from './checks/check-workbook';
import { planSheets } from './plan/plan-sheets';
import { buildBab3, type Bab3Result } from './laporan/bab3';

/** Result of "Periksa": what was recognised, every finding in sheet order, and the count per severity. */
export interface PeriksaResult {
  model: WorkbookModel;
  findings: Temuan[];
  summary: TemuanSummary;
}

/** Result of "Susun": the sheet plans, and the tables that were not generated with the reason. */
export interface SusunResult {
  plans: SheetPlan[];
  skipped: Array<{ table: TableId; reason: string }>;
}

/** Recognise every table of a workbook and check it (DESIGN.md §5, §7). Never changes the snapshot. */
export function periksaWorkbook(snapshot: WorkbookSnapshot, settings: Settings): PeriksaResult {
  const model = recogniseWorkbook(snapshot, { tahun: settings.tahun });
  const findings = checkWorkbook(model, settings);
  return { model, findings, summary: summarizeTemuan(findings) };
}

/** Plan the generated sheets for a checked workbook (DESIGN.md §6); `tables` limits which ones. */
export function susunWorkbook(result: PeriksaResult, settings: Settings, tables?: TableId[]): SusunResult {
  return planSheets(result.model, result.findings, settings, tables);
}

/** Result of "Laporan": the Bab III document and what it holds, and the tables left out with the reason. */
export interface LaporanResult extends Bab3Result {
  skipped: Array<{ table: TableId; reason: string }>;
}

/**
 * The Bab III chapter of a checked workbook (DESIGN.md §9 `sakip laporan`), built from the same plans
 * as `susunWorkbook` with every table: each figure is the one the generated sheets show.
 */
export function laporanWorkbook(result: PeriksaResult, settings: Settings): LaporanResult {
  const susun = planSheets(result.model, result.findings, settings);
  return { ...buildBab3(susun.plans, susun.skipped, settings), skipped: susun.skipped };
}
