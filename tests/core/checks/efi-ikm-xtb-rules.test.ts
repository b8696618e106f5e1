import { checkWorkbook } from '../../../src/core/checks/check-workbook';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import {
  budgetTable,
  efficiencyTable,
  model,
  ruleCells,
  stated,
  statedText,
  surveyTable,
  type EfficiencySpec,
  type LineSpec,
} from './builders';

describe('EFI-01 stated efficiency', () => {
  /**
   * Three Tabel 3.9 rows, by hand (method selisih = kinerja − anggaran):
   * 100% and 900.000/1.000.000 = 90% → 10%; 95% and 1.800.000/2.000.000 = 90% → 5%;
   * 100% and 800.000/1.000.000 = 80% → 20%.
   */
  const rows = (second: number): EfficiencySpec[] => [
    {
      name: 'Sasaran A',
      indikator: 'Indikator A',
      target: '100 %',
      realisasi: '100 %',
      capaian: 1,
      anggaran: { pagu: 1_000_000, realisasi: 900_000, capaian: 0.9 },
      efisiensi: 0.1,
    },
    {
      name: 'Sasaran B',
      indikator: 'Indikator B',
      target: '100 %',
      realisasi: '95 %',
      capaian: 0.95,
      anggaran: { pagu: 2_000_000, realisasi: 1_800_000, capaian: 0.9 },
      efisiensi: second,
    },
    {
      name: 'Sasaran C',
      indikator: 'Indikator C',
      target: '100 %',
      realisasi: '100 %',
      capaian: 1,
      anggaran: { pagu: 1_000_000, realisasi: 800_000, capaian: 0.8 },
      efisiensi: 0.2,
    },
  ];
  const check = (second: number) =>
    checkWorkbook(
      model({ efficiencies: [efficiencyTable({ sheet: 'Tabel 3.9', rows: rows(second) })] }),
      DEFAULT_SETTINGS,
    );

  it('gives nothing when every row follows one method', () => {
    expect(check(0.05)).toEqual([]);
  });

  it('reports an efficiency that matches no method, with the table’s method result', () => {
    const findings = check(0.07);
    expect(ruleCells(findings)).toEqual(['EFI-01 Tabel 3.9!H3']);
    expect([findings[0].severity, findings[0].expected, findings[0].actual]).toEqual([
      'peringatan',
      '5,00%',
      '7,00%',
    ]);
  });

  it('reports a row computed with another method than the rest of its table', () => {
    // indeks: 0,95 / 0,9 = 1,0555… → 105,56%
    const findings = check(1.0556);
    expect(ruleCells(findings)).toEqual(['EFI-01 Tabel 3.9!H3']);
    expect(findings[0].expected).toBe('5,00%');
    expect(findings[0].message).toContain('indeks');
  });
  it('gives no expected value where the user’s method cannot apply (indeks with capaian anggaran 0)', () => {
    const row: EfficiencySpec = {
      name: 'Sasaran A',
      indikator: 'Nilai IKM',
      target: '100 %',
      realisasi: '78 %',
      capaian: 0.78,
      anggaran: { pagu: 0, realisasi: 0, capaian: 0 },
      efisiensi: 0.22,
    };
    const m = model({ efficiencies: [efficiencyTable({ sheet: 'Tabel 3.9', rows: [row] })] });
    const findings = checkWorkbook(m, { ...DEFAULT_SETTINGS, efisiensi: 'indeks' });
    expect(ruleCells(findings)).toEqual(['EFI-01 Tabel 3.9!H2']);
    expect([findings[0].expected, findings[0].actual]).toEqual([undefined, '22,00%']);
  });
});

