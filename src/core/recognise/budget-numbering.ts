import type { BudgetLevel } from '../model/budget';
import { nameKey } from '../text';

/**
 * How a budget line says its level (DESIGN.md §5): a SIPD budget code (`7.01.01.2.01`), a word at the
 * start of its name (`Program …`, `Kegiatan …`, `Sub Kegiatan …`, `Belanja …`), or a numbering marker —
 * Roman (`II`), a capital letter (`A.`), Arabic (`1`), dotted (`1.1`), a number in parentheses (`1)`,
 * `(1)`), a small letter (`a.`), a dash — in its own column, leading the name, or glued to it
 * (`1.Sub Kegiatan …`).
 */

export type MarkerKind = 'roman' | 'romanDotted' | 'upper' | 'arabic' | 'dotted' | 'paren' | 'lower' | 'dash';

/** Each kind's pattern, and the characters a text it matches can start with. */
const MARKER_PATTERNS: ReadonlyArray<readonly [MarkerKind, RegExp, RegExp]> = [
  // Up to LXXXIX as written (`IIII` too); from XC on see HIGH_ROMAN.
  ['roman', /^[IVXL]+\.?$/, /[IVXL]/],
  // Kegiatan numbered under their program's numeral: `II.1`, `II.1.2`.
  ['romanDotted', /^[IVXL]+(?:\.\d{1,3})+\.?$/, /[IVXL]/],
  ['arabic', /^\d{1,3}\.?$/, /\d/],
  ['dotted', /^\d{1,3}(?:\.\d{1,3})+\.?$/, /\d/],
  ['paren', /^\(?\d{1,3}\)$/, /[(\d]/],
  ['lower', /^[a-z][.)]$|^\([a-z]\)$/, /[a-z(]/],
  ['upper', /^[A-Z]\.$/, /[A-Z]/],
  ['dash', /^[-\u2013\u2014\u2022\u00b7*]$/, /[-\u2013\u2014\u2022\u00b7*]/],
];

/**
 * A well-formed numeral with C, D or M (XC, C, CXXXIII …). It counts as a marker only where the table
 * already numbers programs up to LXXXIX: alone, `C.`, `D`, `CV` or `DI` are as likely a letter group
 * (`A. Pendapatan`, `B. Belanja`, `C. Pembiayaan`) or the start of a name.
 */
const HIGH_ROMAN = /^(?=[CDMX])(?=.*[CDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.?$/;
/** The program number after which HIGH_ROMAN numerals count (LXXXIX). */
export const LAST_LOW_ROMAN = 89;

/**
 * The patterns a text starting with a character can match, in MARKER_PATTERNS' order, and HIGH_ROMAN
 * last where high numerals count (it matches only a text starting with C, D, M or X): every name of a
 * budget is asked whether it is a marker, and a name starting with `B` needs one pattern, not eight.
 * Bounded, as texts may start with any character; one map while high numerals do not count, one once
 * they do, chosen by index, not by a branch first taken deep into a table (a deoptimisation).
 */
const PATTERNS_BY_START = [
  new Map<string, ReadonlyArray<readonly [MarkerKind, RegExp]>>(),
  new Map<string, ReadonlyArray<readonly [MarkerKind, RegExp]>>(),
];

function patternsStartingWith(
  start: string,
  highRoman: boolean,
): ReadonlyArray<readonly [MarkerKind, RegExp]> {
  const byStart = PATTERNS_BY_START[highRoman ? 1 : 0];
  let patterns = byStart.get(start);
  if (patterns === undefined) {
    patterns = patternsFor(start, highRoman);
    if (byStart.size < 1000) byStart.set(start, patterns);
  }
  return patterns;
}

/** patternsStartingWith's list, made on its first asking (a function of its own, kept out of the hot path). */
function patternsFor(start: string, highRoman: boolean): ReadonlyArray<readonly [MarkerKind, RegExp]> {
  const found = MARKER_PATTERNS.filter(([, , starts]) => starts.test(start)).map(
    ([kind, pattern]) => [kind, pattern] as const,
  );
  return highRoman && 'CDMX'.includes(start) ? [...found, ['roman', HIGH_ROMAN] as const] : found;
}

/** The kind of a numbering marker, or undefined for a text that is none. */
export function markerKind(text: string, highRoman: boolean): MarkerKind | undefined {
  if (text === '') return undefined;
  // Indexed, not destructured: asked of most cells of a budget, often before it is optimised, where
  // iterating the tuples makes objects.
  const patterns = patternsStartingWith(text[0], highRoman);
  for (let i = 0; i < patterns.length; i++) if (patterns[i][1].test(text)) return patterns[i][0];
  return undefined;
}

/** A marker leading the name: `1) Penyusunan …`, `- Belanja …`, `II PROGRAM …`, `1.1 Koordinasi …`, `a. Belanja …`. */
const LEADING_MARKER =
  /^([IVXL]+(?:\.\d{1,3})+\.?|[IVXLCDM]+\.?|\d{1,3}(?:\.\d{1,3})*[.)]?|\(\d{1,3}\)|[a-z][.)]|[A-Z]\.)\s+(\p{L}.*)$/u;
/** A number glued to the name it numbers: `1.Sub Kegiatan …`, `2)Belanja …`, `II.PROGRAM …`. */
const GLUED_MARKER = /^(\d{1,3}(?:\.\d{1,3})*[.)]|[IVXL]+\.)(\p{L}.*)$/u;
const LEADING_DASH = /^([-\u2013\u2014\u2022\u00b7*])\s*(\S.*)$/;
/** A budget code leading the name: `7.01.01.2.01 Administrasi …`. */
const LEADING_CODE = /^(\d{1,2}(?:\.[\dX]{1,4}){2,})\s+(\S.*)$/;
/** A first character any leading marker or code can start with: most names need none of the patterns. */
const LEADS_WITH_MARKER_OR_CODE = /^[\dIVXLCDMA-Za-z(\-\u2013\u2014\u2022\u00b7*]/;

/** The first letter of `Sub Kegiatan`, `Kegiatan`, `Program` or `Belanja`, after any spaces or marks. */
const LEVEL_WORD_START = /^[^\p{L}]*[SsKkPpBb]/u;

/** Whether an ASCII letter's code is one LEVEL_WORD_START ends with, in either case. */
function isLevelWordInitial(letter: number): boolean {
  const lower = letter | 32;
  return lower === 115 || lower === 107 || lower === 112 || lower === 98;
}

/** SIPD code shapes (Kepmendagri 050-5889 numbering). */
const CODE_LEVELS: ReadonlyArray<readonly [BudgetLevel | 'kelompok', RegExp]> = [
  ['rekening', /^[4-6]\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}$/],
  ['kelompok', /^[4-6](?:\.\d(?:\.\d{2}){0,3})?$/],
  ['program', /^[\dX]{1,2}\.[\dX]{2}\.\d{2}$/],
  ['kegiatan', /^[\dX]{1,2}\.[\dX]{2}\.\d{2}\.\d\.\d{2}$/],
  ['subkegiatan', /^[\dX]{1,2}\.[\dX]{2}\.\d{2}\.\d\.\d{2}\.\d{2,4}$/],
];

