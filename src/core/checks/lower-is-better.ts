import { nameKey } from '../text';

/**
 * Words that make an indicator one where less is better, as LKjIP indicators are named: a stated
 * capaian that follows the lower-is-better formula is taken as meant when the name says so. Only words
 * that keep that sense in any indicator are listed ("kasus" or "banjir" do not: "kasus yang
 * diselesaikan", "wilayah bebas banjir" are better when higher).
 */
const LOWER_IS_BETTER = new RegExp(
  '\\b(' +
    [
      'kematian',
      'kesakitan',
      'kemiskinan',
      'penduduk miskin',
      'pengangguran',
      'prevalensi',
      'stunting',
      'gizi buruk',
      'kriminalitas',
      'kerugian',
      'tunggakan',
      'sisa perkara',
      'inflasi',
      'rasio gini',
      'indeks gini',
      'ketimpangan',
      'putus sekolah',
      'buta aksara',
      'buta huruf',
      'waktu penyelesaian',
      'lama waktu',
      'rata rata waktu',
    ].join('|') +
    ')\\b',
);

/** Words that turn such an indicator round: its reduction, or what was dealt with, is better when higher. */
const TURNED_ROUND =
  /\b(penurunan|turunnya|menurunnya|berkurangnya|pengurangan|bebas|penanganan|tertangani|ditangani|ditindaklanjuti|diselesaikan|terselesaikan)\b/;

/** Whether an indicator's name says less is better ("Angka Kematian Ibu", "Tingkat Pengangguran Terbuka"). */
export function looksLowerIsBetter(name: string): boolean {
  const key = nameKey(name);
  return LOWER_IS_BETTER.test(key) && !TURNED_ROUND.test(key);
}
