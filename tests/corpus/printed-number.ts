import { exact, type Exact } from './exact';

/**
 * How the oracle reads a figure as printed in a report, independently of the engine's number reader:
 * what the author meant, given the document's decimal mark and what the column holds.
 */
export type PrintedKind = 'rupiah' | 'persen' | 'angka';

export interface Printed {
  value: Exact;
  /** Decimal places as printed. */
  decimals: number;
  /** Printed with a % sign. */
  percent: boolean;
  /** Unit words after the number (`Nilai`, `Desa`). */
  unit?: string;
}

const NIL = /^(-|–|—|n\/?a|nihil|0?\s*-)$/i;

/** The grades of the ordinal scales, longest first, as a printed target or realisasi may state them. */
export const GRADES: Record<string, string[]> = {
  sakip: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'],
  opini: ['TMP', 'TW', 'WDP', 'WTP'],
  mutu: ['D', 'C', 'B', 'A'],
};

/** A printed grade (`BB`, `WTP`, `A Nilai`), or undefined. */
export function readGrade(text: string): string | undefined {
  const m = /^(AA|BB|CC|WTP|WDP|TMP|TW|A|B|C|D)(?:\s*\(.*\)|\s+[A-Za-z].*)?$/.exec(text.trim());
  return m?.[1];
}

/**
 * A printed figure: `2.077.687.761`, `2,077,687,761`, `Rp. 1.000,-`, `99,97 %`, `82 Nilai`. Both marks:
 * the last is the decimal mark. One mark, repeated: grouping. One mark once: in a Rupiah column a
 * grouping when three digits follow (`36,800` is 36 800 Rupiah, `4.186,950` is 4 186 950 — the author's
 * slip, not cents), else a decimal; elsewhere the document's decimal mark is a decimal, and the other
 * mark a grouping only before exactly three digits (`93.6` in a comma document is still 93,6).
 * Undefined for blanks, nil dashes, `n/a` and any text that is not a figure.
 */
export function readPrinted(raw: string | null, mark: ',' | '.', kind: PrintedKind): Printed | undefined {
  if (raw === null) return undefined;
  let text = raw.replace(/\u00a0/g, ' ').trim();
  if (text === '' || NIL.test(text)) return undefined;
  text = text
    .replace(/^Rp\.?\s*/i, '')
    .replace(/[.,]-$/, '')
    .trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (/^[-−–]/.test(text)) {
    negative = true;
    text = text.slice(1).trim();
  }
  const m = /^(\d[\d.,]*)\s*(%?)\s*(.*)$/.exec(text);
  if (!m) return undefined;
  const [, body, pct, rest] = m;
  if (rest !== '' && kind !== 'angka') return undefined;
  if (rest !== '' && !/^\p{L}/u.test(rest) && rest !== '%') return undefined;
  const digits = body.replace(/[.,]$/, '');
  const parsed = splitNumber(digits, mark, kind);
  if (parsed === undefined) return undefined;
  const value = exact(
    `${negative ? '-' : ''}${parsed.intPart}${parsed.frac === '' ? '' : `.${parsed.frac}`}`,
  );
  const out: Printed = { value, decimals: parsed.frac.length, percent: pct === '%' || rest === '%' };
  const unit = rest.replace(/^%$/, '').trim();
  if (unit !== '') out.unit = unit;
  return out;
}

/** Thousands groups as printed: one to three digits, then three each (`11.131.99.967` is no figure). */
function wellGrouped(groups: string[]): boolean {
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function splitNumber(
  s: string,
  mark: ',' | '.',
  kind: PrintedKind,
): { intPart: string; frac: string } | undefined {
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = dec === '.' ? ',' : '.';
    const [i, f] = s.split(dec);
    if (s.split(dec).length !== 2 || !wellGrouped(i.split(group))) return undefined;
    const intPart = i.split(group).join('');
    if (kind === 'rupiah' && f.length === 3) return { intPart: intPart + f, frac: '' };
    return { intPart, frac: f };
  }
  const sep = dots > 0 ? '.' : commas > 0 ? ',' : undefined;
  if (sep === undefined) return { intPart: s, frac: '' };
  const parts = s.split(sep);
  // Groups are three digits: a last part of one or two digits after them is the cents (`113,187,358,00`).
  if (parts.length > 2 && parts[parts.length - 1].length < 3) {
    if (!wellGrouped(parts.slice(0, -1))) return undefined;
    return { intPart: parts.slice(0, -1).join(''), frac: parts[parts.length - 1] };
  }
  if (parts.length > 2) return wellGrouped(parts) ? { intPart: parts.join(''), frac: '' } : undefined;
  const [i, f] = parts;
  const threeAfter = f.length === 3;
  if (kind === 'rupiah') return threeAfter ? { intPart: i + f, frac: '' } : { intPart: i, frac: f };
  if (sep === mark) return { intPart: i, frac: f };
  return threeAfter ? { intPart: i + f, frac: '' } : { intPart: i, frac: f };
}
