import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { processIO, type CliIO } from '../../src/cli/io';

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

  it('susun falls back to ExcelJS for a package it does not edit (macro-enabled), so the checks above can fail', async () => {
    jest.doMock('exceljs', () => {
      throw new Error('ExcelJS dimuat');
    });
    const dir = mkdtempSync(join(tmpdir(), 'sakip-main-'));
    const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
    const types = await zip.file('[Content_Types].xml')?.async('string');
    zip.file('[Content_Types].xml', types?.replace('sheet.main+xml', 'sheet.macroEnabled.main+xml') ?? '');
    const input = join(dir, 'makro.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    let exit = -1;
    const io = quietIO();
    await jest.isolateModulesAsync(async () => {
      const { main } = await import('../../src/cli/main');
      exit = await main(['susun', input, '-o', join(dir, 'hasil.xlsx')], io);
    });
    expect(exit).toBe(3);
    expect(io.err).toContain('ExcelJS dimuat');
    rmSync(dir, { recursive: true });
  });
});
