import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import {
  quotientAgreesWithStatedPercent,
  quotientWithinByDoubles,
  percentToleranceAsDouble,
  formatCapaian,
  formatStatedPercent,
  isDoubtfulRupiah,
  temuanAt,
  type RuleDescriptor,
} from './rule';
import { allBudgetLines, tingkatOf, type BudgetLine } from './budget-lines';
import { amountOf } from '../model/budget-figures';
import type { BudgetTable } from '../model/budget';

export const ANG_02: RuleDescriptor = { id: 'ANG-02', severity: 'galat', title: JUDUL_ATURAN['ANG-02'] };

/**
 * ANG-02: a stated capaian that differs from realisasi ÷ pagu of its own line by more than the rounding
 * of the stated figure (`99,97 %` may differ by 0,005 points, `100 %` by 0,5). Points at the capaian
 * cell. Lines without a pagu, with pagu 0, or with a doubtful Rupiah figure (NUM-03) are skipped.
 * Example: kegiatan realisasi 121.467.000 of pagu 152.960.600 stated 99,97% → expected 79,41%.
 */
export function checkCapaianAnggaran(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  const all = allBudgetLines(model);
  for (let t = 0; t < all.length; t++) {
    const lines = all[t];
    const budget = model.budgets[t] as BudgetTable | undefined;
    const onColumns = budget === undefined ? 0 : budget.nodes.length;
    // Indexed, without a closure per table: it runs once per process, and a for-of over the lines
    // makes an object per step until it is optimised. Kept small (a line's full check is a function
    // of its own) so that it is optimised soon.
    for (let i = 0; i < lines.length; i++) {
      if (i < onColumns && agreesOnColumns(budget as BudgetTable, i)) continue;
      const finding = capaianFinding(lines[i]);
      if (finding !== undefined) out.push(finding);
    }
  }
  return out;
}

/** A line's capaian checked on its stated figures: the finding, or undefined where it agrees or is skipped. */
function capaianFinding(line: BudgetLine): Temuan | undefined {
  const { pagu, realisasi, capaian } = line;
  if (pagu === undefined || realisasi === undefined || capaian === undefined) return undefined;
  if (amountOf(pagu) === 0 || isDoubtfulRupiah(pagu) || isDoubtfulRupiah(realisasi)) return undefined;
  if (quotientAgreesWithStatedPercent(realisasi, pagu, capaian)) return undefined;
  const computed = realisasi.value.dividedBy(pagu.value);
  const harapan = formatCapaian(computed, capaian.reading.decimals);
  const tertulis = formatStatedPercent(capaian);
  return temuanAt(
    ANG_02,
    capaian.ref,
    PESAN_TEMUAN.capaianAnggaran({
      tingkat: tingkatOf(line),
      nama: line.name,
      tertulis,
      harapan,
      realisasi: formatRupiah(realisasi.value),
      pagu: formatRupiah(pagu.value),
    }),
    harapan,
    tertulis,
  );
}

/**
 * Whether a budget line's stated capaian clearly agrees with realisasi ÷ pagu, read on the table's
 * columns: both amounts whole Rupiah (no unit), pagu not 0, the doubles far enough from the edge of
 * the tolerance to tell. false where that is not known so (the line is checked in full).
 */
function agreesOnColumns(table: BudgetTable, line: number): boolean {
  const f = table.figures;
  const capaian = f.reading('capaian', line);
  if (capaian === undefined) return false;
  const p = f.wholeRupiah('pagu', line);
  const r = f.wholeRupiah('realisasi', line);
  if (Number.isNaN(p) || Number.isNaN(r) || p === 0) return false;
  const tolerance = percentToleranceAsDouble(capaian.decimals);
  return quotientWithinByDoubles(r, p, f.amount('capaian', line), tolerance) === true;
}
