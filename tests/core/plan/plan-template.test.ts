import {
  planTemplateSheets,
  TEMPLATE_VALIDATION_ROWS,
  type TemplateSheetPlan,
} from '../../../src/core/plan/plan-template';
import { recogniseTemplateTables } from '../../../src/core/recognise/template';
import type { SheetSnapshot } from '../../../src/core/snapshot';

/** The sheet a host would write from the plan: its cell values, and its Excel tables. */
function sheetOf(plan: TemplateSheetPlan): SheetSnapshot {
  return {
    name: plan.name,
    rows: plan.cells.map((row) =>
      row?.map((c) =>
        c === undefined ? undefined : { value: c.value ?? null, numberFormat: c.numberFormat },
      ),
    ),
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    tables: plan.excelTables?.map((t) => ({ name: t.name, range: t.range })),
  };
}

describe('planTemplateSheets', () => {
  const plans = planTemplateSheets();
  const byName = (n: string) => plans.find((p) => p.name === n)!;

  it('plans the sheets Anggaran, Kinerja and SKM, each one Excel table of the same name over header and example', () => {
    expect(plans.map((p) => [p.name, p.template])).toEqual([
      ['Anggaran', 'anggaran'],
      ['Kinerja', 'kinerja'],
      ['SKM', 'skm'],
    ]);
    expect(byName('Anggaran').excelTables).toEqual([
      {
        name: 'Anggaran',
        range: { top: 0, left: 0, bottom: 1, right: 4 },
        columns: ['Kode', 'Level', 'Uraian', 'Pagu', 'Realisasi'],
      },
    ]);
    expect(byName('Kinerja').excelTables?.[0].columns).toEqual([
      'No',
      'Level',
      'Uraian',
      'Indikator',
      'Satuan',
      'Polaritas',
      'Target',
      'Realisasi',
      'Target Tahun Lalu',
      'Realisasi Tahun Lalu',
      'Target Akhir Renstra',
      'Standar Nasional',
      'Kode Anggaran',
      'Analisis',
      'Solusi',
    ]);
    expect(byName('SKM').excelTables?.[0].range).toEqual({ top: 0, left: 0, bottom: 1, right: 9 });
    for (const p of plans) {
      expect(p.cells[0]?.map((c) => c?.value)).toEqual(p.excelTables?.[0].columns);
      expect(p.cells[0]?.every((c) => c?.style === 'header')).toBe(true);
      expect(p.cells[1]).toHaveLength(p.excelTables![0].columns.length);
      expect(p.columnWidths).toHaveLength(p.excelTables![0].columns.length);
      expect(p.freeze).toEqual({ rows: 1, columns: 0 });
    }
  });

  it('puts the Level and Polaritas drop-down lists under the header', () => {
    const column = (top: number, col: number) => ({
      top,
      left: col,
      bottom: TEMPLATE_VALIDATION_ROWS,
      right: col,
    });
    expect(byName('Anggaran').validations).toEqual([
      { range: column(1, 1), list: ['program', 'kegiatan', 'subkegiatan', 'rekening'] },
    ]);
    expect(byName('Kinerja').validations).toEqual([
      { range: column(1, 1), list: ['tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan'] },
      { range: column(1, 5), list: ['positif', 'negatif', 'negatif-rasio'] },
    ]);
    expect(byName('SKM').validations).toEqual([]);
  });

  it('formats Pagu and Realisasi as Rupiah in the example row', () => {
    const row = byName('Anggaran').cells[1]!;
    expect(row.map((c) => c?.numberFormat)).toEqual([undefined, undefined, undefined, '#,##0', '#,##0']);
  });

  it('writes sheets that the template recogniser reads back exactly, example row included', () => {
    const anggaran = recogniseTemplateTables(sheetOf(byName('Anggaran')));
    expect(anggaran.notes).toEqual([]);
    expect(anggaran.budgets[0].nodes.map((n) => [n.code, n.level, n.pagu?.value.toString()])).toEqual([
      ['7.01.01', 'program', '2485143930'],
    ]);
    const kinerja = recogniseTemplateTables(sheetOf(byName('Kinerja')));
    const row = kinerja.indicators[0].rows[0];
    expect([row.level, row.indikator?.text, row.polaritas]).toEqual([
      'sasaran',
      'Nilai SKM Kecamatan',
      'positif',
    ]);
    expect(row.target).toMatchObject({ kind: 'angka', unit: 'Nilai' });
    const skm = recogniseTemplateTables(sheetOf(byName('SKM')));
    expect(skm.surveys[0].answers[0].map((a) => a.value)).toEqual([4, 3, 4, 4, 3, 3, 4, 3, 3]);
  });
});
