import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile } from '../../src/cli/check-file';
import type { CliIO } from '../../src/cli/io';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

const EXAMPLE = readFileSync(join(__dirname, '../../examples/contoh-kecamatan.xlsx'));

const io = (readFile: CliIO['readFile']): CliIO => ({
  stdout: () => undefined,
  stderr: () => undefined,
  readFile,
  writeFile: async () => undefined,
});

describe('checkFile (one file of many, as a worker thread runs it)', () => {
  it('gives the unit’s summary, and the §9 object only when JSON is asked for', async () => {
    const read = io(async () => EXAMPLE);
    const plain = await checkFile('contoh.xlsx', read, DEFAULT_SETTINGS, false);
    expect(plain).toEqual({
      file: 'contoh.xlsx',
      unit: expect.objectContaining({ unit: 'Kecamatan Kalianget' }),
    });
    const withJson = await checkFile('contoh.xlsx', read, DEFAULT_SETTINGS, true);
    expect(Object.keys((withJson as { json: object }).json)).toEqual([
      'file',
      'tables',
      'findings',
      'summary',
    ]);
  });

  it('turns a file it cannot read into its reason, without throwing', async () => {
    const missing = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    const outcome = await checkFile(
      'hilang.xlsx',
      io(async () => Promise.reject(missing)),
      DEFAULT_SETTINGS,
      false,
    );
    expect(outcome).toEqual({ file: 'hilang.xlsx', error: 'Berkas "hilang.xlsx" tidak ditemukan.' });
  });

  it('marks a fault of the program itself as internal (exit 3 unless another file has galat)', async () => {
    // Settings the engine cannot use: a programmer's mistake, not the file's.
    const outcome = await checkFile(
      'a.xlsx',
      io(async () => EXAMPLE),
      null as unknown as Settings,
      false,
    );
    expect(outcome).toEqual({
      file: 'a.xlsx',
      error: expect.stringMatching(/^Terjadi kesalahan internal/),
      internal: true,
    });
  });
});
