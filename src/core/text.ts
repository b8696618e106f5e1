/**
 * Text as staff paste it from Word and PDF, made comparable: HTML remnants (`<i>…</i>`), non-breaking
 * and zero-width spaces, control and direction marks removed; runs of whitespace collapsed; trimmed.
 * Example: `cleanText(' <i>8,854,400</i>\u00a0')` → `'8,854,400'`.
 */
export function cleanText(s: string): string {
  return s
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A key for matching names across tables: cleaned, lower case, accents and punctuation dropped,
 * spaced letters joined (`J U M L A H` → `jumlah`, `T a r g e t th 2015` → `target th 2015`).
 * Example: `nameKey('Program  Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota')`
 * → `'program penunjang urusan pemerintahan daerah kabupaten kota'`.
 */
export function nameKey(s: string): string {
  let key = NAME_KEYS.get(s);
  if (key === undefined) {
    key = computeNameKey(s);
    if (NAME_KEYS.size >= NAME_KEYS_LIMIT) NAME_KEYS.clear();
    NAME_KEYS.set(s, key);
  }
  return key;
}

/**
 * Keys already computed: a large sheet repeats the same texts (`-` markers, rekening names, header
 * words that every recogniser tries), and each key costs seven regular-expression passes. Bounded, so
 * a long-lived task pane does not grow without end.
 */
const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_LIMIT = 50_000;

function computeNameKey(s: string): string {
  let t = cleanText(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  // A word typed letter by letter: the whole text ("N O", "J U M L A H"), or three letters and more
  // among other words ("T a r g e t th 2015").
  if (/^(?:[a-z] )+[a-z]$/.test(t)) t = t.replace(/ /g, '');
  else if (/(?:^| )[a-z] [a-z] [a-z](?: |$)/.test(t))
    t = t.replace(/(?<![a-z0-9])(?:[a-z] ){2,}[a-z](?![a-z0-9])/g, (run) => run.replace(/ /g, ''));
  return t.replace(/[^a-z0-9]+/g, ' ').trim();
}
