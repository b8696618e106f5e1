import { recogniseTemplateTables } from '../../../src/core/recognise/template';
import {
  indicatorTablesOf as recogniseIndicatorTables,
  surveyTablesOf as recogniseSurveyTables,
} from './recognise-sheet';
import type { BudgetTable } from '../../../src/core/model/budget';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { Decimal } from '../../../src/core/decimal';
import { freeTemplateTableName, templateKindOf } from '../../../src/core/recognise/template-spec';
import { templateWorkbook } from '../../fixtures/template-workbook';

function sheet(name: string): SheetSnapshot {
  const found = templateWorkbook().sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

function levelCounts(levels: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of levels) counts[l] = (counts[l] ?? 0) + 1;
  return counts;
}

describe('recogniseTemplateTables on the Anggaran template', () => {
  const result = recogniseTemplateTables(sheet('Anggaran'));

  it('reads one template budget tree: 2 program, 2 kegiatan, 3 sub kegiatan, 9 rekening', () => {
    expect(result.budgets).toHaveLength(1);
    expect(result.indicators).toEqual([]);
    expect(result.notes).toEqual([]);
    const budget = result.budgets[0];
    expect(budget.style).toBe('template');
    expect(levelCounts(budget.nodes.map((n) => n.level))).toEqual({
      program: 2,
      kegiatan: 2,
      subkegiatan: 3,
      rekening: 9,
    });
    expect(budget.roots.map((i) => budget.nodes[i].code)).toEqual(['7.01.01', '7.01.02']);
  });

  it('links each line to the nearest line above with a higher level', () => {
    const budget = result.budgets[0];
    const codeOfParent = (i: number) => {
      const p = budget.nodes[i].parent;
      return p === undefined ? undefined : budget.nodes[p].code;
    };
    // Rows 2–17 of the sheet are nodes 0–15.
    expect(budget.nodes.map((_, i) => codeOfParent(i))).toEqual([
      undefined,
      '7.01.01',
      '7.01.01.2.01',
      '7.01.01.2.01.0001',
      '7.01.01.2.01.0001',
      '7.01.01.2.01.0001',
      '7.01.01.2.01.0001',
      '7.01.01.2.01',
      '7.01.01.2.01.0002',
      '7.01.01.2.01.0002',
      '7.01.01.2.01.0002',
      undefined,
      '7.01.02',
      '7.01.02.2.01',
      '7.01.02.2.01.0002',
      '7.01.02.2.01.0002',
    ]);
  });

  it('reads pagu and realisasi in Rupiah; the fixture is clean: every parent is the sum of its children', () => {
    const budget: BudgetTable = result.budgets[0];
    expect(budget.nodes[0].pagu?.value.toString()).toBe('2887250');
    expect(budget.nodes[4].realisasi?.value.toString()).toBe('36000');
    for (const node of budget.nodes.filter((n) => n.children.length > 0)) {
      const sum = (k: 'pagu' | 'realisasi') =>
        node.children.reduce((s, c) => s.plus(budget.nodes[c][k]?.value ?? 0), new Decimal(0)).toString();
      expect([node.code, sum('pagu'), sum('realisasi')]).toEqual([
        node.code,
        node.pagu?.value.toString(),
        node.realisasi?.value.toString(),
      ]);
    }
  });
});

describe('recogniseTemplateTables on the Kinerja template', () => {
  const result = recogniseTemplateTables(sheet('Kinerja'));
  const table = result.indicators[0];

  it('reads the cascade from the Level column: 2 tujuan, 2 sasaran, 2 program, 2 kegiatan, 3 sub kegiatan', () => {
    expect(result.indicators).toHaveLength(1);
    expect(result.notes).toEqual([]);
    expect(table.style).toBe('template');
    expect(levelCounts(table.rows.map((r) => r.level))).toEqual({
      tujuan: 2,
      sasaran: 2,
      program: 2,
      kegiatan: 2,
      subkegiatan: 3,
    });
    expect(table.rows.map((r) => r.parent)).toEqual([undefined, 0, 1, 2, 3, undefined, 5, 6, 7, 8, 8]);
    expect(table.roots).toEqual([0, 5]);
  });

  it('reads measures with the Satuan as unit: numbers, % as fractions, grades', () => {
    expect(table.rows[0].realisasi).toMatchObject({ kind: 'angka', unit: 'Nilai' });
    expect(table.rows[0].realisasi?.kind === 'angka' && table.rows[0].realisasi.value.toString()).toBe(
      '81.25',
    );
    const program = table.rows[2];
    expect(
      program.target?.kind === 'angka' && [program.target.value.toString(), program.target.unit],
    ).toEqual(['1', '%']);
    expect(table.rows[5].target).toMatchObject({ kind: 'predikat', grade: 'BB', unit: 'Nilai' });
    expect(table.rows[5].targetAkhir).toMatchObject({ kind: 'predikat', grade: 'A', unit: 'Nilai' });
    expect(table.rows[0].lalu?.realisasi).toMatchObject({ kind: 'angka', unit: 'Nilai' });
    expect(
      table.rows[0].standarNasional?.kind === 'angka' && table.rows[0].standarNasional.value.toString(),
    ).toBe('87');
    expect(table.rows[3].lalu).toBeUndefined();
    expect(table.rows.map((r) => r.polaritas)).toEqual(Array(11).fill('positif'));
    expect(program.analisis?.text).toMatch(/^Profesionalisme/);
  });

  it('links every program, kegiatan and sub kegiatan to an Anggaran line by its Kode Anggaran', () => {
    const codes = new Set(recogniseTemplateTables(sheet('Anggaran')).budgets[0].nodes.map((n) => n.code));
    const linked = table.rows.filter((r) => r.depth >= 2);
    expect(linked).toHaveLength(7);
    for (const r of linked) expect(codes.has(r.code)).toBe(true);
    expect(table.rows[0].code).toBeUndefined();
  });

  it('is read once, as the template, and left alone by the generic recogniser', () => {
    expect(recogniseIndicatorTables(sheet('Kinerja')).tables.map((t) => t.style)).toEqual(['template']);
  });
});

