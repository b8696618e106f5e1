import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import { readNativeShape, readNumber } from '../../../src/core/numbers/read-number';
import type { NumberKind, NumberReadingOk, ReadNumberOptions } from '../../../src/core/numbers/types';

type Expected = Partial<Omit<NumberReadingOk, 'value' | 'ok'>>;

/** Asserts a successful reading with the exact value (as a decimal string) and the listed fields. */
function expectRead(
  input: unknown,
  kind: NumberKind,
  value: string,
  fields: Expected = {},
  options: ReadNumberOptions = {},
): void {
  const r = readNumber(input, kind, options);
  if (!r.ok) throw new Error(`${JSON.stringify(input)} (${kind}) failed: ${r.reason}`);
  expect({ input, value: r.value.toFixed() }).toEqual({ input, value: new Decimal(value).toFixed() });
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) picked[key] = r[key as keyof NumberReadingOk];
  expect(picked).toEqual(fields);
  if (fields.guesses === undefined) expect(r.guesses).toEqual([]);
}

function expectFail(input: unknown, kind: NumberKind, reason: string, options: ReadNumberOptions = {}): void {
  const r = readNumber(input, kind, options);
  expect({ input, reason: r.ok ? `ok ${r.value.toFixed()}` : r.reason }).toEqual({ input, reason });
}

describe('readNumber: what is not a number', () => {
  it('reads empty things as kosong', () => {
    expectFail(null, 'angka', 'kosong');
    expectFail(undefined, 'angka', 'kosong');
    expectFail('', 'rupiah', 'kosong');
    expectFail('   ', 'rupiah', 'kosong');
    expectFail('\u00a0', 'persen', 'kosong');
    expectFail('<i></i>', 'rupiah', 'kosong');
    expectFail('-', 'rupiah', 'kosong');
    expectFail(' \u2013 ', 'rupiah', 'kosong');
  });

  it('reads Excel errors as galat-excel, keeping the error text', () => {
    expect(readNumber({ error: '#REF!' })).toEqual({ ok: false, reason: 'galat-excel', text: '#REF!' });
    expectFail({ error: '#DIV/0!' }, 'persen', 'galat-excel');
    expectFail('#N/A', 'angka', 'galat-excel');
    expectFail('#value!', 'angka', 'galat-excel');
  });

  it('reads booleans and words as bukan-angka', () => {
    expect(readNumber(true)).toEqual({ ok: false, reason: 'bukan-angka', text: 'TRUE' });
    expectFail(false, 'angka', 'bukan-angka');
    expectFail('Belum ada penilaian', 'persen', 'bukan-angka');
    expectFail('BB', 'angka', 'bukan-angka');
    expectFail('BB Nilai', 'angka', 'bukan-angka', { allowUnit: true });
    expectFail('#HASHTAG', 'angka', 'bukan-angka');
    expectFail({}, 'angka', 'bukan-angka');
    expectFail(NaN, 'angka', 'bukan-angka');
    expectFail(Infinity, 'rupiah', 'bukan-angka');
    expectFail(-Infinity, 'persen', 'bukan-angka');
  });

  it('refuses odd writings rather than guess', () => {
    for (const s of [
      '1e5',
      '1E+15',
      '2,5e3',
      '0x10',
      '1.2.3',
      '1,23,456',
      '1.234.5',
      '12.34.567',
      '1.234,5,6',
      '1,234.5.6',
      '1.',
      '1,',
      '.',
      ',',
      '%',
      'Rp',
      'Rp.',
      '--5',
      '(-5)',
      '(5',
      '5)',
      '1 234',
      '87.1 5',
      '5 5 %',
      '5-',
      '1.234.567,',
      '1..234',
      '1,,234',
      '++1',
      'Rupiah 5',
      '5 Nilai',
      '∞',
      '12abc',
      'abc12',
      '1234.567.890',
      '1234,567,890',
      '1234.567,89',
      '1.2345.678',
      '1.234.56',
      '.234.567',
      '1.234.567.',
    ]) {
      expectFail(s, 'angka', 'bukan-angka');
    }
    expectFail('87.1 5', 'angka', 'bukan-angka', { allowUnit: true });
    expectFail('5 %%', 'persen', 'bukan-angka');
  });
});

