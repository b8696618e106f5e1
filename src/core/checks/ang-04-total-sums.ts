import { Decimal } from '../decimal';
import type { EfficiencyRow } from '../model/efficiency';
import type { StatedNumber } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { isDoubtfulRupiah, temuanAt, type RuleDescriptor } from './rule';
import { RUPIAH_FIELDS, bidangLabel, figureForSum, sumForParent } from './budget-fields';

export const ANG_04: RuleDescriptor = { id: 'ANG-04', severity: 'galat', title: JUDUL_ATURAN['ANG-04'] };

/**
 * ANG-04: a JUMLAH/TOTAL row whose pagu (or realisasi) differs from the sum of the programs' stated
 * figures (a program row left blank counting with its kegiatan's sum; the programs above the total, or
 * all of them when the total stands first), exactly in Rupiah. Points at the total's cell; expected = the programs' sum. Skipped when a
 * program's figure is unreadable (STR-01 at its cell), or a row of the table could not be placed, as
 * the sum would be incomplete.
 * The total row of an efficiency table is checked the same way against the sum of its rows.
 * Example: Tabel 2.7 JUMLAH 2.702.337.210 over programs summing to 2.728.960.050 → one galat.
 */
export function checkTotalSums(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.budgets) {
    const total = table.total;
    // A row that could not be placed may be a program: the sum of the programs would be incomplete.
    if (total === undefined || table.unplaced.some((u) => u.hasFigures)) continue;
    for (const field of RUPIAH_FIELDS) {
      const stated = total[field];
      if (stated === undefined) continue;
      // The programs the total adds up: those above it, or all of them when it stands first ("TOTAL APBD").
      const roots = table.roots.filter((i) => total.row > table.nodes[i].row);
      const counted = roots.length > 0 ? roots : table.roots;
      const sum = sumForParent(table, counted, field);
      if (sum === undefined || sum === 'incomplete' || sum.eq(stated.value)) continue;
      const count = counted.filter((i) => figureForSum(table, i, field) !== undefined).length;
      const harapan = formatRupiah(sum);
      const tertulis = formatRupiah(stated.value);
      out.push(
        temuanAt(
          ANG_04,
          stated.ref,
          PESAN_TEMUAN.jumlahTotal({
            bidang: bidangLabel(field),
            label: total.label.text,
            jumlahProgram: count,
            tertulis,
            harapan,
            selisih: formatRupiah(stated.value.minus(sum)),
          }),
          harapan,
          tertulis,
        ),
      );
    }
  }
  for (const table of model.efficiencies) {
    const total = table.total;
    if (total === undefined || table.unplaced.some((u) => u.hasFigures)) continue;
    for (const [field, of] of [
      ['pagu', (r: EfficiencyRow) => r.pagu],
      ['realisasi', (r: EfficiencyRow) => r.realisasiAnggaran],
    ] as const) {
      const stated = field === 'pagu' ? total.pagu : total.realisasiAnggaran;
      const figures = table.rows.map(of).filter((n): n is StatedNumber => n !== undefined);
      if (stated === undefined || figures.length === 0 || figures.some(isDoubtfulRupiah)) continue;
      const sum = figures.reduce((s, n) => s.plus(n.value), new Decimal(0));
      if (sum.eq(stated.value)) continue;
      const harapan = formatRupiah(sum);
      const tertulis = formatRupiah(stated.value);
      out.push(
        temuanAt(
          ANG_04,
          stated.ref,
          PESAN_TEMUAN.jumlahBaris({
            bidang: bidangLabel(field),
            label: total.label.text,
            jumlahBaris: figures.length,
            tertulis,
            harapan,
            selisih: formatRupiah(stated.value.minus(sum)),
          }),
          harapan,
          tertulis,
        ),
      );
    }
  }
  return out;
}
