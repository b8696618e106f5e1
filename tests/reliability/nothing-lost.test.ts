/**
 * Nothing the user typed is lost or changed (DESIGN.md §10): after every operation — the CLI, the pane's
 * file mode and the Office adapter — the source sheets hold exactly what they held before; writes go
 * only to sheets the add-in owns; a failure half-way through "Susun" leaves no partial sheet; the CLI
 * never overwrites its input and overwrites an existing output only with --timpa.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolveObjectURL } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { processIO } from '../../src/cli/io';
import { periksaWorkbook, susunWorkbook } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SheetPlan } from '../../src/core/plan/sheet-plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { applyPlans, applyTemplateSheets } from '../../src/excel/apply-plans';
import { planTemplateSheets } from '../../src/core/plan/plan-template';
import { readSnapshot } from '../../src/excel/read-snapshot';
import { FileService } from '../../src/taskpane/services/file-service';
import { loadXlsx } from '../../src/xlsx/read-workbook';
import { writePlansToPackage } from '../../src/xlsx/write-package';
import { seedTabel38Converted } from '../fixtures/budget-workbooks';
import { addBudgetSheet } from '../excel/budget-sheet';
import {
  addSheet,
  fakeContext,
  newState,
  setCells,
  sheetNamed,
  sheetNames,
  type FakeSheet,
  type FakeState,
} from '../excel/fake-excel';
import { differencesFromPlan } from '../excel/plan-matchers';
import { cleanBudgetRows, memoryIO, putRows } from './fixtures';

// Whole workbooks through the engine and the writers: generous on a busy machine (no assertion on time).
jest.setTimeout(60_000);

/** What a user sheet holds, comparable with toEqual: cells, merges, hidden rows and columns. */
function content(sheet: SheetSnapshot) {
  return {
    name: sheet.name,
    rows: JSON.parse(JSON.stringify(sheet.rows)),
    merges: sheet.merges,
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
  };
}

function userSheets(s: WorkbookSnapshot) {
  return s.sheets.filter((x) => x.ownerMark === undefined).map(content);
}

async function snapshotOf(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return (await loadXlsx(bytes, 'x.xlsx')).snapshot;
}

/** A workbook with everything a user sheet may hold: the seed budget, formulas, merges, hidden rows, a text sheet. */
async function richWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await seedTabel38Converted()) as unknown as ExcelJS.Buffer);
  const ws = wb.addWorksheet('Hitungan');
  putRows(ws, cleanBudgetRows());
  ws.getCell('C2').value = { formula: 'SUM(C3,C6)', result: 300000 } as ExcelJS.CellFormulaValue;
  ws.getCell('G1').value = '=HYPERLINK("http://contoh.invalid","klik")';
  ws.mergeCells('G3:H4');
  ws.getRow(5).hidden = true;
  ws.getColumn(8).hidden = true;
  wb.addWorksheet('Narasi').getCell('A1').value = 'Total anggaran sebesar Rp. 2.752.010.113 atau 86,17 %.';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sakip-h9-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('susun leaves the input file byte for byte as it was, and the copy keeps every user sheet identical', async () => {
    const input = await richWorkbook();
    const io = memoryIO({ 'lkjip.xlsx': new Uint8Array(input) });
    expect(await main(['susun', 'lkjip.xlsx', '-o', 'hasil.xlsx'], io)).toBe(0);
    // Only the copy: the Ringkasan's chart is inside it.
    expect(io.writes).toEqual(['hasil.xlsx']);
    expect(Buffer.from(io.files.get('lkjip.xlsx')!).equals(input)).toBe(true);
    const before = await snapshotOf(input);
    const after = await snapshotOf(io.files.get('hasil.xlsx')!);
    expect(userSheets(after)).toEqual(userSheets(before));
    expect(after.sheets.filter((s) => s.ownerMark !== undefined).length).toBeGreaterThan(0);
  });

  it('susun on its own output regenerates only the generated sheets; user sheets stay identical', async () => {
    const input = await richWorkbook();
    const io = memoryIO({ 'a.xlsx': new Uint8Array(input) });
    expect(await main(['susun', 'a.xlsx', '-o', 'b.xlsx'], io)).toBe(0);
    expect(await main(['susun', 'b.xlsx', '-o', 'c.xlsx'], io)).toBe(0);
    const b = await snapshotOf(io.files.get('b.xlsx')!);
    const c = await snapshotOf(io.files.get('c.xlsx')!);
    expect(userSheets(c)).toEqual(userSheets(await snapshotOf(input)));
    expect(c.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
  });

  it('susun refuses to write over its input, under any spelling of the same path', async () => {
    const input = new Uint8Array(await richWorkbook());
    for (const out of ['lkjip.xlsx', './lkjip.xlsx']) {
      const io = memoryIO({ 'lkjip.xlsx': input });
      expect(await main(['susun', 'lkjip.xlsx', '-o', out], io)).toBe(2);
      expect(io.writes).toEqual([]);
    }
  });

  it('susun refuses an existing output without --timpa (exit 2, file untouched) and replaces it with --timpa', async () => {
    const inputPath = join(dir, 'lkjip.xlsx');
    const outPath = join(dir, 'hasil.xlsx');
    writeFileSync(inputPath, await richWorkbook());
    writeFileSync(outPath, 'jangan ditimpa');
    const inputBefore = readFileSync(inputPath);
    const mtime = statSync(inputPath).mtimeMs;

    let err = '';
    const io = { ...processIO, stdout: () => undefined, stderr: (t: string) => void (err += t) };
    expect(await main(['susun', inputPath, '-o', outPath], io)).toBe(2);
    expect(err).toContain('--timpa');
    expect(readFileSync(outPath, 'utf8')).toBe('jangan ditimpa');

    expect(await main(['susun', inputPath, '-o', outPath, '--timpa'], io)).toBe(0);
    expect((await snapshotOf(readFileSync(outPath))).sheets.length).toBeGreaterThan(1);
    expect(readFileSync(inputPath).equals(inputBefore)).toBe(true);
    expect(statSync(inputPath).mtimeMs).toBe(mtime);
  });

  it('periksa writes nothing at all', async () => {
    const io = memoryIO({ 'lkjip.xlsx': new Uint8Array(await richWorkbook()) });
    await main(['periksa', 'lkjip.xlsx', '--json'], io);
    expect(io.writes).toEqual([]);
  });
});

