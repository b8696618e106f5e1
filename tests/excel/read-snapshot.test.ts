import { readSnapshot } from '../../src/excel/read-snapshot';
import { cellAt } from '../../src/core/snapshot';
import { addSheet, fakeContext, newState, PAYLOAD_LIMIT, setCells } from './fake-excel';
import { addBudgetSheet } from './budget-sheet';

const all = () => true;

function workbook() {
  const state = newState('Laporan.xlsx');
  const sheet = addSheet(state, 'Bab III');
  setCells(sheet, 7, 1, [
    ['NO', 'KEGIATAN', 'PAGU ANGGARAN', 'REALISASI'],
    ['II', 'PROGRAM PENUNJANG', '=SUM(D11:D12)', 1961049864],
    ['1', 'Perencanaan', '4.186,950', '#N/A'],
  ]);
  sheet.cells.get('8,3')!.value = 2485143930;
  sheet.cells.get('8,3')!.numberFormat = '#,##0';
  sheet.merges.push({ top: 7, left: 1, bottom: 7, right: 2 });
  sheet.hiddenRows.add(8);
  sheet.hiddenColumns.add(3);
  const generated = addSheet(state, 'Tabel 3.8');
  setCells(generated, 0, 0, [['Tabel 3.8']]);
  state.names.set('SAKIP_3_8', { sheet: generated, rect: { top: 0, left: 0, bottom: 0, right: 0 } });
  state.names.set('Lain', { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } });
  state.tables.push({ name: 'Anggaran', sheet, rect: { top: 7, left: 1, bottom: 9, right: 4 } });
  addSheet(state, 'Kosong');
  return state;
}

describe('readSnapshot', () => {
  it('places cells at their sheet position with value, formula and number format', async () => {
    const snapshot = await readSnapshot(fakeContext(workbook()), { supported: all });
    expect(snapshot.name).toBe('Laporan.xlsx');
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Bab III', 'Tabel 3.8', 'Kosong']);
    const bab = snapshot.sheets[0];
    expect(bab.rows.slice(0, 7).every((r) => r === undefined)).toBe(true);
    expect(cellAt(bab, 7, 1)).toEqual({ value: 'NO' });
    expect(cellAt(bab, 8, 3)).toEqual({ value: 2485143930, formula: 'SUM(D11:D12)', numberFormat: '#,##0' });
    expect(cellAt(bab, 9, 3)).toEqual({ value: '4.186,950' });
    expect(cellAt(bab, 9, 4)).toEqual({ value: { error: '#N/A' } });
    expect(cellAt(bab, 7, 0)).toBeUndefined();
  });

  it('reads merges, hidden rows and columns, owner marks and Excel tables', async () => {
    const snapshot = await readSnapshot(fakeContext(workbook()), { supported: all });
    const [bab, generated, empty] = snapshot.sheets;
    expect(bab.merges).toEqual([{ top: 7, left: 1, bottom: 7, right: 2 }]);
    expect([...bab.hiddenRows]).toEqual([8]);
    expect([...bab.hiddenColumns]).toEqual([3]);
    expect(bab.tables).toEqual([{ name: 'Anggaran', range: { top: 7, left: 1, bottom: 9, right: 4 } }]);
    expect(bab.ownerMark).toBeUndefined();
    expect(generated.ownerMark).toBe('3.8');
    expect(empty.rows).toEqual([]);
    expect(empty.merges).toEqual([]);
  });

  it('takes two round trips, and loads nothing it does not need', async () => {
    const state = workbook();
    await readSnapshot(fakeContext(state), { supported: all });
    expect(state.syncs).toHaveLength(2);
    expect([...state.loadedProperties].sort()).toEqual(
      [
        'address',
        'cellAddresses',
        'formulas',
        'items/formula',
        'items/name',
        'name',
        'numberFormat',
        'values',
      ].sort(),
    );
  });

  it('skips merged areas where ExcelApi 1.13 is missing', async () => {
    const snapshot = await readSnapshot(fakeContext(workbook()), { supported: (v) => v !== '1.13' });
    expect(snapshot.sheets[0].merges).toEqual([]);
    expect(cellAt(snapshot.sheets[0], 7, 1)).toEqual({ value: 'NO' });
  });

  it('reads a 100-row and a 10 000-row budget sheet in the same two round trips', async () => {
    const small = newState();
    const large = newState();
    expect(addBudgetSheet(small, { programs: 1, kegiatan: 3, sub: 4, rekening: 6 })).toBeLessThan(100);
    expect(addBudgetSheet(large, { programs: 4, kegiatan: 10, sub: 10, rekening: 24 })).toBeGreaterThan(
      10_000,
    );
    const a = await readSnapshot(fakeContext(small), { supported: all });
    const b = await readSnapshot(fakeContext(large), { supported: all });
    expect(small.syncs).toHaveLength(2);
    expect(large.syncs).toHaveLength(2);
    expect(a.sheets[0].rows.length).toBeLessThan(110);
    expect(b.sheets[0].rows.length).toBeGreaterThan(10_000);
    for (const s of large.syncs) expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
  });

  it('falls back to row pieces when the answer would pass the payload limit, giving the same snapshot', async () => {
    // A lowered limit stands in for 5 MB, so a 2 000-row sheet plays the part of a 50 000-row one.
    const shape = { programs: 2, kegiatan: 5, sub: 5, rekening: 36 };
    const roomy = newState();
    addBudgetSheet(roomy, shape);
    const whole = await readSnapshot(fakeContext(roomy), { supported: all });
    expect(roomy.syncs).toHaveLength(2);
    const tight = newState();
    addBudgetSheet(tight, shape);
    tight.payloadLimit = 100_000;
    const snapshot = await readSnapshot(fakeContext(tight), { supported: all, cellsPerPiece: 1_500 });
    expect(snapshot).toEqual(whole);
    expect(tight.syncs[1].responseBytes).toBeGreaterThan(tight.payloadLimit);
    const pieces = tight.syncs.slice(3);
    expect(pieces.length).toBeGreaterThan(2);
    for (const s of pieces) expect(s.responseBytes).toBeLessThan(tight.payloadLimit);
  });

  it('halves the pieces when long texts still make a piece\'s answer too large', async () => {
    // 1 500 cells per piece fit the lowered limit for the budget sheet's short texts above; with long
    // names the same pieces are refused, and the reader must cut them down rather than give up.
    const shape = { programs: 2, kegiatan: 5, sub: 5, rekening: 36 };
    const roomy = newState();
    addBudgetSheet(roomy, shape);
    const sheet = roomy.sheets[0];
    const long = (r: number) => `Belanja ${'dengan uraian yang panjang sekali '.repeat(6)}${r}`;
    for (let r = 5; r < 2_000; r++) setCells(sheet, r, 1, [[long(r)]]);
    const whole = await readSnapshot(fakeContext(roomy), { supported: all });
    const tight = newState();
    addBudgetSheet(tight, shape);
    for (let r = 5; r < 2_000; r++) setCells(tight.sheets[0], r, 1, [[long(r)]]);
    tight.payloadLimit = 100_000;
    const snapshot = await readSnapshot(fakeContext(tight), { supported: all, cellsPerPiece: 1_500 });
    expect(snapshot).toEqual(whole);
    const refused = tight.syncs.filter((s) => s.responseBytes > tight.payloadLimit);
    expect(refused.length).toBeGreaterThan(1);
    // Syncs 0–2: names, the refused whole load, the used ranges without cells; the pieces follow.
    const answered = tight.syncs.slice(3).filter((s) => s.responseBytes <= tight.payloadLimit);
    expect(answered.length).toBeGreaterThan(2);
  });

  it('reports cell-edit mode as such', async () => {
    const state = workbook();
    state.failWith = 'InvalidOperationInCellEditMode';
    await expect(readSnapshot(fakeContext(state), { supported: all })).rejects.toMatchObject({
      kind: 'cell-edit',
    });
  });

  it('refuses to start without ExcelApi 1.7', async () => {
    await expect(readSnapshot(fakeContext(workbook()), { supported: () => false })).rejects.toMatchObject({
      kind: 'api-missing',
    });
  });
});

