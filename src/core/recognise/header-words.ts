import { nameKey } from '../text';
import {
  GLUED_WORDS,
  HEADER_VOCABULARY,
  KEYWORDS,
  MISSPELLINGS,
  QUALIFIERS,
  UNSUR_NAMES,
  type Concept,
} from './vocabulary';

/**
 * Reading one header text with the vocabulary: what it names, and its qualifiers.
 * Examples: `'Realisasi 2022'` → realisasi, year 2022; `'Capaian Input (%)'` → capaian, group anggaran,
 * persen; `'PAGU DPA'` → pagu; `'PREDIKET'` → kategori (mended); `'Anggaran (Rp)'` → pagu, rupiah;
 * `'2023'` → no concept, year 2023; `'Sebelum Perubahan'` → no concept, revision sebelum.
 */
export interface HeaderWord {
  /** The text as written (cleaned). */
  text: string;
  concept?: Concept;
  strong: boolean;
  year?: number;
  group?: 'anggaran' | 'kinerja';
  revision?: 'sebelum' | 'setelah';
  lalu?: boolean;
  persen?: boolean;
  rupiah?: boolean;
  /** Words were mended (`realiasi` → `realisasi`): the evidence says so. */
  mended?: string;
  /**
   * The concept comes from a group word alone (`Keuangan (Rp)`, `Anggaran`): under a heading that names
   * a concept (`Realisasi` over `Keuangan (Rp)`) the heading's concept stands.
   */
  bare?: boolean;
}

/**
 * A header text as a matching key: cleaned, lower case, punctuation dropped, `%` kept as the word
 * `persen`. Examples: `'CAPAIAN (%)'` → `'capaian persen'`, `'%'` → `'persen'`, `'J U M L A H'` → `'jumlah'`.
 */
export function headerKey(text: string): string {
  return nameKey(text.replace(/%/g, ' persen '));
}

const ANCHORED = HEADER_VOCABULARY.map((e) => ({
  concept: e.concept,
  strong: e.strong,
  re: new RegExp(`^(?:${e.patterns.join('|')})$`),
}));

/**
 * The concept a key names whole, or undefined. A short text naming one of the survey's unsur
 * (`Persyaratan`, `Waktu Penyelesaian`) is an unsur heading when nothing else claims it.
 */
