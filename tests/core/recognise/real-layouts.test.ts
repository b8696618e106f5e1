import { periksaWorkbook } from '../../../src/core/engine';
import { tableRoles } from '../../../src/core/model/roles';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { describeTables } from '../../../src/core/structure';

/**
 * The layouts issue 19 found unrecognised, each in a small sheet shaped like the real table it came
 * from (tests/fixtures/real holds the real ones), with its figures worked out by hand.
 */
function sheetOf(
  name: string,
  rows: Array<Array<CellValue | undefined>>,
  merges: SheetSnapshot['merges'] = [],
): SheetSnapshot {
  return {
    name,
    rows: rows.map((r) =>
      r.length === 0 ? undefined : r.map((v) => (v === undefined ? undefined : { value: v })),
    ),
    merges,
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
  };
}

const periksa = (...sheets: SheetSnapshot[]) =>
  periksaWorkbook({ name: 'uji.xlsx', sheets }, DEFAULT_SETTINGS);
const found = (r: ReturnType<typeof periksa>, severity?: string) =>
  r.findings
    .filter((f) => severity === undefined || f.severity === severity)
    .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const rolesOf = (t: { roles: Parameters<typeof tableRoles>[0]['roles'] }) =>
  Object.fromEntries(tableRoles(t).map((r) => [String.fromCharCode(65 + r.col), r.role]));

describe('an indicator table whose sasaran is in the caption, not in a column', () => {
  const r = periksa(
    sheetOf('Sasaran 1', [
      ['Tabel 3.4'],
      ['Analisis Pencapaian Sasaran 1: Meningkatnya Kualitas Pelayanan Publik'],
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      ['1', 'Indeks Kepuasan Masyarakat', '72,29', '79,29', '100'],
      ['2', 'Persentase pengaduan yang ditindaklanjuti', '100%', '100%', '100'],
    ]),
  );

  it("is recognised, with the caption sasaran as the rows' sasaran", () => {
    expect(r.model.indicators).toHaveLength(1);
    const t = r.model.indicators[0];
    expect(t.context.caption?.text).toBe('Meningkatnya Kualitas Pelayanan Publik');
    expect(t.rows.filter((x) => x.indikator !== undefined).map((x) => x.indikator?.text)).toEqual([
      'Indeks Kepuasan Masyarakat',
      'Persentase pengaduan yang ditindaklanjuti',
    ]);
  });

  it('reports the 100 % printed where 79,29 / 72,29 = 109,68 %', () => {
    const kin01 = r.findings.filter((f) => f.rule === 'KIN-01');
    expect(kin01.map((f) => [f.cell, f.expected])).toEqual([['E4', '109,68%']]);
  });
});

describe('a two-year layout (Target 2019 | Realisasi 2019 | Capaian 2019 | Target 2020 | …)', () => {
  const r = periksa(
    sheetOf('Capaian', [
      ['Capaian Kinerja Tahun 2020'],
      [
        'No',
        'Indikator',
        'Target 2019',
        'Realisasi 2019',
        'Capaian 2019 (%)',
        'Target 2020',
        'Realisasi 2020',
        'Capaian 2020 (%)',
      ],
      ['1', 'Persentase desa tertib administrasi', '80', '72', '90', '85', '68', '85'],
      ['2', 'Jumlah kegiatan pemberdayaan yang difasilitasi', '10', '10', '100', '12', '12', '100'],
    ]),
  );

  it('checks the report year and keeps the other as last year, saying which year it took', () => {
    expect(rolesOf(r.model.indicators[0])).toMatchObject({
      C: 'targetLalu',
      D: 'realisasiLalu',
      E: 'capaianLalu',
      F: 'target',
      G: 'realisasi',
      H: 'capaian',
    });
    expect(r.model.indicators[0].context.year).toEqual({ value: 2020, source: 'judul' });
    expect(r.findings.some((f) => f.rule === 'STR-02' && f.message.includes('2020'))).toBe(true);
  });

  it('finds the 2020 error (68 / 85 = 80 %, printed 85) and not a duplicate-column warning', () => {
    expect(found(r, 'galat')).toEqual(['KIN-01 Capaian!H3']);
    expect(r.findings.filter((f) => f.severity === 'peringatan')).toEqual([]);
  });
});

