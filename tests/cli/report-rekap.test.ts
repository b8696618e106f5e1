import { JsonStream, rekapJson, renderRekapReport } from '../../src/cli/report-rekap';
import type { Rekap } from '../../src/core/rekap/rekap';
import { rc, unit } from '../core/rekap/units';

describe('JsonStream', () => {
  const rekap = rekapJson([unit({ unit: 'A', galat: 2, rules: [rc('ANG-01', 'galat', 2)] })]);

  it.each([
    ['no file', []],
    ['one file', [{ file: 'a.xlsx', error: 'rusak' }]],
    [
      'several',
      [
        { file: 'a.xlsx', error: 'rusak' },
        { file: 'b.xlsx', tables: [], findings: [], summary: { galat: 0, peringatan: 0, info: 0 } },
      ],
    ],
  ])('writes exactly what JSON.stringify(…, null, 2) writes, with %s', (_label, files) => {
    let out = '';
    const stream = new JsonStream((t) => (out += t));
    for (const f of files) stream.file(f as Parameters<JsonStream['file']>[0]);
    const skipped = [{ file: 'c.pdf', reason: 'bukan buku kerja' }];
    stream.end(skipped, rekap);
    expect(out).toBe(`${JSON.stringify({ files, skipped, rekap }, null, 2)}\n`);
  });

  it('gives the contract’s unit fields, null where a figure does not exist', () => {
    expect(rekap.units[0]).toEqual({
      file: 'A.xlsx',
      unit: 'A',
      year: null,
      galat: 2,
      peringatan: 0,
      info: 0,
      tables: 1,
      rules: { 'ANG-01': 2 },
      pagu: null,
      realisasi: null,
      serapan: null,
      capaian: null,
      kategori: null,
    });
    expect(rekap.rules).toEqual({ 'ANG-01': 2 });
  });
});

describe('renderRekapReport', () => {
  const REKAP: Rekap = {
    units: [
      unit({
        unit: 'Dinas Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk dan Keluarga Berencana',
        galat: 3,
        rules: [rc('ANG-01', 'galat', 3)],
      }),
      unit({ unit: 'Kecamatan Batang', year: 2023, pagu: 1_500_000, serapan: 0.98765 }),
    ],
    unreadable: [],
    skipped: [],
  };

  it('cuts a long unit name to 40 characters and shows figures in id-ID, "-" where there is none', () => {
    const out = renderRekapReport(REKAP, { color: false });
    expect(out).toContain(' 1  Dinas Pemberdayaan Masyarakat dan Desa,…      -      3 ');
    expect(out).toMatch(
      / 2 {2}Kecamatan Batang +2023 +0 +0 +0 +1\.500\.000 +98,77% +- +Kecamatan Batang\.xlsx\n/,
    );
  });

  it('colours galat counts red and nothing else in the rows when printing to a terminal', () => {
    const out = renderRekapReport(REKAP, { color: true });
    expect(out).toContain('\u001b[31m    3\u001b[0m');
    expect(out.split('\n').find((l) => l.includes('Kecamatan Batang'))).not.toMatch(/\u001b/);
  });

  it('says there are no findings when no unit has one', () => {
    const out = renderRekapReport(
      { units: [unit({ unit: 'A' })], unreadable: [], skipped: [] },
      { color: false },
    );
    expect(out).toContain('Tidak ada temuan di buku kerja mana pun.');
  });
});
