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
