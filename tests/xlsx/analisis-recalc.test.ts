/**
 * Tabel 3.6, 3.7 and the Ringkasan of the sample workbook after a real recalculation in LibreOffice
 * (headless, one conversion for everything). The expected numbers are worked out here independently
 * (Decimal from the sample's own cells, core terbilang/kategori on the recalculated totals), never
 * copied from the planners. Skips with a message when soffice is missing and CI is unset.
 *
 * The sample is changed in memory in two ways before generating: three realisasi of programme 1.2.2
 * are lowered so that the Tabel 3.7 judgments include "Tidak menunjang" (Sedang, Rendah) as well as
 * "Menunjang"; and a user sheet named "Tabel 3.8" is added, so the generated one must take another
 * name and the Ringkasan must still read the generated one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { Decimal } from '../../src/core/decimal';
import { periksaWorkbook, susunWorkbook } from '../../src/core/engine';
import { kategoriCapaian } from '../../src/core/formulas/kategori';
import { terbilang } from '../../src/core/formulas/terbilang';
import { formatPersen, formatRupiah } from '../../src/core/numbers/format-number';
import type { SheetPlan } from '../../src/core/plan/sheet-plan';
import { persenTextFormula, rupiahTextFormula } from '../../src/core/plan/text-formulas';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { loadXlsx } from '../../src/xlsx/read-workbook';
import { writeInputSheetsToPackage, writePlansToPackage, type WriteReport } from '../../src/xlsx/write-package';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeLibreOfficeProfile } = require('../../scripts/lo-profile') as {
  makeLibreOfficeProfile(o?: { locale?: string }): { arg: string; dir: string };
};

const EXAMPLE = readFileSync(path.join(__dirname, '../../examples/contoh-kecamatan.xlsx'));
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const inCI = process.env.CI === 'true';

if (!hasSoffice && !inCI) {
  console.warn('LibreOffice (soffice) tidak terpasang: uji hitung ulang Tabel 3.6/3.7/Ringkasan dilewati (CI tidak diset).');
}

/** Kinerja sheet rows (1-based) of programme 1.2.2 and two lines under it, with the realisasi lowered. */
const LOWERED: Array<{ row: number; realisasi: string; capaian: number }> = [
  { row: 20, realisasi: '60 %', capaian: 0.6 }, // programme 1.2.2: 60% → Rendah
  { row: 21, realisasi: '10 Laporan', capaian: 10 / 13 }, // kegiatan 1.2.2.1: 76,92% → Tinggi
  { row: 22, realisasi: '8 Laporan', capaian: 8 / 12 }, // sub kegiatan: 66,67% → Sedang
];

/** Amounts and fractions the text formulas must write as id-ID text in any locale. */
const RUPIAH_CASES = [0, 7, 1000, 36800, 1001000, 2702337210, 999999999999999, -1500];
const PERSEN_CASES = [0.86170, 0.98780487804878, 1, 0.005, -0.1383];

function resultOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result ?? '';
  return v;
}

function findRow(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === text) return r;
  throw new Error(`'${text}' tidak ada di ${ws.name}`);
}

/** Data rows of a generated indicator sheet: under the column-number row until the first empty row. */
function dataRows(ws: ExcelJS.Worksheet): number[] {
  let r = 1;
  while (!(ws.getCell(r, 1).value === 1 && ws.getCell(r, 2).value === 2)) r++;
  const rows: number[] = [];
  for (r++; ws.getCell(r, 2).value !== null && ws.getCell(r, 2).value !== undefined; r++) rows.push(r);
  return rows;
}

/** A plain sheet of text-formula cases: value in A, rupiah text in B, percentage text in C. */
function textCasesSheet(): Omit<SheetPlan, 'table'> {
  const cells: SheetPlan['cells'] = [];
  const rows = Math.max(RUPIAH_CASES.length, PERSEN_CASES.length);
  for (let i = 0; i < rows; i++) {
    const a = `A${i + 1}`;
    const d = `D${i + 1}`;
    cells.push([
      { value: RUPIAH_CASES[i] ?? null },
      RUPIAH_CASES[i] === undefined ? undefined : { formula: rupiahTextFormula(a) },
      undefined,
      { value: PERSEN_CASES[i] ?? null },
      PERSEN_CASES[i] === undefined ? undefined : { formula: persenTextFormula(d) },
    ]);
  }
  return { name: 'Uji Teks', cells, columnWidths: [20, 30, 4, 20, 20], merges: [], outline: [], freeze: { rows: 0, columns: 0 }, print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true }, notes: [] };
}

