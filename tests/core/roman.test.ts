import { fromRoman, toRoman } from '../../src/core/roman';

describe('Roman numerals', () => {
  it('writes them', () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1994].map(toRoman)).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XL',
      'XC',
      'CD',
      'MCMXCIV',
    ]);
  });

  it('reads canonical numerals in either case', () => {
    expect(['I', 'ii', 'IV', 'viii', 'XIV', 'MCMXCIV'].map(fromRoman)).toEqual([1, 2, 4, 8, 14, 1994]);
  });

  it.each(['', 'IIII', 'IL', 'VX', 'ABC', 'I I'])('refuses %j', (s) => {
    expect(fromRoman(s)).toBeUndefined();
  });

  it('reads back what it writes, 1 to 3999', () => {
    for (let n = 1; n < 4000; n++) expect(fromRoman(toRoman(n))).toBe(n);
  });
});
