import type { RuleCount, UnitSummary } from '../../../src/core/rekap/unit-summary';

/** A unit summary with no findings and no figures, then the given fields. */
export function unit(u: Partial<UnitSummary> & { unit: string }): UnitSummary {
  return {
    file: `${u.unit}.xlsx`,
    unitFromTitle: true,
    galat: 0,
    peringatan: 0,
    info: 0,
    rules: [],
    tables: 1,
    capaianRows: 0,
    ...u,
  };
}

/** One rule's count at one severity. */
export const rc = (rule: RuleCount['rule'], severity: RuleCount['severity'], count: number): RuleCount => ({
  rule,
  severity,
  count,
});