describe('readNumber: native cell numbers', () => {
  it('takes native numbers as stored, exactly as Excel displays them', () => {
    expectRead(0, 'angka', '0', { style: 'bilangan', asText: false, percent: false, decimals: 0 });
    expectRead(-0, 'angka', '0', { style: 'bilangan' });
    expectRead(0.1, 'angka', '0.1', { decimals: 1 });
    expectRead(2702337210, 'rupiah', '2702337210', { style: 'bilangan', asText: false, decimals: 0 });
    expectRead(-1500, 'rupiah', '-1500');
    expectRead(4186.95, 'rupiah', '4186.95', { decimals: 2, guesses: [] });
    expectRead(1e21, 'angka', '1000000000000000000000');
    expectRead(123.456, 'angka', '123.456', { decimals: 2 }, { numberFormat: '#,##0.00' });
    expectRead(123.456, 'angka', '123.456', { decimals: 0 }, { numberFormat: '#,##0' });
    expectRead(123.456, 'angka', '123.456', { decimals: 3 }, { numberFormat: 'General' });
    expectRead(1234.5, 'rupiah', '1234.5', { decimals: 0 }, { numberFormat: '#,##0_);(#,##0)' });
    expectRead(1234.5, 'angka', '1234.5', { decimals: 2 }, { numberFormat: '0.00_);[Red](0.00)' });
    expectRead(1234.5, 'angka', '1234.5', { decimals: 2 }, { numberFormat: '0.00E+00' });
    expectRead(1234.5, 'rupiah', '1234.5', { decimals: 0 }, { numberFormat: '"Rp"\\ #,##0' });
    expectRead(
      1234.5,
      'rupiah',
      '1234.5',
      { decimals: 2, percent: false },
      { numberFormat: '[$Rp-421]#,##0.00' },
    );
    expectRead(1234.5, 'angka', '1234.5', { decimals: 1 }, { numberFormat: '@' });
  });

  it('treats a percent number format as a fraction already, in any column', () => {
    expectRead(
      0.9997,
      'persen',
      '0.9997',
      { percent: true, decimals: 2, style: 'bilangan' },
      { numberFormat: '0.00%' },
    );
    expectRead(0.9997, 'angka', '0.9997', { percent: true, decimals: 2 }, { numberFormat: '0.00%' });
    expectRead(1, 'persen', '1', { percent: true, decimals: 0 }, { numberFormat: '0%' });
    expectRead(
      0.5,
      'persen',
      '0.5',
      { percent: true, decimals: 1 },
      { numberFormat: '#,##0.0%;[Red]-#,##0.0%' },
    );
    expectRead(0.8617, 'persen', '0.8617', { percent: true, decimals: 2 }, { numberFormat: '0.00%' });
    expectRead(0.123456, 'persen', '0.123456', { percent: true, decimals: 4 }, { numberFormat: '%' });
  });

  it('ignores a % that the format only prints as text', () => {
    expectRead(99.97, 'angka', '99.97', { percent: false, decimals: 2 }, { numberFormat: '0.00" %"' });
    expectRead(99.97, 'angka', '99.97', { percent: false, decimals: 2 }, { numberFormat: '0.00\\%' });
    expectRead(12, 'angka', '12', { percent: false, decimals: 1 }, { numberFormat: '[$%-421]0.0' });
  });

  it('reads a native number without percent format in a persen column by its size, recording it', () => {
    expectRead(99.97, 'persen', '0.9997', { percent: false, decimals: 2, guesses: ['persen-tanpa-tanda'] });
    expectRead(100, 'persen', '1', { decimals: 0, guesses: ['persen-tanpa-tanda'] });
    expectRead(1.51, 'persen', '0.0151', { decimals: 2, guesses: ['persen-tanpa-tanda'] });
    expectRead(-22, 'persen', '-0.22', { guesses: ['persen-tanpa-tanda'] });
    expectRead(0, 'persen', '0', { guesses: [] });
    expectRead(1.5, 'persen', '1.5', { decimals: 0, guesses: ['persen-pecahan'] });
    expectRead(1, 'persen', '1', { decimals: 0, guesses: ['persen-pecahan'] });
    expectRead(0.9997, 'persen', '0.9997', { decimals: 2, guesses: ['persen-pecahan'] });
    expectRead(-0.05, 'persen', '-0.05', { decimals: 0, guesses: ['persen-pecahan'] });
    expectRead(
      0.9997,
      'persen',
      '0.9997',
      { decimals: 2, guesses: ['persen-pecahan'] },
      { numberFormat: '0.0000' },
    );
  });
});

