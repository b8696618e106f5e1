import { Decimal } from '../../../src/core/decimal';
import { efisiensiDariSel, hitungEfisiensi } from '../../../src/core/formulas';

function ok(r: ReturnType<typeof efisiensiDariSel>): Decimal {
  if (!r.ok) throw new Error(`expected a value, got ${r.error}: ${r.message}`);
  return r.value;
}

describe('efisiensi (DESIGN.md §3.4)', () => {
  it('selisih (default): 100% − 86,17% = 13,83%, the seed', () => {
    expect(ok(efisiensiDariSel(1, 0.8617)).toString()).toBe('0.1383');
    expect(ok(efisiensiDariSel(1, 0.8617, 'selisih')).toString()).toBe('0.1383');
    expect(ok(efisiensiDariSel(1, 0.8617, null)).toString()).toBe('0.1383');
  });

  it('selisih may be negative when the budget was used more than the performance reached', () => {
    expect(ok(efisiensiDariSel(0.78, 0.95)).toString()).toBe('-0.17');
  });

  it('indeks: kinerja / anggaran, 1 / 0,8617 = 1,16049…', () => {
    expect(ok(efisiensiDariSel(1, 0.8617, 'indeks')).toFixed(6)).toBe('1.160497');
    expect(ok(efisiensiDariSel(0.9, 0.9, 'indeks')).toString()).toBe('1');
  });

  it('sisa: 1 − anggaran where kinerja ≥ 100%', () => {
    expect(ok(efisiensiDariSel(1, 0.8617, 'sisa')).toString()).toBe('0.1383');
    expect(ok(efisiensiDariSel(1.05, 0.9, 'sisa')).toString()).toBe('0.1');
  });

  it('sisa is #N/A where the performance target was not reached', () => {
    expect(efisiensiDariSel(0.9999, 0.5, 'sisa')).toMatchObject({ ok: false, error: 'tidak-tersedia' });
  });

  it('indeks is #DIV/0! for an unused budget', () => {
    expect(efisiensiDariSel(1, 0, 'indeks')).toMatchObject({ ok: false, error: 'bagi-nol' });
  });

  it('reads percent text, and text without % as percentage points', () => {
    expect(ok(efisiensiDariSel('100%', '86,17%')).toString()).toBe('0.1383');
    expect(ok(efisiensiDariSel('100', '86,17')).toString()).toBe('0.1383');
  });

  it('refuses an unknown metode, and empty inputs', () => {
    expect(efisiensiDariSel(1, 0.8617, 'rasio')).toMatchObject({ ok: false, error: 'nilai' });
    expect(efisiensiDariSel(null, 0.8617)).toMatchObject({ ok: false, error: 'tidak-tersedia' });
  });

  it('is the same through the typed function', () => {
    expect(hitungEfisiensi(new Decimal(1), new Decimal('0.8617'))).toEqual({
      ok: true,
      value: new Decimal('0.1383'),
    });
  });
});
