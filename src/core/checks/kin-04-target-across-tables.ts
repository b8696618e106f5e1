import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { cellAddress } from '../snapshot';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { temuanAt, type RuleDescriptor } from './rule';
import { formatMeasure, sameMeasure } from './measures';
import { indicatorPairs } from './name-links';

export const KIN_04: RuleDescriptor = { id: 'KIN-04', severity: 'peringatan', title: JUDUL_ATURAN['KIN-04'] };

/**
 * KIN-04: one indicator (matched by its name, spelling variants and small slips included:
 * indicatorPairs, NAM-01) with different targets in different tables. The first table in workbook order
 * is the reference; each later table whose target for that indicator differs gets one finding at its
 * target cell (expected = the reference's target). Repeats within one table, and last year's targets,
 * are not compared.
 * Example: "Nilai SKM Kecamatan" target 87 in Tabel 2.6 and 82 Nilai in Tabel 3.3 → peringatan in 3.3.
 */
export function checkTargetsAcrossTables(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const { row, reference } of indicatorPairs(model).pairs) {
    const target = row.target;
    const refTarget = reference.row.target;
    if (target === undefined || refTarget === undefined || sameMeasure(refTarget, target)) continue;
    const harapan = formatMeasure(refTarget);
    const tertulis = formatMeasure(target);
    const acuan = `${reference.table.sheet}!${cellAddress(refTarget.ref.row, refTarget.ref.col)}`;
    out.push(
      temuanAt(
        KIN_04,
        target.ref,
        PESAN_TEMUAN.targetBerbeda({
          indikator: row.indikator?.text ?? row.name.text,
          tertulis,
          harapan,
          acuan,
        }),
        harapan,
        tertulis,
      ),
    );
  }
  return out;
}
