import type { Decimal } from '../decimal';
import type { IndicatorRow } from '../model/indicator';
import type { StatedNumber } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { MetodeEfisiensi, Settings } from '../settings';
import type { Temuan } from '../temuan';
import { hitungEfisiensi } from '../formulas';
import { JUDUL_ATURAN, NAMA_METODE_EFISIENSI, PESAN_TEMUAN } from '../messages/temuan';
import {
  agreesWithStatedPercent,
  formatCapaian,
  formatStatedPercent,
  isDoubtfulRupiah,
  temuanAt,
  type RuleDescriptor,
} from './rule';

export const EFI_01: RuleDescriptor = { id: 'EFI-01', severity: 'peringatan', title: JUDUL_ATURAN['EFI-01'] };

const METODE: readonly MetodeEfisiensi[] = ['selisih', 'indeks', 'sisa'];

interface EfficiencyRow {
  stated: StatedNumber;
  kinerja: Decimal;
  anggaran: Decimal;
  /** Methods whose result agrees with the stated figure. */
  matches: MetodeEfisiensi[];
}

/** Capaian anggaran of a Tabel 3.9 row: as stated, else realisasi ÷ pagu. */
function capaianAnggaran(row: IndicatorRow): Decimal | undefined {
  const a = row.anggaran;
  if (a === undefined) return undefined;
  if (a.capaian !== undefined) return a.capaian.value;
  if (a.pagu === undefined || a.realisasi === undefined || a.pagu.value.isZero()) return undefined;
  if (isDoubtfulRupiah(a.pagu) || isDoubtfulRupiah(a.realisasi)) return undefined;
  return a.realisasi.value.div(a.pagu.value);
}

function efficiencyRow(row: IndicatorRow): EfficiencyRow | undefined {
  const stated = row.efisiensi;
  const kinerja = row.capaian !== undefined && 'value' in row.capaian ? row.capaian.value : undefined;
  const anggaran = capaianAnggaran(row);
  if (stated === undefined || kinerja === undefined || anggaran === undefined) return undefined;
  const matches = METODE.filter((m) => {
    const r = hitungEfisiensi(kinerja, anggaran, m);
    return r.ok && agreesWithStatedPercent(r.value, stated);
  });
  return { stated, kinerja, anggaran, matches };
}

/** The method most rows of a table agree with; ties go to the user's method, then selisih, indeks, sisa. */
function tableMethod(rows: EfficiencyRow[], preferred: MetodeEfisiensi): MetodeEfisiensi | undefined {
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
  for (const table of model.indicators) {
    const rows = table.rows.map(efficiencyRow).filter((r): r is EfficiencyRow => r !== undefined);
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
