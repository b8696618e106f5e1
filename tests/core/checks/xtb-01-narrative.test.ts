/**
 * XTB-01 on the seed's Bab IV sentence: the foreword quotes Rp. 2.752.010.113 while Tabel 3.8 adds up
 * to 2.702.337.210 — read from an .xlsx through the whole Periksa pipeline, the finding names that cell.
 */
import ExcelJS from 'exceljs';
import { periksaWorkbook } from '../../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { loadXlsx } from '../../../src/xlsx/read-workbook';
import { seedTabel38Converted } from '../../fixtures/budget-workbooks';

/** The seed's Bab IV sentence (seed text, line 1022), as staff paste it into a cell. */
const BAB_IV =
  'Pada pelaksanaan pencapaian target indikator kinerja sasaran di Kecamatan Kalianget Kabupaten Sumenep Tahun 2023 ' +
  'teralokasi anggaran sebesar Rp. 2.752.010.113,- (Dua Milyard Tujuh Ratus Lima Puluh Dua Juta Sepuluh Ribu Seratus ' +
  'Tiga Belas Rupiah) sedangkan untuk realisasi tahun anggaran 2021 sampai 31 Desember 2021 Rp. 2.371.370.098';

async function seedWithBabIV(sentence: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await seedTabel38Converted()) as unknown as ExcelJS.Buffer);
  const ws = wb.addWorksheet('Bab IV');
  ws.getCell('A1').value = 'BAB IV PENUTUP';
  ws.getCell('B4').value = sentence;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XTB-01 on the narrative of Bab IV', () => {
  it('reports Rp. 2.752.010.113 at its cell against tables totalling 2.702.337.210', async () => {
    const loaded = await loadXlsx(await seedWithBabIV(BAB_IV), 'seed.xlsx');
    const { findings } = periksaWorkbook(loaded.snapshot, DEFAULT_SETTINGS);
    const xtb = findings.filter((f) => f.rule === 'XTB-01' && f.sheet === 'Bab IV');
    expect(xtb).toHaveLength(1);
    expect(xtb[0]).toMatchObject({ cell: 'B4', expected: '2.702.337.210', actual: '2.752.010.113' });
  });

  it('reports nothing in that cell when the sentence quotes the tables’ own totals', async () => {
    const agreeing = BAB_IV.replace('2.752.010.113', '2.702.337.210').replace(/ sedangkan .*$/, '');
    const loaded = await loadXlsx(await seedWithBabIV(agreeing), 'seed.xlsx');
    const { findings } = periksaWorkbook(loaded.snapshot, DEFAULT_SETTINGS);
    expect(findings.filter((f) => f.rule === 'XTB-01' && f.sheet === 'Bab IV')).toEqual([]);
  });
});
