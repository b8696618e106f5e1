import { Decimal } from '../../../src/core/decimal';
import { PlanEvaluator } from '../../../src/core/laporan/evaluate-plans';
import { planRekap } from '../../../src/core/plan/plan-rekap';
import { ownerMarkName, type SheetPlan } from '../../../src/core/plan/sheet-plan';
import type { Rekap } from '../../../src/core/rekap/rekap';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { rc, unit } from '../rekap/units';

const REKAP: Rekap = {
  units: [
    unit({
      unit: 'Kecamatan Batang',
      file: 'kec/batang.xlsx',
      year: 2023,
      galat: 2,
      peringatan: 1,
      rules: [rc('ANG-01', 'galat', 2), rc('NUM-02', 'peringatan', 1)],
      pagu: 1_250_000_000,
      realisasi: 1_000_000_000,
      capaian: 0.9,
      capaianRows: 3,
      kategori: 'Tinggi',
    }),
    unit({
      unit: 'Dinas Sosial',
      file: 'dinas "sosial".xlsx',
      year: 2023,
      galat: 5,
      info: 1,
      rules: [rc('ANG-01', 'galat', 1), rc('KIN-01', 'galat', 4), rc('STR-02', 'info', 1)],
      pagu: 3_000_000_001,
      realisasi: 2_999_999_999,
      capaian: 1.1,
      capaianRows: 2,
      kategori: 'Sangat Tinggi',
    }),
    unit({ unit: 'Arsip', file: 'arsip.xlsx', unitFromTitle: false, tables: 0, year: 2022 }),
  ],
  unreadable: [{ file: 'rusak.xlsx', error: 'Berkas terpotong.' }],
  skipped: [{ file: 'catatan.pdf', reason: 'bukan buku kerja .xlsx atau .xlsm' }],
};

const plans = planRekap(REKAP, { settings: DEFAULT_SETTINGS, linkOf: (f) => `../masuk/${f}` });
const [unitSheet, aturanSheet, pemdaSheet] = plans;
const evaluator = new PlanEvaluator(plans);

/** The 0-based row whose column `col` holds `text`. */
function rowOf(plan: SheetPlan, text: string, col = 1): number {
  const r = plan.cells.findIndex((row) => row?.[col]?.value === text);
  if (r < 0) throw new Error(`${text} tidak ada di ${plan.name}`);
  return r;
}

const num = (plan: SheetPlan, r: number, c: number) => {
  const v = evaluator.value(plan, r, c);
  return v instanceof Decimal ? v.toNumber() : v;
};

/** Labels of the lower header row (the row above the column numbers); merged cells have none. */
const headerRow = (plan: SheetPlan) => {
  const numbers = plan.cells.findIndex((row) => row?.[0]?.style === 'nomor-kolom');
  return plan.cells[numbers - 1]!.map((c) => c?.value);
};

describe('planRekap', () => {
  it('plans three sheets with their owner marks, so a rekap fed back to periksa is not taken for a unit', () => {
    expect(plans.map((p) => [p.table, p.name])).toEqual([
      ['rekap.unit', 'Rekap Unit'],
      ['rekap.aturan', 'Temuan per Aturan'],
      ['rekap.pemda', 'Rekap Pemda'],
    ]);
    expect(plans.map((p) => ownerMarkName(p.table))).toEqual(['SAKIP_REKAP_UNIT', 'SAKIP_REKAP_ATURAN', 'SAKIP_REKAP_PEMDA']);
    for (const p of plans) expect(p.print.orientation).toBe('landscape');
  });
});

