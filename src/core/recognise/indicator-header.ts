import { nameKey } from '../text';
import type { CascadeLevel } from '../model/indicator';

/**
 * What a header cell of an indicator table names. `level:*` are the separate name columns of a table
 * laid out by indentation (Tujuan | Sasaran | Program …); `sebelum`/`setelah` are the sub-headers of a
 * revised target (Tabel 2.6); `pagu`, `realisasiAnggaran`, `capaianAnggaran` the budget columns of Tabel
 * 3.9 (and `pagu` also its "Anggaran" group heading); `kinerja` the "Kinerja" group heading; `menunjang` is Tabel 3.7's "Menunjang/ Tidak Menunjang"; `abaikan` are known
 * columns that are not read (Sumber Data, Keterangan).
 */
export type IndicatorField =
  | 'no'
  | 'kode'
  | 'name'
  | `level:${CascadeLevel}`
  | 'indikator'
  | 'satuan'
  | 'polaritas'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'kategori'
  | 'targetAkhir'
  | 'standarNasional'
  | 'kemajuan'
  | 'efisiensi'
  | 'analisis'
  | 'solusi'
  | 'pagu'
  | 'realisasiAnggaran'
  | 'capaianAnggaran'
  | 'kinerja'
  | 'menunjang'
  | 'sebelum'
  | 'setelah'
  | 'abaikan';

const LEVEL_HEADERS: Record<string, CascadeLevel> = {
  tujuan: 'tujuan',
  'tujuan strategis': 'tujuan',
  sasaran: 'sasaran',
  'sasaran strategis': 'sasaran',
  program: 'program',
  kegiatan: 'kegiatan',
  'sub kegiatan': 'subkegiatan',
  subkegiatan: 'subkegiatan',
};

/**
 * Classifies a header text by its words, after nameKey: `'Capaian %'` → `capaian`,
 * `'Target Akhir Tahun 2026'` → `targetAkhir`, `'Tujuan/ Sasaran/ Program/ Kegiatan/ Sub Kegiatan'` → `name`,
 * `'Sasaran'` → `level:sasaran`; undefined for a text that is no header this recogniser knows.
 */
export function classifyIndicatorHeader(text: string): IndicatorField | undefined {
  const k = nameKey(text);
  if (k === '') return undefined;
  if (/^(no|nomor|no urut)$/.test(k)) return 'no';
  if (/^kode( program| rekening| anggaran)?$/.test(k)) return 'kode';
  if (LEVEL_HEADERS[k] !== undefined) return `level:${LEVEL_HEADERS[k]}`;
  if (k.startsWith('indikator')) return 'indikator';
  if (k.startsWith('satuan')) return 'satuan';
  if (/^(polaritas|sifat indikator)/.test(k)) return 'polaritas';
  if (/^target (akhir|renstra)/.test(k) || k.startsWith('target akhir')) return 'targetAkhir';
  if (/^(standar|standart)/.test(k)) return 'standarNasional';
  if (/^(tingkat )?kemajuan/.test(k)) return 'kemajuan';
  if (/efisiensi/.test(k)) return 'efisiensi';
  if (k === 'kinerja') return 'kinerja';
  if (/^(pagu|anggaran|target rp|target anggaran)\b/.test(k)) return 'pagu';
  if (/^realisasi (anggaran|rp|keuangan)\b/.test(k)) return 'realisasiAnggaran';
  if (/^(capaian anggaran|penyerapan( anggaran)?|persentase penyerapan)\b/.test(k)) return 'capaianAnggaran';
  if (/^target\b/.test(k)) return 'target';
  if (/^realisasi\b/.test(k)) return 'realisasi';
  if (/^(capaian|persentase capaian)\b/.test(k)) return 'capaian';
  if (/^kategori/.test(k) || k === 'interpretasi') return 'kategori';
  if (/^analisis/.test(k)) return 'analisis';
  if (/^solusi/.test(k)) return 'solusi';
  if (/^sebelum( perubahan)?$/.test(k)) return 'sebelum';
  if (/^(setelah|sesudah)( perubahan)?$/.test(k)) return 'setelah';
  if (/^menunjang/.test(k)) return 'menunjang';
  if (/^(sumber data|sumber|keterangan)/.test(k)) return 'abaikan';
  if (/(tujuan|sasaran|program|kegiatan|uraian)/.test(k)) return 'name';
  return undefined;
}

/** A capaian header written only as `%`, which nameKey empties. */
export function isPercentHeader(text: string): boolean {
  return /^\(?%\)?$/.test(text.trim());
}

/** A year heading of a two-level header (`2022` over Target | Realisasi | Capaian); undefined otherwise. */
export function headerYear(text: string): number | undefined {
  const m = /^(?:tahun\s+)?((?:19|20)\d\d)$/i.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * Whether a row is the column-number row under a header (`1 2 3 4 5 6`, `$6=4/5*100$`): every non-blank
 * cell is a small integer or a formula-like text, with at least two integers.
 */
export function isColumnNumberRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  const ints = filled.filter((t) => /^\(?\d{1,2}\)?$/.test(t));
  return ints.length >= 2 && filled.every((t) => /^\(?\d{1,2}\)?$/.test(t) || /[=*/]/.test(t));
}
