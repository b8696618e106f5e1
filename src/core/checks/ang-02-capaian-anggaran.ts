import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import {
  quotientAgreesWithStatedPercent,
  formatCapaian,
  formatStatedPercent,
  isDoubtfulRupiah,
  temuanAt,
  type RuleDescriptor,
} from './rule';
import { allBudgetLines } from './budget-lines';
import { amountOf } from '../model/budget-figures';

export const ANG_02: RuleDescriptor = { id: 'ANG-02', severity: 'galat', title: JUDUL_ATURAN['ANG-02'] };

/**
 * ANG-02: a stated capaian that differs from realisasi ÷ pagu of its own line by more than the rounding
 * of the stated figure (`99,97 %` may differ by 0,005 points, `100 %` by 0,5). Points at the capaian
 * cell. Lines without a pagu, with pagu 0, or with a doubtful Rupiah figure (NUM-03) are skipped.
 * Example: kegiatan realisasi 121.467.000 of pagu 152.960.600 stated 99,97% → expected 79,41%.
 */
export function checkCapaianAnggaran(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const lines of allBudgetLines(model)) {
    for (const line of lines) {
      const { pagu, realisasi, capaian } = line;
      if (pagu === undefined || realisasi === undefined || capaian === undefined) continue;
      if (amountOf(pagu) === 0 || isDoubtfulRupiah(pagu) || isDoubtfulRupiah(realisasi)) continue;
      if (quotientAgreesWithStatedPercent(realisasi, pagu, capaian)) continue;
      const computed = realisasi.value.dividedBy(pagu.value);
      const harapan = formatCapaian(computed, capaian.reading.decimals);
      const tertulis = formatStatedPercent(capaian);
      out.push(
        temuanAt(
          ANG_02,
          capaian.ref,
          PESAN_TEMUAN.capaianAnggaran({
            tingkat: line.tingkat,
            nama: line.name,
            tertulis,
            harapan,
            realisasi: formatRupiah(realisasi.value),
            pagu: formatRupiah(pagu.value),
          }),
          harapan,
          tertulis,
        ),
      );
    }
  }
  return out;
}
