import { freeSheetName, placeInputSheets, placeSheets, sheetName } from '../../../src/core/plan/placement';
import { planTemplateSheets } from '../../../src/core/plan/plan-template';
import type { SheetPlan, TableId } from '../../../src/core/plan/sheet-plan';

const plan = (table: TableId, name: string): SheetPlan => ({
  table,
  name,
  cells: [],
  columnWidths: [],
  merges: [],
  outline: [],
  freeze: { rows: 0, columns: 0 },
  print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
  notes: [],
});

describe('sheetName and freeSheetName', () => {
  it('makes a name Excel takes: no []:*?/\\, at most 31 characters, never empty', () => {
    expect(sheetName('Tabel 3.8 / 3.10')).toBe('Tabel 3.8 - 3.10');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('  ')).toBe('SAKIP');
  });

  it('counts up past taken names, without case, within 31 characters', () => {
    expect(freeSheetName(new Set(['tabel 3.8', 'tabel 3.8 (2)']), 'Tabel 3.8')).toBe('Tabel 3.8 (3)');
    const long = 'Perbandingan Capaian Kinerja Ta';
    expect(freeSheetName(new Set([long.toLowerCase()]), long)).toBe('Perbandingan Capaian Kinerj (2)');
  });
});

describe('placeSheets', () => {
  it('replaces the add-in’s earlier sheet under the name the user gave it, and never a user sheet', () => {
    const placed = placeSheets(
      { names: ['Anggaran', 'Tabel 3.8', 'Analisis 3.9'], owned: new Map([['3.9', 'Analisis 3.9']]) },
      [plan('3.8', 'Tabel 3.8'), plan('3.9', 'Tabel 3.9'), plan('3.10', 'Tabel 3.10')],
    );
    expect(placed.map(({ sheet, wanted, replaces }) => ({ sheet, wanted, replaces }))).toEqual([
      { sheet: 'Tabel 3.8 (2)', wanted: 'Tabel 3.8', replaces: undefined },
      { sheet: 'Analisis 3.9', wanted: 'Analisis 3.9', replaces: 'Analisis 3.9' },
      { sheet: 'Tabel 3.10', wanted: 'Tabel 3.10', replaces: undefined },
    ]);
  });

  it('counts names given earlier in the same run as taken', () => {
    const placed = placeSheets({ names: [], owned: new Map() }, [plan('3.8', 'Tabel'), plan('3.10', 'Tabel')]);
    expect(placed.map((p) => p.sheet)).toEqual(['Tabel', 'Tabel (2)']);
  });
});

describe('placeInputSheets', () => {
  it('skips a sheet whose name is taken and gives the tables names no table or defined name has', () => {
    const placed = placeInputSheets(['anggaran'], ['Kinerja', 'SKM_2', 'skm'], planTemplateSheets());
    expect(placed.skipped).toEqual(['Anggaran']);
    expect(placed.written.map((w) => [w.sheet, w.plan.excelTables?.[0].name])).toEqual([
      ['Kinerja', 'Kinerja_2'],
      ['SKM', 'SKM_3'],
    ]);
  });
});
