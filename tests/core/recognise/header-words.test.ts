import { headerKey, headerYear, readHeaderWord } from '../../../src/core/recognise/header-words';

describe('headerKey', () => {
  it.each([
    ['CAPAIAN (%)', 'capaian persen'],
    ['%', 'persen'],
    ['Realisasi (Rp)', 'realisasi rp'],
    ['Program/ Kegiatan', 'program kegiatan'],
    ['J U M L A H', 'jumlah'],
    [' Pagu\u00a0Anggaran ', 'pagu anggaran'],
  ])('%j → %j', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });
});

describe('readHeaderWord: what a header names, with its synonyms', () => {
  it.each([
    ['Pagu', 'pagu'],
    ['Pagu Anggaran', 'pagu'],
    ['PAGU DPA', 'pagu'],
    ['Anggaran', 'pagu'],
    ['Alokasi', 'pagu'],
    ['Alokasi Anggaran (Rp)', 'pagu'],
    ['Jumlah Anggaran (Rp.)', 'pagu'],
    ['Realisasi', 'realisasi'],
    ['Serapan', 'realisasi'],
    ['Realisasi (Rp)', 'realisasi'],
    ['Capaian', 'capaian'],
    ['Capaian (%)', 'capaian'],
    ['%', 'capaian'],
    ['Persentase', 'capaian'],
    ['Prosentase', 'capaian'],
    ['Tingkat Capaian', 'capaian'],
    ['Penyerapan Anggaran %', 'capaian'],
    ['No', 'nomor'],
    ['N0', 'nomor'],
    ['Kode Rekening', 'kode'],
    ['Kegiatan', 'kegiatan'],
    ['Program/Kegiatan', 'uraian'],
    ['Uraian', 'uraian'],
    ['RINCIAN OUTPUT (RO) PER SATKER', 'uraian'],
    ['Indikator Kinerja', 'indikator'],
    ['Indikator Kinerja Utama', 'indikator'],
    ['Target', 'target'],
    ['TARGET SETAHUN', 'target'],
    ['Satuan', 'satuan'],
    ['Kategori', 'kategori'],
    ['Predikat', 'kategori'],
    ['Interpretasi', 'kategori'],
    ['Target Akhir Renstra', 'targetAkhir'],
    ['Standar Nasional', 'standar'],
    ['Tingkat Kemajuan', 'kemajuan'],
    ['Tingkat Efisiensi', 'efisiensi'],
    ['Sisa Anggaran', 'sisa'],
    ['Unsur Pelayanan', 'unsur'],
    ['U7', 'unsur'],
    ['Waktu Penyelesaian', 'unsur'],
    ['NRR', 'nrr'],
    ['Nilai Rata-Rata', 'nrr'],
    ['NRR Tertimbang', 'nrrTertimbang'],
    ['Sumber Data', 'keterangan'],
    ['Nama Pegawai Baru', undefined],
  ])('%j → %j', (text, concept) => {
    expect(readHeaderWord(text).concept).toBe(concept);
  });

  it.each([
    ['PREDIKET', 'kategori', 'predikat'],
    ['Realiasi', 'realisasi', 'realisasi'],
    ['Tigkat Efisiensi %', 'efisiensi', 'tingkat efisiensi persen'],
    ['INDIKATORKINERJA', 'indikator', 'indikator kinerja'],
    ['Capain', 'capaian', 'capaian'],
  ])('mends the misspelling %j to %j (read as %j)', (text, concept, mended) => {
    const w = readHeaderWord(text);
    expect([w.concept, w.mended]).toEqual([concept, mended]);
  });

  it('takes a year off the words: "Target 2023", "Capaian 2019(%)", "Realisasi Tahun 2022"', () => {
    expect([readHeaderWord('Target 2023').concept, readHeaderWord('Target 2023').year]).toEqual([
      'target',
      2023,
    ]);
    const c = readHeaderWord('Capaian 2019(%)');
    expect([c.concept, c.year, c.persen]).toEqual(['capaian', 2019, true]);
    expect(readHeaderWord('Realisasi Tahun 2022').year).toBe(2022);
    expect([readHeaderWord('Pagu 2023').concept, readHeaderWord('Pagu 2023').year]).toEqual(['pagu', 2023]);
  });

  it('reads the group a header puts its column in: input is the budget, output the performance', () => {
    const input = readHeaderWord('Capaian Input (%)');
    const output = readHeaderWord('Capaian Output (%)');
    expect([input.concept, input.group]).toEqual(['capaian', 'anggaran']);
    expect([output.concept, output.group]).toEqual(['capaian', 'kinerja']);
    expect(readHeaderWord('Realisasi Anggaran (Rp)').group).toBe('anggaran');
  });

  it('reads a revision: Sebelum / Setelah Perubahan, alone or after Anggaran', () => {
    expect([
      readHeaderWord('Sebelum Perubahan').concept,
      readHeaderWord('Sebelum Perubahan').revision,
    ]).toEqual([undefined, 'sebelum']);
    const after = readHeaderWord('Anggaran Setelah Perubahan');
    expect([after.concept, after.revision]).toEqual(['pagu', 'setelah']);
  });

  it('leaves column numbers and remarks in parentheses out of the words', () => {
    expect(readHeaderWord('Tingkat Efisiensi (100-6)').concept).toBe('efisiensi');
    expect(readHeaderWord('% Capaian Kinerja (Indikator Kinerja yang ≥ 100%)').concept).toBe('capaian');
  });
});

describe('headerYear', () => {
  it.each([
    ['2022', 2022],
    ['Tahun 2023', 2023],
    ['TA 2021', 2021],
    ['Target 2023', undefined],
  ])('%j → %j', (text, year) => {
    expect(headerYear(text)).toBe(year);
  });
});
