import { Decimal } from '../../../src/core/decimal';
import { sumForParent, sumStated, wholeSumEquals } from '../../../src/core/checks/budget-fields';
import { budgetTable, stated, statedDecimal } from './builders';

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

describe('sumForParent', () => {
  const table = (programs: Array<[number | undefined, number[]]>) =>
    budgetTable({
      lines: programs.flatMap(([pagu, kegiatan], p) => [
        { level: 'program' as const, name: `P${p}`, pagu },
        ...kegiatan.map((k, i) => ({ level: 'kegiatan' as const, name: `K${p}.${i}`, pagu: k })),
      ]),
    });
  const sum = (t: ReturnType<typeof table>) => {
    const s = sumForParent(t, t.roots, 'pagu');
    return s === undefined || s === 'incomplete' ? s : s.toFixed();
  };

  it('adds whole Rupiah, a heading by its children, and leaves out a doubtful figure', () => {
    expect(
      sum(
        table([
          [300, [300]],
          [200, [200]],
        ]),
      ),
    ).toBe('500');
    expect(
      sum(
        table([
          [300, [300]],
          [undefined, [200, 100]],
        ]),
      ),
    ).toBe('600');
    expect(
      sum(
        table([
          [9_007_199_254_740_990, []],
          [2, []],
        ]),
      ),
    ).toBe('9007199254740992');
    expect(
      sum(
        table([
          [0, []],
          [0, []],
        ]),
      ),
    ).toBe('0');
    expect(
      sum(
        table([
          [36.8, []],
          [1, []],
        ]),
      ),
    ).toBe('incomplete');
    expect(sum(table([[undefined, []]]))).toBeUndefined();
  });
});
