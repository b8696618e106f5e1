import type { IndicatorRow, Measure, Polaritas } from '../model/indicator';
import type { StatedNumber, StatedText } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { hitungCapaian } from '../formulas';
import { nearestDouble } from '../decimal';
import { amountOf } from '../model/budget-figures';
import { JUDUL_ATURAN, NAMA_POLARITAS, PESAN_TEMUAN } from '../messages/temuan';
import {
  agreesWithStatedPercent,
  formatCapaian,
  formatStatedPercent,
  temuanAt,
  type RuleDescriptor,
  quotientByDoubles,
  percentTolerance,
} from './rule';
import { formatMeasure, ukuranOf, unitMismatch } from './measures';
import { looksLowerIsBetter } from './lower-is-better';

export const KIN_01: RuleDescriptor = { id: 'KIN-01', severity: 'galat', title: JUDUL_ATURAN['KIN-01'] };
/** A stated capaian that follows the lower-is-better formula, for an indicator that reads as one. */
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

/** The measured rows of each indicator and efficiency table (their capaian kinerja), with what names them. */
function measuredTables(
  model: WorkbookModel,
): Array<Array<{ row: Parameters<typeof recomputables>[0]; name: string; polaritas?: Polaritas }>> {
  return [
    ...model.indicators.map((table) =>
      table.rows.map((row) => ({
        row,
        name: row.indikator?.text ?? row.name.text,
        polaritas: row.polaritas,
      })),
    ),
    ...model.efficiencies.map((table) =>
      table.rows.map((row) => ({ row, name: row.indikator?.text ?? row.name.text })),
    ),
  ];
}

/** A stated figure that differs from the formula, and the lower-is-better formula it follows, if any. */
interface Mismatch {
  capaian: StatedNumber;
  fields: Parameters<typeof PESAN_TEMUAN.capaianKinerja>[0];
  negatif?: 'negatif' | 'negatif-rasio';
  lowerWords: boolean;
}

/**
 * KIN-01: a stated capaian (also last year's, the kemajuan of Tabel 3.4 and the comparison with the
 * national standard of Tabel 3.5, and the capaian kinerja of an efficiency table) that differs from the
 * formula of DESIGN.md §3.1 on the row's target and realisasi beyond the rounding of the stated figure.
 * Points at the stated figure. Rows whose realisasi is in another unit (KIN-05), or that the formula
 * cannot compute (`Belum ada penilaian`, target 0), are not judged here.
 * Where the table states no polaritas and the figure follows a lower-is-better formula (2·target −
 * realisasi, or target ÷ realisasi) instead, it is info — the numbers say what the indicator is — when
 * the indicator's name says lower is better (angka kematian, pengangguran …) or most of the table's
 * figures follow such a formula; otherwise a galat that names the formula it fits, since staff also
 * divide the wrong way round by mistake.
 * Example: target 82 Nilai, realisasi 81 Nilai, stated 98,78% → consistent (81/82 = 98,780…%).
 */
export function checkCapaianKinerja(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const rows of measuredTables(model)) {
    let agreeing = 0;
    const mismatches: Mismatch[] = [];
    for (const { row, name, polaritas: stated } of rows) {
      const polaritas = stated ?? 'positif';
      for (const item of recomputables(row)) {
        const { target, realisasi } = item;
        const capaian = item.stated;
        if (capaian === undefined || !('value' in capaian) || target === undefined || realisasi === undefined)
          continue;
        if (unitMismatch(target, realisasi) !== undefined) continue;
        const t = ukuranOf(target);
        if (t === null) continue;
        // Most rows: realisasi ÷ target clearly within the stated figure's rounding, told by doubles.
        if (
          polaritas === 'positif' &&
          target.kind === 'angka' &&
          realisasi.kind === 'angka' &&
          quotientByDoubles(
            nearestDouble(realisasi.value),
            nearestDouble(target.value),
            amountOf(capaian),
            percentTolerance(capaian),
          ) === true
        ) {
          agreeing++;
          continue;
        }
        const r = ukuranOf(realisasi);
        const computed = hitungCapaian(t, r, polaritas);
        if (!computed.ok) continue;
        if (agreesWithStatedPercent(computed.value, capaian)) {
          agreeing++;
          continue;
        }
        const fields = {
          jenis: item.jenis,
          indikator: name,
          tertulis: formatStatedPercent(capaian),
          harapan: formatCapaian(computed.value, capaian.reading.decimals),
          target: formatMeasure(target),
          realisasi: formatMeasure(realisasi),
          polaritas: NAMA_POLARITAS[polaritas],
        };
        const negatif =
          stated === undefined
            ? (['negatif', 'negatif-rasio'] as const).find((p) => {
                const c = hitungCapaian(t, r, p);
                return c.ok && agreesWithStatedPercent(c.value, capaian);
              })
            : undefined;
        const m: Mismatch = { capaian, fields, lowerWords: looksLowerIsBetter(name) };
        if (negatif !== undefined) m.negatif = negatif;
        mismatches.push(m);
      }
    }
    const negatives = mismatches.filter((m) => m.negatif !== undefined).length;
    // Two rows at least: one row alone cannot tell a lower-is-better table from a division turned round.
    const tableIsNegative = negatives >= 2 && negatives * 2 > negatives + agreeing;
    for (const m of mismatches) {
      if (m.negatif !== undefined && (m.lowerWords || tableIsNegative))
        out.push(
          temuanAt(
            KIN_01_NEGATIF,
            m.capaian.ref,
            PESAN_TEMUAN.capaianNegatif({ ...m.fields, polaritas: NAMA_POLARITAS[m.negatif] }),
          ),
        );
      else {
        const message =
          m.negatif === undefined
            ? PESAN_TEMUAN.capaianKinerja(m.fields)
            : PESAN_TEMUAN.capaianKinerjaTerbalik({ ...m.fields, rumus: NAMA_POLARITAS[m.negatif] });
        out.push(temuanAt(KIN_01, m.capaian.ref, message, m.fields.harapan, m.fields.tertulis));
      }
    }
  }
  return out;
}
