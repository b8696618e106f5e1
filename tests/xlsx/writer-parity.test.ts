/**
 * The same plans through both writers — the Office adapter into the recording fake of Excel, and the
 * package writer into an .xlsx — compared cell by cell and setting by setting (tests/support/
 * written-workbook.ts reads each side on its own terms). The look, the placement and the chart
 * description are decided once in core; this is what shows the two hosts carry them out alike, and a
 * drift on either side fails here (the last tests make one on purpose and see it reported).
 */
import { STYLE_LOOK } from '../../src/core/plan/look';
import { planTemplateSheets } from '../../src/core/plan/plan-template';
import type { SheetPlan } from '../../src/core/plan/sheet-plan';
import { applyPlans, applyTemplateSheets } from '../../src/excel/apply-plans';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { writeInputSheetsToPackage, writePlansToPackage } from '../../src/xlsx/write-package';
import { fakeContext, stateFromSnapshot, type FakeState } from '../excel/fake-excel';
import { seedTabel38Converted } from '../fixtures/budget-workbooks';
import { example, plansFor, TRICKY_PLAN } from '../fixtures/package-workbooks';
import { describeFake, describePackage, differences } from '../support/written-workbook';

// Whole workbooks through the engine and both writers, read back twice; generous on a shared machine.
jest.setTimeout(120_000);

const all = () => true;

async function excelOf(source: Uint8Array): Promise<FakeState> {
  return stateFromSnapshot(await readSnapshot(source, 'sumber.xlsx'));
}

/** Both writers on `source` with `plans`: the sheets each wrote (by name), and the two descriptions' differences. */
async function bothWriters(source: Uint8Array, plans: SheetPlan[]) {
  const state = await excelOf(source);
  const inExcel = await applyPlans(fakeContext(state), plans, { supported: all });
  const inFile = await writePlansToPackage(source, plans);
  const sheets = inExcel.written.map((w) => w.sheet);
  return {
    state,
    bytes: inFile.bytes,
    sheets,
    fileSheets: inFile.report.sheets.map((s) => s.sheet),
    differences: differences(describeFake(state, sheets), await describePackage(inFile.bytes, sheets)),
  };
}

describe('the Office adapter and the package writer, on the same plans', () => {
  let source: Uint8Array;
  let plans: SheetPlan[];
  beforeAll(async () => {
    source = example('contoh-kecamatan.xlsx');
    plans = await plansFor(source);
  });

  it('write every Bab III sheet of the example alike: cells, looks, layout, print setup, charts and names', async () => {
    const written = await bothWriters(source, plans);
    expect(written.sheets).toEqual(written.fileSheets);
    expect(written.sheets).toHaveLength(11);
    expect(written.differences).toEqual([]);
  });

  it('place and write alike over a user sheet with a wanted name, and over their own earlier sheets', async () => {
    const first = await writePlansToPackage(source, plans.filter((p) => p.table === '3.8' || p.table === 'ringkasan'));
    // A user sheet called "Tabel 3.9" beside the add-in's own sheets: 3.8 and the Ringkasan are replaced
    // in place, 3.9 goes to a free name.
    const withUserSheet = await writeInputSheetsToPackage(first.bytes, [
      { ...planTemplateSheets()[0], name: 'Tabel 3.9', excelTables: [] },
    ]);
    const again = plans.filter((p) => ['3.8', '3.9', 'ringkasan'].includes(p.table));
    const written = await bothWriters(withUserSheet.bytes, again);
    expect(written.sheets).toEqual(['Tabel 3.8', 'Tabel 3.9 (2)', 'Ringkasan']);
    expect(written.fileSheets).toEqual(written.sheets);
    expect(written.differences).toEqual([]);
  });

  it('write links, frozen columns, odd texts and numbers alike', async () => {
    // Not-a-number has no Excel value (the package writes #NUM!, Office.js cannot send it): left out.
    const tricky = { ...TRICKY_PLAN, cells: TRICKY_PLAN.cells.map((row) => row?.filter((c) => !Number.isNaN(c?.value))) };
    const written = await bothWriters(source, [tricky]);
    expect(written.differences).toEqual([]);
  });

  it('write the template’s input sheets alike: Excel tables, drop-down lists, a taken name left alone', async () => {
    const bytes = new Uint8Array(await seedTabel38Converted());
    const state = await excelOf(bytes);
    // A user sheet "Kinerja": that input sheet is not written by either.
    state.sheets[0].name = 'Kinerja';
    const inExcel = await applyTemplateSheets(fakeContext(state), planTemplateSheets(), { supported: all });
    const inFile = await writeInputSheetsToPackage(await withSheetRenamed(bytes, 'Kinerja'), planTemplateSheets());
    expect(inFile.report).toEqual(inExcel);
    expect(inExcel).toEqual({ written: ['Anggaran', 'SKM'], skipped: ['Kinerja'] });
    expect(
      differences(describeFake(state, inExcel.written), await describePackage(inFile.bytes, inExcel.written)),
    ).toEqual([]);
  });

  describe('fails when either side drifts', () => {
    it('reports a look changed for one writer only: every JUMLAH cell of the package differs', async () => {
      const fill = STYLE_LOOK.jumlah.fill;
      const state = await excelOf(source);
      const one = plans.filter((p) => p.table === '3.8');
      await applyPlans(fakeContext(state), one, { supported: all });
      let bytes: Uint8Array;
      try {
        STYLE_LOOK.jumlah.fill = 'FF0000';
        bytes = (await writePlansToPackage(source, one)).bytes;
      } finally {
        STYLE_LOOK.jumlah.fill = fill;
      }
      const found = differences(describeFake(state, ['Tabel 3.8']), await describePackage(bytes, ['Tabel 3.8']));
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((d) => / fill: Excel D9E1F2 · \.xlsx FF0000$/.test(d))).toBe(true);
    });

    it('reports what only Excel got: an outline group, a chart moved, a merge lost', async () => {
      const one = plans.filter((p) => p.table === 'ringkasan' || p.table === '3.8');
      const written = await bothWriters(source, one);
      expect(written.differences).toEqual([]);
      const t38 = written.state.sheets.find((s) => s.name === 'Tabel 3.8')!;
      const ringkasan = written.state.sheets.find((s) => s.name === 'Ringkasan')!;
      t38.rowGroups.pop();
      ringkasan.charts[0].position = { start: 'A1', end: 'B2' };
      ringkasan.merges.pop();
      const found = differences(
        describeFake(written.state, written.sheets),
        await describePackage(written.bytes, written.sheets),
      );
      expect(found.some((d) => d.startsWith('Tabel 3.8|row ') && d.includes(' outline: '))).toBe(true);
      expect(found.some((d) => d.startsWith('Ringkasan|chart 1: '))).toBe(true);
      expect(found.some((d) => d.startsWith('Ringkasan|merges: '))).toBe(true);
    });
  });
});

/** The workbook with its first sheet renamed `name` (as a user would), through its package. */
async function withSheetRenamed(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  zip.file('xl/workbook.xml', workbook.replace(/(<sheet\b[^>]*?\sname=")[^"]*"/, `$1${name}"`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
