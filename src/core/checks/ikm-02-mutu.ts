import type { WorkbookModel } from '../model/workbook-model';
import type { Settings } from '../settings';
import type { Temuan } from '../temuan';
import { mutuIkm } from '../formulas';
import { formatAngka } from '../numbers/format-number';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { nameKey } from '../text';
import { temuanAt, type RuleDescriptor } from './rule';
import { computedIkm } from './ikm-01-ikm';

export const IKM_02: RuleDescriptor = { id: 'IKM-02', severity: 'galat', title: JUDUL_ATURAN['IKM-02'] };

/**
 * IKM-02: a stated mutu pelayanan that is not the PermenPANRB 14/2017 mutu of the IKM beside it (the
 * stated IKM, else the computed one). The letter (`A`), the description (`Sangat Baik`) or both
 * (`A (Sangat Baik)`) are accepted. Points at the mutu cell; expected = `B (Baik)` style.
 * Example: IKM 88,01 stated "A (Sangat Baik)" → galat, expected `B (Baik)` (A starts at 88,31).
 */
export function checkMutu(model: WorkbookModel, settings: Settings): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.surveys) {
    const mutu = table.mutu;
    if (mutu === undefined || nameKey(mutu.text) === '') continue;
    const ikm = table.ikm?.value ?? computedIkm(table, settings)?.ikm;
    if (ikm === undefined) continue;
    const huruf = mutuIkm(ikm, 'huruf');
    const keterangan = mutuIkm(ikm, 'keterangan');
    if (!huruf.ok || !keterangan.ok) continue;
    if (mutuMatches(mutu.text, huruf.value, keterangan.value)) continue;
    const harapan = `${huruf.value} (${keterangan.value})`;
    const message = PESAN_TEMUAN.mutu({ tertulis: mutu.text, harapan, ikm: formatAngka(ikm, 2) });
    out.push(temuanAt(IKM_02, mutu.ref, message, harapan, mutu.text));
  }
  return out;
}

/** Descriptions of the mutu grades, longest first so `sangat baik` is found before `baik`. */
const DESCRIPTIONS = ['sangat baik', 'kurang baik', 'tidak baik', 'baik'];

/**
 * Whether a written mutu names the right grade: the letter and/or the description it contains must be
 * those of the IKM (`A`, `Sangat Baik`, `A (Sangat Baik)`, `Mutu A`); `A (Baik)` does not match A.
 */
function mutuMatches(text: string, huruf: string, keterangan: string): boolean {
  let rest = ` ${nameKey(text)} `;
  const found = DESCRIPTIONS.find((d) => rest.includes(` ${d} `));
  if (found !== undefined) rest = rest.replace(` ${found} `, ' ');
  const letters = rest.split(' ').filter((w) => /^[abcd]$/.test(w));
  if (found === undefined && letters.length === 0) return false;
  if (found !== undefined && found !== nameKey(keterangan)) return false;
  return letters.every((l) => l === huruf.toLowerCase());
}
