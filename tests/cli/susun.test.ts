import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseSusunArgs, runSusun } from '../../src/cli/susun';
import { workbookKind } from '../../src/xlsx/write-package';
import { zipDirectory } from '../../src/xlsx/zip-directory';
import { macroEnabled } from '../fixtures/package-workbooks';
import type { CliIO } from '../../src/cli/io';

const EXAMPLE = readFileSync(path.join(__dirname, '../../examples/contoh-kecamatan.xlsx'));
const SOURCE_SHEETS = ['Anggaran', 'Kinerja', 'SKM'];
// Each run reads, checks and writes the whole sample workbook; the machine is shared.
jest.setTimeout(60_000);

/** A CLI io over an in-memory file system. */
function memoryIO(files: Map<string, Uint8Array>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    readFile: async (p) => {
      const f = files.get(p);
      if (!f) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return f;
    },
    writeFile: async (p, d) => {
      files.set(p, d);
    },
  };
  return { io, out };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Every cell of a sheet: value, formula and number format by address. */
function cellsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      out[c.address] = { value: c.value, formula: c.formula, numFmt: c.numFmt };
    }),
  );
  return out;
}

describe('parseSusunArgs', () => {
  it('reads the file, the output, the tables and the method', () => {
    expect(
      parseSusunArgs(['a.xlsx', '-o', 'b.xlsx', '--tabel', '3.8,3.9', '--efisiensi=indeks']),
    ).toMatchObject({
      ok: true,
      input: 'a.xlsx',
      output: 'b.xlsx',
      tables: ['3.8', '3.9'],
      settings: { efisiensi: 'indeks' },
    });
  });

  it.each([
    [['a.xlsx']],
    [['-o', 'b.xlsx']],
    [['a.xlsx', '-o', 'a.xlsx']],
    [['a.xlsx', '-o', './a.xlsx']],
    [['a.xlsx', '-o', 'b.xlsx', '--tabel', '3.1']],
    [['a.xlsx', '-o', 'b.xlsx', '--efisiensi', 'rasio']],
    [['a.xlsx', '-o', 'b.xlsx', '--warna']],
    [['a.xlsx', '-o']],
  ])('refuses %j', (args) => {
    expect(parseSusunArgs(args).ok).toBe(false);
  });
});

