import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { formatRupiah } from '../numbers/format-number';
import { JUDUL_ATURAN, NAMA_TINGKAT_ANGGARAN, PESAN_TEMUAN } from '../messages/temuan';
import { isDoubtfulRupiah, temuanAt, type RuleDescriptor } from './rule';
import type { Decimal } from '../decimal';
import type { BudgetNode, BudgetTable } from '../model/budget';
import {
  RUPIAH_FIELDS,
  figureForSum,
  sumForParent,
  type RupiahField,
  bidangLabel,
  hasUnreadableFigure,
  sumStated,
  tingkatLabel,
  wholeSumEquals,
} from './budget-fields';

export const ANG_01: RuleDescriptor = { id: 'ANG-01', severity: 'galat', title: JUDUL_ATURAN['ANG-01'] };

/**
 * ANG-01: every budget line with children whose stated pagu (or realisasi) differs from the sum of its
 * direct children's *stated* figures (a child left blank over children of its own counting with their
 * sum), exactly in Rupiah. Comparing with direct children only reports a
 * wrong figure once, where it originates: a parent that agrees with its children is consistent whatever
 * the grandchildren say. Points at the parent's figure; expected = the children's sum, actual = stated.
 * Skipped when a child's figure is doubtful (a Rupiah with a fraction, which NUM-03 reports) or unreadable
 * (`#REF!`, a formula without a value: the recogniser's STR-01 names that cell), or a row under the
 * parent could not be placed (its figures would be missing from the sum).
 * Example: program PENUNJANG realisasi 1.961.049.864 with kegiatan summing to 1.876.050.342 → one galat.
 */
/** The children's sum with headings counted by their own children's (figureForSum); undefined when undecidable. */
function headingSum(
  table: BudgetTable,
  children: readonly number[],
  field: RupiahField,
): { sum: Decimal; count: number } | undefined {
  const sum = sumForParent(table, children, field);
  if (sum === undefined || sum === 'incomplete') return undefined;
  const count = children.filter((i) => {
    const v = figureForSum(table, i, field);
    return v !== undefined;
  }).length;
  return { sum, count };
}

export function checkParentSums(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.budgets) {
    // Indexed loops over the lines: they run once per process, and a for-of there makes an object per
    // step until it is optimised. The loop is kept small (the rare finding is made in its own
    // function) so that it is optimised soon.
    for (let n = 0; n < table.nodes.length; n++) {
      const node = table.nodes[n];
      if (node.children.length === 0 || node.incomplete === true) continue;
      for (let k = 0; k < RUPIAH_FIELDS.length; k++) {
        // Nearly every parent of a real budget: whole Rupiah adding up, decided on the table's columns.
        if (childrenAddUp(table, node.index, RUPIAH_FIELDS[k])) continue;
        const finding = parentSumFinding(table, node, RUPIAH_FIELDS[k]);
        if (finding !== undefined) out.push(finding);
      }
    }
  }
  return out;
}

/** The finding of a parent whose stated field is not its children's sum, undefined where none is due. */
function parentSumFinding(table: BudgetTable, node: BudgetNode, field: RupiahField): Temuan | undefined {
  const stated = node[field];
  if (stated === undefined) return undefined;
  const children = node.children.map((i) => table.nodes[i]);
  const values = children.map((c) => c[field]);
  if (values.some(isDoubtfulRupiah)) return undefined;
  if (children.some((c) => hasUnreadableFigure(c, field))) return undefined;
  if (wholeSumEquals(values, stated) === true) return undefined;
  // A child left blank over its own children (a kegiatan heading) counts with their sum.
  const headings = children.some((c) => c[field] === undefined && c.children.length > 0);
  const total = headings ? headingSum(table, node.children, field) : sumStated(values);
  if (total === undefined || total.sum.eq(stated.value)) return undefined;
  const harapan = formatRupiah(total.sum);
  const tertulis = formatRupiah(stated.value);
  return temuanAt(
    ANG_01,
    stated.ref,
    PESAN_TEMUAN.jumlahInduk({
      bidang: bidangLabel(field),
      tingkat: tingkatLabel(node),
      nama: node.name,
      jumlahAnak: total.count,
      tingkatAnak: NAMA_TINGKAT_ANGGARAN[children[0].level],
      tertulis,
      harapan,
      selisih: formatRupiah(stated.value.minus(total.sum)),
    }),
    harapan,
    tertulis,
  );
}

/**
 * Whether a line's stated figure is the sum of its children's, all whole Rupiah (no unit) adding up
 * within 2^53: then ANG-01 has nothing to say, whatever else it would have asked. false when that is
 * not so or not known this way (the full check decides).
 */
function childrenAddUp(table: BudgetTable, line: number, field: RupiahField): boolean {
  const f = table.figures;
  const stated = f.wholeRupiah(field, line);
  if (Number.isNaN(stated)) return false;
  let sum = 0;
  const children = table.nodes[line].children;
  for (let k = 0; k < children.length; k++) {
    const x = f.wholeRupiah(field, children[k]);
    if (Number.isNaN(x)) {
      // NaN also for a child that states nothing, which counts as nothing: asked only then.
      if (f.has(field, children[k])) return false;
      continue;
    }
    sum += x;
    if (!Number.isSafeInteger(sum)) return false;
  }
  return sum === stated;
}
