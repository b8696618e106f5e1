/**
 * Tabel 3.6, 3.7 and the Ringkasan as plans, on small hand-built models. The numbers they show are
 * checked after a real recalculation in tests/xlsx/analisis-recalc.test.ts; here: layout, formulas,
 * where the texts come from, and the references between the sheets.
 */
import { planTabel36, cascadeNumbering } from '../../../src/core/plan/plan-tabel-36';
import { KOLOM_37, menunjangLabels, penilaianFormula, planTabel37 } from '../../../src/core/plan/plan-tabel-37';
import { planRingkasan } from '../../../src/core/plan/plan-ringkasan';
import { planTabel32 } from '../../../src/core/plan/plan-tabel-kinerja';
import { planTabel38 } from '../../../src/core/plan/plan-tabel-38';
import { planSheets } from '../../../src/core/plan/plan-sheets';
import { withDependencies } from '../../../src/core/plan/analysis-dependencies';
import { markRef } from '../../../src/core/plan/text-formulas';
import { SKALA_KATEGORI_86_2017 } from '../../../src/core/formulas/scales';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { IndicatorTable } from '../../../src/core/model/indicator';
import { budgetTable, indicatorTable, model } from './builders';
import { cell, rowOf } from './plan-helpers';

const cascade = (): IndicatorTable =>
  indicatorTable([
    { level: 'tujuan', name: 'Meningkatkan Pelayanan Publik', indikator: 'Nilai IKM', target: '82 Nilai', realisasi: '81 Nilai' },
    { level: 'sasaran', name: 'Meningkatnya Mutu Layanan', indikator: 'Nilai SKM', target: '82 Nilai', realisasi: '81 Nilai' },
    { level: 'program', name: 'Program Pelayanan', indikator: 'Persentase Layanan', target: '100 %', realisasi: '60 %' },
    { level: 'kegiatan', name: 'Koordinasi Kegiatan', indikator: 'Jumlah Laporan Koordinasi', target: '4 Laporan', realisasi: '4 Laporan' },
    { level: 'subkegiatan', name: 'Sinergi Perencanaan', indikator: 'Jumlah Laporan Sinergi', target: '4 Laporan', realisasi: '3 Laporan' },
    { level: 'kegiatan', name: 'Urusan Dilimpahkan', indikator: 'Jumlah Laporan Urusan', target: '12 Laporan', realisasi: '12 Laporan' },
    { level: 'sasaran', name: 'Meningkatnya Akuntabilitas', indikator: 'Predikat SAKIP', target: 'BB', realisasi: 'Belum ada penilaian' },
  ]);

const budget = budgetTable([
  ['program', 'PROGRAM PELAYANAN', null, null],
  ['kegiatan', 'Koordinasi Kegiatan', null, null],
  ['subkegiatan', 'Sinergi Perencanaan', 1_000_000, 900_000],
  ['kegiatan', 'Urusan Dilimpahkan', 2_500_000, 2_500_000],
  ['program', 'PROGRAM PENUNJANG', null, null],
  ['kegiatan', 'Administrasi Umum', 6_500_000, 4_600_000],
]);

