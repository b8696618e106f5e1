import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { sampleRows } from '../../../src/core/recognise/column-evidence';

function sheetOf(rows: Array<Array<CellValue | undefined>>): SheetSnapshot {
  return {
    name: 'Uji',
    rows: rows.map((r) => r.map((v) => (v === undefined ? undefined : { value: v }))),
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
  };
}

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
    const s = sheetOf(labels.map((t) => [undefined, t, 10]));
    expect(
      sampleRows(
        s,
        labels.map((_, i) => i),
      ).map((r) => labels[r]),
    ).toEqual(['-', '1.1', 'I', 'Belanja Jasa', 'Kegiatan 1.1']);
  });
});
