import type { IndicatorRow, Measure } from '../model/indicator';
import type { StatedNumber, StatedText } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { hitungCapaian, type Ukuran } from '../formulas';
import { nearestDouble } from '../decimal';
import { amountOf } from '../model/budget-figures';
import { JUDUL_ATURAN, NAMA_POLARITAS, PESAN_TEMUAN } from '../messages/temuan';
import {
  agreesWithStatedPercent,
  formatCapaian,
  formatStatedPercent,
  temuanAt,
  type RuleDescriptor,
  quotientWithinByDoubles,
  percentToleranceAsDouble,
} from './rule';
import { formatMeasure, ukuranOf, unitMismatch } from './measures';
import { looksLowerIsBetter } from './lower-is-better';

export const KIN_01: RuleDescriptor = { id: 'KIN-01', severity: 'galat', title: JUDUL_ATURAN['KIN-01'] };
/** A stated capaian that follows the lower-is-better formula, for an indicator that reads as one. */
const KIN_01_NEGATIF: RuleDescriptor = { ...KIN_01, severity: 'info' };

/** A stated figure that can be recomputed: capaian from target, kemajuan from the Renstra end target … */
type Jenis = 'capaian' | 'kemajuan' | 'standar';

/** A row of an indicator or an efficiency table (the latter states no polaritas), as KIN-01 reads it. */
type MeasuredRow = Pick<
  IndicatorRow,
  | 'capaian'
  | 'target'
  | 'realisasi'
  | 'lalu'
  | 'kemajuan'
  | 'targetAkhir'
  | 'perbandinganStandar'
  | 'standarNasional'
  | 'indikator'
  | 'name'
  | 'polaritas'
>;

/** A stated figure that differs from the formula, and the lower-is-better formula it follows, if any. */
interface Mismatch {
  capaian: StatedNumber;
  fields: Parameters<typeof PESAN_TEMUAN.capaianKinerja>[0];
  negatif?: 'negatif' | 'negatif-rasio';
  lowerWords: boolean;
}

/**
 * A row's stated figure against the formula on its target and realisasi: true where it agrees, the
 * Mismatch where it does not, undefined where it is not judged.
 */
function judge(
  row: MeasuredRow,
  jenis: Jenis,
  capaian: StatedNumber | StatedText | undefined,
  target: Measure | undefined,
  realisasi: Measure | undefined,
): true | Mismatch | undefined {
  if (capaian === undefined || !('value' in capaian) || target === undefined || realisasi === undefined)
    return undefined;
  if (unitMismatch(target, realisasi) !== undefined) return undefined;
  const t = ukuranOf(target);
  if (t === null) return undefined;
  const polaritas = row.polaritas ?? 'positif';
  // Most rows: realisasi ÷ target clearly within the stated figure's rounding, told by doubles.
  if (
    polaritas === 'positif' &&
    target.kind === 'angka' &&
    realisasi.kind === 'angka' &&
    quotientWithinByDoubles(
      nearestDouble(realisasi.value),
      nearestDouble(target.value),
      amountOf(capaian),
      percentToleranceAsDouble(capaian.reading.decimals),
    ) === true
  )
    return true;
  return judgeInFull(row, jenis, capaian, target, realisasi, t);
}

/**
 * judge where doubles did not tell: the formula computed on the row's measures. Its own function, so
 * that judge, asked of every row, stays small and is optimised soon.
 */
function judgeInFull(
  row: MeasuredRow,
  jenis: Jenis,
  capaian: StatedNumber,
  target: Measure,
  realisasi: Measure,
  t: Ukuran,
): true | Mismatch | undefined {
  const stated = row.polaritas;
  const polaritas = stated ?? 'positif';
  const r = ukuranOf(realisasi);
  const computed = hitungCapaian(t, r, polaritas);
  if (!computed.ok) return undefined;
  if (agreesWithStatedPercent(computed.value, capaian)) return true;
  const name = row.indikator?.text ?? row.name.text;
  const fields = {
    jenis,
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
  return m;
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
  const tables: MeasuredRow[][] = [
    ...model.indicators.map((table) => table.rows),
    ...model.efficiencies.map((table) => table.rows),
  ];
  for (const rows of tables) {
    let agreeing = 0;
    const mismatches: Mismatch[] = [];
    const count = (found: true | Mismatch | undefined) => {
      if (found === true) agreeing++;
      else if (found !== undefined) mismatches.push(found);
    };
    // Each row's figures one by one, without a list of them: a table may have a hundred thousand rows.
    // Indexed: a for-of makes an object per step until it is optimised.
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      count(judge(row, 'capaian', row.capaian, row.target, row.realisasi));
      count(judge(row, 'capaian', row.lalu?.capaian, row.lalu?.target, row.lalu?.realisasi));
      count(judge(row, 'kemajuan', row.kemajuan, row.targetAkhir, row.realisasi));
      count(judge(row, 'standar', row.perbandinganStandar, row.standarNasional, row.realisasi));
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
