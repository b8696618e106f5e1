import type { WorkbookModel } from '../model/workbook-model';

/**
 * The position of a sheet in the workbook, for ordering findings and choosing the reference table:
 * from model.sheetOrder when the recogniser gave it, else the order in which sheets first appear in
 * the model (budget, indicator and survey tables, narrative, notes). Unknown sheets go last.
 */
export function sheetRank(model: WorkbookModel): (sheet: string) => number {
  const order = new Map<string, number>();
  const add = (sheet: string) => {
    if (!order.has(sheet)) order.set(sheet, order.size);
  };
  (model.sheetOrder ?? []).forEach(add);
  model.budgets.forEach((t) => add(t.sheet));
  model.indicators.forEach((t) => add(t.sheet));
  model.surveys.forEach((t) => add(t.sheet));
  model.narrative.forEach((n) => add(n.ref.sheet));
  model.notes.forEach((n) => add(n.sheet));
  return (sheet) => order.get(sheet) ?? Number.MAX_SAFE_INTEGER;
}
