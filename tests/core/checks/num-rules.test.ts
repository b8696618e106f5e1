import { checkWorkbook } from '../../../src/core/checks/check-workbook';
import { checkGuessedReadings } from '../../../src/core/checks/num-02-guessed-readings';
import { numberColumns, type NumberShape } from '../../../src/core/checks/number-sites';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { recogniseWorkbook } from '../../../src/core/recognise/recognise-workbook';
import { sheetFromValues } from '../../fixtures/text-sheet';
import { budgetTable, cleanIndicatorRows, indicatorTable, model, ruleCells, type LineSpec } from './builders';

const check = (lines: LineSpec[]) =>
  checkWorkbook(model({ budgets: [budgetTable({ lines })] }), DEFAULT_SETTINGS);

describe('NUM-01 number stored as text', () => {
  const lines = (pagu: [string | number, string | number, string | number]): LineSpec[] => [
    { level: 'program', marker: 'I', name: 'PROGRAM A', pagu: pagu[0], realisasi: 1_400_000 },
    { level: 'kegiatan', marker: '1', name: 'Kegiatan A1', pagu: pagu[1], realisasi: 900_000 },
    { level: 'kegiatan', marker: '2', name: 'Kegiatan A2', pagu: pagu[2], realisasi: 500_000 },
  ];

  it('gives one info per column, at the first text cell, with the count', () => {
    const findings = check(lines(['1.500.000', '1.000.000', 500_000]));
    expect(ruleCells(findings)).toEqual(['NUM-01 Tabel 3.8!C2']);
    expect(findings[0].severity).toBe('info');
    expect(findings[0].message).toContain('2 angka');
    expect(findings[0].message).toContain('C2:C3');
  });

  it('gives nothing for numbers stored as numbers', () => {
    expect(check(lines([1_500_000, 1_000_000, 500_000]))).toEqual([]);
  });

  it('counts a capaian typed as text, but not targets written with their unit (`82 Nilai`, `100 %`)', () => {
    const rows = cleanIndicatorRows().map((r, i) => (i === 0 ? { ...r, capaian: '98,78%' } : r));
    const findings = checkWorkbook(model({ indicators: [indicatorTable({ rows })] }), DEFAULT_SETTINGS);
    expect(ruleCells(findings)).toEqual(['NUM-01 Tabel 3.2!F2']);
    expect(findings[0].message).toContain('1 angka');
  });
});

describe('NUM columns of a read budget', () => {
  it('skip a field cleared on every line where a row was left unplaced (the figures count more rows than lines)', () => {
    const sheet = sheetFromValues('Anggaran', [
      ['No', 'Uraian', 'Pagu', 'Realisasi', 'Sisa'],
      ['1', 'Program A', 100_000, 90_000, 10_000],
      [undefined, undefined, 5_000, 5_000, 0],
      ['2', 'Program B', 100_000, 90_000, 10_000],
    ]);
    const read = recogniseWorkbook({ name: 'unit.xlsx', sheets: [sheet] });
    const table = read.budgets[0];
    expect(table.unplaced).toHaveLength(1);
    expect(table.figures.lines).toBeGreaterThan(table.nodes.length);
    for (let i = 0; i < table.nodes.length; i++) table.figures.put('sisa', i, undefined);
    const fields = numberColumns(read).map((c) => c.field);
    expect(fields).toContain('pagu');
    expect(fields).not.toContain('sisa');
    expect(() => checkWorkbook(read, DEFAULT_SETTINGS)).not.toThrow();
  });
});

describe('NUM-02 percentages written without a % sign', () => {
  it('says so once per column, with its range and the first reading', () => {
    const lines: LineSpec[] = [
      {
        level: 'program',
        marker: 'I',
        name: 'PROGRAM A',
        pagu: 1_000_000,
        realisasi: 900_000,
        capaian: '90,00',
      },
      {
        level: 'kegiatan',
        marker: '1',
        name: 'Kegiatan A1',
        pagu: 600_000,
        realisasi: 540_000,
        capaian: '90,00',
      },
      {
        level: 'kegiatan',
        marker: '2',
        name: 'Kegiatan A2',
        pagu: 400_000,
        realisasi: 360_000,
        capaian: '90,00',
      },
    ];
    const num02 = check(lines).filter((f) => f.rule === 'NUM-02');
    expect(num02.map((f) => [f.cell, f.severity])).toEqual([['E2', 'info']]);
    expect(num02[0].message).toContain('3 nilai');
    expect(num02[0].message).toContain('E2:E4');
    expect(num02[0].message).toContain('90,00%');
  });
});

