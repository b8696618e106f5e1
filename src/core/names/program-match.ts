import type { BudgetNode, BudgetTable } from '../model/budget';
import type { IndicatorRow } from '../model/indicator';
import { NameMatcher, type NameMatch } from './name-matcher';

/** Normalised budget code for matching (`7.01.01 ` → `7.01.01`). */
export function codeKey(code: string): string {
  return code.trim().replace(/\s+/g, '');
}

/**
 * Finds the budget program a cascade row stands for (DESIGN.md §6): by code when both have one, else by
 * name through NameMatcher (spelling variants and small slips included, an ambiguous name left
 * unmatched). The programs' keys are computed once, not once per cascade row.
 */
export function budgetProgramFinder(
  table: BudgetTable,
): (row: IndicatorRow) => NameMatch<BudgetNode> | undefined {
  const byCode = new Map<string, BudgetNode>();
  const programs = table.roots.map((i) => table.nodes[i]);
  for (const p of programs) {
    if (p.code !== undefined && !byCode.has(codeKey(p.code))) byCode.set(codeKey(p.code), p);
  }
  const byName = new NameMatcher(programs.map((p) => ({ item: p, name: p.name })));
  return (row) => {
    const coded = row.code ? byCode.get(codeKey(row.code)) : undefined;
    if (coded !== undefined) return { how: 'sama', item: coded, name: coded.name };
    return byName.find(row.name.text);
  };
}
