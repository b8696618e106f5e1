import { Decimal, decimalFromNumber } from '../decimal';
import { amountOf } from '../model/budget-figures';
import type { BudgetNode, BudgetTable } from '../model/budget';
import { isDoubtfulRupiah } from './rule';
import type { StatedNumber } from '../model/source';
import { NAMA_BIDANG, NAMA_TINGKAT_ANGGARAN } from '../messages/temuan';

/** The two Rupiah fields of a budget line that add up the tree. */
export const RUPIAH_FIELDS = ['pagu', 'realisasi'] as const;
export type RupiahField = (typeof RUPIAH_FIELDS)[number];

/** Indonesian word for a field (`Pagu`) and a level (`sub kegiatan`), for messages. */
export function bidangLabel(field: RupiahField): string {
  return NAMA_BIDANG[field];
}

export function tingkatLabel(node: BudgetNode): string {
  return NAMA_TINGKAT_ANGGARAN[node.level];
}

/**
 * Sum of the stated figures of some lines, and how many there were; undefined when none of them states
 * the field. Example: children 579.000 and 36.800 → `{ sum: 615800, count: 2 }`.
 */
export function sumStated(
  values: Array<StatedNumber | undefined>,
): { sum: Decimal; count: number; stated: StatedNumber[] } | undefined {
  const stated = values.filter((v): v is StatedNumber => v !== undefined);
  if (stated.length === 0) return undefined;
  const whole = wholeSum(stated);
  const sum =
    whole === undefined
      ? stated.reduce((acc, v) => acc.plus(v.value), new Decimal(0))
      : decimalFromNumber(whole);
  return { sum, count: stated.length, stated };
}

/**
 * The sum of the stated figures of some lines as a double where every figure and every running total
 * is a whole number below 2^53, else undefined (see wholeSumEquals). Exact then: amountOf is exact for
 * every whole number it gives below 2^53, and so is each addition. Lines that do not state the field
 * count as nothing. Example: 579.000 and 36.800 → 615800; with 0,5 → undefined.
 */
export function wholeSum(values: Array<StatedNumber | undefined>): number | undefined {
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    const x = amountOf(v);
    if (!Number.isSafeInteger(x)) return undefined;
    sum += x;
    if (!Number.isSafeInteger(sum)) return undefined;
  }
  return sum;
}

/**
 * Whether the stated figures of some lines add up to `total` exactly, decided with doubles: a double
 * holds every whole number up to 2^53 − 1 (9 × 10^15, far above any budget) exactly, so while every
 * running total stays that small, whole Rupiah need no Decimal. undefined when a figure or a running
 * total is not such a number (the caller then sums Decimals; with a negative figure a rounded total
 * could come back into range, so each one is checked). Lines that do not state the field count as
 * nothing. A regency's 100 000 lines are all decided here.
 * Example: children 579.000 and 36.800 against 615.800 → true.
 */
export function wholeSumEquals(
  values: Array<StatedNumber | undefined>,
  total: StatedNumber,
): boolean | undefined {
  const sum = wholeSum(values);
  if (sum === undefined) return undefined;
  const expected = amountOf(total);
  if (!Number.isSafeInteger(expected)) return undefined;
  return sum === expected;
}

/**
 * Whether a line's pagu (or realisasi) cell holds something that could not be read as a figure — an
 * Excel error, a formula without a cached value, a text — which the recogniser marked on the line (and
 * reported as STR-01 at that cell). A sum over lines with such a cell is incomplete, so no sum check may
 * use it (its expected value would be a wrong number). Example: a sub kegiatan whose pagu is `#REF!` → true.
 */
export function hasUnreadableFigure(
  line: { unreadable?: ReadonlyArray<string> },
  field: RupiahField,
): boolean {
  return line.unreadable?.includes(field) === true;
}

/**
 * A line's figure as a sum above it counts it: as stated; for a heading line that states none (a
 * program row without amounts over its kegiatan) the sum of its children's, down the tree; undefined
 * where nothing under it states the field either; `incomplete` where a figure that would count is
 * doubtful (NUM-03), unreadable, or a row under the line could not be placed — no sum may be judged then.
 * Example: a program row left blank over kegiatan of 300 and 200 → 500.
 */
export function figureForSum(
  table: BudgetTable,
  index: number,
  field: RupiahField,
): Decimal | undefined | 'incomplete' {
  const node = table.nodes[index];
  if (hasUnreadableFigure(node, field)) return 'incomplete';
  const stated = node[field];
  if (stated !== undefined) return isDoubtfulRupiah(stated) ? 'incomplete' : stated.value;
  if (node.children.length === 0) return undefined;
  if (node.incomplete === true) return 'incomplete';
  return sumForParent(table, node.children, field);
}

/** The sum of some lines' figures (figureForSum each), with how many count; `incomplete` as there. */
export function sumForParent(
  table: BudgetTable,
  lines: readonly number[],
  field: RupiahField,
): Decimal | undefined | 'incomplete' {
  const whole = wholeSumOfLines(table, lines, field);
  if (whole !== undefined) return decimalFromNumber(whole);
  let total: Decimal | undefined;
  for (const i of lines) {
    const v = figureForSum(table, i, field);
    if (v === 'incomplete') return 'incomplete';
    if (v !== undefined) total = total === undefined ? v : total.plus(v);
  }
  return total;
}

/**
 * sumForParent where every line states the field in whole Rupiah and every running total stays below
 * 2^53, read on the table's columns without a Decimal: exact then, as in wholeSum. undefined otherwise
 * (a heading, a doubtful or unreadable figure, a long one), and for no lines or a sum of 0, which a
 * Decimal sum may write as −0.
 */
function wholeSumOfLines(
  table: BudgetTable,
  lines: readonly number[],
  field: RupiahField,
): number | undefined {
  let sum = 0;
  for (let k = 0; k < lines.length; k++) {
    if (hasUnreadableFigure(table.nodes[lines[k]], field)) return undefined;
    // NaN where the line states no figure, or one that is not whole Rupiah a double holds.
    const x = table.figures.wholeRupiah(field, lines[k]);
    if (Number.isNaN(x)) return undefined;
    sum += x;
    if (!Number.isSafeInteger(sum)) return undefined;
  }
  return sum === 0 ? undefined : sum;
}
