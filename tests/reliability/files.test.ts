/**
 * File-level hostile and broken inputs, through the CLI's main() and loadXlsx: each gets its exit code
 * and its Indonesian message (from the catalogue), never a crash, a stack trace, a hang or a write.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { PESAN_CLI } from '../../src/core/messages/cli';
import { BERKAS } from '../../src/core/messages/berkas';
import { KEANDALAN } from '../../src/core/messages/keandalan';
import { SUSUN_CLI } from '../../src/core/messages/susun';
import { LAPORAN_PERIKSA } from '../../src/core/messages/temuan';
import { loadXlsx, XlsxReadError } from '../../src/xlsx/read-workbook';
import { checkDeclaredSizes, guardZip, ZIP_LIMITS } from '../../src/xlsx/zip-guard';
import {
  cleanBudgetRows,
  craftZip,
  memoryIO,
  partsOf,
  putRows,
  xlsxOf,
  zerosDeflated,
  type CraftedPart,
} from './fixtures';

// Whole workbooks through ExcelJS: generous on a busy machine (no assertion on time).
jest.setTimeout(60_000);

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

async function readFailure(data: Uint8Array): Promise<XlsxReadError> {
  try {
    await loadXlsx(data, 'uji.xlsx');
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('loadXlsx accepted the file');
}

/** Runs `sakip periksa` and `sakip susun` on one file; both must refuse it with exit 2 and write nothing. */
async function expectRefusedByBoth(name: string, data: Uint8Array, message: string): Promise<void> {
  const periksa = memoryIO({ [name]: data });
  expect(await main(['periksa', name, '--json'], periksa)).toBe(2);
  expect(periksa.out).toBe('');
  expect(periksa.err).toContain(message);
  expect(periksa.err).not.toMatch(STACK_LINE);

  const susun = memoryIO({ [name]: data });
  expect(await main(['susun', name, '-o', 'hasil.xlsx'], susun)).toBe(2);
  expect(susun.err).toContain(message);
  expect(susun.err).not.toMatch(STACK_LINE);
  expect(susun.writes).toEqual([]);
}

let cleanXlsx: Buffer;
beforeAll(async () => {
  cleanXlsx = await xlsxOf({ Anggaran: cleanBudgetRows() });
});

describe('workbooks with nothing to recognise', () => {
  it('an empty workbook (one blank sheet): periksa exits 0 and says no table was recognised', async () => {
    const io = memoryIO({ 'kosong.xlsx': await xlsxOf({ Sheet1: [] }) });
    expect(await main(['periksa', 'kosong.xlsx'], io)).toBe(0);
    expect(io.out).toContain(LAPORAN_PERIKSA.tidakAdaTabel);
    expect(io.err).toBe('');
  });

  it('an empty workbook: susun writes a copy with only the Catatan sheet and lists every table it left out', async () => {
    const io = memoryIO({ 'kosong.xlsx': await xlsxOf({ Sheet1: [] }) });
    expect(await main(['susun', 'kosong.xlsx', '-o', 'hasil.xlsx'], io)).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(io.files.get('hasil.xlsx') as unknown as ExcelJS.Buffer);
    expect(out.worksheets.map((w) => w.name)).toEqual(['Sheet1', 'Catatan Pemeriksaan']);
    expect(io.out).toMatch(/3\.8/);
  });

  it('a workbook without any sheet part at all is read as empty, not as a crash', async () => {
    const io = memoryIO({ 'nol.xlsx': await xlsxOf({}) });
    const code = await main(['periksa', 'nol.xlsx', '--json'], io);
    expect(io.err).not.toMatch(STACK_LINE);
    if (code === 0) expect(JSON.parse(io.out).tables).toEqual([]);
    else expect(code).toBe(2);
  });

  it('a 0-byte file: exit 2 with the "empty file" message', async () => {
    await expectRefusedByBoth('nol.xlsx', new Uint8Array(0), BERKAS.tidakTerbaca('kosong'));
  });
});

