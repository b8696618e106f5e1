import type { BudgetNode, BudgetTable } from '../model/budget';
import type { StatedNumber } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { cellAddress } from '../snapshot';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, NAMA_TINGKAT_ANGGARAN, PESAN_TEMUAN } from '../messages/temuan';
import { nameKey } from '../text';
import { isDoubtfulRupiah, temuanAt, type RuleDescriptor } from './rule';
import { RUPIAH_FIELDS, bidangLabel, type RupiahField } from './budget-fields';
import { sheetRank } from './sheet-order';

export const XTB_01: RuleDescriptor = { id: 'XTB-01', severity: 'galat', title: JUDUL_ATURAN['XTB-01'] };

/** Budget tables in workbook order: the first that states a figure is the reference for the rest. */
export function budgetsInOrder(model: WorkbookModel): BudgetTable[] {
  const rank = sheetRank(model);
  return [...model.budgets].sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.range.top - b.range.top);
}

/** Matching keys of a line: its budget code when it has one, and its level with its name (nameKey). */
function lineKeys(node: BudgetNode): string[] {
  const keys = [`n:${node.level}:${nameKey(node.name)}`];
  if (node.code !== undefined && node.code.trim() !== '') keys.unshift(`c:${node.code.trim()}`);
  return keys;
}

/** Lines worth matching across tables (programs, kegiatan, sub kegiatan), by key; ambiguous keys dropped. */
function linesByKey(table: BudgetTable): Map<string, BudgetNode> {
  const found = new Map<string, BudgetNode | null>();
  for (const node of table.nodes) {
    if (node.level === 'rekening') continue;
    for (const key of lineKeys(node)) found.set(key, found.has(key) ? null : node);
  }
  const out = new Map<string, BudgetNode>();
  for (const [key, node] of found) if (node !== null) out.set(key, node);
  return out;
}

interface Reference {
  table: BudgetTable;
  value: StatedNumber;
}

function place(r: Reference): string {
  return `${r.table.sheet}!${cellAddress(r.value.ref.row, r.value.ref.col)}`;
}

/**
 * XTB-01 across budget tables: the same program, kegiatan or sub kegiatan (matched by budget code, else
 * by level and nameKey of its name) with a different pagu or realisasi in different tables (Tabel 2.7,
 * 3.8, 3.10 …), and JUMLAH rows that differ. The first table in workbook order stating a figure is the
 * reference; each later differing figure is one finding at its cell, expected = the reference.
 * Doubtful references (a Rupiah with a fraction, NUM-03) are not used.
 */
export function checkCrossTableBudgets(model: WorkbookModel): Temuan[] {
  // One table has nothing to be compared with: no keys for a regency's 30 000 parent lines.
  if (model.budgets.length < 2) return [];
  const out: Temuan[] = [];
  const refs = new Map<string, Reference>();
  const totals = new Map<RupiahField, Reference>();
  for (const table of budgetsInOrder(model)) {
    const lines = linesByKey(table);
    const compared = new Set<string>();
    for (const [key, node] of lines) {
      for (const field of RUPIAH_FIELDS) {
        const value = node[field];
        const id = `${node.index}:${field}`;
        if (value === undefined || compared.has(id)) continue;
        const refKey = `${key}:${field}`;
        const ref = refs.get(refKey);
        if (ref === undefined || ref.table === table) {
          if (ref === undefined && !isDoubtfulRupiah(value)) refs.set(refKey, { table, value });
          continue;
        }
        compared.add(id);
        if (ref.value.value.eq(value.value)) continue;
        const harapan = formatRupiah(ref.value.value);
        const tertulis = formatRupiah(value.value);
        const message = PESAN_TEMUAN.antarTabel({
          bidang: bidangLabel(field),
          tingkat: NAMA_TINGKAT_ANGGARAN[node.level],
          nama: node.name,
          tertulis,
          harapan,
          acuan: place(ref),
        });
        out.push(temuanAt(XTB_01, value.ref, message, harapan, tertulis));
      }
    }
    for (const field of RUPIAH_FIELDS) {
      const value = table.total?.[field];
      if (value === undefined) continue;
      const ref = totals.get(field);
      if (ref === undefined) {
        if (!isDoubtfulRupiah(value)) totals.set(field, { table, value });
        continue;
      }
      if (ref.value.value.eq(value.value)) continue;
      const harapan = formatRupiah(ref.value.value);
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
