import { checkWorkbook } from '../../../src/core/checks/check-workbook';
import { checkCapaianAnggaran } from '../../../src/core/checks/ang-02-capaian-anggaran';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { CLEAN_TOTAL, budgetTable, cleanBudgetLines, model, ruleCells, type LineSpec } from './builders';

type Total = Parameters<typeof budgetTable>[0]['total'];

/** Findings of one budget table; `null` leaves out the JUMLAH row. */
const check = (lines: LineSpec[], total: Total | null = CLEAN_TOTAL) =>
  checkWorkbook(model({ budgets: [budgetTable({ lines, total: total ?? undefined })] }), DEFAULT_SETTINGS);

/** The clean lines with one line changed. */
function planted(index: number, change: Partial<LineSpec>): LineSpec[] {
  return cleanBudgetLines().map((l, i) => (i === index ? { ...l, ...change } : l));
}

describe('a clean budget table', () => {
  it('gives no finding at all', () => {
    expect(check(cleanBudgetLines())).toEqual([]);
  });
});

describe('ANG-01 parent ≠ sum of its children', () => {
  it('reports the parent whose children were changed, at its pagu and realisasi, once', () => {
    // Rekening row 4 becomes 1.100.000 / 990.000 (still 90%): sub kegiatan row 3 should be
    // 1.100.000 + 500.000 = 1.600.000 and 990.000 + 450.000 = 1.440.000.
    const findings = check(planted(3, { pagu: 1_100_000, realisasi: 990_000 }));
    expect(ruleCells(findings)).toEqual(['ANG-01 Tabel 3.8!C4', 'ANG-01 Tabel 3.8!D4']);
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ['galat', '1.600.000', '1.500.000'],
      ['galat', '1.440.000', '1.350.000'],
    ]);
  });

  it('judges a parent by its direct children as stated, whatever the grandchildren say', () => {
    // Program I stated 3.000.000 = its kegiatan 2.000.000 + 1.000.000, although below them a
    // rekening is wrong: only the sub kegiatan directly above the rekening is reported.
    const findings = check(planted(4, { pagu: 600_000, realisasi: 540_000 }));
    expect(ruleCells(findings)).toEqual(['ANG-01 Tabel 3.8!C4', 'ANG-01 Tabel 3.8!D4']);
    expect(findings[0].expected).toBe('1.600.000');
  });

  it('does not add up children when one of them is a doubtful Rupiah (NUM-03 reports that cell)', () => {
    const findings = check(planted(4, { pagu: '500,50', realisasi: 450_000 }));
    expect(ruleCells(findings)).toEqual(['NUM-01 Tabel 3.8!C6', 'NUM-03 Tabel 3.8!C6']);
  });
});

describe('ANG-02 stated capaian ≠ realisasi ÷ pagu', () => {
  it('reports the capaian cell with the computed percentage', () => {
    const findings = check(planted(6, { capaian: 0.95 }));
    expect(ruleCells(findings)).toEqual(['ANG-02 Tabel 3.8!E8']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['90,00%', '95,00%']);
  });

  it('allows half a unit of the stated last place and no more', () => {
    const at = (realisasi: number, capaian: string) =>
      checkCapaianAnggaran(
        model({
          budgets: [
            budgetTable({ lines: [{ level: 'program', name: 'P', pagu: 1_000_000, realisasi, capaian }] }),
          ],
        }),
      );
    expect(at(999_700, '99,97 %')).toEqual([]);
    expect(at(999_750, '99,97 %')).toEqual([]); // 99,975: 0,005 points away
    expect(at(999_651, '99,97 %')).toEqual([]);
    expect(ruleCells(at(999_760, '99,97 %'))).toEqual(['ANG-02 Tabel 3.8!E2']);
    expect(ruleCells(at(999_640, '99,97 %'))).toEqual(['ANG-02 Tabel 3.8!E2']);
    expect(at(995_000, '100 %')).toEqual([]); // 99,5: 0,5 points away
    expect(ruleCells(at(994_900, '100 %'))).toEqual(['ANG-02 Tabel 3.8!E2']);
  });

  it('checks the JUMLAH row too', () => {
    const findings = check(cleanBudgetLines(), { ...CLEAN_TOTAL, capaian: 0.8617 });
    expect(ruleCells(findings)).toEqual(['ANG-02 Tabel 3.8!E11']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['92,50%', '86,17%']);
  });
});

