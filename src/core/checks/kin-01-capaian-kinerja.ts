import type { IndicatorRow, Measure, Polaritas } from '../model/indicator';
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
/** A stated capaian that follows the lower-is-better formula where the table states no polaritas. */
const KIN_01_NEGATIF: RuleDescriptor = { ...KIN_01, severity: 'info' };

/** A stated figure that can be recomputed: capaian from target, kemajuan from the Renstra end target … */
interface Recomputable {
  jenis: 'capaian' | 'kemajuan' | 'standar';
  stated: StatedNumber | StatedText | undefined;
  target: Measure | undefined;
  realisasi: Measure | undefined;
}

function recomputables(
  row: Pick<
    IndicatorRow,
    | 'capaian'
    | 'target'
    | 'realisasi'
    | 'lalu'
    | 'kemajuan'
    | 'targetAkhir'
    | 'perbandinganStandar'
    | 'standarNasional'
  >,
): Recomputable[] {
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

/** The rows of indicator tables and of efficiency tables (their capaian kinerja), with what names them. */
function measuredRows(
  model: WorkbookModel,
): Array<{ row: Parameters<typeof recomputables>[0]; name: string; polaritas?: Polaritas }> {
  const out: Array<{ row: Parameters<typeof recomputables>[0]; name: string; polaritas?: Polaritas }> = [];
  for (const table of model.indicators)
    for (const row of table.rows)
      out.push({ row, name: row.indikator?.text ?? row.name.text, polaritas: row.polaritas });
  for (const table of model.efficiencies)
    for (const row of table.rows) out.push({ row, name: row.indikator?.text ?? row.name.text });
  return out;
}

/**
 * KIN-01: a stated capaian (also last year's, the kemajuan of Tabel 3.4 and the comparison with the
 * national standard of Tabel 3.5, and the capaian kinerja of an efficiency table) that differs from the
 * formula of DESIGN.md §3.1 on the row's target and realisasi beyond the rounding of the stated figure.
 * Points at the stated figure. Rows whose realisasi is in another unit (KIN-05), or that the formula
 * cannot compute (`Belum ada penilaian`, target 0), are not judged here. Where the table states no
 * polaritas and the figure follows a lower-is-better formula (2·target − realisasi, or target ÷
 * realisasi) instead, that is said as info, not as a galat: the numbers say what the indicator is.
 * Example: target 82 Nilai, realisasi 81 Nilai, stated 98,78% → consistent (81/82 = 98,780…%).
 */
export function checkCapaianKinerja(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const { row, name, polaritas: stated } of measuredRows(model)) {
    const polaritas = stated ?? 'positif';
    for (const item of recomputables(row)) {
      const { target, realisasi } = item;
      const capaian = item.stated;
      if (capaian === undefined || !('value' in capaian) || target === undefined || realisasi === undefined)
        continue;
      if (unitMismatch(target, realisasi) !== undefined) continue;
      const t = ukuranOf(target);
      if (t === null) continue;
      const r = ukuranOf(realisasi);
      const computed = hitungCapaian(t, r, polaritas);
      if (!computed.ok || agreesWithStatedPercent(computed.value, capaian)) continue;
      const harapan = formatCapaian(computed.value, capaian.reading.decimals);
      const tertulis = formatStatedPercent(capaian);
      const fields = {
        jenis: item.jenis,
        indikator: name,
        tertulis,
        harapan,
        target: formatMeasure(target),
        realisasi: formatMeasure(realisasi),
        polaritas,
      };
      const negatif =
        stated === undefined
          ? (['negatif', 'negatif-rasio'] as const).find((p) => {
              const c = hitungCapaian(t, r, p);
              return c.ok && agreesWithStatedPercent(c.value, capaian);
            })
          : undefined;
      if (negatif !== undefined)
        out.push(
          temuanAt(
            KIN_01_NEGATIF,
            capaian.ref,
            PESAN_TEMUAN.capaianNegatif({ ...fields, polaritas: negatif }),
          ),
        );
      else out.push(temuanAt(KIN_01, capaian.ref, PESAN_TEMUAN.capaianKinerja(fields), harapan, tertulis));
    }
  }
  return out;
}