describe('readNumber: DESIGN.md §3.8 examples', () => {
  it('reads Indonesian and English grouping as the same integer', () => {
    expectRead('2.077.687.761', 'rupiah', '2077687761', {
      style: 'id',
      groupSeparator: '.',
      asText: true,
      decimals: 0,
    });
    expectRead('2,077,687,761', 'rupiah', '2077687761', {
      style: 'en',
      groupSeparator: ',',
      asText: true,
      decimals: 0,
    });
    expectRead('2.077.687.761', 'angka', '2077687761', { style: 'id' });
    expectRead('2,077,687,761', 'persen', '20776877.61', { style: 'en', guesses: ['persen-tanpa-tanda'] });
  });

  it('reads percentages with or without space, or bare in a persen column, as 0.9997', () => {
    expectRead('99,97 %', 'persen', '0.9997', { style: 'id', percent: true, decimals: 2 });
    expectRead('99.97%', 'persen', '0.9997', { style: 'en', percent: true, decimals: 2 });
    expectRead('99,97', 'persen', '0.9997', {
      style: 'id',
      percent: false,
      decimals: 2,
      guesses: ['persen-tanpa-tanda'],
    });
    expectRead('99,97 %', 'angka', '0.9997', { percent: true });
    expectRead('99,97 %', 'rupiah', '0.9997', { percent: true });
  });

  it('reads the last of two separator kinds as the decimal mark', () => {
    expectRead('1.234,5', 'angka', '1234.5', { style: 'id', groupSeparator: '.', decimals: 1 });
    expectRead('1,234.5', 'angka', '1234.5', { style: 'en', groupSeparator: ',', decimals: 1 });
    expectRead('1.234.567,89', 'rupiah', '1234567.89', { style: 'id', decimals: 2 });
    expectRead('1,234,567.89', 'rupiah', '1234567.89', { style: 'en', decimals: 2 });
  });

  it('reads a lone separator with three digits by the column and records the guess', () => {
    expectRead('36,800', 'rupiah', '36800', {
      style: 'en',
      groupSeparator: ',',
      decimals: 0,
      guesses: ['pemisah-tunggal'],
    });
    expectRead('36.800', 'rupiah', '36800', {
      style: 'id',
      groupSeparator: '.',
      decimals: 0,
      guesses: ['pemisah-tunggal'],
    });
    expectRead('36,800', 'angka', '36.8', {
      style: 'id',
      groupSeparator: undefined,
      decimals: 3,
      guesses: ['pemisah-tunggal'],
    });
    expectRead('36.800', 'angka', '36.8', {
      style: 'en',
      groupSeparator: undefined,
      decimals: 3,
      guesses: ['pemisah-tunggal'],
    });
    expectRead('36,800', 'persen', '0.368', {
      style: 'id',
      decimals: 3,
      guesses: ['pemisah-tunggal', 'persen-tanpa-tanda'],
    });
    expectRead('1,500%', 'rupiah', '0.015', { percent: true, decimals: 3, guesses: ['pemisah-tunggal'] });
    expectRead('-1.500', 'rupiah', '-1500', { guesses: ['pemisah-tunggal'] });
    expectRead('-1.500', 'angka', '-1.5', { guesses: ['pemisah-tunggal'] });
  });

  it('does not guess where the separator cannot be grouping', () => {
    expectRead('0,500', 'rupiah', '0.5', { style: 'id', decimals: 3, guesses: ['desimal-rupiah'] });
    expectRead('0.500', 'angka', '0.5', { style: 'en', decimals: 3 });
    expectRead('1234,567', 'angka', '1234.567', { style: 'id', decimals: 3 });
    expectRead('36,80', 'rupiah', '36.8', { style: 'id', decimals: 2 });
    expectRead('36,8', 'rupiah', '36.8', { decimals: 1 });
    expectRead('3,6800', 'angka', '3.68', { decimals: 4 });
    expectRead(',5', 'angka', '0.5', { style: 'id', decimals: 1 });
    expectRead('.25', 'angka', '0.25', { style: 'en', decimals: 2 });
  });

  it('reads 4.186,950 in a Rupiah column as 4.186,95 and reports it', () => {
    expectRead('4.186,950', 'rupiah', '4186.95', {
      style: 'id',
      groupSeparator: '.',
      decimals: 3,
      guesses: ['desimal-rupiah'],
    });
    expectRead('4,186.950', 'rupiah', '4186.95', {
      style: 'en',
      groupSeparator: ',',
      decimals: 3,
      guesses: ['desimal-rupiah'],
    });
    expectRead('4186,950', 'rupiah', '4186.95', { decimals: 3, guesses: ['desimal-rupiah'] });
    expectRead('4.186,950', 'angka', '4186.95', { style: 'id', decimals: 3, guesses: [] });
    expectRead('4.186,95', 'rupiah', '4186.95', { decimals: 2, guesses: [] });
  });

  it('strips HTML remnants, non-breaking spaces and Rupiah prefixes and suffixes', () => {
    expectRead('<i>8,854,400</i>', 'rupiah', '8854400', { style: 'en', asText: true });
    expectRead('<b> 8.854.400 </b>', 'rupiah', '8854400', { style: 'id' });
    expectRead('2.752.010.113\u00a0', 'rupiah', '2752010113');
    expectRead('99,97\u00a0%', 'persen', '0.9997', { percent: true });
    expectRead('99,97&nbsp;%', 'persen', '0.9997', { percent: true });
    expectRead('Rp 2.752.010.113', 'rupiah', '2752010113', { style: 'id' });
    expectRead('Rp. 2.752.010.113,-', 'rupiah', '2752010113', { style: 'id', decimals: 0, guesses: [] });
    expectRead('Rp.2.752.010.113,-', 'rupiah', '2752010113');
    expectRead('Rp2.752.010.113', 'rupiah', '2752010113');
    expectRead('rp 1.500.000', 'rupiah', '1500000');
    expectRead('IDR 1,500,000', 'rupiah', '1500000', { style: 'en' });
    expectRead('Rp\u00a01.500.000,00', 'rupiah', '1500000', { decimals: 2 });
    expectRead('2.752.010.113,-', 'rupiah', '2752010113', { style: 'id', groupSeparator: '.' });
    expectRead('2,752,010,113.-', 'rupiah', '2752010113', { style: 'en' });
    expectRead('1.500,-', 'rupiah', '1500', { guesses: ['pemisah-tunggal'] });
    expectRead('500,-', 'rupiah', '500', { style: 'polos' });
  });

  it('removes zero-width and direction marks', () => {
    expectRead('\u200f2.485.143.930\u200e', 'rupiah', '2485143930');
    expectRead('\u202a99,74 %\u202c', 'persen', '0.9974');
    expectRead('1\u200b234', 'angka', '1234', { style: 'polos' });
    expectRead('\ufeff100 %', 'persen', '1');
  });

  it('reads negatives written with a minus, a minus sign, a dash or parentheses', () => {
    expectRead('-1.234.567', 'rupiah', '-1234567');
    expectRead('\u22121.234.567', 'rupiah', '-1234567');
    expectRead('\u20131.234.567', 'rupiah', '-1234567');
    expectRead('- 1.234.567', 'rupiah', '-1234567');
    expectRead('(1.234.567)', 'rupiah', '-1234567', { style: 'id' });
    expectRead('( 1.234.567 )', 'rupiah', '-1234567');
    expectRead('(1.234)', 'rupiah', '-1234', { guesses: ['pemisah-tunggal'] });
    expectRead('-Rp 1.500.000', 'rupiah', '-1500000');
    expectRead('Rp -1.500.000', 'rupiah', '-1500000');
    expectRead('(Rp 1.500.000)', 'rupiah', '-1500000');
    expectRead('-0,3 %', 'persen', '-0.003', { percent: true, decimals: 1 });
    expectRead('+5', 'angka', '5');
    expectRead('-0', 'angka', '0');
    const zero = readNumber('-0', 'angka');
    expect(zero.ok && zero.value.isNegative()).toBe(false);
  });

  it('keeps numbers beyond 10^15 exact', () => {
    expectRead('9.999.999.999.999.999', 'rupiah', '9999999999999999');
    expectRead('123.456.789.012.345.678.901', 'rupiah', '123456789012345678901');
    expectRead('123456789012345678901,23', 'angka', '123456789012345678901.23');
    expectRead('999,999,999,999,999.99', 'rupiah', '999999999999999.99');
    const r = readNumber('9.007.199.254.740.993', 'rupiah');
    expect(r.ok && r.value.toFixed()).toBe('9007199254740993');
  });

  it('reads a bare value of at most 1,5 in a persen column as a fraction, and says so', () => {
    expectRead('1', 'persen', '1', { decimals: 0, guesses: ['persen-pecahan'] });
    expectRead('1,5', 'persen', '1.5', { decimals: 0, guesses: ['persen-pecahan'] });
    expectRead('0,9997', 'persen', '0.9997', { decimals: 2, guesses: ['persen-pecahan'] });
    expectRead('1,51', 'persen', '0.0151', { decimals: 2, guesses: ['persen-tanpa-tanda'] });
    expectRead('0', 'persen', '0', { guesses: [] });
    expectRead('1 %', 'persen', '0.01', { percent: true, guesses: [] });
    expectRead('1.000', 'persen', '1', { decimals: 1, guesses: ['pemisah-tunggal', 'persen-pecahan'] });
  });
});

