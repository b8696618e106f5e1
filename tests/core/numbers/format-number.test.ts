import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import { formatAngka, formatPersen, formatRupiah } from '../../../src/core/numbers/format-number';
import { readNumber } from '../../../src/core/numbers/read-number';

describe('formatRupiah', () => {
  it.each<[Decimal | number, string]>([
    [0, '0'],
    [-0, '0'],
    [new Decimal('-0'), '0'],
    [1, '1'],
    [999, '999'],
    [1000, '1.000'],
    [-1500, '-1.500'],
    [36800, '36.800'],
    [100000, '100.000'],
    [1000000, '1.000.000'],
    [2702337210, '2.702.337.210'],
    [new Decimal('999999999999999'), '999.999.999.999.999'],
    [new Decimal('123456789012345678901'), '123.456.789.012.345.678.901'],
    [4186.95, '4.186,95'],
    [new Decimal('4186.950'), '4.186,95'],
    [0.5, '0,5'],
    [-0.25, '-0,25'],
    [new Decimal('1e21'), '1.000.000.000.000.000.000.000'],
  ])('formatRupiah(%s) = %s', (input, expected) => {
    expect(formatRupiah(input)).toBe(expected);
  });

  it('throws on non-finite input (a programmer error)', () => {
    expect(() => formatRupiah(NaN)).toThrow(RangeError);
    expect(() => formatRupiah(new Decimal(Infinity))).toThrow(RangeError);
  });
});

describe('formatPersen', () => {
  it.each<[Decimal | number, number | undefined, string]>([
    [0, undefined, '0,00%'],
    [1, undefined, '100,00%'],
    [1, 0, '100%'],
    [0.8617, undefined, '86,17%'],
    [0.9997, 2, '99,97%'],
    [0.99745, 2, '99,75%'],
    [0.99744, 2, '99,74%'],
    [new Decimal('0.999949'), 2, '99,99%'],
    [new Decimal('0.999950'), 2, '100,00%'],
    [0.1383, 2, '13,83%'],
    [-0.1383, 2, '-13,83%'],
    [-0.00001, 2, '0,00%'],
    [0.003, 1, '0,3%'],
    [12.345, 2, '1.234,50%'],
    [new Decimal('0.12345'), 4, '12,3450%'],
    [new Decimal(2146644864).div(2702337210), 2, '79,44%'],
  ])('formatPersen(%s, %s) = %s', (input, decimals, expected) => {
    expect(decimals === undefined ? formatPersen(input) : formatPersen(input, decimals)).toBe(expected);
  });
});

describe('formatAngka', () => {
  it.each<[Decimal | number, number | undefined, string]>([
    [0, undefined, '0'],
    [88.31, undefined, '88,31'],
    [4800, undefined, '4.800'],
    [4800, 2, '4.800,00'],
    [2.5, 2, '2,50'],
    [2.345, 2, '2,35'],
    [-2.345, 2, '-2,35'],
    [-2.344, 2, '-2,34'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [-0.4, 0, '0'],
    [99.745, 2, '99,75'],
    [1234567.891, 1, '1.234.567,9'],
    [new Decimal('3.5324'), 4, '3,5324'],
    [new Decimal('0.111'), undefined, '0,111'],
  ])('formatAngka(%s, %s) = %s', (input, decimals, expected) => {
    expect(formatAngka(input, decimals)).toBe(expected);
  });
});

describe('formatting and reading agree', () => {
  it('reads back what formatAngka writes, for any decimal with up to 4 places', () => {
    // `1,234` (three places) is a decimal only in an angka column; `36.800` (none) is whole only in a Rupiah one.
    const digits = fc.oneof(
      fc.bigInt({ min: -99_999n, max: 99_999n }),
      fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
    );
    fc.assert(
      fc.property(digits, fc.integer({ min: 0, max: 4 }), (n, places) => {
        const value = new Decimal(n.toString()).div(new Decimal(10).pow(places));
        const r = readNumber(formatAngka(value, places), places === 3 ? 'angka' : 'rupiah');
        return r.ok && r.value.eq(value);
      }),
      { seed: 20260103, numRuns: 2000 },
    );
  });
});
