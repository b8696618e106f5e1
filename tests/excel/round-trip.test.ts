import { periksaWorkbook } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readSnapshot } from '../../src/excel/read-snapshot';
import { readSnapshot as readXlsxSnapshot } from '../../src/xlsx/read-snapshot';
import { loadXlsx } from '../../src/xlsx/read-workbook';
import {
  seedBudgetSipd,
  seedTabel38Converted,
  seedTabel38Pasted,
  tableAtG12,
} from '../fixtures/budget-workbooks';
import { fakeContext, stateFromSnapshot } from './fake-excel';

/**
 * The same workbooks through both adapters' readers: the .xlsx reader (the XML scanner `periksa` uses),
 * and the Office.js reader over the fake Excel. The fake is filled from ExcelJS's reading of the file,
 * not from the scanner's, so a scanner mistake shows as a difference instead of on both sides. (The
 * writers are held together by tests/xlsx/writer-parity.test.ts.)
 */
const FIXTURES: Array<[string, () => Promise<Buffer>]> = [
  ['the seed Tabel 3.8 pasted as text', seedTabel38Pasted],
  ['the seed Tabel 3.8 as id-ID Excel converts it', seedTabel38Converted],
  ['the seed budget as a SIPD export', seedBudgetSipd],
  ['a table at G12 with merged two-row headers', tableAtG12],
];

/** The snapshot with what only the .xlsx reader can know removed (Excel reports no owner mark here). */
function comparable(snapshot: WorkbookSnapshot): unknown {
  return snapshot.sheets.map((s) => ({
    name: s.name,
    rows: s.rows,
    merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows: [...s.hiddenRows].sort(),
    hiddenColumns: [...s.hiddenColumns].sort(),
  }));
}

describe.each(FIXTURES)('%s read through the Office.js adapter', (_name, build) => {
  it('gives the same snapshot and the same findings as the .xlsx adapter', async () => {
    const bytes = await build();
    const snapshot = await readXlsxSnapshot(bytes, 'buku.xlsx');
    const inExcel = stateFromSnapshot((await loadXlsx(bytes, 'buku.xlsx')).snapshot);
    const viaExcel = await readSnapshot(fakeContext(inExcel), { supported: () => true });
    expect(comparable(viaExcel)).toEqual(comparable(snapshot));
    const a = periksaWorkbook(snapshot, DEFAULT_SETTINGS);
    const b = periksaWorkbook(viaExcel, DEFAULT_SETTINGS);
    expect(b.summary).toEqual(a.summary);
    expect(b.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(
      a.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`),
    );
  });
});