describe('"PREDIKET" (as printed) is the kategori column', () => {
  const r = periksa(
    sheetOf('IKU', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'PREDIKET'],
      ['1', 'Persentase desa tertib administrasi', '80%', '76%', '95%', 'Sangat Tinggi'],
      ['2', 'Persentase layanan administrasi tepat waktu', '100%', '60%', '60%', 'Sangat Tinggi'],
    ]),
  );

  it('reads the column as kategori and judges its labels (60 % is "Rendah")', () => {
    expect(rolesOf(r.model.indicators[0]).F).toBe('kategori');
    expect(r.findings.filter((f) => f.rule === 'KIN-02').map((f) => [f.cell, f.expected])).toEqual([
      ['F3', 'Rendah'],
    ]);
  });
});

const UNSUR = [
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Penanganan Pengaduan, Saran dan Masukan',
  'Sarana dan Prasarana',
];
// NRR 3,50 ×4 + 3,20 ×4 + 3,60 = 30,40; IKM = 25 × 30,40 / 9 = 84,44.
const NRR = ['3,50', '3,50', '3,50', '3,50', '3,20', '3,20', '3,20', '3,20', '3,60'];

describe('an NRR list headed only "Nilai", with the nine standard unsur names beside it', () => {
  const r = periksa(
    sheetOf('SKM', [
      ['No', 'Uraian', 'Nilai'],
      ...UNSUR.map((u, i) => [String(i + 1), u, NRR[i]]),
      [undefined, 'Nilai IKM', '86,00'],
    ]),
  );

  it('is a survey of nine unsur', () => {
    expect(r.model.surveys).toHaveLength(1);
    expect(r.model.surveys[0].unsur).toHaveLength(9);
  });

  it('reports the IKM 86,00 where the NRR give 84,44', () => {
    const ikm = r.findings.filter((f) => f.rule === 'IKM-01');
    expect(ikm.map((f) => [f.cell, f.expected])).toEqual([['C11', '84,44']]);
  });
});

