import { Decimal } from '../decimal';
import type { EfficiencyRow } from '../model/efficiency';
import type { StatedNumber } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { MetodeEfisiensi, Settings } from '../settings';
import type { Temuan } from '../temuan';
import { hitungEfisiensi } from '../formulas';
import { JUDUL_ATURAN, NAMA_METODE_EFISIENSI, PESAN_TEMUAN } from '../messages/temuan';
import {
  formatCapaian,
  formatStatedPercent,
  isDoubtfulRupiah,
  percentTolerance,
  temuanAt,
  type RuleDescriptor,
} from './rule';

export const EFI_01: RuleDescriptor = { id: 'EFI-01', severity: 'peringatan', title: JUDUL_ATURAN['EFI-01'] };

const METODE: readonly MetodeEfisiensi[] = ['selisih', 'indeks', 'sisa'];

interface EfficiencyRowJudged {
  stated: StatedNumber;
  kinerja: Decimal;
  anggaran: Decimal;
  /** Methods whose result agrees with the stated figure. */
  matches: MetodeEfisiensi[];
}

/** A percentage and how far its rounding lets it be from the exact value (0 for a computed one). */
interface Share {
  value: Decimal;
  tolerance: Decimal;
}

const ZERO = new Decimal(0);

/** Capaian anggaran of an efficiency row: as stated, else realisasi ÷ pagu. */
function capaianAnggaran(row: EfficiencyRow): Share | undefined {
  if (row.capaianAnggaran !== undefined)
    return { value: row.capaianAnggaran.value, tolerance: percentTolerance(row.capaianAnggaran) };
  const { pagu, realisasiAnggaran } = row;
  if (pagu === undefined || realisasiAnggaran === undefined || pagu.value.isZero()) return undefined;
  if (isDoubtfulRupiah(pagu) || isDoubtfulRupiah(realisasiAnggaran)) return undefined;
  return { value: realisasiAnggaran.value.div(pagu.value), tolerance: ZERO };
}

/** Capaian kinerja of an efficiency row: as stated. */
function capaianKinerja(row: EfficiencyRow): Share | undefined {
  const c = row.capaian;
  return c !== undefined && 'value' in c ? { value: c.value, tolerance: percentTolerance(c) } : undefined;
}

/**
 * Whether a method's result agrees with the stated efficiency, allowing for the rounding of the stated
 * figure and of the capaian it was computed from (the author divided unrounded figures): for selisih and
 * sisa the tolerances add up; for indeks K/A moves by tK/A + K·tA/A².
 */
function agrees(metode: MetodeEfisiensi, kinerja: Share, anggaran: Share, stated: StatedNumber): boolean {
  const r = hitungEfisiensi(kinerja.value, anggaran.value, metode);
  if (!r.ok) return false;
  let tolerance = percentTolerance(stated);
  if (metode === 'indeks') {
    const a = anggaran.value.abs();
    tolerance = tolerance
      .plus(kinerja.tolerance.div(a))
      .plus(kinerja.value.abs().times(anggaran.tolerance).div(a.times(a)));
  } else {
    tolerance = tolerance.plus(anggaran.tolerance).plus(metode === 'selisih' ? kinerja.tolerance : ZERO);
  }
  return r.value.minus(stated.value).abs().lte(tolerance);
}

function efficiencyRow(row: EfficiencyRow): EfficiencyRowJudged | undefined {
  const stated = row.efisiensi;
  const kinerja = capaianKinerja(row);
  const anggaran = capaianAnggaran(row);
  if (stated === undefined || kinerja === undefined || anggaran === undefined) return undefined;
  if (anggaran.value.isZero() && kinerja.value.isZero()) return undefined;
  const matches = METODE.filter((m) => agrees(m, kinerja, anggaran, stated));
  return { stated, kinerja: kinerja.value, anggaran: anggaran.value, matches };
}

/** The method most rows of a table agree with; ties go to the user's method, then selisih, indeks, sisa. */
function tableMethod(rows: EfficiencyRowJudged[], preferred: MetodeEfisiensi): MetodeEfisiensi | undefined {
  let best: MetodeEfisiensi | undefined;
  let bestCount = 0;
  for (const m of [preferred, ...METODE.filter((x) => x !== preferred)]) {
    const count = rows.filter((r) => r.matches.includes(m)).length;
    if (count > bestCount) {
      best = m;
      bestCount = count;
    }
  }
  return best;
}

/**
 * EFI-01: a stated tingkat efisiensi (Tabel 3.9) that matches none of the three methods of DESIGN.md
 * §3.4 on the row's capaian kinerja and capaian anggaran, or another method than most rows of its table.
 * Points at the efficiency cell; expected = the value by the table's method for a row that follows
 * another method, by the user's method (Settings.efisiensi) for a row that follows none — absent where
 * that method cannot be applied (indeks with capaian anggaran 0, sisa below target).
 * Example: kinerja 100%, anggaran 86,17%, stated 13,83% → selisih, consistent.
 */
export function checkEfisiensi(model: WorkbookModel, settings: Settings): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.efficiencies) {
    const rows = table.rows.map(efficiencyRow).filter((r): r is EfficiencyRowJudged => r !== undefined);
    const method = tableMethod(rows, settings.efisiensi);
    for (const row of rows) {
      if (method !== undefined && row.matches.includes(method)) continue;
      // A row that follows no method is measured against the user's method; one that follows another
      // method than the table's, against the table's.
      const metode = row.matches.length === 0 || method === undefined ? settings.efisiensi : method;
      const expected = hitungEfisiensi(row.kinerja, row.anggaran, metode);
      const harapan = expected.ok ? formatCapaian(expected.value, row.stated.reading.decimals) : undefined;
      const tertulis = formatStatedPercent(row.stated);
      const message =
        row.matches.length === 0
          ? PESAN_TEMUAN.efisiensiTanpaMetode({
              tertulis,
              harapan,
              metode: NAMA_METODE_EFISIENSI[metode],
              alasan: expected.ok ? undefined : expected.message,
            })
          : PESAN_TEMUAN.efisiensiMetodeLain({
              tertulis,
              harapan,
              metode: NAMA_METODE_EFISIENSI[metode],
              metodeBaris: NAMA_METODE_EFISIENSI[row.matches[0]],
            });
      out.push(temuanAt(EFI_01, row.stated.ref, message, harapan, tertulis));
    }
  }
  return out;
}
