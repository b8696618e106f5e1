import { Decimal } from '../../../src/core/decimal';
import type { Measure } from '../../../src/core/model/indicator';
import type { NumberReadingOk } from '../../../src/core/numbers/types';
import { readNumber } from '../../../src/core/numbers/read-number';
import { formatMeasure, sameMeasure, unitMismatch } from '../../../src/core/checks/measures';

const ref = { sheet: 'Kinerja', row: 4, col: 3 };

function angka(text: unknown, value: number, unit?: string): Extract<Measure, { kind: 'angka' }> {
  const reading = readNumber(text, 'angka', { allowUnit: true }) as NumberReadingOk;
  return { kind: 'angka', ref, value: new Decimal(value), reading, ...(unit ? { unit } : {}) };
}

describe('measures as a reviewer reads them', () => {
  it('writes a percentage once, whether the % was typed or came from a Satuan column of %', () => {
    expect(formatMeasure(angka('100 %', 1, '%'))).toBe('100%');
    // Tabel 2.6 style: a bare 82 under Satuan "%" is held as the fraction 0,82.
    expect(formatMeasure(angka(82, 0.82, '%'))).toBe('82%');
    expect(formatMeasure(angka('82 Nilai', 82, 'Nilai'))).toBe('82 Nilai');
  });

  it('takes 82 under a Satuan of % and a typed "82 %" for the same target', () => {
    expect(sameMeasure(angka(82, 0.82, '%'), angka('82 %', 0.82, '%'))).toBe(true);
    expect(sameMeasure(angka(82, 0.82, '%'), angka('87 %', 0.87, '%'))).toBe(false);
  });
});

describe('unitMismatch', () => {
  const figure = (value: string, unit?: string): Extract<Measure, { kind: 'angka' }> => {
    const reading = readNumber(value, 'angka') as NumberReadingOk;
    return { kind: 'angka', ref, value: reading.value, reading, ...(unit ? { unit } : {}) };
  };

  it('tells a realisasi more than a hundred times its target, at the edge too', () => {
    expect(unitMismatch(figure('87.15'), figure('14671200'))).toBe('besaran');
    expect(unitMismatch(figure('2'), figure('200'))).toBeUndefined();
    // More digits than a double holds: the doubles say exactly 100, the figures say more.
    expect(unitMismatch(figure('1'), figure('100.00000000000000001'))).toBe('besaran');
    expect(unitMismatch(figure('3'), figure('299.99999999999999999'))).toBeUndefined();
    expect(unitMismatch(figure('0'), figure('5'))).toBeUndefined();
    expect(unitMismatch(figure('5'), figure('0'))).toBeUndefined();
    expect(unitMismatch(figure('-0.01'), figure('-1.5'))).toBe('besaran');
  });

  it('agrees with the Decimal quotient on ratios around a hundred', () => {
    const byDecimals = (t: Decimal, r: Decimal) =>
      !t.isZero() && !r.isZero() && r.abs().div(t.abs()).gt(new Decimal(100));
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      const t = new Decimal(Math.floor(next() * 1e6)).div(10 ** Math.floor(next() * 5));
      const nudge = new Decimal(Math.floor(next() * 21) - 10).times(
        new Decimal(10).pow(-Math.floor(next() * 20)),
      );
      const r = t.times(100).plus(nudge);
      const found = unitMismatch(figure(t.toFixed()), figure(r.toFixed()));
      expect([t.toFixed(), r.toFixed(), found === 'besaran']).toEqual([
        t.toFixed(),
        r.toFixed(),
        byDecimals(t, r),
      ]);
    }
  });

  it('compares unit words only where they differ beyond a slip', () => {
    expect(unitMismatch(figure('2', 'Dokumen'), figure('2', 'Laporan'))).toBe('satuan');
    expect(unitMismatch(figure('2', 'Dokumen'), figure('2', 'DOKUMEN'))).toBeUndefined();
    expect(unitMismatch(figure('2', 'kegiatan'), figure('2', 'kgiatan'))).toBeUndefined();
    expect(unitMismatch(figure('2', 'Persen'), figure('2 %', '%'))).toBeUndefined();
    expect(unitMismatch(figure('2'), figure('2', 'Laporan'))).toBeUndefined();
  });
});
