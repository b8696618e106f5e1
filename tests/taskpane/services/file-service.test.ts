import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { FileService } from '../../../src/taskpane/services/file-service';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { compressedData, zipDirectory } from '../../../src/xlsx/zip-directory';
import { macroEnabled } from '../../fixtures/package-workbooks';

const EXAMPLE = readFileSync(path.join(__dirname, '../../../examples/contoh-kecamatan.xlsx'));

/** The bytes behind the service's download link. */
async function downloaded(service: FileService): Promise<Uint8Array> {
  const url = service.result?.url;
  if (url === undefined) throw new Error('no download');
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

// The whole sample workbook through the engine on a shared machine (no assertion on time).
jest.setTimeout(60_000);

describe('FileService (the pane outside Excel)', () => {
  it('puts the Ringkasan’s charts in the downloaded workbook as Excel charts', async () => {
    const service = new FileService();
    await service.open(new File([new Uint8Array(EXAMPLE)], 'contoh-kecamatan.xlsx'));
    const outcome = await service.susun(DEFAULT_SETTINGS, undefined, () => undefined);
    expect(outcome.written.find((w) => w.table === 'ringkasan')).toBeDefined();
    const names = zipDirectory(await downloaded(service))?.map((e) => e.name) ?? [];
    expect(names.filter((n) => n.startsWith('xl/charts/'))).toHaveLength(2);
    expect(service.result?.fileName).toBe('contoh-kecamatan-sakip.xlsx');
  });

  it('keeps a macro-enabled workbook macro-enabled: the download is an .xlsm with its VBA project', async () => {
    const service = new FileService();
    await service.open(
      new File([(await macroEnabled(new Uint8Array(EXAMPLE))) as Uint8Array<ArrayBuffer>], 'lkjip.xlsm'),
    );
    await service.susun(DEFAULT_SETTINGS, ['3.8'], () => undefined);
    expect(service.result?.fileName).toBe('lkjip-sakip.xlsm');
    const names = zipDirectory(await downloaded(service))?.map((e) => e.name) ?? [];
    expect(names).toContain('xl/vbaProject.bin');
  });

  it('writes the sheets into the file itself: the user’s sheets copied as stored, a second Susun replacing its own', async () => {
    const service = new FileService();
    await service.open(new File([new Uint8Array(EXAMPLE)], 'contoh-kecamatan.xlsx'));
    await service.susun(DEFAULT_SETTINGS, undefined, () => undefined);
    const first = await downloaded(service);
    const userSheet = (b: Uint8Array) => {
      const entry = zipDirectory(b)?.find((e) => e.name === 'xl/worksheets/sheet1.xml');
      const stored = entry && compressedData(b, entry);
      if (stored === undefined) throw new Error('sheet1.xml is not in the package');
      return Buffer.from(stored);
    };
    expect(userSheet(first)).toEqual(userSheet(new Uint8Array(EXAMPLE)));
    const again = await service.susun(DEFAULT_SETTINGS, ['3.8'], () => undefined);
    expect(again.written).toEqual([expect.objectContaining({ table: '3.8', sheet: 'Tabel 3.8' })]);
    const second = await downloaded(service);
    expect((await readSnapshot(second)).sheets.map((s) => s.name)).toEqual(
      (await readSnapshot(first)).sheets.map((s) => s.name),
    );
  });

  it('adds the template sheets into the package, and Susun still works on the result', async () => {
    const service = new FileService();
    await service.open(new File([new Uint8Array(EXAMPLE)], 'contoh-kecamatan.xlsx'));
    const template = await service.createTemplate();
    expect(template.skipped).toEqual(['Anggaran', 'Kinerja', 'SKM']);
    const outcome = await service.susun(DEFAULT_SETTINGS, ['3.8'], () => undefined);
    expect(outcome.written.map((w) => w.sheet)).toEqual(['Tabel 3.8']);
    expect((await readSnapshot(await downloaded(service))).sheets.map((s) => s.name)).toContain('Tabel 3.8');
  });
});
