/**
 * Hand-built recognised models for the planner tests: compact specs in, model types out, with no
 * recogniser involved (so the planners are tested on their own).
 */
import { Decimal } from '../../../src/core/decimal';
import {
  packBudgetTable,
  type BudgetLevel,
  type BudgetNode,
  type BudgetTable,
} from '../../../src/core/model/budget';
import type {
  CascadeLevel,
  IndicatorRow,
  IndicatorTable,
  Measure,
  Polaritas,
} from '../../../src/core/model/indicator';
import type { StatedNumber } from '../../../src/core/model/source';
import type { WorkbookModel } from '../../../src/core/model/workbook-model';
import type { NumberReadingOk } from '../../../src/core/numbers/types';

const reading = (value: Decimal, extra: Partial<NumberReadingOk> = {}): NumberReadingOk => ({
  ok: true,
  value,
  style: 'bilangan',
  asText: false,
  percent: false,
  decimals: 0,
  guesses: [],
  ...extra,
});

export function stated(sheet: string, row: number, col: number, value: number | string): StatedNumber {
  const v = new Decimal(value);
  return { ref: { sheet, row, col }, value: v, reading: reading(v) };
}

/** One budget line: level, name, pagu, realisasi, optional code. */
export type BudgetLine = [BudgetLevel, string, (number | null)?, (number | null)?, string?];

const LEVEL_RANK: Record<BudgetLevel, number> = { program: 0, kegiatan: 1, subkegiatan: 2, rekening: 3 };

/** A budget table from lines in row order; a line's parent is the last line above it of a higher level. */
export function budgetTable(lines: BudgetLine[], sheet = 'Anggaran', firstRow = 5): BudgetTable {
  const nodes: BudgetNode[] = [];
  const roots: number[] = [];
  lines.forEach(([level, name, pagu, realisasi, code], index) => {
    const row = firstRow + index;
    let parent: number | undefined;
    for (let k = index - 1; k >= 0; k--) {
      if (LEVEL_RANK[nodes[k].level] < LEVEL_RANK[level]) {
        parent = nodes[k].index;
        break;
      }
    }
    const node: BudgetNode = {
      index,
      level,
      name,
      row,
      lastRow: row,
      nameRef: { ref: { sheet, row, col: 1 }, text: name },
      children: [],
      ...(code ? { code } : {}),
      ...(pagu !== undefined && pagu !== null ? { pagu: stated(sheet, row, 2, pagu) } : {}),
      ...(realisasi !== undefined && realisasi !== null
        ? { realisasi: stated(sheet, row, 3, realisasi) }
        : {}),
      ...(parent !== undefined ? { parent } : {}),
    };
    nodes.push(node);
    if (parent === undefined) roots.push(index);
    else nodes[parent].children.push(index);
  });
  return packBudgetTable({
    kind: 'anggaran',
    sheet,
    range: { top: firstRow - 2, left: 0, bottom: firstRow + lines.length - 1, right: 4 },
    headerRange: { top: firstRow - 2, left: 0, bottom: firstRow - 1, right: 4 },
    style: 'lkjip',
    columns: { name: 1, pagu: 2, realisasi: 3, capaian: 4 },
    roles: [],
    context: {},
    unplaced: [],
    nodes,
    roots,
  });
}