describe('files that are not .xlsx workbooks', () => {
  const cfb = (): Uint8Array => {
    const b = new Uint8Array(4096);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return b;
  };

  it('a password-encrypted .xlsx (an OLE compound file inside): exit 2, "remove the password"', async () => {
    await expectRefusedByBoth('rahasia.xlsx', cfb(), BERKAS.tidakTerbaca('terenkripsi'));
    expect((await readFailure(cfb())).kind).toBe('terenkripsi');
  });

  it('an .xls given to the CLI: exit 2 with the "save as .xlsx" message, for periksa and susun', async () => {
    await expectRefusedByBoth('lama.xls', cfb(), PESAN_CLI.jenisBerkas['.xls']);
  });

  it('a .csv given to the CLI: exit 2 with the CSV message, for periksa and susun', async () => {
    const csv = new TextEncoder().encode('No;Uraian;Pagu\nI;PROGRAM A;1.000\n');
    await expectRefusedByBoth('anggaran.csv', csv, PESAN_CLI.jenisBerkas['.csv']);
  });

  it('a zip cut off half-way: exit 2, "damaged or truncated"', async () => {
    const truncated = cleanXlsx.subarray(0, Math.floor(cleanXlsx.length / 2));
    await expectRefusedByBoth('potong.xlsx', truncated, BERKAS.tidakTerbaca('zip-rusak'));
    expect((await readFailure(truncated)).kind).toBe('zip-rusak');
  });

  it('a zip whose sheet data is garbled (directory intact): exit 2 with a reader message, no stack trace', async () => {
    const parts = await partsOf(cleanXlsx);
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    sheet.data = new Uint8Array(sheet.data.length).fill(0xff);
    const garbled = craftZip(parts);
    const e = await readFailure(garbled);
    expect(['ditolak', 'rusak']).toContain(e.kind);
    const io = memoryIO({ 'rusak.xlsx': garbled });
    expect(await main(['periksa', 'rusak.xlsx'], io)).toBe(2);
    expect(io.err).not.toMatch(STACK_LINE);
  });
});

describe('zip bombs: refused from the zip directory before anything is unpacked', () => {
  async function withPart(extra: CraftedPart, replace = false): Promise<Uint8Array> {
    const parts = (await partsOf(cleanXlsx)).filter((p) => !replace || p.name !== extra.name);
    return craftZip([...parts, extra]);
  }

  it('a sheet declaring 3.75 GB: refused as too large, naming the part', async () => {
    const parts = await partsOf(cleanXlsx);
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    sheet.declaredSize = 0xf0000000;
    const bomb = craftZip(parts);
    expect(checkDeclaredSizes(bomb)?.reason).toBe('terlalu-besar');
    const e = await readFailure(bomb);
    expect(e.kind).toBe('ditolak');
    expect(e.message).toContain(
      KEANDALAN.terlaluBesar('xl/worksheets/sheet1.xml', 0xf0000000, ZIP_LIMITS.totalBytes),
    );
    await expectRefusedByBoth('bom.xlsx', bomb, 'xl/worksheets/sheet1.xml');
  });

  it('600 MB of zeros in a few kilobytes: refused as too large', async () => {
    const data = zerosDeflated(600);
    expect(data.length).toBeLessThan(2_000_000);
    const bomb = await withPart({
      name: 'xl/media/image1.png',
      data,
      method: 8,
      declaredSize: 600 * 2 ** 20,
    });
    expect((await guardZip(bomb))?.reason).toBe('terlalu-besar');
    expect((await readFailure(bomb)).kind).toBe('ditolak');
  });

  it('a 60 MB part that compresses a thousand times: refused for its ratio', async () => {
    const bomb = await withPart({
      name: 'xl/media/image1.png',
      data: zerosDeflated(60),
      method: 8,
      declaredSize: 60 * 2 ** 20,
    });
    const refusal = await guardZip(bomb);
    expect(refusal?.reason).toBe('rasio');
    expect(refusal?.entry).toBe('xl/media/image1.png');
    expect((await readFailure(bomb)).message).toContain(refusal!.message);
  });

  it('a part that declares 1 KB but inflates to 800 MB: stopped at the declared size, refused as lying', async () => {
    const bomb = await withPart(
      { name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(800), method: 8, declaredSize: 1024 },
      true,
    );
    expect(checkDeclaredSizes(bomb)).toBeUndefined();
    const refusal = await guardZip(bomb);
    expect(refusal?.reason).toBe('ukuran-palsu');
    expect(refusal?.message).toBe(KEANDALAN.ukuranPalsu('xl/worksheets/sheet1.xml'));
    const io = memoryIO({ 'bom.xlsx': bomb });
    expect(await main(['periksa', 'bom.xlsx'], io)).toBe(2);
    expect(io.err).toContain(refusal!.message);
  });

  it('a ZIP64 size marker (a part of 4 GB or more): refused as too large', async () => {
    const parts = await partsOf(cleanXlsx);
    parts[0].declaredSize = 0xffffffff;
    expect(checkDeclaredSizes(craftZip(parts))?.reason).toBe('terlalu-besar');
  });

  it('more than 10 000 parts: refused', async () => {
    const parts = await partsOf(cleanXlsx);
    for (let i = 0; i <= ZIP_LIMITS.entries; i++)
      parts.push({ name: `x/${i}`, data: new Uint8Array(0), method: 0, declaredSize: 0 });
    expect(checkDeclaredSizes(craftZip(parts))?.reason).toBe('terlalu-banyak');
  });

  it('an ordinary workbook passes the guard untouched (declared sizes and inflation agree)', async () => {
    expect(await guardZip(cleanXlsx)).toBeUndefined();
    expect(await guardZip(craftZip(await partsOf(cleanXlsx)))).toBeUndefined();
  });
});