describe('Rekap Unit', () => {
  it('lists the units by galat, then the unreadable files with their reason', () => {
    const first = rowOf(unitSheet, 'Dinas Sosial');
    const names = [0, 1, 2, 3].map((k) => unitSheet.cells[first + k]?.[1]?.value);
    expect(names).toEqual(['Dinas Sosial', 'Kecamatan Batang', 'Arsip', 'rusak']);
    expect(unitSheet.cells[first + 3]?.[8]).toEqual({ value: 'Tidak terbaca: Berkas terpotong.', style: 'galat' });
    expect(unitSheet.cells[first + 2]?.[8]?.value).toBe(
      'nama unit dari nama berkas (judul tabel tidak menyebutnya); tidak ada tabel yang dikenali',
    );
  });

  it('links each file from where the rekap is, quotes in its name doubled', () => {
    const r = rowOf(unitSheet, 'Dinas Sosial');
    expect(unitSheet.cells[r]?.[7]?.formula).toBe('HYPERLINK("../masuk/dinas ""sosial"".xlsx","dinas ""sosial"".xlsx")');
    expect(unitSheet.cells[rowOf(unitSheet, 'Kecamatan Batang')]?.[7]?.formula).toBe(
      'HYPERLINK("../masuk/kec/batang.xlsx","batang.xlsx")',
    );
  });

  it('links a file whose name looks like an address or a program as a file in the rekap’s folder', () => {
    const files = ['https:phish.example.xlsx', 'javascript:alert(1).xlsx', 'C:\\LKjIP\\a.xlsx', 'mailto:x@y.xlsx'];
    const [sheet] = planRekap(
      { units: files.map((file, i) => unit({ unit: `U${i}`, file })), unreadable: [], skipped: [] },
      { settings: DEFAULT_SETTINGS },
    );
    const targets = files.map((_f, i) => /^HYPERLINK\("([^"]*)"/.exec(sheet.cells[rowOf(sheet, `U${i}`)]?.[7]?.formula ?? '')?.[1]);
    expect(targets).toEqual(['./https:phish.example.xlsx', './javascript:alert(1).xlsx', 'C:\\LKjIP\\a.xlsx', './mailto:x@y.xlsx']);
  });

  it('keeps a quote in a file name inside the link’s text, so it cannot end the formula’s string', () => {
    const file = 'a",WEBSERVICE("x")&".xlsx';
    const [sheet] = planRekap({ units: [unit({ unit: 'A', file })], unreadable: [], skipped: [] }, { settings: DEFAULT_SETTINGS });
    expect(sheet.cells[rowOf(sheet, 'A')]?.[7]?.formula).toBe(
      'HYPERLINK("a"",WEBSERVICE(""x"")&"".xlsx","a"",WEBSERVICE(""x"")&"".xlsx")',
    );
  });

  it('shows a path Excel cannot take as a link target (over 255 characters) as text', () => {
    const long = `${'folder/'.repeat(40)}a.xlsx`;
    const [sheet] = planRekap({ units: [unit({ unit: 'A', file: long })], unreadable: [], skipped: [] }, { settings: DEFAULT_SETTINGS });
    const cell = sheet.cells[rowOf(sheet, 'A')]?.[7];
    expect(cell).toEqual({ value: 'a.xlsx', style: 'teks' });
  });

  it('totals tables and findings with live SUMs: 2 tables, 7 galat, 1 peringatan, 1 info', () => {
    const total = rowOf(unitSheet, 'JUMLAH', 0);
    expect(unitSheet.cells[total]?.[4]?.formula).toMatch(/^SUM\(E\d+:E\d+\)$/);
    expect([3, 4, 5, 6].map((c) => num(unitSheet, total, c))).toEqual([2, 7, 1, 1]);
  });

  it('says how many were checked, unreadable and skipped, and names each skipped file', () => {
    expect(unitSheet.cells[2]?.[0]?.value).toBe('3 buku kerja diperiksa, 1 tidak terbaca, 1 berkas dilewati');
    expect(unitSheet.cells.some((row) => row?.[0]?.value === 'Dilewati: catatan.pdf — bukan buku kerja .xlsx atau .xlsm')).toBe(true);
  });
});

describe('Temuan per Aturan', () => {
  it('has a column per rule and severity found, grouped galat · peringatan · info, and a JUMLAH column', () => {
    expect(headerRow(aturanSheet)).toEqual([undefined, undefined, 'ANG-01', 'KIN-01', 'NUM-02', 'STR-02', undefined]);
    const groups = aturanSheet.cells[rowOf(aturanSheet, 'UNIT KERJA')]!.map((c) => c?.value);
    expect(groups).toEqual(['NO', 'UNIT KERJA', 'GALAT', undefined, 'PERINGATAN', 'INFO', 'JUMLAH']);
  });

  it('counts each unit’s findings per column; its JUMLAH is all its findings, the JUMLAH row each rule’s', () => {
    const sosial = rowOf(aturanSheet, 'Dinas Sosial');
    expect([2, 3, 4, 5].map((c) => aturanSheet.cells[sosial]?.[c]?.value)).toEqual([1, 4, null, 1]);
    expect(num(aturanSheet, sosial, 6)).toBe(6);
    expect(num(aturanSheet, rowOf(aturanSheet, 'Arsip'), 6)).toBe(0);
    const total = rowOf(aturanSheet, 'JUMLAH', 0);
    expect([2, 3, 4, 5, 6].map((c) => num(aturanSheet, total, c))).toEqual([3, 4, 1, 1, 9]);
  });

  it('explains every column under the table', () => {
    const notes = aturanSheet.cells.map((row) => row?.[0]?.value).filter((v) => typeof v === 'string');
    expect(notes).toContain('ANG-01 (galat): Induk tidak sama dengan jumlah rinciannya.');
    expect(notes).toContain('STR-02 (info): Judul kolom yang tidak jelas atau tidak ada.');
    expect(notes).toContain('1 berkas tidak terbaca dan tidak masuk rekap ini; alasannya di lembar Rekap Unit.');
  });
});