describe('Tabel 3.6', () => {
  it('numbers the cascade as the seed does: 1, 1.1, 1.1.1, 1.1.1.1, and "-" for sub kegiatan', () => {
    const t = cascade();
    expect([...cascadeNumbering(t).values()]).toEqual(['1', '1.1', '1.1.1', '1.1.1.1', '-', '1.1.1.2', '1.2']);
  });

  it('computes capaian with the very formula of Tabel 3.2 on the same columns', () => {
    const t = cascade();
    const { plan } = planTabel36(t, [t], {});
    const p32 = planTabel32(t, { settings: DEFAULT_SETTINGS }).plan;
    for (const name of ['Meningkatkan Pelayanan Publik', 'Meningkatnya Mutu Layanan', 'Meningkatnya Akuntabilitas']) {
      const r36 = rowOf(plan, name, 1);
      const r32 = rowOf(p32, name, 1);
      const f32 = cell(p32, r32, 5);
      const shift = (f: string | undefined, from: number, to: number) => f?.replace(new RegExp(`([A-Z])${from + 1}\\b`, 'g'), `$1${to + 1}`);
      expect(cell(plan, r36, 5)?.formula ?? cell(plan, r36, 5)?.value).toEqual(shift(f32?.formula, r32, r36) ?? f32?.value);
    }
    expect(cell(plan, rowOf(plan, 'Program Pelayanan', 1), 5)?.formula).toMatch(/^IF\(D\d+=0,"-",E\d+\/D\d+\)$/);
    expect(cell(plan, rowOf(plan, 'Meningkatnya Akuntabilitas', 1), 5)?.value).toBe('Belum ada penilaian');
  });

  it('makes the target and realisasi columns wide enough for the longest number with its unit', () => {
    const t = cascade();
    expect(planTabel36(t, [t], {}).plan.columnWidths[3]).toBe(12);
    const wide = indicatorTable([{ level: 'sasaran', name: 'S', target: '7 Lembaga Kemasyarakatan', realisasi: '7 Lembaga Kemasyarakatan' }]);
    // "7 Lembaga Kemasyarakatan" is 24 characters, plus 2.
    expect(planTabel36(wide, [wide], {}).plan.columnWidths[3]).toBe(26);
  });

  it("takes the user's analysis and solution, matched by indicator across tables, and invents none", () => {
    const t = cascade();
    t.rows[2].analisis = { ref: { sheet: 'Kinerja', row: 6, col: 9 }, text: 'Profesionalisme pelaksana layanan publik relatif masih rendah' };
    const other = indicatorTable([{ level: 'sasaran', name: 'Sasaran lain', indikator: 'Nilai SKM' }], 'Bab III');
    other.rows[0].solusi = { ref: { sheet: 'Bab III', row: 4, col: 7 }, text: 'Pembinaan atas Perbup 09/2010' };
    const { plan } = planTabel36(t, [t, other], {});
    const program = rowOf(plan, 'Program Pelayanan', 1);
    const sasaran = rowOf(plan, 'Meningkatnya Mutu Layanan', 1);
    expect(cell(plan, program, 6)).toMatchObject({ value: 'Profesionalisme pelaksana layanan publik relatif masih rendah', style: 'teks' });
    expect(cell(plan, program, 7)).toMatchObject({ value: null, style: 'isian' });
    expect(cell(plan, sasaran, 7)).toMatchObject({ value: 'Pembinaan atas Perbup 09/2010' });
    expect(cell(plan, sasaran, 6)).toMatchObject({ value: null, style: 'isian' });
    // Kegiatan and sub kegiatan rows are not expected to carry analysis: empty, not marked.
    expect(cell(plan, rowOf(plan, 'Koordinasi Kegiatan', 1), 6)).toMatchObject({ value: null, style: 'subkegiatan' });
    const texts = plan.cells.flatMap((row, r) => (r > 5 ? [row?.[6]?.value, row?.[7]?.value] : [])).filter((v) => typeof v === 'string');
    expect(texts.sort()).toEqual(['Pembinaan atas Perbup 09/2010', 'Profesionalisme pelaksana layanan publik relatif masih rendah']);
  });
});