/**
 * The level a SIPD budget code names: `7.01.01` → program, `7.01.01.2.01` → kegiatan,
 * `7.01.01.2.01.0001` → subkegiatan, `5.1.02.01.01.0024` → rekening, `5.1.02` → kelompok (an account
 * group line); undefined for anything else.
 */
export function budgetCodeLevel(code: string): BudgetLevel | 'kelompok' | undefined {
  // Every code starts with a digit or X: a name (each row has one) fails here without five patterns.
  const first = code.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 88)) return undefined;
  for (let i = 0; i < CODE_LEVELS.length; i++) if (CODE_LEVELS[i][1].test(code)) return CODE_LEVELS[i][0];
  return undefined;
}

/** A level word's level, and whether it names the level (strong) or only often starts it. */
export type LevelWord = Readonly<{ level: BudgetLevel; strong: boolean }>;

// One object per answer, shared: a budget keeps the word of every one of its lines.
const SUBKEGIATAN_WORD: LevelWord = { level: 'subkegiatan', strong: true };
const KEGIATAN_WORD: LevelWord = { level: 'kegiatan', strong: true };
const PROGRAM_WORD: LevelWord = { level: 'program', strong: true };
const BELANJA_WORD: LevelWord = { level: 'rekening', strong: false };

/**
 * A name's leading level word: `Program …`, `Kegiatan …`, `Sub Kegiatan …` (strong: they name the
 * level), or `Belanja …` (weak: a rekening's usual start, which some sub kegiatan share, so a numbering
 * marker outranks it).
 */
