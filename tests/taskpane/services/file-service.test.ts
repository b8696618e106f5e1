import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { FileService } from '../../../src/taskpane/services/file-service';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { compressedData, zipDirectory } from '../../../src/xlsx/zip-directory';

const EXAMPLE = readFileSync(path.join(__dirname, '../../../examples/contoh-kecamatan.xlsx'));

/** The bytes behind the service's download link. */
async function downloaded(service: FileService): Promise<Uint8Array> {
  const url = service.result?.url;
  if (url === undefined) throw new Error('no download');
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

// The whole sample workbook through ExcelJS on a shared machine (no assertion on time).
jest.setTimeout(60_000);

describe('FileService (the pane outside Excel)', () => {
  it('tells the user the Ringkasan charts are not in the downloaded .xlsx, naming them', async () => {
    const bytes = readFileSync(path.join(__dirname, '../../../examples/contoh-kecamatan.xlsx'));
    const service = new FileService();
    await service.open(new File([new Uint8Array(bytes)], 'contoh-kecamatan.xlsx'));
    const outcome = await service.susun(DEFAULT_SETTINGS, undefined, () => undefined);
    const ringkasan = outcome.written.find((w) => w.table === 'ringkasan');
    expect(ringkasan).toBeDefined();
    const chartNotes = outcome.notes.filter((n) => n.includes('grafik') && n.startsWith(ringkasan!.sheet));
    expect(chartNotes).toHaveLength(1);
    expect(chartNotes[0]).toContain('Pagu dan Realisasi Anggaran per Program');
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

  it('adds the template sheets through ExcelJS, and Susun still works on the result', async () => {
    const service = new FileService();
    await service.open(new File([new Uint8Array(EXAMPLE)], 'contoh-kecamatan.xlsx'));
    const template = await service.createTemplate();
    expect(template.skipped).toEqual(['Anggaran', 'Kinerja', 'SKM']);
    const outcome = await service.susun(DEFAULT_SETTINGS, ['3.8'], () => undefined);
    expect(outcome.written.map((w) => w.sheet)).toEqual(['Tabel 3.8']);
    expect((await readSnapshot(await downloaded(service))).sheets.map((s) => s.name)).toContain('Tabel 3.8');
  });
});
