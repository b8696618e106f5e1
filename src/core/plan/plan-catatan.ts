import type { Temuan } from '../temuan';
import type { PlanStyle } from './sheet-plan';
import { PlanGrid, type HeaderColumn, type Planned, type SheetLayout } from './layout';
import { BARIS, CATATAN, KOLOM } from '../messages/susun';

/**
 * The "Catatan Pemeriksaan" sheet: one row per finding (rule, severity, sheet, a link to the cell,
 * message, expected and stated values), in the order given; a single line when there are none.
 */
export function planCatatan(findings: Temuan[], unitLine?: string): Planned<SheetLayout> {
  const columns: HeaderColumn[] = [
    { label: KOLOM.no, width: 6 },
    { label: KOLOM.aturan, width: 9 },
    { label: KOLOM.tingkat, width: 12 },
    { label: KOLOM.lembar, width: 18 },
    { label: KOLOM.sel, width: 8 },
    { label: KOLOM.uraianTemuan, width: 70 },
    { label: KOLOM.seharusnya, width: 18 },
    { label: KOLOM.tertulis, width: 18 },
  ];
  const grid = new PlanGrid('catatan', columns);
  grid.addTitle(unitLine);
  grid.addHeader();
  if (findings.length === 0) {
    const r = grid.addRow([{ value: BARIS.tidakAdaTemuan, style: 'teks' }]);
    grid.merge(r, 0, r, columns.length - 1);
  }
  findings.forEach((t, i) => {
    const style: PlanStyle = 'teks';
    grid.addRow([
      { value: i + 1, style },
      { value: t.rule, style },
      { value: t.severity, style: t.severity },
      { value: t.sheet, style },
      { value: t.cell, style, link: { sheet: t.sheet, cell: t.cell } },
      { value: t.message, style },
      { value: t.expected ?? null, style },
      { value: t.actual ?? null, style },
    ]);
  });
  const plan = grid.toPlan();
  plan.notes.push(CATATAN.temuanDicatat(findings.length));
  return { plan, layout: grid.layout() };
}