describe('IKM-01 stated IKM or NRR ≠ the unsur values', () => {
  const check = (parts: Parameters<typeof surveyTable>[0]) =>
    checkWorkbook(model({ surveys: [surveyTable(parts)] }), DEFAULT_SETTINGS);

  it('gives nothing for a consistent survey (NRR 3,5 3 4 → IKM 87,5, mutu B)', () => {
    expect(check({})).toEqual([]);
  });

  it('allows half a unit of the stated IKM’s last place (88 for 87,5) and no more', () => {
    expect(check({ ikm: stated('SKM', 1, 5, 88, 'angka') })).toEqual([]);
  });

  it('reports a stated IKM that differs', () => {
    const findings = check({ ikm: stated('SKM', 1, 5, 86, 'angka') });
    expect(ruleCells(findings)).toEqual(['IKM-01 SKM!F2']);
    expect([findings[0].severity, findings[0].expected, findings[0].actual]).toEqual([
      'galat',
      '87,50',
      '86',
    ]);
  });

  it('reports a stated NRR that is not the mean of its answers', () => {
    const nrr = [3.4, 3, 4].map((v, j) => stated('SKM', 5, 1 + j, v, 'angka'));
    const findings = check({ nrr });
    expect(ruleCells(findings)).toEqual(['IKM-01 SKM!B6']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['3,50', '3,4']);
  });

  it('reports an answer outside 1–4, a fraction and a word at their cells, and no IKM comparison it cannot make', () => {
    const table = surveyTable({
      answers: [
        [4, 3, 4],
        [5, 3, 4],
        [3, 3.5, 4],
        [3, 3, 4],
      ],
    });
    table.answers[3][2] = { ref: { sheet: 'SKM', row: 4, col: 3 }, value: null, text: 'baik' };
    const findings = checkWorkbook(model({ surveys: [table] }), DEFAULT_SETTINGS);
    expect(ruleCells(findings)).toEqual(['IKM-01 SKM!B3', 'IKM-01 SKM!C4', 'IKM-01 SKM!D5']);
    expect(findings.map((f) => f.actual)).toEqual(['5', '3,5', 'baik']);
    expect(findings.every((f) => f.severity === 'galat')).toBe(true);
  });

  it('weights with 0,111 when the settings say so', () => {
    // Σ NRR 10,5 × 0,111 × 25 = 29,1375 with three unsur; the stated 87,5 is then wrong.
    const findings = checkWorkbook(model({ surveys: [surveyTable({ mutu: undefined })] }), {
      ...DEFAULT_SETTINGS,
      penimbangIkm: '0,111',
    });
    expect(ruleCells(findings)).toEqual(['IKM-01 SKM!F2']);
    expect(findings[0].expected).toBe('29,14');
  });
});

describe('IKM-01 on a table of NRR per unsur (no respondents)', () => {
  const nrrOnly = (ikm: number) => {
    const table = surveyTable({ ikm: stated('SKM', 1, 5, ikm, 'angka') });
    table.form = 'nrr';
    table.answers = [];
    return checkWorkbook(model({ surveys: [table] }), DEFAULT_SETTINGS);
  };

  it('computes the IKM from the stated NRR (3,5 3 4 → 87,5)', () => {
    expect(nrrOnly(87.5)).toEqual([]);
    expect(ruleCells(nrrOnly(86))).toEqual(['IKM-01 SKM!F2']);
  });
});

describe('IKM-02 stated mutu ≠ the scale', () => {
  const check = (mutu: string) =>
    checkWorkbook(
      model({ surveys: [surveyTable({ mutu: statedText('SKM', 1, 6, mutu) })] }),
      DEFAULT_SETTINGS,
    );

  it.each(['B', 'Baik', 'Mutu B', 'B (Baik)', 'b - baik'])('accepts %s for IKM 87,5', (mutu) => {
    expect(check(mutu)).toEqual([]);
  });

  it.each(['A (Sangat Baik)', 'Sangat Baik', 'A', 'A (Baik)', 'B (Sangat Baik)'])(
    'reports %s for IKM 87,5',
    (mutu) => {
      const findings = check(mutu);
      expect(ruleCells(findings)).toEqual(['IKM-02 SKM!G2']);
      expect([findings[0].expected, findings[0].actual]).toEqual(['B (Baik)', mutu]);
    },
  );
});

