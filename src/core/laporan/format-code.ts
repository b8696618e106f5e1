/**
 * A computed cell as Excel shows it in an Indonesian locale, for the invariant format codes the
 * planners write: `#,##0` (2.702.337.210), `0.00%` (98,78%), `0.00`, `0`, `#,##0.0" Nilai"` (82,0 Nilai).
 */
import { Decimal } from '../decimal';
import { formatAngka } from '../numbers/format-number';
import { FormulaError, type CellValue } from './evaluate-plans';

interface NumberPattern {
  decimals: number;
  grouping: boolean;
  percent: boolean;
  prefix: string;
  suffix: string;
}

/** `#,##0.00" Nilai"` → grouping, 2 decimals, suffix ` Nilai`. Only the first section of a code. */
function parseCode(code: string): NumberPattern {
  const section = code.split(';')[0];
  const out: NumberPattern = { decimals: 0, grouping: false, percent: false, prefix: '', suffix: '' };
  let seenDigits = false;
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const lit = section.slice(i + 1, end < 0 ? undefined : end);
      if (seenDigits) out.suffix += lit;
      else out.prefix += lit;
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (ch === '#' || ch === '0' || ch === ',') {
      seenDigits = true;
      if (ch === ',') out.grouping = true;
      i++;
      continue;
    }
    if (ch === '.') {
      let k = i + 1;
      while (section[k] === '0' || section[k] === '#') k++;
      out.decimals = k - i - 1;
      i = k;
      continue;
    }
    if (ch === '%') out.percent = true;
    if (ch === '\\' && i + 1 < section.length) {
      (seenDigits ? (s: string) => (out.suffix += s) : (s: string) => (out.prefix += s))(section[i + 1]);
      i += 2;
      continue;
    }
    if (ch !== '%') {
      if (seenDigits) out.suffix += ch;
      else out.prefix += ch;
    } else out.suffix += '%';
    i++;
  }
  return out;
}

/** id-ID digits of `d` rounded to `decimals`, with or without thousands points. */
function digits(d: Decimal, decimals: number, grouping: boolean): string {
  const text = formatAngka(d, decimals);
  return grouping ? text : text.replace(/\./g, '');
}

/**
 * The text a cell shows: a number through its format code (General when none: up to 10 decimals, no
 * grouping), a text as it is, empty as '', an error as its code.
 * Example: `displayText(new Decimal('0.98780487'), '0.00%')` → `'98,78%'`.
 */
export function displayText(value: CellValue, numberFormat?: string): string {
  if (value === null) return '';
  if (value instanceof FormulaError) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (numberFormat === undefined || numberFormat === '' || /^general$/i.test(numberFormat)) {
    const rounded = value.toDecimalPlaces(10, Decimal.ROUND_HALF_UP);
    return digits(rounded, rounded.decimalPlaces(), false);
  }
  const p = parseCode(numberFormat);
  const scaled = p.percent ? value.times(100) : value;
  const shown = digits(scaled.abs(), p.decimals, p.grouping);
  const negative = scaled.isNegative() && /[1-9]/.test(shown);
  return `${negative ? '-' : ''}${p.prefix}${shown}${p.suffix}`;
}
