import type { BudgetTable } from '../model/budget';
import type { Planned } from './layout';
import { planBudgetSheet, type BudgetLayout } from './budget-sheet';
import { CATATAN, KOLOM } from '../messages/susun';

/**
 * Tabel 3.8 "Capaian Anggaran Program dan Kegiatan": the full budget tree (program, kegiatan,
 * sub kegiatan, rekening). Leaves carry the user's pagu and realisasi; every parent is =SUM of its
 * children's cells; capaian = realisasi / pagu; a JUMLAH row sums the programs.
 * Example: a program with kegiatan rows 8 and 14 gets pagu `SUM(C8,C14)`.
 */
export function planTabel38(source: BudgetTable, unitLine?: string): Planned<BudgetLayout> {
  return planBudgetSheet(source, {
    table: '3.8',
    levels: ['program', 'kegiatan', 'subkegiatan', 'rekening'],
    uraianLabel: KOLOM.uraian38,
    unitLine,
    notes: [CATATAN.induk],
  });
}
