import { applyPlans, applyTemplateSheets, cellInput, outlineGroups } from '../../src/excel/apply-plans';
import { ExcelAdapterError } from '../../src/excel/errors';
import type { SheetPlan } from '../../src/core/plan/sheet-plan';
import {
  addSheet,
  fakeContext,
  getCell,
  newState,
  setCells,
  sheetNamed,
  sheetNames,
  type FakeState,
} from './fake-excel';
import { differencesFromPlan } from './plan-matchers';
import { planRingkasan } from '../../src/core/plan/plan-ringkasan';
import { planTabel36 } from '../../src/core/plan/plan-tabel-36';
import { planTabel38 } from '../../src/core/plan/plan-tabel-38';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { budgetTable, indicatorTable } from '../core/plan/builders';

const all = () => true;

/** A small Tabel 3.8-like plan with every kind of thing a plan holds. */
function smallPlan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    table: '3.8',
    name: 'Tabel 3.8',
    cells: [
      [{ value: 'Tabel 3.8 Capaian Anggaran Program dan Kegiatan', style: 'judul' }],
      undefined,
      [
        { value: 'No', style: 'header' },
        { value: 'Program/Kegiatan', style: 'header' },
        { value: 'Pagu', style: 'header' },
        { value: 'Realisasi', style: 'header' },
        { value: 'Capaian', style: 'header' },
      ],
      [
        { value: 'I', style: 'program' },
        { value: 'Program Penunjang', style: 'program' },
        { formula: 'SUM(C5:C6)', numberFormat: '#,##0', style: 'program' },
        { formula: 'SUM(D5:D6)', numberFormat: '#,##0', style: 'program' },
        { formula: 'IFERROR(D4/C4,"")', numberFormat: '0.00%', style: 'program' },
      ],
      [
        { value: '1.1', style: 'kegiatan' },
        { value: '=bukan rumus', style: 'kegiatan' },
        { value: 2399800, numberFormat: '#,##0', style: 'kegiatan' },
        { value: 2399000, numberFormat: '#,##0', style: 'kegiatan' },
        { formula: 'IFERROR(D5/C5,"")', numberFormat: '0.00%', style: 'kegiatan' },
      ],
      [
        { value: '-', style: 'rekening' },
        { value: '(1)', style: 'rekening' },
        { value: 487450, numberFormat: '#,##0', style: 'rekening' },
        { value: 486000, numberFormat: '#,##0', style: 'rekening' },
        { value: 'TRUE', style: 'rekening', link: { sheet: 'Data Saya', cell: 'D12' } },
      ],
    ],
    columnWidths: [6, 50, 16, 16, 10],
    merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    outline: [0, 0, 0, 0, 1, 2],
    freeze: { rows: 3, columns: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, titleRows: [3, 3] },
    notes: [],
    ...overrides,
  };
}

function stateWithUserSheet(): FakeState {
  const state = newState();
  const data = addSheet(state, 'Data Saya');
  setCells(data, 0, 0, [['isi pengguna']]);
  return state;
}

describe('cellInput', () => {
  it('keeps text Excel would parse as text, with the apostrophe prefix', () => {
    expect(cellInput({ value: '1.1' })).toBe("'1.1");
    expect(cellInput({ value: '(1)' })).toBe("'(1)");
    expect(cellInput({ value: '=x' })).toBe("'=x");
    expect(cellInput({ value: '-' })).toBe("'-");
    expect(cellInput({ value: 'TRUE' })).toBe("'TRUE");
    expect(cellInput({ value: 'Program Penunjang' })).toBe('Program Penunjang');
  });
  it('keeps text in scientific notation as text (a kode such as 1E5 or 2e3)', () => {
    expect(cellInput({ value: '1E5' })).toBe("'1E5");
    expect(cellInput({ value: '2e3' })).toBe("'2e3");
    expect(cellInput({ value: '1,5E-3' })).toBe("'1,5E-3");
    expect(cellInput({ value: 'E5' })).toBe('E5');
    expect(cellInput({ value: '1E5 Unit' })).toBe('1E5 Unit');
  });
  it('writes formulas with = and numbers as numbers; empty cells as empty strings', () => {
    expect(cellInput({ formula: 'SUM(A1:A2)' })).toBe('=SUM(A1:A2)');
    expect(cellInput({ value: 0.9997 })).toBe(0.9997);
    expect(cellInput(undefined)).toBe('');
    expect(cellInput({ value: null })).toBe('');
  });
});