describe('Tabel 3.7', () => {
  it('calls Sangat Tinggi and Tinggi "Menunjang" under Permendagri 86/2017', () => {
    expect(menunjangLabels(SKALA_KATEGORI_86_2017)).toEqual(['Sangat Tinggi', 'Tinggi']);
  });

  it('derives the judgment from the kategori cell by a formula', () => {
    expect(penilaianFormula('G8', 'H8', 'program', ['Sangat Tinggi', 'Tinggi'])).toBe(
      'IF(ISNUMBER(G8),IF(OR(H8="Sangat Tinggi",H8="Tinggi"),"Menunjang","Tidak menunjang")&", capaian realisasi kinerja program "&LOWER(H8),"Belum dapat dinilai: capaian belum ada")',
    );
  });

  it("reads every capaian from Tabel 3.6's cell through its owner mark, the first program on its sasaran's row", () => {
    const t = cascade();
    const { plan: p36, layout } = planTabel36(t, [t], {});
    const plan = planTabel37(t, layout, { settings: DEFAULT_SETTINGS }).plan;
    const sasaran = rowOf(plan, 'Meningkatnya Mutu Layanan', KOLOM_37.sasaran);
    expect(cell(plan, sasaran, KOLOM_37.program)?.value).toBe('Program Pelayanan');
    expect(cell(plan, sasaran, KOLOM_37.capaianSasaran)?.formula).toBe(markRef('3.6', rowOf(p36, 'Meningkatnya Mutu Layanan', 1), 5));
    expect(cell(plan, sasaran, KOLOM_37.capaianProgram)?.formula).toBe(markRef('3.6', rowOf(p36, 'Program Pelayanan', 1), 5));
    const sub = rowOf(plan, 'Sinergi Perencanaan', KOLOM_37.program);
    expect(cell(plan, sub, KOLOM_37.menunjang)?.formula).toContain('"Menunjang","Tidak menunjang")&", capaian realisasi kinerja sub kegiatan "');
    // The sasaran's block (its row and the three kegiatan rows under it) is merged on the left.
    expect(plan.merges).toContainEqual({ top: sasaran, left: 0, bottom: sasaran + 3, right: 0 });
    expect(plan.notes.some((n) => n.includes('"Menunjang" bila kategori capaian Sangat Tinggi atau Tinggi'))).toBe(true);
  });
});

