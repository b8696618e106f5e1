import { periksaWorkbook } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { RecognisedTable } from '../../src/core/model/workbook-model';
import { tableRoles } from '../../src/core/model/roles';
import type { CellRange } from '../../src/core/snapshot';
import type { Temuan } from '../../src/core/temuan';
import { buildSheet } from './build-sheet';
import { address, columnIndex, columnName, expectedRange, placeRows, type CorpusTable } from './corpus-table';
import { expectedErrors, type ExpectedError } from './oracle';

/** What the engine made of one transcription, against what the transcription and the oracle say. */
export interface TableVerdict {
  id: string;
  kind: string;
  store: 'text' | 'number';
  /** A table of the expected kind was found over the expected range. */
  recognised: boolean;
  foundKind?: string;
  foundRange?: string;
  expectedRange: string;
  /** Every expected role in its column, and no other role. */
  rolesRight: boolean;
  roleProblems: string[];
  expected: ExpectedError[];
  found: ExpectedError[];
  missed: ExpectedError[];
  /** Galat the oracle does not expect. */
  falseGalat: Temuan[];
  /** Peringatan of the arithmetic and numbering rules (not of reading or structure) the oracle does not expect. */
  falsePeringatan: Temuan[];
  /** Budget lines placed at another level than the transcription gives (row: expected ≠ found). */
  levelProblems: string[];
}

/** The rules whose peringatan the oracle answers for: arithmetic, numbering and cross-table ones. */
const JUDGED_RULES = /^(ANG|KIN|EFI|IKM|XTB)-/;

function a1(r: CellRange): string {
  return `${address(r.top, r.left)}:${address(r.bottom, r.right)}`;
}

function overlap(a: CellRange, b: CellRange): number {
  const rows = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1;
  const cols = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return rows > 0 && cols > 0 ? rows * cols : 0;
}

function allTables(model: ReturnType<typeof periksaWorkbook>['model']): RecognisedTable[] {
  return [...model.budgets, ...model.indicators, ...model.efficiencies, ...model.surveys];
}

function roleProblems(t: CorpusTable, table: RecognisedTable): string[] {
  const problems: string[] = [];
  const found = new Map<string, number[]>();
  for (const r of tableRoles(table)) found.set(r.role, [...(found.get(r.role) ?? []), r.col]);
  const expected = new Map<string, number[]>();
  for (const [role, letters] of Object.entries(t.expect.roles))
    expected.set(role, (Array.isArray(letters) ? letters : [letters]).map(columnIndex));
  for (const [role, cols] of expected) {
    const got = found.get(role) ?? [];
    const same = got.length === cols.length && cols.every((c) => got.includes(c));
    if (!same)
      problems.push(`${role}: ${cols.map(columnName).join(',')} ≠ ${got.map(columnName).join(',') || '—'}`);
  }
  for (const [role, cols] of found)
    if (!expected.has(role)) problems.push(`${role}: ${cols.map(columnName).join(',')} (tidak diharapkan)`);
  return problems;
}

/** Each budget data row's level as the transcription gives it against the line the engine made of that row. */
function levelProblems(t: CorpusTable, table: RecognisedTable): string[] {
  if (table.kind !== 'anggaran') return [];
  const byRow = new Map(table.nodes.map((n) => [n.row, n.level] as const));
  const out: string[] = [];
  for (const r of placeRows(t).rows) {
    if (r.tag !== 'data' || r.level === undefined) continue;
    const found = byRow.get(r.sheetRow);
    if (found !== r.level) out.push(`baris ${r.sheetRow + 1}: ${r.level} ≠ ${found ?? '—'}`);
  }
  return out;
}

/** Runs the engine on one transcription and judges the result. */
export function evaluate(t: CorpusTable, store: 'text' | 'number' = t.store): TableVerdict {
  const sheet = buildSheet(t, store);
  const result = periksaWorkbook({ name: `${t.id}.xlsx`, sheets: [sheet] }, DEFAULT_SETTINGS);
  const want = expectedRange(t);
  const candidates = allTables(result.model)
    .filter((x) => x.sheet === t.sheet)
    .sort((a, b) => overlap(b.range, want) - overlap(a.range, want));
  const table =
    candidates[0] !== undefined && overlap(candidates[0].range, want) > 0 ? candidates[0] : undefined;
  const expected = expectedErrors(t);
  // Found means reported at its cell with the severity the rule gives it: a galat said only as info is missed.
  const hit = (e: ExpectedError) =>
    [
      { rule: e.rule, cell: e.cell, severity: e.severity },
      ...(e.alternatives ?? []).map((a) => ({ ...a, severity: e.severity })),
    ].some((alt) =>
      result.findings.some((f) => f.rule === alt.rule && f.cell === alt.cell && f.severity === alt.severity),
    );
  const explained = (f: Temuan) =>
    expected.some((e) =>
      [{ rule: e.rule, cell: e.cell }, ...(e.alternatives ?? [])].some(
        (alt) => alt.rule === f.rule && alt.cell === f.cell,
      ),
    );
  const verdict: TableVerdict = {
    id: t.id,
    kind: t.kind,
    store,
    recognised: false,
    expectedRange: a1(want),
    rolesRight: false,
    roleProblems: [],
    levelProblems: [],
    expected,
    found: expected.filter(hit),
    missed: expected.filter((e) => !hit(e)),
    falseGalat: result.findings.filter((f) => f.severity === 'galat' && !explained(f)),
    falsePeringatan: result.findings.filter(
      (f) => f.severity === 'peringatan' && JUDGED_RULES.test(f.rule) && !explained(f),
    ),
  };
  if (table === undefined) return verdict;
  verdict.foundKind = table.kind;
  verdict.foundRange = a1(table.range);
  const r = table.range;
  verdict.recognised =
    table.kind === t.kind &&
    r.top === want.top &&
    r.bottom === want.bottom &&
    r.left === want.left &&
    r.right === want.right;
  verdict.roleProblems = roleProblems(t, table);
  verdict.levelProblems = levelProblems(t, table);
  verdict.rolesRight = verdict.roleProblems.length === 0 && verdict.levelProblems.length === 0;
  return verdict;
}

/** The figures `npm run corpus` prints and the corpus test holds to the goals of issue 19. */
export interface CorpusSummary {
  tables: number;
  units: number;
  recognised: number;
  recognisedWithRoles: number;
  recognisedShare: number;
  errorsExpected: number;
  errorsFound: number;
  cleanTables: number;
  cleanTablesWithGalat: number;
  falseGalat: number;
  falsePeringatan: number;
}

export function summarise(corpus: CorpusTable[], verdicts: TableVerdict[]): CorpusSummary {
  const ok = verdicts.filter((v) => v.recognised && v.rolesRight).length;
  const clean = verdicts.filter((v) => v.expected.length === 0);
  return {
    tables: verdicts.length,
    units: new Set(corpus.map((t) => `${t.unit}|${t.region}`)).size,
    recognised: verdicts.filter((v) => v.recognised).length,
    recognisedWithRoles: ok,
    recognisedShare: verdicts.length === 0 ? 0 : ok / verdicts.length,
    errorsExpected: verdicts.reduce((n, v) => n + v.expected.length, 0),
    errorsFound: verdicts.reduce((n, v) => n + v.found.length, 0),
    cleanTables: clean.length,
    cleanTablesWithGalat: clean.filter((v) => v.falseGalat.length > 0).length,
    falseGalat: verdicts.reduce((n, v) => n + v.falseGalat.length, 0),
    falsePeringatan: verdicts.reduce((n, v) => n + v.falsePeringatan.length, 0),
  };
}