describe('outlineGroups', () => {
  it('groups runs per level, outer levels first', () => {
    expect(outlineGroups([0, 1, 2, 2, 1, 0])).toEqual([
      [1, 4],
      [2, 3],
    ]);
    expect(outlineGroups([1, 1, 0, 1])).toEqual([
      [0, 1],
      [3, 3],
    ]);
    expect(outlineGroups([])).toEqual([]);
  });
});

describe('applyPlans', () => {
  it('writes values, formulas and number formats exactly as planned, text staying text', async () => {
    const state = stateWithUserSheet();
    const plan = smallPlan();
    const report = await applyPlans(fakeContext(state), [plan], { supported: all });
    const sheet = sheetNamed(state, 'Tabel 3.8')!;
    expect(differencesFromPlan(sheet, plan)).toEqual([]);
    expect(getCell(sheet, 4, 0)?.value).toBe('1.1');
    expect(getCell(sheet, 4, 1)?.formula).toBeUndefined();
    expect(report.written).toEqual([
      { table: '3.8', sheet: 'Tabel 3.8', wanted: 'Tabel 3.8', rows: 6, columns: 5, replaced: false },
    ]);
  });

  it('writes styles, merges, widths, outline, freeze, print setup, links and the owner mark', async () => {
    const state = stateWithUserSheet();
    await applyPlans(fakeContext(state), [smallPlan()], { supported: all });
    const sheet = sheetNamed(state, 'Tabel 3.8')!;
    expect(getCell(sheet, 2, 3)?.format).toMatchObject({
      'font.bold': true,
      'fill.color': '#D9E1F2',
      'border.top.style': 'Continuous',
      'border.top.color': '#808080',
    });
    expect(getCell(sheet, 5, 0)?.format?.['font.bold']).toBeUndefined();
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(sheet.columnWidths.get(1)).toBeCloseTo((50 * 7 + 5) * 0.75);
    expect(sheet.rowGroups).toEqual([
      [4, 5],
      [5, 5],
    ]);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      printTitleRows: '$3:$3',
    });
    expect(getCell(sheet, 5, 4)?.hyperlink).toEqual({
      documentReference: "'Data Saya'!D12",
      textToDisplay: 'TRUE',
    });
    expect(state.names.get('SAKIP_3_8')).toMatchObject({
      sheet,
      rect: { top: 0, left: 0, bottom: 0, right: 0 },
    });
    expect(sheetNames(state)).toEqual(['Data Saya', 'Tabel 3.8']);
    expect(state.active).toBe(sheet);
  });

  it('puts a planned page break above its row (PageBreakCollection.add: above the range’s top-left cell)', async () => {
    const state = stateWithUserSheet();
    const plan = smallPlan();
    await applyPlans(fakeContext(state), [{ ...plan, print: { ...plan.print, rowBreaks: [4] } }], { supported: all });
    expect(sheetNamed(state, 'Tabel 3.8')!.rowBreaks).toEqual([4]);
  });

  it('draws each planned chart with every series bound to its own range, the categories, title and place', async () => {
    const state = stateWithUserSheet();
    const chart = {
      kind: 'bar-clustered' as const,
      title: 'Pagu dan Realisasi per Program',
      valueFormat: '#,##0',
      valueMin: 0,
      categoriesTopDown: true,
      categories: { top: 3, left: 1, bottom: 4, right: 1 },
      series: [
        { name: 'Pagu', values: { top: 3, left: 2, bottom: 4, right: 2 } },
        { name: 'Realisasi', values: { top: 3, left: 3, bottom: 4, right: 3 } },
      ],
      anchor: { top: 1, left: 6, bottom: 18, right: 12 },
      preview: { categories: ['a', 'b'], series: [], percent: false },
    };
    // Pagu's first cell holds a formula not calculated yet: Excel may take it for a header when it adds
    // the chart over that column, so the first series too is bound to its range explicitly.
    await applyPlans(fakeContext(state), [smallPlan({ charts: [chart], rowHeights: [undefined, 30] })], { supported: all });
    const sheet = sheetNamed(state, 'Tabel 3.8')!;
    expect(sheet.charts).toEqual([
      {
        type: 'BarClustered',
        title: 'Pagu dan Realisasi per Program',
        series: [
          { name: 'Pagu', values: 'C4:C5', xValues: 'B4:B5', color: '#4472C4' },
          { name: 'Realisasi', values: 'D4:D5', xValues: 'B4:B5', color: '#ED7D31' },
        ],
        // Programs from the top, the value axis kept below the bars, from 0, in Rupiah.
        axes: {
          category: { reversePlotOrder: true, position: 'Maximum' },
          value: { minimum: 0, numberFormat: '#,##0' },
        },
        legend: { position: 'Bottom' },
        position: { start: 'G2', end: 'M19' },
      },
    ]);
    expect(sheet.rowHeights.get(1)).toBe(30);
  });

  it('suspends calculation for every write batch, and screen updating once, as the docs advise', async () => {
    const state = stateWithUserSheet();
    const rows = Array.from({ length: 2_000 }, (_, r) => [{ value: `Uraian ${r + 1}` }, { value: r }]);
    const plan = smallPlan({ cells: rows, merges: [], outline: rows.map(() => 0) });
    const report = await applyPlans(fakeContext(state), [plan], { supported: all, maxBatchBytes: 20_000 });
    expect(report.batches).toBeGreaterThan(2);
    const [read, ...writes] = state.syncs;
    expect(read.calculationSuspended).toBe(false);
    for (const w of writes) expect(w.calculationSuspended).toBe(true);
    expect(writes.map((w) => w.screenUpdatingSuspended)).toEqual(writes.map((_w, i) => i === 0));
    expect(state.screenUpdatingSuspensions).toBe(1);
  });

  it('replaces the sheet it made before, keeping one sheet and one owner mark', async () => {
    const state = stateWithUserSheet();
    await applyPlans(fakeContext(state), [smallPlan()], { supported: all });
    const second = smallPlan({ cells: [[{ value: 'baru' }]], merges: [], outline: [0] });
    const report = await applyPlans(fakeContext(state), [second], { supported: all });
    expect(sheetNames(state)).toEqual(['Data Saya', 'Tabel 3.8']);
    expect(getCell(sheetNamed(state, 'Tabel 3.8')!, 0, 0)?.value).toBe('baru');
    expect(state.names.get('SAKIP_3_8')?.sheet).toBe(sheetNamed(state, 'Tabel 3.8'));
    expect(report.written[0].replaced).toBe(true);
  });

  it('keeps the name the user gave a generated sheet when regenerating it', async () => {
    const state = stateWithUserSheet();
    await applyPlans(fakeContext(state), [smallPlan()], { supported: all });
    sheetNamed(state, 'Tabel 3.8')!.name = 'Anggaran 2023';
    const report = await applyPlans(fakeContext(state), [smallPlan()], { supported: all });
    expect(sheetNames(state)).toEqual(['Data Saya', 'Anggaran 2023']);
    expect(report.written[0]).toMatchObject({
      sheet: 'Anggaran 2023',
      wanted: 'Anggaran 2023',
      replaced: true,
    });
  });

  it('puts a regenerated sheet where the old one was', async () => {
    const state = stateWithUserSheet();
    await applyPlans(fakeContext(state), [smallPlan()], { supported: all });
    addSheet(state, 'Catatan Saya');
    await applyPlans(fakeContext(state), [smallPlan()], { supported: all });
    expect(sheetNames(state)).toEqual(['Data Saya', 'Tabel 3.8', 'Catatan Saya']);
  });

  it('leaves a user sheet with the wanted name alone and writes under a free name', async () => {
    const state = newState();
    const mine = addSheet(state, 'Tabel 3.8');
    setCells(mine, 0, 0, [['tabel saya sendiri']]);
    const report = await applyPlans(fakeContext(state), [smallPlan()], { supported: all });
    expect(getCell(sheetNamed(state, 'Tabel 3.8')!, 0, 0)?.value).toBe('tabel saya sendiri');
    expect(report.written[0]).toMatchObject({ sheet: 'Tabel 3.8 (2)', wanted: 'Tabel 3.8' });
    expect(state.names.get('SAKIP_3_8')?.sheet).toBe(sheetNamed(state, 'Tabel 3.8 (2)'));
  });

  it('writes a plan larger than one request in several batches, each under the limit', async () => {
    // A lowered limit stands in for 5 MB, so 5 000 rows play the part of 50 000.
    const state = stateWithUserSheet();
    state.payloadLimit = 500_000;
    const rows = Array.from({ length: 5_000 }, (_, r) => [
      { value: `${r + 1})`, style: 'rekening' as const },
      {
        value: `Belanja Alat/Bahan untuk Kegiatan Kantor nomor ${r + 1} dengan uraian yang cukup panjang`,
        style: 'rekening' as const,
      },
      { value: 1_000_000 + r, numberFormat: '#,##0' },
      { value: 999_000 + r, numberFormat: '#,##0' },
      { formula: `IFERROR(D${r + 1}/C${r + 1},"")`, numberFormat: '0.00%' },
    ]);
    const plan = smallPlan({ cells: rows, merges: [], outline: rows.map(() => 0) });
    const progress: Array<[number, number]> = [];
    const report = await applyPlans(fakeContext(state), [plan], {
      supported: all,
      maxBatchBytes: 450_000,
      onProgress: (p) => progress.push([p.done, p.total]),
    });
    expect(report.batches).toBeGreaterThan(1);
    expect(state.syncs).toHaveLength(1 + report.batches);
    for (const s of state.syncs) expect(s.requestBytes).toBeLessThan(state.payloadLimit);
    expect(differencesFromPlan(sheetNamed(state, 'Tabel 3.8')!, plan)).toEqual([]);
    expect(progress[0]).toEqual([0, report.batches]);
    expect(progress[progress.length - 1]).toEqual([report.batches, report.batches]);
  });

  it('keeps requests under the limit when every row has its own style (the levels of Tabel 3.8)', async () => {
    // Each row is its own styled area, so each style's multi-area addresses are long, and every property
    // of the style (font, fill, each border edge) is an action of its own: a batch of style actions
    // weighs far more than its addresses. A limit lowered further makes the style actions fill batches.
    const state = stateWithUserSheet();
    state.payloadLimit = 60_000;
    const levels = ['program', 'kegiatan', 'subkegiatan', 'rekening'] as const;
    const rows = Array.from({ length: 5_000 }, (_, r) => {
      const style = levels[r % 4];
      return [
        { value: `${r + 1}`, style },
        { value: `Uraian ${r + 1}`, style },
        { value: 1_000_000 + r, numberFormat: '#,##0', style },
      ];
    });
    const plan = smallPlan({ cells: rows, merges: [], outline: rows.map(() => 0) });
    const report = await applyPlans(fakeContext(state), [plan], { supported: all, maxBatchBytes: 54_000 });
    for (const s of state.syncs) expect(s.requestBytes).toBeLessThan(state.payloadLimit);
    expect(state.syncs).toHaveLength(1 + report.batches);
    expect(differencesFromPlan(sheetNamed(state, 'Tabel 3.8')!, plan)).toEqual([]);
  });

  it('keeps requests under the limit when a plan is mostly small actions (a link per finding)', async () => {
    // Each link is an object path and an action of its own: ~290 bytes of request for a few of payload.
    const state = stateWithUserSheet();
    state.payloadLimit = 200_000;
    const rows = Array.from({ length: 3_000 }, (_, r) => [
      { value: `C${r + 5}`, link: { sheet: 'Anggaran', cell: `C${r + 5}` }, style: 'teks' as const },
      { value: 'Pagu program tidak sama dengan jumlah kegiatannya', style: 'teks' as const },
    ]);
    const plan = smallPlan({ table: 'catatan', name: 'Catatan Pemeriksaan', cells: rows, merges: [], outline: [] });
    const report = await applyPlans(fakeContext(state), [plan], { supported: all, maxBatchBytes: 180_000 });
    expect(report.batches).toBeGreaterThan(3);
    for (const s of state.syncs) expect(s.requestBytes).toBeLessThan(state.payloadLimit);
  });

  it('writes the Ringkasan of a unit whose name has 300 characters, in sentence formulas Excel takes', async () => {
    const t = indicatorTable([
      { level: 'tujuan', name: 'Meningkatkan Pelayanan', indikator: 'Nilai IKM', target: '82 Nilai', realisasi: '81 Nilai' },
      { level: 'sasaran', name: 'Meningkatnya Mutu Layanan', indikator: 'Nilai SKM', target: '82 Nilai', realisasi: '81 Nilai' },
    ]);
    const budget = budgetTable([
      ['program', 'PROGRAM PELAYANAN', null, null],
      ['kegiatan', 'Koordinasi Kegiatan', 1_000_000, 900_000],
    ]);
    const unit = `Dinas ${'Penanaman Modal dan Pelayanan Terpadu Satu Pintu '.repeat(7)}`.slice(0, 300);
    const { layout } = planTabel36(t, [t], {});
    const ringkasan = planRingkasan({ indicators: t, layout36: layout }, budget, planTabel38(budget).layout, {
      settings: DEFAULT_SETTINGS,
      unit,
      tahun: 2023,
    }).plan;
    const state = stateWithUserSheet();
    await applyPlans(fakeContext(state), [ringkasan], { supported: all });
    expect(differencesFromPlan(sheetNamed(state, 'Ringkasan')!, ringkasan)).toEqual([]);
  });

  it('is refused by Excel (as the fake) for a text constant over 255 characters in a formula', async () => {
    const state = stateWithUserSheet();
    const plan = smallPlan({ cells: [[{ formula: `IF(A2="","${'x'.repeat(300)}","")` }]], merges: [], outline: [0] });
    await expect(applyPlans(fakeContext(state), [plan], { supported: all })).rejects.toMatchObject({
      kind: 'invalid',
      code: 'InvalidArgument',
    });
    expect(sheetNames(state)).toEqual(['Data Saya']);
  });

  it('refuses a formula over 8 192 characters before sending anything, naming its cell', async () => {
    const state = stateWithUserSheet();
    const long = Array.from({ length: 1_000 }, (_, i) => `A${i + 1}`).join('+');
    const plan = smallPlan({ cells: [[{ value: 'x' }, { formula: `SUM(${long},${long})` }]], merges: [], outline: [0] });
    await expect(applyPlans(fakeContext(state), [plan], { supported: all })).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('sel B1 di lembar "Tabel 3.8"'),
    });
    expect(state.syncs.filter((s) => s.actions > 0 && s.calculationSuspended)).toEqual([]);
  });

  it('reports a protected workbook structure and leaves no sheet behind', async () => {
    const state = stateWithUserSheet();
    state.structureProtected = true;
    const run = applyPlans(fakeContext(state), [smallPlan()], { supported: all });
    await expect(run).rejects.toBeInstanceOf(ExcelAdapterError);
    await expect(run).rejects.toMatchObject({ kind: 'protected' });
    expect(sheetNames(state)).toEqual(['Data Saya']);
  });

  it('removes the staging sheet when a write fails half-way, keeping the old generated sheet', async () => {
    const state = stateWithUserSheet();
    await applyPlans(fakeContext(state), [smallPlan()], { supported: all });
    const broken = smallPlan({
      merges: [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 0, left: 1, bottom: 1, right: 2 },
      ],
    });
    await expect(applyPlans(fakeContext(state), [broken], { supported: all })).rejects.toMatchObject({
      kind: 'office',
    });
    expect(sheetNames(state)).toEqual(['Data Saya', 'Tabel 3.8']);
    expect(state.names.get('SAKIP_3_8')?.sheet).toBe(sheetNamed(state, 'Tabel 3.8'));
  });

  it('reports cell-edit mode', async () => {
    const state = stateWithUserSheet();
    state.failWith = 'InvalidOperationInCellEditMode';
    await expect(applyPlans(fakeContext(state), [smallPlan()], { supported: all })).rejects.toMatchObject({
      kind: 'cell-edit',
    });
  });

  it('refuses to start without ExcelApi 1.7, before any round trip', async () => {
    const state = stateWithUserSheet();
    await expect(
      applyPlans(fakeContext(state), [smallPlan()], { supported: (v) => v < '1.7' }),
    ).rejects.toMatchObject({ kind: 'api-missing' });
    expect(state.syncs).toHaveLength(0);
  });

  it('skips outline and print setup where ExcelApi 1.9/1.10 are missing, still writing the cells', async () => {
    const state = stateWithUserSheet();
    const plan = smallPlan();
    await applyPlans(fakeContext(state), [plan], { supported: (v) => Number(v.split('.')[1]) <= 8 });
    const sheet = sheetNamed(state, 'Tabel 3.8')!;
    expect(differencesFromPlan(sheet, plan)).toEqual([]);
    expect(sheet.rowGroups).toEqual([]);
    expect(sheet.pageLayout).toEqual({});
    expect(getCell(sheet, 2, 0)?.format?.['font.bold']).toBe(true);
  });
});

