import type { CorpusRow, CorpusTable } from './corpus-table';
import { expectedErrors } from './oracle';

/**
 * The oracle that judges the engine on the real tables must itself be right: small tables whose
 * errors are worked out here by hand. Each table starts at A1 with its header, so data begins on row 2.
 */
function table(
  kind: CorpusTable['kind'],
  rows: CorpusRow[],
  roles: Record<string, string | string[]>,
  extra: Partial<CorpusTable> = {},
): CorpusTable {
  return {
    id: 'micro',
    unit: 'Kecamatan Contoh',
    unitType: 'kecamatan',
    region: 'Kabupaten Contoh',
    year: 2023,
    source: { title: 'hand-worked', url: 'about:blank', table: 'micro' },
    kind,
    store: 'text',
    decimalMark: ',',
    sheet: 'Tabel',
    at: 'A1',
    rows,
    expect: { roles },
    ...extra,
  };
}

const cells = (rule: string) => (t: CorpusTable) =>
  expectedErrors(t)
    .filter((e) => e.rule === rule)
    .map((e) => e.cell);

describe('oracle: anggaran', () => {
  // Program 1 states 300.000 but its kegiatan sum to 100.000 + 150.000 = 250.000 (ANG-01 at B2).
  // Its realisasi 250.000 = 90.000 + 160.000 is right.
  // Kegiatan 1.2 spends 160.000 of 150.000 (ANG-03 at C4; its program, 250.000 of 300.000, is not over).
  // Kegiatan 1.1 capaian 90/100 = 90 %, printed 91,00 (ANG-02 at D3).
  // JUMLAH pagu 350.000 = 300.000 + 50.000 (right); realisasi 310.000 vs 250.000 + 50.000 = 300.000
  // (ANG-04 at C7), and its capaian 310/350 = 88,57 is printed 85,71 (ANG-02 at D7).
  // Sisa of program 2: 50.000 − 50.000 = 0, printed 5.000 (ANG-06 at E6).
  const t = table(
    'anggaran',
    [
      { tag: 'header', cells: ['Uraian', 'Pagu', 'Realisasi', 'Capaian (%)', 'Sisa'] },
      { tag: 'data', level: 'program', cells: ['Program Satu', '300.000', '250.000', '83,33', '50.000'] },
      { tag: 'data', level: 'kegiatan', cells: ['Kegiatan 1.1', '100.000', '90.000', '91,00', '10.000'] },
      { tag: 'data', level: 'kegiatan', cells: ['Kegiatan 1.2', '150.000', '160.000', '106,67', '-10.000'] },
      { tag: 'blank' },
      { tag: 'data', level: 'program', cells: ['Program Dua', '50.000', '50.000', '100,00', '5.000'] },
      { tag: 'total', cells: ['JUMLAH', '350.000', '310.000', '85,71', '40.000'] },
    ],
    { name: 'A', pagu: 'B', realisasi: 'C', capaian: 'D', sisa: 'E' },
  );

  it('finds the parent sum, the capaian, the overspend, the total and the sisa', () => {
    expect(cells('ANG-01')(t)).toEqual(['B2']);
    expect(cells('ANG-02')(t)).toEqual(['D3', 'D7']);
    expect(cells('ANG-03')(t)).toEqual(['C4']);
    expect(cells('ANG-04')(t)).toEqual(['C7']);
    expect(cells('ANG-06')(t)).toEqual(['E6']);
  });

  it('counts a heading that states nothing with the sum of its children', () => {
    // The program row is a heading: the JUMLAH 250.000 is its kegiatan's 100.000 + 150.000.
    const heading = table(
      'anggaran',
      [
        { tag: 'header', cells: ['Uraian', 'Pagu', 'Realisasi'] },
        { tag: 'data', level: 'program', cells: ['Program Satu', null, null] },
        { tag: 'data', level: 'kegiatan', cells: ['Kegiatan 1.1', '100.000', '100.000'] },
        { tag: 'data', level: 'kegiatan', cells: ['Kegiatan 1.2', '150.000', '150.000'] },
        { tag: 'total', cells: ['JUMLAH', '250.000', '250.001'] },
      ],
      { name: 'A', pagu: 'B', realisasi: 'C' },
    );
    expect(expectedErrors(heading).map((e) => `${e.rule} ${e.cell}`)).toEqual(['ANG-04 C5', 'ANG-03 C5']);
  });
});

