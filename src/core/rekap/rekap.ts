/**
 * Many units' checked workbooks taken together (issue 22): the order a reviewer reads them in, the
 * findings per rule across all units, the year most of them report, and units that arrived twice.
 */
import { JUDUL_ATURAN } from '../messages/temuan';
import { nameKey } from '../text';
import type { WorkbookSnapshot } from '../snapshot';
import type { RuleId, Severity } from '../temuan';
import { compareRules, type UnitSummary } from './unit-summary';

/** A file that could not be read as a workbook, with the Indonesian reason. */
export interface UnreadableFile {
  file: string;
  error: string;
}

/** A file found in a folder and left alone (not a workbook, an Excel lock file …), with the reason. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** Everything a rekap shows: the checked units in the order given, the unreadable and the skipped files. */
export interface Rekap {
  units: UnitSummary[];
  unreadable: UnreadableFile[];
  skipped: SkippedFile[];
}

/** One rule at one severity across all units. */
export interface RuleTotal {
  rule: RuleId;
  severity: Severity;
  /** The rule's Indonesian title. */
  title: string;
  /** Findings in all units together. */
  findings: number;
  /** Units with at least one such finding. */
  units: number;
}

const SEVERITY_RANK: Record<Severity, number> = { galat: 0, peringatan: 1, info: 2 };

/** Indonesian text order, with one collator: `localeCompare(…, 'id')` builds one per call (docs/performance.md). */
const byText = new Intl.Collator('id').compare;

/**
 * Units as a reviewer reads them: most galat first, then most peringatan, then by name (id-ID order).
 * Example: units with 0, 12 and 3 galat → the one with 12, then 3, then 0.
 */
export function unitsByGalat(units: readonly UnitSummary[]): UnitSummary[] {
  return [...units].sort(
    (a, b) =>
      b.galat - a.galat || b.peringatan - a.peringatan || byText(a.unit, b.unit) || byText(a.file, b.file),
  );
}

/** Units in the order of the Pemda's own report: by name (id-ID order), then by file. */
export function unitsByName(units: readonly UnitSummary[]): UnitSummary[] {
  return [...units].sort((a, b) => byText(a.unit, b.unit) || byText(a.file, b.file));
}

/**
 * Each rule and severity found in any unit, with its findings and the units that have them: galat
 * first, then peringatan, then info; within a severity in the catalogue's order.
 * Example: two units with 3 and 1 ANG-01 → `{ rule: 'ANG-01', severity: 'galat', findings: 4, units: 2 }`.
 */
export function ruleTotals(units: readonly UnitSummary[]): RuleTotal[] {
  const totals = new Map<string, RuleTotal>();
  for (const u of units) {
    for (const c of u.rules) {
      const key = `${c.rule}\u0000${c.severity}`;
      let t = totals.get(key);
      if (t === undefined) {
        t = { rule: c.rule, severity: c.severity, title: JUDUL_ATURAN[c.rule], findings: 0, units: 0 };
        totals.set(key, t);
      }
      t.findings += c.count;
      t.units++;
    }
  }
  return [...totals.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareRules(a.rule, b.rule),
  );
}

/** Findings per rule id across all units (all severities together), in catalogue order: the JSON's `rules`. */
export function findingsPerRule(units: readonly UnitSummary[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const u of units) for (const c of u.rules) counts.set(c.rule, (counts.get(c.rule) ?? 0) + c.count);
  const out: Record<string, number> = {};
  for (const rule of [...counts.keys()].sort(compareRules)) out[rule] = counts.get(rule) as number;
  return out;
}

/**
 * The report year most units state (the latest on a tie); undefined when none states one.
 * Example: years 2023, 2023, 2022 → 2023.
 */
export function commonYear(units: readonly UnitSummary[]): number | undefined {
  const counts = new Map<number, number>();
  for (const u of units) if (u.year !== undefined) counts.set(u.year, (counts.get(u.year) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, n] of counts) {
    const bestN = best === undefined ? 0 : (counts.get(best) as number);
    if (n > bestN || (n === bestN && best !== undefined && year > best)) best = year;
  }
  return best;
}

/**
 * Units whose name appears in more than one file (compared without case and punctuation), with those
 * files: both are counted in the sums, so the reviewer must know. Example: "Dinas PU" in a.xlsx and
 * "DINAS PU" in b.xlsx → `[{ unit: 'Dinas PU', files: ['a.xlsx', 'b.xlsx'] }]`.
 */
export function duplicateUnits(units: readonly UnitSummary[]): Array<{ unit: string; files: string[] }> {
  const groups = new Map<string, { unit: string; files: string[] }>();
  for (const u of units) {
    const key = nameKey(u.unit);
    const g = groups.get(key);
    if (g) g.files.push(u.file);
    else groups.set(key, { unit: u.unit, files: [u.file] });
  }
  return [...groups.values()].filter((g) => g.files.length > 1);
}

/**
 * Whether a workbook holds nothing but rekap sheets SAKIP generated (the rekap of an earlier run, found
 * among the units' files): it is no unit's report and is left out of a new rekap.
 */
export function isRekapWorkbook(snapshot: WorkbookSnapshot): boolean {
  return (
    snapshot.sheets.length > 0 && snapshot.sheets.every((s) => s.ownerMark?.startsWith('rekap.') === true)
  );
}