function conceptOf(key: string): { concept: Concept; strong: boolean } | undefined {
  for (const e of ANCHORED) if (e.re.test(key)) return { concept: e.concept, strong: e.strong };
  if (key.split(' ').length <= 8 && UNSUR_NAMES.some((u) => u.words.test(key)))
    return { concept: 'unsur', strong: true };
  return undefined;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * A token mended against the keywords (one edit for six letters or more), the listed misspellings, and
 * two header words run together (`indikatorkinerja` → `indikator kinerja`).
 */
function mendToken(token: string): string {
  // Own keys only: a header word such as "constructor" is no misspelling of Object.prototype's.
  const listed = Object.prototype.hasOwnProperty.call(MISSPELLINGS, token) ? MISSPELLINGS[token] : undefined;
  if (listed !== undefined) return listed;
  if (token.length < 6 || KEYWORDS.includes(token)) return token;
  const near = KEYWORDS.find((k) => editDistanceAtMostOne(token, k));
  if (near !== undefined) return near;
  for (let i = 3; i <= token.length - 3; i++) {
    const a = token.slice(0, i);
    const b = token.slice(i);
    if (GLUED_WORDS.includes(a) && GLUED_WORDS.includes(b)) return `${a} ${b}`;
  }
  return token;
}

const YEAR = /\b((?:19|20)\d\d)\b/;
const CACHE = new Map<string, HeaderWord>();
const CACHE_LIMIT = 5000;

function strip(key: string, words: readonly string[]): { key: string; found: boolean } {
  let found = false;
  let out = ` ${key} `;
  for (const w of words) {
    const padded = ` ${w} `;
    if (out.includes(padded)) {
      out = out.replace(padded, ' ');
      found = true;
    }
  }
  return { key: out.replace(/\s+/g, ' ').trim(), found };
}

/** Reads a header text (see HeaderWord). Cached: a sheet repeats its header words. */
export function readHeaderWord(text: string): HeaderWord {
  let word = CACHE.get(text);
  if (word === undefined) {
    word = read(text);
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(text, word);
  }
  return word;
}

/** The group a header's words put its column in (`Realisasi Anggaran`, `Capaian Output`), if any. */
function groupOf(tokens: readonly string[], concept: Concept | undefined): HeaderWord['group'] {
  if (concept === 'pagu' || concept === 'kinerja') return undefined;
  const has = (words: readonly string[]) => words.some((w) => !w.includes(' ') && tokens.includes(w));
  if (has(QUALIFIERS.anggaran)) return 'anggaran';
  if (has(QUALIFIERS.kinerja) && concept !== 'indikator' && concept !== 'uraian') return 'kinerja';
  return undefined;
}

function read(text: string): HeaderWord {
  const word = readConcept(text);
  const group = groupOf(headerKey(text).split(' ').map(mendToken), word.concept);
  if (word.group === undefined && group !== undefined) word.group = group;
  return word;
}

function readConcept(text: string): HeaderWord {
  const word: HeaderWord = { text, strong: false };
  // A remark in parentheses ("(Indikator Kinerja yang ≥ 100%)") says nothing of the column; (Rp), (%) stay.
  const raw = headerKey(text.replace(/\([^()]{6,}\)/g, ' '));
  if (raw === '') return word;
  const tokens = raw.split(' ').map(mendToken);
  let key = tokens.join(' ');
  if (key !== raw) word.mended = key;
  const whole = conceptOf(key);
  if (whole !== undefined) {
    word.concept = whole.concept;
    word.strong = whole.strong;
  }
  const year = YEAR.exec(key);
  if (year !== null) {
    word.year = Number(year[1]);
    key = key
      .replace(YEAR, ' ')
      .replace(/\b(tahun|th|thn|ta|tahun anggaran)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  // Column numbers and formulas in a header ("Tingkat Efisiensi (100-6)", "Capaian (6=5/4)") say nothing.
  key = key
    .replace(/\b\d{1,3}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const lalu = strip(key, QUALIFIERS.lalu);
  if (lalu.found) word.lalu = true;
  key = lalu.key;
  const periode = strip(key, QUALIFIERS.periode);
  key = periode.key;
  const rupiah = strip(key, QUALIFIERS.rupiah);
  if (rupiah.found) word.rupiah = true;
  key = rupiah.key;
  const persen = strip(key, QUALIFIERS.persen);
  if (persen.found) word.persen = true;
  const withoutPersen = persen.key;
  if (word.concept !== undefined) return word;

  key = withoutPersen;
  for (const revision of ['sebelum', 'setelah'] as const) {
    const r = strip(key, QUALIFIERS[revision]);
    if (r.found && r.key !== key) {
      word.revision = revision;
      key = r.key;
      break;
    }
  }
  const direct = conceptOf(key);
  if (direct !== undefined) return { ...word, concept: direct.concept, strong: direct.strong };
  for (const group of ['anggaran', 'kinerja'] as const) {
    const g = strip(key, QUALIFIERS[group]);
    if (!g.found) continue;
    const inner = conceptOf(g.key);
    if (inner !== undefined && inner.concept !== 'kinerja') {
      word.group = group;
      return { ...word, concept: inner.concept, strong: inner.strong };
    }
    if (g.key === '') {
      word.group = group;
      if (group === 'anggaran') return { ...word, concept: 'pagu', strong: true, bare: true };
      return { ...word, concept: 'kinerja' };
    }
  }
  if (key === '' && word.persen === true) return { ...word, concept: 'capaian', strong: true };
  return word;
}

/** A year written alone as a header or group (`2022`, `Tahun 2023`); undefined otherwise. */
export function headerYear(text: string): number | undefined {
  const m = /^(?:tahun\s+|th\.?\s+|ta\s+)?((?:19|20)\d\d)$/i.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}
