import { planRekap } from '../../../src/core/plan/plan-rekap';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { cellAt } from '../../../src/core/snapshot';
import { rekapFiles } from '../../../src/taskpane/services/rekap-files';
import { writePlansToNewWorkbook } from '../../../src/xlsx/write-package';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { unit } from '../../core/rekap/units';
import { BATANG, SOSIAL, unitWorkbook } from '../../fixtures/unit-workbooks';

jest.setTimeout(60_000);

const file = (bytes: Uint8Array | string, name: string) => new File([bytes as BlobPart], name);

describe('rekapFiles (the pane with several files)', () => {
  it('checks each file in turn, lists the ones it cannot read or leaves alone, and offers the rekap workbook', async () => {
    const batang = new Uint8Array(await unitWorkbook(BATANG));
    const old = (
      await writePlansToNewWorkbook(
        planRekap(
          { units: [unit({ unit: 'Lama' })], unreadable: [], skipped: [] },
          { settings: DEFAULT_SETTINGS },
        ),
      )
    ).bytes;
    const files = [
      file(batang, 'batang.xlsx'),
      file(new Uint8Array(await unitWorkbook(SOSIAL)), 'sosial.xlsx'),
      file(batang.subarray(0, 2000), 'rusak.xlsx'),
      file('x', 'lama.xls'),
      file('x', '~$batang.xlsx'),
      file(old, 'rekap-lama.xlsx'),
    ];
    const progress: string[] = [];
    const view = await rekapFiles(files, DEFAULT_SETTINGS, (done, total) =>
      progress.push(`${done}/${total}`),
    );
    expect(progress).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    expect(view.units.map((u) => [u.unit, u.galat, u.pagu])).toEqual([
      ['Dinas Sosial', 1, 300_000_000],
      ['Kecamatan Batang', 0, 200_000_000],
    ]);
    expect(view.unreadable.map((f) => f.file)).toEqual(['rusak.xlsx', 'lama.xls']);
    expect(view.unreadable[0].error).toMatch(/^rusak\.xlsx: .*rusak atau terpotong/);
    expect(view.unreadable[1].error).toMatch(/Excel lama/);
    expect(view.skipped.map((s) => s.file)).toEqual(['~$batang.xlsx', 'rekap-lama.xlsx']);

    expect(view.download.fileName).toBe('rekap-sakip.xlsx');
    const bytes = new Uint8Array(await (await fetch(view.download.url)).arrayBuffer());
    URL.revokeObjectURL(view.download.url);
    const rekap = await readSnapshot(bytes, 'rekap-sakip.xlsx');
    expect(rekap.sheets.map((s) => s.name)).toEqual(['Rekap Unit', 'Temuan per Aturan', 'Rekap Pemda']);
    // Each unit is linked by its bare file name: the rekap belongs beside the files.
    const unitSheet = rekap.sheets[0];
    const links = unitSheet.rows.flatMap((row, r) =>
      (row ?? []).flatMap((_c, c) => {
        const f = cellAt(unitSheet, r, c)?.formula;
        return f?.startsWith('HYPERLINK') ? [f] : [];
      }),
    );
    expect(links).toEqual([
      'HYPERLINK("sosial.xlsx","sosial.xlsx")',
      'HYPERLINK("batang.xlsx","batang.xlsx")',
      'HYPERLINK("rusak.xlsx","rusak.xlsx")',
      'HYPERLINK("lama.xls","lama.xls")',
    ]);
  });
});