describe('oracle: kinerja', () => {
  // Row 2: 60 of 80 is 75 % (right). Row 3: 45 of 50 is 90 %, printed 95 (KIN-01 at D3).
  // Row 4, lower is better: target 10, realisasi 8 gives (2 × 10 − 8)/10 = 120 % (right).
  // Average of 75, 95, 120 is 96,67; printed 90,00 (KIN-03 at D5).
  const t = table(
    'kinerja',
    [
      { tag: 'header', cells: ['Indikator', 'Target', 'Realisasi', 'Capaian (%)'] },
      { tag: 'data', level: 'sasaran', cells: ['Persentase desa tertib administrasi', '80', '60', '75'] },
      { tag: 'data', cells: ['Persentase layanan tepat waktu', '50 %', '45 %', '95'] },
      { tag: 'data', polaritas: 'negatif', cells: ['Jumlah aduan', '10', '8', '120'] },
      { tag: 'average', cells: ['Rata-rata', null, null, '90,00'] },
    ],
    { indikator: 'A', target: 'B', realisasi: 'C', capaian: 'D' },
  );

  it('checks capaian with the polarity of each row and the stated average', () => {
    expect(expectedErrors(t).map((e) => `${e.rule} ${e.cell}`)).toEqual(['KIN-01 D3', 'KIN-03 D5']);
  });

  it('judges every Sangat Tinggi … label, and labels of other sets where most agree with the bands', () => {
    // Under the 91/76/66/51 bands 75 is the third band (66–75,99), 95 and 92 the first (91 and over).
    const roles = { indikator: 'A', target: 'B', realisasi: 'C', capaian: 'D', kategori: 'E' };
    const rows = (labels: string[]): CorpusRow[] => [
      { tag: 'header', cells: ['Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'] },
      { tag: 'data', cells: ['A', '80', '60', '75', labels[0]] },
      { tag: 'data', cells: ['B', '100', '95', '95', labels[1]] },
      { tag: 'data', cells: ['C', '100', '92', '92', labels[2]] },
    ];
    const kin02 = (labels: string[]) =>
      expectedErrors(table('kinerja', rows(labels), roles))
        .filter((e) => e.rule === 'KIN-02')
        .map((e) => `${e.cell} ${e.severity}`);
    // Permendagri's own labels: each wrong one, even when most are wrong.
    expect(kin02(['Tinggi', 'Tinggi', 'Sangat Tinggi'])).toEqual(['E2 galat', 'E3 galat']);
    // Another set, most agreeing (Cukup, Sangat Baik): the one off (95 "Cukup") is wrong.
    expect(kin02(['Cukup', 'Cukup', 'Sangat Baik'])).toEqual(['E3 galat']);
    // Another set, most off the bands: one peringatan at its first label.
    expect(kin02(['Baik', 'Baik', 'Sangat Baik'])).toEqual(['E2 peringatan']);
  });
});

describe('oracle: efisiensi', () => {
  // Capaian kinerja 100 and 90; anggaran 80 and 90. Selisih method: 20 and 0. Row 3 prints 10 —
  // neither 90 − 90 = 0 nor 90/90 × 100 = 100 nor (kinerja under 100) the sisa method: EFI-01 at F3.
  const t = table(
    'efisiensi',
    [
      {
        tag: 'header',
        cells: [
          'Indikator',
          'Capaian Kinerja (%)',
          'Pagu',
          'Realisasi',
          'Capaian Anggaran (%)',
          'Efisiensi (%)',
        ],
      },
      { tag: 'data', cells: ['Indikator 1', '100', '1.000', '800', '80', '20'] },
      { tag: 'data', cells: ['Indikator 2', '90', '1.000', '900', '90', '10'] },
    ],
    { indikator: 'A', capaian: 'B', pagu: 'C', realisasiAnggaran: 'D', capaianAnggaran: 'E', efisiensi: 'F' },
  );

  it('reports an efficiency no method gives', () => {
    expect(expectedErrors(t).map((e) => `${e.rule} ${e.cell}`)).toEqual(['EFI-01 F3']);
  });
});

describe('oracle: skm', () => {
  // Nine NRR: 3,50 ×4 + 3,20 ×4 + 3,60 = 30,40; mean 3,3778; IKM 25 × 3,3778 = 84,44 (mutu B, baik).
  const nrr = ['3,50', '3,50', '3,50', '3,50', '3,20', '3,20', '3,20', '3,20', '3,60'];
  const survey = (ikm: string, mutu: string) =>
    table(
      'skm',
      [
        { tag: 'header', cells: ['Unsur', 'NRR'] },
        ...nrr.map((v, i): CorpusRow => ({ tag: 'data', cells: [`U${i + 1}`, v] })),
        { tag: 'ikm', cells: ['IKM', ikm] },
        { tag: 'mutu', cells: ['Mutu', mutu] },
      ],
      { unsurName: 'A', nrr: 'B' },
    );

  it('accepts 25 × the mean NRR and its band', () => {
    expect(expectedErrors(survey('84,44', 'B'))).toEqual([]);
  });

  it('accepts the 0,111 weighting of nine unsur (25 × 0,111 × 30,40 = 84,36)', () => {
    expect(expectedErrors(survey('84,36', 'B'))).toEqual([]);
  });

  it('finds a wrong IKM and a mutu outside its band', () => {
    // Row 11 is the IKM row, row 12 the mutu row.
    expect(expectedErrors(survey('81,00', 'A')).map((e) => `${e.rule} ${e.cell}`)).toEqual([
      'IKM-01 B11',
      'IKM-02 B12',
    ]);
  });
});
