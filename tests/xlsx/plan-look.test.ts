import type { SheetPlan } from '../../src/core/plan/sheet-plan';
import { planRowHeights } from '../../src/xlsx/plan-look';

function planOf(cells: SheetPlan['cells'], rowHeights?: SheetPlan['rowHeights']): Omit<SheetPlan, 'table'> {
  return {
    name: 'Tabel 3.8',
    cells,
    columnWidths: [6, 40],
    merges: [],
    outline: cells.map(() => 0),
    freeze: { rows: 0, columns: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
    notes: [],
    ...(rowHeights ? { rowHeights } : {}),
  };
}

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
      planOf(
        [[{ value: '1' }, { value: 'a'.repeat(5000), style: 'subkegiatan' }], [{ value: '2' }]],
        [undefined, 600],
      ),
    );
    expect(heights).toEqual([409, 409]);
  });
});
