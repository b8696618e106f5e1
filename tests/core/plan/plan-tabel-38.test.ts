import { planTabel38 } from '../../../src/core/plan/plan-tabel-38';
import { planTabel310 } from '../../../src/core/plan/plan-tabel-310';
import { budgetTable, wideBudgetLines, type BudgetLine } from './builders';
import { cell, formulas, rowOf, sumRows } from './plan-helpers';

// Columns without a code column: A no, B uraian, C pagu, D realisasi, E capaian.
const NO = 0;
const PAGU = 2;
const REAL = 3;
const CAP = 4;

const lines: BudgetLine[] = [
  ['program', 'PROGRAM PENUNJANG URUSAN', 999, 999],
  ['kegiatan', 'Perencanaan Perangkat Daerah', 1, 1],
  ['subkegiatan', 'Penyusunan Dokumen Perencanaan', 5, 5],
  ['rekening', 'Belanja Kertas dan Cover', 579000, 579000],
  ['rekening', 'Belanja Bahan Cetak', 36800, 36000],
  ['subkegiatan', 'Koordinasi RKA-SKPD', 7, 7],
  ['rekening', 'Belanja Bahan Komputer', 138000, 138000],
  ['rekening', 'Belanja Kosong', null, null],
  ['kegiatan', 'Administrasi Kepegawaian', 23301900, 23274000],
  ['program', 'PROGRAM PEMBERDAYAAN', 0, 0],
  ['kegiatan', 'Koordinasi Pemberdayaan Desa', 9878000, 9878000],
  ['rekening', '=HYPERLINK("http://x","klik")', 9878000, 9878000],
];

