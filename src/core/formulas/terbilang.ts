import { Decimal, decimalFromNumber } from '../decimal';
import { readNumber } from '../numbers/read-number';

/** Why an amount cannot be spelled: above 999 triliun, or not a finite number. */
export type TerbilangFailure = 'terlalu-besar' | 'bukan-angka';

export type TerbilangResult = { ok: true; text: string } | { ok: false; reason: TerbilangFailure };

export interface TerbilangOptions {
  /** `miliar` (baku, default) or `milyar`, as some offices still write it. */
  ejaan?: 'miliar' | 'milyar';
  /** Word after the amount, written as given; default `Rupiah`, `''` for none. */
  satuan?: string;
}

const DIGIT_WORDS = ['Nol', 'Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan', 'Sembilan'];
const LARGEST = new Decimal('999999999999999');

/**
 * An amount in Indonesian words, each word capitalised as in LKjIP reports (DESIGN.md §3.7):
 * `terbilang(2752010113)` → `{ ok: true, text: 'Dua Miliar Tujuh Ratus Lima Puluh Dua Juta Sepuluh Ribu
 * Seratus Tiga Belas Rupiah' }`.
 *
 * - sepuluh, sebelas, dua belas, seratus, seribu (only for the thousands group: 1.001.000 is "Satu Juta
 *   Seribu"), satu juta / satu miliar / satu triliun; 0 is "Nol Rupiah"; negatives start with "Minus".
 * - Decimals are read digit by digit after "Koma", as the exact value writes them, so trailing zeros do
 *   not count: 12,05 → "Dua Belas Koma Nol Lima", 2,50 → "Dua Koma Lima".
 * - Text is read with the number reader as a Rupiah amount (`'2.752.010.113'`, `'Rp 1.500,50'`); its
 *   guesses are not reported here.
 * - Integer part above 999.999.999.999.999 → `terlalu-besar`; NaN, infinities, unreadable text →
 *   `bukan-angka`. Never throws.
 */
export function terbilang(
  amount: Decimal | number | string,
  options: TerbilangOptions = {},
): TerbilangResult {
  const value = toDecimal(amount);
  if (value === undefined) return { ok: false, reason: 'bukan-angka' };
  const abs = value.abs();
  if (abs.trunc().gt(LARGEST)) return { ok: false, reason: 'terlalu-besar' };

  const words: string[] = [];
  if (value.isNegative() && !value.isZero()) words.push('Minus');
  const [intDigits, fracDigits = ''] = abs.toFixed().split('.');
  spellInteger(intDigits, options.ejaan === 'milyar' ? 'Milyar' : 'Miliar', words);
  if (fracDigits !== '') {
    words.push('Koma');
    for (const d of fracDigits) words.push(DIGIT_WORDS[d.charCodeAt(0) - 48]);
  }
  const satuan = options.satuan ?? 'Rupiah';
  if (satuan !== '') words.push(satuan);
  return { ok: true, text: words.join(' ') };
}

function toDecimal(amount: Decimal | number | string): Decimal | undefined {
  if (typeof amount === 'string') {
    const reading = readNumber(amount, 'rupiah');
    return reading.ok ? reading.value : undefined;
  }
  if (typeof amount === 'number') return Number.isFinite(amount) ? decimalFromNumber(amount) : undefined;
  return amount.isFinite() ? amount : undefined;
}

/** Appends the words of a whole number of at most 15 digits, given as its digit string. */
function spellInteger(digits: string, miliar: string, words: string[]): void {
  const padded = digits.padStart(15, '0');
  const scales = ['Triliun', miliar, 'Juta', 'Ribu', ''];
  let any = false;
  for (let g = 0; g < 5; g++) {
    const group = Number(padded.slice(g * 3, g * 3 + 3));
    if (group === 0) continue;
    any = true;
    if (g === 3 && group === 1) {
      words.push('Seribu');
      continue;
    }
    spellHundreds(group, words);
    if (scales[g] !== '') words.push(scales[g]);
  }
  if (!any) words.push('Nol');
}

/** Appends the words of 1–999: seratus, sepuluh, sebelas, dua belas, dua puluh satu … */
function spellHundreds(n: number, words: string[]): void {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('Seratus');
  else if (hundreds > 1) words.push(DIGIT_WORDS[hundreds], 'Ratus');
  if (rest === 0) return;
  if (rest < 10) words.push(DIGIT_WORDS[rest]);
  else if (rest === 10) words.push('Sepuluh');
  else if (rest === 11) words.push('Sebelas');
  else if (rest < 20) words.push(DIGIT_WORDS[rest - 10], 'Belas');
  else {
    words.push(DIGIT_WORDS[Math.floor(rest / 10)], 'Puluh');
    if (rest % 10 !== 0) words.push(DIGIT_WORDS[rest % 10]);
  }
}
