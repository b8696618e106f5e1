import { Decimal } from '../decimal';
import type { IndicatorTable } from '../model/indicator';
import type { StatedNumber, StatedText } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Settings } from '../settings';
import type { Temuan } from '../temuan';
import { hitungCapaian, kategoriCapaian, labelKategori, LABEL_KATEGORI_LAIN } from '../formulas';
import { JUDUL_ATURAN, NAMA_SKALA_KATEGORI, PESAN_TEMUAN } from '../messages/temuan';
import { nameKey } from '../text';
import { formatCapaian, temuanAt, type RuleDescriptor } from './rule';
import { ukuranOf, unitMismatch } from './measures';

export const KIN_02: RuleDescriptor = { id: 'KIN-02', severity: 'galat', title: JUDUL_ATURAN['KIN-02'] };
/** A kategori column of labels no scale knows, said once per table and not judged. */
const KIN_02_INFO: RuleDescriptor = { ...KIN_02, severity: 'info' };
/** Labels of another set that mostly miss the 86/2017 bounds: another scale, or wrong labels. */
const KIN_02_SKALA_LAIN: RuleDescriptor = { ...KIN_02, severity: 'peringatan' };

/** A kategori label with the capaian it stands beside. */
interface Labelled {
  kategori: StatedText;
  capaian: Decimal;
  decimals: number;
}

/**
 * KIN-02: a kategori label that is not the label of the scale (Permendagri 86/2017, or the user's
 * Settings.skalaKategori) for the capaian it stands beside — the stated capaian, else the one computed
 * from target and realisasi; also the kategori of the average row. Points at the kategori cell.
 * Labels of another set (`Sangat Baik` … `Sangat Kurang`, `Sangat Berhasil` … `Tidak Berhasil`) are
 * judged on the same bounds only where most of the table's labels already agree with them; where most
 * do not — another scale, or labels simply wrong — that is said once (peringatan) and they are not judged
 * one by one; labels of no known set are said once (info). Under a user scale every label is judged on it.
 * Example: capaian 90,50% labelled "Sangat Tinggi" → galat, expected `Tinggi`.
 */
export function checkKategori(model: WorkbookModel, settings: Settings): Temuan[] {
  const out: Temuan[] = [];
  const skala =
    settings.skalaKategori === undefined ? NAMA_SKALA_KATEGORI.bawaan : NAMA_SKALA_KATEGORI.pengguna;
  const labels = labelKategori(settings.skalaKategori);
  // A scale the user set in the settings is the one their tables use: every label is judged on it.
  const userScale = settings.skalaKategori !== undefined;
  const ownKeys = new Set(labels.map(nameKey));
  const otherSets = userScale ? [] : LABEL_KATEGORI_LAIN.map((set) => set.map(nameKey));
  const galat = (l: Labelled, harapan: string) =>
    out.push(
      temuanAt(
        KIN_02,
        l.kategori.ref,
        PESAN_TEMUAN.kategori({
          tertulis: l.kategori.text,
          harapan,
          capaian: formatCapaian(l.capaian, l.decimals),
          skala,
        }),
        harapan,
        l.kategori.text,
      ),
    );
  for (const table of model.indicators) {
    const bySet = otherSets.map(() => [] as Array<{ l: Labelled; rank: number; expected: number }>);
    let unknown: Labelled | undefined;
    for (const l of labelled(table)) {
      const key = nameKey(l.kategori.text);
      const harapan = kategoriCapaian(l.capaian, settings.skalaKategori);
      if (userScale || ownKeys.has(key)) {
        if (key !== nameKey(harapan)) galat(l, harapan);
        continue;
      }
      const set = otherSets.findIndex((keys) => keys.includes(key));
      if (set < 0) unknown ??= l;
      else bySet[set].push({ l, rank: otherSets[set].indexOf(key), expected: labels.indexOf(harapan) });
    }
    bySet.forEach((entries, set) => {
      if (entries.length === 0) return;
      const agree = entries.filter((e) => e.rank === e.expected).length;
      if (agree * 2 <= entries.length) {
        const first = entries[0].l.kategori;
        out.push(
          temuanAt(KIN_02_SKALA_LAIN, first.ref, PESAN_TEMUAN.kategoriSkalaLain({ contoh: first.text })),
        );
        return;
      }
      for (const e of entries) if (e.rank !== e.expected) galat(e.l, LABEL_KATEGORI_LAIN[set][e.expected]);
    });
    if (unknown !== undefined)
      out.push(
        temuanAt(
          KIN_02_INFO,
          unknown.kategori.ref,
          PESAN_TEMUAN.kategoriTakDikenal({ tertulis: unknown.kategori.text }),
        ),
      );
  }
  return out;
}

/** The table's kategori labels, each with its capaian (stated, else computed); the average row's last. */
function labelled(table: IndicatorTable): Labelled[] {
  const out: Labelled[] = [];
  const add = (kategori: StatedText | undefined, capaian: Decimal, decimals: number) => {
    if (kategori !== undefined && nameKey(kategori.text) !== '') out.push({ kategori, capaian, decimals });
  };
  // Indexed: a table may have thousands of rows, and a for-of makes an object per step until it is optimised.
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const stated = numeric(row.capaian);
    if (stated !== undefined) {
      add(row.kategori, stated.value, stated.reading.decimals);
      continue;
    }
    const t = ukuranOf(row.target);
    if (t === null || unitMismatch(row.target, row.realisasi) !== undefined) continue;
    const computed = hitungCapaian(t, ukuranOf(row.realisasi), row.polaritas ?? 'positif');
    if (computed.ok) add(row.kategori, computed.value, 2);
  }
  const avg = table.average;
  if (avg?.capaian !== undefined) add(avg.kategori, avg.capaian.value, avg.capaian.reading.decimals);
  return out;
}

function numeric(n: StatedNumber | StatedText | undefined): StatedNumber | undefined {
  return n !== undefined && 'value' in n ? n : undefined;
}