describe('runSusun', () => {
  it('exits 2 with usage on bad arguments and writes nothing', async () => {
    const files = new Map([['a.xlsx', EXAMPLE]]);
    const { io, out } = memoryIO(files);
    expect(await runSusun(['a.xlsx', '-o', 'a.xlsx'], io)).toBe(2);
    expect(out.stderr).toContain('Pemakaian: sakip susun');
    expect([...files.keys()]).toEqual(['a.xlsx']);
  });

  it('exits 2 when the file cannot be read or is not a workbook, and writes nothing', async () => {
    const files = new Map([['bukan.xlsx', new TextEncoder().encode('halo')]]);
    const { io, out } = memoryIO(files);
    expect(await runSusun(['hilang.xlsx', '-o', 'b.xlsx'], io)).toBe(2);
    expect(await runSusun(['bukan.xlsx', '-o', 'b.xlsx'], io)).toBe(2);
    expect(out.stderr).toContain('hilang.xlsx');
    expect(out.stderr).toContain('bukan.xlsx');
    expect(files.has('b.xlsx')).toBe(false);
  });

  it('writes a copy with the generated sheets, leaving the source and its sheets unchanged', async () => {
    const source = new Uint8Array(EXAMPLE);
    const files = new Map([['contoh.xlsx', source]]);
    const { io, out } = memoryIO(files);
    expect(await runSusun(['contoh.xlsx', '-o', 'hasil.xlsx'], io)).toBe(0);
    expect(Buffer.from(files.get('contoh.xlsx')!).equals(EXAMPLE)).toBe(true);
    const before = await load(EXAMPLE);
    const after = await load(files.get('hasil.xlsx')!);
    expect(after.worksheets.map((w) => w.name)).toEqual([
      ...SOURCE_SHEETS,
      'Tabel 3.2',
      'Tabel 3.3',
      'Tabel 3.4',
      'Tabel 3.5',
      'Tabel 3.6',
      'Tabel 3.7',
      'Tabel 3.8',
      'Tabel 3.9',
      'Tabel 3.10',
      'Ringkasan',
      'Catatan Pemeriksaan',
    ]);
    for (const name of SOURCE_SHEETS)
      expect(cellsOf(after.getWorksheet(name)!)).toEqual(cellsOf(before.getWorksheet(name)!));
    expect(out.stdout).toContain('Tabel 3.9');
    expect(out.stdout).toMatch(/Pemeriksaan: \d+ galat/);
  });

  it('writes the Ringkasan’s charts into the copy as Excel charts, and nothing beside it', async () => {
    const files = new Map([['contoh.xlsx', new Uint8Array(EXAMPLE)]]);
    const { io, out } = memoryIO(files);
    expect(await runSusun(['contoh.xlsx', '-o', 'hasil.xlsx'], io)).toBe(0);
    expect([...files.keys()]).toEqual(['contoh.xlsx', 'hasil.xlsx']);
    const names = zipDirectory(files.get('hasil.xlsx')!)?.map((e) => e.name) ?? [];
    expect(names.filter((n) => n.startsWith('xl/charts/'))).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
    ]);
    expect(out.stdout).toContain('2 grafik Excel di lembar Ringkasan');
  });

  it('writes a macro-enabled workbook as .xlsm, and refuses a name its content does not match', async () => {
    const xlsm = await macroEnabled(new Uint8Array(EXAMPLE));
    const files = new Map([['makro.xlsm', xlsm]]);
    const { io, out } = memoryIO(files);
    expect(await runSusun(['makro.xlsm', '-o', 'hasil.xlsx'], io)).toBe(2);
    expect(out.stderr).toContain('harus berakhiran .xlsm');
    expect(await runSusun(['makro.xlsm', '-o', 'hasil.xlsm'], io)).toBe(0);
    expect(await workbookKind(files.get('hasil.xlsm')!)).toBe('xlsm');
    files.set('biasa.xlsx', new Uint8Array(EXAMPLE));
    expect(await runSusun(['biasa.xlsx', '-o', 'hasil2.xlsm'], io)).toBe(2);
    expect(out.stderr).toContain('berakhiran .xlsx, bukan "hasil2.xlsm"');
    expect([...files.keys()].sort()).toEqual(['biasa.xlsx', 'hasil.xlsm', 'makro.xlsm']);
  });

  it('gives the same workbook when run on its own output (no duplicate sheets)', async () => {
    const files = new Map([['contoh.xlsx', new Uint8Array(EXAMPLE)]]);
    const { io } = memoryIO(files);
    await runSusun(['contoh.xlsx', '-o', 'sekali.xlsx'], io);
    await runSusun(['sekali.xlsx', '-o', 'dua-kali.xlsx'], io);
    const once = await load(files.get('sekali.xlsx')!);
    const twice = await load(files.get('dua-kali.xlsx')!);
    expect(twice.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
    for (const ws of once.worksheets) expect(cellsOf(twice.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
  });

  it('writes only the requested tables, and a free name beside a user sheet of the same name', async () => {
    const wb = await load(EXAMPLE);
    wb.addWorksheet('Tabel 3.8').getCell('A1').value = 'punya saya';
    const files = new Map([['milik.xlsx', new Uint8Array(await wb.xlsx.writeBuffer())]]);
    const { io, out } = memoryIO(files);
    expect(await runSusun(['milik.xlsx', '-o', 'hasil.xlsx', '--tabel', '3.8'], io)).toBe(0);
    const after = await load(files.get('hasil.xlsx')!);
    expect(after.worksheets.map((w) => w.name)).toEqual([...SOURCE_SHEETS, 'Tabel 3.8', 'Tabel 3.8 (2)']);
    expect(after.getWorksheet('Tabel 3.8')!.getCell('A1').value).toBe('punya saya');
    expect(out.stdout).toContain('Tabel 3.8 (2)');
  });
});
