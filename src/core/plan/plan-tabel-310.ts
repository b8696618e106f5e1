import type { BudgetTable } from '../model/budget';
import type { Planned } from './layout';
import { planBudgetSheet, type BudgetLayout } from './budget-sheet';
import { CATATAN, KOLOM } from '../messages/susun';

/**
 * Tabel 3.10 "Perbandingan Pencapaian Kinerja dan Anggaran Program dan Kegiatan": programs and their
 * kegiatan only. A kegiatan's pagu and realisasi are the sums of the leaves under it in the source
 * (the same figures as its row in Tabel 3.8); each program is =SUM of its kegiatan; a JUMLAH row.
 */
export function planTabel310(source: BudgetTable, unitLine?: string): Planned<BudgetLayout> {
  return planBudgetSheet(source, {
    table: '3.10',
    levels: ['program', 'kegiatan'],
    uraianLabel: KOLOM.uraian310,
    unitLine,
    notes: [CATATAN.kegiatan310],
  });
}
