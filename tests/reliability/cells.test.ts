/**
 * Cell-level hostile and broken inputs, through recogniseWorkbook, checkWorkbook (periksaWorkbook) and
 * the planners (susunWorkbook): each input is one defect planted in a small hand-worked budget table,
 * and each expectation is what the user must see — a finding or note naming the sheet and the cell —
 * or, where the input is legitimate, exactly the numbers worked out by hand.
 */
import { Decimal } from '../../src/core/decimal';
import { periksaWorkbook, susunWorkbook, type PeriksaResult } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { BudgetNode, BudgetTable } from '../../src/core/model/budget';
import type { CellValue, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../../src/core/snapshot';
import type { SheetPlan } from '../../src/core/plan/sheet-plan';
import type { Temuan } from '../../src/core/temuan';
import { cleanBudgetRows, HEADER, pct, sheetOf } from './fixtures';

// Whole workbooks through ExcelJS: generous on a busy machine (no assertion on time).
jest.setTimeout(60_000);

type Rows = Array<Array<CellValue | SnapshotCell | undefined>>;

const workbook = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ name: 'uji.xlsx', sheets });

/** Periksa and susun on a workbook; both must complete. Returns the result and the plans. */
function run(wb: WorkbookSnapshot): { result: PeriksaResult; plans: SheetPlan[] } {
  const result = periksaWorkbook(wb, DEFAULT_SETTINGS);
  const plans = susunWorkbook(result, DEFAULT_SETTINGS).plans;
  for (const f of [...result.findings]) {
    expect(f.sheet).not.toBe('');
    expect(f.cell).toMatch(/^[A-Z]{1,3}\d{1,7}$/);
    expect(f.message.length).toBeGreaterThan(10);
  }
  return { result, plans };
}

function at(findings: Temuan[], cell: string): Temuan[] {
  return findings.filter((f) => f.cell === cell);
}

/** The clean rows with one cell replaced (row and column 0-based in the table, header is row 0). */
function withCell(row: number, col: number, value: CellValue | SnapshotCell | undefined): Rows {
  const rows = cleanBudgetRows();
  rows[row][col] = value;
  return rows;
}

function names(table: BudgetTable): string[] {
  return table.nodes.map((n) => n.name);
}

function value(node: BudgetNode | undefined, field: 'pagu' | 'realisasi'): string | undefined {
  return node?.[field]?.value.toString();
}

describe('the clean table the defects are planted in', () => {
  it('is recognised as one program, two kegiatan, two sub kegiatan and gives no galat', () => {
    const { result } = run(workbook(sheetOf('Anggaran', cleanBudgetRows())));
    const [t] = result.model.budgets;
    expect(t.nodes.map((n) => n.level)).toEqual([
      'program',
      'kegiatan',
      'subkegiatan',
      'subkegiatan',
      'kegiatan',
    ]);
    expect(result.summary.galat).toBe(0);
  });
});

describe('empty and header-only sheets', () => {
  it('a workbook with no sheets and one with a blank sheet: nothing recognised, nothing found, nothing planned but the Catatan', () => {
    for (const wb of [workbook(), workbook(sheetOf('Sheet1', []))]) {
      const { result, plans } = run(wb);
      expect(result.model.budgets).toEqual([]);
      expect(result.findings).toEqual([]);
      expect(plans.map((p) => p.table)).toEqual(['catatan']);
    }
  });

  it('a sheet of only headers: no table with rows, and a note at the header naming the sheet', () => {
    const { result } = run(workbook(sheetOf('Anggaran', [HEADER])));
    expect(result.model.budgets.every((b) => b.nodes.length === 0)).toBe(true);
    const notes = result.model.notes.filter((n) => n.sheet === 'Anggaran');
    expect(notes.map((n) => n.cell)).toContain('A1');
  });
});

describe('Excel errors and formulas without a cached value', () => {
  it('#REF!, #DIV/0! and #N/A in figure cells: a note at each cell quoting the error, no figure invented', () => {
    const rows = cleanBudgetRows();
    rows[3][2] = { value: { error: '#REF!' } };
    rows[4][3] = { value: { error: '#N/A' }, formula: 'VLOOKUP(B5,Data!A:B,2,FALSE)' };
    rows[5][4] = { value: { error: '#DIV/0!' }, formula: 'D6/0' };
    const { result } = run(workbook(sheetOf('Anggaran', rows)));
    const notes = result.model.notes;
    for (const [cell, error] of [
      ['C4', '#REF!'],
      ['D5', '#N/A'],
      ['E6', '#DIV/0!'],
    ]) {
      const note = notes.find((n) => n.cell === cell);
      expect(note?.sheet).toBe('Anggaran');
      expect(note?.message).toContain(error);
    }
    const nodes = result.model.budgets[0].nodes;
    expect(nodes[2].pagu).toBeUndefined();
    expect(nodes[3].realisasi).toBeUndefined();
  });

  it('a child whose pagu is #REF!: the parent is not reported against a sum that leaves the child out', () => {
    const { result } = run(workbook(sheetOf('Anggaran', withCell(3, 2, { value: { error: '#REF!' } }))));
    expect(result.findings.filter((f) => f.rule === 'ANG-01' && f.cell === 'C3')).toEqual([]);
  });

  it('formulas whose cached values are missing: a note at each such cell, and no sum check against a blank', () => {
    const rows = cleanBudgetRows();
    rows[1][2] = { value: null, formula: 'SUM(C3,C6)' };
    rows[2][2] = { value: null, formula: 'SUM(C4:C5)' };
    rows[6][2] = { value: null, formula: 'C2' };
    const { result } = run(workbook(sheetOf('Anggaran', rows)));
    for (const cell of ['C2', 'C3', 'C7']) {
      expect(result.model.notes.filter((n) => n.cell === cell && n.sheet === 'Anggaran')).toHaveLength(1);
    }
    expect(result.findings.filter((f) => f.rule.startsWith('ANG') && f.cell.startsWith('C'))).toEqual([]);
  });
});

