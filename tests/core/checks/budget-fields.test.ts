import { Decimal } from '../../../src/core/decimal';
import { sumStated, wholeSumEquals } from '../../../src/core/checks/budget-fields';
import { stated, statedDecimal } from './builders';

describe('wholeSumEquals', () => {
  const rp = (v: number | string) => stated('Anggaran', 1, 2, v, 'rupiah');
  const d = (v: string) => statedDecimal(new Decimal(v));

  it('adds whole Rupiah exactly and compares (the seed’s 579.000 + 36.800)', () => {
    expect(wholeSumEquals([rp(579_000), rp(36_800)], d('615800'))).toBe(true);
    expect(wholeSumEquals([rp(579_000), rp(36_800)], d('615801'))).toBe(false);
    expect(wholeSumEquals([rp(579_000), undefined, rp('36.800')], d('615800'))).toBe(true);
  });

  it('is exact up to 2^53: sums a double alone would round', () => {
    // 2^53 − 1 = 9.007.199.254.740.991; one more than that is no longer safe.
    expect(wholeSumEquals([rp(9_007_199_254_740_990), rp(1)], d('9007199254740991'))).toBe(true);
    expect(wholeSumEquals([rp(9_007_199_254_740_990), rp(1)], d('9007199254740990'))).toBe(false);
    expect(wholeSumEquals([rp(9_007_199_254_740_990), rp(2)], d('9007199254740992'))).toBeUndefined();
  });

  it('gives up when a running total leaves 2^53, even if a negative figure brings it back', () => {
    // Exact sum 9.007.199.254.740.990; in doubles 9.007.199.254.740.991 + 2 rounds, and − 3 lands on …989.
    const values = [rp(9_007_199_254_740_991), rp(2), rp(-3)];
    expect(wholeSumEquals(values, d('9007199254740989'))).toBeUndefined();
    expect(wholeSumEquals(values, d('9007199254740990'))).toBeUndefined();
  });

  it('leaves fractions and long figures to Decimal arithmetic', () => {
    expect(wholeSumEquals([rp(36.8), rp(1)], d('37.8'))).toBeUndefined();
    expect(wholeSumEquals([rp(1), rp(2)], d('3.5'))).toBeUndefined();
    expect(wholeSumEquals([rp(1)], d('12345678901234567'))).toBeUndefined();
  });

  it('counts no stated figure as nothing', () => {
    expect(wholeSumEquals([undefined, undefined], d('0'))).toBe(true);
    expect(wholeSumEquals([], d('5'))).toBe(false);
  });
});

describe('sumStated', () => {
  const rp = (v: number | string) => stated('Anggaran', 1, 2, v, 'rupiah');
  const d = (v: string) => statedDecimal(new Decimal(v));

  it('gives the exact sum, by doubles or by Decimals', () => {
    expect(sumStated([rp(579_000), undefined, rp('36.800')])?.sum.toFixed()).toBe('615800');
    expect(sumStated([rp(9_007_199_254_740_990), rp(2)])?.sum.toFixed()).toBe('9007199254740992');
    expect(sumStated([d('1000.00000000000001'), rp(1)])?.sum.toFixed()).toBe('1001.00000000000001');
    expect(sumStated([rp(36.8), rp(1)])?.sum.toFixed()).toBe('37.8');
    expect(sumStated([undefined])).toBeUndefined();
  });
});
