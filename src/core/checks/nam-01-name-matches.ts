import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { cellAddress } from '../snapshot';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { temuanAt, type RuleDescriptor } from './rule';
import { nameLinks } from './name-links';

export const NAM_01: RuleDescriptor = { id: 'NAM-01', severity: 'info', title: JUDUL_ATURAN['NAM-01'] };

/**
 * NAM-01: a name matched across tables although written differently (a spelling variant, an
 * abbreviation, a slip of a letter or two), with both spellings, so the user can see what was taken as
 * the same; and a name not matched because two candidates fit equally well. Info only: the figures
 * compared through the match are judged by XTB-01, KIN-04 and Tabel 3.9.
 */
export function checkNameMatches(model: WorkbookModel): Temuan[] {
  return nameLinks(model).map((l) => {
    const acuan = (at: { sheet: string; row: number; col: number }) =>
      `${at.sheet}!${cellAddress(at.row, at.col)}`;
    const message =
      l.how === 'ragu'
        ? PESAN_TEMUAN.namaRagu({
            nama: l.name,
            kandidat: l.others.map((o) => ({ nama: o.name, acuan: acuan(o.at) })),
          })
        : PESAN_TEMUAN.namaDicocokkan({
            nama: l.name,
            lain: l.others[0].name,
            acuan: acuan(l.others[0].at),
            cara: l.how,
          });
    return temuanAt(NAM_01, l.at, message);
  });
}
