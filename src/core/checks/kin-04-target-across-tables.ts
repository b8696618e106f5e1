import type { IndicatorTable, Measure } from '../model/indicator';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { cellAddress } from '../snapshot';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { nameKey } from '../text';
import { temuanAt, type RuleDescriptor } from './rule';
import { formatMeasure, sameMeasure } from './measures';
import { sheetRank } from './sheet-order';

export const KIN_04: RuleDescriptor = { id: 'KIN-04', severity: 'peringatan', title: JUDUL_ATURAN['KIN-04'] };

/**
 * KIN-04: one indicator (matched by its name, nameKey) with different targets in different tables. The
 * first table in workbook order is the reference; each later table whose target for that indicator
 * differs gets one finding at its target cell (expected = the reference's target). Repeats within one
 * table, and last year's targets, are not compared.
 * Example: "Nilai SKM Kecamatan" target 87 in Tabel 2.6 and 82 Nilai in Tabel 3.3 → peringatan in 3.3.
 */
export function checkTargetsAcrossTables(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  const rank = sheetRank(model);
  const tables = [...model.indicators].sort(
    (a, b) => rank(a.sheet) - rank(b.sheet) || a.range.top - b.range.top,
  );
  const reference = new Map<string, { table: IndicatorTable; target: Measure }>();
  for (const table of tables) {
    const seen = new Set<string>();
    for (const row of table.rows) {
      if (row.indikator === undefined || row.target === undefined || row.target.kind === 'kosong') continue;
      const key = nameKey(row.indikator.text);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const ref = reference.get(key);
      if (ref === undefined) {
        reference.set(key, { table, target: row.target });
        continue;
      }
      if (sameMeasure(ref.target, row.target)) continue;
      const harapan = formatMeasure(ref.target);
      const tertulis = formatMeasure(row.target);
      const acuan = `${ref.table.sheet}!${cellAddress(ref.target.ref.row, ref.target.ref.col)}`;
      out.push(
        temuanAt(
          KIN_04,
          row.target.ref,
          PESAN_TEMUAN.targetBerbeda({ indikator: row.indikator.text, tertulis, harapan, acuan }),
          harapan,
          tertulis,
        ),
      );
    }
  }
  return out;
}
