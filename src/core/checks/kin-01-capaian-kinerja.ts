import type { IndicatorRow, Measure } from '../model/indicator';
import type { StatedNumber, StatedText } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { hitungCapaian } from '../formulas';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import {
  agreesWithStatedPercent,
  formatCapaian,
  formatStatedPercent,
  temuanAt,
  type RuleDescriptor,
} from './rule';
import { formatMeasure, ukuranOf, unitMismatch } from './measures';

export const KIN_01: RuleDescriptor = { id: 'KIN-01', severity: 'galat', title: JUDUL_ATURAN['KIN-01'] };

/** A stated figure that can be recomputed: capaian from target, kemajuan from the Renstra end target … */
interface Recomputable {
  jenis: 'capaian' | 'kemajuan' | 'standar';
  stated: StatedNumber | StatedText | undefined;
  target: Measure | undefined;
  realisasi: Measure | undefined;
}

function recomputables(row: IndicatorRow): Recomputable[] {
  return [
    { jenis: 'capaian', stated: row.capaian, target: row.target, realisasi: row.realisasi },
    { jenis: 'capaian', stated: row.lalu?.capaian, target: row.lalu?.target, realisasi: row.lalu?.realisasi },
    { jenis: 'kemajuan', stated: row.kemajuan, target: row.targetAkhir, realisasi: row.realisasi },
    {
      jenis: 'standar',
      stated: row.perbandinganStandar,
      target: row.standarNasional,
      realisasi: row.realisasi,
    },
  ];
}

/**
 * KIN-01: a stated capaian (also last year's, the kemajuan of Tabel 3.4 and the comparison with the
 * national standard of Tabel 3.5) that differs from the formula of DESIGN.md §3.1 on the row's target
 * and realisasi beyond the rounding of the stated figure. Points at the stated figure. Rows whose
 * realisasi is in another unit (KIN-05), or that the formula cannot compute (`Belum ada penilaian`,
 * target 0), are not judged here.
 * Example: target 82 Nilai, realisasi 81 Nilai, stated 98,78% → consistent (81/82 = 98,780…%).
 */
export function checkCapaianKinerja(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.indicators) {
    for (const row of table.rows) {
      const polaritas = row.polaritas ?? 'positif';
      for (const item of recomputables(row)) {
        const { stated, target, realisasi } = item;
        if (stated === undefined || !('value' in stated) || target === undefined || realisasi === undefined)
          continue;
        if (unitMismatch(target, realisasi) !== undefined) continue;
        const t = ukuranOf(target);
        if (t === null) continue;
        const computed = hitungCapaian(t, ukuranOf(realisasi), polaritas);
        if (!computed.ok || agreesWithStatedPercent(computed.value, stated)) continue;
        const harapan = formatCapaian(computed.value, stated.reading.decimals);
        const tertulis = formatStatedPercent(stated);
        const message = PESAN_TEMUAN.capaianKinerja({
          jenis: item.jenis,
          indikator: row.indikator?.text ?? row.name.text,
          tertulis,
          harapan,
          target: formatMeasure(target),
          realisasi: formatMeasure(realisasi),
          polaritas,
        });
        out.push(temuanAt(KIN_01, stated.ref, message, harapan, tertulis));
      }
    }
  }
  return out;
}
