import { checkWorkbook } from '../../../src/core/checks/check-workbook';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { budgetTable, indicatorTable, model, ruleCells } from './builders';

/** Names across tables (issue 19, item 6): matched despite their spelling, each such match said. */
describe('NAM-01 names matched across tables', () => {
  it('says the cascade program "Ketentraman" was taken as the budget\'s "KETENTERAMAN", with both spellings', () => {
    const m = model({
      budgets: [
        budgetTable({
          sheet: 'Tabel 3.8',
          lines: [
            {
              level: 'program',
              name: 'PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM',
              pagu: 400,
              realisasi: 380,
            },
          ],
        }),
      ],
      indicators: [
        indicatorTable({
          rows: [
            {
              name: 'Meningkatnya Ketertiban Umum',
              indikator: 'Persentase gangguan tertangani',
              target: '100 %',
              realisasi: '100 %',
              capaian: 1,
            },
            { name: 'Program Koordinasi Ketentraman dan Ketertiban Umum', depth: 2 },
          ],
        }),
      ],
    });
    const findings = checkWorkbook(m, DEFAULT_SETTINGS);
    expect(ruleCells(findings)).toEqual(['NAM-01 Tabel 3.2!B3']);
    expect(findings[0].severity).toBe('info');
    expect(findings[0].message).toContain('Program Koordinasi Ketentraman dan Ketertiban Umum');
    expect(findings[0].message).toContain('PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM');
    expect(findings[0].message).toContain('Tabel 3.8!B2');
  });

  it('compares a kegiatan of Tabel 2.7 with its misspelt twin in Tabel 3.8 (XTB-01) and says it matched them', () => {
    const lines = (name: string, pagu: number) => [
      {
        level: 'program' as const,
        name: 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
        pagu: 1_000,
      },
      { level: 'kegiatan' as const, name, pagu },
    ];
    const m = model({
      sheetOrder: ['Tabel 2.7', 'Tabel 3.8'],
      budgets: [
        budgetTable({ sheet: 'Tabel 2.7', lines: lines('Penyelenggaraan Urusan Pemerintahan Umum', 1_000) }),
        budgetTable({ sheet: 'Tabel 3.8', lines: lines('Penyelengaraan Urusan Pemerintahan Umum', 900) }),
      ],
    });
    const findings = checkWorkbook(m, DEFAULT_SETTINGS);
    expect(ruleCells(findings).sort()).toEqual([
      'ANG-01 Tabel 3.8!C2',
      'NAM-01 Tabel 3.8!B3',
      'XTB-01 Tabel 3.8!C3',
    ]);
    const nam = findings.find((f) => f.rule === 'NAM-01');
    expect(nam?.message).toContain('Penyelengaraan Urusan Pemerintahan Umum');
    expect(nam?.message).toContain('Tabel 2.7!B3');
  });

  it('compares one indicator written "perijinan" and "perizinan" across tables (KIN-04) and says so', () => {
    const row = (indikator: string, target: string) => ({
      name: 'Meningkatnya Pelayanan',
      indikator,
      target,
      realisasi: target,
      capaian: 1,
    });
    const m = model({
      sheetOrder: ['Tabel 2.6', 'Tabel 3.2'],
      indicators: [
        indicatorTable({
          sheet: 'Tabel 2.6',
          rows: [row('Persentase Perijinan Terbit Tepat Waktu', '90 %')],
        }),
        indicatorTable({
          sheet: 'Tabel 3.2',
          rows: [row('Persentase Perizinan Terbit Tepat Waktu', '95 %')],
        }),
      ],
    });
    expect(ruleCells(checkWorkbook(m, DEFAULT_SETTINGS)).sort()).toEqual([
      'KIN-04 Tabel 3.2!D2',
      'NAM-01 Tabel 3.2!C2',
    ]);
  });

  it('matches nothing, and says so, when two lines of the earlier table fit equally well', () => {
    const m = model({
      sheetOrder: ['Tabel 2.7', 'Tabel 3.8'],
      budgets: [
        budgetTable({
          sheet: 'Tabel 2.7',
          lines: [
            { level: 'program', name: 'Program Pembinaan Wilayah Perbatasan', pagu: 100 },
            { level: 'program', name: 'Program Pembinaan Wilayah Perbatasen', pagu: 200 },
          ],
        }),
        budgetTable({
          sheet: 'Tabel 3.8',
          lines: [{ level: 'program', name: 'Program Pembinaan Wilayah Perbatasn', pagu: 300 }],
        }),
      ],
    });
    const findings = checkWorkbook(m, DEFAULT_SETTINGS);
    expect(ruleCells(findings)).toEqual(['NAM-01 Tabel 3.8!B2']);
    expect(findings[0].message).toContain('Program Pembinaan Wilayah Perbatasan');
    expect(findings[0].message).toContain('Program Pembinaan Wilayah Perbatasen');
    expect(findings[0].message).toContain('tidak dicocokkan');
  });

  it('says nothing when the names differ only in case, spacing, punctuation or the word "Program"', () => {
    const m = model({
      sheetOrder: ['Tabel 2.7', 'Tabel 3.8'],
      budgets: [
        budgetTable({
          sheet: 'Tabel 2.7',
          lines: [
            {
              level: 'program',
              name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
              pagu: 100,
            },
          ],
        }),
        budgetTable({
          sheet: 'Tabel 3.8',
          lines: [
            { level: 'program', name: 'PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA', pagu: 100 },
          ],
        }),
      ],
    });
    expect(checkWorkbook(m, DEFAULT_SETTINGS)).toEqual([]);
  });
});
