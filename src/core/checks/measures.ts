import { Decimal, nearestDouble } from '../decimal';
import type { Measure } from '../model/indicator';
import type { Ukuran } from '../formulas';
import { formatAngka, formatPersen } from '../numbers/format-number';
import { nameKey } from '../text';

/** A target or realisasi as the formulas take it: a number, a grade, or null when there is nothing to use. */
export function ukuranOf(m: Measure | undefined): Ukuran | null {
  if (m === undefined) return null;
  if (m.kind === 'angka') return m.value;
  if (m.kind === 'predikat') return { grade: m.grade };
  return null;
}

/** A measure as written, in id-ID: `82 Nilai`, `100%`, `BB`. */
export function formatMeasure(m: Measure): string {
  if (m.kind === 'angka') {
    if (isPercent(m)) return formatPersen(m.value, m.reading.decimals);
    const number = formatAngka(m.value);
    return m.unit === undefined || m.unit === '' ? number : `${number} ${m.unit}`;
  }
  if (m.kind === 'predikat') return m.unit === undefined ? m.grade : `${m.grade} ${m.unit}`;
  if (m.kind === 'teks') return m.text;
  return '(kosong)';
}

/**
 * Whether a number measure is a percentage held as a fraction: typed with `%`, or a bare number under a
 * Satuan of `%` (the recognisers store `82` there as 0,82).
 */
function isPercent(m: Extract<Measure, { kind: 'angka' }>): boolean {
  return m.reading.percent || m.unit === '%';
}

/** The number a reader sees: percentages in points (`100 %` → 100), so `100 %` and `100` compare equal. */
export function shownNumber(m: Extract<Measure, { kind: 'angka' }>): Decimal {
  return isPercent(m) ? m.value.times(100) : m.value;
}

/** Whether two measures state the same thing (same number, or same grade); units are not compared. */
export function sameMeasure(a: Measure, b: Measure): boolean {
  if (a.kind === 'angka' && b.kind === 'angka') return shownNumber(a).eq(shownNumber(b));
  if (a.kind === 'predikat' && b.kind === 'predikat') return a.grade.toUpperCase() === b.grade.toUpperCase();
  if (a.kind === 'teks' && b.kind === 'teks') return nameKey(a.text) === nameKey(b.text);
  return a.kind === b.kind;
}

const HUNDRED = new Decimal(100);

/** The unit of a numeric measure as a comparable key: `%` for percentages, else its nameKey. */
function unitKey(m: Extract<Measure, { kind: 'angka' }>): string | undefined {
  if (m.reading.percent) return '%';
  if (m.unit === undefined || m.unit === '') return undefined;
  const k = nameKey(m.unit);
  return k === 'persen' ? '%' : k;
}

/** Edit distance, to forgive a typo in a unit (`kgiatan` for `kegiatan`). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** 2^-49: a bound, with room, on the relative rounding of two conversions to doubles and a division. */
const DOUBLE_SLACK = 2 ** -49;

/**
 * |r| ÷ |t| > 100 (the Decimal quotient), neither being zero. Decided with the doubles nearest the
 * figures where their quotient is clearly away from 100: off by a few roundings at most, it cannot then
 * fall on the other side, nor within the Decimal quotient's own rounding of 100. Else, or where a
 * figure has no cheap double (NaN fails both tests), with Decimals.
 */
function moreThanHundredTimes(r: Decimal, t: Decimal): boolean {
  const ratio = Math.abs(nearestDouble(r) / nearestDouble(t));
  if (ratio > 100 * (1 + DOUBLE_SLACK) && ratio !== Infinity) return true;
  if (ratio < 100 * (1 - DOUBLE_SLACK)) return false;
  const ta = t.abs();
  const ra = r.abs();
  return !ta.isZero() && !ra.isZero() && ra.div(ta).gt(HUNDRED);
}

/**
 * Why a realisasi cannot be in the unit of its target (KIN-05), or undefined when it can:
 * `satuan` — both name a unit and the units differ (beyond a typo of two letters);
 * `besaran` — no unit tells them apart but the realisasi is more than a hundred times the target
 * (target `87.15`, realisasi `14.671.200`: a Rupiah amount typed into the realisasi column).
 * A realisasi of 0 is a legitimate result and never counts.
 */
export function unitMismatch(
  target: Measure | undefined,
  realisasi: Measure | undefined,
): 'satuan' | 'besaran' | undefined {
  if (target?.kind !== 'angka' || realisasi?.kind !== 'angka') return undefined;
  // A realisasi a hundred times its target is another measure, whatever its unit word says.
  if (moreThanHundredTimes(realisasi.value, target.value)) return 'besaran';
  // unitKey reads only these two: most rows write one unit for both and need no key.
  if (target.reading.percent === realisasi.reading.percent && target.unit === realisasi.unit)
    return undefined;
  const tu = unitKey(target);
  const ru = unitKey(realisasi);
  if (tu !== undefined && ru !== undefined && tu !== ru && editDistance(tu, ru) > 2) return 'satuan';
  return undefined;
}