describe('Ringkasan', () => {
  const t = cascade();
  const { layout } = planTabel36(t, [t], {});
  const { plan: p38, layout: layout38 } = planTabel38(budget);

  it("finds Tabel 3.8's program rows and its JUMLAH row from 3.8's layout", () => {
    expect(layout38.programs.map((p) => cell(p38, p.row, layout38.columns.uraian)?.value)).toEqual([
      'PROGRAM PELAYANAN',
      'PROGRAM PENUNJANG',
    ]);
    expect(cell(p38, layout38.jumlahRow, 0)?.value).toBe('JUMLAH');
    expect(cell(p38, layout38.jumlahRow, layout38.columns.pagu)?.formula).toMatch(/^SUM\(/);
  });

  it('follows 3.8 wherever its layout puts the cells, whatever their header words', () => {
    // A 3.8 laid out with its columns and rows elsewhere (a code column, a renamed header) is still
    // found: the Ringkasan reads the layout, never the header text.
    const moved = { ...layout38, columns: { ...layout38.columns, pagu: 7, realisasi: 8 }, jumlahRow: 40 };
    const plan = planRingkasan(undefined, budget, moved, { settings: DEFAULT_SETTINGS }).plan;
    const pagu = rowOf(plan, 'Pagu anggaran (JUMLAH Tabel 3.8)', 0);
    expect(cell(plan, pagu, 1)?.formula).toBe('OFFSET(SAKIP_3_8,40,7)');
  });

  it('points pagu and realisasi at that JUMLAH row and spells the total, with a live check', () => {
    const plan = planRingkasan({ indicators: t, layout36: layout }, budget, layout38, { settings: DEFAULT_SETTINGS, unit: 'Kecamatan Contoh', tahun: 2023 }).plan;
    const pagu = rowOf(plan, 'Pagu anggaran (JUMLAH Tabel 3.8)', 0);
    expect(cell(plan, pagu, 1)?.formula).toBe(`OFFSET(SAKIP_3_8,${layout38.jumlahRow},${layout38.columns.pagu})`);
    // 1.000.000 + 2.500.000 + 6.500.000 = 10.000.000; realisasi 900.000 + 2.500.000 + 4.600.000 = 8.000.000.
    const words = rowOf(plan, 'Pagu anggaran, terbilang', 0);
    expect(cell(plan, words, 2)?.value).toBe('Sepuluh Juta Rupiah');
    expect(cell(plan, words, 1)?.formula).toBe(`IF(B${pagu + 1}=10000000,"","teks terbilang perlu disusun ulang")`);
    expect(cell(plan, rowOf(plan, 'Realisasi anggaran, terbilang', 0), 2)?.value).toBe('Delapan Juta Rupiah');
    // The budget sentence (about 250 characters in a 70-wide column) gets a row tall enough for 4+ lines.
    const kalimat = rowOf(plan, 'Kalimat: anggaran dan realisasi', 0);
    expect(cell(plan, kalimat, 2)?.formula).toMatch(/^IF\(AND\(B\d+="",B\d+=""\),"Pada pelaksanaan/);
    expect(plan.rowHeights?.[kalimat]).toBeGreaterThanOrEqual(14 * 4);
  });

  it('keeps a sentence row within Excel’s tallest row, however long the unit’s name', () => {
    // 3 000 characters of name in a 70-wide column would need ~43 lines of 14 pt: 600+ points.
    const unit = 'Kecamatan '.repeat(300);
    const plan = planRingkasan({ indicators: t, layout36: layout }, budget, layout38, { settings: DEFAULT_SETTINGS, unit, tahun: 2023 }).plan;
    const heights = (plan.rowHeights ?? []).filter((h): h is number => h !== undefined);
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBe(409);
  });

  it('puts a long unit name in its sentences as constants of at most 255 characters', () => {
    // Excel refuses a text constant over 255 characters in a formula: the name is joined from pieces.
    for (const length of [300, 3_000]) {
      const unit = `Dinas ${'Penanaman Modal dan Pelayanan Terpadu Satu Pintu '.repeat(60)}`.slice(0, length);
      const plan = planRingkasan({ indicators: t, layout36: layout }, budget, layout38, { settings: DEFAULT_SETTINGS, unit, tahun: 2023 }).plan;
      const formulas = plan.cells.flatMap((row) => (row ?? []).flatMap((c) => (c?.formula ? [c.formula] : [])));
      const constants = formulas.flatMap((f) => [...f.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]));
      expect(Math.max(...constants.map((c) => c.length))).toBeLessThanOrEqual(255);
      expect(Math.max(...formulas.map((f) => f.length))).toBeLessThanOrEqual(8_192);
      const anggaran = cell(plan, rowOf(plan, 'Kalimat: anggaran dan realisasi', 0), 2)!.formula!;
      // The pieces, joined back, give the whole name.
      expect(anggaran).not.toContain(unit);
      expect(anggaran.replace(/"&"/g, '')).toContain(unit);
    }
  });

  it('works out a level’s count and average when their formulas over Tabel 3.6 would pass 8 192 characters', () => {
    // 400 program rows: COUNTA over 400 OFFSET references is some 9 600 characters. Realisasi 50 + (p mod 50)
    // of a target of 100: Σ = 400 × 50 + 8 × (0 + … + 49) = 29 800, so the mean capaian is 0,745.
    const wide = indicatorTable([
      { level: 'sasaran', name: 'Meningkatnya Mutu Layanan', indikator: 'Nilai SKM', target: '82 Nilai', realisasi: '81 Nilai' },
      ...Array.from({ length: 400 }, (_, i) => ({
        level: 'program' as const,
        name: `Program ${i + 1}`,
        indikator: `Persentase Layanan ${i + 1}`,
        target: '100 %',
        realisasi: `${50 + ((i + 1) % 50)} %`,
      })),
    ]);
    const { layout: wideLayout } = planTabel36(wide, [wide], {});
    const plan = planRingkasan({ indicators: wide, layout36: wideLayout }, budget, layout38, { settings: DEFAULT_SETTINGS }).plan;
    expect(Math.max(...plan.cells.flatMap((row) => (row ?? []).map((c) => c?.formula?.length ?? 0)))).toBeLessThanOrEqual(8_192);
    expect(cell(plan, rowOf(plan, 'Jumlah sasaran program *', 0), 1)?.value).toBe(400);
    expect(cell(plan, rowOf(plan, 'Jumlah indikator sasaran program *', 0), 1)?.value).toBe(400);
    expect(cell(plan, rowOf(plan, 'Rata-rata capaian sasaran program *', 0), 1)?.value).toBeCloseTo(0.745, 12);
    // The sasaran level, one row, keeps its live formulas.
    expect(cell(plan, rowOf(plan, 'Jumlah sasaran', 0), 1)?.formula).toMatch(/^COUNTA\(/);
    expect(plan.notes.some((n) => n.includes('Angka bertanda *'))).toBe(true);
  });

  it('averages capaian per level over Tabel 3.6 and states the efficiency method', () => {
    const plan = planRingkasan({ indicators: t, layout36: layout }, budget, layout38, { settings: { ...DEFAULT_SETTINGS, efisiensi: 'indeks' } }).plan;
    const avg = rowOf(plan, 'Rata-rata capaian sasaran', 0);
    const refs = ['Meningkatnya Mutu Layanan', 'Meningkatnya Akuntabilitas'].map((n) => markRef('3.6', layout.rowOf.get(t.rows.find((r) => r.name.text === n)!.index)!, 5));
    expect(cell(plan, avg, 1)?.formula).toBe(`IFERROR(SUM(${refs.join(',')})/COUNT(${refs.join(',')}),"-")`);
    expect(rowOf(plan, 'Tingkat efisiensi (metode indeks)', 0)).toBeGreaterThan(0);
  });

  it('plans two charts over its own data, with preview values from the model', () => {
    const plan = planRingkasan({ indicators: t, layout36: layout }, budget, layout38, { settings: DEFAULT_SETTINGS }).plan;
    expect(plan.charts?.map((c) => c.kind)).toEqual(['bar-clustered', 'column-clustered']);
    const [anggaran, capaian] = plan.charts!;
    expect(anggaran.preview.series[0].values).toEqual([3_500_000, 6_500_000]);
    expect(anggaran.preview.series[1].values).toEqual([3_400_000, 4_600_000]);
    expect(cell(plan, anggaran.categories.top, 0)?.value).toBe('PROGRAM PELAYANAN');
    expect(anggaran.categories.bottom - anggaran.categories.top).toBe(1);
    // 81 / 82 = 0,98780…; the SAKIP row has no realisasi yet.
    expect(capaian.preview.series[0].values[0]).toBeCloseTo(81 / 82, 12);
    expect(capaian.preview.series[0].values[1]).toBeNull();
    expect(capaian.preview.series[1].values).toEqual([1, 1]);
  });

  it('starts the chart data and its charts on a page of their own, so no chart is printed in two halves', () => {
    const plan = planRingkasan({ indicators: t, layout36: layout }, budget, layout38, { settings: DEFAULT_SETTINGS }).plan;
    const section = rowOf(plan, 'E. DATA GRAFIK', 0);
    expect(plan.print.rowBreaks).toEqual([section]);
    for (const c of plan.charts!) expect(c.anchor.top).toBeGreaterThan(section);
  });
});

describe('planSheets with the analysis sheets', () => {
  it('plans Tabel 3.6 with 3.7, and 3.6 and 3.8 with the Ringkasan, saying why', () => {
    expect(withDependencies(['ringkasan'])).toEqual({
      tables: ['ringkasan', '3.6', '3.8'],
      added: [{ table: '3.6', by: 'Ringkasan' }, { table: '3.8', by: 'Ringkasan' }],
    });
    const { plans } = planSheets(model({ budgets: [budget], indicators: [cascade()] }), [], DEFAULT_SETTINGS, ['3.7']);
    expect(plans.map((p) => p.table)).toEqual(['3.6', '3.7']);
    expect(plans[0].notes).toContain('Tabel 3.6 ikut disusun karena Tabel 3.7 merujuk ke sana.');
  });

  it('skips the Ringkasan without a budget table, with the reason', () => {
    const { skipped } = planSheets(model({ indicators: [cascade()] }), [], DEFAULT_SETTINGS, ['ringkasan']);
    expect(skipped.map((s) => s.table)).toEqual(['3.8', 'ringkasan']);
  });
});
