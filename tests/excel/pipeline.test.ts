import { periksaWorkbook, susunWorkbook } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { planTemplateSheets } from '../../src/core/plan/plan-template';
import { applyPlans, applyTemplateSheets } from '../../src/excel/apply-plans';
import { readSnapshot } from '../../src/excel/read-snapshot';
import { addBudgetSheet } from './budget-sheet';
import { fakeContext, newState, PAYLOAD_LIMIT, sheetNamed, type FakeState } from './fake-excel';
import { differencesFromPlan } from './plan-matchers';

const all = () => true;

/** Reads the workbook, checks it, plans every table and writes them: the whole "Susun Semua" in Excel. */
async function susunSemua(state: FakeState) {
  const context = fakeContext(state);
  const snapshot = await readSnapshot(context, { supported: all });
  const result = periksaWorkbook(snapshot, DEFAULT_SETTINGS);
  const susun = susunWorkbook(result, DEFAULT_SETTINGS);
  const report = await applyPlans(context, susun.plans, { supported: all });
  return { result, susun, report };
}

describe('reading a workbook and generating all tables through the Office.js adapter', () => {
  it('takes as many round trips for a 10 000-row budget sheet as for a 100-row one, each under 5 MB', async () => {
    const small = newState();
    const large = newState();
    const smallRows = addBudgetSheet(small, { programs: 1, kegiatan: 3, sub: 4, rekening: 6 });
    const largeRows = addBudgetSheet(large, { programs: 4, kegiatan: 10, sub: 10, rekening: 24 });
    expect(smallRows).toBeLessThanOrEqual(100);
    expect(largeRows).toBeGreaterThanOrEqual(10_000);

    const a = await susunSemua(small);
    const b = await susunSemua(large);
    expect(a.susun.plans.map((p) => p.table)).toContain('3.8');
    expect(b.susun.plans.map((p) => p.table)).toEqual(a.susun.plans.map((p) => p.table));
    expect(b.result.model.budgets[0].nodes.length).toBe(largeRows - 1);

    expect(small.syncs.length).toBe(large.syncs.length);
    expect(large.syncs.length).toBeLessThanOrEqual(4);
    for (const s of large.syncs) {
      expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    }

    for (const plan of b.susun.plans) {
      const written = b.report.written.find((w) => w.table === plan.table)!;
      expect(differencesFromPlan(sheetNamed(large, written.sheet)!, plan)).toEqual([]);
    }
  });

  it('creates the template again after the user renamed its sheets, and recognises both', async () => {
    // Reported: "Excel menolak permintaan: Nama tabel Anggaran sudah dipakai" and no sheet at all.
    const state = newState();
    const context = fakeContext(state);
    await applyTemplateSheets(context, planTemplateSheets(), { supported: all });
    for (const name of ['Anggaran', 'Kinerja', 'SKM']) sheetNamed(state, name)!.name = `${name} 2024`;
    const again = await applyTemplateSheets(context, planTemplateSheets(), { supported: all });
    expect(again).toEqual({ written: ['Anggaran', 'Kinerja', 'SKM'], skipped: [] });
    const snapshot = await readSnapshot(context, { supported: all });
    expect(snapshot.sheets.find((s) => s.name === 'Anggaran')?.tables?.map((t) => t.name)).toEqual(['Anggaran_2']);
    const model = periksaWorkbook(snapshot, DEFAULT_SETTINGS).model;
    expect(model.budgets.map((b) => b.sheet).sort()).toEqual(['Anggaran', 'Anggaran 2024']);
    expect(model.surveys.map((b) => b.sheet).sort()).toEqual(['SKM', 'SKM 2024']);
  });
});
