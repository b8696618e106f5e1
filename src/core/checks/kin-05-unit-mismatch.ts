import type { IndicatorRow, Measure } from '../model/indicator';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { temuanAt, type RuleDescriptor } from './rule';
import { formatMeasure, unitMismatch } from './measures';

export const KIN_05: RuleDescriptor = { id: 'KIN-05', severity: 'galat', title: JUDUL_ATURAN['KIN-05'] };
/** Another unit word ("2 Dokumen" against "2 Laporan"): maybe a synonym, maybe another measure — a peringatan. */
const KIN_05_SATUAN: RuleDescriptor = { ...KIN_05, severity: 'peringatan' };

/**
 * KIN-05: a realisasi in another unit than its target (DESIGN.md §7: target `87.15`, realisasi
 * `14.671.200`, a galat) or written with another unit word (`2 Dokumen`, `2 Laporan`: a peringatan).
 * Points at the realisasi; expected = the target as written, actual = the realisasi.
 * Such a row's capaian is not checked by KIN-01: the mistake is here, not in the capaian.
 */
export function checkRealisasiUnit(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.indicators) {
    // Indexed: a table may have thousands of rows, and a for-of makes an object per step until it is optimised.
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      checkPair(row, row.target, row.realisasi, out);
      checkPair(row, row.lalu?.target, row.lalu?.realisasi, out);
    }
  }
  return out;
}

/** A row's realisasi against its target, this year's or last year's. */
function checkPair(
  row: IndicatorRow,
  target: Measure | undefined,
  realisasi: Measure | undefined,
  out: Temuan[],
): void {
  const alasan = unitMismatch(target, realisasi);
  if (alasan === undefined || target === undefined || realisasi === undefined) return;
  const harapan = formatMeasure(target);
  const tertulis = formatMeasure(realisasi);
  const message = PESAN_TEMUAN.satuanBerbeda({
    indikator: row.indikator?.text ?? row.name.text,
    target: harapan,
    realisasi: tertulis,
    alasan,
  });
  out.push(
    temuanAt(alasan === 'besaran' ? KIN_05 : KIN_05_SATUAN, realisasi.ref, message, harapan, tertulis),
  );
}
