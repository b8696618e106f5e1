/**
 * Which recognised tables the planners work from, and the few sums they need (in Decimal).
 */
import { perObject } from '../memo';
import { Decimal, nearestDouble } from '../decimal';
import type { BudgetTable } from '../model/budget';
import type { StatedNumber } from '../model/source';
import type { IndicatorRow, IndicatorTable } from '../model/indicator';
import type { WorkbookModel } from '../model/workbook-model';
import { rangeAddress } from '../snapshot';

/**
 * The budget table to generate from: the one with the most lines (a workbook may hold the full DPA
 * tree and a shorter copy of Tabel 3.10); the first one on a tie. Undefined when there is none.
 */
export function pickBudgetTable(model: WorkbookModel): BudgetTable | undefined {
  return largest(model.budgets, (t) => t.nodes.length);
}

/** The indicator table to generate from: the one with the most rows; undefined when there is none. */
export function pickIndicatorTable(model: WorkbookModel): IndicatorTable | undefined {
  return largest(model.indicators, (t) => t.rows.length);
}

function largest<T>(items: T[], size: (t: T) => number): T | undefined {
  let best: T | undefined;
  for (const t of items) if (best === undefined || size(t) > size(best)) best = t;
  return best;
}

/** `'Anggaran' (A5:F120)`-style location of a table, for notes. */
export function tableLocation(t: { sheet: string; range: Parameters<typeof rangeAddress>[0] }): {
  sheet: string;
  range: string;
} {
  return { sheet: t.sheet, range: rangeAddress(t.range) };
}

/**
 * Sum of pagu or realisasi over the leaves under a node (the node itself when it has no children);
 * a leaf without the figure counts as 0. Example: a kegiatan whose rekening are 579.000 and 36.800 → 615.800.
 */
export function leafSum(table: BudgetTable, index: number, field: 'pagu' | 'realisasi'): Decimal {
  const node = table.nodes[index];
  // A leaf is its own sum (Tabel 3.8 asks this for each of 100 000 rekening): no memo lookup.
  if (node.children.length === 0) return node[field]?.value ?? ZERO;
  return leafSums(table, field)(index);
}

/**
 * leafSum for many nodes of one table: each node's sum is computed once and kept with the table (a
 * recognised table never changes), so the summary, Tabel 3.9 and Tabel 3.10 add each figure once.
 */
export function leafSums(table: BudgetTable, field: 'pagu' | 'realisasi'): (index: number) => Decimal {
  return leafTotalsOfTable(table)[field].sum;
}

/**
 * A node's pagu or realisasi as the value of its cell: the sum of the leaves under it as a number, or
 * null when no leaf under it states the figure (an all-empty branch stays empty).
 */
export function leafFigure(table: BudgetTable, index: number, field: 'pagu' | 'realisasi'): number | null {
  const node = table.nodes[index];
  if (node.children.length === 0) {
    if (!table.figures.has(field, index)) return null;
    const amount = table.figures.amount(field, index);
    return Number.isNaN(amount) ? toCellNumber((node[field] as StatedNumber).value) : amount;
  }
  const totals = leafTotalsOfTable(table)[field];
  if (!totals.stated(index)) return null;
  const whole = totals.wholeSum(index);
  return Number.isNaN(whole) ? toCellNumber(totals.sum(index)) : whole;
}

const leafTotalsOfTable = perObject((table: BudgetTable) => ({
  pagu: leafTotalsOf(table, 'pagu'),
  realisasi: leafTotalsOf(table, 'realisasi'),
}));

/**
 * Per node, the sum of the figure over the leaves under it and whether any of them states it, each
 * computed once: asked of every parent of a deep tree, a walk of its subtree each time would add a
 * rekening once per level above it.
 */
function leafTotalsOf(
  table: BudgetTable,
  field: 'pagu' | 'realisasi',
): {
  sum: (index: number) => Decimal;
  wholeSum: (index: number) => number;
  stated: (index: number) => boolean;
} {
  const n = table.nodes.length;
  const sums: Array<Decimal | undefined> = new Array(n);
  const wholeSums = new Float64Array(n);
  const wholeKnown = new Uint8Array(n);
  // 0 not yet known, 1 no leaf states the figure, 2 one does.
  const stated = new Uint8Array(n);
  // The sum as a double when every figure under the node is a whole number and every partial sum stays
  // within 2^53, so that adding in doubles is exact (a Rupiah budget); NaN otherwise. A Decimal addition
  // per node of 100 000 was a fifth of planning the sheets.
  const wholeSum = (index: number): number => {
    const node = table.nodes[index];
    if (node.children.length === 0) {
      if (!table.figures.has(field, index)) return 0;
      const v = table.figures.amount(field, index);
      return Number.isSafeInteger(v) ? v : NaN;
    }
    if (wholeKnown[index] === 0) {
      let s = 0;
      for (const c of node.children) {
        s += wholeSum(c);
        if (!(Math.abs(s) <= Number.MAX_SAFE_INTEGER)) {
          s = NaN;
          break;
        }
      }
      wholeSums[index] = s;
      wholeKnown[index] = 1;
    }
    return wholeSums[index];
  };
  const sum = (index: number): Decimal => {
    const node = table.nodes[index];
    if (node.children.length === 0) return node[field]?.value ?? ZERO;
    let s = sums[index];
    if (s === undefined) {
      const whole = wholeSum(index);
      if (Number.isNaN(whole)) {
        s = ZERO;
        for (const c of node.children) s = s.plus(sum(c));
      } else s = new Decimal(whole);
      sums[index] = s;
    }
    return s;
  };
  const isStated = (index: number): boolean => {
    const node = table.nodes[index];
    if (node.children.length === 0) return table.figures.has(field, index);
    if (stated[index] === 0) stated[index] = node.children.some((c) => isStated(c)) ? 2 : 1;
    return stated[index] === 2;
  };
  return { sum, wholeSum, stated: isStated };
}

/** Decimals never change: one zero serves every empty leaf and every sum's start. */
const ZERO = new Decimal(0);

/**
 * A Decimal as the JS number handed to the host: the nearest double (exact for Rupiah amounts below
 * 2^53), from its digits where that is one operation, else through its text as decimal.js does — at
 * 100 000 lines, the text of every amount was a tenth of planning the sheets.
 */
export function toCellNumber(d: Decimal): number {
  const n = nearestDouble(d);
  return Number.isNaN(n) ? d.toNumber() : n;
}

/** Rows under `row` (all depths) in table order. */
export function descendants(table: IndicatorTable, row: IndicatorRow): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const walk = (r: IndicatorRow) => {
    for (const c of r.children) {
      out.push(table.rows[c]);
      walk(table.rows[c]);
    }
  };
  walk(row);
  return out;
}