describe('readNumber: units', () => {
  const unit: ReadNumberOptions = { allowUnit: true };
  it('returns the unit text when units are allowed', () => {
    expectRead('82 Nilai', 'angka', '82', { unit: 'Nilai', style: 'polos', decimals: 0 }, unit);
    expectRead('72 Orang/bulan', 'angka', '72', { unit: 'Orang/bulan' }, unit);
    expectRead('14 Laporan', 'angka', '14', { unit: 'Laporan' }, unit);
    expectRead('60\u00a0Paket', 'angka', '60', { unit: 'Paket' }, unit);
    expectRead('82Nilai', 'angka', '82', { unit: 'Nilai' }, unit);
    expectRead('100 %', 'angka', '1', { percent: true, unit: undefined, decimals: 0 }, unit);
    expectRead('98,78% capaian', 'angka', '0.9878', { percent: true, unit: 'capaian' }, unit);
    expectRead('82', 'angka', '82', { unit: undefined }, unit);
  });

  it('reads 4.800 Paket as 4800 packets, recording the guess', () => {
    expectRead(
      '4.800 Paket',
      'angka',
      '4800',
      { unit: 'Paket', style: 'id', groupSeparator: '.', decimals: 0, guesses: ['pemisah-tunggal'] },
      unit,
    );
    expectRead('4.800', 'angka', '4.8', { guesses: ['pemisah-tunggal'] }, unit);
    expectRead('4.800 %', 'angka', '0.048', { percent: true, guesses: ['pemisah-tunggal'] }, unit);
    expectRead('87.15', 'angka', '87.15', { style: 'en', decimals: 2 }, unit);
    expectRead('87.15 Nilai', 'angka', '87.15', { unit: 'Nilai', guesses: [] }, unit);
  });

  it('refuses unit text when units are not allowed', () => {
    expectFail('82 Nilai', 'angka', 'bukan-angka');
    expectFail('4.800 Paket', 'angka', 'bukan-angka');
  });
});

