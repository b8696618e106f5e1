import { NameMatcher } from '../../../src/core/names/name-matcher';

const programs = [
  'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
  'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
  'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
  'PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM',
  'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM',
];
const matcher = new NameMatcher(programs.map((name, i) => ({ item: i, name })));

describe('NameMatcher', () => {
  it('finds a name written in another case, spacing or without "Program" as the same', () => {
    expect(matcher.find('Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota')).toEqual({
      how: 'sama',
      item: 0,
      name: programs[0],
    });
  });

  it('finds "Ketentraman" in the cascade as the budget\'s "KETENTERAMAN" (a spelling variant)', () => {
    expect(matcher.find('Program Koordinasi Ketentraman dan Ketertiban Umum')).toEqual({
      how: 'ejaan',
      item: 3,
      name: programs[3],
    });
  });

  it('finds a name with a letter dropped as near (mirip)', () => {
    expect(matcher.find('Program Penyelengaraan Pemerintahan dan Pelayanan Publik')).toEqual({
      how: 'mirip',
      item: 1,
      name: programs[1],
    });
  });

  it('does not take a different program for a near one', () => {
    expect(matcher.find('Program Pemberdayaan Lembaga Kemasyarakatan')).toBeUndefined();
    expect(matcher.find('Program Penyelenggaraan Urusan Pemerintahan Khusus')).toBeUndefined();
  });

  it('does not match names that differ in their numbers', () => {
    const m = new NameMatcher([{ item: 'a', name: 'Meningkatnya Kualitas Pelayanan Sasaran 1' }]);
    expect(m.find('Meningkatnya Kualitas Pelayanan Sasaran 2')).toBeUndefined();
  });

  it('does not fuzz short names ("Desa Sana" is not "Desa Sini")', () => {
    const m = new NameMatcher([{ item: 'a', name: 'Desa Sana' }]);
    expect(m.find('Desa Sini')).toBeUndefined();
  });

  it('leaves a name unmatched, and says so, when two candidates fit equally well', () => {
    const m = new NameMatcher([
      { item: 'a', name: 'Pembinaan Wilayah Perbatasan' },
      { item: 'b', name: 'Pembinaan Wilayah Perbatasen' },
    ]);
    // "Perbatasn" is one letter from "Perbatasan" and one from "Perbatasen".
    const found = m.find('Pembinaan Wilayah Perbatasn');
    expect(found).toEqual({
      how: 'ragu',
      candidates: [
        { item: 'a', name: 'Pembinaan Wilayah Perbatasan' },
        { item: 'b', name: 'Pembinaan Wilayah Perbatasen' },
      ],
    });
  });

  it('leaves a spelling variant unmatched when two candidates have that spelling', () => {
    const m = new NameMatcher([
      { item: 'a', name: 'Praktik Baik Desa' },
      { item: 'b', name: 'Praktek Baik Desa' },
    ]);
    expect(m.find('PRAKTEK BAIK  DESA.')).toEqual({ how: 'sama', item: 'b', name: 'Praktek Baik Desa' });
    expect(m.find('Praktik Baik, Desa')).toEqual({ how: 'sama', item: 'a', name: 'Praktik Baik Desa' });
    const n = new NameMatcher([
      { item: 'a', name: 'Praktik Baik Desa Kab.' },
      { item: 'b', name: 'Praktek Baik Desa Kabupaten' },
    ]);
    expect(n.find('praktik baik desa kabupaten')?.how).toBe('ragu');
  });

  it('takes the nearest of several near candidates', () => {
    const m = new NameMatcher([
      { item: 'far', name: 'Pembinaan Lembaga Kemasyarakatan Kelurahan' },
      { item: 'near', name: 'Pembinaan Lembaga Kemasyarakatan Kelurahen' },
    ]);
    expect(m.find('Pembinaan Lembaga Kemasyarakatan Kelurahan.')).toEqual({
      how: 'sama',
      item: 'far',
      name: 'Pembinaan Lembaga Kemasyarakatan Kelurahan',
    });
    // "Kelurahaan" is one letter from "Kelurahan", two from "Kelurahen"; "Kelurahn" one from each.
    expect(m.find('Pembinaan Lembaga Kemasyarakatan Kelurahaan')).toEqual({
      how: 'mirip',
      item: 'far',
      name: 'Pembinaan Lembaga Kemasyarakatan Kelurahan',
    });
    expect(m.find('Pembinaan Lembaga Kemasyarakatan Kelurahn')?.how).toBe('ragu');
  });

  it('takes no other word for a slip: short words, two letters, another word count', () => {
    const names = [
      'Rehabilitasi Gedung SMA Negeri',
      'Pembangunan Jalan Tahap II Kecamatan',
      'Pemberdayaan Masyarakat Desa Sukajaya',
      'Penyediaan Peralatan Kantor Kecamatan',
      'Pembinaan Lembaga Kemasyarakatan Desa',
    ];
    const m = new NameMatcher(names.map((name, i) => ({ item: i, name })));
    expect(m.find('Rehabilitasi Gedung SMP Negeri')).toBeUndefined();
    expect(m.find('Pembangunan Jalan Tahap I Kecamatan')).toBeUndefined();
    expect(m.find('Pemberdayaan Masyarakat Desa Sukamaju')).toBeUndefined();
    expect(m.find('Pengadaan Peralatan Kantor Kecamatan')).toBeUndefined();
    expect(m.find('Pembinaan Lembaga Kemasyarakatan Desa Adat')).toBeUndefined();
  });

  it('reads "constructor" and other words of Object.prototype as plain words', () => {
    const m = new NameMatcher([{ item: 1, name: 'Belanja Jasa Constructor Gedung' }]);
    expect(m.find('belanja jasa constructor gedung')).toEqual({
      how: 'sama',
      item: 1,
      name: 'Belanja Jasa Constructor Gedung',
    });
    expect(m.find('toString valueOf hasOwnProperty')).toBeUndefined();
  });

  it('finds names among 20 000 candidates through the trigram index, as a scan of all would', () => {
    const names = Array.from(
      { length: 20_000 },
      (_, i) => `Sub Kegiatan Penyediaan Layanan Nomor ${i} Kecamatan`,
    );
    const big = new NameMatcher(names.map((name, i) => ({ item: i, name })));
    expect(big.find('Sub Kegiatan Penyedian Layanan Nomor 12345 Kecamatan')).toEqual({
      how: 'mirip',
      item: 12_345,
      name: names[12_345],
    });
    expect(big.find('Penyediaan Layanan Nomor 777 Kec.')).toEqual({
      how: 'ejaan',
      item: 777,
      name: names[777],
    });
  });
});
