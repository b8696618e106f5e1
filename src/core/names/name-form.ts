import { nameKey } from '../text';
import { ABBREVIATIONS, JOINING_WORDS, LEADING_LEVEL_WORDS, SPELLING_VARIANTS } from './name-variants';

/**
 * The key two names are first compared by: nameKey (case, spacing, punctuation) without a leading
 * level word, which one table writes and another leaves out ("PROGRAM PENUNJANG …" = "Penunjang …").
 */
export function matchKey(name: string): string {
  return withoutLevelWord(nameKey(name));
}

/** The level words as they lead a key, followed by its space: made once, not for every name asked. */
const LEVEL_WORD_PREFIXES = LEADING_LEVEL_WORDS.map((word) => `${word} `);

function withoutLevelWord(key: string): string {
  for (const lead of LEVEL_WORD_PREFIXES) {
    if (key.startsWith(lead)) return key.slice(lead.length);
  }
  return key;
}

/**
 * The form two names are compared in when their keys (matchKey) differ: abbreviations written out,
 * spelling variants in their standard spelling, `&`/`dan`/`serta` dropped, a leading level word
 * dropped.
 * Example: `nameForm('PROGRAM KOORDINASI KETENTRAMAN & KETERTIBAN UMUM')`
 * → `'koordinasi ketenteraman ketertiban umum'`.
 */
export function nameForm(name: string): string {
  const words: string[] = [];
  for (const word of nameKey(name.replace(/&/g, ' dan ')).split(' ')) {
    if (word === '') continue;
    const standard = SPELLING_VARIANTS.get(word) ?? ABBREVIATIONS.get(word) ?? word;
    for (const w of standard.split(' ')) if (!JOINING_WORDS.has(w)) words.push(w);
  }
  return withoutLevelWord(words.join(' '));
}

/**
 * Slips of a letter two forms may differ by in all and still name the same thing: none below 12
 * letters, then one per 12 letters, at most 3 (each in a different long word: wordEdits).
 */
export function allowedEdits(form: string): number {
  return Math.min(3, Math.floor(form.length / 12));
}

/** The numbers a name contains, in order: names that differ in them never match ("Sasaran 1", "Sasaran 2"). */
export function nameDigits(form: string): string {
  return (form.match(/\d+/g) ?? []).join(' ');
}
