import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import { capaianDariSel, hitungIkm, kategoriCapaian } from '../../../src/core/formulas';

/**
 * Property tests against a reference written here with plain BigInt rationals (never the code under
 * test): the Decimal result must lie within 1e-25 of the exact rational value.
 */

interface Rational {
  n: bigint;
  d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));

function rat(n: bigint, d: bigint = 1n): Rational {
  if (d < 0n) return rat(-n, -d);
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
const add = (a: Rational, b: Rational) => rat(a.n * b.d + b.n * a.d, a.d * b.d);
const mul = (a: Rational, b: Rational) => rat(a.n * b.n, a.d * b.d);
const div = (a: Rational, b: Rational) => rat(a.n * b.d, a.d * b.n);

/** A Decimal as an exact rational (its plain decimal string over a power of ten). */
function fromDecimal(x: Decimal): Rational {
  const [int, frac = ''] = x.toFixed().split('.');
  return rat(BigInt(int + frac), 10n ** BigInt(frac.length));
}

/** |x − exact| ≤ 10^-25 · max(1, |exact|), in exact arithmetic. */
function closeTo(x: Decimal, exact: Rational): boolean {
  const diff = add(fromDecimal(x), rat(-exact.n, exact.d));
  const magnitude = abs(exact.n) > exact.d ? abs(exact.n) : exact.d;
  return abs(diff.n) * 10n ** 25n * exact.d <= diff.d * magnitude;
}

/** A positive amount with up to 4 decimals, as (scaled integer, decimal text). */
const amount = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 13n }), fc.integer({ min: 0, max: 4 }))
  .map(([units, decimals]) => {
    const value = rat(units, 10n ** BigInt(decimals));
    const digits = units.toString().padStart(decimals + 1, '0');
    const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)},${digits.slice(-decimals)}`;
    return { value, text };
  });

const SEED = 20231231;

describe('the reference comparison itself', () => {
  it('accepts 40-digit roundings of 1/3 and rejects values off by 1e-20', () => {
    const third = rat(1n, 3n);
    expect(closeTo(new Decimal(1).div(3), third)).toBe(true);
    expect(closeTo(new Decimal(1).div(3).plus('1e-20'), third)).toBe(false);
    expect(closeTo(new Decimal('0.5'), third)).toBe(false);
  });
});

describe('capaian against exact rational arithmetic', () => {
  it('positif is realisasi / target', () => {
    fc.assert(
      fc.property(amount, amount, (t, r) => {
        const got = capaianDariSel(t.text, r.text);
        return got.ok && closeTo(got.value, div(r.value, t.value));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('negatif is (2·target − realisasi) / target', () => {
    fc.assert(
      fc.property(amount, amount, (t, r) => {
        const got = capaianDariSel(t.text, r.text, 'negatif');
        const exact = div(add(mul(rat(2n), t.value), rat(-r.value.n, r.value.d)), t.value);
        return got.ok && closeTo(got.value, exact);
      }),
      { seed: SEED + 1, numRuns: 1000 },
    );
  });

  it('negatif-rasio is target / realisasi', () => {
    fc.assert(
      fc.property(amount, amount, (t, r) => {
        const got = capaianDariSel(t.text, r.text, 'negatif-rasio');
        return got.ok && closeTo(got.value, div(t.value, r.value));
      }),
      { seed: SEED + 2, numRuns: 1000 },
    );
  });
});

describe('IKM against exact rational arithmetic', () => {
  const answer = fc.option(fc.integer({ min: 1, max: 4 }), { freq: 5 });
  const survey = fc
    .integer({ min: 1, max: 12 })
    .chain((width) =>
      fc.array(fc.array(answer, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 40 }),
    )
    .filter((rows) => rows.some((row) => row.some((a) => a !== null)));

  /** NRR per unsur (null without answers) and the IKM for both weightings, by the regulation's formula. */
  function reference(rows: (number | null)[][]) {
    const width = rows[0].length;
    const nrr: (Rational | null)[] = [];
    for (let c = 0; c < width; c++) {
      const answers = rows.map((row) => row[c]).filter((a): a is number => a !== null);
      nrr.push(
        answers.length === 0 ? null : rat(BigInt(answers.reduce((a, b) => a + b, 0)), BigInt(answers.length)),
      );
    }
    const present = nrr.filter((v): v is Rational => v !== null);
    const sum = present.reduce(add, rat(0n));
    return {
      nrr,
      eksak: mul(div(sum, rat(BigInt(present.length))), rat(25n)),
      cetak: mul(mul(sum, rat(111n, 1000n)), rat(25n)),
    };
  }

  it('matches Σ NRR / k × 25 and Σ NRR × 0,111 × 25, NRR by NRR', () => {
    fc.assert(
      fc.property(survey, (rows) => {
        const exact = reference(rows);
        const eksak = hitungIkm(rows, 'eksak');
        const cetak = hitungIkm(rows, '0,111');
        if (!eksak.ok || !cetak.ok) return false;
        const nrrMatch = eksak.value.nrr.every((v, i) => {
          const e = exact.nrr[i];
          return v === null ? e === null : e !== null && closeTo(v, e);
        });
        return nrrMatch && closeTo(eksak.value.ikm, exact.eksak) && closeTo(cetak.value.ikm, exact.cetak);
      }),
      { seed: SEED + 3, numRuns: 1000 },
    );
  });

  it('stays within 25–100 for answers 1–4', () => {
    fc.assert(
      fc.property(survey, (rows) => {
        const r = hitungIkm(rows);
        return r.ok && r.value.ikm.gte(25) && r.value.ikm.lte(100);
      }),
      { seed: SEED + 4, numRuns: 1000 },
    );
  });
});

describe('kategori against integer arithmetic on hundredths of a percent', () => {
  /** Permendagri 86/2017 lower bounds in hundredths of a percentage point. */
  const BANDS: Array<[bigint, string]> = [
    [9100n, 'Sangat Tinggi'],
    [7600n, 'Tinggi'],
    [6600n, 'Sedang'],
    [5100n, 'Rendah'],
  ];

  it('rounds the percentage half-up to 2 decimals, then takes the first lower bound reached', () => {
    // A fraction with 6 decimals: units / 10^6; hundredths of a percent = units / 100, rounded half-up.
    fc.assert(
      fc.property(fc.bigInt({ min: -200000n, max: 2000000n }), (units) => {
        // Half-up as decimal.js does it: halves away from zero.
        const hundredths = units >= 0n ? (units + 50n) / 100n : -((-units + 50n) / 100n);
        const expected = BANDS.find(([lower]) => hundredths >= lower)?.[1] ?? 'Sangat Rendah';
        const fraction = new Decimal(units.toString()).div(1000000);
        return kategoriCapaian(fraction) === expected;
      }),
      { seed: SEED + 5, numRuns: 2000 },
    );
  });
});
