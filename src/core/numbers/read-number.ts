import { Decimal, decimalFromNumber } from '../decimal';
import { cleanText } from '../text';
import type {
  NumberGuess,
  NumberKind,
  NumberReading,
  NumberReadingFailed,
  NumberReadingOk,
  NumberStyle,
  ReadNumberOptions,
} from './types';

/**
 * Reads a cell value as a number, exactly (DESIGN.md §3.8). Returns a result value, never throws.
 *
 * - Native numbers are taken as stored (`style: 'bilangan'`); a `%` in `options.numberFormat` marks them
 *   as percentages, which Excel already stores as fractions.
 * - Text is cleaned (HTML remnants, NBSP, direction marks), then may carry a sign (`-`, `−`, `(…)`), a
 *   `Rp` / `Rp.` / `IDR` prefix, a Rupiah `,-` / `.-` suffix, a `%` sign (→ fraction) and, with
 *   `allowUnit`, unit text starting with a letter (`82 Nilai`, `72 Orang/bulan`).
 * - `2.077.687.761` and `2,077,687,761` are the same integer; with both separators the last one is the
 *   decimal mark (`1.234,5`, `1,234.5`). Exponents, spaces inside digits, bad groups → `bukan-angka`.
 * - A lone separator followed by exactly three digits after one to three digits (`36,800`, `36.800`) is
 *   ambiguous: a thousands group in a `rupiah` column, and also in an `angka` column when a unit follows
 *   (`4.800 Paket` counts packets: the seed's own case); a decimal elsewhere (`persen`, bare `angka`,
 *   after a `%`). Either way the guess `pemisah-tunggal` is recorded, and `groupSeparator` is set only
 *   when it was read as grouping, so the checks can compare it with the column's dominant style.
 * - In a `rupiah` column an amount read with exactly three decimals (`4.186,950` → 4186,95) is recorded
 *   as `desimal-rupiah`: it looks like a mistyped group. Two decimals (`1.234,50`) are plain cents.
 * - In a `persen` column a value without `%` (sign or number format) above 1,5 can only be percentage
 *   points (`99,97` → 0.9997); it is still recorded as `persen-tanpa-tanda`, because only the column's
 *   header made it a percentage (the checks report it as info, not as a doubt). A nonzero value of at
 *   most 1,5 could be a fraction already or a small percentage; it is read as a fraction (`1` → 100%)
 *   with the guess `persen-pecahan`. Zero needs neither.
 * - `decimals` counts the decimal places as stated; for percentages in points (`99,97 %` → 2, a native
 *   `0.9997` shown as `0.00%` → 2), taken from the number format for native numbers when it says.
 * - Empty input, `''` and a lone dash (how accounting formats print nil) → `kosong`; booleans and other
 *   text → `bukan-angka`; Excel errors (`{error: '#REF!'}` or the text `#REF!`) → `galat-excel`.
 *
 * Example: `readNumber('Rp. 2.752.010.113,-', 'rupiah')` → value 2752010113, style `id`, asText true.
 */
export function readNumber(
  input: unknown,
  kind: NumberKind = 'angka',
  options: ReadNumberOptions = {},
): NumberReading {
  const bareIsPoints = options.bareIsPoints === true;
  if (typeof input === 'number') return readNative(input, kind, options.numberFormat, bareIsPoints);
  if (typeof input === 'string') return readText(input, kind, options.allowUnit === true, bareIsPoints);
  if (input === null || input === undefined) return failed('kosong', '');
  if (typeof input === 'boolean') return failed('bukan-angka', input ? 'TRUE' : 'FALSE');
  if (typeof input === 'object' && 'error' in input) {
    return failed('galat-excel', String((input as { error: unknown }).error));
  }
  return failed('bukan-angka', String(input));
}

const PERCENT_FRACTION_LIMIT = new Decimal('1.5');
/** The guesses of a certain reading, shared: most cells need none, and a reading is never changed. */
const NO_GUESSES: readonly NumberGuess[] = Object.freeze([]);
const HUNDRED = new Decimal(100);

/** Anything cleanText would change: non-ASCII, controls, tags, entities, doubled spaces. */
const NEEDS_CLEANING = /[^\x20-\x7e]|[<&]| {2}/;
const UNIT_START = /^\p{L}/u;
const EXCEL_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_DOT = 46;
const CODE_COMMA = 44;
const CODE_SPACE = 32;

function failed(reason: NumberReadingFailed['reason'], text: string): NumberReadingFailed {
  return { ok: false, reason, text };
}

function isDigit(c: number): boolean {
  return c >= CODE_0 && c <= CODE_9;
}

function isSign(ch: string): boolean {
  return ch === '-' || ch === '+' || ch === '\u2212' || ch === '\u2013';
}

