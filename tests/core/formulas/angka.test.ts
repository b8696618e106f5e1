import { angkaDariSel, terbilangDariSel } from '../../../src/core/formulas';

function value(r: ReturnType<typeof angkaDariSel>): string {
  if (!r.ok) throw new Error(`expected a number, got ${r.error}: ${r.message}`);
  return r.value.toString();
}

describe('ANGKA: numbers written as text', () => {
  it('reads Indonesian and English grouping as the same integer', () => {
    expect(value(angkaDariSel('2.077.687.761', 'rupiah'))).toBe('2077687761');
    expect(value(angkaDariSel('2,077,687,761', 'rupiah'))).toBe('2077687761');
  });

  it('reads percentages as fractions', () => {
    expect(value(angkaDariSel('99,97 %'))).toBe('0.9997');
    expect(value(angkaDariSel('99.97%'))).toBe('0.9997');
    expect(value(angkaDariSel('99,97', 'persen'))).toBe('0.9997');
  });

  it('reads decimals and leaves native numbers as they are', () => {
    expect(value(angkaDariSel('1.234,5'))).toBe('1234.5');
    expect(value(angkaDariSel(0.5, 'persen'))).toBe('0.5');
  });

  it('is #VALUE! for text that is no number, #N/A for empty, #VALUE! for an unknown jenis', () => {
    expect(angkaDariSel('dua ribu')).toMatchObject({ ok: false, error: 'nilai' });
    expect(angkaDariSel('')).toMatchObject({ ok: false, error: 'tidak-tersedia' });
    expect(angkaDariSel('12', 'dolar')).toMatchObject({ ok: false, error: 'nilai' });
  });
});

describe('TERBILANG wrapper', () => {
  it('spells 2.752.010.113 in Rupiah, from a number or from text', () => {
    const expected = 'Dua Miliar Tujuh Ratus Lima Puluh Dua Juta Sepuluh Ribu Seratus Tiga Belas Rupiah';
    expect(terbilangDariSel(2752010113)).toEqual({ ok: true, value: expected });
    expect(terbilangDariSel('2.752.010.113')).toEqual({ ok: true, value: expected });
  });

  it('spells milyar on request', () => {
    const r = terbilangDariSel(1000000000, 'milyar');
    expect(r.ok && r.value).toBe('Satu Milyar Rupiah');
  });

  it('is #NUM! beyond 999 triliun and #VALUE! for text that is no number', () => {
    expect(terbilangDariSel(1e15)).toMatchObject({ ok: false, error: 'angka' });
    expect(terbilangDariSel('banyak')).toMatchObject({ ok: false, error: 'nilai' });
    expect(terbilangDariSel(12, 'milyard')).toMatchObject({ ok: false, error: 'nilai' });
  });
});
