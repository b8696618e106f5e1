import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { periksaWorkbook, type PeriksaResult } from '../../../src/core/engine';
import { compareRules, fileStem, summariseUnit } from '../../../src/core/rekap/unit-summary';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Temuan } from '../../../src/core/temuan';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { budgetTable, indicatorTable, model } from '../plan/builders';

const temuan = (rule: Temuan['rule'], severity: Temuan['severity']): Temuan => ({
  rule,
  severity,
  sheet: 'Anggaran',
  cell: 'A1',
  row: 0,
  col: 0,
  message: '…',
});

function result(parts: Parameters<typeof model>[0], findings: Temuan[] = []): PeriksaResult {
  const summary = { galat: 0, peringatan: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return { model: model(parts), findings, summary };
}

// Program A's stated pagu (9 999) is wrong: the total is the sum over the budget lines, as Tabel 3.8's JUMLAH.
const BUDGET = budgetTable([
  ['program', 'PROGRAM A', 9_999, 9_999],
  ['kegiatan', 'Kegiatan A1', null, null],
  ['rekening', 'Belanja ATK', 1_000_000, 900_000],
  ['rekening', 'Belanja Makan Minum', 500_000, 500_000],
  ['program', 'PROGRAM B', null, null],
  ['rekening', 'Belanja Jasa', 2_000_000, 1_500_000],
]);
/** A shorter copy (Tabel 3.10 style) of another budget: never the one the totals come from. */
const SHORT = budgetTable([['program', 'PROGRAM X', 7, 7]], 'Tabel 3.10');

describe('summariseUnit: budget', () => {
  it('takes pagu and realisasi as the sums over the lines of the largest budget table: 3.500.000 and 2.900.000', () => {
    const u = summariseUnit('a.xlsx', result({ budgets: [SHORT, BUDGET] }), DEFAULT_SETTINGS);
    expect(u.pagu).toBe(3_500_000);
    expect(u.realisasi).toBe(2_900_000);
    // 2.900.000 / 3.500.000 = 29/35
    expect(u.serapan).toBeCloseTo(29 / 35, 15);
    expect(u.tables).toBe(2);
  });

  it('leaves pagu, realisasi and serapan out without a budget table, and serapan out for a pagu of 0', () => {
    const none = summariseUnit('a.xlsx', result({}), DEFAULT_SETTINGS);
    expect([none.pagu, none.realisasi, none.serapan]).toEqual([undefined, undefined, undefined]);
    const zero = summariseUnit('a.xlsx', result({ budgets: [budgetTable([['program', 'P', 0, 0]])] }), DEFAULT_SETTINGS);
    expect([zero.pagu, zero.realisasi, zero.serapan]).toEqual([0, 0, undefined]);
  });
});

describe('summariseUnit: capaian kinerja', () => {
  const KINERJA = indicatorTable([
    // 81 / 82
    { level: 'tujuan', name: 'Tujuan 1', target: '82 Nilai', realisasi: '81 Nilai' },
    // 90 % / 100 % = 0,9
    { level: 'sasaran', name: 'Sasaran 1', target: '100 %', realisasi: '90 %' },
    // lower is better: (2·10 − 14) / 10 = 0,6
    { level: 'sasaran', name: 'Sasaran 2', target: '10', realisasi: '14', polaritas: 'negatif' },
    // SAKIP grades D C CC B BB A AA: B (4) against BB (5) = 0,8
    { level: 'sasaran', name: 'Sasaran 3', target: 'BB', realisasi: 'B' },
    // not yet assessed, and a program row: neither counts
    { level: 'sasaran', name: 'Sasaran 4', target: '50', realisasi: 'Belum ada penilaian' },
    { level: 'program', name: 'Program 1', target: '10', realisasi: '5' },
  ]);

  it('is the mean capaian of the tujuan and sasaran rows that have one, as Tabel 3.2’s average: 82,20% Tinggi', () => {
    const u = summariseUnit('a.xlsx', result({ indicators: [KINERJA] }), DEFAULT_SETTINGS);
    // (81/82 + 0,9 + 0,6 + 0,8) / 4 = (269,6 / 82) / 4
    expect(u.capaian).toBeCloseTo(269.6 / 82 / 4, 14);
    expect(u.capaianRows).toBe(4);
    expect(u.kategori).toBe('Tinggi');
  });

  it('uses the user’s kategori scale', () => {
    const settings = { ...DEFAULT_SETTINGS, skalaKategori: [{ lower: 0.85, label: 'Baik' }, { lower: 0, label: 'Kurang' }] };
    expect(summariseUnit('a.xlsx', result({ indicators: [KINERJA] }), settings).kategori).toBe('Kurang');
  });

  it('has no capaian when no IKU row can be computed', () => {
    const t = indicatorTable([{ level: 'sasaran', name: 'S', target: '0', realisasi: '5' }]);
    const u = summariseUnit('a.xlsx', result({ indicators: [t] }), DEFAULT_SETTINGS);
    expect([u.capaian, u.kategori, u.capaianRows]).toEqual([undefined, undefined, 0]);
  });
});

describe('summariseUnit: who, when and the findings', () => {
  it('names the unit from the titles, else from the file name', () => {
    const titled = summariseUnit('x/Dinas PU.xlsx', result({ unit: 'Dinas Pekerjaan Umum', year: 2023 }), DEFAULT_SETTINGS);
    expect([titled.unit, titled.unitFromTitle, titled.year]).toEqual(['Dinas Pekerjaan Umum', true, 2023]);
    const untitled = summariseUnit('laporan/2023/Dinas PU.xlsx', result({}), DEFAULT_SETTINGS);
    expect([untitled.unit, untitled.unitFromTitle, untitled.year]).toEqual(['Dinas PU', false, undefined]);
  });

  it('takes the year the user set over the titles’ year', () => {
    expect(summariseUnit('a.xlsx', result({ year: 2023 }), { ...DEFAULT_SETTINGS, tahun: 2024 }).year).toBe(2024);
  });

  it('counts the findings per severity and per rule and severity, in catalogue order', () => {
    const findings = [
      temuan('STR-02', 'info'),
      temuan('ANG-01', 'galat'),
      temuan('NUM-01', 'info'),
      temuan('ANG-01', 'galat'),
      temuan('STR-02', 'peringatan'),
    ];
    const u = summariseUnit('a.xlsx', result({}, findings), DEFAULT_SETTINGS);
    expect([u.galat, u.peringatan, u.info]).toEqual([2, 1, 2]);
    expect(u.rules).toEqual([
      { rule: 'ANG-01', severity: 'galat', count: 2 },
      { rule: 'NUM-01', severity: 'info', count: 1 },
      { rule: 'STR-02', severity: 'peringatan', count: 1 },
      { rule: 'STR-02', severity: 'info', count: 1 },
    ]);
  });

  it('is plain data a worker thread can post: a structured clone equals it', () => {
    const u = summariseUnit('a.xlsx', result({ budgets: [BUDGET] }, [temuan('ANG-01', 'galat')]), DEFAULT_SETTINGS);
    expect(structuredClone(u)).toEqual(u);
  });

  it('of the sample workbook: Kecamatan Kalianget 2023, the seed’s lines summed by hand (Rp 2.697.987.570 and Rp 2.057.445.222)', async () => {
    const file = join(__dirname, '../../../examples/contoh-kecamatan.xlsx');
    const snapshot = await readSnapshot(readFileSync(file), 'contoh-kecamatan.xlsx');
    const u = summariseUnit('contoh-kecamatan.xlsx', periksaWorkbook(snapshot, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    expect([u.unit, u.year, u.pagu, u.realisasi]).toEqual(['Kecamatan Kalianget', 2023, 2_697_987_570, 2_057_445_222]);
    expect(u.tables).toBe(3);
  });
});

describe('fileStem and compareRules', () => {
  it.each([
    ['laporan/Dinas PU.xlsx', 'Dinas PU'],
    ['C:\\LKjIP\\Kecamatan Batang.xlsm', 'Kecamatan Batang'],
    ['dinas.kominfo.xlsx', 'dinas.kominfo'],
    ['.xlsx', '.xlsx'],
  ])('%s → %s', (file, stem) => expect(fileStem(file)).toBe(stem));

  it('orders rules by family as the catalogue does, structure notes last', () => {
    expect(['STR-01', 'NAM-01', 'KIN-02', 'ANG-05', 'NUM-01', 'ANG-01'].sort(compareRules)).toEqual([
      'ANG-01',
      'ANG-05',
      'NUM-01',
      'KIN-02',
      'NAM-01',
      'STR-01',
    ]);
  });
});