describe('readNumber: every number format in the seed Tabel 3.8–3.10', () => {
  // Values worked out by hand from the seed's text (lines ~800–990).
  it('reads the Rupiah columns', () => {
    const id = { style: 'id', groupSeparator: '.', asText: true, decimals: 0 } as const;
    const en = { style: 'en', groupSeparator: ',', asText: true, decimals: 0 } as const;
    const lone = ['pemisah-tunggal'] as const;
    expectRead('2.485.143.930', 'rupiah', '2485143930', id);
    expectRead('1.961.049.864', 'rupiah', '1961049864', id);
    expectRead('4.186,950', 'rupiah', '4186.95', { style: 'id', decimals: 3, guesses: ['desimal-rupiah'] });
    expectRead('4.176.000', 'rupiah', '4176000', id);
    expectRead('579.000', 'rupiah', '579000', { ...id, guesses: [...lone] });
    expectRead('36,800', 'rupiah', '36800', { ...en, guesses: [...lone] });
    expectRead('36,000', 'rupiah', '36000', { ...en, guesses: [...lone] });
    expectRead('36.800', 'rupiah', '36800', { ...id, guesses: [...lone] });
    expectRead('2,077,687,761', 'rupiah', '2077687761', en);
    expectRead('1,468,864,519', 'rupiah', '1468864519', en);
    expectRead('1,056,313,216', 'rupiah', '1056313216', en);
    expectRead('97,088,283', 'rupiah', '97088283', en);
    expectRead('1,704,735', 'rupiah', '1704735', en);
    expectRead('85,130', 'rupiah', '85130', { ...en, guesses: [...lone] });
    expectRead('14,185', 'rupiah', '14185', { ...en, guesses: [...lone] });
    expectRead('13,104', 'rupiah', '13104', { ...en, guesses: [...lone] });
    expectRead('734.740.745', 'rupiah', '734740745', id);
    expectRead('420,421,729', 'rupiah', '420421729', en);
    expectRead('<i>8,854,400</i>', 'rupiah', '8854400', en);
    expectRead('<i>8,853,000</i>', 'rupiah', '8853000', en);
    expectRead('44,100', 'rupiah', '44100', { ...en, guesses: [...lone] });
    expectRead('1,500,000', 'rupiah', '1500000', en);
    expectRead('2.702.337.210', 'rupiah', '2702337210', id);
    expectRead('2.146.644.864', 'rupiah', '2146644864', id);
    expectRead('2.375.742.798', 'rupiah', '2375742798', id);
    expectRead('0', 'rupiah', '0', { style: 'polos', decimals: 0 });
  });

  it('reads the capaian and efisiensi columns', () => {
    const idp = { style: 'id', percent: true, asText: true } as const;
    const enp = { style: 'en', percent: true, asText: true } as const;
    expectRead('78,91%', 'persen', '0.7891', { ...idp, decimals: 2 });
    expectRead('99,74 %', 'persen', '0.9974', { ...idp, decimals: 2 });
    expectRead('99,97 %', 'persen', '0.9997', { ...idp, decimals: 2 });
    expectRead('99,97%', 'persen', '0.9997', { ...idp, decimals: 2 });
    expectRead('100 %', 'persen', '1', { style: 'polos', percent: true, decimals: 0 });
    expectRead('100%', 'persen', '1', { style: 'polos', percent: true, decimals: 0 });
    expectRead('70.70%', 'persen', '0.707', { ...enp, decimals: 2 });
    expectRead('77.68%', 'persen', '0.7768', { ...enp, decimals: 2 });
    expectRead('4.99%', 'persen', '0.0499', { ...enp, decimals: 2 });
    expectRead('99.77%', 'persen', '0.9977', { ...enp, decimals: 2 });
    expectRead('100.00%', 'persen', '1', { ...enp, decimals: 2 });
    expectRead('96,98 %', 'persen', '0.9698', { ...idp, decimals: 2 });
    expectRead('86,17 %', 'persen', '0.8617', { ...idp, decimals: 2 });
    expectRead('0 %', 'persen', '0', { style: 'polos', percent: true, decimals: 0 });
    expectRead('22,00 %', 'persen', '0.22', { ...idp, decimals: 2 });
    expectRead('0,10 %', 'persen', '0.001', { ...idp, decimals: 2 });
    expectRead('0,3 %', 'persen', '0.003', { ...idp, decimals: 1 });
    expectRead('3,64 %', 'persen', '0.0364', { ...idp, decimals: 2 });
    expectRead('98,78%', 'persen', '0.9878', { ...idp, decimals: 2 });
    expectRead('75,25', 'persen', '0.7525', {
      style: 'id',
      percent: false,
      decimals: 2,
      guesses: ['persen-tanpa-tanda'],
    });
  });

  it('reads the indicator targets and realisasi', () => {
    const unit: ReadNumberOptions = { allowUnit: true };
    expectRead('87.15', 'angka', '87.15', { style: 'en', decimals: 2 }, unit);
    expectRead('14.671.200', 'angka', '14671200', { style: 'id', groupSeparator: '.' }, unit);
    expectRead('86,15', 'angka', '86.15', { style: 'id', decimals: 2 }, unit);
    expectRead('87,55', 'angka', '87.55', { style: 'id' }, unit);
    expectRead('81 Nilai', 'angka', '81', { unit: 'Nilai' }, unit);
    expectRead('4.800 Paket', 'angka', '4800', { unit: 'Paket', guesses: ['pemisah-tunggal'] }, unit);
    expectRead('2.077.687.123', 'rupiah', '2077687123', { style: 'id' });
    expectFail('87.1 5', 'angka', 'bukan-angka', unit);
    expectFail('BB Nilai', 'angka', 'bukan-angka', unit);
  });
});

