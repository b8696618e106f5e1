import { appendAll } from '../arrays';
import type { WorkbookModel } from '../model/workbook-model';
import type { Settings } from '../settings';
import type { RuleId, Temuan, TemuanSummary } from '../temuan';
import { CONSISTENCY_RULES } from './rules';
import { sheetRank } from './sheet-order';

/** Rules the checks compute from the model themselves; recogniser notes with these ids are dropped. */
const COMPUTED_HERE: ReadonlySet<RuleId> = new Set<RuleId>(['NUM-01', 'NUM-02', 'NUM-03', 'NUM-04']);

/**
 * Every finding of a recognised workbook (DESIGN.md §7): the recogniser's notes, then every rule of
 * CONSISTENCY_RULES. De-duplicated by (rule, sheet, cell) — the first finding of a cell under a rule
 * stays — and ordered by sheet (workbook order, see sheetRank), then row, then column. Never changes
 * the model. Example: a clean template → `[]`; the seed's Tabel 3.8 → ANG-01 at the program's realisasi, ….
 */
export function checkWorkbook(model: WorkbookModel, settings: Settings): Temuan[] {
  const all: Temuan[] = model.notes.filter((n) => !COMPUTED_HERE.has(n.rule));
  for (const rule of CONSISTENCY_RULES) appendAll(all, rule.check(model, settings));
  const seen = new Set<string>();
  const unique = all.filter((t) => {
    const key = `${t.rule}\u0000${t.sheet}\u0000${t.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = sheetRank(model);
  return unique
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t.sheet) - rank(b.t.sheet) || a.t.row - b.t.row || a.t.col - b.t.col || a.i - b.i)
    .map(({ t }) => t);
}

/** Count of findings per severity. Example: `summarizeTemuan([])` → `{ galat: 0, peringatan: 0, info: 0 }`. */
export function summarizeTemuan(findings: readonly Temuan[]): TemuanSummary {
  const summary: TemuanSummary = { galat: 0, peringatan: 0, info: 0 };
  for (const f of findings) summary[f.severity] += 1;
  return summary;
}