describe('workbooks Excel can make that we did not plan for', () => {
  it('a password-protected sheet and workbook structure: read and checked as usual', async () => {
    const data = await xlsxOf({ Anggaran: cleanBudgetRows() }, async (wb) => {
      await wb.getWorksheet('Anggaran')!.protect('rahasia', { selectLockedCells: true });
    });
    const io = memoryIO({ 'lindung.xlsx': data });
    expect(await main(['periksa', 'lindung.xlsx', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.tables).toEqual([{ sheet: 'Anggaran', range: 'A1:E7', kind: 'anggaran', rows: 5 }]);
  });

  it('an .xlsm with a VBA project: read without running anything, and susun’s copy is an .xlsm with the same macros', async () => {
    const zip = await JSZip.loadAsync(cleanXlsx);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types
        .replace(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        )
        .replace(
          '</Types>',
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        ),
    );
    zip.file(
      'xl/vbaProject.bin',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    );
    const xlsm = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });

    const io = memoryIO({ 'makro.xlsm': xlsm });
    expect(await main(['periksa', 'makro.xlsm', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).tables).toHaveLength(1);

    const susun = memoryIO({ 'makro.xlsm': xlsm });
    expect(await main(['susun', 'makro.xlsm', '-o', 'hasil.xlsm'], susun)).toBe(0);
    const written = await JSZip.loadAsync(susun.files.get('hasil.xlsm')!);
    const vba = await zip.file('xl/vbaProject.bin')!.async('uint8array');
    expect(await written.file('xl/vbaProject.bin')!.async('uint8array')).toEqual(vba);
    expect(await written.file('[Content_Types].xml')!.async('string')).toContain('sheet.macroEnabled.main+xml');
    expect(susun.files.get('makro.xlsm')).toBe(xlsm);

    // Named .xlsx, the macro-enabled copy would not open in Excel: refused, nothing written.
    const asXlsx = memoryIO({ 'makro.xlsm': xlsm });
    expect(await main(['susun', 'makro.xlsm', '-o', 'hasil.xlsx'], asXlsx)).toBe(2);
    expect(asXlsx.err).toContain(SUSUN_CLI.keluaranBermakro('hasil.xlsx'));
    expect(asXlsx.writes).toEqual([]);
  });

  it('formulas saved without their values (a file written by a program, never recalculated): each reported at its cell', async () => {
    const data = await xlsxOf({ Anggaran: cleanBudgetRows() }, (wb) => {
      const ws = wb.getWorksheet('Anggaran')!;
      ws.getCell('C2').value = { formula: 'SUM(C3,C6)' } as ExcelJS.CellFormulaValue;
      ws.getCell('D2').value = { formula: 'SUM(D3,D6)' } as ExcelJS.CellFormulaValue;
    });
    const io = memoryIO({ 'rumus.xlsx': data });
    await main(['periksa', 'rumus.xlsx', '--json'], io);
    const findings = JSON.parse(io.out).findings as Array<{
      rule: string;
      sheet: string;
      cell: string;
      message: string;
    }>;
    for (const cell of ['C2', 'D2']) {
      expect(findings.filter((f) => f.cell === cell && f.sheet === 'Anggaran')).toEqual([
        expect.objectContaining({
          rule: 'STR-01',
          message: KEANDALAN.rumusTanpaNilai(cell === 'C2' ? 'Pagu' : 'Realisasi'),
        }),
      ]);
    }
  });

  it('a used range of 1 048 576 rows (a stray cell at XFD1048576): the table is read and checked as usual', async () => {
    const data = await xlsxOf({}, (wb) => {
      const ws = wb.addWorksheet('Anggaran');
      putRows(ws, cleanBudgetRows());
      ws.getCell('XFD1048576').value = 'x';
    });
    const io = memoryIO({ 'lebar.xlsx': data });
    expect(await main(['periksa', 'lebar.xlsx', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.tables).toEqual([{ sheet: 'Anggaran', range: 'A1:E7', kind: 'anggaran', rows: 5 }]);
    expect(json.summary.galat).toBe(0);
  });
});
