import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import { terbilang } from '../../../src/core/formulas/terbilang';

function text(amount: Decimal | number | string, options?: Parameters<typeof terbilang>[1]): string {
  const r = terbilang(amount, options);
  if (!r.ok) throw new Error(`terbilang(${String(amount)}) failed: ${r.reason}`);
  return r.text;
}

describe('terbilang: edge cases', () => {
  it.each<[Decimal | number | string, string]>([
    [0, 'Nol Rupiah'],
    [-0, 'Nol Rupiah'],
    [new Decimal('-0'), 'Nol Rupiah'],
    [1, 'Satu Rupiah'],
    [9, 'Sembilan Rupiah'],
    [10, 'Sepuluh Rupiah'],
    [11, 'Sebelas Rupiah'],
    [12, 'Dua Belas Rupiah'],
    [19, 'Sembilan Belas Rupiah'],
    [20, 'Dua Puluh Rupiah'],
    [21, 'Dua Puluh Satu Rupiah'],
    [99, 'Sembilan Puluh Sembilan Rupiah'],
    [100, 'Seratus Rupiah'],
    [101, 'Seratus Satu Rupiah'],
    [110, 'Seratus Sepuluh Rupiah'],
    [111, 'Seratus Sebelas Rupiah'],
    [200, 'Dua Ratus Rupiah'],
    [999, 'Sembilan Ratus Sembilan Puluh Sembilan Rupiah'],
    [1000, 'Seribu Rupiah'],
    [1001, 'Seribu Satu Rupiah'],
    [1100, 'Seribu Seratus Rupiah'],
    [2000, 'Dua Ribu Rupiah'],
    [10000, 'Sepuluh Ribu Rupiah'],
    [11000, 'Sebelas Ribu Rupiah'],
    [21000, 'Dua Puluh Satu Ribu Rupiah'],
    [100000, 'Seratus Ribu Rupiah'],
    [101000, 'Seratus Satu Ribu Rupiah'],
    [1000000, 'Satu Juta Rupiah'],
    [1001000, 'Satu Juta Seribu Rupiah'],
    [1000001, 'Satu Juta Satu Rupiah'],
    [1000000000, 'Satu Miliar Rupiah'],
    [1000000000000, 'Satu Triliun Rupiah'],
    [1001001001001, 'Satu Triliun Satu Miliar Satu Juta Seribu Satu Rupiah'],
    [-1500, 'Minus Seribu Lima Ratus Rupiah'],
    [12.05, 'Dua Belas Koma Nol Lima Rupiah'],
    [new Decimal('2.50'), 'Dua Koma Lima Rupiah'],
    [0.5, 'Nol Koma Lima Rupiah'],
    [-0.25, 'Minus Nol Koma Dua Lima Rupiah'],
    [4186.95, 'Empat Ribu Seratus Delapan Puluh Enam Koma Sembilan Lima Rupiah'],
  ])('terbilang(%s) = %s', (amount, expected) => {
    expect(text(amount)).toBe(expected);
  });
});

describe('terbilang: the seed and the limits', () => {
  it('spells the seed amount exactly', () => {
    expect(text(2752010113)).toBe(
      'Dua Miliar Tujuh Ratus Lima Puluh Dua Juta Sepuluh Ribu Seratus Tiga Belas Rupiah',
    );
    expect(text('Rp. 2.752.010.113,-')).toBe(
      'Dua Miliar Tujuh Ratus Lima Puluh Dua Juta Sepuluh Ribu Seratus Tiga Belas Rupiah',
    );
    expect(text('2,752,010,113')).toBe(text(2752010113));
  });

  it('writes milyar on request', () => {
    expect(text(2752010113, { ejaan: 'milyar' })).toBe(
      'Dua Milyar Tujuh Ratus Lima Puluh Dua Juta Sepuluh Ribu Seratus Tiga Belas Rupiah',
    );
    expect(text(1e9, { ejaan: 'miliar' })).toBe('Satu Miliar Rupiah');
  });

  it('takes another unit or none', () => {
    expect(text(11, { satuan: '' })).toBe('Sebelas');
    expect(text(0, { satuan: '' })).toBe('Nol');
    expect(text(72, { satuan: 'Orang' })).toBe('Tujuh Puluh Dua Orang');
  });

  it('reads text with the Indonesian number reader', () => {
    expect(text('12,05')).toBe('Dua Belas Koma Nol Lima Rupiah');
    expect(text('36.800')).toBe('Tiga Puluh Enam Ribu Delapan Ratus Rupiah');
    expect(text('(1.500.000)')).toBe('Minus Satu Juta Lima Ratus Ribu Rupiah');
  });

  it('spells up to 999 triliun exactly, fractions included', () => {
    const most =
      'Sembilan Ratus Sembilan Puluh Sembilan Triliun Sembilan Ratus Sembilan Puluh Sembilan Miliar ' +
      'Sembilan Ratus Sembilan Puluh Sembilan Juta Sembilan Ratus Sembilan Puluh Sembilan Ribu ' +
      'Sembilan Ratus Sembilan Puluh Sembilan';
    expect(text(new Decimal('999999999999999'))).toBe(`${most} Rupiah`);
    expect(text('999.999.999.999.999')).toBe(`${most} Rupiah`);
    expect(text(new Decimal('-999999999999999.99'))).toBe(`Minus ${most} Koma Sembilan Sembilan Rupiah`);
  });

  it('returns a failure, not a throw, beyond 999 triliun or for what is not a number', () => {
    expect(terbilang(new Decimal('1000000000000000'))).toEqual({ ok: false, reason: 'terlalu-besar' });
    expect(terbilang(-1e15)).toEqual({ ok: false, reason: 'terlalu-besar' });
    expect(terbilang(1e300)).toEqual({ ok: false, reason: 'terlalu-besar' });
    expect(terbilang(NaN)).toEqual({ ok: false, reason: 'bukan-angka' });
    expect(terbilang(Infinity)).toEqual({ ok: false, reason: 'bukan-angka' });
    expect(terbilang(new Decimal(-Infinity))).toEqual({ ok: false, reason: 'bukan-angka' });
    expect(terbilang(new Decimal(NaN))).toEqual({ ok: false, reason: 'bukan-angka' });
    expect(terbilang('dua ribu')).toEqual({ ok: false, reason: 'bukan-angka' });
    expect(terbilang('')).toEqual({ ok: false, reason: 'bukan-angka' });
  });
});