describe('Rekap Pemda', () => {
  it('is titled with the year most units report, and lists the perangkat daerah by name', () => {
    expect(pemdaSheet.cells.slice(0, 3).map((row) => row?.[0]?.value)).toEqual([
      'Rekap Pemda',
      'Capaian Kinerja dan Anggaran Perangkat Daerah',
      'Tahun 2023',
    ]);
    const first = rowOf(pemdaSheet, 'Arsip');
    expect([0, 1, 2].map((k) => pemdaSheet.cells[first + k]?.[1]?.value)).toEqual(['Arsip', 'Dinas Sosial', 'Kecamatan Batang']);
  });

  it('computes each serapan live and shows each capaian with its kategori', () => {
    const batang = rowOf(pemdaSheet, 'Kecamatan Batang');
    expect(pemdaSheet.cells[batang]?.[2]).toEqual({ value: 1_250_000_000, numberFormat: '#,##0', style: 'teks' });
    // 1.000.000.000 / 1.250.000.000
    expect(num(pemdaSheet, batang, 4)).toBe(0.8);
    expect(num(pemdaSheet, batang, 6)).toBe('Tinggi');
    const arsip = rowOf(pemdaSheet, 'Arsip');
    expect([num(pemdaSheet, arsip, 4), num(pemdaSheet, arsip, 5), num(pemdaSheet, arsip, 6)]).toEqual(['-', '-', '']);
    expect(pemdaSheet.cells[arsip]?.[7]?.value).toBe(
      'tidak ada tabel anggaran; capaian kinerja tidak dapat dihitung (tidak ada tujuan/sasaran dengan target dan realisasi); laporan tahun 2022',
    );
  });

  it('totals pagu and realisasi to the rupiah (Rp 4.250.000.001 and Rp 3.999.999.999), and averages the capaian (100,00%)', () => {
    const total = rowOf(pemdaSheet, 'JUMLAH', 0);
    expect(num(pemdaSheet, total, 2)).toBe(4_250_000_001);
    expect(num(pemdaSheet, total, 3)).toBe(3_999_999_999);
    expect(evaluator.value(pemdaSheet, total, 4)).toEqual(new Decimal(3_999_999_999).div(4_250_000_001));
    const mean = rowOf(pemdaSheet, 'RATA-RATA CAPAIAN KINERJA', 0);
    // (0,9 + 1,1) / 2; Arsip's "-" is left out as AVERAGE leaves text out
    expect(num(pemdaSheet, mean, 5)).toBe(1);
    expect(num(pemdaSheet, mean, 6)).toBe('Sangat Tinggi');
  });

  it('notes units of another year, units sent twice and unreadable files', () => {
    const twice = planRekap(
      {
        units: [unit({ unit: 'Dinas PU', file: 'a.xlsx', year: 2023 }), unit({ unit: 'DINAS PU', file: 'b.xlsx', year: 2023 })],
        unreadable: [],
        skipped: [],
      },
      { settings: DEFAULT_SETTINGS },
    )[2];
    expect(twice.notes).toEqual(['"Dinas PU" tercatat di 2 berkas (a.xlsx, b.xlsx); semuanya ikut dijumlahkan.']);
    expect(pemdaSheet.notes).toEqual([
      'Unit yang melaporkan tahun lain dari 2023 atau tidak menyebut tahun: Arsip.',
      '1 berkas tidak terbaca dan tidak masuk rekap ini; alasannya di lembar Rekap Unit.',
    ]);
  });
});

describe('planRekap without a workbook to show', () => {
  it('says so on each sheet instead of an empty table', () => {
    const empty = planRekap({ units: [], unreadable: [], skipped: [] }, { settings: DEFAULT_SETTINGS });
    for (const p of empty) {
      expect(p.cells.some((row) => row?.[0]?.value === 'Tidak ada buku kerja yang dapat diperiksa.')).toBe(true);
      expect(p.cells.some((row) => row?.some((c) => c?.formula !== undefined))).toBe(false);
    }
  });

  it('says there are no findings when no unit has one', () => {
    const clean = planRekap({ units: [unit({ unit: 'A' })], unreadable: [], skipped: [] }, { settings: DEFAULT_SETTINGS })[1];
    expect(clean.cells.some((row) => row?.[0]?.value === 'Tidak ada temuan di buku kerja mana pun.')).toBe(true);
  });
});
