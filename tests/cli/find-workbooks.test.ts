import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findWorkbooks } from '../../src/cli/find-workbooks';

let dir: string;
const put = (...parts: string[]) => {
  const p = join(dir, ...parts);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, 'x');
  return p;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sakip-cari-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const rel = (files: string[]) => files.map((f) => relative(dir, f));

describe('findWorkbooks', () => {
  it('takes .xlsx and .xlsm in any case, in the order people number them (kec-2 before kec-10)', async () => {
    for (const name of ['kec-10.xlsx', 'kec-2.xlsx', 'Dinas.XLSX', 'makro.xlsm', 'arsip.xlsb'])
      put('masuk', name);
    const found = await findWorkbooks([join(dir, 'masuk')]);
    expect(rel(found.files)).toEqual([
      'masuk/Dinas.XLSX',
      'masuk/kec-2.xlsx',
      'masuk/kec-10.xlsx',
      'masuk/makro.xlsm',
    ]);
    expect(found.skipped.map((s) => [relative(dir, s.file), s.reason])).toEqual([
      ['masuk/arsip.xlsb', 'bukan buku kerja .xlsx atau .xlsm'],
    ]);
  });

  it('takes a file named on the command line as it is, whatever its extension (checking it says what is wrong)', async () => {
    const found = await findWorkbooks([put('lama.xls'), join(dir, 'tidak-ada.xlsx')]);
    expect(rel(found.files)).toEqual(['lama.xls', 'tidak-ada.xlsx']);
  });

  it('does not follow a link to a folder (no endless loop), and says so', async () => {
    put('masuk', 'a.xlsx');
    symlinkSync(join(dir, 'masuk'), join(dir, 'masuk', 'putar'));
    const found = await findWorkbooks([join(dir, 'masuk')]);
    expect(rel(found.files)).toEqual(['masuk/a.xlsx']);
    expect(found.skipped.map((s) => [relative(dir, s.file), s.reason])).toEqual([
      ['masuk/putar', 'tautan simbolik ke folder, tidak diikuti'],
    ]);
  });

  it('never takes the rekap being written, named or found', async () => {
    const rekap = put('masuk', 'rekap.xlsx');
    put('masuk', 'a.xlsx');
    const found = await findWorkbooks([join(dir, 'masuk'), rekap], rekap);
    expect(rel(found.files)).toEqual(['masuk/a.xlsx']);
    expect(found.skipped.map((s) => s.reason)).toEqual(['berkas rekap yang sedang ditulis']);
  });

  it('checks a file once however often it is named or found', async () => {
    const a = put('masuk', 'a.xlsx');
    const found = await findWorkbooks([a, join(dir, 'masuk'), join(dir, 'masuk', '..', 'masuk', 'a.xlsx')]);
    expect(rel(found.files)).toEqual(['masuk/a.xlsx']);
  });
});