describe('recogniseTemplateTables on the SKM template', () => {
  it('reads four respondents whose every unsur has 13 over 4 answers (NRR 3,25)', () => {
    const result = recogniseTemplateTables(sheet('SKM'));
    expect(result.surveys).toHaveLength(1);
    const survey = result.surveys[0];
    expect(survey.style).toBe('template');
    expect(survey.unsur.map((u) => u.name)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(survey.answers).toHaveLength(4);
    for (let u = 0; u < 9; u++) {
      expect(survey.answers.reduce((s, a) => s + (a[u].value ?? 0), 0)).toBe(13);
    }
    expect(recogniseSurveyTables(sheet('SKM')).tables.map((t) => t.style)).toEqual(['template']);
  });
});

describe('recogniseTemplateTables on tables that are not quite the template', () => {
  it('notes a Kinerja table with another header (STR-03) and leaves it to the generic recogniser', () => {
    const s = sheet('Kinerja');
    s.rows[0]![6] = { value: 'Target 2023' };
    const result = recogniseTemplateTables(s);
    expect(result.indicators).toEqual([]);
    expect(result.notes.map((n) => [n.rule, n.cell])).toEqual([['STR-03', 'G1']]);
    expect(recogniseIndicatorTables(s).tables).toHaveLength(1);
  });

  it('notes a line whose Level is not a template level and skips it', () => {
    const s = sheet('Anggaran');
    s.rows[3]![1] = { value: 'sub-kegiatan' };
    s.rows[4]![1] = { value: 'belanja' };
    const result = recogniseTemplateTables(s);
    expect(result.budgets[0].nodes).toHaveLength(15);
    expect(result.budgets[0].nodes[2].level).toBe('subkegiatan');
    expect(result.notes.map((n) => [n.rule, n.cell])).toEqual([['STR-01', 'B5']]);
  });

  it('ignores Excel tables with other names', () => {
    const s = sheet('SKM');
    s.tables = [{ name: 'Tabel1', range: s.tables![0].range }];
    expect(recogniseTemplateTables(s)).toEqual({ budgets: [], indicators: [], surveys: [], notes: [] });
  });

  it('reads a second template whose table took a free name, and the name Excel gives a copied sheet', () => {
    for (const name of ['Anggaran_2', 'anggaran3']) {
      const s = sheet('Anggaran');
      s.tables = [{ name, range: s.tables![0].range }];
      expect(recogniseTemplateTables(s).budgets).toHaveLength(1);
    }
  });
});

describe('template table names', () => {
  it('knows the template kinds by name, with a number after it, and nothing else', () => {
    expect(templateKindOf('Anggaran')).toBe('anggaran');
    expect(templateKindOf('KINERJA_12')).toBe('kinerja');
    expect(templateKindOf('SKM3')).toBe('skm');
    expect(templateKindOf('Anggaran Lama')).toBeUndefined();
    expect(templateKindOf('Anggaran_')).toBeUndefined();
    expect(templateKindOf('Tabel1')).toBeUndefined();
  });

  it('takes the first name no table or defined name of the workbook has, compared without case', () => {
    expect(freeTemplateTableName('Anggaran', new Set())).toBe('Anggaran');
    expect(freeTemplateTableName('Anggaran', new Set(['anggaran']))).toBe('Anggaran_2');
    expect(freeTemplateTableName('SKM', new Set(['skm', 'skm_2']))).toBe('SKM_3');
  });
});