/** Formats an exact value the way staff write it: id or en grouping, optional decimals. */
function writeNumber(digits: bigint, cents: number | undefined, style: 'id' | 'en' | 'polos'): string {
  const group = style === 'id' ? '.' : style === 'en' ? ',' : '';
  const mark = style === 'en' ? '.' : ',';
  const intText = digits.toString();
  let grouped = '';
  for (let i = 0; i < intText.length; i++) {
    if (i > 0 && (intText.length - i) % 3 === 0) grouped += group;
    grouped += intText[i];
  }
  return cents === undefined ? grouped : grouped + mark + String(cents).padStart(2, '0');
}

describe('readNumber: property', () => {
  const styles = fc.constantFrom<'id' | 'en' | 'polos'>('id', 'en', 'polos');
  const noise = fc.constantFrom('', ' ', '\u00a0', '\u200e', '\u200b', '<i>');

  it('reads back integers written in any style, with or without Rp, as the same Decimal', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 999_999_999_999_999_999n }),
        styles,
        fc.boolean(),
        fc.boolean(),
        noise,
        (n, style, rp, negative, pad) => {
          const body = writeNumber(n, undefined, style);
          const text =
            pad + (negative ? '-' : '') + (rp ? 'Rp ' : '') + body + (pad === '<i>' ? '</i>' : pad);
          const r = readNumber(text, 'rupiah');
          const expected = new Decimal((negative ? '-' : '') + n.toString());
          return r.ok && r.value.eq(expected) && r.decimals === 0 && !r.guesses.includes('desimal-rupiah');
        },
      ),
      { seed: 20260101, numRuns: 10000 },
    );
  });

  it('reads back two-decimal values and percentages in any style as the same Decimal', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 999_999_999_999_999n }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom<'id' | 'en'>('id', 'en'),
        fc.constantFrom<NumberKind>('angka', 'rupiah', 'persen'),
        fc.constantFrom('', '%', ' %', '\u00a0%'),
        noise,
        (n, cents, style, kind, percentSign, pad) => {
          const text = pad + writeNumber(n, cents, style) + percentSign + (pad === '<i>' ? '</i>' : pad);
          const r = readNumber(text, kind);
          let expected = new Decimal(`${n}.${String(cents).padStart(2, '0')}`);
          const asPoints = percentSign !== '' || (kind === 'persen' && expected.gt(1.5));
          if (asPoints) expected = expected.div(100);
          return (
            r.ok &&
            r.value.eq(expected) &&
            r.decimals === (asPoints || kind !== 'persen' ? 2 : 0) &&
            r.style === style
          );
        },
      ),
      { seed: 20260102, numRuns: 10000 },
    );
  });
});

