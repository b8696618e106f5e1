import { sampleRows } from '../../../src/core/recognise/column-evidence';
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
