import { Decimal, decimalFromNumber } from '../decimal';

/**
 * Indonesian number writing (id-ID): `.` groups thousands, `,` marks decimals, rounding half-up.
 * Implemented directly rather than with `Intl`, so the text does not depend on the ICU data of the
 * Node or browser build. Non-finite input is a programmer error and throws a RangeError.
 */

function toDecimal(d: Decimal | number): Decimal {
  const value = typeof d === 'number' ? decimalFromNumber(d) : d;
  if (!value.isFinite()) throw new RangeError(`format-number: bukan bilangan terhingga: ${String(d)}`);
  return value;
}

/** Rewrites a plain decimal string (`-1234.50`) the Indonesian way (`-1.234,50`); `-0,00` loses its sign. */
function writeIndonesian(fixed: string): string {
  let negative = false;
  let text = fixed;
  if (text.charCodeAt(0) === 45 /* - */) {
    negative = /[1-9]/.test(text);
    text = text.slice(1);
  }
  const point = text.indexOf('.');
  const intDigits = point < 0 ? text : text.slice(0, point);
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % 3 === 0) out += '.';
    out += intDigits[i];
  }
  if (point >= 0) out += ',' + text.slice(point + 1);
  return negative ? '-' + out : out;
}

/**
 * A Rupiah amount with id-ID grouping and no currency sign: `2702337210` → `'2.702.337.210'`,
 * `-1500` → `'-1.500'`. A fraction is kept as written, not rounded away (`4186.95` → `'4.186,95'`),
 * because silently printing a whole amount would hide exactly what NUM-03 reports.
 */
export function formatRupiah(d: Decimal | number): string {
  return writeIndonesian(toDecimal(d).toFixed());
}

/**
 * A fraction as a percentage with `decimals` places (0–20), rounded half-up, `%` without a space:
 * `0.8617` → `'86,17%'`, `formatPersen(1, 0)` → `'100%'`, `0.99745` → `'99,75%'`.
 */
export function formatPersen(fraction: Decimal | number, decimals = 2): string {
  return writeIndonesian(toDecimal(fraction).times(100).toFixed(decimals, Decimal.ROUND_HALF_UP)) + '%';
}

/**
 * Any number with id-ID separators; with `decimals` (0–20) rounded half-up to that many places, without
 * it every digit the value has: `formatAngka(88.31)` → `'88,31'`, `formatAngka(4800)` → `'4.800'`,
 * `formatAngka(2.5, 2)` → `'2,50'`.
 */
export function formatAngka(d: Decimal | number, decimals?: number): string {
  const value = toDecimal(d);
  return writeIndonesian(
    decimals === undefined ? value.toFixed() : value.toFixed(decimals, Decimal.ROUND_HALF_UP),
  );
}