describe('ANG-03 realisasi > pagu', () => {
  const single = (realisasi: number, capaian: number): LineSpec[] => [
    { level: 'program', marker: 'I', name: 'PROGRAM A', pagu: 1_000_000, realisasi, capaian },
  ];

  it('reports the realisasi cell of a line that spent more than its pagu', () => {
    const findings = check(single(1_100_000, 1.1), null);
    expect(ruleCells(findings)).toEqual(['ANG-03 Tabel 3.8!D2']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['1.000.000', '1.100.000']);
  });

  it('gives nothing at exactly the pagu', () => {
    expect(check(single(1_000_000, 1), null)).toEqual([]);
  });

  it('reports where it originates, not at every ancestor', () => {
    const lines: LineSpec[] = [
      {
        level: 'program',
        marker: 'I',
        name: 'PROGRAM A',
        pagu: 1_000_000,
        realisasi: 1_100_000,
        capaian: 1.1,
      },
      {
        level: 'kegiatan',
        marker: '1',
        name: 'Kegiatan A',
        pagu: 1_000_000,
        realisasi: 1_100_000,
        capaian: 1.1,
      },
    ];
    expect(ruleCells(check(lines, null))).toEqual(['ANG-03 Tabel 3.8!D3']);
  });

  it('tells apart amounts written with more digits than a double holds (found in review)', () => {
    // Both round to the double 90 071 992 547 409 904: only the Decimals tell 910 from 900.
    const lines: LineSpec[] = [
      {
        level: 'program',
        marker: 'I',
        name: 'PROGRAM A',
        pagu: '90.071.992.547.409.900',
        realisasi: '90.071.992.547.409.910',
      },
    ];
    // Written as text, both figures are also NUM-01's.
    const cells = ruleCells(check(lines, null)).filter((c) => c.startsWith('ANG-03'));
    expect(cells).toEqual(['ANG-03 Tabel 3.8!D2']);
  });
});

describe('ANG-04 JUMLAH ≠ sum of the programs', () => {
  it('reports the total cell with the programs’ sum', () => {
    const findings = check(cleanBudgetLines(), { pagu: 4_100_000, realisasi: 3_700_000 });
    expect(ruleCells(findings)).toEqual(['ANG-04 Tabel 3.8!C11']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['4.000.000', '4.100.000']);
  });

  it('gives nothing when the JUMLAH row adds up', () => {
    expect(check(cleanBudgetLines(), { pagu: 4_000_000, realisasi: 3_700_000 })).toEqual([]);
  });
});

describe('ANG-05 numbering repeats or skips', () => {
  it('reports a repeated sub kegiatan number at its marker cell', () => {
    const findings = check(planted(5, { marker: '1)' }));
    expect(ruleCells(findings)).toEqual(['ANG-05 Tabel 3.8!A7']);
    expect([findings[0].severity, findings[0].expected, findings[0].actual]).toEqual([
      'peringatan',
      '2)',
      '1)',
    ]);
  });

  it('reports a skipped program number', () => {
    const findings = check(planted(7, { marker: 'III' }));
    expect(ruleCells(findings)).toEqual(['ANG-05 Tabel 3.8!A9']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['II', 'III']);
  });

  it('numbers kegiatan on across programs, but not across a program whose kegiatan are unnumbered', () => {
    const lines = (middle: Array<string | undefined>): LineSpec[] =>
      [
        ['program', 'I', ['1', '2']],
        ['program', 'II', middle],
        ['program', 'III', ['3', '4']],
      ].flatMap(([level, marker, kegiatan]) => [
        { level: level as 'program', marker: marker as string, name: `PROGRAM ${marker as string}` },
        ...(kegiatan as Array<string | undefined>).map((m, i) => ({
          level: 'kegiatan' as const,
          marker: m,
          name: `Kegiatan ${marker as string}.${i}`,
        })),
      ]);
    const numbering = (l: LineSpec[]) => check(l, null).filter((f) => f.rule === 'ANG-05');
    expect(numbering(lines([]))).toEqual([]);
    // The unnumbered kegiatan end the sequence 1, 2: the next program's kegiatan start again at 3.
    for (const middle of [
      [undefined, undefined],
      ['-', '-'],
    ]) {
      const findings = numbering(lines(middle));
      expect(ruleCells(findings)).toEqual(['ANG-05 Tabel 3.8!A9']);
      expect([findings[0].expected, findings[0].actual]).toEqual(['1', '3']);
    }
  });
});
