import { Decimal } from '../../../src/core/decimal';
import { capaianDariSel, hitungCapaian, hitungKemajuan, kemajuanDariSel } from '../../../src/core/formulas';

/** The capaian as a percentage with 2 decimals, half-up, as reports print it. */
function persen(r: ReturnType<typeof capaianDariSel>): string {
  if (!r.ok) throw new Error(`expected a value, got ${r.error}: ${r.message}`);
  return r.value.times(100).toFixed(2);
}

function value(r: ReturnType<typeof capaianDariSel>): Decimal {
  if (!r.ok) throw new Error(`expected a value, got ${r.error}: ${r.message}`);
  return r.value;
}

describe('capaian, positif (realisasi / target)', () => {
  it('gives 81/82 = 0,98780487804878… for target 82, realisasi 81 (the seed: 98,78%)', () => {
    expect(value(capaianDariSel(82, 81)).toFixed(15)).toBe('0.987804878048780');
    expect(persen(capaianDariSel(82, 81))).toBe('98.78');
  });

  it('gives 99,74% for the seed budget 4.186.950 against 4.176.000', () => {
    // 4176000 / 4186950 = 1 − 10950/4186950 = 1 − 0,0026152… = 0,997384…
    expect(persen(capaianDariSel(4186950, 4176000))).toBe('99.74');
  });

  it('reads id-ID text numbers, units and percent text', () => {
    // 81 / 87,15 = 0,92943…
    expect(persen(capaianDariSel('87,15', '81'))).toBe('92.94');
    expect(persen(capaianDariSel('82 Nilai', '81 Nilai'))).toBe('98.78');
    expect(value(capaianDariSel('100 %', '78%')).toString()).toBe('0.78');
    expect(persen(capaianDariSel('4.186.950', '4.176.000'))).toBe('99.74');
  });

  it('is exact where the ratio terminates, and 80/81 prints 98,77% as in the seed', () => {
    expect(persen(capaianDariSel(81, 80))).toBe('98.77');
    expect(value(capaianDariSel(0.3, 0.1)).toString()).toBe('0.3333333333333333333333333333333333333333');
    expect(value(capaianDariSel(8, 6)).toString()).toBe('0.75');
  });
});

describe('capaian, negatif polarities', () => {
  it('negatif: (2·target − realisasi) / target, 10 → 8 gives 1,2', () => {
    expect(value(capaianDariSel(10, 8, 'negatif')).toString()).toBe('1.2');
  });

  it('negatif 88,82 → 135,15 gives 47,84%, negatif-rasio 65,72%', () => {
    // (177,64 − 135,15) / 88,82 = 42,49 / 88,82 = 0,47838…; 88,82 / 135,15 = 0,65719…
    expect(persen(capaianDariSel(88.82, 135.15, 'negatif'))).toBe('47.84');
    expect(persen(capaianDariSel(88.82, 135.15, 'negatif-rasio'))).toBe('65.72');
  });

  it('accepts polaritas spelled with capitals and a space', () => {
    expect(persen(capaianDariSel(88.82, 135.15, 'Negatif Rasio'))).toBe('65.72');
    expect(persen(capaianDariSel(88.82, 135.15, ' NEGATIF '))).toBe('47.84');
  });

  it('treats an omitted (null) polaritas as positif', () => {
    expect(persen(capaianDariSel(82, 81, null))).toBe('98.78');
  });

  it('can go below zero for negatif when realisasi is over twice the target', () => {
    expect(value(capaianDariSel(10, 25, 'negatif')).toString()).toBe('-0.5');
  });
});

