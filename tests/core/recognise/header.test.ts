import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import {
  findHeaderRows,
  headerKey,
  headerRepeatLength,
  isColumnNumberRow,
  patternMatcher,
  titleAbove,
} from '../../../src/core/recognise/header';
import { budgetHeader } from '../../../src/core/recognise/budget-table';

/** A sheet from rows of values (undefined = empty cell), starting at A1. */
function sheetOf(rows: Array<Array<CellValue | undefined>>, merges: SheetSnapshot['merges'] = []): SheetSnapshot {
  return {
    name: 'Uji',
    rows: rows.map((r) => (r.length === 0 ? undefined : r.map((v) => (v === undefined ? undefined : { value: v })))),
    merges,
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
  };
}

describe('headerKey', () => {
  it.each([
    ['CAPAIAN (%)', 'capaian persen'],
    ['%', 'persen'],
    ['Realisasi (Rp)', 'realisasi rp'],
    ['Program/ Kegiatan', 'program kegiatan'],
    ['J U M L A H', 'jumlah'],
    [' Pagu\u00a0Anggaran ', 'pagu anggaran'],
  ])('%j → %j', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });
});

describe('budgetHeader', () => {
  it.each([
    ['Pagu', 'pagu'],
    ['Pagu Anggaran', 'pagu'],
    ['Anggaran', 'pagu'],
    ['Anggaran Setelah Perubahan', 'pagu'],
    ['Anggaran Sebelum Perubahan', undefined],
    ['Anggaran Perubahan', 'pagu'],
    ['Anggaran Murni', undefined],
    ['Realisasi', 'realisasi'],
    ['Realisasi (Rp)', 'realisasi'],
    ['Capaian', 'capaian'],
    ['Capaian (%)', 'capaian'],
    ['%', 'capaian'],
    ['No', 'marker'],
    ['Kode Rekening', 'code'],
    ['Kegiatan', 'name'],
    ['Program/Kegiatan', 'name'],
    ['Uraian', 'name'],
    ['Nama', 'name'],
    ['Indikator Kinerja', undefined],
    ['Target', undefined],
  ])('%j → %j', (text, field) => {
    expect(budgetHeader(headerKey(text))).toBe(field);
  });
});

describe('isColumnNumberRow', () => {
  it('accepts 1 2 3 4 5, (1) (2) (3) and the seed\'s 1 3 4 5 7', () => {
    const s = sheetOf([[1, 2, 3, 4, 5], ['(1)', '(2)', '(3)'], ['1', '3', '4', '5', '7']]);
    expect([0, 1, 2].map((r) => isColumnNumberRow(s, r, 0, 10))).toEqual([true, true, true]);
  });

  it('refuses a data row, a decreasing row and a row of two numbers', () => {
    const s = sheetOf([['1', 'Program A', '1.000'], [3, 2, 1], [1, 2]]);
    expect([0, 1, 2].map((r) => isColumnNumberRow(s, r, 0, 10))).toEqual([false, false, false]);
  });
});

describe('findHeaderRows', () => {
  const matcher = patternMatcher<'name' | 'pagu' | 'realisasi'>([
    ['name', /uraian/],
    ['pagu', /pagu( rp)?/],
    ['realisasi', /realisasi( rp)?/],
  ]);

  it('finds a one-row header anywhere, skipping the column-number row', () => {
    const s = sheetOf([[], [undefined, undefined, 'Judul'], [], [undefined, undefined, 'Uraian', 'Pagu', 'Realisasi'], [undefined, undefined, 1, 2, 3], [undefined, undefined, 'A', 10, 9]]);
    const [h] = findHeaderRows(s, matcher, ['name', 'pagu']);
    expect(h).toMatchObject({ top: 3, bottom: 3, numberRow: 4, bodyStart: 5, left: 2, right: 4, fields: { name: 2, pagu: 3, realisasi: 4 } });
    expect(titleAbove(s, h.top, h.left, h.right)).toBe('Judul');
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
    const [h] = findHeaderRows(s, matcher, ['name', 'pagu']);
    expect(h).toMatchObject({ top: 0, bottom: 1, bodyStart: 2, fields: { name: 0, pagu: 1, realisasi: 2 } });
    expect(h.columns.map((c) => [c.top, c.bottom])).toEqual([
      ['Uraian', ''],
      ['Anggaran', 'Pagu (Rp)'],
      ['Anggaran', 'Realisasi (Rp)'],
    ]);
  });

  it('reports a second column naming the same field as a duplicate', () => {
    const s = sheetOf([['Uraian', 'Pagu', 'Pagu (Rp)']]);
    const [h] = findHeaderRows(s, matcher, ['name']);
    expect(h.fields.pagu).toBe(1);
    expect(h.duplicates).toEqual([{ field: 'pagu', col: 2 }]);
  });

  it('counts a repeat of the header after a page break, with its column-number row', () => {
    const s = sheetOf([
      ['Uraian', 'Pagu', 'Realisasi'],
      [1, 2, 3],
      ['A', 10, 9],
      ['Uraian', 'Pagu', 'Realisasi'],
      [1, 2, 3],
      ['B', 5, 5],
    ]);
    const headers = findHeaderRows(s, matcher, ['name', 'pagu']);
    expect(headers.map((h) => h.top)).toEqual([0, 3]);
    expect(headerRepeatLength(s, 3, headers[0])).toBe(2);
    expect(headerRepeatLength(s, 2, headers[0])).toBe(0);
  });

  it('finds nothing in a sheet without the required words', () => {
    const s = sheetOf([['Nama', 'Alamat'], ['A', 'B']]);
    expect(findHeaderRows(s, matcher, ['name', 'pagu'])).toEqual([]);
  });
});