const describeLo = hasSoffice ? describe : inCI ? describe : describe.skip;

describeLo('LibreOffice recalculation of Tabel 3.6, 3.7 and the Ringkasan', () => {
  let wb: ExcelJS.Workbook;
  let report: WriteReport;
  let stated: Map<string, number>;
  const sheet = (table: string) => wb.getWorksheet(report.sheets.find((s) => s.table === table)!.sheet)!;

  beforeAll(async () => {
    if (!hasSoffice) throw new Error('CI=true tetapi LibreOffice (soffice) tidak terpasang.');
    const source = new ExcelJS.Workbook();
    await source.xlsx.load(EXAMPLE as unknown as ExcelJS.Buffer);
    const kinerja = source.getWorksheet('Kinerja')!;
    for (const l of LOWERED) {
      kinerja.getCell(l.row, 8).value = l.realisasi;
      kinerja.getCell(l.row, 9).value = l.capaian;
    }
    source.addWorksheet('Tabel 3.8').getCell('A1').value = 'Catatan pribadi, bukan tabel';
    const sourceBytes = new Uint8Array(await source.xlsx.writeBuffer());
    const loaded = await loadXlsx(sourceBytes, 'contoh.xlsx');
    const periksa = periksaWorkbook(loaded.snapshot, DEFAULT_SETTINGS);
    // The capaian the user stated in the indicator table (numbers only), by indicator.
    stated = new Map();
    for (const row of periksa.model.indicators[0].rows) {
      const c = row.capaian;
      if (c && 'value' in c && row.indikator) stated.set(row.indikator.text, c.value.toNumber());
    }
    const susun = susunWorkbook(periksa, DEFAULT_SETTINGS);
    const generated = await writePlansToPackage(sourceBytes, susun.plans);
    report = generated.report;
    const written = await writeInputSheetsToPackage(generated.bytes, [textCasesSheet()]);

    const profile = makeLibreOfficeProfile();
    const work = mkdtempSync(path.join(os.tmpdir(), 'sakip-analisis-'));
    try {
      const input = path.join(work, 'analisis.xlsx');
      writeFileSync(input, written.bytes);
      const outDir = path.join(work, 'hitung');
      const run = spawnSync('soffice', [profile.arg, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, input], { encoding: 'utf8', timeout: 170_000 });
      if (run.status !== 0) throw new Error(`soffice gagal: ${run.stderr}`);
      wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(path.join(outDir, 'analisis.xlsx')) as unknown as ExcelJS.Buffer);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(profile.dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('gives the generated Tabel 3.8 a free name beside the user sheet of that name', () => {
    expect(report.sheets.find((s) => s.table === '3.8')).toMatchObject({ sheet: 'Tabel 3.8 (2)', wantedName: 'Tabel 3.8' });
    expect(wb.getWorksheet('Tabel 3.8')!.getCell('A1').value).toBe('Catatan pribadi, bukan tabel');
  });

  it('Tabel 3.6: every capaian equals Tabel 3.2’s and the one stated in the indicator table', () => {
    const t36 = sheet('3.6');
    const t32 = sheet('3.2');
    const capaian32 = new Map(dataRows(t32).map((r) => [String(t32.getCell(r, 3).value), resultOf(t32.getCell(r, 6))]));
    const rows = dataRows(t36);
    expect(rows.length).toBe(35);
    let compared32 = 0;
    let comparedStated = 0;
    for (const r of rows) {
      const indikator = String(t36.getCell(r, 3).value);
      const c = resultOf(t36.getCell(r, 6));
      if (capaian32.has(indikator)) {
        expect([indikator, c]).toEqual([indikator, capaian32.get(indikator)]);
        compared32++;
      }
      const s = stated.get(indikator);
      if (s !== undefined) {
        expect(typeof c).toBe('number');
        // The sample states capaian to 0,01 point (98,78%).
        expect([indikator, Math.abs((c as number) - s) < 0.00005]).toEqual([indikator, true]);
        comparedStated++;
      }
    }
    expect(compared32).toBe(5);
    expect(comparedStated).toBeGreaterThanOrEqual(33);
  });

  it('Tabel 3.6: analysis and solution cells are left to fill, none invented (the sample has none)', () => {
    const t36 = sheet('3.6');
    for (const r of dataRows(t36)) {
      expect(t36.getCell(r, 7).value ?? null).toBeNull();
      expect(t36.getCell(r, 8).value ?? null).toBeNull();
    }
  });

  it('Tabel 3.7: every capaian equals Tabel 3.6’s, every kategori the scale’s, every judgment its kategori', () => {
    const t36 = sheet('3.6');
    const t37 = sheet('3.7');
    const capaian36 = new Map(dataRows(t36).map((r) => [String(t36.getCell(r, 2).value), resultOf(t36.getCell(r, 6))]));
    const level36 = new Map(dataRows(t36).map((r) => [String(t36.getCell(r, 2).value), String(t36.getCell(r, 1).value)]));
    const verdicts = new Set<string>();
    let judged = 0;
    for (const r of dataRows(t37)) {
      const name = t37.getCell(r, 5).value;
      if (typeof name !== 'string') continue;
      const c = resultOf(t37.getCell(r, 7));
      expect([name, c]).toEqual([name, capaian36.get(name)]);
      const kategori = kategoriCapaian(new Decimal(c as number));
      expect([name, resultOf(t37.getCell(r, 8))]).toEqual([name, kategori]);
      // Numbering: 1.1.1 program, 1.1.1.1 kegiatan, "-" sub kegiatan.
      const no = level36.get(name)!;
      const tingkat = no === '-' ? 'sub kegiatan' : no.split('.').length === 3 ? 'program' : 'kegiatan';
      const verdict = kategori === 'Sangat Tinggi' || kategori === 'Tinggi' ? 'Menunjang' : 'Tidak menunjang';
      expect([name, resultOf(t37.getCell(r, 9))]).toEqual([name, `${verdict}, capaian realisasi kinerja ${tingkat} ${kategori.toLowerCase()}`]);
      verdicts.add(`${verdict} ${kategori}`);
      judged++;
    }
    expect(judged).toBe(30);
    expect([...verdicts].sort()).toEqual(['Menunjang Sangat Tinggi', 'Menunjang Tinggi', 'Tidak menunjang Rendah', 'Tidak menunjang Sedang']);
  });

  it('Ringkasan: pagu and realisasi equal Tabel 3.8’s JUMLAH row; serapan and efisiensi follow from them', () => {
    const t38 = sheet('3.8');
    const rk = sheet('ringkasan');
    const jumlah = findRow(t38, 1, 'JUMLAH');
    const pagu = resultOf(t38.getCell(jumlah, 3)) as number;
    const realisasi = resultOf(t38.getCell(jumlah, 4)) as number;
    const value = (label: string) => resultOf(rk.getCell(findRow(rk, 1, label), 2));
    expect(value('Pagu anggaran (JUMLAH Tabel 3.8)')).toBe(pagu);
    expect(value('Realisasi anggaran (JUMLAH Tabel 3.8)')).toBe(realisasi);
    expect(pagu).toBe(2697987570);
    const serapan = new Decimal(realisasi).div(pagu);
    expect(Math.abs((value('Serapan anggaran (realisasi / pagu)') as number) - serapan.toNumber())).toBeLessThan(1e-12);
    // Sasaran capaian as stated in the sample: 98,78% (81/82), 100%, 100% → mean 99,59%.
    const kinerja = new Decimal(81).div(82).plus(2).div(3);
    expect(Math.abs((value('Capaian kinerja (rata-rata capaian sasaran)') as number) - kinerja.toNumber())).toBeLessThan(1e-12);
    expect(Math.abs((value('Tingkat efisiensi (metode selisih)') as number) - kinerja.minus(serapan).toNumber())).toBeLessThan(1e-12);
  });

  it('Ringkasan: the terbilang text is TERBILANG of the recalculated total, and the sentence quotes both', () => {
    const t38 = sheet('3.8');
    const rk = sheet('ringkasan');
    const jumlah = findRow(t38, 1, 'JUMLAH');
    const pagu = new Decimal(resultOf(t38.getCell(jumlah, 3)) as number);
    const realisasi = new Decimal(resultOf(t38.getCell(jumlah, 4)) as number);
    const words = (label: string) => rk.getCell(findRow(rk, 1, label), 3).value;
    const check = (label: string) => resultOf(rk.getCell(findRow(rk, 1, label), 2));
    expect(words('Pagu anggaran, terbilang')).toBe((terbilang(pagu) as { text: string }).text);
    expect(words('Realisasi anggaran, terbilang')).toBe((terbilang(realisasi) as { text: string }).text);
    expect(check('Pagu anggaran, terbilang')).toBe('');
    const sentence = String(resultOf(rk.getCell(findRow(rk, 1, 'Kalimat: anggaran dan realisasi'), 3)));
    const p = terbilang(pagu) as { text: string };
    const q = terbilang(realisasi) as { text: string };
    expect(sentence).toBe(
      'Pada pelaksanaan pencapaian target indikator kinerja sasaran di Kecamatan Kalianget Tahun 2023 teralokasi anggaran sebesar ' +
        `Rp ${formatRupiah(pagu)},- (${p.text}) sedangkan realisasi sampai dengan 31 Desember 2023 sebesar ` +
        `Rp ${formatRupiah(realisasi)},- (${q.text}), dengan capaian persentase sebesar ${formatPersen(realisasi.div(pagu))}.`,
    );
  });

  it('Ringkasan: the Bab IV list (counts, average capaian, kategori) as in the seed', () => {
    const rk = sheet('ringkasan');
    const sentence = (label: string) => String(resultOf(rk.getCell(findRow(rk, 1, label), 3)));
    expect(sentence('Kalimat: tujuan, sasaran dan indikator')).toBe(
      'Tahun 2023 Kecamatan Kalianget menetapkan sebanyak 2 (dua) tujuan, 3 (tiga) sasaran dengan 3 (tiga) indikator kinerja.',
    );
    expect(sentence('Kalimat: capaian sasaran')).toBe(
      '- Sasaran sebanyak 3 (tiga) terdiri dari 3 (tiga) indikator kinerja dengan rata-rata capaian kinerja sebesar 99,59% (Kategori Sangat Tinggi);',
    );
    // Six programmes, one lowered to 60%: (5 + 0,6) / 6 = 93,33%.
    expect(sentence('Kalimat: capaian sasaran program')).toBe(
      '- Sasaran program sebanyak 6 (enam) terdiri dari 6 (enam) indikator kinerja dengan rata-rata capaian kinerja sebesar 93,33% (Kategori Sangat Tinggi);',
    );
  });

  it('writes Rupiah and percentages as id-ID text with built-in functions only', () => {
    const ws = wb.getWorksheet('Uji Teks')!;
    RUPIAH_CASES.forEach((n, i) => expect([n, resultOf(ws.getCell(i + 1, 2))]).toEqual([n, formatRupiah(n)]));
    PERSEN_CASES.forEach((x, i) => expect([x, resultOf(ws.getCell(i + 1, 5))]).toEqual([x, formatPersen(new Decimal(x))]));
  });

  it('recalculates the three sheets without an error value', () => {
    const errors: string[] = [];
    for (const table of ['3.6', '3.7', 'ringkasan']) {
      sheet(table).eachRow((row) =>
        row.eachCell((cell) => {
          const v = resultOf(cell);
          if (v !== null && typeof v === 'object' && 'error' in v) errors.push(`${table}!${cell.address}`);
        }),
      );
    }
    expect(errors).toEqual([]);
  });
});