describe('NUM-02 a guessed reading', () => {
  const lines = (pagu: string, realisasi: string): LineSpec[] => [
    { level: 'program', marker: 'I', name: 'PROGRAM A', pagu: '1.536.800', realisasi: '1.536.000' },
    { level: 'kegiatan', marker: '1', name: 'Kegiatan A1', pagu: '1.500.000', realisasi: '1.500.000' },
    { level: 'kegiatan', marker: '2', name: 'Kegiatan A2', pagu, realisasi },
  ];

  it('reports a lone comma read as thousands in a column grouped with dots (the seed’s 36,800)', () => {
    const findings = check(lines('36,800', '36,000'));
    expect(ruleCells(findings)).toEqual([
      'NUM-01 Tabel 3.8!C2',
      'NUM-01 Tabel 3.8!D2',
      'NUM-02 Tabel 3.8!C4',
      'NUM-02 Tabel 3.8!D4',
    ]);
    expect(findings.slice(2).map((f) => f.severity)).toEqual(['peringatan', 'peringatan']);
    expect(findings[2].message).toContain('36.800');
  });

  it('does not report a lone dot that agrees with the column’s grouping', () => {
    expect(ruleCells(check(lines('36.800', '36.000')))).toEqual([
      'NUM-01 Tabel 3.8!C2',
      'NUM-01 Tabel 3.8!D2',
    ]);
  });

  it('gives only an info for a lone separator in a column with no grouping to compare with', () => {
    const m = model({
      budgets: [
        budgetTable({
          lines: [
            { level: 'program', name: 'P', pagu: '4.800', realisasi: 4_800 },
            { level: 'kegiatan', marker: '1', name: 'K', pagu: '4800', realisasi: 4_800 },
          ],
        }),
      ],
    });
    const findings = checkGuessedReadings(m);
    expect(ruleCells(findings)).toEqual(['NUM-02 Tabel 3.8!C2']);
    expect(findings[0].severity).toBe('info');
    expect(findings[0].message).toContain('4.800');
  });

  it('reports a small bare number in a percent column read as a fraction, as info', () => {
    const m = model({
      budgets: [
        budgetTable({
          lines: [{ level: 'program', name: 'P', pagu: 1_000_000, realisasi: 900_000, capaian: '0,9' }],
        }),
      ],
    });
    const findings = checkGuessedReadings(m);
    expect(ruleCells(findings)).toEqual(['NUM-02 Tabel 3.8!E2']);
    expect(findings[0].severity).toBe('info');
    expect(findings[0].message).toContain('90,00%');
  });
});

describe('NUM-03 Rupiah with a fraction', () => {
  const lines = (pagu: string | number): LineSpec[] => [
    { level: 'program', marker: 'I', name: 'PROGRAM A', pagu: 4_186_950, realisasi: 4_176_000 },
    {
      level: 'kegiatan',
      marker: '1',
      name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja',
      pagu,
      realisasi: 4_176_000,
    },
  ];

  it('reports `4.186,950`, read 4.186,95, and compares nothing that would use it', () => {
    const findings = check(lines('4.186,950'));
    expect(ruleCells(findings)).toEqual(['NUM-01 Tabel 3.8!C3', 'NUM-03 Tabel 3.8!C3']);
    expect(findings[1].severity).toBe('peringatan');
    expect(findings[1].message).toContain('4.186,95');
  });

  it('reports a native 36,8 left by Excel’s conversion of a pasted `36,800`', () => {
    const findings = check([{ level: 'program', marker: 'I', name: 'PROGRAM A', pagu: 36.8, realisasi: 36 }]);
    expect(ruleCells(findings)).toEqual(['NUM-03 Tabel 3.8!C2']);
  });

  it('gives nothing for whole Rupiah', () => {
    expect(ruleCells(check(lines('4.186.950')))).toEqual(['NUM-01 Tabel 3.8!C3']);
  });
});