export function levelWord(name: string): LevelWord | undefined {
  // Most names start with none of the four words: decided on the first letter, without a key. A name
  // starting with an ASCII letter is so decided without the pattern (no mark to skip before it).
  const initial = name.charCodeAt(0);
  if (isAsciiLetter(initial) ? !isLevelWordInitial(initial) : !LEVEL_WORD_START.test(name)) return undefined;
  // Most others start with a plain word, which starts the key as it stands: decided without a key.
  const first = plainWordEnd(name, 0);
  if (first >= 0) {
    if (isWord(name, 0, first, 'subkegiatan')) return SUBKEGIATAN_WORD;
    if (isWord(name, 0, first, 'kegiatan')) return KEGIATAN_WORD;
    if (isWord(name, 0, first, 'program')) return PROGRAM_WORD;
    if (isWord(name, 0, first, 'belanja')) return BELANJA_WORD;
    if (!isWord(name, 0, first, 'sub')) return undefined;
    const second = plainWordEnd(name, first + 1);
    if (second >= 0) return isWord(name, first + 1, second, 'kegiatan') ? SUBKEGIATAN_WORD : undefined;
  }
  const k = nameKey(name.slice(0, 24));
  if (/^sub ?kegiatan\b/.test(k)) return SUBKEGIATAN_WORD;
  if (/^kegiatan\b/.test(k)) return KEGIATAN_WORD;
  if (/^program\b/.test(k)) return PROGRAM_WORD;
  if (/^belanja\b/.test(k)) return BELANJA_WORD;
  return undefined;
}

/**
 * The end of the word at `from` when it is two ASCII letters or more ending at a space or the text's
 * end within the 24 characters levelWord keys, else -1: nameKey then starts with the word in lower case
 * as a word of its own (it neither cleans nor joins it), followed by a space or the key's end.
 */
function plainWordEnd(text: string, from: number): number {
  let end = from;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end) | 32;
    if (c < 97 || c > 122) break;
  }
  if (end - from < 2 || end > 24 || (end < text.length && text.charCodeAt(end) !== 32)) return -1;
  return end;
}

/**
 * Whether the plain word from `from` to `end` is `word` (in lower case) in either case: its characters
 * are ASCII letters, whose lower case is the code ORed with 32. Compared without making the word.
 */