describe("the .xlsx writer (CLI and the pane's file mode)", () => {
  it('never writes into a user sheet that has the wanted name: the generated sheet gets another name', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await seedTabel38Converted()) as unknown as ExcelJS.Buffer);
    wb.addWorksheet('Tabel 3.8').getCell('A1').value = 'catatan pribadi';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = periksaWorkbook(await snapshotOf(bytes), DEFAULT_SETTINGS);
    const written = await writePlansToPackage(bytes, susunWorkbook(result, DEFAULT_SETTINGS, ['3.8']).plans);
    expect(written.report.sheets).toEqual([
      expect.objectContaining({ table: '3.8', sheet: 'Tabel 3.8 (2)', wantedName: 'Tabel 3.8' }),
    ]);
    expect(userSheets(await snapshotOf(written.bytes))).toEqual(userSheets(await snapshotOf(bytes)));
  });

  it('a failure half-way through writing leaves the workbook as it was and gives no file', async () => {
    const input = new Uint8Array(await richWorkbook());
    const plans = susunWorkbook(periksaWorkbook(await snapshotOf(input), DEFAULT_SETTINGS), DEFAULT_SETTINGS).plans;
    const first = (await writePlansToPackage(input, plans)).bytes;
    const kept = new Uint8Array(first);
    // A plan whose merges overlap (a planner's mistake Excel would "repair") is refused as the last sheet.
    const broken: SheetPlan = {
      ...plans[plans.length - 1],
      merges: [
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 1, left: 1, bottom: 2, right: 2 },
      ],
    };
    await expect(writePlansToPackage(first, [plans[0], broken])).rejects.toThrow(/bertumpuk/);
    expect(first).toEqual(kept);
  });

  it("file mode (FileService): the opened file's sheets are identical in the download", async () => {
    const input = await richWorkbook();
    const service = new FileService();
    await service.open(new File([new Uint8Array(input)], 'lkjip.xlsx'));
    await service.susun(DEFAULT_SETTINGS, undefined, () => undefined);
    const blob = resolveObjectURL(service.result!.url)!;
    const out = new Uint8Array(await blob.arrayBuffer());
    expect(userSheets(await snapshotOf(out))).toEqual(userSheets(await snapshotOf(input)));
  });
});