describe('a survey laid across the page with the unsur names in a row under U1…U9', () => {
  const r = periksa(
    sheetOf('SKM', [
      ['Unsur', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
      [undefined, ...UNSUR],
      ['NRR', ...NRR],
      ['IKM', '80,00'],
    ]),
  );

  it('reads the names row as names, not as answers: one IKM-01, at the wrong IKM', () => {
    expect(r.model.surveys[0].unsur).toHaveLength(9);
    expect(r.findings.filter((f) => f.rule === 'IKM-01').map((f) => [f.cell, f.expected])).toEqual([
      ['B4', '84,44'],
    ]);
  });
});

describe('an efficiency table typed by staff (Tabel 3.9 style), with a formula column-number row', () => {
  // Row 1: 100 − 900.000/1.000.000 = 100 − 90 = 10 (selisih). Row 2: 95 − 90 = 5, printed 10.
  const r = periksa(
    sheetOf('Efisiensi', [
      [
        'No',
        'Sasaran',
        'Capaian Kinerja (%)',
        'Pagu (Rp)',
        'Realisasi (Rp)',
        'Capaian Input (%)',
        'Efisiensi (%)',
      ],
      ['1', '2', '3', '4', '5', '6=5/4', '7=3-6'],
      ['1', 'Meningkatnya kualitas pelayanan publik', '100', '1.000.000', '900.000', '90', '10'],
      ['2', 'Meningkatnya tertib administrasi desa', '95', '2.000.000', '1.800.000', '90', '10'],
    ]),
  );

  it('is an efficiency table, not an indicator table, and the number row is not data', () => {
    expect(r.model.indicators).toEqual([]);
    expect(r.model.efficiencies).toHaveLength(1);
    expect(r.model.efficiencies[0].rows).toHaveLength(2);
    expect(rolesOf(r.model.efficiencies[0])).toMatchObject({
      C: 'capaian',
      F: 'capaianAnggaran',
      G: 'efisiensi',
    });
  });

  it("reports the efficiency no method gives (EFI-01, expected 5 % by the table's selisih method), and no galat", () => {
    const efi = r.findings.filter((f) => f.rule === 'EFI-01');
    expect(efi.map((f) => [f.cell, f.expected])).toEqual([['G4', '5,00%']]);
    expect(found(r, 'galat')).toEqual([]);
  });
});

describe('budget rows numbered "1.Sub Kegiatan …" with levels named by words', () => {
  const r = periksa(
    sheetOf('Realisasi', [
      ['Uraian', 'Pagu', 'Realisasi', '%'],
      ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', '3.000.000', '2.700.000', '90,00'],
      ['Kegiatan Administrasi Keuangan Perangkat Daerah', '3.000.000', '2.700.000', '90,00'],
      ['1.Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', '2.000.000', '1.800.000', '90,00'],
      ['2.Sub Kegiatan Penyediaan Administrasi Pelaksanaan Tugas ASN', '1.000.000', '900.000', '95,00'],
      ['JUMLAH', '3.000.000', '2.700.000', '90,00'],
    ]),
  );

  it('places the lines by their words and glued numbers, in one table of one kind', () => {
    expect(r.model.indicators).toEqual([]);
    expect(r.model.budgets).toHaveLength(1);
    const t = r.model.budgets[0];
    expect(t.nodes.map((n) => n.level)).toEqual(['program', 'kegiatan', 'subkegiatan', 'subkegiatan']);
    expect([t.nodes[2].marker, t.nodes[2].name]).toEqual([
      '1.',
      'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN',
    ]);
  });

  it('reports the wrong percentage on the glued row (900.000 / 1.000.000 = 90,00 %, printed 95,00)', () => {
    expect(found(r, 'galat')).toEqual(['ANG-02 Realisasi!D5']);
  });
});

describe('a budget table headed "PAGU DPA" or "Pagu 2023"', () => {
  const rows = (pagu: string, realisasi: string) => [
    ['No', 'Program/Kegiatan', pagu, realisasi, '%'],
    ['I', 'Program Penunjang Urusan Pemerintahan Daerah', '3.000.000', '2.700.000', '90,00'],
    ['1', 'Administrasi Keuangan', '2.000.000', '1.800.000', '90,00'],
    ['2', 'Administrasi Umum', '1.000.000', '900.000', '90,00'],
    [undefined, 'JUMLAH', '3.000.000', '2.800.000', '93,33'],
  ];

  it.each([
    ['PAGU DPA', 'REALISASI'],
    ['Pagu 2023', 'Realisasi 2023'],
  ])('recognises "%s" | "%s" and reports the JUMLAH realisasi 2.800.000 ≠ 2.700.000', (pagu, realisasi) => {
    const r = periksa(sheetOf('Anggaran', rows(pagu, realisasi)));
    expect(rolesOf(r.model.budgets[0])).toMatchObject({ C: 'pagu', D: 'realisasi', E: 'capaian' });
    expect(found(r, 'galat')).toEqual(['ANG-04 Anggaran!D5']);
  });

  it('never passes silently: a sheet of figures with no table it can read is a peringatan naming the sheet', () => {
    const r = periksa(
      sheetOf('Rekap', [
        ['Kolom A', 'Kolom B', 'Kolom C'],
        ['x', '3.000.000', '2.700.000'],
        ['y', '1.000.000', '900.000'],
        ['z', '2.000.000', '1.800.000'],
      ]),
    );
    const str = r.findings.filter((f) => f.rule === 'STR-03');
    expect(str.map((f) => [f.severity, f.sheet])).toEqual([['peringatan', 'Rekap']]);
  });

  it('leaves rows it could not place out of the JUMLAH check', () => {
    const r = periksa(
      sheetOf('Anggaran', [
        ['No', 'Program/Kegiatan', 'PAGU DPA', 'REALISASI', '%'],
        ['I', 'Program Penunjang Urusan Pemerintahan Daerah', '3.000.000', '2.700.000', '90,00'],
        ['1', 'Administrasi Keuangan', '3.000.000', '2.700.000', '90,00'],
        ['', 'Lain-lain', '500.000', '500.000', '100,00'],
        [undefined, 'JUMLAH', '3.500.000', '3.200.000', '91,43'],
      ]),
    );
    expect(r.model.budgets[0].unplaced.map((u) => u.row)).toEqual([3]);
    expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
    expect(found(r, 'peringatan')).toContain('STR-03 Anggaran!A1');
  });
});

describe('"Periksa struktur" gives each column\'s role with its evidence', () => {
  it('names the header, the figures and the sums behind the pagu of a budget table', () => {
    const r = periksa(
      sheetOf('Anggaran', [
        ['No', 'Program/Kegiatan', 'Alokasi', 'Realisasi', '%'],
        ['I', 'Program Penunjang Urusan Pemerintahan Daerah', '3.000.000', '2.700.000', '90,00'],
        ['1', 'Administrasi Keuangan', '2.000.000', '1.800.000', '90,00'],
        ['2', 'Administrasi Umum', '1.000.000', '900.000', '90,00'],
        [undefined, 'JUMLAH', '3.000.000', '2.700.000', '90,00'],
      ]),
    );
    const [table] = describeTables(r.model);
    const pagu = table.columns.find((c) => c.column === 'C');
    expect(pagu?.role).toBe('pagu');
    expect(pagu?.evidence.join('; ')).toMatch(/judul "Alokasi"/);
    expect(pagu?.evidence.join('; ')).toMatch(/induk = jumlah rinciannya di 1 dari 1 baris induk/);
  });
});

describe('layouts an independent review found misread (issue 19)', () => {
  it('reads an indicator table and a budget table side by side, an empty column between them, as two tables', () => {
    const r = periksa(
      sheetOf('Ringkas', [
        [
          'No',
          'Indikator Kinerja',
          'Target',
          'Realisasi',
          'Capaian (%)',
          undefined,
          'No',
          'Program',
          'Pagu',
          'Realisasi',
          '%',
        ],
        [
          '1',
          'Persentase desa tertib administrasi',
          '80',
          '72',
          '90',
          undefined,
          'I',
          'Program Penunjang Urusan Pemerintahan',
          '3.000.000',
          '2.700.000',
          '90,00',
        ],
        [
          '2',
          'Nilai SKM Kecamatan',
          '82',
          '81',
          '98,78',
          undefined,
          'II',
          'Program Pemberdayaan Masyarakat Desa',
          '1.000.000',
          '950.000',
          '90,00',
        ],
      ]),
    );
    expect(r.model.indicators.map((t) => t.range)).toEqual([{ top: 0, left: 0, bottom: 2, right: 4 }]);
    expect(r.model.budgets.map((t) => t.range)).toEqual([{ top: 0, left: 6, bottom: 2, right: 10 }]);
    // 950.000 / 1.000.000 = 95,00 %, printed 90,00.
    expect(found(r, 'galat')).toEqual(['ANG-02 Ringkas!K3']);
  });

  it("checks the report year of a two-year budget (Pagu 2022 | … | Pagu 2023 | …), not last year's percentage", () => {
    const r = periksa(
      sheetOf('Anggaran', [
        ['Realisasi Anggaran Tahun 2023'],
        ['No', 'Program', 'Pagu 2022', 'Realisasi 2022', '% 2022', 'Pagu 2023', 'Realisasi 2023', '% 2023'],
        [
          'I',
          'Program Penunjang Urusan Pemerintahan',
          '2.000.000',
          '1.500.000',
          '75,00',
          '3.000.000',
          '2.700.000',
          '90,00',
        ],
        [
          'II',
          'Program Pemberdayaan Masyarakat Desa',
          '800.000',
          '800.000',
          '100,00',
          '1.000.000',
          '950.000',
          '90,00',
        ],
      ]),
    );
    expect(rolesOf(r.model.budgets[0])).toMatchObject({ F: 'pagu', G: 'realisasi', H: 'capaian' });
    expect(found(r, 'galat')).toEqual(['ANG-02 Anggaran!H4']);
  });

  it('reads a table in "Rp juta" as amounts in that unit, not as pasted Rupiah to be multiplied', () => {
    // 625,125 + 624,875 = 1.250 (juta): the program is right.
    const r = periksa(
      sheetOf('Anggaran', [
        ['No', 'Program/Kegiatan', 'Pagu (Rp juta)', 'Realisasi (Rp juta)', '%'],
        ['I', 'Program Penunjang Urusan Pemerintahan', 1250, 1125.5, 90.04],
        ['1', 'Administrasi Keuangan', 625.125, 562.75, 90.02],
        ['2', 'Administrasi Umum', 624.875, 562.75, 90.06],
      ]),
    );
    expect(r.model.budgets[0].nodes[1].pagu?.rupiahPerUnit).toBe(1_000_000);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('keeps subtotal rows ("Jumlah Program …") out of the tree and the sums', () => {
    const r = periksa(
      sheetOf('Anggaran', [
        ['No', 'Program/Kegiatan', 'Pagu', 'Realisasi', '%'],
        ['I', 'Program Penunjang Urusan Pemerintahan', '3.000.000', '2.700.000', '90,00'],
        ['1', 'Administrasi Keuangan', '3.000.000', '2.700.000', '90,00'],
        [undefined, 'Jumlah Program I', '3.000.000', '2.700.000', '90,00'],
        ['II', 'Program Pemberdayaan Masyarakat Desa', '1.000.000', '900.000', '90,00'],
        ['1', 'Koordinasi Pemberdayaan Desa', '1.000.000', '900.000', '90,00'],
        [undefined, 'JUMLAH', '4.000.000', '3.600.000', '90,00'],
      ]),
    );
    expect(r.model.budgets[0].nodes.map((n) => n.name)).not.toContain('Jumlah Program I');
    expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  });

  it('reads an unnumbered list (Kegiatan | Anggaran | Realisasi | %) as lines of one level, each checked', () => {
    const r = periksa(
      sheetOf('Anggaran', [
        ['Kegiatan', 'Anggaran', 'Realisasi', '%'],
        ['Administrasi Keuangan Perangkat Daerah', '2.000.000', '2.100.000', '105,00'],
        ['Administrasi Umum Perangkat Daerah', '1.000.000', '900.000', '95,00'],
        ['JUMLAH', '3.000.000', '3.000.000', '100,00'],
      ]),
    );
    expect(r.model.budgets[0].nodes.map((n) => n.level)).toEqual(['kegiatan', 'kegiatan']);
    // Row 2 spends 2.100.000 of 2.000.000; row 3's 900.000 / 1.000.000 is 90 %, printed 95.
    expect(found(r, 'galat')).toEqual(['ANG-03 Anggaran!C2', 'ANG-02 Anggaran!D3']);
  });

  it('checks a row it could not place on its own figures, though it enters no sum', () => {
    const r = periksa(
      sheetOf('Anggaran', [
        ['No', 'Program/Kegiatan', 'Pagu', 'Realisasi', '%'],
        ['I', 'Program Penunjang Urusan Pemerintahan', '3.000.000', '2.700.000', '90,00'],
        ['1', 'Administrasi Keuangan', '3.000.000', '2.700.000', '90,00'],
        ['', 'Lain-lain', '500.000', '400.000', '90,00'],
      ]),
    );
    expect(r.model.budgets[0].unplaced).toHaveLength(1);
    // 400.000 / 500.000 = 80 %, printed 90.
    expect(found(r, 'galat')).toEqual(['ANG-02 Anggaran!E4']);
  });
});