function isWord(text: string, from: number, end: number, word: string): boolean {
  if (end - from !== word.length) return false;
  for (let i = 0; i < word.length; i++)
    if ((text.charCodeAt(from + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

const ROMAN_LETTERS = 'IVXLCDM';

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/**
 * Whether a text starts with two ASCII letters that no marker starts with: a letter leads a marker
 * only as a Roman numeral (`II …`, `IV.`) or followed by `.` or `)` (`A. …`, `a) …`). Most names
 * (`Belanja …`, `Program …`) are so told from a marker without the four patterns of splitLeading.
 */
function startsWithPlainWord(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (!isAsciiLetter(first) || !isAsciiLetter(second)) return false;
  return !ROMAN_LETTERS.includes(text[0]) || !ROMAN_LETTERS.includes(text[1]);
}

/**
 * A name split from what leads it: a budget code and its level, or a marker and its kind, if any. A
 * class, not a literal: the budget reader keeps one per distinct name, and a literal kept long makes V8
 * change how its allocation site allocates, which throws away the optimised code of its callers.
 */
export class LeadingParts {
  constructor(
    readonly name: string,
    readonly code: string | undefined,
    readonly codeLevel: BudgetLevel | 'kelompok' | undefined,
    readonly marker: string | undefined,
    readonly markerKind: MarkerKind | undefined,
  ) {}
}

/** A name led by no code or marker. */
export function nameAlone(text: string): LeadingParts {
  return new LeadingParts(text, undefined, undefined, undefined, undefined);
}

/** What leads a name: a budget code, or a marker (leading with a space, glued, or a dash). */
export function splitLeading(text: string, highRoman: boolean): LeadingParts {
  if (!LEADS_WITH_MARKER_OR_CODE.test(text) || startsWithPlainWord(text)) return nameAlone(text);
  const code = LEADING_CODE.exec(text);
  if (code) {
    const level = budgetCodeLevel(code[1]);
    if (level !== undefined) return new LeadingParts(code[2], code[1], level, undefined, undefined);
  }
  const m = LEADING_MARKER.exec(text) ?? GLUED_MARKER.exec(text) ?? LEADING_DASH.exec(text);
  if (!m) return nameAlone(text);
  const kind = markerKind(m[1], highRoman);
  // A capital letter leads a name only as `A. …`; a single small letter only as `a. …` or `a) …`.
  if (kind === undefined) return nameAlone(text);
  return new LeadingParts(m[2], undefined, undefined, m[1], kind);
}

/**
 * The level of each marker kind in a table, from the kinds present (DESIGN.md §5): Roman numerals (or,
 * without them, capital letters) are programs, Arabic numbers kegiatan, `1)` or `a.` sub kegiatan, a
 * dash a rekening; with dotted numbering and no Roman numerals, `1.` is a program, `1.1` a kegiatan,
 * `1.1.1` a sub kegiatan. Where the lines' own words (`Program`, `Kegiatan` …) say otherwise for every
 * line of a kind, the words decide. Capital letters beside Roman numerals or dotted numbers group the
 * programs (`A. PENDAPATAN`) and are no level.
 */
export function markerLevels(
  kinds: ReadonlySet<MarkerKind>,
  learned: ReadonlyMap<MarkerKind, BudgetLevel>,
): (kind: MarkerKind, text: string) => BudgetLevel | undefined {
  const hasRoman = kinds.has('roman');
  const hasDotted = kinds.has('dotted');
  const upperIsProgram = !hasRoman && !hasDotted;
  const levels = ['program', 'kegiatan', 'subkegiatan', 'rekening'] as const;
  return (kind, text) => {
    const fromWords = learned.get(kind);
    if (fromWords !== undefined) return fromWords;
    switch (kind) {
      case 'roman':
        return 'program';
      case 'romanDotted':
        return levels[Math.min(text.replace(/\.$/, '').split('.').length - 1, 3)];
      case 'upper':
        return upperIsProgram ? 'program' : undefined;
      case 'arabic':
        // Under kegiatan numbered II.1, II.2, the Arabic numbers are the sub kegiatan.
        if (kinds.has('romanDotted')) return 'subkegiatan';
        return hasDotted && !hasRoman ? 'program' : 'kegiatan';
      case 'dotted': {
        const depth = text.replace(/\.$/, '').split('.').length - 1 + (hasRoman ? 1 : 0);
        return levels[Math.min(depth, 3)];
      }
      case 'paren':
        return 'subkegiatan';
      case 'lower':
        return kinds.has('paren') ? 'rekening' : 'subkegiatan';
      case 'dash':
        return 'rekening';
    }
  };
}