describe('the fake itself', () => {
  it('refuses a table name another sheet’s table or a defined name has, and names that are cell references', async () => {
    const state = newState();
    const a = addSheet(state, 'Anggaran 2024');
    addSheet(state, 'Anggaran');
    state.tables.push({ name: 'Anggaran', sheet: a, rect: { top: 0, left: 0, bottom: 1, right: 1 } });
    state.names.set('Rekap', { sheet: a, rect: { top: 0, left: 0, bottom: 0, right: 0 } });
    for (const [name, code] of [
      ['ANGGARAN', 'InvalidArgument'],
      ['rekap', 'InvalidArgument'],
      ['SKM2', 'InvalidArgument'],
      ['R1C1', 'InvalidArgument'],
      ['Anggaran 2', 'InvalidArgument'],
    ]) {
      const context = fakeContext(state);
      context.workbook.worksheets.getItem('Anggaran').tables.add('A1:B2', true).name = name;
      await expect(context.sync()).rejects.toMatchObject({ code });
    }
    const context = fakeContext(state);
    context.workbook.worksheets.getItem('Anggaran').tables.add('A1:B2', true).name = 'SKM_2';
    await context.sync();
    // Each refused name leaves the table Excel added before it (actions before a failing one stay done).
    expect(state.tables.map((t) => t.name)).toEqual(['Anggaran', 'Table1', 'Table2', 'Table3', 'Table4', 'Table5', 'SKM_2']);
  });

  it('throws when a property is read before load and sync, as Excel does', async () => {
    const state = workbook();
    const context = fakeContext(state);
    const range = context.workbook.worksheets.getItem('Bab III').getRange('B8').load('values');
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([['NO']]);
    expect(() => range.formulas).toThrow(/not available/);
  });
});
