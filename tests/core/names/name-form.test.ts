import { allowedEdits, matchKey, nameDigits, nameForm } from '../../../src/core/names/name-form';

describe('matchKey', () => {
  it('ignores case, spacing, punctuation and a leading level word', () => {
    expect(matchKey('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA')).toBe(
      'penunjang urusan pemerintahan daerah kabupaten kota',
    );
    expect(matchKey('Penunjang  Urusan Pemerintahan Daerah Kabupaten / Kota.')).toBe(
      'penunjang urusan pemerintahan daerah kabupaten kota',
    );
    expect(matchKey('Sub Kegiatan Penyediaan Gaji')).toBe('penyediaan gaji');
  });

  it('keeps a name that is only a level word', () => {
    expect(matchKey('Program')).toBe('program');
  });
});

describe('nameForm', () => {
  it('writes the spelling variants reports contain in their standard spelling', () => {
    expect(nameForm('Program Koordinasi Ketentraman dan Ketertiban Umum')).toBe(
      nameForm('PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM'),
    );
    expect(nameForm('Praktek Pengadaan')).toBe('praktik pengadaan');
    expect(nameForm('Pelayanan Perijinan Propinsi')).toBe('pelayanan perizinan provinsi');
  });

  it('writes abbreviations out (Kab., Kec., Pemdes)', () => {
    expect(nameForm('Fasilitasi Pemdes Kec. Kalianget Kab. Sumenep')).toBe(
      'fasilitasi pemerintahan desa kecamatan kalianget kabupaten sumenep',
    );
  });

  it('drops joining words and ampersands', () => {
    expect(nameForm('Peningkatan Sarana & Prasarana Aparatur')).toBe(
      nameForm('Peningkatan Sarana dan Prasarana Aparatur'),
    );
    expect(nameForm('Peningkatan Sarana Prasarana Aparatur')).toBe(
      nameForm('Peningkatan Sarana serta Prasarana Aparatur'),
    );
  });
});

describe('allowedEdits and nameDigits', () => {
  it('allows no edit below 12 letters, one per 12 after, at most 3', () => {
    expect(allowedEdits('desa sana')).toBe(0);
    expect(allowedEdits('kecamatan ab')).toBe(1);
    expect(allowedEdits('x'.repeat(24))).toBe(2);
    expect(allowedEdits('x'.repeat(200))).toBe(3);
  });

  it('lists the numbers of a name', () => {
    expect(nameDigits('sasaran 1 tahun 2023')).toBe('1 2023');
    expect(nameDigits('sasaran strategis')).toBe('');
  });
});
