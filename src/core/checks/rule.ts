import { Decimal, nearestDouble } from '../decimal';
import type { WorkbookModel } from '../model/workbook-model';
import type { CellRef, StatedNumber } from '../model/source';
import { amountOf } from '../model/budget-figures';
import type { Settings } from '../settings';
import type { RuleId, Severity, Temuan } from '../temuan';
import { cellAddress } from '../snapshot';
import { formatPersen } from '../numbers/format-number';

/** What a consistency rule is: its id (DESIGN.md §7), its severity and a short Indonesian title. */
export interface RuleDescriptor {
  id: RuleId;
  severity: Severity;
  title: string;
}

/** A consistency rule: its descriptor and the check that turns the model into findings. */
export interface ConsistencyRule extends RuleDescriptor {
  check: (model: WorkbookModel, settings: Settings) => Temuan[];
}

/**
 * A finding of `rule` at the cell `ref`, with expected and actual values already formatted in id-ID.
 * Example: `temuanAt(ANG_01, {sheet:'Tabel 3.8', row:4, col:3}, '…', '1.876.050.342', '1.961.049.864')`
 * → a galat at `D5`.
 */
export function temuanAt(
  rule: RuleDescriptor,
  ref: CellRef,
  message: string,
  expected?: string,
  actual?: string,
): Temuan {
  const t: Temuan = {
    rule: rule.id,
    severity: rule.severity,
    sheet: ref.sheet,
    cell: cellAddress(ref.row, ref.col),
    row: ref.row,
    col: ref.col,
    message,
  };
  if (expected !== undefined) t.expected = expected;
  if (actual !== undefined) t.actual = actual;
  return t;
}

/** The smallest tolerance used for percentages, so a formula result's binary noise never counts. */
const NOISE = new Decimal('1e-9');

/**
 * How far a computed fraction may be from a stated percentage and still agree with it: half a unit of
 * the stated figure's last place (DESIGN.md §7). `99,97 %` (2 decimals) → 0.00005 (0,005 points);
 * `100 %` → 0.005 (0,5 points). Decimals are those written, in percentage points.
 */
export function percentTolerance(stated: { reading: { decimals: number } }): Decimal {
  return halfUnit(stated.reading.decimals + 2);
}

const HALF_UNITS = new Map<number, Decimal>();
const HALF_UNITS_AS_DOUBLES = new Map<number, number>();

/**
 * percentTolerance of a percentage written with `decimals` decimals as the double nearest it, what
 * quotientWithinByDoubles takes; kept per place, as a budget asks it of every line.
 */
export function percentToleranceAsDouble(decimals: number): number {
  const places = decimals + 2;
  let tol = HALF_UNITS_AS_DOUBLES.get(places);
  if (tol === undefined) {
    tol = nearestDouble(halfUnit(places));
    HALF_UNITS_AS_DOUBLES.set(places, tol);
  }
  return tol;
}

/** Half a unit of the `places`-th decimal place (never below NOISE), kept per place: 2 → 0.005. */
function halfUnit(places: number): Decimal {
  let tol = HALF_UNITS.get(places);
  if (tol === undefined) {
    tol = Decimal.max(new Decimal(5).times(new Decimal(10).pow(-(places + 1))), NOISE);
    HALF_UNITS.set(places, tol);
  }
  return tol;
}

/** Whether `computed` (a fraction) rounds to the stated percentage: |computed − stated| ≤ tolerance. */
export function agreesWithStatedPercent(computed: Decimal, stated: StatedNumber): boolean {
  return computed.minus(stated.value).abs().lte(percentTolerance(stated));
}

/**
 * agreesWithStatedPercent for the quotient `numerator ÷ denominator` without dividing:
 * |n ÷ d − stated| ≤ tol  ⟺  |n − stated × d| ≤ tol × |d|  (d ≠ 0). Exact: decided with doubles when
 * both sides are further apart than the doubles' rounding could move them (a few units in the 16th
 * digit), else with Decimals. A regency's 100 000 budget lines are all decided the first way; the
 * Decimal arithmetic, 40-digit operations and their garbage, was most of ANG-02's time.
 */
