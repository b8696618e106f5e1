import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { isDoubtfulRupiah, temuanAt, type RuleDescriptor } from './rule';
import { allBudgetLines, tingkatOf, type BudgetLine } from './budget-lines';
import { amountOf } from '../model/budget-figures';
import type { BudgetTable } from '../model/budget';

export const ANG_03: RuleDescriptor = { id: 'ANG-03', severity: 'galat', title: JUDUL_ATURAN['ANG-03'] };

/**
 * ANG-03: a line (or the JUMLAH row) whose realisasi exceeds its pagu. Points at the realisasi cell;
 * expected = the pagu (the most it may be), actual = the realisasi. Reported where it originates: a
 * parent is skipped when one of its direct children is itself over its pagu. Doubtful figures (NUM-03)
 * are skipped.
 * Example: pagu 5.000.000, realisasi 5.100.000 → galat, expected `5.000.000`, actual `5.100.000`.
 */
export function checkRealisasiOverPagu(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  const all = allBudgetLines(model);
  for (let t = 0; t < all.length; t++) {
    const lines = all[t];
    const budget = model.budgets[t] as BudgetTable | undefined;
    const onColumns = budget === undefined ? 0 : budget.nodes.length;
    // Indexed, into a typed array and without a closure per line: it runs once per process, and the
    // loops are kept small (a finding is made in a function of its own) so that they are optimised soon.
    const over = new Uint8Array(lines.length);
    for (let i = 0; i < lines.length; i++)
      if (i < onColumns ? isOverOnColumns(budget as BudgetTable, i, lines[i]) : isOver(lines[i])) over[i] = 1;
    // The few lines over their pagu found by the typed array's own search, not a second loop over all.
    for (let i = over.indexOf(1); i >= 0; i = over.indexOf(1, i + 1)) {
      const finding = overFinding(lines[i], over);
      if (finding !== undefined) out.push(finding);
    }
  }
  return out;
}

/** The finding of a line over its pagu, undefined where one of its children is over its own (`over`). */
function overFinding(line: BudgetLine, over: Uint8Array): Temuan | undefined {
  const { pagu, realisasi } = line;
  if (pagu === undefined || realisasi === undefined) return undefined;
  if (line.children.some((c) => over[c] === 1)) return undefined;
  const harapan = formatRupiah(pagu.value);
  const tertulis = formatRupiah(realisasi.value);
  return temuanAt(
    ANG_03,
    realisasi.ref,
    PESAN_TEMUAN.realisasiLebihPagu({
      tingkat: tingkatOf(line),
      nama: line.name,
      realisasi: tertulis,
      pagu: harapan,
    }),
    harapan,
    tertulis,
  );
}

function isOver(line: BudgetLine): boolean {
  const { pagu, realisasi } = line;
  if (pagu === undefined || realisasi === undefined) return false;
  if (isDoubtfulRupiah(pagu) || isDoubtfulRupiah(realisasi)) return false;
  // Rounding to a double keeps order, so unequal doubles tell which is larger; equal ones may be two
  // figures of more digits than a double holds, which only their Decimals tell apart.
  const r = amountOf(realisasi);
  const p = amountOf(pagu);
  if (!Number.isNaN(r) && !Number.isNaN(p) && r !== p) return r > p;
  return realisasi.value.gt(pagu.value);
}

/** isOver for a line of a budget table, read on its columns where both amounts are whole Rupiah (no unit). */
function isOverOnColumns(table: BudgetTable, index: number, line: BudgetLine): boolean {
  const p = table.figures.wholeRupiah('pagu', index);
  const r = table.figures.wholeRupiah('realisasi', index);
  return Number.isNaN(p) || Number.isNaN(r) ? isOver(line) : r > p;
}
