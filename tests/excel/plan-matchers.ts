import type { SheetPlan } from '../../src/core/plan/sheet-plan';
import { getCell, type FakeSheet } from './fake-excel';

/**
 * Every difference between a written sheet and its plan: values, formulas and number formats cell by
 * cell (text stays the same text, a formula is the same formula, General where the plan has no format).
 * An empty list means the sheet holds exactly the plan's cells.
 */
export function differencesFromPlan(sheet: FakeSheet, plan: SheetPlan): string[] {
  const out: string[] = [];
  const width = plan.cells.reduce((m, row) => Math.max(m, row?.length ?? 0), 0);
  for (let r = 0; r < plan.cells.length; r++) {
    for (let c = 0; c < width; c++) {
      const want = plan.cells[r]?.[c];
      const got = getCell(sheet, r, c);
      const at = `${r},${c}`;
      if (want?.formula !== undefined) {
        if (got?.formula !== want.formula) out.push(`${at}: formula ${got?.formula} ≠ ${want.formula}`);
      } else {
        const wantValue = want?.value ?? null;
        const gotValue = got?.formula !== undefined ? `=${got.formula}` : (got?.value ?? null);
        if (gotValue !== wantValue)
          out.push(`${at}: value ${JSON.stringify(gotValue)} ≠ ${JSON.stringify(wantValue)}`);
      }
      if ((got?.numberFormat ?? undefined) !== (want?.numberFormat ?? undefined))
        out.push(`${at}: format ${got?.numberFormat} ≠ ${want?.numberFormat}`);
    }
  }
  return out;
}