describe('readNativeShape: a native number read without its Decimal', () => {
  const FORMATS = [
    undefined,
    'General',
    '#,##0',
    '#,##0.00',
    '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
    '0.00%',
    '0%',
    '0.0%',
  ];

  it('says what readNumber says of the same cell, the value aside, where it says anything', () => {
    const seen = { lean: 0, left: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
          fc.double({ min: -1e17, max: 1e17, noNaN: true }),
          fc.double({ min: 0, max: 2, noNaN: true }),
          fc.constantFrom(0, -0, 2 ** 53 - 1, 2 ** 53, 36.8, 1e15, 0.9878, 0.1 + 0.2),
        ),
        fc.constantFrom<NumberKind>('rupiah', 'angka', 'persen'),
        fc.constantFrom(...FORMATS),
        (n, kind, numberFormat) => {
          const lean = readNativeShape(n, kind, numberFormat);
          const full = readNumber(n, kind, numberFormat === undefined ? {} : { numberFormat });
          const percentFormat = (numberFormat ?? '').includes('%');
          const expectedLean = percentFormat
            ? Number.isFinite(n)
            : kind !== 'persen' && Number.isSafeInteger(n);
          if (!expectedLean) {
            expect(lean).toBeUndefined();
            seen.left++;
            return;
          }
          seen.lean++;
          expect(full.ok).toBe(true);
          const { value, ...rest } = full as NumberReadingOk;
          expect(lean).toEqual(rest);
          expect(value.toNumber()).toBe(n === 0 ? 0 : n);
        },
      ),
      { seed: 20261205, numRuns: 3_000 },
    );
    expect(seen.lean).toBeGreaterThan(500);
    expect(seen.left).toBeGreaterThan(500);
  });
});
