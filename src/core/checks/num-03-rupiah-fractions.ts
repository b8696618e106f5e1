import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { temuanAt, type RuleDescriptor } from './rule';
import { numberColumns, type NumberColumn } from './number-sites';

export const NUM_03: RuleDescriptor = { id: 'NUM-03', severity: 'peringatan', title: JUDUL_ATURAN['NUM-03'] };

/**
 * NUM-03: a Rupiah figure with a fraction — typed (`4.186,950`, read 4.186,95) or left by Excel's
 * conversion of a pasted `36,800` into 36,8. One finding per cell; the value as read is in the message.
 * Example: pagu `4.186,950` → peringatan "… (dibaca 4.186,95) …".
 */
export function checkRupiahFractions(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const column of numberColumns(model)) {
    // Nearly every column: whole Rupiah throughout, told without a call per number.
    if (column.kind !== 'rupiah' || column.allWholeRupiah()) continue;
    // Kept small (a finding is made in a function of its own) so that it is optimised soon.
    for (let k = 0; k < column.size; k++) {
      // Nearly every amount: whole Rupiah, in a table without a unit.
      if (!Number.isNaN(column.wholeRupiah(k))) continue;
      const finding = fractionFinding(column, k);
      if (finding !== undefined) out.push(finding);
    }
  }
  return out;
}

/** The finding of the k-th amount of a column where it has a fraction of a Rupiah. */
function fractionFinding(column: NumberColumn, k: number): Temuan | undefined {
  // An amount of a table in Rp juta or ribuan has decimals of its own: only a fraction of a Rupiah counts.
  const perUnit = column.rupiahPerUnit(k);
  const site = column.site(k);
  const value = perUnit === undefined ? site.reading.value : site.reading.value.times(perUnit);
  if (value.isInteger()) return undefined;
  const dibaca = formatRupiah(site.reading.value);
  return temuanAt(NUM_03, site.ref, PESAN_TEMUAN.rupiahPecahan({ dibaca }));
}