describe('layout noise: merges, hidden rows and columns, two tables, a far corner', () => {
  it('a marker and a name merged down over a continuation row: the same tree, the name joined', () => {
    const rows = cleanBudgetRows();
    rows.splice(3, 0, [undefined, 'dan Tunjangan Lain', undefined, undefined, undefined]);
    rows[2] = [1, 'Administrasi Keuangan', 200000, 170000, pct(0.85)];
    rows[3] = [undefined, 'Perangkat Daerah', undefined, undefined, undefined];
    const merges = [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 1 },
    ];
    const { result } = run(workbook(sheetOf('Anggaran', rows, { merges })));
    const [t] = result.model.budgets;
    expect(names(t)[1]).toBe('Administrasi Keuangan Perangkat Daerah');
    expect(t.nodes.map((n) => n.level)).toEqual([
      'program',
      'kegiatan',
      'subkegiatan',
      'subkegiatan',
      'kegiatan',
    ]);
    expect(result.summary.galat).toBe(0);
  });

  it('hidden rows and columns are data like any other: read, summed, and the sums still agree', () => {
    const sheet = sheetOf('Anggaran', cleanBudgetRows(), {
      hiddenRows: new Set([4]),
      hiddenColumns: new Set([4]),
    });
    const { result } = run(workbook(sheet));
    const [t] = result.model.budgets;
    expect(value(t.nodes[3], 'pagu')).toBe('80000');
    expect(result.summary.galat).toBe(0);
  });

  it('two tables on one sheet: both recognised with their own ranges', () => {
    const second = cleanBudgetRows().map((r) => [...r]);
    second[1][1] = 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN';
    const rows: Rows = [...cleanBudgetRows(), [], [], [], ['Tabel 3.10'], ...second];
    const { result } = run(workbook(sheetOf('Anggaran', rows)));
    expect(result.model.budgets.map((b) => [b.range.top, b.range.bottom])).toEqual([
      [0, 6],
      [11, 17],
    ]);
    expect(result.model.budgets[1].nodes[0].name).toBe('PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN');
  });

  it('a table at the far corner of a 1 048 576-row sheet, with a stray cell at A1: found where it is', () => {
    const sheet = sheetOf('Anggaran', cleanBudgetRows(), {}, { top: 1_048_576 - 7, left: 16_384 - 5 });
    sheet.rows[0] = [{ value: 'catatan' }];
    const { result } = run(workbook(sheet));
    const [t] = result.model.budgets;
    expect(t.range).toEqual({ top: 1_048_569, left: 16_379, bottom: 1_048_575, right: 16_383 });
    expect(result.summary.galat).toBe(0);
  });
});