/**
 * An independent reader of Indonesian number words (no unit, no fraction), strict about the forms
 * terbilang must use: "Seratus" not "Satu Ratus", "Seribu" not "Satu Ribu", scales in falling order.
 */
function parseWords(words: string): bigint {
  const digit: Record<string, bigint> = {
    Satu: 1n,
    Dua: 2n,
    Tiga: 3n,
    Empat: 4n,
    Lima: 5n,
    Enam: 6n,
    Tujuh: 7n,
    Delapan: 8n,
    Sembilan: 9n,
  };
  const scale: Record<string, bigint> = {
    Ribu: 1000n,
    Juta: 10n ** 6n,
    Miliar: 10n ** 9n,
    Milyar: 10n ** 9n,
    Triliun: 10n ** 12n,
  };
  const tokens = words.split(' ');
  if (tokens.length === 1 && tokens[0] === 'Nol') return 0n;
  let total = 0n;
  let group = 0n;
  let lastScale = 10n ** 15n;
  let lastPlace = 1000n; // place of the last part of the group: 100, 10, 1
  const add = (n: bigint, place: bigint) => {
    if (place >= lastPlace) throw new Error(`out of order in "${words}"`);
    group += n;
    lastPlace = place;
  };
  const closeGroup = (s: bigint) => {
    if (group === 0n || s >= lastScale) throw new Error(`bad scale in "${words}"`);
    total += group * s;
    group = 0n;
    lastScale = s;
    lastPlace = 1000n;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t === 'Seratus') add(100n, 100n);
    else if (t === 'Sepuluh') add(10n, 10n);
    else if (t === 'Sebelas') add(11n, 10n);
    else if (t === 'Seribu') {
      if (group !== 0n) throw new Error(`Seribu after a group in "${words}"`);
      group = 1n;
      closeGroup(1000n);
    } else if (t in digit) {
      const d = digit[t];
      if (next === 'Ratus' || next === 'Puluh' || next === 'Belas') {
        if (d === 1n) throw new Error(`"Satu ${next}" in "${words}"`);
        if (next === 'Ratus') add(d * 100n, 100n);
        else if (next === 'Puluh') add(d * 10n, 10n);
        else add(10n + d, 10n);
        i++;
      } else {
        if (d === 1n && next === 'Ribu' && group === 0n) throw new Error(`"Satu Ribu" in "${words}"`);
        add(d, 1n);
      }
    } else if (t in scale) closeGroup(scale[t]);
    else throw new Error(`unknown word "${t}" in "${words}"`);
  }
  return total + group;
}

describe('terbilang: round trip through an independent reader', () => {
  it('the reader itself reads the forms of the seed', () => {
    expect(parseWords('Dua Miliar Tujuh Ratus Lima Puluh Dua Juta Sepuluh Ribu Seratus Tiga Belas')).toBe(
      2752010113n,
    );
    expect(parseWords('Satu Juta Seribu')).toBe(1001000n);
    expect(() => parseWords('Satu Ratus')).toThrow();
    expect(() => parseWords('Satu Ribu')).toThrow();
    expect(() => parseWords('Dua Juta Tiga Miliar')).toThrow();
  });

  it('parse(terbilang(n)) = n for integers up to 999 triliun', () => {
    const amounts = fc.oneof(
      fc.bigInt({ min: 0n, max: 999_999n }),
      fc.bigInt({ min: 0n, max: 999_999_999_999_999n }),
    );
    fc.assert(
      fc.property(amounts, fc.constantFrom<'miliar' | 'milyar'>('miliar', 'milyar'), (n, ejaan) => {
        const words = text(new Decimal(n.toString()), { satuan: '', ejaan });
        return parseWords(words) === n;
      }),
      { seed: 20260104, numRuns: 5000 },
    );
  });

  it('negatives and fractions add "Minus" and digit words after "Koma"', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 999_999_999_999n }),
        fc.integer({ min: 1, max: 99 }),
        (n, cents) => {
          const value = new Decimal(`-${n}.${String(cents).padStart(2, '0')}`);
          const [sign, ...rest] = text(value, { satuan: '' }).split(' ');
          const koma = rest.indexOf('Koma');
          const fractionDigits = rest
            .slice(koma + 1)
            .map((w) =>
              ['Nol', 'Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan', 'Sembilan'].indexOf(
                w,
              ),
            );
          const expectedFraction = String(cents).padStart(2, '0').replace(/0$/, '');
          return (
            sign === 'Minus' &&
            parseWords(rest.slice(0, koma).join(' ')) === n &&
            fractionDigits.join('') === expectedFraction
          );
        },
      ),
      { seed: 20260105, numRuns: 2000 },
    );
  });
});
