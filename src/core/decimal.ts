import DecimalBase from 'decimal.js';

/**
 * The project's one Decimal constructor: 40 significant digits (999 triliun with 20 decimals fits) and
 * half-up rounding, the rounding Indonesian reports use ("99,745" prints as "99,75").
 * Example: `new Decimal('0.1').plus('0.2').toString()` → `'0.3'`.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/**
 * Decimal from a JS number without binary noise: 0.1 becomes exactly 0.1, as Excel displays it (decimal.js
 * reads a number through its shortest text, as String(n) gives it, without testing that text first).
 * `-0` becomes 0.
 */
export function decimalFromNumber(n: number): Decimal {
  return new Decimal(n === 0 ? 0 : n);
}

/** The powers of ten a double holds exactly (10^22 is the last). */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Digits per element of a Decimal's `d` (decimal.js stores base 10^7). */
const LIMB_DIGITS = 7;
const LIMB = 10 ** LIMB_DIGITS;

/**
 * The double nearest to `x`, or NaN when that is not cheap to know exactly: more than 2^53 − 1 in
 * its digits (about 16 significant digits) or a scale beyond 10^±22. Every figure read from a cell has at
 * most 15 significant digits, so this is one correctly rounded multiplication or division of exact
 * operands, from the digits, exponent and sign decimal.js exposes (`d`, `e`, `s`, read-only in its
 * typings). It lets a check decide with doubles whenever their rounding cannot change the answer.
 * Example: `nearestDouble(new Decimal('0.9222'))` → 0.9222; of `'12345678901234567'` → NaN.
 */
export function nearestDouble(x: Decimal): number {
  const d = x.d;
  if (!d) return NaN;
  const last = d.length - 1;
  let digits = 0;
  for (let i = 0; i < last; i++) {
    digits = digits * LIMB + d[i];
    if (digits > Number.MAX_SAFE_INTEGER) return NaN;
  }
  // The last element is padded with zeros to 7 digits (0.9222 is stored as 9222000): keep its own.
  let tail = d[last];
  let width = LIMB_DIGITS;
  while (tail !== 0 && tail % 10 === 0) {
    tail /= 10;
    width--;
  }
  digits = digits * EXACT_POWERS_OF_TEN[width] + tail;
  if (digits > Number.MAX_SAFE_INTEGER) return NaN;
  // x = digits × 10^scale: the first element holds the digits from 10^(7·floor(e/7)) up.
  const scale = LIMB_DIGITS * (Math.floor(x.e / LIMB_DIGITS) - last) + LIMB_DIGITS - width;
  let value: number;
  if (scale >= 0) {
    if (scale >= EXACT_POWERS_OF_TEN.length) return NaN;
    value = digits * EXACT_POWERS_OF_TEN[scale];
  } else {
    if (-scale >= EXACT_POWERS_OF_TEN.length) return NaN;
    value = digits / EXACT_POWERS_OF_TEN[-scale];
  }
  return x.s < 0 ? -value : value;
}
