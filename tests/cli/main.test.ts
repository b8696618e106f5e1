import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { processIO, type CliIO } from '../../src/cli/io';
import { macroEnabled } from '../fixtures/package-workbooks';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'contoh-kecamatan.xlsx');

/** Output captured, files read for real. */
function quietIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: processIO.readFile,
    writeFile: processIO.writeFile,
  };
  return io;
}

describe('sakip main: what a command loads', () => {
  afterEach(() => jest.dontMock('exceljs'));

  // A reviewer runs periksa file after file; loading ExcelJS was 0,29 s of every start.
  it('periksa checks a workbook its scanner reads without loading ExcelJS', async () => {
    const loaded: string[] = [];
    jest.doMock('exceljs', () => {
      loaded.push('exceljs');
      throw new Error('ExcelJS dimuat');
    });
    let exit = -1;
    let out = '';
    await jest.isolateModulesAsync(async () => {
      const { main } = await import('../../src/cli/main');
      const io = quietIO();
      exit = await main(['periksa', EXAMPLE, '--json'], io);
      out = io.out;
    });
    expect(loaded).toEqual([]);
    expect(exit).toBe(1);
    expect((JSON.parse(out) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it('susun writes into the package of a workbook without loading ExcelJS', async () => {
    jest.doMock('exceljs', () => {
      throw new Error('ExcelJS dimuat');
    });
    const dir = mkdtempSync(join(tmpdir(), 'sakip-main-'));
    let exit = -1;
    const io = quietIO();
    await jest.isolateModulesAsync(async () => {
      const { main } = await import('../../src/cli/main');
      exit = await main(['susun', EXAMPLE, '-o', join(dir, 'hasil.xlsx')], io);
    });
    expect(io.err).toBe('');
    expect(exit).toBe(0);
    expect(readFileSync(join(dir, 'hasil.xlsx')).length).toBeGreaterThan(0);
    rmSync(dir, { recursive: true });
  });

  it('susun writes a macro-enabled workbook without ExcelJS too (the check above can fail: ExcelJS reads when the scanner cannot)', async () => {
    const loaded: string[] = [];
    jest.doMock('exceljs', () => {
      loaded.push('exceljs');
      throw new Error('ExcelJS dimuat');
    });
    const dir = mkdtempSync(join(tmpdir(), 'sakip-main-'));
    const input = join(dir, 'makro.xlsm');
    writeFileSync(input, await macroEnabled(new Uint8Array(readFileSync(EXAMPLE))));
    let exit = -1;
    const io = quietIO();
    await jest.isolateModulesAsync(async () => {
      const { main } = await import('../../src/cli/main');
      exit = await main(['susun', input, '-o', join(dir, 'hasil.xlsm')], io);
    });
    expect(io.err).toBe('');
    expect(exit).toBe(0);
    expect(loaded).toEqual([]);
    // A workbook part the scanner cannot read is read by ExcelJS, which the mock refuses: exit 3.
    const broken = await JSZip.loadAsync(readFileSync(EXAMPLE));
    broken.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="x"');
    const input2 = join(dir, 'rusak.xlsx');
    writeFileSync(input2, await broken.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    await jest.isolateModulesAsync(async () => {
      const { main } = await import('../../src/cli/main');
      exit = await main(['susun', input2, '-o', join(dir, 'hasil2.xlsx')], io);
    });
    expect(loaded).toEqual(['exceljs']);
    expect(exit).toBe(3);
    rmSync(dir, { recursive: true });
  });
});

describe('sakip: usage on request', () => {
  it.each([
    ['susun', '--help', /^Pemakaian: sakip susun BERKAS\.xlsx -o HASIL\.xlsx/],
    ['susun', '-h', /^Pemakaian: sakip susun/],
    ['laporan', '--help', /^Pemakaian: sakip laporan BERKAS\.xlsx -o BAB-III\.docx/],
    ['periksa', '--help', /^Pemakaian: sakip periksa BERKAS\.xlsx/],
  ])('sakip %s %s prints the usage and exits 0, reading and writing nothing', async (command, flag, usage) => {
    const io = quietIO();
    io.readFile = () => Promise.reject(new Error('nothing is read'));
    io.writeFile = () => Promise.reject(new Error('nothing is written'));
    const { main } = await import('../../src/cli/main');
    expect(await main([command, 'a.xlsx', flag], io)).toBe(0);
    expect(io.out).toMatch(usage);
    expect(io.err).toBe('');
  });

  it('takes --help after -- as a file name, not a request for usage', async () => {
    const io = quietIO();
    const { main } = await import('../../src/cli/main');
    expect(await main(['susun', '--', '--help'], io)).toBe(2);
    // `--help` was taken as the workbook's name: what is missing is the output, not a usage request.
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^Sebutkan berkas hasil dengan -o/);
  });

  it('the general help names every command’s options, --efisiensi included, and the internal-error code', async () => {
    const io = quietIO();
    const { main } = await import('../../src/cli/main');
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/sakip susun .*--efisiensi selisih\|indeks\|sisa/);
    expect(io.out).toMatch(/sakip laporan .*--efisiensi selisih\|indeks\|sisa/);
    expect(io.out).toMatch(/3 kesalahan internal/);
    expect(io.out).not.toMatch(/DESIGN\.md/);
  });
});
