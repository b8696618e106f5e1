/**
 * Numbering markers of budget and indicator tables (`II`, `4`, `4)`, `1.2`, `b.`) as ordinals, and the
 * marker that should stand at a given position in the same style.
 */
import { fromRoman, toRoman } from '../roman';

/** A parsed marker: its ordinal and a function writing another ordinal in the same style. */
export interface Marker {
  ordinal: number;
  styled: (n: number) => string;
}

/**
 * The ordinal of a marker, or undefined for markers that do not count (`-`, `•`, blank).
 * Examples: `II` → 2, `4)` → 4, `1.` → 1, `1.2` → 2 (last component), `b.` → 2.
 */
export function parseMarker(raw: string): Marker | undefined {
  const t = raw.trim();
  let m = /^(\d+)([.)]?)$/.exec(t);
  if (m) {
    const suffix = m[2];
    return { ordinal: Number(m[1]), styled: (n) => `${n}${suffix}` };
  }
  m = /^((?:\d+\.)+)(\d+)(\.?)$/.exec(t);
  if (m) {
    const [, prefix, , suffix] = m;
    return { ordinal: Number(m[2]), styled: (n) => `${prefix}${n}${suffix}` };
  }
  m = /^([IVXLCDM]+)([.)]?)$/i.exec(t);
  if (m) {
    const ordinal = fromRoman(m[1]);
    const suffix = m[2];
    const lower = m[1] === m[1].toLowerCase();
    if (ordinal !== undefined) {
      return { ordinal, styled: (n) => `${lower ? toRoman(n).toLowerCase() : toRoman(n)}${suffix}` };
    }
  }
  m = /^([a-z])([.)])$/i.exec(t);
  if (m) {
    const base = m[1] === m[1].toLowerCase() ? 96 : 64;
    const suffix = m[2];
    return { ordinal: m[1].charCodeAt(0) - base, styled: (n) => `${String.fromCharCode(base + n)}${suffix}` };
  }
  return undefined;
}

/** One break in a sequence of sibling markers. */
export interface NumberingBreak {
  /** Position in the input of the marker that breaks the sequence. */
  index: number;
  kind: 'berulang' | 'melompat';
  /** The marker that should stand there, in the same style. */
  expected: string;
}

/**
 * The breaks in a sequence of sibling markers (undefined entries are skipped). A repeat is reported at
 * the second occurrence; a skip at the marker after the gap; counting resumes from what was written, so
 * `1) 2) 3) 4) 4) 5)` gives one break (the second `4)`) and `II IV V` gives two (`II`, `IV`).
 */
export function numberingBreaks(markers: Array<Marker | undefined>): NumberingBreak[] {
  const out: NumberingBreak[] = [];
  let last = 0;
  // The expected marker is written in the style of the group's first marker (`3.1 3.2 4.1` → `3.3`;
  // `1. 2. 3. 4.1` → `4.`), not in that of the broken one.
  let first: Marker | undefined;
  markers.forEach((m, index) => {
    if (m === undefined) return;
    const expected = last + 1;
    const style = first ?? m;
    if (m.ordinal === expected) {
      last = m.ordinal;
    } else if (m.ordinal === last) {
      out.push({ index, kind: 'berulang', expected: style.styled(expected) });
    } else {
      out.push({ index, kind: 'melompat', expected: style.styled(expected) });
      last = m.ordinal > expected ? m.ordinal : expected;
    }
    first = first ?? m;
  });
  return out;
}
