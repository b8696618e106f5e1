import { Decimal } from '../../../src/core/decimal';
import { predikatDariSel, predikatSakip } from '../../../src/core/formulas';

function label(nilai: unknown, skala?: unknown): string {
  const r = predikatDariSel(nilai, skala);
  if (!r.ok) throw new Error(`expected a predikat, got ${r.error}: ${r.message}`);
  return r.value;
}

describe('predikat SAKIP, PermenPANRB 88/2021 (lower bounds exclusive, D from 0)', () => {
  it.each([
    [100, 'AA'],
    [90.01, 'AA'],
    [90.005, 'AA'],
    [90.004, 'A'],
    [90, 'A'],
    [80.01, 'A'],
    [80, 'BB'],
    [70.01, 'BB'],
    [70, 'B'],
    [60, 'CC'],
    [50.01, 'CC'],
    [50, 'C'],
    [30.01, 'C'],
    [30, 'D'],
    [0, 'D'],
  ])('%s is %s', (nilai, expected) => {
    expect(label(nilai)).toBe(expected);
  });

  it('reads id-ID text', () => {
    expect(label('90,01')).toBe('AA');
    expect(label('72,35')).toBe('BB');
  });

  it('is #NUM! outside 0–100', () => {
    expect(predikatDariSel(-0.01)).toMatchObject({ ok: false, error: 'angka' });
    expect(predikatDariSel(100.01)).toMatchObject({ ok: false, error: 'angka' });
  });

  it('takes a user scale in points (or fractions), bounds exclusive', () => {
    const skala = [
      [85, 'Istimewa'],
      [60, 'Cukup'],
      [0, 'Kurang'],
    ];
    expect(label(85.01, skala)).toBe('Istimewa');
    expect(label(85, skala)).toBe('Cukup');
    expect(label(10, skala)).toBe('Kurang');
    expect(
      label(85, [
        [0.85, 'Istimewa'],
        [0.6, 'Cukup'],
        [0, 'Kurang'],
      ]),
    ).toBe('Cukup');
    expect(
      predikatSakip(new Decimal(61), [
        { lower: 60, label: 'Cukup' },
        { lower: 0, label: 'Kurang' },
      ]),
    ).toEqual({
      ok: true,
      value: 'Cukup',
    });
  });
});
