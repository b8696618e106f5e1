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

describe('layouts of a second held-out set (issue 19)', () => {
  it('reads a SIPD export: the unit row first as the total, urusan rows as subtotals, a mistyped kegiatan code', () => {
    // Programs 2.16.01 = 300 and 2.16.02 = 200 add up to the unit's 500; the urusan 2.16 row repeats it.
    // "2.16.01.1.02.01" stands where kegiatan 2.16.01.1.02 belongs: its sub kegiatan 100 + 50 follow.
    const r = periksa(
      sheetOf('SIPD', [
        [
          'Kode Rekening',
          'Program/Kegiatan/Sub Kegiatan',
          'Anggaran Belanja',
          'Realisasi Anggaran (Rp.)',
          '%',
        ],
        [undefined, 'DINAS KOMUNIKASI DAN INFORMATIKA', '500.000,00', '450.000,00', '90.00'],
        [
          '2.16',
          'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA',
          '500.000,00',
          '450.000,00',
          '90.00',
        ],
        [
          '2.16.01',
          'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI',
          '300.000,00',
          '270.000,00',
          '90.00',
        ],
        [
          '2.16.01.1.01',
          'Perencanaan, Penganggaran, dan Evaluasi Kinerja',
          '150.000,00',
          '135.000,00',
          '90.00',
        ],
        [
          '2.16.01.1.01.01',
          'Penyusunan Dokumen Perencanaan Perangkat Daerah',
          '150.000,00',
          '135.000,00',
          '90.00',
        ],
        ['2.16.01.1.02.01', 'Administrasi Keuangan Perangkat Daerah', '150.000,00', '135.000,00', '90.00'],
        ['2.16.01.1.02.01', 'Penyediaan Gaji dan Tunjangan ASN', '100.000,00', '90.000,00', '90.00'],
        [
          '2.16.01.1.02.02',
          'Penyediaan Administrasi Pelaksanaan Tugas ASN',
          '50.000,00',
          '45.000,00',
          '90.00',
        ],
        [
          '2.16.02',
          'PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK',
          '200.000,00',
          '180.000,00',
          '90.00',
        ],
        ['2.16.02.1.01', 'Pengelolaan Informasi dan Komunikasi Publik', '200.000,00', '180.000,00', '90.00'],
        ['2.16.02.1.01.01', 'Monitoring Opini dan Aspirasi Publik', '200.000,00', '180.000,00', '90.00'],
      ]),
    );
    const t = r.model.budgets[0];
    expect(t.total?.pagu?.value.toNumber()).toBe(500_000);
    expect(t.nodes.find((n) => n.name.startsWith('Administrasi Keuangan'))?.level).toBe('kegiatan');
    expect(t.nodes.map((n) => n.name)).not.toContain('URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA');
    expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  });

  it("reads kegiatan numbered under their program's numeral (II.1) and the sub kegiatan numbered on below them", () => {
    const r = periksa(
      sheetOf('Anggaran', [
        ['NO', 'PROGRAM/KEGIATAN/ SUB KEGIATAN', 'ANGGARAN', 'REALISASI', 'CAPAIAN'],
        ['II', 'PROGRAM PENGARUSUTAMAAN GENDER', '300.000', '270.000', '90%'],
        ['II.1', 'Pelembagaan Pengarusutamaan Gender', '300.000', '270.000', '90%'],
        ['18', 'Penyusunan Kebijakan', '200.000', '180.000', '90%'],
        ['19', 'Advokasi Kebijakan', '100.000', '90.000', '90%'],
      ]),
    );
    expect(r.model.budgets[0].nodes.map((n) => n.level)).toEqual([
      'program',
      'kegiatan',
      'subkegiatan',
      'subkegiatan',
    ]);
  });

  it('reads "Honorarium …" among "Belanja …" lines as one more rekening', () => {
    const r = periksa(
      sheetOf('RFK', [
        ['KODE REKENING', 'PROGRAM/KEGIATAN', 'PAGU/ ALOKASI DANA', 'REALISASI', '%'],
        [
          '2.20.02.1.01.01',
          'Koordinasi dan Sinkronisasi Pengumpulan Data Statistik',
          '30.000',
          '27.000',
          '90,00',
        ],
        [undefined, 'Belanja Alat/Bahan untuk Kegiatan Kantor', '10.000', '9.000', '90,00'],
        [undefined, 'Honorarium Narasumber atau Pembahas', '20.000', '18.000', '90,00'],
      ]),
    );
    expect(r.model.budgets[0].nodes.map((n) => n.level)).toEqual(['subkegiatan', 'rekening', 'rekening']);
    expect(r.model.budgets[0].unplaced).toEqual([]);
  });

  it('reads "Sasaran Strategis 2 : …" across a table without a name column as the sasaran of the rows under it', () => {
    const r = periksa(
      sheetOf('IKU', [
        ['No.', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian Kinerja (%)'],
        ['Sasaran Strategis 1 : Meningkatnya kerukunan'],
        ['1', 'Indeks kerukunan umat beragama', 'Poin', '80', '76', '95,00'],
        ['Sasaran Strategis 2 : Meningkatnya ketahanan pangan'],
        ['1', 'Skor Pola Pangan Harapan', 'Skor', '90', '81', '95,00'],
      ]),
    );
    const rows = r.model.indicators[0].rows;
    expect(rows.map((x) => [x.name.text, x.indikator?.text])).toEqual([
      ['Meningkatnya kerukunan', 'Indeks kerukunan umat beragama'],
      ['Meningkatnya ketahanan pangan', 'Skor Pola Pangan Harapan'],
    ]);
    // 81 / 90 = 90 %, printed 95.
    expect(found(r, 'galat')).toEqual(['KIN-01 IKU!F5']);
  });

  it('takes an estimate ("Perkiraan Realisasi … s/d 2021") for no realisasi, and "s/d" figures for history', () => {
    const r = periksa(
      sheetOf('Renja', [
        [
          'Kode',
          'Program/ Kegiatan',
          'Indikator Kinerja Program',
          'Realisasi Kinerja s/d tahun 2019',
          'Target Renja Tahun 2020',
          'Realisasi Renja Tahun 2020',
          'Tingkat Realisasi (%)',
          'Perkiraan Realisasi s/d tahun 2021',
        ],
        [
          '1.05.01',
          'Program Peningkatan Keamanan',
          'Persentase penegakan Perda',
          '10',
          '12',
          '6',
          '50',
          '20',
        ],
      ]),
    );
    expect(rolesOf(r.model.indicators[0])).toMatchObject({
      D: 'history',
      E: 'target',
      F: 'realisasi',
      G: 'capaian',
    });
    expect(rolesOf(r.model.indicators[0]).H).toBeUndefined();
  });

  it('checks the budget a total row of an efficiency table states against its rows (ANG-04)', () => {
    const r = periksa(
      sheetOf('Efisiensi', [
        [
          'Sasaran',
          'Indikator Kinerja',
          'Target',
          'Realisasi',
          '%',
          'Pagu',
          'Realisasi (Rp)',
          '% Anggaran',
          'Tingkat Efisiensi (%)',
        ],
        [
          'Meningkatnya kapasitas',
          'Indeks Ketahanan Daerah',
          '0,30',
          '0,32',
          '106,67',
          '600.000',
          '570.000',
          '95,00',
          '5,00',
        ],
        [
          'Meningkatnya akuntabilitas',
          'Nilai SAKIP',
          '60',
          '60',
          '100,00',
          '400.000',
          '380.000',
          '95,00',
          '5,00',
        ],
        [
          'Rata-rata / Total',
          undefined,
          undefined,
          undefined,
          '103,34',
          '1.100.000',
          '950.000',
          '86,36',
          '5,00',
        ],
      ]),
    );
    // 600.000 + 400.000 = 1.000.000, stated 1.100.000.
    expect(r.findings.filter((f) => f.rule === 'ANG-04').map((f) => [f.cell, f.expected])).toEqual([
      ['F4', '1.000.000'],
    ]);
  });
});

describe('layouts of a third held-out set (5 December)', () => {
  it('reads "% Realisasi" beside the year\'s Realisasi as the capaian, and "Capaian … terhadap Target Akhir Renstra" as progress (Dinkes Jawa Barat 2016)', () => {
    const r = periksa(
      sheetOf(
        'Pengukuran',
        [
          ['PENGUKURAN KINERJA TAHUN 2016'],
          ['NO', 'SASARAN STRATEGIS', 'INDIKATOR', 'TAHUN 2016', undefined, undefined, 'TARGET AKHIR RENSTRA', 'CAPAIAN TAHUN 2016 TERHADAP TARGET AKHIR RENSTRA (%)'],
          [undefined, undefined, undefined, 'TARGET', 'REALISASI', '% REALISASI'],
          // 94,9 / 66,7 = 142,28 %; 94,9 / 81 = 117,16 %.
          ['1', 'Meningkatnya kemandirian masyarakat', 'Persentase Desa Siaga Aktif', '66,7%', '94,9%', '142,28', '81%', '117,16%'],
          // A target printed without its % beside a realisasi with one: 64,29 / 52,63 = 122,15 %.
          ['2', 'Meningkatnya mutu SDM kesehatan', 'Persentase RSUD terisi dokter spesialis', '52,63', '64,29%', '122,15', '60%', '107,15%'],
          // 95,46 / 86 = 111,00 %, printed 108,48 (the progress figure, 95,46 / 88, copied over).
          ['3', 'Meningkatnya pelayanan', 'Cakupan Persalinan oleh Tenaga Kesehatan', '86%', '95,46%', '108,48', '88%', '108,48%'],
        ],
        [{ top: 1, left: 3, bottom: 1, right: 5 }],
      ),
    );
    expect(rolesOf(r.model.indicators[0])).toMatchObject({ D: 'target', E: 'realisasi', F: 'capaian', G: 'targetAkhir', H: 'kemajuan' });
    expect(found(r, 'galat')).toEqual(['KIN-01 Pengukuran!F6']);
  });

  it('reads "T a r g e t th 2016" and "Capkin 2016 (%)", and takes the kategori of the report year only (Dispenda Jawa Barat 2016)', () => {
    const r = periksa(
      sheetOf(
        'Sasaran',
        [
          ['Capaian Kinerja Sasaran Tahun 2016'],
          ['No', 'Indikator Sasaran', 'Satuan', 'Tahun 2015', undefined, undefined, undefined, 'Tahun 2016'],
          [undefined, undefined, undefined, 'Target (%)', 'Realisasi (%)', 'Capkin 2015 (%)', 'Kriteria', 'T a r g e t th 2016', 'Realisasi (%)', 'Capkin 2016 (%)', 'Kriteria'],
          // 8,75 / 10 = 87,50; 15,36 / 10 = 153,60.
          ['1', 'Kenaikan Pendapatan Daerah', '%', '10', '8,75', '87,50', 'B', '10', '15,36', '153,60', 'SB'],
          // 86,54 / 83 = 104,27; 84,80 / 84 = 100,95, printed 100,59.
          ['2', 'Proporsi PAD terhadap pendapatan daerah', '%', '83', '86,54', '104,27', 'SB', '84', '84,80', '100,59', 'SB'],
        ],
        [
          { top: 1, left: 3, bottom: 1, right: 6 },
          { top: 1, left: 7, bottom: 1, right: 10 },
        ],
      ),
    );
    expect(rolesOf(r.model.indicators[0])).toMatchObject({
      D: 'targetLalu',
      E: 'realisasiLalu',
      F: 'capaianLalu',
      G: 'history',
      H: 'target',
      I: 'realisasi',
      J: 'capaian',
      K: 'kategori',
    });
    expect(found(r, 'galat')).toEqual(['KIN-01 Sasaran!J5']);
  });

  it('takes the changed budget ("Anggaran Perubahan") as the pagu beside "Anggaran Murni", and "Anggaran Murni" alone as the pagu (Dispenda Jawa Barat 2016)', () => {
    const both = periksa(
      sheetOf('Anggaran', [
        ['Realisasi Anggaran Tahun 2016'],
        ['No', 'Program/Kegiatan', 'Anggaran Murni', 'Anggaran Perubahan', 'Realisasi', '%'],
        // 428.872.840 / 546.343.572 = 78,50 % (of the changed budget; 66,83 % of the first one).
        ['1', 'Program Perencanaan Pengendalian dan Pengawasan Pembangunan Daerah', '641.773.572', '546.343.572', '428.872.840', '78,50'],
        ['2', 'Program Pengembangan Komunikasi dan Informasi', '1.141.250.000', '979.947.500', '963.567.200', '98,33'],
      ]),
    );
    expect(rolesOf(both.model.budgets[0])).toMatchObject({ D: 'pagu', E: 'realisasi', F: 'capaian' });
    expect(found(both, 'galat')).toEqual([]);
    const murni = periksa(
      sheetOf('Anggaran', [
        ['Realisasi Anggaran Tahun 2016'],
        ['No', 'Program/Kegiatan', 'Anggaran Murni', 'Realisasi', '%'],
        // 963.567.200 / 979.947.500 = 98,33 %.
        ['1', 'Program Pengembangan Komunikasi dan Informasi', '979.947.500', '963.567.200', '98,33'],
        ['2', 'Program Pelayanan Administrasi Perkantoran', '100.000.000', '90.000.000', '90,00'],
      ]),
    );
    expect(rolesOf(murni.model.budgets[0])).toMatchObject({ C: 'pagu', D: 'realisasi', E: 'capaian' });
  });

  it('joins a code written in parts under one "Kode Rekening" heading and levels the lines by it, no part taken for numbering (Dispenda Jawa Barat 2016)', () => {
    const r = periksa(
      sheetOf(
        'Anggaran',
        [
          ['3.5 Realisasi Anggaran'],
          ['Kode Rekening', undefined, undefined, undefined, undefined, 'Program/Kegiatan', 'Anggaran', 'Realisasi', '%'],
          ['1', '20', '05', '29', undefined, 'Program Perencanaan Pembangunan Daerah', '1.000.000', '900.000', '90,00'],
          ['1', '20', '05', '29', '01', 'Penyusunan Program dan Kegiatan', '1.000.000', '900.000', '90,00'],
          // 500.000 + 1.400.000 = 1.900.000, stated 2.000.000.
          ['1', '20', '05', '53', undefined, 'Program Pengembangan Komunikasi dan Informasi', '2.000.000', '1.800.000', '90,00'],
          ['1', '20', '05', '53', '01', 'Pengelolaan Website', '500.000', '450.000', '90,00'],
          // 1.350.000 / 1.400.000 = 96,43 %.
          ['1', '20', '05', '53', '06', 'Optimalisasi Perangkat IT', '1.400.000', '1.350.000', '96,43'],
        ],
        [{ top: 1, left: 0, bottom: 1, right: 4 }],
      ),
    );
    const table = r.model.budgets[0];
    expect(table.nodes.map((n) => [n.code, n.level])).toEqual([
      ['1.20.05.29', 'program'],
      ['1.20.05.29.01', 'kegiatan'],
      ['1.20.05.53', 'program'],
      ['1.20.05.53.01', 'kegiatan'],
      ['1.20.05.53.06', 'kegiatan'],
    ]);
    expect(found(r, 'galat')).toEqual(['ANG-01 Anggaran!G5']);
    expect(found(r, 'peringatan')).toEqual([]);
  });

  it('reads a line that does not say "Kegiatan" among lines that all do as one more kegiatan (Biro Administrasi Pembangunan Jawa Barat 2016)', () => {
    const r = periksa(
      sheetOf('Anggaran', [
        ['Tabel III.4 Realisasi Keuangan berdasarkan Sasaran Strategis'],
        ['No.', 'Sasaran', 'Program/ Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
        // 331.985.000 / 350.000.000 = 94,85 %; 163.761.000 / 189.575.000 = 86,38 %.
        ['1.', 'Adanya kesesuaian rencana dengan realisasi anggaran', 'Kegiatan Evaluasi Kegiatan APBD', '350.000.000', '331.985.000', '94,85%'],
        [undefined, undefined, 'Kegiatan Asistensi RKA/DPA SKPD', '189.575.000', '163.761.000', '86,38%'],
        // 1.403.419.201 / 1.453.000.000 = 96,59 %.
        ['2.', 'Ketersediaan draft Kebijakan Gubernur', 'Kegiatan Pelayanan Administrasi Perkantoran', '1.453.000.000', '1.403.419.201', '96,59%'],
        // 59.882.900 / 60.000.000 = 99,80 %, printed 99,90.
        [undefined, undefined, 'Perencanaan, Evaluasi dan Pelaporan Internal Biro', '60.000.000', '59.882.900', '99,90%'],
        // 2.052.575.000 and 1.959.048.101: the sums of the four lines; 95,44 %.
        ['Jumlah', undefined, undefined, '2.052.575.000', '1.959.048.101', '95,44%'],
      ]),
    );
    expect(r.model.budgets[0].nodes.map((n) => n.level)).toEqual(['kegiatan', 'kegiatan', 'kegiatan', 'kegiatan']);
    expect(found(r, 'galat')).toEqual(['ANG-02 Anggaran!F6']);
    expect(found(r, 'peringatan')).toEqual([]);
  });

  it('joins code parts written only where they change, reads a JUMLAH in the code columns as the total, and leaves one-length codes to the other rules (review)', () => {
    const header = ['Kode Rekening', undefined, undefined, undefined, undefined, 'Program/Kegiatan', 'Anggaran', 'Realisasi', '%'];
    const merge = [{ top: 1, left: 0, bottom: 1, right: 4 }];
    const r = periksa(
      sheetOf(
        'Anggaran',
        [
          ['Realisasi Anggaran'],
          header,
          ['1', '20', '05', '29', undefined, 'Program Perencanaan Pembangunan Daerah', '1.000.000', '900.000', '90,00'],
          [undefined, undefined, undefined, undefined, '01', 'Penyusunan Program dan Kegiatan', '1.000.000', '900.000', '90,00'],
          ['1', '20', '05', '53', undefined, 'Program Pengembangan Komunikasi', '2.000.000', '1.800.000', '90,00'],
          [undefined, undefined, undefined, undefined, '01', 'Pengelolaan Website', '2.000.000', '1.800.000', '90,00'],
          // 1.000.000 + 2.000.000 and 900.000 + 1.800.000.
          ['JUMLAH', undefined, undefined, undefined, undefined, undefined, '3.000.000', '2.700.000', '90,00'],
        ],
        merge,
      ),
    );
    expect(r.model.budgets[0].nodes.map((n) => [n.code, n.level])).toEqual([
      ['1.20.05.29', 'program'],
      ['1.20.05.29.01', 'kegiatan'],
      ['1.20.05.53', 'program'],
      ['1.20.05.53.01', 'kegiatan'],
    ]);
    expect(r.model.budgets[0].total?.pagu?.value.toNumber()).toBe(3_000_000);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // Every line a kegiatan (five parts each): the parts tell no levels apart, and no part is joined.
    const kegiatan = periksa(
      sheetOf(
        'Anggaran',
        [
          ['Realisasi Anggaran'],
          header,
          ['1', '20', '05', '29', '01', 'Penyusunan Program dan Kegiatan', '1.000.000', '900.000', '90,00'],
          ['1', '20', '05', '53', '02', 'Pengelolaan Website', '2.000.000', '1.800.000', '90,00'],
        ],
        merge,
      ),
    );
    expect(kegiatan.model.budgets[0].nodes.every((n) => !(n.code ?? '').includes('.'))).toBe(true);
  });

  it('leaves unnumbered lines under two programs unplaced when they do not add up, rather than reading them as more programs (review)', () => {
    const r = periksa(
      sheetOf('Anggaran', [
        ['Realisasi Anggaran'],
        ['Uraian', 'Anggaran', 'Realisasi', '%'],
        ['Program Pelayanan Administrasi Perkantoran', '100.000.000', '90.000.000', '90,00'],
        // 40.000.000 + 50.000.000 = 90.000.000: not the program's 100.000.000.
        ['Penyediaan jasa surat menyurat', '40.000.000', '36.000.000', '90,00'],
        ['Penyediaan alat tulis kantor', '50.000.000', '45.000.000', '90,00'],
        ['Program Peningkatan Sarana Aparatur', '200.000.000', '180.000.000', '90,00'],
        ['Pengadaan kendaraan dinas', '120.000.000', '108.000.000', '90,00'],
        ['Pemeliharaan gedung kantor', '70.000.000', '63.000.000', '90,00'],
      ]),
    );
    expect(r.model.budgets[0].nodes.map((n) => n.level)).toEqual(['program', 'program']);
    expect(r.findings.filter((f) => f.rule === 'STR-01').length).toBe(4);
  });

  it('keeps a target of one document beside a realisasi of 100 % as 1, and reads "Capaian terhadap Target Akhir Tahun" as the capaian (review)', () => {
    const r = periksa(
      sheetOf('Kinerja', [
        ['Capaian Kinerja Tahun 2023'],
        ['N O', 'Indikator', 'Target', 'Realisasi', 'Capaian terhadap Target Akhir Tahun (%)'],
        ['1', 'Dokumen perencanaan yang tersusun', '1', '100%', '100'],
        // 95 / 90 = 105,56 %.
        ['2', 'Persentase desa tertib administrasi', '90%', '95%', '105,56'],
      ]),
    );
    expect(rolesOf(r.model.indicators[0])).toMatchObject({ A: 'numbering', C: 'target', D: 'realisasi', E: 'capaian' });
    expect(r.findings.filter((f) => f.severity === 'galat')).toEqual([]);
  });

  it('numbers by a "No Misi" column and takes an average over every row with a capaian as consistent (Disbun Jawa Barat 2016)', () => {
    const r = periksa(
      sheetOf('Pengukuran', [
        ['Tabel 3.1. Pengukuran Kinerja 2016'],
        ['No Misi', 'Sasaran', 'Indikator Kinerja', 'Realisasi Tahun 2016', 'Target Tahun 2016', 'Capaian (%)'],
        // 2,23 / 2,30 = 96,96; 2,25 / 2,30 = 97,83; 13,22 / 13 = 101,69.
        ['1.', 'Meningkatnya Produksi Perkebunan', 'Persentase peningkatan produksi', '2,23', '2,30', '96,96'],
        [undefined, undefined, 'Persentase peningkatan produktivitas', '2,25', '2,30', '97,83'],
        ['2.', 'Terkendalinya Lahan Perkebunan', 'Persentase luas lahan perkebunan', '13,22', '13,00', '101,69'],
        // (96,96 + 97,83 + 101,69) / 3 = 98,83: the mean of all three rows, not of the two without children.
        [undefined, 'Rata-rata', undefined, undefined, undefined, '98,83'],
      ]),
    );
    expect(rolesOf(r.model.indicators[0])).toMatchObject({ A: 'numbering', D: 'realisasi', E: 'target', F: 'capaian' });
    expect(found(r, 'galat')).toEqual([]);
  });
});
