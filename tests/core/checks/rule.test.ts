import { Decimal } from '../../../src/core/decimal';
import { agreesWithStatedPercent, quotientAgreesWithStatedPercent } from '../../../src/core/checks/rule';
import { stated } from './builders';

describe('quotientAgreesWithStatedPercent', () => {
  const d = (s: string) => new Decimal(s);
  // 99,97 % (two decimals in points) allows 0,005 points: realisasi/pagu in [0.99965, 0.99975].
  const capaian = stated('Anggaran', 5, 4, '99,97 %', 'persen');

  it('agrees up to half a unit of the stated last place, inclusive, as the division does', () => {
    for (const [realisasi, pagu, agrees] of [
      ['99975', '100000', true],
      ['99965', '100000', true],
      ['99976', '100000', false],
      ['99964', '100000', false],
      ['199950', '200000', true],
      ['-99970', '-100000', true],
      ['121467000', '152960600', false],
    ] as const) {
      expect(quotientAgreesWithStatedPercent(d(realisasi), d(pagu), capaian)).toBe(agrees);
      expect(agreesWithStatedPercent(d(realisasi).dividedBy(d(pagu)), capaian)).toBe(agrees);
    }
  });

  it('agrees for a quotient that never ends when it rounds to the stated figure', () => {
    // 1/3 = 33,333…% written as 33,33 %; 2/3 = 66,666…% is not 66,66 % (rounds to 66,67 %).
    expect(quotientAgreesWithStatedPercent(d('1'), d('3'), stated('A', 1, 1, '33,33 %', 'persen'))).toBe(true);
    expect(quotientAgreesWithStatedPercent(d('2'), d('3'), stated('A', 1, 1, '66,66 %', 'persen'))).toBe(false);
    expect(quotientAgreesWithStatedPercent(d('2'), d('3'), stated('A', 1, 1, '66,67 %', 'persen'))).toBe(true);
  });
});