describe('planTabel38', () => {
  const plan = planTabel38(budgetTable(lines), 'Kecamatan Kalianget Tahun 2023').plan;

  it('puts the title, the table name and the unit line on top', () => {
    expect(cell(plan, 0, 0)?.value).toBe('Tabel 3.8');
    expect(cell(plan, 1, 0)?.value).toBe('Capaian Anggaran Program dan Kegiatan');
    expect(cell(plan, 2, 0)?.value).toBe('Kecamatan Kalianget Tahun 2023');
  });

  it('returns its layout: header, body, each node’s row, the programs and the JUMLAH row', () => {
    const table = budgetTable(lines);
    const { plan: p, layout } = planTabel38(table, 'Kecamatan Kalianget Tahun 2023');
    // Three title lines and a blank, the header on row 5 and the column numbers on row 6 (0-based 4, 5).
    expect(layout.header).toEqual({ top: 4, bottom: 5 });
    expect(layout.body).toEqual({ top: 6, bottom: layout.jumlahRow });
    expect(layout.columns).toEqual({ no: 0, uraian: 1, pagu: 2, realisasi: 3, capaian: 4 });
    table.nodes.forEach((node, i) => expect(cell(p, layout.rowOf[i], layout.columns.uraian)?.value).toBe(node.name));
    expect(layout.programs.map((x) => cell(p, x.row, 1)?.value)).toEqual(['PROGRAM PENUNJANG URUSAN', 'PROGRAM PEMBERDAYAAN']);
    expect(cell(p, layout.jumlahRow, 0)?.value).toBe('JUMLAH');
  });

  it('writes a column-number row under the header', () => {
    const numbers = plan.cells.find((r) => r?.[0]?.style === 'nomor-kolom');
    expect(numbers?.map((c) => c?.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('numbers the tree cleanly: I / 1 / 1) / - and restarts per parent', () => {
    const marker = (name: string) => cell(plan, rowOf(plan, name, 1), NO)?.value;
    expect(marker('PROGRAM PENUNJANG URUSAN')).toBe('I');
    expect(marker('Perencanaan Perangkat Daerah')).toBe('1');
    expect(marker('Penyusunan Dokumen Perencanaan')).toBe('1)');
    expect(marker('Belanja Kertas dan Cover')).toBe('-');
    expect(marker('Koordinasi RKA-SKPD')).toBe('2)');
    expect(marker('Administrasi Kepegawaian')).toBe('2');
    expect(marker('PROGRAM PEMBERDAYAAN')).toBe('II');
    expect(marker('Koordinasi Pemberdayaan Desa')).toBe('1');
  });

  it('copies the leaves’ figures as values (the user’s numbers)', () => {
    const r = rowOf(plan, 'Belanja Bahan Cetak');
    expect(cell(plan, r, PAGU)).toMatchObject({ value: 36800, numberFormat: '#,##0' });
    expect(cell(plan, r, REAL)).toMatchObject({ value: 36000 });
    expect(cell(plan, r, PAGU)?.formula).toBeUndefined();
    const kep = rowOf(plan, 'Administrasi Kepegawaian');
    expect(cell(plan, kep, PAGU)?.value).toBe(23301900);
  });

  it('leaves a leaf without figures empty rather than 0', () => {
    const r = rowOf(plan, 'Belanja Kosong');
    expect(cell(plan, r, PAGU)?.value).toBeNull();
    expect(cell(plan, r, PAGU)?.formula).toBeUndefined();
  });

  it('makes every parent a SUM over exactly its children’s cells, ignoring the stated parent figure', () => {
    const rows = (...names: string[]) => names.map((n) => rowOf(plan, n, 1));
    const sub1 = rowOf(plan, 'Penyusunan Dokumen Perencanaan', 1);
    expect(sumRows(cell(plan, sub1, PAGU)?.formula)).toEqual(rows('Belanja Kertas dan Cover', 'Belanja Bahan Cetak'));
    expect(cell(plan, sub1, PAGU)?.formula).toMatch(/^SUM\(C\d+:C\d+\)$/);
    const keg = rowOf(plan, 'Perencanaan Perangkat Daerah', 1);
    expect(sumRows(cell(plan, keg, REAL)?.formula)).toEqual(rows('Penyusunan Dokumen Perencanaan', 'Koordinasi RKA-SKPD'));
    const prog = rowOf(plan, 'PROGRAM PENUNJANG URUSAN', 1);
    expect(sumRows(cell(plan, prog, PAGU)?.formula)).toEqual(rows('Perencanaan Perangkat Daerah', 'Administrasi Kepegawaian'));
    // Non-contiguous children are listed one by one.
    expect(cell(plan, prog, PAGU)?.formula).toMatch(/^SUM\(C\d+,C\d+\)$/);
  });

  it('sums the programs in the JUMLAH row', () => {
    const total = rowOf(plan, 'JUMLAH');
    expect(sumRows(cell(plan, total, PAGU)?.formula)).toEqual([rowOf(plan, 'PROGRAM PENUNJANG URUSAN', 1), rowOf(plan, 'PROGRAM PEMBERDAYAAN', 1)]);
    expect(plan.merges).toContainEqual({ top: total, left: 0, bottom: total, right: 1 });
  });

  it('computes capaian as realisasi / pagu with "-" for a zero pagu', () => {
    const r = rowOf(plan, 'Belanja Bahan Cetak');
    expect(cell(plan, r, CAP)).toMatchObject({ formula: `IF(C${r + 1}=0,"-",D${r + 1}/C${r + 1})`, numberFormat: '0.00%' });
  });

  it('keeps a name that looks like a formula as text', () => {
    const r = rowOf(plan, '=HYPERLINK("http://x","klik")');
    expect(r).toBeGreaterThan(0);
    expect(cell(plan, r, 1)?.formula).toBeUndefined();
    expect(formulas(plan).some((f) => f.includes('HYPERLINK'))).toBe(false);
  });

  it('outlines rows by depth and freezes the header', () => {
    expect(plan.outline[rowOf(plan, 'PROGRAM PENUNJANG URUSAN', 1)]).toBe(0);
    expect(plan.outline[rowOf(plan, 'Perencanaan Perangkat Daerah', 1)]).toBe(1);
    expect(plan.outline[rowOf(plan, 'Penyusunan Dokumen Perencanaan', 1)]).toBe(2);
    expect(plan.outline[rowOf(plan, 'Belanja Kertas dan Cover', 1)]).toBe(3);
    const numberRow = plan.cells.findIndex((r) => r?.[0]?.style === 'nomor-kolom');
    expect(plan.freeze).toEqual({ rows: numberRow + 1, columns: 0 });
    expect(plan.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', titleRows: [numberRow, numberRow + 1] });
  });

  it('uses built-in functions only', () => {
    for (const f of formulas(plan)) {
      const fns = f.match(/[A-Z]+(?=\()/g) ?? [];
      for (const fn of fns) expect(['SUM', 'IF']).toContain(fn);
    }
  });

  it('adds a code column when the budget has codes (SIPD style)', () => {
    const sipd = planTabel38(
      budgetTable([
        ['program', 'PROGRAM PENUNJANG', 10, 5, '7.01.01'],
        ['kegiatan', 'Perencanaan', 10, 5, '7.01.01.2.01'],
      ]),
    ).plan;
    const r = rowOf(sipd, 'Perencanaan', 2);
    expect(cell(sipd, r, 1)?.value).toBe('7.01.01.2.01');
    expect(cell(sipd, r, 3)?.value).toBe(10);
    expect(sumRows(cell(sipd, rowOf(sipd, 'PROGRAM PENUNJANG', 2), 3)?.formula)).toEqual([r]);
  });
});

describe('planTabel310', () => {
  const plan = planTabel310(budgetTable(lines)).plan;

  it('shows programs and kegiatan only', () => {
    expect(rowOf(plan, 'Perencanaan Perangkat Daerah')).toBeGreaterThan(0);
    expect(rowOf(plan, 'Penyusunan Dokumen Perencanaan')).toBe(-1);
    expect(rowOf(plan, 'Belanja Kertas dan Cover')).toBe(-1);
  });

  it('gives the rows of shown nodes in its layout, -1 for the others', () => {
    const table = budgetTable(lines);
    const { plan: p, layout } = planTabel310(table);
    table.nodes.forEach((node, i) => {
      const shown = node.level === 'program' || node.level === 'kegiatan';
      if (shown) expect(cell(p, layout.rowOf[i], layout.columns.uraian)?.value).toBe(node.name);
      else expect(layout.rowOf[i]).toBe(-1);
    });
  });

  it('gives a kegiatan the sum of the leaves under it, as in Tabel 3.8', () => {
    const r = rowOf(plan, 'Perencanaan Perangkat Daerah');
    // 579.000 + 36.800 + 138.000 (+ an empty line) — worked out by hand.
    expect(cell(plan, r, PAGU)?.value).toBe(753800);
    expect(cell(plan, r, REAL)?.value).toBe(579000 + 36000 + 138000);
  });

  it('makes each program the SUM of its kegiatan rows', () => {
    const prog = rowOf(plan, 'PROGRAM PENUNJANG URUSAN');
    expect(sumRows(cell(plan, prog, PAGU)?.formula)).toEqual([
      rowOf(plan, 'Perencanaan Perangkat Daerah'),
      rowOf(plan, 'Administrasi Kepegawaian'),
    ]);
    expect(plan.table).toBe('3.10');
    expect(plan.name).toBe('Tabel 3.10');
  });
});

describe('planTabel38 for a regency-wide tree of 2 000 programs', () => {
  // Each program p: one kegiatan, one sub kegiatan, two rekening (pagu 1 000·p and 1).
  const wide = wideBudgetLines(2_000);
  const plan = planTabel38(budgetTable(wide)).plan;
  const jumlah = rowOf(plan, 'JUMLAH', NO);
  const first = rowOf(plan, 'PROGRAM 1', 1);

  it('keeps every formula within Excel’s 8 192 characters, which a SUM of 2 000 program cells would pass', () => {
    const all = formulas(plan);
    expect(Math.max(...all.map((f) => f.length))).toBeLessThanOrEqual(8_192);
    // What the JUMLAH would be as a SUM: 2 000 single cells, some 14 000 characters.
    expect(`SUM(${Array.from({ length: 2_000 }, (_, i) => `C${first + 1 + 5 * i}`).join(',')})`.length).toBeGreaterThan(8_192);
  });

  it('adds up every parent and the JUMLAH with SUBTOTAL over the rows beneath, which leaves nested SUBTOTALs out', () => {
    expect(cell(plan, jumlah, PAGU)?.formula).toBe(`SUBTOTAL(9,C${first + 1}:C${jumlah})`);
    expect(cell(plan, first, PAGU)?.formula).toBe(`SUBTOTAL(9,C${first + 2}:C${first + 5})`);
    expect(cell(plan, first + 1, REAL)?.formula).toBe(`SUBTOTAL(9,D${first + 3}:D${first + 5})`);
    expect(cell(plan, first + 2, PAGU)?.formula).toBe(`SUBTOTAL(9,C${first + 4}:C${first + 5})`);
    expect(cell(plan, first + 3, PAGU)?.value).toBe(1_000);
  });

  it('keeps SUM for a tree whose sums fit', () => {
    expect(cell(planTabel38(budgetTable(wide.slice(0, 50))).plan, first, PAGU)?.formula).toMatch(/^SUM\(/);
  });
});

describe('planTabel38 for a program with 1 500 kegiatan', () => {
  // Each kegiatan has one rekening, so the program's SUM would list 1 500 single cells while the
  // JUMLAH over the one program fits.
  const lines: BudgetLine[] = [['program', 'PROGRAM 1', null, null]];
  for (let k = 1; k <= 1_500; k++) lines.push(['kegiatan', `Kegiatan ${k}`, null, null], ['rekening', `Belanja ${k}`, k, k]);
  const plan = planTabel38(budgetTable(lines)).plan;
  const jumlah = rowOf(plan, 'JUMLAH', NO);
  const program = rowOf(plan, 'PROGRAM 1', 1);

  it('uses SUBTOTAL for every parent and the JUMLAH once one parent’s SUM would pass 8 192 characters', () => {
    expect(cell(plan, program, PAGU)?.formula).toBe(`SUBTOTAL(9,C${program + 2}:C${jumlah})`);
    expect(cell(plan, program + 1, REAL)?.formula).toBe(`SUBTOTAL(9,D${program + 3}:D${program + 3})`);
    expect(cell(plan, jumlah, PAGU)?.formula).toBe(`SUBTOTAL(9,C${program + 1}:C${jumlah})`);
  });
});
