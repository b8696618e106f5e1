import { Decimal } from '../../../src/core/decimal';
import {
  asMatriksAngka,
  asNumber,
  asOptional,
  asPilihan,
  asPolaritas,
  asSkala,
  asUkuran,
  berhasil,
  isKosong,
  jalankan,
  namaSelDariAlamat,
  param,
} from '../../../src/core/formulas';

describe('the argument runner', () => {
  it('coerces each argument by its table row and runs the body on the values', () => {
    const params = [param('a', asNumber()), param('b', asOptional(asNumber(), new Decimal(2)))] as const;
    expect(jalankan(params, ['1,5', null], (a, b) => berhasil(a.times(b).toString()))).toEqual({
      ok: true,
      value: '3',
    });
  });

  it('stops at the first argument that fails and never runs the body', () => {
    const body = jest.fn();
    const params = [param('a', asNumber()), param('b', asNumber())] as const;
    expect(jalankan(params, ['x', ''], body)).toMatchObject({ ok: false, error: 'nilai' });
    expect(body).not.toHaveBeenCalled();
  });
});

describe('coercers', () => {
  it('treat null, undefined and blank text as empty, but not 0', () => {
    expect([null, undefined, '', '   '].every(isKosong)).toBe(true);
    expect(isKosong(0)).toBe(false);
  });

  it('asNumber keeps native numbers exact and reads text as its kind', () => {
    expect(asNumber()(0.1, 'x')).toEqual({ ok: true, value: new Decimal('0.1') });
    expect(asNumber('persen')(0.8617, 'x')).toEqual({ ok: true, value: new Decimal('0.8617') });
    expect(asNumber('persen')('86,17', 'x')).toEqual({ ok: true, value: new Decimal('0.8617') });
    expect(asNumber('rupiah')('Rp 4.186.950', 'x')).toEqual({ ok: true, value: new Decimal(4186950) });
    expect(asNumber()(Number.NaN, 'x')).toMatchObject({ ok: false, error: 'angka' });
    expect(asNumber()(false, 'x')).toMatchObject({ ok: false, error: 'nilai' });
    expect(asNumber()({ error: '#REF!' }, 'x')).toMatchObject({ ok: false, error: 'nilai' });
    expect(asNumber()(null, 'x')).toMatchObject({ ok: false, error: 'tidak-tersedia' });
  });

  it('asNumber accepts unit text only when asked', () => {
    expect(asNumber('angka', true)('82 Nilai', 'x')).toEqual({ ok: true, value: new Decimal(82) });
    expect(asNumber('angka')('82 Nilai', 'x')).toMatchObject({ ok: false, error: 'nilai' });
  });

  it('asUkuran reads grades on any ordinal scale, numbers otherwise, and "Belum ada penilaian" as #N/A', () => {
    expect(asUkuran(' bb ', 'target')).toEqual({ ok: true, value: { grade: 'BB' } });
    expect(asUkuran('WTP', 'target')).toEqual({ ok: true, value: { grade: 'WTP' } });
    expect(asUkuran('72 Orang/bulan', 'target')).toEqual({ ok: true, value: new Decimal(72) });
    expect(asUkuran('Belum ada penilaian', 'realisasi')).toMatchObject({
      ok: false,
      error: 'tidak-tersedia',
    });
    expect(asUkuran('E', 'realisasi')).toMatchObject({ ok: false, error: 'nilai' });
  });

  it('asPilihan matches case and spacing loosely and lists the choices when it fails', () => {
    expect(asPolaritas('NEGATIF_RASIO', 'polaritas')).toEqual({ ok: true, value: 'negatif-rasio' });
    const r = asPilihan(['huruf', 'keterangan'])('kata', 'bentuk');
    expect(r).toMatchObject({ ok: false, error: 'nilai' });
    expect(!r.ok && r.message).toContain('"huruf"');
  });

  it('asMatriksAngka keeps blanks as null and reads a scalar as a 1×1 range', () => {
    expect(
      asMatriksAngka()(
        [
          [1, ''],
          [null, '2'],
        ],
        'x',
      ),
    ).toEqual({
      ok: true,
      value: [
        [new Decimal(1), null],
        [null, new Decimal(2)],
      ],
    });
    expect(asMatriksAngka()(3, 'x')).toEqual({ ok: true, value: [[new Decimal(3)]] });
  });
});

describe('asSkala (user scales from a 2-column range)', () => {
  it('gives kategori bounds as fractions and predikat bounds as points, from either notation', () => {
    const points = [
      [91, 'ST'],
      [0, 'SR'],
    ];
    const fractions = [
      [0.91, 'ST'],
      [0, 'SR'],
    ];
    const expectedKategori = [
      { lower: 0.91, label: 'ST' },
      { lower: 0, label: 'SR' },
    ];
    expect(asSkala('kategori')(points, 'skala')).toEqual({ ok: true, value: expectedKategori });
    expect(asSkala('kategori')(fractions, 'skala')).toEqual({ ok: true, value: expectedKategori });
    const expectedPredikat = [
      { lower: 91, label: 'ST' },
      { lower: 0, label: 'SR' },
    ];
    expect(asSkala('predikat')(points, 'skala')).toEqual({ ok: true, value: expectedPredikat });
    expect(asSkala('predikat')(fractions, 'skala')).toEqual({ ok: true, value: expectedPredikat });
  });

  it('reads id-ID text bounds', () => {
    expect(
      asSkala('kategori')(
        [
          ['0,91', 'ST'],
          ['0', 'SR'],
        ],
        'skala',
      ),
    ).toEqual({
      ok: true,
      value: [
        { lower: 0.91, label: 'ST' },
        { lower: 0, label: 'SR' },
      ],
    });
  });

  it('refuses an empty range', () => {
    expect(asSkala('kategori')([[null, null]], 'skala')).toMatchObject({ ok: false, error: 'nilai' });
  });
});

describe('namaSelDariAlamat (cell names from a range address)', () => {
  it('offsets from the top-left cell and keeps the sheet as Excel wrote it', () => {
    expect(namaSelDariAlamat('Sheet1!B2:J120')?.(2, 4)).toBe('Sheet1!F4');
    expect(namaSelDariAlamat("'Data SKM'!$Z$1:$AB$9")?.(0, 2)).toBe("'Data SKM'!AB1");
    expect(namaSelDariAlamat('C3')?.(0, 0)).toBe('C3');
  });

  it('gives nothing for a missing or unreadable address', () => {
    expect(namaSelDariAlamat(undefined)).toBeUndefined();
    expect(namaSelDariAlamat('Sheet1!#REF!')).toBeUndefined();
  });
});