describe('creating the canonical template (file mode and Office.js)', () => {
  it('file mode: adds the input sheets and leaves every existing sheet identical, also one named "Anggaran"', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await richWorkbook()) as unknown as ExcelJS.Buffer);
    putRows(wb.addWorksheet('Anggaran'), [['milik pengguna', 1]]);
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const service = new FileService();
    await service.open(new File([new Uint8Array(input)], 'lkjip.xlsx'));
    const report = await service.createTemplate();
    expect(report.skipped).toContain('Anggaran');
    const out = new Uint8Array(await resolveObjectURL(service.result!.url)!.arrayBuffer());
    const before = userSheets(await snapshotOf(input));
    const after = userSheets(await snapshotOf(out));
    expect(after.filter((s) => before.some((b) => b.name === s.name))).toEqual(before);
  });

  it('Office.js: the same, a user sheet named "Anggaran" keeps every cell', async () => {
    const state = newState();
    setCells(addSheet(state, 'Anggaran'), 0, 0, [['milik pengguna', 1]]);
    const before = structuredClone([...state.sheets[0].cells.entries()]);
    await applyTemplateSheets(fakeContext(state), planTemplateSheets(), { supported: () => true });
    expect([...sheetNamed(state, 'Anggaran')!.cells.entries()]).toEqual(before);
    expect(sheetNames(state).length).toBeGreaterThan(1);
  });
});

describe('the Office.js adapter', () => {
  const all = () => true;

  function cellsOf(sheet: FakeSheet) {
    return {
      name: sheet.name,
      cells: structuredClone([...sheet.cells.entries()]),
      merges: structuredClone(sheet.merges),
    };
  }

  function userState(): FakeState {
    const state = newState();
    addBudgetSheet(state, { programs: 2, kegiatan: 2, sub: 2, rekening: 3 });
    const narasi = addSheet(state, 'Tabel 3.8');
    setCells(narasi, 0, 0, [['catatan pribadi', 123]]);
    return state;
  }

  async function susun(state: FakeState) {
    const context = fakeContext(state);
    const snapshot = await readSnapshot(context, { supported: all });
    const result = periksaWorkbook(snapshot, DEFAULT_SETTINGS);
    return applyPlans(context, susunWorkbook(result, DEFAULT_SETTINGS).plans, { supported: all });
  }

  it('writes only new sheets it then owns; user sheets (one named "Tabel 3.8") keep every cell', async () => {
    const state = userState();
    const before = state.sheets.map(cellsOf);
    const report = await susun(state);
    await susun(state);
    for (const b of before) expect(cellsOf(state.sheets.find((s) => s.name === b.name)!)).toEqual(b);
    const written = new Set(report.written.map((w) => w.sheet));
    expect(written.has('Tabel 3.8')).toBe(false);
    for (const name of sheetNames(state))
      expect(before.some((b) => b.name === name) || written.has(name)).toBe(true);
  });

  it('a failure half-way through leaves no staging or partial sheet behind', async () => {
    /** Runs Susun with the given sync (1-based, after the read) failing; returns the state and the plans. */
    async function failingAt(failAt: number | undefined) {
      const state = userState();
      const context = fakeContext(state);
      const snapshot = await readSnapshot(context, { supported: all });
      const plans = susunWorkbook(periksaWorkbook(snapshot, DEFAULT_SETTINGS), DEFAULT_SETTINGS).plans;
      const sync = context.sync.bind(context);
      let calls = 0;
      (context as { sync: () => Promise<void> }).sync = async () => {
        calls += 1;
        if (calls === failAt)
          throw Object.assign(new Error('GeneralException'), { code: 'GeneralException' });
        return sync();
      };
      const outcome = await applyPlans(context, plans, { supported: all, maxBatchBytes: 4_000 }).then(
        () => 'selesai',
        () => 'gagal',
      );
      return { state, plans, calls, outcome };
    }
    const full = await failingAt(undefined);
    expect(full.outcome).toBe('selesai');
    const before = sheetNames(userState());
    // Fail at the middle sync of the writing: some plans are committed, others still in staging.
    const { state, plans, calls, outcome } = await failingAt(Math.ceil(full.calls / 2) + 1);
    expect(outcome).toBe('gagal');
    expect(calls).toBeGreaterThan(Math.ceil(full.calls / 2) + 1);
    const added = sheetNames(state).filter((n) => !before.includes(n));
    for (const name of added) {
      const plan = plans.find((p) => name === p.name || name.startsWith(`${p.name} (`));
      expect({ name, plan: plan?.table }).toEqual({ name, plan: expect.any(String) });
      expect(differencesFromPlan(sheetNamed(state, name)!, plan!)).toEqual([]);
    }
    expect(added.length).toBeLessThan(plans.length);
  });
});
