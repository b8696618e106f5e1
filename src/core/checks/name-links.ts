import { perObject } from '../memo';
import type { BudgetLevel, BudgetNode, BudgetTable } from '../model/budget';
import type { IndicatorRow, IndicatorTable } from '../model/indicator';
import type { CellRef } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import { matchKey } from '../names/name-form';
import { NameMatcher } from '../names/name-matcher';
import { budgetProgramFinder, codeKey } from '../names/program-match';
import { pickBudgetTable, pickIndicatorTable } from '../plan/sources';
import { sheetRank } from './sheet-order';

/**
 * Names matched across tables although written differently (NAM-01 reports each): the cell of the
 * name, and the name or names it was matched with — or, for `ragu`, the candidates it was not matched
 * with because they fit equally well.
 */
export interface NameLink {
  at: CellRef;
  name: string;
  how: 'ejaan' | 'mirip' | 'ragu';
  others: Array<{ name: string; at: CellRef }>;
}

/** One budget line as XTB-01 compares it: the same line in several tables, in workbook order. */
export interface BudgetLineGroup {
  level: BudgetLevel;
  /** `mirip`: a member joined the group by a slip of a letter, not by its code or its spelling. */
  members: Array<{ table: BudgetTable; node: BudgetNode; how?: 'mirip' }>;
}

/** Budget tables in workbook order: the first that states a figure is the reference for the rest. */
export function budgetsInOrder(model: WorkbookModel): BudgetTable[] {
  const rank = sheetRank(model);
  return [...model.budgets].sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.range.top - b.range.top);
}

function indicatorsInOrder(model: WorkbookModel): IndicatorTable[] {
  const rank = sheetRank(model);
  return [...model.indicators].sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.range.top - b.range.top);
}

/** Exact keys of a line: its budget code when it has one, and its level with its name (matchKey). */
function lineKeys(node: BudgetNode): string[] {
  const keys = [`n:${node.level}:${matchKey(node.name)}`];
  if (node.code !== undefined && node.code.trim() !== '') keys.unshift(`c:${codeKey(node.code)}`);
  return keys;
}

/**
 * Lines worth matching across tables (programs, kegiatan, sub kegiatan) by exact key; a key that two
 * lines of one table share names neither of them.
 */
function linesByKey(table: BudgetTable): Map<string, BudgetNode> {
  const found = new Map<string, BudgetNode | null>();
  for (const node of table.nodes) {
    if (node.level === 'rekening') continue;
    for (const key of lineKeys(node)) found.set(key, found.has(key) ? null : node);
  }
  const out = new Map<string, BudgetNode>();
  for (const [key, node] of found) if (node !== null) out.set(key, node);
  return out;
}

/**
 * The same program, kegiatan and sub kegiatan across the budget tables: by code or exact name key
 * first, then — for lines left over — by NameMatcher among the lines of earlier tables at the same
 * level that this table has not matched yet. Each table adds at most one line to a group.
 */
function groupBudgetLines(model: WorkbookModel): { groups: BudgetLineGroup[]; links: NameLink[] } {
  const groups: BudgetLineGroup[] = [];
  const links: NameLink[] = [];
  if (model.budgets.length < 2) return { groups, links };
  const byKey = new Map<string, BudgetLineGroup>();
  for (const table of budgetsInOrder(model)) {
    const lines = linesByKey(table);
    const taken = new Set<BudgetLineGroup>();
    const placed = new Set<BudgetNode>();
    for (const [key, node] of lines) {
      const group = byKey.get(key);
      if (group === undefined || taken.has(group) || placed.has(node)) continue;
      group.members.push({ table, node });
      taken.add(group);
      placed.add(node);
    }
    const matchers = new Map<BudgetLevel, NameMatcher<BudgetLineGroup>>();
    const matcherFor = (level: BudgetLevel) => {
      let m = matchers.get(level);
      if (m === undefined) {
        const open = groups.filter((g) => g.level === level && !taken.has(g));
        m = new NameMatcher(open.map((g) => ({ item: g, name: g.members[0].node.name })));
        matchers.set(level, m);
      }
      return m;
    };
    const fresh: BudgetLineGroup[] = [];
    for (const node of new Set(lines.values())) {
      if (placed.has(node)) continue;
      const found = groups.length === 0 ? undefined : matcherFor(node.level).find(node.name);
      if (found !== undefined && found.how === 'ragu') {
        links.push(
          link(
            node.nameRef.ref,
            node.name,
            'ragu',
            found.candidates.map((c) => c.item.members[0].node),
          ),
        );
      } else if (found !== undefined && !taken.has(found.item)) {
        found.item.members.push(found.how === 'mirip' ? { table, node, how: 'mirip' } : { table, node });
        taken.add(found.item);
        if (found.how !== 'sama')
          links.push(link(node.nameRef.ref, node.name, found.how, [found.item.members[0].node]));
        continue;
      }
      fresh.push({ level: node.level, members: [{ table, node }] });
    }
    for (const g of fresh) {
      groups.push(g);
      for (const key of lineKeys(g.members[0].node)) if (!byKey.has(key)) byKey.set(key, g);
    }
  }
  return { groups, links };
}

