import { join } from 'node:path';
import { processIO, type CliIO } from '../../src/cli/io';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'contoh-kecamatan.xlsx');

/** Output captured, files read for real. */
function quietIO(): CliIO & { out: string } {
  const io = {
    out: '',
    stdout: (t: string) => void (io.out += t),
    stderr: () => undefined,
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

  it('a command that needs ExcelJS (susun) does stop when it is blocked, so the check above can fail', async () => {
    jest.doMock('exceljs', () => {
      throw new Error('ExcelJS dimuat');
    });
    let exit = -1;
    await jest.isolateModulesAsync(async () => {
      const { main } = await import('../../src/cli/main');
      exit = await main(['susun', EXAMPLE, '-o', join(__dirname, 'tidak-ditulis.xlsx')], quietIO());
    });
    expect(exit).toBe(3);
  });
});