function isDash(s: string): boolean {
  return s === '-' || s === '\u2212' || s === '\u2013' || s === '\u2014';
}

function readNative(
  n: number,
  kind: NumberKind,
  numberFormat: string | undefined,
  bareIsPoints: boolean,
): NumberReading {
  if (!Number.isFinite(n)) return failed('bukan-angka', String(n));
  const value = decimalFromNumber(n);
  const format = numberFormat === undefined ? NO_FORMAT : formatInfo(numberFormat);
  // Most amounts are whole: their places are known without asking the Decimal.
  const places = Number.isInteger(n) ? 0 : value.decimalPlaces();
  if (format.percent) {
    const decimals = format.decimals ?? pointsDecimals(places);
    return okReading(value, 'bilangan', false, true, decimals, NO_GUESSES);
  }
  const decimals = format.decimals ?? places;
  if (kind === 'persen') {
    return asPercentColumn(
      value,
      String(n),
      'bilangan',
      false,
      decimals,
      NO_GUESSES,
      undefined,
      undefined,
      bareIsPoints,
    );
  }
  return okReading(value, 'bilangan', false, false, decimals, NO_GUESSES);
}

/**
 * How a native number is read, without its value: what `readNumber(n, kind, { numberFormat })` says of
 * it but the Decimal, for a reader that keeps the number itself (a budget's hundred thousand amounts and
 * capaian). Known without the Decimal for a whole number below 2^53 in a `rupiah` or `angka` column and
 * for any number under a percent format that states its places (`0.00%`); undefined for the rest,
 * which `readNumber` reads. The shape is shared by every number read alike: never changed.
 */
export function readNativeShape(
  n: number,
  kind: NumberKind,
  numberFormat: string | undefined,
): Omit<NumberReadingOk, 'value'> | undefined {
  if (!Number.isFinite(n)) return undefined;
  const format = numberFormat === undefined ? NO_FORMAT : formatInfo(numberFormat);
  if (format.percent) {
    if (format.decimals === undefined && !Number.isInteger(n)) return undefined;
    return nativeShape(true, format.decimals ?? pointsDecimals(0));
  }
  if (kind === 'persen' || !Number.isSafeInteger(n)) return undefined;
  return nativeShape(false, format.decimals ?? 0);
}

/** The shapes readNativeShape gives, by places and percent: shared, as a budget asks one per figure. */
const nativeShapes: Array<Readonly<Omit<NumberReadingOk, 'value'>>> = [];

function nativeShape(percent: boolean, decimals: number): Omit<NumberReadingOk, 'value'> {
  const key = 2 * decimals + (percent ? 1 : 0);
  return (nativeShapes[key] ??= Object.freeze({
    ok: true,
    style: 'bilangan',
    asText: false,
    percent,
    decimals,
    guesses: NO_GUESSES,
  }));
}

/** `value / 100`, built from its text: decimal.js parses an exponent about twice as fast as it divides. */
function hundredth(value: Decimal, numberText: string): Decimal {
  return numberText.includes('e') ? value.div(HUNDRED) : new Decimal(numberText + 'e-2');
}

/** Zero without a sign: `-0` and `-0,00` read as 0. */
function positiveZero(value: Decimal): Decimal {
  return value.isZero() && value.isNegative() ? value.abs() : value;
}

/** Decimal places in percentage points of a fraction written with `fractionDecimals` places. */
function pointsDecimals(fractionDecimals: number): number {
  return Math.max(0, fractionDecimals - 2);
}

/**
 * A value without a percent sign in a `persen` column: points above 1,5, a fraction below; both
 * recorded. With `bareIsPoints` (the column's other values are points) a small one is points too.
 */
function asPercentColumn(
  value: Decimal,
  numberText: string,
  style: NumberStyle,
  asText: boolean,
  decimals: number,
  guesses: readonly NumberGuess[],
  unit: string | undefined,
  groupSeparator: '.' | ',' | undefined,
  bareIsPoints = false,
): NumberReading {
  const abs = value.abs();
  if (abs.gt(PERCENT_FRACTION_LIMIT) || (bareIsPoints && !abs.isZero())) {
    const points = hundredth(value, numberText);
    return okReading(
      points,
      style,
      asText,
      false,
      decimals,
      [...guesses, 'persen-tanpa-tanda'],
      unit,
      groupSeparator,
    );
  }
  const read = abs.isZero() ? guesses : [...guesses, 'persen-pecahan' as const];
  return okReading(value, style, asText, false, pointsDecimals(decimals), read, unit, groupSeparator);
}

function okReading(
  value: Decimal,
  style: NumberStyle,
  asText: boolean,
  percent: boolean,
  decimals: number,
  guesses: readonly NumberGuess[],
  unit?: string,
  groupSeparator?: '.' | ',',
): NumberReading {
  const reading: NumberReadingOk = {
    ok: true,
    value,
    style,
    asText,
    percent,
    decimals,
    guesses: guesses.length === 0 ? NO_GUESSES : guesses,
  };
  if (unit !== undefined) reading.unit = unit;
  if (groupSeparator !== undefined) reading.groupSeparator = groupSeparator;
  return reading;
}

