/**
 * A budget too wide for SUM formulas (a regency's 2 000 programs: Tabel 3.8 adds up with SUBTOTAL(9, …)
 * to stay under Excel's 8 192 characters) still makes its Bab III: the document quotes the sums that
 * Excel and LibreOffice compute, nested SUBTOTALs left out.
 * Each program p: one kegiatan, one sub kegiatan, rekening of pagu 1 000·p and 1, realisasi 900·p and 1.
 * JUMLAH pagu = 1 000 · (2 000 · 2 001 / 2) + 2 000 = 2.001.002.000; realisasi = 900 · 2 001 000 + 2 000 =
 * 1.800.902.000; program 7: pagu 7 001, realisasi 6 301.
 */
import { buildBab3 } from '../../../src/core/laporan/bab3';
import { planTabel38 } from '../../../src/core/plan/plan-tabel-38';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { budgetTable, wideBudgetLines } from '../plan/builders';

const wide = wideBudgetLines(2_000);

describe('Bab III of a budget summed with SUBTOTAL', () => {
  const { plan } = planTabel38(budgetTable(wide));
  const bab3 = buildBab3([plan], [], DEFAULT_SETTINGS);
  const table = bab3.tables.find((t) => t.id === '3.8')!;
  const rowOf = (label: string) => table.rows.find((r) => r.some((c) => c.text === label))!.map((c) => c.text);

  it('is planned with SUBTOTAL (the case this test is for)', () => {
    expect(plan.cells.flat().some((c) => c?.formula?.startsWith('SUBTOTAL(9,'))).toBe(true);
  });

  it('quotes the JUMLAH and each parent as the sum of its leaves, nested SUBTOTALs not counted twice', () => {
    expect(rowOf('JUMLAH')).toEqual(expect.arrayContaining(['2.001.002.000', '1.800.902.000']));
    expect(rowOf('PROGRAM 7')).toEqual(expect.arrayContaining(['7.001', '6.301']));
    expect(rowOf('Kegiatan 7')).toEqual(expect.arrayContaining(['7.001', '6.301']));
  });
});
