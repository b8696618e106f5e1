import { Decimal } from '../decimal';
import type { StatedNumber, StatedText } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Settings } from '../settings';
import type { Temuan } from '../temuan';
import { hitungCapaian, kategoriCapaian } from '../formulas';
import { JUDUL_ATURAN, NAMA_SKALA_KATEGORI, PESAN_TEMUAN } from '../messages/temuan';
import { nameKey } from '../text';
import { formatCapaian, temuanAt, type RuleDescriptor } from './rule';
import { ukuranOf, unitMismatch } from './measures';

export const KIN_02: RuleDescriptor = { id: 'KIN-02', severity: 'galat', title: JUDUL_ATURAN['KIN-02'] };

/**
 * KIN-02: a kategori label that is not the label of the scale (Permendagri 86/2017, or the user's
 * Settings.skalaKategori) for the capaian it stands beside — the stated capaian, else the one computed
 * from target and realisasi; also the kategori of the average row. Points at the kategori cell.
 * Example: capaian 90,50% labelled "Sangat Tinggi" → galat, expected `Tinggi`.
 */
export function checkKategori(model: WorkbookModel, settings: Settings): Temuan[] {
  const out: Temuan[] = [];
  const skala =
    settings.skalaKategori === undefined ? NAMA_SKALA_KATEGORI.bawaan : NAMA_SKALA_KATEGORI.pengguna;
  const judge = (kategori: StatedText | undefined, capaian: Decimal | undefined, decimals: number) => {
    if (kategori === undefined || capaian === undefined || nameKey(kategori.text) === '') return;
    const harapan = kategoriCapaian(capaian, settings.skalaKategori);
    if (nameKey(harapan) === nameKey(kategori.text)) return;
    const message = PESAN_TEMUAN.kategori({
      tertulis: kategori.text,
      harapan,
      capaian: formatCapaian(capaian, decimals),
      skala,
    });
    out.push(temuanAt(KIN_02, kategori.ref, message, harapan, kategori.text));
  };
  for (const table of model.indicators) {
    for (const row of table.rows) {
      const stated = numeric(row.capaian);
      if (stated !== undefined) {
        judge(row.kategori, stated.value, stated.reading.decimals);
        continue;
      }
      const t = ukuranOf(row.target);
      if (t === null || unitMismatch(row.target, row.realisasi) !== undefined) continue;
      const computed = hitungCapaian(t, ukuranOf(row.realisasi), row.polaritas ?? 'positif');
      if (computed.ok) judge(row.kategori, computed.value, 2);
    }
    const avg = table.average;
    if (avg?.capaian !== undefined) judge(avg.kategori, avg.capaian.value, avg.capaian.reading.decimals);
  }
  return out;
}

function numeric(n: StatedNumber | StatedText | undefined): StatedNumber | undefined {
  return n !== undefined && 'value' in n ? n : undefined;
}
