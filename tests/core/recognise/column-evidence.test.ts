import { profileColumns, sampleRows } from '../../../src/core/recognise/column-evidence';
import { sheetFromValues } from '../../fixtures/text-sheet';

describe('sampleRows', () => {
  // A row's first text is keyed only where its first letter may begin a summary word: the rest are
  // told apart on that letter, and a tag or a character beyond ASCII before it is left to the key.
  it('leaves out summary lines however their label is written, and keeps markers, codes and names', () => {
    const labels = [
      'JUMLAH',
      '<b>Total</b>',
      ' Rata-rata',
      'N R R Tertimbang',
      'ÍKM',
      'Kriteria Mutu',
      '-',
      '1.1',
      'I',
      'Belanja Jasa',
      'Kegiatan 1.1',
      '(Mutu)',
    ];
    const s = sheetFromValues(
      'Uji',
      labels.map((t) => [undefined, t, 10]),
    );
    expect(
      sampleRows(
        s,
        labels.map((_, i) => i),
      ).map((r) => labels[r]),
    ).toEqual(['-', '1.1', 'I', 'Belanja Jasa', 'Kegiatan 1.1']);
  });
});

describe('profileColumns', () => {
  it('counts whole numbers as they read (a percent format, −0 as 0), and a repeated text each time', () => {
    const s = sheetFromValues('Uji', [
      [1500000, { value: 1, numberFormat: '0%' }, '-', '82 Nilai'],
      [-2000, { value: 0, numberFormat: '0.00%' }, '-', '82 Nilai'],
      [-0, 0.5, 'Belanja Jasa Tenaga Administrasi', 'Persyaratan'],
      [999, { value: 2 ** 53, numberFormat: '#,##0' }, '  ', 'BB'],
    ]);
    const p = profileColumns(s, [0, 1, 2, 3], [0, 1, 2, 3]);
    expect(p.get(0)).toMatchObject({ filled: 4, numbers: 4, rupiah: 2, values: [1500000, -2000, 0, 999] });
    expect(Object.is(p.get(0)?.values[2], 0)).toBe(true);
    // 2^53 is beyond the whole numbers a double holds exactly: its Decimal has no cheap double.
    expect(p.get(1)).toMatchObject({
      filled: 4,
      numbers: 4,
      rupiah: 0,
      percents: 2,
      values: [1, 0, 0.5, NaN],
    });
    expect(p.get(2)).toMatchObject({ filled: 3, numbers: 0, texts: 3, longTexts: 1, markers: 2 });
    expect(p.get(3)).toMatchObject({
      filled: 4,
      numbers: 2,
      withUnit: 2,
      grades: 1,
      texts: 1,
      unsurNames: 1,
    });
  });
});
