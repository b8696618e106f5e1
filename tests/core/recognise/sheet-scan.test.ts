import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { isColumnNumberRow, scanSheet, titleLinesAbove } from '../../../src/core/recognise/sheet-scan';

/** A sheet from rows of values (undefined = empty cell), starting at A1. */
function sheetOf(
  rows: Array<Array<CellValue | undefined>>,
  merges: SheetSnapshot['merges'] = [],
): SheetSnapshot {
  return {
    name: 'Uji',
    rows: rows.map((r) =>
      r.length === 0 ? undefined : r.map((v) => (v === undefined ? undefined : { value: v })),
    ),
    merges,
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
  };
}

describe('isColumnNumberRow', () => {
  it("accepts 1 2 3 4 5, (1) (2) (3), the seed's 1 3 4 5 7 and formula labels 6=5/3, (7)=(5)-(6), $6=4/5*100$", () => {
    const s = sheetOf([
      [1, 2, 3, 4, 5],
      ['(1)', '(2)', '(3)'],
      ['1', '3', '4', '5', '7'],
      ['1', '2', '3', '4', '5', '6=5/3', '7=5/4'],
      ['(5)', '(6)', '(7)=(5)-(6)'],
      ['4', '5', '$6=4/5*100$'],
    ]);
    expect([0, 1, 2, 3, 4, 5].map((r) => isColumnNumberRow(s, r, 0, 10))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('refuses a data row, a decreasing row and a row of two numbers', () => {
    const s = sheetOf([
      ['1', 'Program A', '1.000'],
      [3, 2, 1],
      [1, 2],
    ]);
    expect([0, 1, 2].map((r) => isColumnNumberRow(s, r, 0, 10))).toEqual([false, false, false]);
  });

  it('reads a label by its first digits: spaced and formula labels pass (`1 2` is 12), codes and long numbers do not', () => {
    const s = sheetOf([
      ['1', '2 ', '3', '8 (7-6)', '9 = 8/4'],
      ['1', '2', '3', '5.1.02'],
      ['1', '2', '3', '123'],
      ['1', '2', '1 2'],
    ]);
    expect([0, 1, 2, 3].map((r) => isColumnNumberRow(s, r, 0, 10))).toEqual([true, false, false, true]);
  });
});

describe('scanSheet: header blocks, bodies and titles, for every kind', () => {
  it('finds a one-row header anywhere, skips the column-number row, and reads the title above', () => {
    const s = sheetOf([
      [],
      [undefined, undefined, 'Tabel 3.8'],
      [undefined, undefined, 'Capaian Anggaran'],
      [undefined, undefined, 'Uraian', 'Pagu', 'Realisasi'],
      [undefined, undefined, 1, 2, 3],
      [undefined, undefined, 'A', 10, 9],
    ]);
    const [t] = scanSheet(s);
    expect([t.top, t.headerBottom, t.numberRow, t.left, t.right, t.body]).toEqual([3, 3, 4, 2, 4, [5]]);
    expect(t.columns.map((c) => [c.col, c.texts, c.number])).toEqual([
      [2, ['Uraian'], '1'],
      [3, ['Pagu'], '2'],
      [4, ['Realisasi'], '3'],
    ]);
    expect(t.title.map((l) => l.text)).toEqual(['Tabel 3.8', 'Capaian Anggaran']);
  });

  it('reads a two-row header with a group merged across its sub-headers', () => {
    const s = sheetOf(
      [
        ['Uraian', 'Anggaran', undefined],
        [undefined, 'Pagu (Rp)', 'Realisasi (Rp)'],
        ['A', 10, 9],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 0, right: 2 },
      ],
    );
    const [t] = scanSheet(s);
    expect([t.top, t.headerBottom, t.body]).toEqual([0, 1, [2]]);
    expect(t.columns.map((c) => c.texts)).toEqual([
      ['Uraian'],
      ['Anggaran', 'Pagu (Rp)'],
      ['Anggaran', 'Realisasi (Rp)'],
    ]);
  });

  it('reads an unmerged group (text in its first cell only, sub-headers under each cell)', () => {
    const s = sheetOf([
      ['No', 'Program', 'Target', undefined, 'Anggaran', undefined],
      [
        undefined,
        undefined,
        'Sebelum Perubahan',
        'Setelah Perubahan',
        'Sebelum Perubahan',
        'Setelah Perubahan',
      ],
      ['1.', 'Program A', '100 %', '100 %', '1.000', '1.200'],
    ]);
    const [t] = scanSheet(s);
    expect(t.columns.map((c) => c.texts)).toEqual([
      ['No'],
      ['Program'],
      ['Target', 'Sebelum Perubahan'],
      ['Target', 'Setelah Perubahan'],
      ['Anggaran', 'Sebelum Perubahan'],
      ['Anggaran', 'Setelah Perubahan'],
    ]);
  });

  it('takes a row of year groups above the header into it (2020 | 2022 over Target 2020 …)', () => {
    const s = sheetOf(
      [
        ['2020', undefined, '2022', undefined],
        ['Target 2020', 'Realisasi 2020', 'Target 2022', 'Asumsi Capaian 2022'],
        ['95', '100', '97', '103'],
      ],
      [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 3 },
      ],
    );
    const [t] = scanSheet(s);
    expect([t.top, t.headerBottom]).toEqual([0, 1]);
  });

  it('skips a repeat of the header after a page break, with its column-number row, and ends at a Sumber line', () => {
    const s = sheetOf([
      ['Uraian', 'Pagu', 'Realisasi'],
      [1, 2, 3],
      ['A', 10, 9],
      ['Uraian', 'Pagu', 'Realisasi'],
      [1, 2, 3],
      ['B', 5, 5],
      [],
      ['Sumber : DPA 2023'],
      ['Uraian', 'Pagu', 'Realisasi'],
      ['C', 1, 1],
    ]);
    const tables = scanSheet(s);
    expect(tables.map((t) => [t.top, t.body, t.repeats])).toEqual([
      [0, [2, 5], [3, 4]],
      [8, [9], []],
    ]);
  });

  it('keeps rows led by a - marker under a No column, and skips the header repeated among them', () => {
    // A text of no letter, digit or % has an empty key: it repeats no header text.
    const s = sheetOf([
      ['No', 'Uraian', 'Pagu', 'Realisasi'],
      ['-', 'Belanja A', 10, 9],
      ['No', 'Uraian', 'Pagu', 'Realisasi'],
      ['-', 'Belanja B', 5, 5],
      ['-', 'Belanja C', 5, 4],
    ]);
    const [t] = scanSheet(s);
    expect([t.body, t.repeats]).toEqual([[1, 3, 4], [2]]);
  });

  it.each([
    ['URAIAN', 'PAGU (%)'],
    ['U r a i a n', 'Pagu  (%)'],
    ['Ura<<b>b>ian', 'Pagu (%)'],
    ['Úraian', 'Pagu&nbsp;(%)'],
    ['uraian;', 'pagu %'],
  ])('skips the header repeated as %p, and keeps names that start like its texts', (...repeat) => {
    // Each text must count: a repeat of a two-text header row repeats both.
    const s = sheetOf([
      ['Uraian', 'Pagu (%)'],
      ['Uraian Kegiatan', 10],
      repeat,
      ['Uraian', 'Pagu (%) lain'],
      ['Urai an', 5],
    ]);
    const [t] = scanSheet(s);
    expect([t.body, t.repeats]).toEqual([[1, 3, 4], [2]]);
  });

  it('skips a header repeated with a lone % (a mark that has a key: persen), keeping - marks', () => {
    const s = sheetOf([
      ['Uraian', '%'],
      ['A', 0.5],
      ['-', '-'],
      ['Uraian', '%'],
      ['B', 0.7],
    ]);
    const [t] = scanSheet(s);
    expect([t.body, t.repeats]).toEqual([[1, 2, 4], [3]]);
  });

  it.each([
    '* Sumber: DPA',
    'Keterangan',
    'KETERANGAN:',
    'sumber: DPA',
    'Sumber data: Bappeda',
    'Ket: realisasi sementara',
    'Catatan: belum diaudit',
    'Tabel 3.9 Realisasi Anggaran',
    'Grafik 2 Capaian',
    'GAMBAR 3 Capaian',
    'Uraian penjelasan',
    'Dari tabel di atas',
    'ſumber: DPA',
    '<b>Sumber</b> : DPA',
    '&nbsp;Keterangan',
    ' Catatan: belum diaudit',
    'C<b>atatan</b>: belum diaudit',
    'T\u200babel 3.9 Realisasi Anggaran',
  ])('ends a body at the line %p under it', (line) => {
    const s = sheetOf([['Uraian', 'Pagu', 'Realisasi'], ['A', 10, 9], [line], ['B', 5, 5]]);
    expect(scanSheet(s).map((t) => t.body)).toEqual([[1]]);
  });

  it('keeps rows led by a marker or a name that starts like an end line (C, CXII, DC, Dana)', () => {
    const s = sheetOf([
      ['No', 'Uraian', 'Pagu', 'Realisasi'],
      ['C', 'Program A', 10, 9],
      ['CXII', 'Program B', 5, 5],
      ['DC', 'Program C', 5, 4],
      ['Dana Desa', '', 3, 3],
      ['Sumber: DPA'],
    ]);
    expect(scanSheet(s).map((t) => t.body)).toEqual([[1, 2, 3, 4]]);
  });

  it("ends a body at the next table's header and after three blank rows", () => {
    const s = sheetOf([
      ['Uraian', 'Pagu'],
      ['A', 10],
      ['Indikator', 'Target', 'Realisasi'],
      ['I', '5', '5'],
      [],
      [],
      [],
      ['X', 1],
    ]);
    expect(scanSheet(s).map((t) => [t.top, t.body])).toEqual([
      [0, [1]],
      [2, [3]],
    ]);
  });

  it('tells body rows with figures from a stray column-number row and a next header of years', () => {
    // Whole numbers up to 99 may be column labels and years header texts: neither makes a row a body row.
    const s = sheetOf([
      ['Uraian', 'Pagu', 'Realisasi'],
      ['A', 10.5, 9],
      ['B', 1500, 1],
      [1, 2, 3],
      ['C', -1, 0.5],
      ['Indikator', 'Target', 2022],
      ['D', 'E', 2100],
    ]);
    expect(scanSheet(s).map((t) => [t.top, t.body, t.repeats])).toEqual([
      [0, [1, 2, 4], [3]],
      [5, [6], []],
    ]);
  });

  it('finds no header in a sheet of words that name no column', () => {
    expect(
      scanSheet(
        sheetOf([
          ['Nama', 'Alamat'],
          ['A', 'B'],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads the title block just above a header, and the lines further up over single blank rows', () => {
    const s = sheetOf([
      ['Kop', 'Surat'],
      ['Sasaran Strategis 1'],
      [],
      ['Tabel 3.5'],
      ['Analisis Pencapaian Sasaran 1'],
      [],
      ['No', 'Indikator'],
    ]);
    const { title, above } = titleLinesAbove(s, 6, 1);
    expect(title.map((l) => l.text)).toEqual(['Tabel 3.5', 'Analisis Pencapaian Sasaran 1']);
    expect(above.map((l) => l.text)).toEqual([
      'Sasaran Strategis 1',
      'Tabel 3.5',
      'Analisis Pencapaian Sasaran 1',
    ]);
  });
});
