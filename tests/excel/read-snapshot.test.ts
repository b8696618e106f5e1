import { readSnapshot } from '../../src/excel/read-snapshot';
import { cellAt } from '../../src/core/snapshot';
import {
  addSheet,
  fakeContext,
  MERGED_AREAS_LIMIT,
  newState,
  PAYLOAD_LIMIT,
  READ_CELL_LIMIT,
  setCells,
  type FakeState,
} from './fake-excel';
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
    const snapshot = await readSnapshot(fakeContext(tight), { supported: all, answerBytes: 80_000 });
    expect(snapshot).toEqual(whole);
    expect(tight.syncs[1].responseBytes).toBeGreaterThan(tight.payloadLimit);
    const pieces = tight.syncs.slice(3);
    expect(pieces.length).toBeGreaterThan(2);
    for (const s of pieces) expect(s.responseBytes).toBeLessThan(tight.payloadLimit);
  });

  it('reads a batch again smaller when long texts make its answer larger than estimated', async () => {
    // The first batch is sized for some 50 bytes a cell, which the budget sheet's short texts above
    // fit; with names of 200 characters that batch is refused, and the reader must cut it down and
    // size the next ones on what it measured, rather than give up.
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
    const snapshot = await readSnapshot(fakeContext(tight), { supported: all, answerBytes: 80_000 });
    expect(snapshot).toEqual(whole);
    // Syncs 0–2: names, the refused whole load, the used ranges without cells; the pieces follow.
    const pieces = tight.syncs.slice(3);
    expect(pieces[0].responseBytes).toBeGreaterThan(tight.payloadLimit);
    const answered = pieces.filter((s) => s.responseBytes <= tight.payloadLimit);
    expect(answered.length).toBeGreaterThan(2);
    expect(pieces.length - answered.length).toBeLessThanOrEqual(2);
  });

  it('reads 2 000 merged areas of a sheet pasted from Word, which Excel refuses to answer at once', async () => {
    // One merge over B:C on every row: more than 512 in one request fail, so the sheet's 2 000 are read
    // in regions (2 000 rows → 1 000 → 500 per region, the last round answered).
    const state = newState();
    const sheet = addSheet(state, 'Dari Word');
    for (let r = 0; r < 2_000; r++) {
      setCells(sheet, r, 0, [[`${r + 1}`, `Uraian ${r + 1}`, null, 1_000 * (r + 1)]]);
      sheet.merges.push({ top: r, left: 1, bottom: r, right: 2 });
    }
    const snapshot = await readSnapshot(fakeContext(state), { supported: all });
    expect(snapshot.sheets[0].merges).toHaveLength(2_000);
    expect(snapshot.sheets[0].merges[1_999]).toEqual({ top: 1_999, left: 1, bottom: 1_999, right: 2 });
    expect(cellAt(snapshot.sheets[0], 1_999, 3)).toEqual({ value: 2_000_000 });
    // Names; everything (refused: the merges); everything but the merges; merges 1, 2 and 4 regions.
    expect(state.syncs).toHaveLength(6);
    expect(2_000 / 4).toBeLessThanOrEqual(MERGED_AREAS_LIMIT);
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

/**
 * A budget sheet of `lines` lines (kode, uraian, pagu) with a merged header over every 300th line, and
 * optionally a stray value far away. 300 000 lines are 900 000 cells of data.
 */
function bigSheet(lines: number, stray?: { row: number; col: number }): FakeState {
  const state = newState('Besar.xlsx');
  const sheet = addSheet(state, 'Rekening');
  for (let r = 0; r < lines; r++) {
    sheet.cells.set(`${r},0`, { value: `5.1.02.${String(r).padStart(6, '0')}` });
    sheet.cells.set(`${r},1`, { value: `Belanja ${r}` });
    sheet.cells.set(`${r},2`, { value: 1_000 + r, numberFormat: '#,##0' });
    if (r % 300 === 0) sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
  }
  if (stray) setCells(sheet, stray.row, stray.col, [['salah ketik']]);
  return state;
}

describe('readSnapshot on a sheet larger than Excel answers at once', () => {
  // The same sheet read in one sync where nothing limits the answer: what the reader must give back.
  const roomy = bigSheet(300_000);
  roomy.payloadLimit = Infinity;
  const whole = readSnapshot(fakeContext(roomy), { supported: all });

  it('reads a 300 000-row sheet with a stray value at XFD1048576 in 16 syncs, each answer under 5 MB', async () => {
    // The stray value makes the used range A1:XFD1048576, 17 billion cells: past Excel's 5 000 000.
    const state = bigSheet(300_000, { row: 1_048_575, col: 16_383 });
    const snapshot = await readSnapshot(fakeContext(state), { supported: all });
    const expected = (await whole).sheets[0];
    // Names; everything (refused: 1 000 merged areas); everything but them; merged areas in 1, then 2 regions.
    expect(roomy.syncs).toHaveLength(5);
    const sheet = snapshot.sheets[0];
    expect(cellAt(sheet, 1_048_575, 16_383)).toEqual({ value: 'salah ketik' });
    delete sheet.rows[1_048_575];
    expect(sheet.rows.length).toBe(1_048_576);
    sheet.rows.length = expected.rows.length;
    expect(sheet).toEqual(expected);
    expect(sheet.merges).toHaveLength(1_000);
    // 1 names; 1 everything, refused (RangeExceedsLimit); 1 the used ranges' addresses; 1 round of the
    // search (A1:C300000 and XFD1048576 apart); 10 batches of cells, the first sized on a guess of 50
    // bytes a cell (3 MB), the others on what was measured (4,2 MB), 40 MB in all; the merged areas
    // of both blocks, refused (1 000 in A1:C300000), then in three regions (A1:C150000, A150001:C300000).
    expect(state.syncs).toHaveLength(16);
    expect(state.syncs.filter((s) => s.responseBytes === 0).map((s) => state.syncs.indexOf(s))).toEqual([1, 14]);
    const answered = state.syncs.slice(4, 14).reduce((n, s) => n + s.responseBytes, 0);
    expect(answered).toBeGreaterThan(39e6);
    for (const s of state.syncs) {
      expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    }
  });

  it('reads it the same when Excel answers the read past 5 000 000 cells with null values instead', async () => {
    const state = bigSheet(30_000, { row: 0, col: 16_383 });
    state.largeRead = 'null';
    state.payloadLimit = Infinity;
    const snapshot = await readSnapshot(fakeContext(state), { supported: all });
    const sheet = snapshot.sheets[0];
    expect(cellAt(sheet, 0, 16_383)).toEqual({ value: 'salah ketik' });
    delete sheet.rows[0]![16_383];
    sheet.rows[0]!.length = 3;
    const expected = (await whole).sheets[0];
    expect(sheet.rows).toEqual(expected.rows.slice(0, 30_000));
    expect(sheet.merges).toEqual(expected.merges.slice(0, 100));
    // The null answer came from a used range of 30 000 × 16 384 cells.
    expect(30_000 * 16_384).toBeGreaterThan(READ_CELL_LIMIT);
  });

  it('names the sheet when its data is scattered so widely that reading it would not end', async () => {
    const state = newState();
    const sheet = addSheet(state, 'Acak');
    // One value every 4 096 rows and 1 024 columns: the parts holding data, with the empty cells
    // between, come to some 17 million cells.
    for (let r = 0; r < 1_048_576; r += 4_096)
      for (let c = 0; c < 16_384; c += 1_024) sheet.cells.set(`${r},${c}`, { value: 1 });
    await expect(readSnapshot(fakeContext(state), { supported: all })).rejects.toMatchObject({
      kind: 'too-large',
      message: expect.stringContaining('Lembar "Acak"'),
    });
  });
});

describe('the fake itself', () => {
  it('parses what Excel parses in a written value: scientific notation becomes a number', async () => {
    const state = newState();
    addSheet(state, 'A');
    const context = fakeContext(state);
    context.workbook.worksheets.getItem('A').getRange('A1:C1').formulas = [['1E5', "'2e3", 'E5']];
    await context.sync();
    expect([...state.sheets[0].cells.values()].map((c) => c.value)).toEqual([100_000, '2e3', 'E5']);
  });

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
