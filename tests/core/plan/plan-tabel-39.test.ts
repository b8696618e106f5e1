import { matchPrograms, planTabel39 } from '../../../src/core/plan/plan-tabel-39';
import { DEFAULT_SETTINGS, type MetodeEfisiensi } from '../../../src/core/settings';
import { budgetTable, indicatorTable } from './builders';
import { cell, rowOf, sumRows } from './plan-helpers';

// Columns: A no, B sasaran/program, C indikator, D target, E realisasi, F capaian,
// G pagu, H realisasi (Rp), I capaian anggaran, J efisiensi.
const budget = budgetTable([
  ['program', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', null, null],
  ['kegiatan', 'Administrasi Keuangan', 2000, 1500],
  ['kegiatan', 'Administrasi Umum', 1000, 900],
  ['program', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', 300, 299],
  ['program', 'PROGRAM LAIN DI ANGGARAN', 50, 40, '7.01.09'],
  ['program', 'PROGRAM BERKODE', 80, 80, '7.01.05'],
]);

const indicators = indicatorTable([
  { level: 'tujuan', name: 'Meningkatkan Pelayanan Publik', indikator: 'Nilai IKM', target: '82 Nilai', realisasi: '81 Nilai' },
  { level: 'sasaran', name: 'Meningkatnya Mutu Layanan Publik', indikator: 'Nilai SKM', target: '82 Nilai', realisasi: '81 Nilai' },
  { level: 'program', name: 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', indikator: 'Persentase lembaga', target: '100 %', realisasi: '100 %' },
  { level: 'program', name: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', target: '100 %', realisasi: '100 %' },
  { level: 'sasaran', name: 'Meningkatnya Capaian Kinerja Perangkat Daerah', indikator: 'Persentase capaian', target: '100 %', realisasi: '100 %' },
  { level: 'program', name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', target: '100 %', realisasi: '98 %' },
  { level: 'program', name: 'Nama lain sama sekali', code: '7.01.05', target: '100 %', realisasi: '100 %' },
]);

describe('matchPrograms', () => {
  it('matches cascade programs to budget programs by code, else by name without the word Program', () => {
    const m = matchPrograms(indicators, budget);
    const names = m.sasaran.map((s) => s.programs.map((p) => p.budget?.name));
    expect(names).toEqual([
      ['PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', undefined],
      ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'PROGRAM BERKODE'],
    ]);
    expect(m.unmatchedBudget.map((n) => n.name)).toEqual(['PROGRAM LAIN DI ANGGARAN']);
    expect(m.unmatchedCascade.map((r) => r.name.text)).toEqual(['Program Penyelenggaraan Pemerintahan dan Pelayanan Publik']);
  });
});

describe('matchPrograms across spellings (issue 19)', () => {
  it('matches "Ketentraman" in the cascade to "KETENTERAMAN" in the budget, so the sasaran row has its budget', () => {
    const b = budgetTable([['program', 'PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM', 400, 380]]);
    const i = indicatorTable([
      { level: 'sasaran', name: 'Meningkatnya Ketertiban', indikator: 'Persentase', target: '100 %', realisasi: '100 %' },
      { level: 'program', name: 'Program Koordinasi Ketentraman dan Ketertiban Umum', target: '100 %', realisasi: '100 %' },
    ]);
    const m = matchPrograms(i, b);
    expect(m.sasaran[0].programs[0].budget?.name).toBe('PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM');
    expect(m.unmatchedCascade).toEqual([]);
  });

  it('leaves a program unmatched when two budget programs fit it equally well', () => {
    const b = budgetTable([
      ['program', 'PROGRAM PEMBINAAN WILAYAH PERBATASAN', 400, 380],
      ['program', 'PROGRAM PEMBINAAN WILAYAH PERBATASEN', 100, 90],
    ]);
    const i = indicatorTable([
      { level: 'sasaran', name: 'Sasaran', indikator: 'Persentase', target: '100 %', realisasi: '100 %' },
      { level: 'program', name: 'Program Pembinaan Wilayah Perbatasn', target: '100 %', realisasi: '100 %' },
    ]);
    const m = matchPrograms(i, b);
    expect(m.sasaran[0].programs[0].budget).toBeUndefined();
    expect(m.unmatchedCascade.map((r) => r.name.text)).toEqual(['Program Pembinaan Wilayah Perbatasn']);
  });
});

describe('planTabel39', () => {
  const plan = planTabel39(indicators, budget, { settings: DEFAULT_SETTINGS }).plan;
  const r = (name: string) => rowOf(plan, name, 1);

  it('writes one row per sasaran, followed by its programs, numbered 1 / 1.1', () => {
    const s1 = r('Meningkatnya Mutu Layanan Publik');
    expect(cell(plan, s1, 0)?.value).toBe('1');
    expect(cell(plan, s1 + 1, 0)?.value).toBe('1.1');
    expect(cell(plan, s1 + 1, 1)?.value).toBe('Program Pemberdayaan Masyarakat Desa dan Kelurahan');
    expect(cell(plan, r('Meningkatnya Capaian Kinerja Perangkat Daerah'), 0)?.value).toBe('2');
    expect(r('Meningkatkan Pelayanan Publik')).toBe(-1);
    expect(plan.outline[s1]).toBe(0);
    expect(plan.outline[s1 + 1]).toBe(1);
  });

  it('gives each matched program its budget figures (the sums of its leaves)', () => {
    const p = r('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota');
    expect(cell(plan, p, 6)?.value).toBe(3000);
    expect(cell(plan, p, 7)?.value).toBe(2400);
    expect(cell(plan, r('Nama lain sama sekali'), 6)?.value).toBe(80);
  });

  it('leaves an unmatched program’s budget empty, so its capaian anggaran shows "-"', () => {
    const p = r('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik');
    expect(cell(plan, p, 6)?.value).toBeNull();
    expect(cell(plan, p, 8)?.formula).toBe(`IF(G${p + 1}=0,"-",H${p + 1}/G${p + 1})`);
  });

  it('sums a sasaran’s budget over its matched program rows', () => {
    const s2 = r('Meningkatnya Capaian Kinerja Perangkat Daerah');
    expect(sumRows(cell(plan, s2, 6)?.formula)).toEqual([
      r('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'),
      r('Nama lain sama sekali'),
    ]);
    const s1 = r('Meningkatnya Mutu Layanan Publik');
    expect(sumRows(cell(plan, s1, 7)?.formula)).toEqual([r('Program Pemberdayaan Masyarakat Desa dan Kelurahan')]);
  });

  it('computes capaian kinerja from target and realisasi and shows units in the format', () => {
    const s1 = r('Meningkatnya Mutu Layanan Publik');
    expect(cell(plan, s1, 3)).toMatchObject({ value: 82, numberFormat: '#,##0" Nilai"' });
    expect(cell(plan, s1, 5)?.formula).toBe(`IF(D${s1 + 1}=0,"-",E${s1 + 1}/D${s1 + 1})`);
    const p = r('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota');
    expect(cell(plan, p, 4)).toMatchObject({ value: 0.98, numberFormat: '0%' });
  });

  it.each<[MetodeEfisiensi, string, string]>([
    ['selisih', 'F{r}-I{r}', '0.00%'],
    ['indeks', 'F{r}/I{r}', '0.00'],
    ['sisa', '1-I{r}', '0.00%'],
  ])('states and applies the %s method', (metode, piece, format) => {
    const p = planTabel39(indicators, budget, { settings: { ...DEFAULT_SETTINGS, efisiensi: metode } }).plan;
    const row = rowOf(p, 'Meningkatnya Mutu Layanan Publik', 1);
    const f = cell(p, row, 9);
    expect(f?.formula).toContain(piece.replace(/\{r\}/g, String(row + 1)));
    expect(f?.numberFormat).toBe(format);
    expect(p.cells.some((rw) => rw?.[0]?.style === 'catatan' && String(rw[0].value).includes(`metode ${metode}`))).toBe(true);
  });

  it('lists budget programs that no sasaran names, under the table and in the notes', () => {
    const note = plan.notes.find((n) => n.includes('PROGRAM LAIN DI ANGGARAN'));
    expect(note).toBeDefined();
    expect(rowOf(plan, note!)).toBeGreaterThan(0);
    expect(plan.notes.some((n) => n.includes('Program Penyelenggaraan Pemerintahan dan Pelayanan Publik'))).toBe(true);
  });

  it('closes with a JUMLAH row over the sasaran rows', () => {
    const total = rowOf(plan, 'JUMLAH');
    expect(sumRows(cell(plan, total, 6)?.formula)).toEqual([
      r('Meningkatnya Mutu Layanan Publik'),
      r('Meningkatnya Capaian Kinerja Perangkat Daerah'),
    ]);
  });
});
