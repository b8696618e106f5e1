import { editDistanceWithin } from './edit-distance';
import { allowedEdits, matchKey, nameDigits, nameForm } from './name-form';

/**
 * How a name was found among candidates:
 * - `sama`: the same name up to case, spacing, punctuation and a leading level word (matchKey);
 * - `ejaan`: the same after abbreviations and spelling variants (nameForm);
 * - `mirip`: the same words but for a slip of one letter in some long ones (wordEdits), and nearer than
 *   any other candidate;
 * - `ragu`: two or more candidates fit equally well, so none is taken.
 */
export type NameMatch<T> =
  | { how: 'sama' | 'ejaan' | 'mirip'; item: T; name: string }
  | { how: 'ragu'; candidates: Array<{ item: T; name: string }> };

interface Entry<T> {
  item: T;
  name: string;
}

interface Form<T> {
  form: string;
  digits: string;
  entries: Array<Entry<T>>;
}

function trigrams(form: string): Set<string> {
  const padded = ` ${form} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/**
 * Finds the candidate a name stands for, across tables (a cascade's program in the budget, a line of
 * Tabel 2.7 in Tabel 3.8, an indicator of Tabel 2.6 in Tabel 3.2). Where two candidates share a key,
 * the first is taken, as the tables list them; where they share only a form or a distance, it is `ragu`.
 * Candidates for edit distance are narrowed by shared trigrams first (a name within k edits misses at
 * most 3k of the other's trigrams), so a long list costs little per name.
 */
export class NameMatcher<T> {
  private readonly byKey = new Map<string, Entry<T>>();
  /** The candidates with a key, in order; their forms are made when a name first misses every key. */
  private readonly keyed: Array<Entry<T>> = [];
  private formsMade = false;
  private readonly byForm = new Map<string, Form<T>>();
  private readonly forms: Array<Form<T>> = [];
  private readonly index = new Map<string, number[]>();

  constructor(candidates: Iterable<Entry<T>>) {
    for (const entry of candidates) {
      const key = matchKey(entry.name);
      if (key === '') continue;
      if (!this.byKey.has(key)) this.byKey.set(key, entry);
      this.keyed.push(entry);
    }
  }

  /** The candidates' forms and trigram index, made once: most names are found by their key alone. */
  private makeForms(): void {
    if (this.formsMade) return;
    this.formsMade = true;
    for (const entry of this.keyed) {
      const form = nameForm(entry.name);
      let f = this.byForm.get(form);
      if (f === undefined) {
        f = { form, digits: nameDigits(form), entries: [] };
        this.byForm.set(form, f);
        if (allowedEdits(form) > 0) {
          const id = this.forms.length;
          this.forms.push(f);
          for (const g of trigrams(form)) {
            const ids = this.index.get(g);
            if (ids === undefined) this.index.set(g, [id]);
            else ids.push(id);
          }
        }
      }
      if (!f.entries.some((e) => e.item === entry.item)) f.entries.push(entry);
    }
  }

  find(name: string): NameMatch<T> | undefined {
    // Nothing to match against (the first table of indicators): no name needs its key, form and trigrams.
    if (this.byKey.size === 0) return undefined;
    const key = matchKey(name);
    if (key === '') return undefined;
    const same = this.byKey.get(key);
    if (same !== undefined) return { how: 'sama', item: same.item, name: same.name };
    this.makeForms();
    const form = nameForm(name);
    const byForm = this.byForm.get(form);
    if (byForm !== undefined) return decided('ejaan', byForm.entries);
    const limit = allowedEdits(form);
    if (limit === 0) return undefined;
    const digits = nameDigits(form);
    const own = trigrams(form);
    const shared = new Map<number, number>();
    for (const g of own) for (const id of this.index.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    let best = limit + 1;
    let nearest: Array<Form<T>> = [];
    for (const [id, count] of shared) {
      if (count < own.size - 3 * limit) continue;
      const candidate = this.forms[id];
      if (candidate.digits !== digits) continue;
      const distance = wordEdits(form, candidate.form, Math.min(limit, allowedEdits(candidate.form)));
      if (distance === undefined || distance > best) continue;
      if (distance < best) nearest = [];
      best = distance;
      nearest.push(candidate);
    }
    if (nearest.length === 0) return undefined;
    return decided(
      'mirip',
      nearest.flatMap((f) => f.entries),
    );
  }
}

/**
 * Letters two forms differ by, word for word, when they differ only by slips: the same number of words,
 * each the same or — when both are of 6 letters or more — one edit apart, `limit` edits in all; else
 * undefined. A short word differs in meaning by one letter (SMA, SMP; Tahap I, Tahap II), a long one
 * rarely (Penyelengaraan, Penyelenggaraan); two letters make another word (Sukajaya, Sukamaju).
 */
export function wordEdits(a: string, b: string, limit: number): number | undefined {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) return undefined;
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (x[i].length < MIN_SLIP_WORD || y[i].length < MIN_SLIP_WORD) return undefined;
    const d = editDistanceWithin(x[i], y[i], 1);
    if (d === undefined) return undefined;
    total += d;
    if (total > limit) return undefined;
  }
  return total;
}

/** The shortest word a slip of one letter is allowed in. */
const MIN_SLIP_WORD = 6;

function decided<T>(how: 'ejaan' | 'mirip', entries: Array<Entry<T>>): NameMatch<T> {
  if (entries.length === 1) return { how, item: entries[0].item, name: entries[0].name };
  return { how: 'ragu', candidates: entries.map((e) => ({ item: e.item, name: e.name })) };
}
