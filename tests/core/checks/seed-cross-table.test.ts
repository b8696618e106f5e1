import { loadXlsx } from '../../../src/xlsx/read-workbook';
import { periksaWorkbook } from '../../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { seedTabel38Pasted } from '../../fixtures/budget-workbooks';
import { sheetFromText } from '../../fixtures/text-sheet';
import { SEED_TABEL27_TEXT, SEED_TABEL310_TEXT } from './seed-budget-texts';

/**
 * XTB-01 across the seed's three budget tables in one workbook, in the order of the report: Tabel 2.7
 * (the DPA, pagu only), Tabel 3.8 (sheet Bab III, pasted) and Tabel 3.10. Worked out by hand from the
 * seed: every program and kegiatan the tables share by name has the same pagu and realisasi — except
 * kegiatan "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 4.186.950 in Tabel 2.7
 * and `4.186,950` (read 4.186,95) in Tabel 3.8 (D11) and Tabel 3.10 (C7). The JUMLAH rows agree
 * (2.702.337.210 / 2.146.644.864). Names that differ by a word ("Pemerintah" / "Pemerintahan",
 * "Ketentraman" / "Ketenteraman") are not matched.
 */
describe('the seed’s Tabel 2.7, 3.8 and 3.10 in one workbook', () => {
  it('reports exactly the one kegiatan whose pagu differs from Tabel 2.7, in both later tables', async () => {
    const pasted = await loadXlsx(await seedTabel38Pasted(), 'seed.xlsx');
    const snapshot = {
      name: 'seed.xlsx',
      sheets: [
        sheetFromText('Tabel 2.7', SEED_TABEL27_TEXT),
        ...pasted.snapshot.sheets,
        sheetFromText('Tabel 3.10', SEED_TABEL310_TEXT),
      ],
    };
    const result = periksaWorkbook(snapshot, DEFAULT_SETTINGS);
    expect(result.model.budgets.map((t) => t.sheet)).toEqual(['Tabel 2.7', 'Bab III', 'Tabel 3.10']);
    const xtb = result.findings.filter((f) => f.rule === 'XTB-01');
    expect(xtb.map((f) => `${f.sheet}!${f.cell} ${f.expected} → ${f.actual}`)).toEqual([
      'Bab III!D11 4.186.950 → 4.186,95',
      'Tabel 3.10!C7 4.186.950 → 4.186,95',
    ]);
    expect(xtb[0].message).toContain('Tabel 2.7!');
  });
});
