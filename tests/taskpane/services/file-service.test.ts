import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { FileService } from '../../../src/taskpane/services/file-service';

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
});