describe('XTB-01 the same figure differs across tables or in the text', () => {
  const programs = (b: number): LineSpec[] => [
    {
      level: 'program',
      marker: 'I',
      name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      pagu: 3_000_000,
    },
    { level: 'program', marker: 'II', name: 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', pagu: b },
  ];
  const twoTables = (b: number) =>
    model({
      sheetOrder: ['Tabel 2.7', 'Tabel 3.10'],
      budgets: [
        budgetTable({
          sheet: 'Tabel 3.10',
          lines: programs(b).map((l) => ({ ...l, name: l.name.toUpperCase() })),
        }),
        budgetTable({ sheet: 'Tabel 2.7', lines: programs(1_000_000) }),
      ],
    });

  it('reports a program whose pagu differs from the first table’s (matched by name)', () => {
    const findings = checkWorkbook(twoTables(1_100_000), DEFAULT_SETTINGS);
    expect(ruleCells(findings)).toEqual(['XTB-01 Tabel 3.10!C3']);
    expect([findings[0].severity, findings[0].expected, findings[0].actual]).toEqual([
      'galat',
      '1.000.000',
      '1.100.000',
    ]);
    expect(findings[0].message).toContain('Tabel 2.7!C3');
  });

  it('gives nothing when the tables agree', () => {
    expect(checkWorkbook(twoTables(1_000_000), DEFAULT_SETTINGS)).toEqual([]);
  });

  it('matches by budget code before the name', () => {
    const m = model({
      budgets: [
        budgetTable({
          sheet: 'A',
          lines: [{ level: 'program', code: '7.01.01', name: 'Program Penunjang', pagu: 3_000_000 }],
        }),
        budgetTable({
          sheet: 'B',
          lines: [{ level: 'program', code: '7.01.01', name: 'PENUNJANG URUSAN', pagu: 2_000_000 }],
        }),
      ],
    });
    expect(ruleCells(checkWorkbook(m, DEFAULT_SETTINGS))).toEqual(['XTB-01 B!C2']);
  });

  it('reports JUMLAH rows that differ, though each adds up its own programs', () => {
    const m = model({
      budgets: [
        budgetTable({ sheet: 'Tabel 2.7', lines: programs(1_000_000), total: { pagu: 4_000_000 } }),
        budgetTable({
          sheet: 'Tabel 3.8',
          lines: [
            programs(1_000_000)[0],
            { level: 'program', marker: 'II', name: 'Program Lain', pagu: 500_000 },
          ],
          total: { pagu: 3_500_000 },
        }),
      ],
    });
    const findings = checkWorkbook(m, DEFAULT_SETTINGS);
    expect(ruleCells(findings)).toEqual(['XTB-01 Tabel 3.8!C4']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['4.000.000', '3.500.000']);
  });

  const narrative = (text: string) =>
    model({
      budgets: [
        budgetTable({
          sheet: 'Tabel 3.8',
          lines: [
            {
              level: 'program',
              marker: 'I',
              name: 'P',
              pagu: 4_000_000,
              realisasi: 3_700_000,
              capaian: 0.925,
            },
          ],
          total: { pagu: 4_000_000, realisasi: 3_700_000, capaian: 0.925 },
        }),
      ],
      narrative: [statedText('Bab III', 20, 0, text)],
    });

  it('reports a text cell quoting a Rupiah total that no table has', () => {
    const findings = checkWorkbook(
      narrative('teralokasi anggaran sebesar Rp. 4.100.000,- sedangkan realisasi Rp. 3.700.000'),
      DEFAULT_SETTINGS,
    );
    expect(ruleCells(findings)).toEqual(['XTB-01 Bab III!A21']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['4.000.000', '4.100.000']);
  });

  it('reports a text cell quoting a serapan that is not the total’s capaian', () => {
    const findings = checkWorkbook(
      narrative('penyerapan anggaran mencapai sebesar **86,17%** atau efisiensi 13,83%'),
      DEFAULT_SETTINGS,
    );
    expect(ruleCells(findings)).toEqual(['XTB-01 Bab III!A21']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['92,50%', '86,17%']);
  });

  it('gives nothing for text that quotes the tables right', () => {
    const text =
      'teralokasi anggaran sebesar Rp. 4.000.000,- dan realisasi Rp 3.700.000, penyerapan anggaran mencapai 92,50 %';
    expect(checkWorkbook(narrative(text), DEFAULT_SETTINGS)).toEqual([]);
  });
});