describe('extreme values', () => {
  it('a Rupiah amount beyond 10^15 (more digits than Excel keeps): a note at the cell, never a rounded figure in the plan', () => {
    const huge = '12.345.678.901.234.567';
    const rows = withCell(3, 2, huge);
    const { result, plans } = run(workbook(sheetOf('Anggaran', rows)));
    const node = result.model.budgets[0].nodes[2];
    if (node.pagu !== undefined) expect(node.pagu.value.toFixed()).toBe('12345678901234567');
    expect(
      result.model.notes.concat(result.findings).some((f) => f.cell === 'C4' && f.sheet === 'Anggaran'),
    ).toBe(true);
    const t38 = plans.find((p) => p.table === '3.8')!;
    const numbers = t38.cells
      .flatMap((r) => r ?? [])
      .map((c) => c?.value)
      .filter((v): v is number => typeof v === 'number');
    expect(numbers.every((n) => Math.abs(n) < 1e15)).toBe(true);
  });

  it('a negative pagu: read as negative (never as positive) and reported at its cell', () => {
    const rows = withCell(4, 2, { value: -80000, numberFormat: '#,##0' });
    rows[2][2] = 40000;
    rows[1][2] = 140000;
    rows[6][2] = 140000;
    const { result } = run(workbook(sheetOf('Anggaran', rows)));
    expect(value(result.model.budgets[0].nodes[3], 'pagu')).toBe('-80000');
    expect(at(result.findings, 'C5').length).toBeGreaterThan(0);
  });

  it('a name of 32 767 characters: kept whole in the model, and no generated cell longer than Excel allows', () => {
    const long = `Program ${'sangat panjang '.repeat(2200)}`.slice(0, 32_767);
    const rows = withCell(1, 1, long);
    rows.splice(2, 0, [undefined, `lanjutan ${'x'.repeat(100)}`, undefined, undefined, undefined]);
    const { result, plans } = run(workbook(sheetOf('Anggaran', rows)));
    expect(result.model.budgets[0].nodes[0].name.startsWith('Program sangat panjang')).toBe(true);
    for (const plan of plans) {
      for (const cell of plan.cells.flatMap((r) => r ?? [])) {
        if (typeof cell?.value === 'string') expect(cell.value.length).toBeLessThanOrEqual(32_767);
        if (cell?.formula !== undefined) expect(cell.formula.length).toBeLessThanOrEqual(8_192);
      }
    }
  });

  it('Rupiah written "Rp. 120.000,-" in a row pasted past the table\'s columns: still read as figures', () => {
    const rows = cleanBudgetRows();
    rows[3] = [
      '1)',
      'Penyediaan Gaji dan Tunjangan ASN',
      undefined,
      undefined,
      undefined,
      'Rp. 120.000,-',
      'Rp. 100.000,-',
    ];
    const { result } = run(workbook(sheetOf('Anggaran', rows)));
    const [t] = result.model.budgets;
    expect(value(t.nodes[2], 'pagu')).toBe('120000');
    expect(value(t.nodes[2], 'realisasi')).toBe('100000');
  });

  it('control characters and right-to-left marks in names and figures: removed, figures read exactly', () => {
    const rows = cleanBudgetRows();
    rows[2][1] = 'Administrasi\u0007 Keuangan\u200f Perangkat\u202e Daerah\u0000';
    rows[3][2] = '\u202b120.000\u202c';
    rows[3][3] = '\u200e100.000\u200e';
    const { result } = run(workbook(sheetOf('Anggaran', rows)));
    const [t] = result.model.budgets;
    expect(t.nodes[1].name).toBe('Administrasi Keuangan Perangkat Daerah');
    expect(value(t.nodes[2], 'pagu')).toBe('120000');
    expect(value(t.nodes[2], 'realisasi')).toBe('100000');
    expect(result.summary.galat).toBe(0);
  });
});

describe('odd trees', () => {
  it('the same program twice: both kept as lines, and the JUMLAH of Tabel 3.8 adds both', () => {
    const rows = cleanBudgetRows();
    rows.pop();
    rows.push(['II', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 50000, 40000, pct(0.8)]);
    rows.push([1, 'Administrasi Umum Perangkat Daerah', 50000, 40000, pct(0.8)]);
    rows.push(['JUMLAH', undefined, 350000, 290000, pct(0.8286)]);
    const { result, plans } = run(workbook(sheetOf('Anggaran', rows)));
    const [t] = result.model.budgets;
    expect(t.roots).toHaveLength(2);
    const sumOf = (f: 'pagu' | 'realisasi') =>
      t.roots.reduce((a, r) => a.plus(t.nodes[r][f]?.value ?? 0), new Decimal(0)).toString();
    expect([sumOf('pagu'), sumOf('realisasi')]).toEqual(['350000', '290000']);
    expect(result.summary.galat).toBe(0);
    const t38 = plans.find((p) => p.table === '3.8')!;
    const programRows = t38.cells.filter((r) =>
      r?.some((c) => c?.value === 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH'),
    );
    expect(programRows).toHaveLength(2);
  });

  it('circular and contradictory SIPD codes: every row placed at most once, no hang, notes where rows cannot be placed', () => {
    const rows: Rows = [
      ['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi'],
      ['7.01.01.2.01.0001', 'Sub kegiatan sebelum induknya', 100, 90],
      ['7.01.01.2.01', 'Kegiatan', 100, 90],
      ['7.01.01', 'Program', 100, 90],
      ['7.01.01.2.01', 'Kegiatan (kode sama lagi)', 100, 90],
      ['7.01.02.2.01.0001', 'Sub kegiatan milik program lain', 100, 90],
      ['7.01.01', 'Program (kode sama lagi)', 100, 90],
      ['7.01.01.2.01.0001', 'Sub kegiatan', 100, 90],
    ];
    const { result, plans } = run(workbook(sheetOf('SIPD', rows)));
    const nodes = result.model.budgets.flatMap((b) => b.nodes);
    const rowsPlaced = nodes.map((n) => n.row);
    expect(new Set(rowsPlaced).size).toBe(rowsPlaced.length);
    for (const b of result.model.budgets) {
      for (const n of b.nodes) {
        const seen = new Set<number>();
        for (let p = n.parent; p !== undefined; p = b.nodes[p].parent) {
          expect(seen.has(p)).toBe(false);
          seen.add(p);
        }
      }
    }
    expect(plans.length).toBeGreaterThan(0);
  });
});