function link(at: CellRef, name: string, how: NameLink['how'], others: BudgetNode[]): NameLink {
  return { at, name, how, others: others.map((o) => ({ name: o.name, at: o.nameRef.ref })) };
}

/** The budget lines XTB-01 compares, grouped across tables once per model. */
export const budgetLineGroups = perObject(groupBudgetLines);

/** One indicator of a later table with the first table's row for the same indicator (KIN-04). */
export interface IndicatorPair {
  row: IndicatorRow;
  reference: { table: IndicatorTable; row: IndicatorRow };
}

/**
 * Indicators of each table matched to the first table that lists them (by NameMatcher among the
 * indicators of earlier tables). Repeats within one table, and rows without a target, are not paired.
 */
function pairIndicators(model: WorkbookModel): { pairs: IndicatorPair[]; links: NameLink[] } {
  type Reference = IndicatorPair['reference'];
  const pairs: IndicatorPair[] = [];
  const links: NameLink[] = [];
  const references: Reference[] = [];
  const tables = indicatorsInOrder(model);
  for (const [i, table] of tables.entries()) {
    // The last table's rows can only be paired: with no earlier indicator there is nothing to find, and
    // the references it would add have no later table to serve.
    if (i === tables.length - 1 && references.length === 0) break;
    const matcher = new NameMatcher(references.map((r) => ({ item: r, name: r.row.indikator?.text ?? '' })));
    const seen = new Set<string>();
    const used = new Set<Reference>();
    for (const row of table.rows) {
      if (row.indikator === undefined || row.target === undefined || row.target.kind === 'kosong') continue;
      const key = matchKey(row.indikator.text);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const found = references.length === 0 ? undefined : matcher.find(row.indikator.text);
      if (found === undefined) {
        references.push({ table, row });
        continue;
      }
      const at = row.indikator.ref;
      if (found.how === 'ragu') {
        links.push({
          at,
          name: row.indikator.text,
          how: 'ragu',
          others: found.candidates.map((c) => indicatorName(c.item.row)),
        });
        continue;
      }
      if (used.has(found.item)) continue;
      used.add(found.item);
      if (found.how !== 'sama')
        links.push({ at, name: row.indikator.text, how: found.how, others: [indicatorName(found.item.row)] });
      pairs.push({ row, reference: found.item });
    }
  }
  return { pairs, links };
}

function indicatorName(row: IndicatorRow): { name: string; at: CellRef } {
  return { name: row.indikator?.text ?? '', at: row.indikator?.ref ?? row.name.ref };
}

/** The indicator pairs KIN-04 compares, once per model. */
export const indicatorPairs = perObject(pairIndicators);

/**
 * The cascade's programs matched to the budget's programs, as Tabel 3.9 matches them (the indicator
 * and budget tables that Susun uses): every match not by code or exact name, and every ambiguous one.
 */
function programLinks(model: WorkbookModel): NameLink[] {
  const indicators = pickIndicatorTable(model);
  const budget = pickBudgetTable(model);
  if (indicators === undefined || budget === undefined) return [];
  const find = budgetProgramFinder(budget);
  const out: NameLink[] = [];
  for (const row of indicators.rows) {
    if (row.level !== 'program') continue;
    const found = find(row);
    if (found === undefined || found.how === 'sama') continue;
    const others = found.how === 'ragu' ? found.candidates.map((c) => c.item) : [found.item];
    out.push(link(row.name.ref, row.name.text, found.how, others));
  }
  return out;
}

/** Every name matched across tables despite its spelling, and every ambiguous one, in workbook order. */
export function nameLinks(model: WorkbookModel): NameLink[] {
  const all = [...programLinks(model), ...budgetLineGroups(model).links, ...indicatorPairs(model).links];
  const seen = new Set<string>();
  return all.filter((l) => {
    const id = `${l.at.sheet}!${l.at.row}:${l.at.col}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
