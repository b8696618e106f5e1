import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { isDoubtfulRupiah, temuanAt, type RuleDescriptor } from './rule';
import { allBudgetLines, tingkatOf } from './budget-lines';
import { amountOf } from '../model/budget-figures';
import type { StatedNumber } from '../model/source';
import type { BudgetTable } from '../model/budget';

export const ANG_06: RuleDescriptor = { id: 'ANG-06', severity: 'galat', title: JUDUL_ATURAN['ANG-06'] };

/**
 * ANG-06: a stated sisa anggaran that differs from pagu − realisasi of its own line, exactly in Rupiah.
 * Points at the sisa cell; expected = pagu − realisasi. Lines with a doubtful figure (NUM-03) are skipped.
 * Example: pagu 398.379.650, realisasi 307.055.630, sisa stated 91.324.000 → expected 91.324.020.
 */
export function checkSisa(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  const all = allBudgetLines(model);
  for (let t = 0; t < all.length; t++) {
    const lines = all[t];
    // A budget table's nodes come first: where none states a sisa, only its other lines may.
    const budget = model.budgets[t] as BudgetTable | undefined;
    const from = budget !== undefined && !budget.figures.mayState('sisa') ? budget.nodes.length : 0;
    // Indexed: it runs once per process, and a for-of over the lines makes an object per step until
    // it is optimised.
    for (let i = from; i < lines.length; i++) {
      const line = lines[i];
      // Sisa first: most tables state none, and a node builds each figure it is asked for.
      const sisa = line.sisa;
      if (sisa === undefined) continue;
      const { pagu, realisasi } = line;
      if (pagu === undefined || realisasi === undefined) continue;
      if ([pagu, realisasi, sisa].some(isDoubtfulRupiah)) continue;
      if (wholeDifferenceEquals(pagu, realisasi, sisa)) continue;
      const computed = pagu.value.minus(realisasi.value);
      if (computed.eq(sisa.value)) continue;
      const harapan = formatRupiah(computed);
      const tertulis = formatRupiah(sisa.value);
      out.push(
        temuanAt(
          ANG_06,
          sisa.ref,
          PESAN_TEMUAN.sisaAnggaran({
            tingkat: tingkatOf(line),
            nama: line.name,
            tertulis,
            harapan,
            pagu: formatRupiah(pagu.value),
            realisasi: formatRupiah(realisasi.value),
          }),
          harapan,
          tertulis,
        ),
      );
    }
  }
  return out;
}

/** pagu − realisasi = sisa decided with doubles, where all three and the difference are whole and safe. */
function wholeDifferenceEquals(pagu: StatedNumber, realisasi: StatedNumber, sisa: StatedNumber): boolean {
  const [p, r, s] = [amountOf(pagu), amountOf(realisasi), amountOf(sisa)];
  const safe = Number.isSafeInteger(p) && Number.isSafeInteger(r) && Number.isSafeInteger(s);
  return safe && Number.isSafeInteger(p - r) && p - r === s;
}