export function quotientAgreesWithStatedPercent(
  numerator: StatedNumber,
  denominator: StatedNumber,
  stated: StatedNumber,
): boolean {
  const tolerance = percentTolerance(stated);
  const byDoubles = quotientByDoubles(
    amountOf(numerator),
    amountOf(denominator),
    amountOf(stated),
    tolerance,
  );
  if (byDoubles !== undefined) return byDoubles;
  return numerator.value
    .minus(stated.value.times(denominator.value))
    .abs()
    .lte(tolerance.times(denominator.value.abs()));
}

/**
 * |n ÷ d − stated| ≤ tolerance decided with doubles (n, d and stated each the double nearest its
 * figure), or undefined when the two sides are too close for doubles to tell.
 */
export function quotientByDoubles(
  n: number,
  d: number,
  stated: number,
  tolerance: Decimal,
): boolean | undefined {
  return quotientWithinByDoubles(n, d, stated, nearestDouble(tolerance));
}

/** quotientByDoubles with the tolerance given as the double nearest it. */
export function quotientWithinByDoubles(
  n: number,
  d: number,
  stated: number,
  tolerance: number,
): boolean | undefined {
  const product = stated * d;
  const gap = Math.abs(n - product);
  const allowed = tolerance * Math.abs(d);
  // The four conversions are each within 2^-53 (relative) of their exact value, and the product,
  // difference and `allowed` add a rounding each: together about 5·2^-53 of the magnitudes involved,
  // which a slack of 2^-49 (16·2^-53) bounds with room. NaN (a value without a cheap double) fails both
  // tests.
  const slack = DOUBLE_SLACK * (Math.abs(n) + Math.abs(product) + allowed);
  // Both tests on every call: a budget's lines nearly all pass the first, and an operation first met
  // on the first line that does not would throw away the caller's optimised loop.
  const within = gap < allowed - slack;
  const beyond = gap > allowed + slack;
  return within ? true : beyond ? false : undefined;
}

/** 2^-49: sixteen times the rounding of one double operation, a safe bound for a few of them. */
const DOUBLE_SLACK = 2 ** -49;

/** Half a unit of the last place written of a plain number (an IKM `88,31` → 0,005). */
export function numberTolerance(stated: StatedNumber): Decimal {
  return halfUnit(stated.reading.decimals);
}

/**
 * A fraction as an id-ID percentage with at least 2 decimals, or the stated figure's own precision when
 * it has more: `formatCapaian(0.79411…)` → `79,41%`.
 */
export function formatCapaian(fraction: Decimal, decimals = 2): string {
  return formatPersen(fraction, Math.max(2, decimals));
}

/** A stated percentage as its author wrote it (decimals kept): `99,97%`, `100%`. */
export function formatStatedPercent(stated: StatedNumber): string {
  return formatPersen(stated.value, stated.reading.decimals);
}

/**
 * A Rupiah figure that is doubtful as read: it carries a fraction (`4.186,950` read 4.186,95, or a
 * `36,800` that Excel converted to 36,8) other than sen in a column that writes sen. NUM-03 reports the cell itself; sums, quotients and
 * cross-table comparisons that would take it as an input are skipped, so one misread cell does not
 * raise a chain of findings about figures that are right.
 */
export function isDoubtfulRupiah(n: StatedNumber | undefined): boolean {
  if (n === undefined) return false;
  // Nearly every amount: whole, in Rupiah, known as a double without building its Decimal.
  if (n.rupiahPerUnit === undefined && Number.isSafeInteger(amountOf(n))) return false;
  const rupiah = inRupiah(n);
  if (rupiah.isInteger()) return false;
  // Sen in a column that writes sen (`999.975.057,50` among `…,00`, a SIPD export) are an amount as meant.
  return !(n.sen === true && n.reading.decimals === 2 && rupiah.times(100).isInteger());
}

/** An amount in Rupiah: as stated, or times its table's unit ("Rp juta"). */
export function inRupiah(n: StatedNumber): Decimal {
  return n.rupiahPerUnit === undefined ? n.value : n.value.times(n.rupiahPerUnit);
}
