import { Decimal } from '../decimal';
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
 * averaged them before rounding). Points at the average's cell.
 * Example: rows 99,93% and 99,30%, average stated 99,62% → consistent (99,615 rounds to 99,62).
 */
export function checkAverage(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.indicators) {
    const stated = table.average?.capaian;
    if (stated === undefined) continue;
    const rows = table.rows
      .filter((r) => r.children.length === 0)
      .map((r) => r.capaian)
      .filter((c): c is StatedNumber => c !== undefined && 'value' in c);
    if (rows.length === 0) continue;
    const values = rows.map((c) => c.value);
    const mean = values.reduce((a, v) => a.plus(v), new Decimal(0)).div(values.length);
    const rounding = Decimal.max(...rows.map(percentTolerance));
    if (mean.minus(stated.value).abs().lte(percentTolerance(stated).plus(rounding))) continue;
    const harapan = formatCapaian(mean, stated.reading.decimals);
    const tertulis = formatStatedPercent(stated);
    out.push(
      temuanAt(
        KIN_03,
        stated.ref,
        PESAN_TEMUAN.rataRata({ tertulis, harapan, jumlahBaris: values.length }),
        harapan,
        tertulis,
      ),
    );
  }
  return out;
}
