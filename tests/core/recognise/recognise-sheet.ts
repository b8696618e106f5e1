import { recogniseWorkbook } from '../../../src/core/recognise/recognise-workbook';
import type { BudgetTable } from '../../../src/core/model/budget';
import type { EfficiencyTable } from '../../../src/core/model/efficiency';
import type { IndicatorTable } from '../../../src/core/model/indicator';
import type { SurveyTable } from '../../../src/core/model/survey';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import type { Temuan } from '../../../src/core/temuan';

/**
 * One sheet through the whole recogniser (scanner, classification, the kind's reader), as the tests of
 * each kind look at it: the tables of that kind and every note left on the sheet.
 */
export function recogniseSheet(sheet: SheetSnapshot): {
  budgets: BudgetTable[];
  indicators: IndicatorTable[];
  efficiencies: EfficiencyTable[];
  surveys: SurveyTable[];
  notes: Temuan[];
} {
  const m = recogniseWorkbook({ name: 'uji.xlsx', sheets: [sheet] });
  return {
    budgets: m.budgets,
    indicators: m.indicators,
    efficiencies: m.efficiencies,
    surveys: m.surveys,
    notes: m.notes,
  };
}

/** The budget tables of a sheet and the notes. */
export function budgetTablesOf(sheet: SheetSnapshot): { tables: BudgetTable[]; notes: Temuan[] } {
  const r = recogniseSheet(sheet);
  return { tables: r.budgets, notes: r.notes };
}

/** The indicator tables of a sheet and the notes. */
export function indicatorTablesOf(sheet: SheetSnapshot): { tables: IndicatorTable[]; notes: Temuan[] } {
  const r = recogniseSheet(sheet);
  return { tables: r.indicators, notes: r.notes };
}

/** The survey tables of a sheet and the notes. */
export function surveyTablesOf(sheet: SheetSnapshot): { tables: SurveyTable[]; notes: Temuan[] } {
  const r = recogniseSheet(sheet);
  return { tables: r.surveys, notes: r.notes };
}
