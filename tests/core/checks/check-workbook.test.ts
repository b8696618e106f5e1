import { checkWorkbook, summarizeTemuan } from '../../../src/core/checks/check-workbook';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Temuan } from '../../../src/core/temuan';
import { budgetTable, cleanBudgetLines, model, ruleCells } from './builders';

const note = (rule: Temuan['rule'], sheet: string, row: number, col: number, cell: string): Temuan => ({
  rule,
  severity: 'info',
  sheet,
  cell,
  row,
  col,
  message: 'catatan pengenalan',
});

describe('checkWorkbook', () => {
  const wrongProgram = () =>
    cleanBudgetLines().map((l, i) => (i === 8 ? { ...l, pagu: 1_100_000, realisasi: 1_100_000 } : l));

  it('orders findings by workbook sheet order, then row, then column', () => {
    const m = model({
      sheetOrder: ['Tabel 3.10', 'Tabel 3.8'],
      budgets: [
        budgetTable({ sheet: 'Tabel 3.8', lines: wrongProgram() }),
        budgetTable({ sheet: 'Tabel 3.10', lines: wrongProgram() }),
      ],
      notes: [note('STR-01', 'Tabel 3.8', 0, 0, 'A1')],
    });
    expect(ruleCells(checkWorkbook(m, DEFAULT_SETTINGS))).toEqual([
      'ANG-01 Tabel 3.10!C9',
      'ANG-01 Tabel 3.10!D9',
      'STR-01 Tabel 3.8!A1',
      'ANG-01 Tabel 3.8!C9',
      'ANG-01 Tabel 3.8!D9',
    ]);
  });

  it('keeps the recogniser’s structure notes but not its NUM notes, which the checks compute', () => {
    const m = model({
      budgets: [budgetTable({ lines: cleanBudgetLines() })],
      notes: [note('NUM-01', 'Tabel 3.8', 1, 2, 'C2'), note('STR-02', 'Tabel 3.8', 0, 1, 'B1')],
    });
    expect(ruleCells(checkWorkbook(m, DEFAULT_SETTINGS))).toEqual(['STR-02 Tabel 3.8!B1']);
  });

  it('never reports the same rule at the same cell twice', () => {
    const m = model({
      budgets: [budgetTable({ lines: cleanBudgetLines() })],
      notes: [note('STR-01', 'Tabel 3.8', 3, 1, 'B4'), note('STR-01', 'Tabel 3.8', 3, 1, 'B4')],
    });
    expect(ruleCells(checkWorkbook(m, DEFAULT_SETTINGS))).toEqual(['STR-01 Tabel 3.8!B4']);
  });

  it('never changes the model', () => {
    const m = model({ budgets: [budgetTable({ lines: wrongProgram() })] });
    const before = JSON.stringify(m);
    checkWorkbook(m, DEFAULT_SETTINGS);
    expect(JSON.stringify(m)).toBe(before);
  });
});

describe('summarizeTemuan', () => {
  it('counts findings per severity', () => {
    const t = (severity: Temuan['severity']): Temuan => ({ ...note('ANG-01', 'S', 0, 0, 'A1'), severity });
    expect(summarizeTemuan([])).toEqual({ galat: 0, peringatan: 0, info: 0 });
    expect(summarizeTemuan([t('galat'), t('info'), t('galat'), t('peringatan')])).toEqual({
      galat: 2,
      peringatan: 1,
      info: 1,
    });
  });
});
