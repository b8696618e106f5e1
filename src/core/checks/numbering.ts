/**
 * Numbering markers of budget and indicator tables (`II`, `4`, `4)`, `1.2`, `b.`) as ordinals, and the
 * marker that should stand at a given position in the same style.
 */
import { fromRoman, toRoman } from '../roman';

/** A parsed marker: its ordinal, its style, and a function writing another ordinal in that style. */
export interface Marker {
  readonly ordinal: number;
  /**
   * The kind of counting markers of one sequence share (`angka` — `4`, `4)`, `4.1` alike —, `romawi`,
   * `huruf besar`, `huruf kecil`): a table that numbers programs `1 2 3` and groups them `A. B.` has two
   * sequences; `1. 2. 3. 4.1 5.` is one with a slip in it.
   */
  readonly style: string;
  readonly styled: (n: number) => string;
}

/**
 * The ordinal of a marker, or undefined for markers that do not count (`-`, `•`, blank).
 * Examples: `II` → 2, `4)` → 4, `1.` → 1, `1.2` → 2 (last component), `b.` → 2.
 */
export function parseMarker(raw: string, lettersOnly = false): Marker | undefined {
  // A rekening's dash, on every other line of a regency's budget: no counting marker starts with one.
  if (raw.charCodeAt(0) === DASH) return undefined;
  // A table writes a few hundred distinct markers over 100 000 lines (`-`, `1)`, `II`): each parsed once.
  const cache = lettersOnly ? PARSED_AS_LETTERS : PARSED;
  let parsed = cache.get(raw);
  if (parsed === undefined) {
    parsed = parse(raw, lettersOnly) ?? null;
    if (cache.size < PARSED_LIMIT) cache.set(raw, parsed);
  }
  return parsed ?? undefined;
}

/**
 * Parsed markers are never changed, so one serves every line that writes the same text; null for a
 * marker that does not count (`-`, asked of every rekening), so one lookup tells it too.
 */
const PARSED = new Map<string, Marker | null>();
const PARSED_AS_LETTERS = new Map<string, Marker | null>();
const PARSED_LIMIT = 10_000;
const DASH = 0x2d;

function parse(raw: string, lettersOnly: boolean): Marker | undefined {
  const t = raw.trim();
  let m = /^(\d+)([.)]?)$/.exec(t);
  if (m) {
    const suffix = m[2];
    return {
      ordinal: Number(m[1]),
      style: 'angka',
      styled: (n) => `${n}${suffix}`,
    };
  }
  m = /^((?:\d+\.)+)(\d+)(\.?)$/.exec(t);
  if (m) {
    const [, prefix, , suffix] = m;
    return { ordinal: Number(m[2]), style: 'angka', styled: (n) => `${prefix}${n}${suffix}` };
  }
  m = /^([IVXLCDM]+)([.)]?)$/i.exec(t);
  if (m && !(lettersOnly && m[1].length === 1)) {
    const ordinal = fromRoman(m[1]);
    const suffix = m[2];
    const lower = m[1] === m[1].toLowerCase();
    if (ordinal !== undefined) {
      const styled = (n: number) => `${lower ? toRoman(n).toLowerCase() : toRoman(n)}${suffix}`;
      return { ordinal, style: 'romawi', styled };
    }
  }
  m = /^([a-z])([.)]?)$/i.exec(t);
  if (m) {
    const lower = m[1] === m[1].toLowerCase();
    const base = lower ? 96 : 64;
    const suffix = m[2];
    return {
      ordinal: m[1].charCodeAt(0) - base,
      style: lower ? 'huruf kecil' : 'huruf besar',
      styled: (n) => `${String.fromCharCode(base + n)}${suffix}`,
    };
  }
  return undefined;
}

/**
 * Sibling markers parsed as one list: a single letter that could be a Roman numeral (`C.`, `D.`, or `I`
 * after `H`) is a letter where a sibling is a letter that cannot be one (`A.`, `B`).
 */
export function parseSiblingMarkers(raws: Array<string | undefined>): Array<Marker | undefined> {
  const letters = raws.some(
    (r) =>
      r !== undefined && !startsWithDigit(r) && SINGLE_LETTER.test(r.trim()) && !ROMAN_LETTER.test(r.trim()),
  );
  return raws.map((r) => (r === undefined ? undefined : parseMarker(r, letters)));
}

/**
 * Whether the siblings' markers count 1, 2, 3 … in one style, those that do not count aside: then
 * numberingBreaks(parseSiblingMarkers(their markers)) finds nothing, told without making its lists
 * (nearly every group of a budget). Each is parsed as a marker alone; parseSiblingMarkers reads the same,
 * since it reads a single Roman letter otherwise only beside a letter that cannot be Roman, which
 * parses as a letter here too: the two would be of two styles.
 */
export function countsInOrder<T>(
  siblings: readonly T[],
  markerOf: (sibling: T) => string | undefined,
): boolean {
  let expected = 1;
  let style: string | undefined;
  for (let i = 0; i < siblings.length; i++) {
    const raw = markerOf(siblings[i]);
    const m = raw === undefined ? undefined : parseMarker(raw);
    if (m === undefined) continue;
    if (m.ordinal !== expected || (style !== undefined && m.style !== style)) return false;
    style = m.style;
    expected += 1;
  }
  return true;
}

/** A marker starting with a digit (`4)`, most of them) is no letter: told without trimming or a regex. */
function startsWithDigit(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const SINGLE_LETTER = /^[a-zA-Z][.)]?$/;
const ROMAN_LETTER = /^[ivxlcdm]/i;

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
  // Each style counts on its own: `1 2 3` among `A. B.` are two sequences, not one broken one.
  if (!oneStyle(markers)) {
    const styles = new Set(markers.filter((m) => m !== undefined).map((m) => (m as Marker).style));
    const out: NumberingBreak[] = [];
    for (const style of styles) {
      const positions = markers.flatMap((m, i) => (m?.style === style ? [i] : []));
      for (const b of sequenceBreaks(positions.map((i) => markers[i])))
        out.push({ ...b, index: positions[b.index] });
    }
    return out.sort((a, b) => a.index - b.index);
  }
  return sequenceBreaks(markers);
}

/** Whether the markers that count are all of one style (or none count): the usual list, told without a set. */
function oneStyle(markers: Array<Marker | undefined>): boolean {
  let style: string | undefined;
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i];
    if (m === undefined) continue;
    if (style === undefined) style = m.style;
    else if (m.style !== style) return false;
  }
  return true;
}

function sequenceBreaks(markers: Array<Marker | undefined>): NumberingBreak[] {
  const out: NumberingBreak[] = [];
  let last = 0;
  // The expected marker is written in the style of the group's first marker (`3.1 3.2 4.1` → `3.3`;
  // `1. 2. 3. 4.1` → `4.`), not in that of the broken one.
  let first: Marker | undefined;
  for (let index = 0; index < markers.length; index++) {
    const m = markers[index];
    if (m === undefined) continue;
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
  }
  return out;
}
