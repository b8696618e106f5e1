/**
 * Tabel 3.6 from a workbook laid out like the seed's own Tabel 3.6 (with its Analisis and Solusi
 * columns): the texts the user wrote come through recognition into the generated sheet, unchanged.
 */
import ExcelJS from 'exceljs';
import { periksaWorkbook, susunWorkbook } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { loadXlsx } from '../../src/xlsx/read-workbook';

/** Seed text, Tabel 3.6 (lines ~700–712 of the seed). */
const ANALISIS = 'Profesionalisme pelaksana layanan publik relatif masih rendah atas Kebijakan Pelayanan berbasis Sistem';
const SOLUSI =
  'Pembinaan dan bimbingan atas Peraturan Bupati Sumenep Nomor 09 Tahun 2010 Tentang Pengelolaan Pengaduan Pelayanan di lingkungan Pemerintah Kabupaten Sumenep';

async function seedTabel36(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bab III');
  ws.getCell('A1').value = 'Tabel 3.6';
  ws.getCell('A2').value = 'Analisis Keberhasilan, Kegagalan dan Solusi';
  const rows: Array<Array<string | number>> = [
    ['No', 'Tujuan/ Sasaran/ Program/ Kegiatan/ Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Analisis Keberhasilan/ Kegagalan', 'Solusi yang dilakukan'],
    ['1.', 'Meningkatkan Pelayanan Publik di Kecamatan', 'Nilai IKM Kecamatan', '82 Nilai', '81 Nilai', 0.9878],
    ['1.1', 'Meningkatnya Mutu Layanan Publik', 'Nilai SKM Kecamatan', '82 Nilai', '81 Nilai', 0.9878],
    ['1.1.1', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Persentase Layanan Publik yang diselenggarakan di Kecamatan', '100 %', '100 %', 1, ANALISIS, SOLUSI],
    ['1.1.1.1', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Jumlah Laporan Pelaksanaan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', '4 Laporan', '4 Laporan', 1],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(4 + i, 1 + j).value = v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('Tabel 3.6 from the seed layout', () => {
  it("keeps the user's analysis and solution of program 1.1.1 and marks the sasaran's for filling", async () => {
    const loaded = await loadXlsx(await seedTabel36(), 'seed-36.xlsx');
    const result = periksaWorkbook(loaded.snapshot, DEFAULT_SETTINGS);
    const plan = susunWorkbook(result, DEFAULT_SETTINGS, ['3.6']).plans.find((p) => p.table === '3.6')!;
    const row = (name: string) => plan.cells.find((r) => r?.[1]?.value === name)!;
    const program = row('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik');
    expect([program[0]?.value, program[6]?.value, program[7]?.value]).toEqual(['1.1.1', ANALISIS, SOLUSI]);
    const sasaran = row('Meningkatnya Mutu Layanan Publik');
    expect([sasaran[6], sasaran[7]]).toEqual([{ value: null, style: 'isian' }, { value: null, style: 'isian' }]);
    expect(row('Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan')[0]?.value).toBe('1.1.1.1');
  });
});
