import type { WorkbookSnapshot } from './snapshot';
import type { WorkbookModel } from './model/workbook-model';
import type { Temuan, TemuanSummary } from './temuan';
import type { Settings } from './settings';
import type { SheetPlan, TableId } from './plan/sheet-plan';
import { recogniseWorkbook } from './recognise/recognise-workbook';
import { checkWorkbook, summarizeTemuan } from './checks/check-workbook';
import { planSheets } from './plan/plan-sheets';

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
