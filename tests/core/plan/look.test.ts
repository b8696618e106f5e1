import { BORDER_COLOR, CellLooks, planRowHeights, seriesColor, sheetLooks } from '../../../src/core/plan/look';
import type { PlanCell, SheetPlan } from '../../../src/core/plan/sheet-plan';

function planOf(cells: SheetPlan['cells'], extra: Partial<Omit<SheetPlan, 'table'>> = {}): Omit<SheetPlan, 'table'> {
  return {
    name: 'Tabel 3.8',
    cells,
    columnWidths: [6, 40],
    merges: [],
    outline: cells.map(() => 0),
    freeze: { rows: 0, columns: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
    notes: [],
    ...extra,
  };
}

describe('CellLooks', () => {
  const looks = new CellLooks();
  const at = (cell: PlanCell, col = 1) => looks.of(cell, col);

  it('fills program rows grey and the JUMLAH row in the header’s blue (one colour wherever it is written)', () => {
    expect(at({ value: 'PROGRAM PENUNJANG', style: 'program' })?.fill).toBe('F2F2F2');
    expect(at({ value: 'JUMLAH', style: 'jumlah' }, 0)?.fill).toBe('D9E1F2');
    expect(at({ value: 'JUMLAH', style: 'jumlah' }, 0)?.fill).toBe(at({ value: 'URAIAN', style: 'header' })?.fill);
  });

  it('sets subtitles bold, not italic, and centres them', () => {
    expect(at({ value: 'Kecamatan Kalianget Tahun 2023', style: 'subjudul' }, 0)).toMatchObject({
      font: { bold: true, italic: false, size: 11 },
      horizontal: 'center',
    });
  });

  it('indents the text of each budget level one step more, and only outside the numbering column', () => {
    const indents = (['program', 'kegiatan', 'subkegiatan', 'rekening'] as const).map(
      (style) => at({ value: 'Belanja', style })?.indent,
    );
    expect(indents).toEqual([0, 1, 2, 3]);
    expect(at({ value: 'Belanja', style: 'kegiatan' })?.horizontal).toBe('left');
    expect(at({ value: '1)', style: 'subkegiatan' }, 0)).toMatchObject({ horizontal: 'center', indent: 0 });
  });

  it('aligns numbers right whatever the style, and boxes styled cells in one grey', () => {
    expect(at({ value: 1000, numberFormat: '#,##0', style: 'jumlah' })).toMatchObject({
      horizontal: 'right',
      border: BORDER_COLOR,
    });
    expect(at({ value: 1000, numberFormat: '#,##0' })).toEqual({ horizontal: 'right', wrap: false, indent: 0 });
  });

  it('underlines a link in Excel’s hyperlink blue', () => {
    expect(at({ value: 'G12', style: 'teks', link: { sheet: 'Anggaran', cell: 'G12' } })?.font).toEqual({
      bold: false,
      italic: false,
      underline: true,
      size: 10,
      color: '0563C1',
    });
  });

  it('gives cells of one look one shared object, and no look to a plain value', () => {
    expect(at({ value: 'a', style: 'teks' })).toBe(at({ value: 'b', style: 'teks' }));
    expect(at({ value: 'a' })).toBeUndefined();
  });
});

describe('sheetLooks', () => {
  it('gives the cells of a merge its first cell’s look', () => {
    const plan = planOf([[{ value: 'JUMLAH', style: 'jumlah' }]], {
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    });
    const looks = sheetLooks(plan);
    expect(looks.width(0)).toBe(3);
    expect(looks.at(0, 2)).toBe(looks.at(0, 0));
    expect(looks.at(1, 0)).toBeUndefined();
  });
});

describe('seriesColor', () => {
  it('gives Excel’s first default colours in order and starts again after the last', () => {
    expect([0, 1, 4].map(seriesColor)).toEqual(['4472C4', 'ED7D31', '4472C4']);
  });
});

describe('planRowHeights', () => {
  it('gives a wrapped text the lines it needs, and a one-line text no height', () => {
    // Column B is 40 wide; a sub kegiatan is 10 pt, indented 2: (40 − 1 − 2) × 1,15 = 42,55 characters
    // a line, so 100 lower-case characters take 3 lines: 3 × 13 + 2 = 41 points.
    const heights = planRowHeights(
      planOf([
        [{ value: '1' }, { value: 'a'.repeat(100), style: 'subkegiatan' }],
        [{ value: '2' }, { value: 'Belanja ATK', style: 'subkegiatan' }],
      ]),
    );
    expect(heights[0]).toBe(41);
    expect(heights[1]).toBeUndefined();
  });

  it('never goes past Excel’s tallest row (409 points), estimated or given by the plan', () => {
    // 5 000 characters would take 118 lines, 1 536 points; the plan's 600 points are too tall as well.
    const heights = planRowHeights(
      planOf([[{ value: '1' }, { value: 'a'.repeat(5000), style: 'subkegiatan' }], [{ value: '2' }]], {
        rowHeights: [undefined, 600],
      }),
    );
    expect(heights).toEqual([409, 409]);
  });
});