describe('capaian of qualitative grades', () => {
  it('is 1 at the target grade and above', () => {
    expect(value(capaianDariSel('BB', 'BB')).toString()).toBe('1');
    expect(value(capaianDariSel('BB', 'A')).toString()).toBe('1');
    expect(value(capaianDariSel('wdp', 'WTP')).toString()).toBe('1');
  });

  it('is rank(realisasi) / rank(target) below it', () => {
    // SAKIP D1 C2 CC3 B4 BB5 A6 AA7: BB against A = 5/6
    const r = value(capaianDariSel('A', 'BB'));
    expect(r.lt(1)).toBe(true);
    expect(r.times(6).toString()).toBe('5');
    // opini BPK TMP1 TW2 WDP3 WTP4: WDP against WTP = 3/4
    expect(value(capaianDariSel('WTP', 'WDP')).toString()).toBe('0.75');
  });

  it('reads single letters on the SAKIP scale when both fit it (B against A = 4/6)', () => {
    expect(value(capaianDariSel('A', 'B')).times(6).toString()).toBe('4');
  });

  it('refuses grades of different scales and a grade against a number (#VALUE!)', () => {
    expect(capaianDariSel('WTP', 'BB')).toMatchObject({ ok: false, error: 'nilai' });
    expect(capaianDariSel('BB', 80)).toMatchObject({ ok: false, error: 'nilai' });
    expect(capaianDariSel(80, 'A')).toMatchObject({ ok: false, error: 'nilai' });
  });

  it('refuses a negatif polarity for grades', () => {
    expect(capaianDariSel('A', 'BB', 'negatif')).toMatchObject({ ok: false, error: 'nilai' });
  });
});

describe('capaian failures', () => {
  it('is #DIV/0! for target 0', () => {
    expect(capaianDariSel(0, 5)).toMatchObject({ ok: false, error: 'bagi-nol' });
    expect(capaianDariSel(0, 5, 'negatif')).toMatchObject({ ok: false, error: 'bagi-nol' });
  });

  it('is #DIV/0! for realisasi 0 with negatif-rasio', () => {
    expect(capaianDariSel(5, 0, 'negatif-rasio')).toMatchObject({ ok: false, error: 'bagi-nol' });
  });

  it('is #N/A, never 0, when realisasi is "Belum ada penilaian", "-" or empty', () => {
    for (const realisasi of ['Belum ada penilaian', 'belum dinilai', '-', '', '  ', null, undefined]) {
      expect(capaianDariSel(82, realisasi)).toMatchObject({ ok: false, error: 'tidak-tersedia' });
    }
  });

  it('is #VALUE! for text that is neither number nor grade, a boolean, or an unknown polaritas', () => {
    expect(capaianDariSel(82, 'delapan puluh')).toMatchObject({ ok: false, error: 'nilai' });
    expect(capaianDariSel(true, 81)).toMatchObject({ ok: false, error: 'nilai' });
    expect(capaianDariSel(82, 81, 'terbalik')).toMatchObject({ ok: false, error: 'nilai' });
  });

  it('is #NUM! for a non-finite number', () => {
    expect(capaianDariSel(Number.POSITIVE_INFINITY, 81)).toMatchObject({ ok: false, error: 'angka' });
  });
});

describe('hitungCapaian (typed, for checks and planners)', () => {
  it('takes Decimals and grades directly; null realisasi is not yet assessed', () => {
    expect(hitungCapaian(new Decimal(82), new Decimal(81))).toMatchObject({ ok: true });
    expect(hitungCapaian({ grade: 'BB' }, { grade: 'B' })).toMatchObject({ ok: true });
    expect(hitungCapaian(new Decimal(82), null)).toMatchObject({ ok: false, error: 'tidak-tersedia' });
  });
});

describe('kemajuan (against the Renstra end target)', () => {
  it('gives 81 against the 2026 target 85 = 95,29% (the seed, Tabel 3.4)', () => {
    // 81 / 85 = 0,952941…
    expect(persen(kemajuanDariSel(81, 85))).toBe('95.29');
    expect(persen(hitungKemajuan(new Decimal(81), new Decimal(85)))).toBe('95.29');
  });

  it('gives 81 against the national standard 87 = 93,10% (the seed, Tabel 3.5)', () => {
    // 81 / 87 = 0,931034…
    expect(persen(kemajuanDariSel('81 Nilai', '87 Nilai'))).toBe('93.10');
  });

  it('uses the same polarity rules, realisasi first', () => {
    expect(value(kemajuanDariSel(8, 10, 'negatif')).toString()).toBe('1.2');
    expect(kemajuanDariSel(5, 0)).toMatchObject({ ok: false, error: 'bagi-nol' });
  });
});
