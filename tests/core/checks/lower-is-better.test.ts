import { looksLowerIsBetter } from '../../../src/core/checks/lower-is-better';

describe('looksLowerIsBetter', () => {
  it.each([
    ['Angka Kematian Ibu (per 100.000 kelahiran hidup)', true],
    ['Tingkat Pengangguran Terbuka', true],
    ['Prevalensi stunting pada balita', true],
    ['Rata-rata waktu penyelesaian perkara', true],
    ['Persentase wilayah bebas banjir', false],
    ['Persentase penurunan angka kemiskinan', false],
    ['Persentase kasus pengaduan yang diselesaikan', false],
    ['Indeks Kepuasan Masyarakat', false],
  ])('%s → %s', (name, expected) => {
    expect(looksLowerIsBetter(name)).toBe(expected);
  });
});
