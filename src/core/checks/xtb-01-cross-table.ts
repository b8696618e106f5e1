import type { Decimal } from '../decimal';
import type { BudgetTable } from '../model/budget';
import type { StatedNumber } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { cellAddress } from '../snapshot';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, NAMA_TINGKAT_ANGGARAN, PESAN_TEMUAN } from '../messages/temuan';
import { inRupiah, isDoubtfulRupiah, temuanAt, type RuleDescriptor } from './rule';
import { RUPIAH_FIELDS, bidangLabel, type RupiahField } from './budget-fields';
import { budgetLineGroups, budgetsInOrder } from './name-links';

export const XTB_01: RuleDescriptor = { id: 'XTB-01', severity: 'galat', title: JUDUL_ATURAN['XTB-01'] };
/** A line matched to the reference by a slip of a letter only (NAM-01 says so): maybe another line. */
const XTB_01_MIRIP: RuleDescriptor = { ...XTB_01, severity: 'peringatan' };

interface Reference {
  table: BudgetTable;
  value: StatedNumber;
}

/** The reference amount in the unit of the figure compared with it (a table in Rp juta against one in Rupiah). */
function inOwnUnit(reference: StatedNumber, figure: StatedNumber): Decimal {
  return figure.rupiahPerUnit === undefined
    ? inRupiah(reference)
    : inRupiah(reference).div(figure.rupiahPerUnit);
}

function place(r: Reference): string {
  return `${r.table.sheet}!${cellAddress(r.value.ref.row, r.value.ref.col)}`;
}

/**
 * XTB-01 across budget tables: the same program, kegiatan or sub kegiatan (matched by budget code, else
 * by level and name, spelling variants and small slips included: budgetLineGroups, NAM-01) with a different pagu or realisasi in different tables (Tabel 2.7,
 * 3.8, 3.10 …), and JUMLAH rows that differ. The first table in workbook order stating a figure is the
 * reference; each later differing figure is one finding at its cell, expected = the reference.
 * Doubtful references (a Rupiah with a fraction, NUM-03) are not used.
 */
export function checkCrossTableBudgets(model: WorkbookModel): Temuan[] {
  // One table has nothing to be compared with: no keys for a regency's 30 000 parent lines.
  if (model.budgets.length < 2) return [];
  const out: Temuan[] = [];
  for (const group of budgetLineGroups(model).groups) {
    for (const field of RUPIAH_FIELDS) {
      let ref: Reference | undefined;
      for (const { table, node, how } of group.members) {
        const value = node[field];
        if (value === undefined) continue;
        if (ref === undefined) {
          if (!isDoubtfulRupiah(value)) ref = { table, value };
          continue;
        }
        if (inRupiah(ref.value).eq(inRupiah(value))) continue;
        const harapan = formatRupiah(inOwnUnit(ref.value, value));
        const tertulis = formatRupiah(value.value);
        const message = PESAN_TEMUAN.antarTabel({
          bidang: bidangLabel(field),
          tingkat: NAMA_TINGKAT_ANGGARAN[node.level],
          nama: node.name,
          tertulis,
          harapan,
          acuan: place(ref),
        });
        out.push(temuanAt(how === 'mirip' ? XTB_01_MIRIP : XTB_01, value.ref, message, harapan, tertulis));
      }
    }
  }
  const totals = new Map<RupiahField, Reference>();
  for (const table of budgetsInOrder(model)) {
    for (const field of RUPIAH_FIELDS) {
      const value = table.total?.[field];
      if (value === undefined) continue;
      const ref = totals.get(field);
      if (ref === undefined) {
        if (!isDoubtfulRupiah(value)) totals.set(field, { table, value });
        continue;
      }
      if (inRupiah(ref.value).eq(inRupiah(value))) continue;
      const harapan = formatRupiah(inOwnUnit(ref.value, value));
      const tertulis = formatRupiah(value.value);
      out.push(
        temuanAt(
          XTB_01,
          value.ref,
          PESAN_TEMUAN.antarTabelJumlah({ bidang: bidangLabel(field), tertulis, harapan, acuan: place(ref) }),
          harapan,
          tertulis,
        ),
      );
    }
  }
  return out;
}