describe('NUM-04 one column mixing 1.234 and 1,234', () => {
  const lines = (kegiatan1: string): LineSpec[] => [
    { level: 'program', marker: 'I', name: 'PROGRAM A', pagu: '2.500.000', realisasi: 2_500_000 },
    { level: 'kegiatan', marker: '1', name: 'Kegiatan A1', pagu: kegiatan1, realisasi: 1_000_000 },
    { level: 'kegiatan', marker: '2', name: 'Kegiatan A2', pagu: '1.500.000', realisasi: 1_500_000 },
  ];

  it('reports the column once, at the first cell in the minority style', () => {
    const findings = check(lines('1,000,000'));
    expect(ruleCells(findings)).toEqual(['NUM-01 Tabel 3.8!C2', 'NUM-04 Tabel 3.8!C3']);
    expect([findings[1].severity, findings[1].expected, findings[1].actual]).toEqual([
      'peringatan',
      '1.234.567,89',
      '1,234,567.89',
    ]);
  });

  it('gives nothing when the column keeps one style', () => {
    expect(ruleCells(check(lines('1.000.000')))).toEqual(['NUM-01 Tabel 3.8!C2']);
  });

  it('counts real Excel numbers on the Indonesian side (a `1,000,000` among numbers Excel converted)', () => {
    const findings = check([
      { level: 'program', marker: 'I', name: 'PROGRAM A', pagu: 2_500_000, realisasi: 2_500_000 },
      { level: 'kegiatan', marker: '1', name: 'Kegiatan A1', pagu: '1,000,000', realisasi: 1_000_000 },
      { level: 'kegiatan', marker: '2', name: 'Kegiatan A2', pagu: 1_500_000, realisasi: 1_500_000 },
    ]);
    expect(ruleCells(findings)).toEqual(['NUM-01 Tabel 3.8!C3', 'NUM-04 Tabel 3.8!C3']);
  });
});

describe('a column’s shapes', () => {
  it('count each way its numbers were written, however the ways alternate down the column', () => {
    const pagu = ['3.000.000', '1,000,000', '1.000.000', '500.000', '250,000', 250_000];
    const lines: LineSpec[] = pagu.map((p, i) => ({
      level: i === 0 ? 'program' : 'kegiatan',
      marker: i === 0 ? 'I' : String(i),
      name: `Baris ${i}`,
      pagu: p,
      realisasi: 0,
    }));
    const m = model({ budgets: [budgetTable({ lines, total: { pagu: '3,000,000' } })] });
    for (const column of numberColumns(m)) {
      const counted = new Map<NumberShape, number>();
      for (let k = 0; k < column.size; k++)
        counted.set(column.reading(k), (counted.get(column.reading(k)) ?? 0) + 1);
      const shapes = new Map<NumberShape, number>();
      column.eachShape((shape, count) => shapes.set(shape, (shapes.get(shape) ?? 0) + count));
      expect(shapes).toEqual(counted);
    }
    const mixed = checkWorkbook(m, DEFAULT_SETTINGS).find((f) => f.rule === 'NUM-04');
    expect(mixed?.message).toContain(
      '3 sel bergaya 1.234.567,89 (termasuk angka Excel) dan 2 sel bergaya 1,234,567.89',
    );
  });
});

describe('a column is the table’s field, not the sheet column', () => {
  it('groups a ragged paste’s pagu cells in two sheet columns as one pagu column', () => {
    const table = budgetTable({
      lines: [
        { level: 'program', marker: 'I', name: 'PROGRAM A', pagu: '1.500.000', realisasi: 1_500_000 },
        { level: 'kegiatan', marker: '1', name: 'Kegiatan A1', pagu: '1.500.000', realisasi: 1_500_000 },
      ],
    });
    const kegiatan = table.nodes[1];
    const pagu = kegiatan.pagu!;
    kegiatan.pagu = { ref: { ...pagu.ref, col: 5 }, value: pagu.value, reading: pagu.reading };
    const findings = checkWorkbook(model({ budgets: [table] }), DEFAULT_SETTINGS);
    expect(ruleCells(findings)).toEqual(['NUM-01 Tabel 3.8!C2']);
    expect(findings[0].message).toContain('2 angka di kolom pagu (C2:F3)');
  });
});
