import { Decimal } from '../decimal';
import type { IndicatorRow } from '../model/indicator';
import type { StatedNumber } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { formatCapaian, formatStatedPercent, percentTolerance, temuanAt, type RuleDescriptor } from './rule';

export const KIN_03: RuleDescriptor = { id: 'KIN-03', severity: 'galat', title: JUDUL_ATURAN['KIN-03'] };

/**
 * KIN-03: a stated average capaian ("Rata-Rata Capaian Kinerja") that differs from the mean of the
 * stated capaian of the table's indicator rows — the rows without children, as the seed averages its
 * IKU — beyond the rounding of the stated figure and of the rows' own figures (the author may have
 * averaged them before rounding). Some tables average every row that states a capaian, sasaran rows
 * with their own indicator too (a sasaran whose second indicator is on the next row): that mean is a
 * consistent average as well. Points at the average's cell.
 * Example: rows 99,93% and 99,30%, average stated 99,62% → consistent (99,615 rounds to 99,62).
 */
export function checkAverage(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.indicators) {
    const stated = table.average?.capaian;
    if (stated === undefined) continue;
    const leaves = statedCapaian(table.rows.filter((r) => r.children.length === 0));
    if (leaves.length === 0) continue;
    const all = statedCapaian(table.rows);
    if (agrees(stated, leaves) || (all.length > leaves.length && agrees(stated, all))) continue;
    const harapan = formatCapaian(mean(leaves), stated.reading.decimals);
    const tertulis = formatStatedPercent(stated);
    out.push(
      temuanAt(
        KIN_03,
        stated.ref,
        PESAN_TEMUAN.rataRata({ tertulis, harapan, jumlahBaris: leaves.length }),
        harapan,
        tertulis,
      ),
    );
  }
  return out;
}

function statedCapaian(rows: readonly IndicatorRow[]): StatedNumber[] {
  return rows.map((r) => r.capaian).filter((c): c is StatedNumber => c !== undefined && 'value' in c);
}

function mean(list: readonly StatedNumber[]): Decimal {
  return list.reduce((a, c) => a.plus(c.value), new Decimal(0)).div(list.length);
}

/** Whether the stated average is the list's mean within both roundings. */
function agrees(stated: StatedNumber, list: readonly StatedNumber[]): boolean {
  const rounding = Decimal.max(...list.map(percentTolerance));
  return mean(list).minus(stated.value).abs().lte(percentTolerance(stated).plus(rounding));
}