/** The parts of a number format that matter here: a `%` and the count of decimal placeholders. */
interface FormatInfo {
  percent: boolean;
  /** Decimal places the format shows; undefined for General or text formats. */
  decimals: number | undefined;
}

const NO_FORMAT: FormatInfo = { percent: false, decimals: undefined };
const formatCache = new Map<string, FormatInfo>();

function formatInfo(numberFormat: string): FormatInfo {
  let info = formatCache.get(numberFormat);
  if (info === undefined) {
    info = parseFormat(numberFormat);
    formatCache.set(numberFormat, info);
  }
  return info;
}

/** Scans the first section of a format code, skipping quoted text, escapes, `[…]`, `_x` and `*x`. */
function parseFormat(code: string): FormatInfo {
  let percent = false;
  let placeholders = false;
  let decimals: number | undefined;
  let decimalsDone = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === ';') break;
    const placeholder = ch === '0' || ch === '#' || ch === '?';
    if (decimals !== undefined && !placeholder) decimalsDone = true;
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? code.length : close;
    } else if (ch === '[') {
      const close = code.indexOf(']', i + 1);
      i = close < 0 ? code.length : close;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '%') {
      percent = true;
    } else if (placeholder) {
      placeholders = true;
      if (decimals !== undefined && !decimalsDone) decimals++;
    } else if (ch === '.' && decimals === undefined) {
      decimals = 0;
    }
  }
  if (!placeholders) return { percent, decimals: undefined };
  return { percent, decimals: decimals ?? 0 };
}

function skipSpaces(s: string, i: number, end: number): number {
  while (i < end && s.charCodeAt(i) === CODE_SPACE) i++;
  return i;
}

/** Index after a `Rp`, `Rp.` or `IDR` prefix and its spaces, or `i` when there is none. */
function skipCurrency(s: string, i: number, end: number): number {
  const c0 = s[i];
  let j = i;
  if ((c0 === 'R' || c0 === 'r') && (s[i + 1] === 'p' || s[i + 1] === 'P')) {
    j = i + 2;
    if (s[j] === '.') j++;
  } else if ((c0 === 'I' || c0 === 'i') && s.slice(i, i + 3).toUpperCase() === 'IDR') {
    j = i + 3;
  } else {
    return i;
  }
  if (j < end && isDigit(s.charCodeAt(j)) === false && s.charCodeAt(j) !== CODE_SPACE && !isSign(s[j]))
    return i;
  return skipSpaces(s, j, end);
}

function readText(raw: string, kind: NumberKind, allowUnit: boolean, bareIsPoints: boolean): NumberReading {
  const s = NEEDS_CLEANING.test(raw) ? cleanText(raw) : raw.trim();
  if (s === '' || isDash(s)) return failed('kosong', raw);
  if (s.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(s.toUpperCase())) return failed('galat-excel', s);

  let i = 0;
  let end = s.length;
  let negative = false;
  let signed = false;
  if (s[0] === '(' && s[end - 1] === ')') {
    negative = true;
    signed = true;
    i = 1;
    end--;
  }
  i = skipSpaces(s, i, end);
  for (let prefix = 0; prefix < 2; prefix++) {
    if (!signed && isSign(s[i])) {
      negative = s[i] !== '+';
      signed = true;
      i = skipSpaces(s, i + 1, end);
    }
    const afterCurrency = skipCurrency(s, i, end);
    if (afterCurrency === i) break;
    i = afterCurrency;
  }

  const bodyStart = i;
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let digits = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c === CODE_DOT) {
      dots++;
      lastDot = i;
    } else if (c === CODE_COMMA) {
      commas++;
      lastComma = i;
    } else break;
  }
  let bodyEnd = i;
  if (digits === 0) return failed('bukan-angka', s);
  // Rupiah style "2.752.010.113,-": the dash closes the amount.
  const last = s.charCodeAt(bodyEnd - 1);
  if ((last === CODE_DOT || last === CODE_COMMA) && s[i] === '-') {
    bodyEnd--;
    i++;
    // The separator before the dash is not part of the number; the one before it (if any) is the last.
    if (last === CODE_DOT) {
      dots--;
      lastDot = s.lastIndexOf('.', bodyEnd - 1);
    } else {
      commas--;
      lastComma = s.lastIndexOf(',', bodyEnd - 1);
    }
  }

  i = skipSpaces(s, i, end);
  let percent = false;
  if (s[i] === '%') {
    percent = true;
    i = skipSpaces(s, i + 1, end);
  }
  let unit: string | undefined;
  if (i < end) {
    if (!allowUnit || !UNIT_START.test(s.slice(i, i + 2))) return failed('bukan-angka', s);
    unit = s.slice(i, end).trim();
  }

  const body = parseBody(s, bodyStart, bodyEnd, dots, commas, lastDot, lastComma);
  if (body === undefined) return failed('bukan-angka', s);

  const guesses: NumberGuess[] = [];
  let { intDigits, fracDigits, style, groupSeparator } = body;
  if (body.loneSeparator !== undefined) {
    guesses.push('pemisah-tunggal');
    const asThousands = !percent && (kind === 'rupiah' || (kind === 'angka' && unit !== undefined));
    if (asThousands) {
      intDigits += fracDigits;
      fracDigits = '';
      groupSeparator = body.loneSeparator;
      style = groupSeparator === '.' ? 'id' : 'en';
    }
  }
  if (kind === 'rupiah' && !percent && fracDigits.length === 3) guesses.push('desimal-rupiah');

  const numberText = (negative ? '-' : '') + (fracDigits === '' ? intDigits : intDigits + '.' + fracDigits);
  const decimals = fracDigits.length;
  if (percent) {
    return okReading(
      positiveZero(new Decimal(numberText + 'e-2')),
      style,
      true,
      true,
      decimals,
      guesses,
      unit,
      groupSeparator,
    );
  }
  const value = positiveZero(new Decimal(numberText));
  if (kind === 'persen')
    return asPercentColumn(
      value,
      numberText,
      style,
      true,
      decimals,
      guesses,
      unit,
      groupSeparator,
      bareIsPoints,
    );
  return okReading(value, style, true, false, decimals, guesses, unit, groupSeparator);
}

