/** Small readers over a SheetPlan for assertions. */
import type { PlanCell, SheetPlan } from '../../../src/core/plan/sheet-plan';
import { parseCellAddress } from '../../../src/core/snapshot';

/** 0-based row of the first cell whose value equals `text`, or -1. */
export function rowOf(plan: SheetPlan, text: string, col?: number): number {
  return plan.cells.findIndex((row) => row?.some((c, i) => (col === undefined || i === col) && c?.value === text));
}

export function cell(plan: SheetPlan, row: number, col: number): PlanCell | undefined {
  return plan.cells[row]?.[col];
}

/** 0-based rows referenced by a `SUM(C8:C10,C15)` formula in column `col`. */
export function sumRows(formula: string | undefined): number[] {
  const m = /^SUM\((.*)\)$/.exec(formula ?? '');
  if (!m) throw new Error(`not a SUM: ${formula}`);
  const rows: number[] = [];
  for (const piece of m[1].split(',')) {
    const [a, b] = piece.split(':');
    const from = parseCellAddress(a)!.row;
    const to = b ? parseCellAddress(b)!.row : from;
    for (let r = from; r <= to; r++) rows.push(r);
  }
  return rows;
}

/** Every formula of the plan. */
export function formulas(plan: SheetPlan): string[] {
  return plan.cells.flatMap((row) => (row ?? []).flatMap((c) => (c?.formula ? [c.formula] : [])));
}