describe('applyTemplateSheets', () => {
  const template = (name: string): Omit<SheetPlan, 'table'> => ({
    name,
    cells: [
      [
        { value: 'Kode', style: 'header' },
        { value: 'Level', style: 'header' },
      ],
      [{ value: '7.01.01' }, { value: 'program' }],
    ],
    columnWidths: [20, 13],
    merges: [],
    outline: [0, 0],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
    notes: [],
    excelTables: [{ name, range: { top: 0, left: 0, bottom: 1, right: 1 }, columns: ['Kode', 'Level'] }],
    validations: [{ range: { top: 1, left: 1, bottom: 1000, right: 1 }, list: ['program', 'kegiatan'] }],
  });

  it('creates input sheets as Excel tables with drop-down lists and no owner mark', async () => {
    const state = stateWithUserSheet();
    const report = await applyTemplateSheets(
      fakeContext(state),
      [template('Anggaran'), template('Kinerja')],
      { supported: all },
    );
    expect(report).toEqual({ written: ['Anggaran', 'Kinerja'], skipped: [] });
    const sheet = sheetNamed(state, 'Anggaran')!;
    expect(getCell(sheet, 1, 0)?.value).toBe('7.01.01');
    expect(state.tables.map((t) => [t.name, t.sheet.name, t.rect])).toEqual([
      ['Anggaran', 'Anggaran', { top: 0, left: 0, bottom: 1, right: 1 }],
      ['Kinerja', 'Kinerja', { top: 0, left: 0, bottom: 1, right: 1 }],
    ]);
    expect(sheet.validations).toEqual([
      {
        rect: { top: 1, left: 1, bottom: 1000, right: 1 },
        rule: { list: { inCellDropDown: true, source: 'program,kegiatan' } },
      },
    ]);
    expect(state.names.size).toBe(0);
  });

  it('creates the template again beside the sheets the user renamed, its tables under free names', async () => {
    // The first template's sheets were renamed; their tables keep the names Anggaran and SKM, and table
    // names are unique across the whole workbook.
    const state = newState();
    await applyTemplateSheets(fakeContext(state), [template('Anggaran'), template('SKM')], { supported: all });
    sheetNamed(state, 'Anggaran')!.name = 'Anggaran 2024';
    sheetNamed(state, 'SKM')!.name = 'SKM 2024';
    const report = await applyTemplateSheets(fakeContext(state), [template('Anggaran'), template('SKM')], {
      supported: all,
    });
    expect(report).toEqual({ written: ['Anggaran', 'SKM'], skipped: [] });
    expect(state.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ['Anggaran', 'Anggaran 2024'],
      ['SKM', 'SKM 2024'],
      ['Anggaran_2', 'Anggaran'],
      ['SKM_2', 'SKM'],
    ]);
  });

  it('passes over a defined name the user gave the template’s table name', async () => {
    const state = stateWithUserSheet();
    state.names.set('Kinerja', { sheet: state.sheets[0], rect: { top: 0, left: 0, bottom: 0, right: 0 } });
    await applyTemplateSheets(fakeContext(state), [template('Kinerja')], { supported: all });
    expect(state.tables.map((t) => t.name)).toEqual(['Kinerja_2']);
  });

  it('never replaces a sheet that already has the name', async () => {
    const state = newState();
    setCells(addSheet(state, 'Anggaran'), 0, 0, [['data saya']]);
    const report = await applyTemplateSheets(fakeContext(state), [template('Anggaran'), template('SKM')], {
      supported: all,
    });
    expect(report).toEqual({ written: ['SKM'], skipped: ['Anggaran'] });
    expect(getCell(sheetNamed(state, 'Anggaran')!, 0, 0)?.value).toBe('data saya');
  });
});
