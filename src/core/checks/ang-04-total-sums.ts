import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { isDoubtfulRupiah, temuanAt, type RuleDescriptor } from './rule';
import { RUPIAH_FIELDS, bidangLabel, hasUnreadableFigure, sumStated } from './budget-fields';

export const ANG_04: RuleDescriptor = { id: 'ANG-04', severity: 'galat', title: JUDUL_ATURAN['ANG-04'] };

/**
 * ANG-04: a JUMLAH/TOTAL row whose pagu (or realisasi) differs from the sum of the programs' stated
 * figures, exactly in Rupiah. Points at the total's cell; expected = the programs' sum. Skipped when a
 * program's figure is unreadable (STR-01 at its cell), as the sum would be incomplete.
 * Example: Tabel 2.7 JUMLAH 2.702.337.210 over programs summing to 2.728.960.050 → one galat.
 */
export function checkTotalSums(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.budgets) {
    const total = table.total;
    if (total === undefined) continue;
    for (const field of RUPIAH_FIELDS) {
      const stated = total[field];
      if (stated === undefined) continue;
      const values = table.roots.map((i) => table.nodes[i][field]);
      if (values.some(isDoubtfulRupiah)) continue;
      if (table.roots.some((i) => hasUnreadableFigure(model, table, table.nodes[i], field))) continue;
      const sum = sumStated(values);
      if (sum === undefined || sum.sum.eq(stated.value)) continue;
      const harapan = formatRupiah(sum.sum);
      const tertulis = formatRupiah(stated.value);
      out.push(
        temuanAt(
          ANG_04,
          stated.ref,
          PESAN_TEMUAN.jumlahTotal({
            bidang: bidangLabel(field),
            label: total.label.text,
            jumlahProgram: sum.count,
            tertulis,
            harapan,
            selisih: formatRupiah(stated.value.minus(sum.sum)),
          }),
          harapan,
          tertulis,
        ),
      );
    }
  }
  return out;
}