/** A measure from a compact spec: `82 Nilai`, `100 %` (a fraction 1 with percent), grade `BB`, or text. */
export function measure(spec: string, sheet = 'Kinerja', row = 0, col = 3): Measure {
  const ref = { sheet, row, col };
  const num = /^(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(spec);
  if (num) {
    const unit = num[2].trim();
    const decimals = num[1].includes('.') ? num[1].split('.')[1].length : 0;
    if (unit === '%') {
      const value = new Decimal(num[1]).div(100);
      return { kind: 'angka', ref, value, unit: '%', reading: reading(value, { percent: true, decimals }) };
    }
    const value = new Decimal(num[1]);
    return {
      kind: 'angka',
      ref,
      value,
      ...(unit ? { unit } : {}),
      reading: reading(value, { decimals, ...(unit ? { unit } : {}) }),
    };
  }
  if (/^(AA|A|BB|B|CC|C|D|WTP|WDP|TW|TMP)$/.test(spec)) return { kind: 'predikat', ref, grade: spec };
  if (spec === '') return { kind: 'kosong', ref };
  return { kind: 'teks', ref, text: spec };
}

export interface RowSpec {
  level: CascadeLevel;
  name: string;
  indikator?: string;
  target?: string;
  realisasi?: string;
  polaritas?: Polaritas;
  code?: string;
  lalu?: { target?: string; realisasi?: string };
  targetAkhir?: string;
  standarNasional?: string;
}

const CASCADE_RANK: Record<CascadeLevel, number> = {
  tujuan: 0,
  sasaran: 1,
  program: 2,
  kegiatan: 3,
  subkegiatan: 4,
};

/** An indicator table from rows in order; a row's parent is the last row above it of a higher level. */
export function indicatorTable(specs: RowSpec[], sheet = 'Kinerja', firstRow = 4): IndicatorTable {
  const rows: IndicatorRow[] = [];
  const roots: number[] = [];
  specs.forEach((s, index) => {
    const row = firstRow + index;
    let parent: number | undefined;
    for (let k = index - 1; k >= 0; k--) {
      if (CASCADE_RANK[rows[k].level] < CASCADE_RANK[s.level]) {
        parent = k;
        break;
      }
    }
    const m = (spec: string | undefined, col: number) =>
      spec === undefined ? undefined : measure(spec, sheet, row, col);
    const r: IndicatorRow = {
      index,
      row,
      lastRow: row,
      depth: CASCADE_RANK[s.level],
      level: s.level,
      name: { ref: { sheet, row, col: 1 }, text: s.name },
      children: [],
      ...(s.indikator ? { indikator: { ref: { sheet, row, col: 2 }, text: s.indikator } } : {}),
      ...(s.target !== undefined ? { target: m(s.target, 3) } : {}),
      ...(s.realisasi !== undefined ? { realisasi: m(s.realisasi, 4) } : {}),
      ...(s.polaritas ? { polaritas: s.polaritas } : {}),
      ...(s.code ? { code: s.code } : {}),
      ...(s.lalu ? { lalu: { target: m(s.lalu.target, 6), realisasi: m(s.lalu.realisasi, 7) } } : {}),
      ...(s.targetAkhir !== undefined ? { targetAkhir: m(s.targetAkhir, 8) } : {}),
      ...(s.standarNasional !== undefined ? { standarNasional: m(s.standarNasional, 9) } : {}),
      ...(parent !== undefined ? { parent } : {}),
    };
    rows.push(r);
    if (parent === undefined) roots.push(index);
    else rows[parent].children.push(index);
  });
  return {
    kind: 'kinerja',
    sheet,
    range: { top: firstRow - 1, left: 0, bottom: firstRow + specs.length - 1, right: 9 },
    headerRange: { top: firstRow - 1, left: 0, bottom: firstRow - 1, right: 9 },
    style: 'lkjip',
    columns: {},
    roles: [],
    context: {},
    unplaced: [],
    rows,
    roots,
  };
}

export function model(parts: Partial<WorkbookModel>): WorkbookModel {
  return {
    budgets: [],
    indicators: [],
    efficiencies: [],
    surveys: [],
    notes: [],
    narrative: [],
    generatedSheets: [],
    ...parts,
  };
}

/**
 * A regency-wide tree of `programs` programs, each with one kegiatan, one sub kegiatan and two rekening
 * (pagu 1 000·p and 1, realisasi 900·p and 1): too wide for Tabel 3.8's sums as SUM formulas.
 */
export function wideBudgetLines(programs: number): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (let p = 1; p <= programs; p++) {
    lines.push(
      ['program', `PROGRAM ${p}`, null, null],
      ['kegiatan', `Kegiatan ${p}`, null, null],
      ['subkegiatan', `Sub Kegiatan ${p}`, null, null],
      ['rekening', `Belanja ${p}`, 1_000 * p, 900 * p],
      ['rekening', `Belanja Lain ${p}`, 1, 1],
    );
  }
  return lines;
}
