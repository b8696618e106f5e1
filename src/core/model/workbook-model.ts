import type { BudgetTable } from './budget';
import type { IndicatorTable } from './indicator';
import type { SurveyTable } from './survey';
import type { EfficiencyTable } from './efficiency';
import type { StatedText } from './source';
import type { Temuan } from '../temuan';

export type RecognisedTable = BudgetTable | IndicatorTable | EfficiencyTable | SurveyTable;

/** Everything recognised in a workbook: the tables, and notes about what could not be placed. */
export interface WorkbookModel {
  budgets: BudgetTable[];
  indicators: IndicatorTable[];
  efficiencies: EfficiencyTable[];
  surveys: SurveyTable[];
  /** Structure and number-reading notes found while recognising (STR-*, NUM-*). */
  notes: Temuan[];
  /** Text cells outside tables that quote Rupiah or percentage figures (for XTB-01). */
  narrative: StatedText[];
  /** Names of sheets the add-in generated (owner mark), which recognition skips. */
  generatedSheets: string[];
  /** Unit name and report year when found (title lines such as "Kecamatan Kalianget Tahun 2023"). */
  unit?: string;
  year?: number;
  /**
   * Every sheet name in workbook order, so findings can be listed sheet by sheet as the user sees them.
   * Optional: without it, findings follow the order in which their sheets first appear in the model.
   */
  sheetOrder?: string[];
}