interface Body {
  intDigits: string;
  fracDigits: string;
  style: NumberStyle;
  groupSeparator: '.' | ',' | undefined;
  /** Set when the body is one separator between 1–3 digits and exactly 3 digits (read here as a decimal). */
  loneSeparator: '.' | ',' | undefined;
}

/**
 * Splits `s[start, end)` (digits, dots and commas only) into integer and fraction digits, or undefined
 * when the separators do not form a number.
 */
function parseBody(
  s: string,
  start: number,
  end: number,
  dots: number,
  commas: number,
  lastDot: number,
  lastComma: number,
): Body | undefined {
  if (dots === 0 && commas === 0) {
    return {
      intDigits: s.slice(start, end),
      fracDigits: '',
      style: 'polos',
      groupSeparator: undefined,
      loneSeparator: undefined,
    };
  }
  if (dots > 0 && commas > 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const decimalIsComma = decimalAt === lastComma;
    if ((decimalIsComma ? commas : dots) !== 1) return undefined;
    const group = decimalIsComma ? CODE_DOT : CODE_COMMA;
    const intDigits = groupedDigits(s, start, decimalAt, group);
    const fracDigits = s.slice(decimalAt + 1, end);
    if (intDigits === undefined || fracDigits === '') return undefined;
    return {
      intDigits,
      fracDigits,
      style: decimalIsComma ? 'id' : 'en',
      groupSeparator: decimalIsComma ? '.' : ',',
      loneSeparator: undefined,
    };
  }
  const sepCode = dots > 0 ? CODE_DOT : CODE_COMMA;
  const sep: '.' | ',' = dots > 0 ? '.' : ',';
  if (dots + commas > 1) {
    const intDigits = groupedDigits(s, start, end, sepCode);
    if (intDigits === undefined) return undefined;
    return {
      intDigits,
      fracDigits: '',
      style: sep === '.' ? 'id' : 'en',
      groupSeparator: sep,
      loneSeparator: undefined,
    };
  }
  const at = dots > 0 ? lastDot : lastComma;
  const before = at - start;
  const after = end - at - 1;
  if (after === 0) return undefined;
  const intDigits = before === 0 ? '0' : s.slice(start, at);
  const lone = after === 3 && before >= 1 && before <= 3 && s.charCodeAt(start) !== CODE_0;
  return {
    intDigits,
    fracDigits: s.slice(at + 1, end),
    style: sep === ',' ? 'id' : 'en',
    groupSeparator: undefined,
    loneSeparator: lone ? sep : undefined,
  };
}

/** The digits of `s[start, end)` grouped in threes by `group`, or undefined when a group is wrong. */
function groupedDigits(s: string, start: number, end: number, group: number): string | undefined {
  let out = '';
  let run = 0;
  let groups = 0;
  let runStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || s.charCodeAt(i) === group) {
      if (groups === 0 ? run < 1 || run > 3 : run !== 3) return undefined;
      out += s.slice(runStart, i);
      groups++;
      run = 0;
      runStart = i + 1;
    } else {
      run++;
    }
  }
  return out;
}
