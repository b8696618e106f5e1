import fc from 'fast-check';
import { Decimal, nearestDouble } from '../../src/core/decimal';

const SEED = Number(process.env.SAKIP_SEED ?? 20261128);

describe('nearestDouble', () => {
  it('gives the double of a figure as a cell holds it', () => {
    expect(nearestDouble(new Decimal('48317000'))).toBe(48317000);
    expect(nearestDouble(new Decimal('0.9222'))).toBe(0.9222);
    expect(nearestDouble(new Decimal('-0.5'))).toBe(-0.5);
    expect(nearestDouble(new Decimal('0.000001'))).toBe(0.000001);
    expect(nearestDouble(new Decimal('1234567.891'))).toBe(1234567.891);
    expect(nearestDouble(new Decimal('999999999999999'))).toBe(999999999999999);
    expect(nearestDouble(new Decimal('1e22'))).toBe(1e22);
    expect(nearestDouble(new Decimal(0))).toBe(0);
  });

  it('gives NaN where one rounding cannot be promised: over 2^53 in digits, or not finite', () => {
    expect(nearestDouble(new Decimal('12345678901234567'))).toBeNaN();
    expect(nearestDouble(new Decimal('0.12345678901234567'))).toBeNaN();
    expect(nearestDouble(new Decimal(NaN))).toBeNaN();
    expect(nearestDouble(new Decimal(Infinity))).toBeNaN();
  });

  // JavaScript reads a numeral to the nearest double (ECMA-262 §7.1.4.1.1): an independent oracle.
  it(`equals the number its text reads as, for up to 15 digits at any scale a report uses (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 999_999_999_999_999n }),
        fc.integer({ min: -22, max: 8 }),
        fc.boolean(),
        (digits, scale, negative) => {
          const x = new Decimal(`${negative ? '-' : ''}${digits}e${scale}`);
          expect(nearestDouble(x) === Number(x.toString())).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 20_000 },
    );
  });
});
