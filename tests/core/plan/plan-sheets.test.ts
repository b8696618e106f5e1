import { planSheets } from '../../../src/core/plan/plan-sheets';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Temuan } from '../../../src/core/temuan';
import { budgetTable, indicatorTable, model } from './builders';
import { rowOf } from './plan-helpers';

const budget = budgetTable([
  ['program', 'PROGRAM A', null, null],
  ['kegiatan', 'Kegiatan A1', 100, 90],
]);
const indicators = indicatorTable([
  { level: 'tujuan', name: 'Tujuan 1', indikator: 'IKM', target: '82 Nilai', realisasi: '81 Nilai' },
  { level: 'sasaran', name: 'Sasaran 1', indikator: 'SKM', target: '82 Nilai', realisasi: '81 Nilai', targetAkhir: '85 Nilai' },
  { level: 'program', name: 'Program A', target: '100 %', realisasi: '100 %' },
]);
const temuan: Temuan = {
  rule: 'ANG-01', severity: 'galat', sheet: 'Anggaran', cell: 'C5', row: 4, col: 2,
  message: 'Pagu program tidak sama dengan jumlah kegiatannya', expected: '100', actual: '120',
};

describe('planSheets', () => {
  it('plans only Tabel 3.8, 3.10, the budget Ringkasan and the Catatan from a budget alone, and says why the rest is skipped', () => {
    const { plans, skipped } = planSheets(model({ budgets: [budget] }), [], DEFAULT_SETTINGS);
    expect(plans.map((p) => p.table)).toEqual(['3.8', '3.10', 'ringkasan', 'catatan']);
    expect(skipped.map((s) => s.table)).toEqual(['3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.9']);
    expect(plans.find((p) => p.table === 'ringkasan')!.notes).toContain(
      'Ringkasan memuat bagian anggaran saja: bagian kinerja dan efisiensi perlu tabel kinerja yang dikenali.',
    );
    for (const s of skipped) expect(s.reason).toMatch(/^(Tabel \d\.\d+|Ringkasan) tidak disusun: /);
  });

  it('skips 3.3 and 3.5 when the indicator table lacks last year and the national standard, but builds 3.4', () => {
    const { plans, skipped } = planSheets(model({ budgets: [budget], indicators: [indicators] }), [], DEFAULT_SETTINGS);
    expect(plans.map((p) => p.table)).toEqual(['3.2', '3.4', '3.6', '3.7', '3.8', '3.9', '3.10', 'ringkasan', 'catatan']);
    expect(skipped.find((s) => s.table === '3.4')).toBeUndefined();
    expect(skipped.find((s) => s.table === '3.3')?.reason).toContain('tahun sebelumnya');
    expect(skipped.find((s) => s.table === '3.5')?.reason).toContain('standar nasional');
  });

  it('gives the reason for 3.4 when no Renstra end target exists', () => {
    const noEnd = indicatorTable([{ level: 'sasaran', name: 'S', target: '1', realisasi: '1' }]);
    const { skipped } = planSheets(model({ indicators: [noEnd] }), [], DEFAULT_SETTINGS, ['3.4']);
    expect(skipped).toEqual([{ table: '3.4', reason: 'Tabel 3.4 tidak disusun: tabel kinerja tidak memuat target akhir Renstra.' }]);
  });

  it('builds only the requested tables, in the standard order', () => {
    const { plans, skipped } = planSheets(model({ budgets: [budget], indicators: [indicators] }), [], DEFAULT_SETTINGS, ['3.10', '3.8', '3.6']);
    expect(plans.map((p) => p.table)).toEqual(['3.6', '3.8', '3.10']);
    expect(skipped).toEqual([]);
  });

  it('picks the largest budget table when there are several, and says which', () => {
    const small = budgetTable([['program', 'PROGRAM KECIL', 1, 1]], 'Ringkas');
    const { plans } = planSheets(model({ budgets: [small, budget] }), [], DEFAULT_SETTINGS, ['3.8']);
    expect(rowOf(plans[0], 'PROGRAM A')).toBeGreaterThan(0);
    expect(plans[0].notes.join(' ')).toContain("'Anggaran'");
  });

  it('writes each finding with a link to its cell in the Catatan Pemeriksaan', () => {
    const { plans } = planSheets(model({}), [temuan], DEFAULT_SETTINGS, ['catatan']);
    const plan = plans[0];
    expect(plan.name).toBe('Catatan Pemeriksaan');
    const r = rowOf(plan, 'ANG-01');
    expect(plan.cells[r]?.[4]).toMatchObject({ value: 'C5', link: { sheet: 'Anggaran', cell: 'C5' } });
    expect(plan.cells[r]?.[2]).toMatchObject({ value: 'galat', style: 'galat' });
    expect(plan.cells[r]?.[6]?.value).toBe('100');
  });

  it('says so in the Catatan when there are no findings', () => {
    const { plans } = planSheets(model({}), [], DEFAULT_SETTINGS, ['catatan']);
    expect(rowOf(plans[0], 'Tidak ada temuan: tabel yang dikenali konsisten.')).toBeGreaterThan(0);
  });
});
