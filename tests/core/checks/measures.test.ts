import { Decimal } from '../../../src/core/decimal';
import type { Measure } from '../../../src/core/model/indicator';
import type { NumberReadingOk } from '../../../src/core/numbers/types';
import { readNumber } from '../../../src/core/numbers/read-number';
import { formatMeasure, sameMeasure } from '../../../src/core/checks/measures';

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
