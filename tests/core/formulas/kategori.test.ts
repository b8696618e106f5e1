import { Decimal } from '../../../src/core/decimal';
import { kategoriCapaian, kategoriDariSel } from '../../../src/core/formulas';

function label(capaian: unknown, skala?: unknown): string {
  const r = kategoriDariSel(capaian, skala);
  if (!r.ok) throw new Error(`expected a label, got ${r.error}: ${r.message}`);
  return r.value;
}

describe('kategori capaian, Permendagri 86/2017 (percentage rounded to 2 decimals, lower bounds)', () => {
  // Worked by hand: fraction × 100, rounded half-up to 2 decimals, then ≥ 91 / 76 / 66 / 51.
  it.each([
    [0.5, '50,00', 'Sangat Rendah'],
    [0.505, '50,50', 'Sangat Rendah'],
    [0.50995, '51,00', 'Rendah'],
    [0.51, '51,00', 'Rendah'],
    [0.65, '65,00', 'Rendah'],
    [0.66, '66,00', 'Sedang'],
    [0.755, '75,50', 'Sedang'],
    [0.76, '76,00', 'Tinggi'],
    [0.905, '90,50', 'Tinggi'],
    [0.90994, '90,99', 'Tinggi'],
    [0.90995, '91,00', 'Sangat Tinggi'],
    [0.91, '91,00', 'Sangat Tinggi'],
    [1, '100,00', 'Sangat Tinggi'],
    [1.2, '120,00', 'Sangat Tinggi'],
  ])('%s (%s%%) is %s', (capaian, _persen, expected) => {
    expect(label(capaian)).toBe(expected);
  });

  it('puts zero and negative capaian in the lowest band', () => {
    expect(label(0)).toBe('Sangat Rendah');
    expect(label(-0.5)).toBe('Sangat Rendah');
  });

  it('reads percent text, and text without % as percentage points', () => {
    expect(label('98,78%')).toBe('Sangat Tinggi');
    expect(label('75,5')).toBe('Sedang');
    expect(label('76')).toBe('Tinggi');
  });

  it('is the same through the typed function the checks use', () => {
    expect(kategoriCapaian(new Decimal('0.755'))).toBe('Sedang');
    expect(
      kategoriCapaian(new Decimal('0.91'), [
        { lower: 0.9, label: 'Baik' },
        { lower: 0, label: 'Kurang' },
      ]),
    ).toBe('Baik');
  });

  it('is #N/A for an empty capaian or "Belum ada penilaian", #VALUE! for text that is no number', () => {
    expect(kategoriDariSel(null)).toMatchObject({ ok: false, error: 'tidak-tersedia' });
    expect(kategoriDariSel('Belum ada penilaian')).toMatchObject({ ok: false, error: 'tidak-tersedia' });
    expect(kategoriDariSel('tinggi')).toMatchObject({ ok: false, error: 'nilai' });
  });
});

describe('kategori with a user scale (2-column range: batas bawah, label)', () => {
  const asFractions = [
    [0.9, 'Baik Sekali'],
    [0.75, 'Baik'],
    [0, 'Kurang'],
  ];
  const asPoints = [
    [90, 'Baik Sekali'],
    [75, 'Baik'],
    [0, 'Kurang'],
  ];

  it('reads bounds given as fractions and as points the same way', () => {
    for (const skala of [asFractions, asPoints]) {
      expect(label(0.9, skala)).toBe('Baik Sekali');
      expect(label(0.8999, skala)).toBe('Baik');
      expect(label(0.75, skala)).toBe('Baik');
      expect(label(0.7, skala)).toBe('Kurang');
    }
  });

  it('reads percent text bounds as fractions even among point bounds', () => {
    expect(
      label(0.9, [
        ['90%', 'Baik Sekali'],
        [75, 'Baik'],
        [0, 'Kurang'],
      ]),
    ).toBe('Baik Sekali');
    expect(
      label(0.8, [
        ['90%', 'Baik Sekali'],
        [75, 'Baik'],
        [0, 'Kurang'],
      ]),
    ).toBe('Baik');
  });

  it('skips a header row and blank rows, accepts any row order and label-first columns', () => {
    const skala = [
      ['Batas bawah', 'Kategori'],
      [0, 'Kurang'],
      [null, null],
      ['Baik Sekali', 90],
      [75, 'Baik'],
    ];
    expect(label(0.95, skala)).toBe('Baik Sekali');
    expect(label(0.8, skala)).toBe('Baik');
  });

  it('lets the lowest band take everything below it', () => {
    expect(
      label(0.1, [
        [0.5, 'Cukup'],
        [0.3, 'Kurang'],
      ]),
    ).toBe('Kurang');
  });

  it('refuses a range that is not two columns, repeats a bound, or has a row without a bound', () => {
    expect(kategoriDariSel(0.9, [[0.9, 'A', 'x']])).toMatchObject({ ok: false, error: 'nilai' });
    expect(
      kategoriDariSel(0.9, [
        [0.9, 'A'],
        [0.9, 'B'],
      ]),
    ).toMatchObject({ ok: false, error: 'nilai' });
    expect(
      kategoriDariSel(0.9, [
        ['90%', 'A'],
        [90, 'B'],
      ]),
    ).toMatchObject({ ok: false, error: 'nilai' });
    expect(
      kategoriDariSel(0.9, [
        [0.9, 'A'],
        ['x', 'B'],
      ]),
    ).toMatchObject({ ok: false, error: 'nilai', at: { row: 1, col: 0 } });
    expect(kategoriDariSel(0.9, 0.9)).toMatchObject({ ok: false, error: 'nilai' });
  });
});
