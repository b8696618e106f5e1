import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import {
  agreesWithStatedPercent,
  percentTolerance,
  quotientAgreesWithStatedPercent,
} from '../../../src/core/checks/rule';
import type { StatedNumber } from '../../../src/core/model/source';
import type { NumberReadingOk } from '../../../src/core/numbers/types';
import { stated, statedDecimal } from './builders';

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
      expect(
        quotientAgreesWithStatedPercent(statedDecimal(d(realisasi)), statedDecimal(d(pagu)), capaian),
      ).toBe(agrees);
      expect(agreesWithStatedPercent(d(realisasi).dividedBy(d(pagu)), capaian)).toBe(agrees);
    }
  });

  it('agrees for a quotient that never ends when it rounds to the stated figure', () => {
    // 1/3 = 33,333…% written as 33,33 %; 2/3 = 66,666…% is not 66,66 % (rounds to 66,67 %).
    expect(
      quotientAgreesWithStatedPercent(
        statedDecimal(d('1')),
        statedDecimal(d('3')),
        stated('A', 1, 1, '33,33 %', 'persen'),
      ),
    ).toBe(true);
    expect(
      quotientAgreesWithStatedPercent(
        statedDecimal(d('2')),
        statedDecimal(d('3')),
        stated('A', 1, 1, '66,66 %', 'persen'),
      ),
    ).toBe(false);
    expect(
      quotientAgreesWithStatedPercent(
        statedDecimal(d('2')),
        statedDecimal(d('3')),
        stated('A', 1, 1, '66,67 %', 'persen'),
      ),
    ).toBe(true);
  });
});

describe('quotientAgreesWithStatedPercent decides exactly as Decimal arithmetic does', () => {
  const SEED = Number(process.env.SAKIP_SEED ?? 20261128);
  const capaian = (points: number, decimals: number): StatedNumber => {
    const value = new Decimal(points).div(new Decimal(10).pow(decimals + 2));
    const reading: NumberReadingOk = {
      ok: true,
      value,
      style: 'id',
      asText: true,
      percent: true,
      decimals,
      guesses: [],
    };
    return { ref: { sheet: 'A', row: 1, col: 4 }, value, reading };
  };
  const byDecimals = (n: Decimal, d: Decimal, s: StatedNumber) =>
    n.minus(s.value.times(d)).abs().lte(percentTolerance(s).times(d.abs()));

  it(`on random lines, and on lines at, one Rupiah and a thousandth beside the edge of the rounding (seed ${SEED})`, () => {
    const seen = { onEdge: 0, agrees: 0, differs: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.constantFrom('acak', 'tepi-atas', 'tepi-bawah'),
        fc.integer({ min: -1, max: 1 }),
        fc.constantFrom(1, 0.001),
        fc.integer({ min: 0, max: 1_000_000 }),
        (decimals, points, multiple, where, step, stepSize, noise) => {
          const s = capaian(points % (200 * 10 ** decimals), decimals);
          // A multiple of 2·10^(decimals+3) puts (stated ± tolerance) × pagu on a whole Rupiah.
          const pagu = new Decimal(multiple).times(new Decimal(10).pow(decimals + 3).times(2));
          let realisasi: Decimal;
          if (where === 'acak') {
            realisasi = pagu.times(noise).div(500_000).floor();
          } else {
            const t = percentTolerance(s);
            const edge = (where === 'tepi-atas' ? s.value.plus(t) : s.value.minus(t)).times(pagu);
            // A thousandth of a Rupiah beside the edge of a large pagu is closer than the doubles can tell.
            realisasi = edge.plus(new Decimal(step).times(stepSize));
            if (step === 0) seen.onEdge++;
          }
          const expected = byDecimals(realisasi, pagu, s);
          expect(quotientAgreesWithStatedPercent(statedDecimal(realisasi), statedDecimal(pagu), s)).toBe(
            expected,
          );
          if (expected) seen.agrees++;
          else seen.differs++;
        },
      ),
      { seed: SEED, numRuns: 20_000 },
    );
    // The run did reach the edge itself, and both answers.
    expect(seen.onEdge).toBeGreaterThan(1_000);
    expect(seen.agrees).toBeGreaterThan(1_000);
    expect(seen.differs).toBeGreaterThan(1_000);
  });
});
