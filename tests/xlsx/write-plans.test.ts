import ExcelJS from 'exceljs';
import { planSheets } from '../../src/core/plan/plan-sheets';
import { ownerMarkName, type SheetPlan } from '../../src/core/plan/sheet-plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { freeSheetName, saveXlsx, writeInputSheets, writePlans } from '../../src/xlsx/write-plans';
import { budgetTable, model } from '../core/plan/builders';

/** The workbook after a save and a fresh load, as another program would see it. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await saveXlsx(wb)) as unknown as ExcelJS.Buffer);
  return out;
}

/** Every cell of a sheet as `address → {value, formula, numFmt}`, for before/after comparisons. */
function cellsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      out[c.address] = { value: c.value, formula: c.formula, numFmt: c.numFmt };
    }),
  );
  return out;
}

function definedName(wb: ExcelJS.Workbook, name: string): string[] | undefined {
  const model = (wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model;
  return model.find((d) => d.name === name)?.ranges;
}

/** A user workbook with a budget sheet holding values, a formula and formats. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Anggaran');
  ws.getCell('A1').value = 'REALISASI ANGGARAN';
  ws.getCell('C5').value = 1000;
  ws.getCell('C5').numFmt = '#,##0';
  ws.getCell('D5').value = 900;
  ws.getCell('E5').value = { formula: 'D5/C5', result: 0.9 } as ExcelJS.CellFormulaValue;
  ws.getCell('E5').numFmt = '0.00%';
  wb.addWorksheet('Kinerja').getCell('B2').value = '=bukan rumus';
  return wb;
}

const budget = budgetTable([
  ['program', 'PROGRAM A', null, null],
  ['kegiatan', 'Kegiatan A1', 100, 90],
  ['kegiatan', '=HYPERLINK("http://contoh","x")', 50, 50],
]);
const plans = planSheets(model({ budgets: [budget] }), [
  { rule: 'ANG-01', severity: 'galat', sheet: 'Anggaran', cell: 'C5', row: 4, col: 2, message: 'Pagu tidak sama' },
], DEFAULT_SETTINGS).plans;

describe('writePlans', () => {
  it('writes values, formulas, formats, merges, outline, frozen header and print setup that survive a save', async () => {
    const wb = userWorkbook();
    const report = writePlans(wb, plans);
    // A budget alone gets the Ringkasan's budget part too.
    expect(report.sheets.map((s) => s.sheet)).toEqual(['Tabel 3.8', 'Tabel 3.10', 'Ringkasan', 'Catatan Pemeriksaan']);
    // Excel recalculates on open (ExcelJS writes calcPr fullCalcOnLoad but does not read it back).
    expect(wb.calcProperties.fullCalcOnLoad).toBe(true);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('Tabel 3.8')!;
    const plan = plans[0];
    const progRow = plan.cells.findIndex((r) => r?.[1]?.value === 'PROGRAM A');
    const keg = ws.getCell(progRow + 2, 3);
    expect(keg.value).toBe(100);
    expect(keg.numFmt).toBe('#,##0');
    const prog = ws.getCell(progRow + 1, 3);
    expect(prog.formula).toBe(plan.cells[progRow]![2]!.formula);
    expect(ws.getCell(progRow + 1, 5).numFmt).toBe('0.00%');
    expect(ws.getRow(progRow + 2).outlineLevel).toBe(1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: plan.freeze.rows });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${plan.print.titleRows![0]}:${plan.print.titleRows![1]}`);
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('A1').value).toBe('Tabel 3.8');
  });

  it('writes the outline of a sheet with more rows than a call takes arguments (a regency budget)', async () => {
    const wb = userWorkbook();
    const long = { ...plans[0], outline: plans[0].outline.concat(new Array<number>(300_000).fill(0)) };
    expect(() => writePlans(wb, [long])).not.toThrow();
    expect(wb.getWorksheet('Tabel 3.8')!.properties.outlineLevelRow).toBe(2);
  });

  it('gives cells of one look one shared style, and a merge its first cell\'s style throughout', async () => {
    const plan: SheetPlan = {
      ...plans[0],
      table: '3.7',
      name: 'Gabungan',
      cells: [
        [{ value: 'Sasaran', style: 'program' }, { formula: 'B2', numberFormat: '0.00%', style: 'program' }],
        [{ value: 'Sasaran lain', style: 'program' }, { style: 'program' }],
        [{ value: 'Kegiatan', style: 'kegiatan' }, { value: 0.5, numberFormat: '0.00%', style: 'kegiatan' }],
      ],
      merges: [{ top: 0, left: 1, bottom: 1, right: 1 }],
      outline: [0, 0, 0],
      excelTables: undefined,
      validations: undefined,
      charts: undefined,
      rowHeights: undefined,
    };
    const wb = new ExcelJS.Workbook();
    writePlans(wb, [plan]);
    const ws = wb.getWorksheet('Gabungan')!;
    expect(ws.getCell('A1').style).toBe(ws.getCell('A2').style);
    expect(ws.getCell('A1').style).not.toBe(ws.getCell('A3').style);
    const back = (await roundTrip(wb)).getWorksheet('Gabungan')!;
    for (const address of ['B1', 'B2']) {
      // The merged percentage keeps its format and right alignment (the cell under it once reset them).
      expect(back.getCell(address).numFmt).toBe('0.00%');
      expect(back.getCell(address).alignment).toMatchObject({ horizontal: 'right', vertical: 'top' });
      expect(back.getCell(address).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    }
    expect(back.getCell('B3').alignment).toMatchObject({ horizontal: 'right' });
    expect(back.getCell('A3').alignment).toMatchObject({ horizontal: 'center' });
  });

  it('keeps a name that looks like a formula as text', async () => {
    const back = await roundTrip((() => { const wb = userWorkbook(); writePlans(wb, plans); return wb; })());
    const ws = back.getWorksheet('Tabel 3.8')!;
    let found: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((c) => { if (c.value === '=HYPERLINK("http://contoh","x")') found = c; }));
    expect(found?.type).toBe(ExcelJS.ValueType.String);
  });

  it('marks each generated sheet with a defined name SAKIP_<id> pointing at its A1', async () => {
    const wb = userWorkbook();
    writePlans(wb, plans);
    const back = await roundTrip(wb);
    expect(definedName(back, ownerMarkName('3.8'))).toEqual(["'Tabel 3.8'!$A$1"]);
    expect(definedName(back, ownerMarkName('catatan'))).toEqual(["'Catatan Pemeriksaan'!$A$1"]);
  });

  it('links each finding to its cell', async () => {
    const wb = userWorkbook();
    writePlans(wb, plans);
    const ws = (await roundTrip(wb)).getWorksheet('Catatan Pemeriksaan')!;
    let link: ExcelJS.CellHyperlinkValue | undefined;
    ws.eachRow((row) => row.eachCell((c) => { if (c.type === ExcelJS.ValueType.Hyperlink) link = c.value as ExcelJS.CellHyperlinkValue; }));
    expect(link).toEqual({ text: 'C5', hyperlink: "#'Anggaran'!C5" });
  });

  it('gives the new sheet a free name when a user sheet has the wanted one, and leaves the user sheet alone', async () => {
    const wb = userWorkbook();
    const mine = wb.addWorksheet('Tabel 3.8');
    mine.getCell('A1').value = 'catatan saya';
    const before = cellsOf(mine);
    const report = writePlans(wb, plans);
    expect(report.sheets[0]).toEqual({ table: '3.8', sheet: 'Tabel 3.8 (2)', replaced: false, wantedName: 'Tabel 3.8' });
    const back = await roundTrip(wb);
    expect(cellsOf(back.getWorksheet('Tabel 3.8')!)).toEqual(before);
    expect(definedName(back, ownerMarkName('3.8'))).toEqual(["'Tabel 3.8 (2)'!$A$1"]);
  });

  it('replaces its own sheets in place when run again: the same workbook as running once, no duplicates', async () => {
    const once = userWorkbook();
    once.addWorksheet('Lampiran');
    writePlans(once, plans);
    const onceBack = await roundTrip(once);
    const twice = await roundTrip(once);
    const report = writePlans(twice, plans);
    expect(report.sheets.every((s) => s.replaced)).toBe(true);
    const twiceBack = await roundTrip(twice);
    expect(twiceBack.worksheets.map((w) => w.name)).toEqual(onceBack.worksheets.map((w) => w.name));
    for (const ws of onceBack.worksheets) expect(cellsOf(twiceBack.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
    expect((twiceBack.definedNames as unknown as { model: unknown[] }).model).toHaveLength(4);
  });

  it('keeps a generated sheet’s position among the user’s sheets when it is replaced', async () => {
    const wb = userWorkbook();
    writePlans(wb, plans.slice(0, 1));
    wb.addWorksheet('Sesudah');
    const back = await roundTrip(wb);
    writePlans(back, plans.slice(0, 1));
    const again = await roundTrip(back);
    expect(again.worksheets.map((w) => w.name)).toEqual(['Anggaran', 'Kinerja', 'Tabel 3.8', 'Sesudah']);
  });

  it('leaves the user’s sheets unchanged: values, formulas and formats', async () => {
    const source = await roundTrip(userWorkbook());
    const before = source.worksheets.map((w) => [w.name, cellsOf(w)]);
    writePlans(source, plans);
    const after = await roundTrip(source);
    expect(before.map(([name]) => [name, cellsOf(after.getWorksheet(name as string)!)])).toEqual(before);
  });
});

describe('freeSheetName', () => {
  it('counts up past taken names, case-insensitively, within 31 characters', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('tabel 3.8');
    wb.addWorksheet('Tabel 3.8 (2)');
    expect(freeSheetName(wb, 'Tabel 3.8')).toBe('Tabel 3.8 (3)');
    expect(freeSheetName(wb, 'Tabel 3.9')).toBe('Tabel 3.9');
    wb.addWorksheet('A'.repeat(31));
    expect(freeSheetName(wb, 'A'.repeat(31))).toBe(`${'A'.repeat(27)} (2)`);
  });
});

describe('writeInputSheets', () => {
  it('writes input sheets without an owner mark and never over an existing sheet', async () => {
    const wb = userWorkbook();
    const input = { ...plans[0], name: 'Anggaran' };
    const fresh = { ...plans[0], name: 'SKM' };
    const { table: _a, ...inputPlan } = input;
    const { table: _b, ...freshPlan } = fresh;
    expect(writeInputSheets(wb, [inputPlan, freshPlan])).toEqual({ written: ['SKM'], skipped: ['Anggaran'] });
    const back = await roundTrip(wb);
    expect(back.getWorksheet('Anggaran')!.getCell('A1').value).toBe('REALISASI ANGGARAN');
    expect((back.definedNames as unknown as { model: unknown[] }).model).toHaveLength(0);
  });
});

describe('Excel tables and validations of a plan', () => {
  it('gives a template table a free name when a table on another sheet has its name', async () => {
    const wb = new ExcelJS.Workbook();
    const { table: _t, ...plan } = plans[0];
    const kinerja = {
      ...plan,
      name: 'Kinerja',
      cells: [[{ value: 'Uraian' }, { value: 'Polaritas' }], [{ value: 'Nilai SKM' }, { value: 'positif' }]],
      merges: [],
      excelTables: [{ name: 'Kinerja', range: { top: 0, left: 0, bottom: 1, right: 1 }, columns: ['Uraian', 'Polaritas'] }],
    };
    writeInputSheets(wb, [kinerja]);
    wb.getWorksheet('Kinerja')!.name = 'Kinerja 2024';
    expect(writeInputSheets(wb, [kinerja])).toEqual({ written: ['Kinerja'], skipped: [] });
    const back = await roundTrip(wb);
    const names = (sheet: string) =>
      (back.getWorksheet(sheet)!.getTables() as unknown as Array<{ table: { name: string } }>).map((t) => t.table.name);
    expect(names('Kinerja 2024')).toEqual(['Kinerja']);
    expect(names('Kinerja')).toEqual(['Kinerja_2']);
  });

  it('creates the Excel table over the planned cells and a drop-down list on the range', async () => {
    const wb = new ExcelJS.Workbook();
    const { table: _t, ...plan } = plans[0];
    writeInputSheets(wb, [{
      ...plan,
      name: 'Kinerja',
      cells: [[{ value: 'Uraian' }, { value: 'Polaritas' }], [{ value: 'Nilai SKM' }, { value: 'positif' }]],
      merges: [],
      excelTables: [{ name: 'Kinerja', range: { top: 0, left: 0, bottom: 1, right: 1 }, columns: ['Uraian', 'Polaritas'] }],
      validations: [{ range: { top: 1, left: 1, bottom: 1, right: 1 }, list: ['positif', 'negatif'] }],
    }]);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('Kinerja')!;
    const tables = ws.getTables() as unknown as Array<{ table: { name: string; tableRef?: string; ref?: string } }>;
    expect(tables.map((t) => t.table.name)).toEqual(['Kinerja']);
    expect(ws.getCell('A2').value).toBe('Nilai SKM');
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"positif,negatif"'] });
  });
});
