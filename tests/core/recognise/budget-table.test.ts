import { loadXlsx } from '../../../src/xlsx/read-workbook';
import { budgetCodeLevel, levelWord, markerKind } from '../../../src/core/recognise/budget-numbering';
import { budgetTablesOf as recogniseBudgetTables } from './recognise-sheet';
import type { BudgetTable } from '../../../src/core/model/budget';
import { toRoman } from '../../../src/core/roman';
import type { StatedNumber } from '../../../src/core/model/source';
import type { Temuan } from '../../../src/core/temuan';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import {
  seedBudgetSipd,
  seedSipdRows,
  seedTabel27Pasted,
  seedTabel310Pasted,
  seedTabel38Converted,
  seedTabel38Pasted,
  tableAtG12,
} from '../../fixtures/budget-workbooks';
import {
  SEED_TABEL38_COUNTS,
  SEED_TABEL38_TOTAL,
  SEED_TABEL38_TREE,
  type ExpectedNode,
} from './seed-tabel38.expected';

interface FlatNode {
  level: ExpectedNode['level'];
  marker: string;
  name: string;
  pagu: string;
  realisasi: string;
  capaian: string;
  parent?: string;
}

/** The expected tree in row order, each node with its parent's name (from the nesting as typed). */
function flatten(tree: ExpectedNode[], parent?: string): FlatNode[] {
  return tree.flatMap(({ children, ...node }) => [{ ...node, parent }, ...flatten(children, node.name)]);
}

const text = (n: StatedNumber | undefined): string | undefined => n?.value.toFixed();

/** The recognised nodes in the same shape as FlatNode. */
function actualNodes(table: BudgetTable, withMarker = true): FlatNode[] {
  return table.nodes.map((n) => ({
    level: n.level,
    marker: withMarker ? (n.marker ?? '') : '',
    name: n.name,
    pagu: text(n.pagu) ?? '',
    realisasi: text(n.realisasi) ?? '',
    capaian: text(n.capaian) ?? '',
    parent: n.parent === undefined ? undefined : table.nodes[n.parent].name,
  }));
}

function countLevels(table: BudgetTable): Record<string, number> {
  const counts: Record<string, number> = { program: 0, kegiatan: 0, subkegiatan: 0, rekening: 0 };
  for (const n of table.nodes) counts[n.level]++;
  return counts;
}

async function recognise(build: () => Promise<Buffer>): Promise<{ tables: BudgetTable[]; notes: Temuan[] }> {
  const { snapshot } = await loadXlsx(await build());
  return recogniseBudgetTables(snapshot.sheets[0]);
}

/**
 * Cells an id-ID Excel converts on paste to a different amount than the text says (worked out by
 * hand from idExcelPaste's rules): a single comma group becomes a decimal fraction.
 */
const CONVERTED_AMOUNTS: Record<string, { pagu?: string; realisasi?: string }> = {
  'Penyusunan Dokumen Perencanaan Perangkat Daerah/Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak': {
    pagu: '36.8',
    realisasi: '36',
  },
  'Penyediaan Gaji dan Tunjangan ASN/Belanja Tunjangan PPh/Tunjangan Khusus PNS': { realisasi: '85.13' },
  'Penyediaan Gaji dan Tunjangan ASN/Belanja Pembulatan Gaji PNS': { pagu: '14.185', realisasi: '13.104' },
  'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan/Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover':
    { pagu: '94' },
  'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan/Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer':
    { pagu: '501' },
  'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan/Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan':
    { pagu: '50' },
  'Fasilitasi Pelaksanaan Pemilihan Kepala Desa/Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor': {
    pagu: '44.1',
    realisasi: '44',
  },
  'Fasilitasi Pelaksanaan Pemilihan Kepala Desa/Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover': {
    pagu: '95.6',
    realisasi: '95',
  },
  'Fasilitasi Pelaksanaan Pemilihan Kepala Desa/Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer': {
    pagu: '494.7',
    realisasi: '494',
  },
};

describe('recogniseBudgetTables: the seed Tabel 3.8 pasted as text', () => {
  let tables: BudgetTable[];
  let notes: Temuan[];
  let table: BudgetTable;
  beforeAll(async () => {
    ({ tables, notes } = await recognise(seedTabel38Pasted));
    table = tables[0];
  });

  it('finds one table starting at its header B8, under its title', () => {
    expect(tables).toHaveLength(1);
    expect(table.range.top).toBe(7);
    expect(table.range.left).toBe(1);
    expect(table.headerRange).toEqual({ top: 7, left: 1, bottom: 8, right: 5 });
    expect(table.title).toBe('Tabel 3.8 Capaian Anggaran Program dan Kegiatan');
    expect(table.style).toBe('lkjip');
    expect(table.columns).toEqual({ marker: 1, name: 2, pagu: 3, realisasi: 4, capaian: 5 });
  });

  it('counts 5 program, 13 kegiatan, 27 sub kegiatan and 82 rekening', () => {
    expect(countLevels(table)).toEqual(SEED_TABEL38_COUNTS);
  });

  it('reads every line, its pagu, realisasi and capaian and its parent as worked out by hand', () => {
    expect(actualNodes(table)).toEqual(flatten(SEED_TABEL38_TREE));
  });

  it('links parents and children both ways and lists the programs as roots', () => {
    for (const n of table.nodes) {
      if (n.parent === undefined) expect(table.roots).toContain(n.index);
      else expect(table.nodes[n.parent].children).toContain(n.index);
    }
    expect(table.roots.map((i) => table.nodes[i].marker)).toEqual(['II', 'IV', 'V', 'VI', 'VIII']);
  });

  it('reads the JUMLAH row as the total', () => {
    expect(table.total?.label.text).toBe('JUMLAH');
    expect(text(table.total?.pagu)).toBe(SEED_TABEL38_TOTAL.pagu);
    expect(text(table.total?.realisasi)).toBe(SEED_TABEL38_TOTAL.realisasi);
    expect(text(table.total?.capaian)).toBe(SEED_TABEL38_TOTAL.capaian);
    expect(table.range.bottom).toBe(table.total?.row);
  });

  it("joins continuation rows to their line and keeps the first row as the line's row", () => {
    const pns = table.nodes.find((n) => n.name === 'Belanja Tunjangan Fungsional Umum PNS');
    expect(pns).toBeDefined();
    expect(pns!.lastRow).toBe(pns!.row + 2);
    expect(pns!.nameRef.ref).toEqual({ sheet: 'Bab III', row: pns!.row, col: 2 });
    expect(pns!.nameRef.text).toBe(pns!.name);
  });

  it('keeps the duplicated 4) with its own marker cell, and skips the lone "-" row with a note', () => {
    const umum = table.nodes.find((n) => n.name === 'Administrasi Umum Perangkat Daerah')!;
    const markers = umum.children.map((i) => table.nodes[i].marker);
    expect(markers).toEqual(['1)', '2)', '3)', '4)', '4)', '5)']);
    const [first, second] = umum.children
      .filter((i) => table.nodes[i].marker === '4)')
      .map((i) => table.nodes[i]);
    expect(second.markerRef?.row).toBeGreaterThan(first.markerRef!.row);
    const lone = notes.filter((n) => n.rule === 'STR-01' && n.severity === 'info');
    expect(lone).toHaveLength(1);
    expect(lone[0].row).toBe(second.row - 1);
  });

  it('keeps how each figure was written for the NUM rules', () => {
    const perencanaan = table.nodes.find((n) => n.name.startsWith('Perencanaan, Penganggaran'))!;
    expect(perencanaan.pagu?.reading.asText).toBe(true);
    expect(perencanaan.pagu?.reading.guesses).toContain('desimal-rupiah');
    const bahanCetak = table.nodes[perencanaan.children[0]].children.map((i) => table.nodes[i])[1];
    expect(bahanCetak.pagu?.reading.guesses).toContain('pemisah-tunggal');
    const keuangan = table.nodes.find((n) => n.name === 'Administrasi Keuangan Perangkat Daerah')!;
    expect(keuangan.pagu?.reading.style).toBe('en');
    expect(keuangan.pagu?.ref).toEqual({ sheet: 'Bab III', row: keuangan.row, col: 3 });
  });
});

describe('recogniseBudgetTables: the seed Tabel 3.8 as an id-ID Excel converted it on paste', () => {
  let table: BudgetTable;
  beforeAll(async () => {
    const { tables } = await recognise(seedTabel38Converted);
    expect(tables).toHaveLength(1);
    table = tables[0];
  });

  it('builds the same tree; the amounts Excel made of single comma groups are read back where the numbers show it', () => {
    // Corrected (×1000, guess koreksi-lokal), each by hand: Bahan Cetak 579.000 + 36.800 + 504.000 + 1.280.000
    // = 2.399.800 and 579.000 + 36.000 + 504.000 + 1.280.000 = 2.399.000 (its parent's pagu and realisasi);
    // PPh realisasi: capaian 4,99% = 85.130 / 1.704.735 (85,13 would give 0,005%); Forum Musyawarah
    // 1.393.000 + 94.000 + 501.000 + 50.000 + 7.840.000 = 9.878.000; Pemilihan Kepala Desa
    // 44.100 + 95.600 + 494.700 + 1.500.000 + 6.720.000 = 8.854.400 and 44.000 + 95.000 + 494.000 +
    // 1.500.000 + 6.720.000 = 8.853.000; Pembulatan 14,185 / 13,104: three decimals are no Rupiah.
    const expected = flatten(SEED_TABEL38_TREE);
    // The kegiatan's "4.186,950" that Excel made 4.186,95 is read back too: its sub kegiatan add up to 4.186.950.
    const perencanaan = expected.find(
      (n) => n.name === 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
    )!;
    perencanaan.pagu = '4186950';
    expect(countLevels(table)).toEqual(SEED_TABEL38_COUNTS);
    expect(actualNodes(table)).toEqual(expected);
    expect(text(table.total?.pagu)).toBe(SEED_TABEL38_TOTAL.pagu);
    const corrected = table.nodes.filter(
      (n) =>
        n.pagu?.reading.guesses.includes('koreksi-lokal') ||
        n.realisasi?.reading.guesses.includes('koreksi-lokal'),
    );
    expect(corrected).toHaveLength(10);
    // What Excel made of the cells, for the record (idExcelPaste's rules), is all read back.
    expect(Object.keys(CONVERTED_AMOUNTS)).toHaveLength(9);
  });

  it('reads converted numbers as numbers and unconverted text as text', () => {
    const penyusunan = table.nodes.find((n) => n.name === 'Penyusunan Dokumen Perencanaan Perangkat Daerah')!;
    expect(penyusunan.pagu?.reading.asText).toBe(false);
    expect(penyusunan.capaian?.reading.percent).toBe(true);
    const keuangan = table.nodes.find((n) => n.name === 'Administrasi Keuangan Perangkat Daerah')!;
    expect(keuangan.pagu?.reading.asText).toBe(true);
    expect(keuangan.capaian?.reading.asText).toBe(true);
  });
});

describe.each([
  ['a code column', {}],
  ['codes leading the names', { codeInName: true }],
])('recogniseBudgetTables: the seed budget as a SIPD export with %s', (_label, options) => {
  let table: BudgetTable;
  beforeAll(async () => {
    const { tables } = await recognise(() => seedBudgetSipd(options));
    expect(tables).toHaveLength(1);
    table = tables[0];
  });

  it('takes the levels from the budget codes', () => {
    expect(table.style).toBe('sipd');
    expect(countLevels(table)).toEqual(SEED_TABEL38_COUNTS);
    expect(table.nodes.map((n) => n.code)).toEqual(seedSipdRows().map((r) => r.code));
  });

  it('reads every line and parent as in the hand-worked tree, and the total', () => {
    // The export holds the seed's 4.186,95 as a number; its sub kegiatan add up to 4.186.950, so it is read so.
    const expected = flatten(SEED_TABEL38_TREE).map((n) =>
      n.name === 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah'
        ? { ...n, marker: '', pagu: '4186950' }
        : { ...n, marker: '' },
    );
    expect(actualNodes(table, false)).toEqual(expected);
    expect(text(table.total?.realisasi)).toBe(SEED_TABEL38_TOTAL.realisasi);
  });
});

describe('recogniseBudgetTables: a table at G12 with a two-row merged header', () => {
  let table: BudgetTable;
  let notes: Temuan[];
  beforeAll(async () => {
    const found = await recognise(tableAtG12);
    expect(found.tables).toHaveLength(1);
    table = found.tables[0];
    notes = found.notes;
  });

  it('finds the header at G12:K13 with its column-number row and maps the merged group', () => {
    expect(table.headerRange).toEqual({ top: 11, left: 6, bottom: 13, right: 10 });
    expect(table.columns).toEqual({ marker: 6, name: 7, pagu: 8, realisasi: 9, capaian: 10 });
    expect(table.title).toBe('Tabel Realisasi Anggaran');
  });

  it('skips the spacer row and the repeated header, joins the continued name, reads the spaced total', () => {
    expect(actualNodes(table)).toEqual([
      {
        level: 'program',
        marker: 'I',
        name: 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
        pagu: '26622840',
        realisasi: '26500000',
        capaian: '0.9954',
        parent: undefined,
      },
      {
        level: 'kegiatan',
        marker: '1',
        name: 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
        pagu: '6165240',
        realisasi: '6100000',
        capaian: '0.9894',
        parent: 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      },
      {
        level: 'subkegiatan',
        marker: '1)',
        name: 'Koordinasi/Sinkronisasi Perencanaan, Pelaksanaan dan Evaluasi Program',
        pagu: '6165240',
        realisasi: '6100000',
        capaian: '0.9894',
        parent: 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
      },
      {
        level: 'rekening',
        marker: '-',
        name: 'Belanja Makanan dan Minuman Rapat',
        pagu: '2000000',
        realisasi: '2000000',
        capaian: '1',
        parent: 'Koordinasi/Sinkronisasi Perencanaan, Pelaksanaan dan Evaluasi Program',
      },
      {
        level: 'rekening',
        marker: '-',
        name: 'Belanja Perjalanan Dinas Dalam Kota',
        pagu: '4165240',
        realisasi: '4100000',
        capaian: '0.9843',
        parent: 'Koordinasi/Sinkronisasi Perencanaan, Pelaksanaan dan Evaluasi Program',
      },
      {
        level: 'kegiatan',
        marker: '2',
        name: 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
        pagu: '20457600',
        realisasi: '20400000',
        capaian: '0.9972',
        parent: 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      },
      {
        level: 'subkegiatan',
        marker: '1)',
        name: 'Pelaksanaan Kegiatan Pelimpahan Kewenangan Camat',
        pagu: '20457600',
        realisasi: '20400000',
        capaian: '0.9972',
        parent: 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
      },
      {
        level: 'rekening',
        marker: '-',
        name: 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor',
        pagu: '457600',
        realisasi: '400000',
        capaian: '0.8741',
        parent: 'Pelaksanaan Kegiatan Pelimpahan Kewenangan Camat',
      },
      {
        level: 'rekening',
        marker: '-',
        name: 'Belanja Honorarium Tim Pelaksana Kegiatan',
        pagu: '20000000',
        realisasi: '20000000',
        capaian: '1',
        parent: 'Pelaksanaan Kegiatan Pelimpahan Kewenangan Camat',
      },
    ]);
    expect(table.total?.label.text).toBe('J U M L A H');
    expect(text(table.total?.pagu)).toBe('26622840');
    expect(table.range).toEqual({ top: 11, left: 6, bottom: 28, right: 10 });
    expect(notes).toEqual([]);
  });

  it('points a marker that leads the text at the name cell', () => {
    const rapat = table.nodes.find((n) => n.name === 'Belanja Makanan dan Minuman Rapat')!;
    expect(rapat.markerRef).toEqual({ sheet: 'Realisasi', row: 18, col: 7 });
  });
});

describe('budgetCodeLevel', () => {
  it.each([
    ['7.01.01', 'program'],
    ['7.01.01.2.01', 'kegiatan'],
    ['7.01.01.2.01.0001', 'subkegiatan'],
    ['5.1.02.01.01.0024', 'rekening'],
    ['5.1.02', 'kelompok'],
    ['1.1', undefined],
    ['Belanja', undefined],
  ])('%s → %s', (code, level) => {
    expect(budgetCodeLevel(code)).toBe(level);
  });
});

describe('levelWord', () => {
  it.each([
    ['Program Peningkatan Pelayanan', 'program', true],
    ['PROGRAM PENUNJANG', 'program', true],
    ['Kegiatan Penyusunan', 'kegiatan', true],
    ['Sub Kegiatan Koordinasi', 'subkegiatan', true],
    ['SUB KEGIATAN', 'subkegiatan', true],
    ['Subkegiatan Koordinasi', 'subkegiatan', true],
    ['SubKegiatan Koordinasi', 'subkegiatan', true],
    ['Sub-Kegiatan Koordinasi', 'subkegiatan', true],
    ['Belanja Pegawai', 'rekening', false],
    ['  belanja modal', 'rekening', false],
    ['Program', 'program', true],
    ['Programs of the year', undefined, undefined],
    ['Sub Bagian Umum', undefined, undefined],
    ['Sub', undefined, undefined],
    ['Kegiatan:Rapat', 'kegiatan', true],
    ['Pendapatan', undefined, undefined],
  ])('%p → %p', (name, level, strong) => {
    const word = levelWord(name);
    expect([word?.level, word?.strong]).toEqual([level, strong]);
  });
});

describe('markerKind', () => {
  it.each([
    ['II', false, 'roman'],
    ['II.1', false, 'romanDotted'],
    ['12', false, 'arabic'],
    ['1.2.3', false, 'dotted'],
    ['(1)', false, 'paren'],
    ['a)', false, 'lower'],
    ['A.', false, 'upper'],
    ['-', false, 'dash'],
    ['XC', false, undefined],
    ['XC', true, 'roman'],
    ['CV', true, 'roman'],
    ['C.', true, 'upper'],
    ['Dinas', true, undefined],
    ['Belanja', false, undefined],
    ['', false, undefined],
  ])('%p (high Roman %p) → %p', (text, highRoman, kind) => {
    expect(markerKind(text, highRoman)).toBe(kind);
  });
});

/** [level, marker, name, pagu, realisasi] typed from the seed's Tabel 3.10 (lines 983–1004). */
const TABEL310: Array<[string, string, string, string, string]> = [
  ['program', 'I', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '2485143930', '1961049864'],
  ['kegiatan', '1', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', '4186.95', '4176000'],
  ['kegiatan', '2', 'Administrasi Keuangan Perangkat Daerah', '2077687761', '1468864519'],
  ['kegiatan', '3', 'Administrasi Kepegawaian Perangkat Daerah', '23301900', '23274000'],
  ['kegiatan', '4', 'Administrasi Umum Perangkat Daerah', '156803474', '156696200'],
  [
    'kegiatan',
    '5',
    'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah',
    '63517822',
    '63500000',
  ],
  ['kegiatan', '6', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', '39129380', '39029623'],
  [
    'kegiatan',
    '7',
    'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
    '120516643',
    '120510000',
  ],
  ['program', 'II', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', '34208520', '34166000'],
  ['kegiatan', '1', 'Koordinasi Kegiatan Pemberdayaan Desa', '9878000', '9878000'],
  [
    'kegiatan',
    '2',
    'Koordinasi dan Sinkronisasi Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM)',
    '4320000',
    '4320000',
  ],
  [
    'kegiatan',
    '3',
    'Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan',
    '20010520',
    '20010520',
  ],
  ['program', 'III', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', '21169760', '21109000'],
  [
    'kegiatan',
    '1',
    'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum',
    '21169760',
    '21109000',
  ],
  ['program', 'IV', 'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM', '152960600', '121467000'],
  [
    'kegiatan',
    '1',
    'Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah',
    '152960600',
    '121467000',
  ],
  ['program', 'V', 'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA', '8854400', '8853000'],
  [
    'kegiatan',
    '1',
    'Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa',
    '8854400',
    '8853000',
  ],
];

describe('recogniseBudgetTables: the seed Tabel 3.10 pasted (program and kegiatan only)', () => {
  it('reads 5 programs and their 13 kegiatan with the stated amounts and the total', async () => {
    const { tables } = await recognise(seedTabel310Pasted);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.nodes.map((n) => [n.level, n.marker, n.name, text(n.pagu), text(n.realisasi)])).toEqual(
      TABEL310,
    );
    expect(
      t.nodes.filter((n) => n.level === 'kegiatan').every((n) => t.nodes[n.parent!].level === 'program'),
    ).toBe(true);
    expect(text(t.total?.pagu)).toBe('2702337210');
    expect(text(t.total?.realisasi)).toBe('2146644864');
  });
});

describe('recogniseBudgetTables: the seed Tabel 2.7 pasted (dotted numbering, two-row header repeated)', () => {
  it('reads pagu from "Anggaran – Setelah Perubahan", programs from "1.", kegiatan from "1.1"', async () => {
    const { tables } = await recognise(seedTabel27Pasted);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.columns).toEqual({ marker: 1, name: 2, pagu: 7 });
    expect(t.headerRange).toEqual({ top: 7, left: 1, bottom: 8, right: 7 });
    expect(countLevels(t)).toEqual({ program: 6, kegiatan: 14, subkegiatan: 0, rekening: 0 });
    const programs = t.roots.map((i) => [t.nodes[i].marker, text(t.nodes[i].pagu)]);
    // "4.1 Program Koordinasi Ketenteraman …" is numbered like a kegiatan but names itself a program: its
    // words decide (ANG-05 reports the number), and its one kegiatan "4.1 Koordinasi Upaya …" is under it.
    expect(programs).toEqual([
      ['1.', '2485143930'],
      ['2.', '26622840'],
      ['3.', '34208520'],
      ['4.1', '21169760'],
      ['5.', '152960600'],
      ['6.', '8854400'],
    ]);
    const fourth = t.nodes[t.roots[3]];
    expect(fourth.children.map((i) => [t.nodes[i].marker, text(t.nodes[i].pagu)])).toEqual([
      ['4.1', '21169760'],
    ]);
    expect(text(t.total?.pagu)).toBe('2702337210');
  });
});

describe('recogniseBudgetTables: rows it cannot place and where a table ends', () => {
  function sheetOf(rows: Array<Array<CellValue | undefined>>): SheetSnapshot {
    return {
      name: 'Uji',
      rows: rows.map((r) =>
        r.length === 0 ? undefined : r.map((v) => (v === undefined ? undefined : { value: v })),
      ),
      merges: [],
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
    };
  }

  it('notes a row with figures but no marker (STR-01) and an unreadable figure, and keeps the rest', () => {
    const { tables, notes } = recogniseBudgetTables(
      sheetOf([
        ['No', 'Kegiatan', 'Pagu', 'Realisasi'],
        ['I', 'Program A', '1.000', '900'],
        [undefined, 'Baris tanpa nomor', '500', '400'],
        ['1', 'Kegiatan A', 'seribu', { error: '#REF!' }],
      ]),
    );
    expect(tables[0].nodes.map((n) => [n.level, n.name])).toEqual([
      ['program', 'Program A'],
      ['kegiatan', 'Kegiatan A'],
    ]);
    expect(tables[0].nodes[1].pagu).toBeUndefined();
    expect(notes.map((n) => [n.rule, n.severity, n.cell])).toEqual([
      ['STR-01', 'peringatan', 'B3'],
      ['STR-01', 'peringatan', 'C4'],
      ['STR-01', 'peringatan', 'D4'],
      // The table as a whole: a row with figures was left out, so the sums around it are not checked.
      ['STR-03', 'peringatan', 'A1'],
    ]);
    expect(tables[0].unplaced.map((u) => [u.row, u.hasFigures])).toEqual([[2, true]]);
    expect(tables[0].nodes[0].incomplete).toBe(true);
  });

  it('mends no code whose next line starts with its parent code but is not under it', () => {
    const { tables, notes } = recogniseBudgetTables(
      sheetOf([
        ['Kode', 'Uraian', 'Pagu'],
        ['2.16.01', 'Program A', 300],
        ['2.16.01.1.01', 'Kegiatan A1', 300],
        ['2.16.01.1.02.01', 'Sub Kegiatan A1.1', 100],
        ['2.16.01.1.0201', 'Sub Kegiatan A1.2', 200],
      ]),
    );
    expect(tables[0].nodes.map((n) => n.level)).toEqual([
      'program',
      'kegiatan',
      'subkegiatan',
      'subkegiatan',
    ]);
    expect(notes.filter((n) => n.rule === 'STR-02')).toEqual([]);
  });

  it('counts the parents equal to their children as evidence, of those whose children state the figure', () => {
    const { tables } = recogniseBudgetTables(
      sheetOf([
        ['No', 'Kegiatan', 'Pagu', 'Realisasi'],
        ['I', 'Program A', 300, 250],
        ['1', 'Kegiatan A1', 100, 100],
        ['2', 'Kegiatan A2', 200, 150],
        ['II', 'Program B', 500, 90],
        ['1', 'Kegiatan B1', 100, 40],
        ['2', 'Kegiatan B2', 200, 50],
        ['III', 'Program C', 50, 40],
        ['1', 'Kegiatan C1', undefined, 40],
        ['IV', 'Program D', 0.5, 1],
        ['1', 'Kegiatan D1', 0.25, 1],
        ['2', 'Kegiatan D2', 0.25, undefined],
      ]),
    );
    const evidence = (role: string) =>
      tables[0].roles
        .find((r) => r.role === role)
        ?.evidence.filter((e) => e.kind === 'hitungan')
        .map((e) => e.text);
    expect(evidence('pagu')).toEqual(['induk = jumlah rinciannya di 2 dari 3 baris induk']);
    expect(evidence('realisasi')).toEqual(['induk = jumlah rinciannya di 4 dari 4 baris induk']);
  });

  it('reads the figures of a row pasted shifted right in order, and the rows around it by column', () => {
    const { tables, notes } = recogniseBudgetTables(
      sheetOf([
        ['No', 'Kegiatan', 'Pagu', 'Realisasi'],
        ['I', 'Program A', 1000, 900],
        ['1', 'Kegiatan A', 600, 500],
        ['2', 'Kegiatan B', undefined, 400, 400, 7],
        ['3', 'Kegiatan C', 400, 300],
        ['4', 'Kegiatan D', undefined, 100, 90],
      ]),
    );
    expect(tables[0].nodes.map((n) => [n.name, text(n.pagu), text(n.realisasi)])).toEqual([
      ['Program A', '1000', '900'],
      ['Kegiatan A', '600', '500'],
      ['Kegiatan B', '400', '400'],
      ['Kegiatan C', '400', '300'],
      ['Kegiatan D', '100', '90'],
    ]);
    expect(notes.map((n) => [n.rule, n.cell])).toEqual([['STR-01', 'F4']]);
  });

  it('reads long dotted numbers (Permendagri 13/2006 style) as markers, in their own column or leading the name', () => {
    const { tables, notes } = recogniseBudgetTables(
      sheetOf([
        ['No', 'Uraian', 'Pagu'],
        ['I', 'Program A', 300],
        ['1', 'Kegiatan A', 300],
        ['1.02.1.02.01.15.01', 'Belanja Alat Tulis Kantor', 100],
        [undefined, '1.02.1.02.01.15.02 Belanja Cetak', 200],
      ]),
    );
    expect(tables[0].nodes.map((n) => [n.level, n.marker, n.name])).toEqual([
      ['program', 'I', 'Program A'],
      ['kegiatan', '1', 'Kegiatan A'],
      ['rekening', '1.02.1.02.01.15.01', 'Belanja Alat Tulis Kantor'],
      ['rekening', '1.02.1.02.01.15.02', 'Belanja Cetak'],
    ]);
    expect(notes).toEqual([]);
  });

  it('reads Roman numerals past LXXXIX in the marker column as programs (a regency lists 100+)', () => {
    const { tables, notes } = recogniseBudgetTables(
      sheetOf([
        ['No', 'Uraian', 'Pagu'],
        ['LXXXIX', 'Program 89', 100],
        ['1', 'Kegiatan 89.1', 100],
        ['XC', 'Program 90', 200],
        ['1', 'Kegiatan 90.1', 200],
        ['CXXXIII.', 'Program 133', 300],
        ['1', 'Kegiatan 133.1', 300],
      ]),
    );
    expect(tables[0].nodes.map((n) => [n.level, n.marker])).toEqual([
      ['program', 'LXXXIX'],
      ['kegiatan', '1'],
      ['program', 'XC'],
      ['kegiatan', '1'],
      ['program', 'CXXXIII.'],
      ['kegiatan', '1'],
    ]);
    expect(tables[0].roots).toEqual([0, 2, 4]);
    expect(notes).toEqual([]);
  });

  it('reads XC and on leading the name too, once the table has counted to LXXXIX', () => {
    const rows: Array<Array<CellValue | undefined>> = [['No', 'Uraian', 'Pagu']];
    for (let n = 1; n <= 89; n++) rows.push([undefined, `${toRoman(n)} PROGRAM ${n}`, 1]);
    rows.push([undefined, 'XC PROGRAM 90', 1], [undefined, 'CI. PROGRAM 101', 1]);
    const { tables, notes } = recogniseBudgetTables(sheetOf(rows));
    expect(tables[0].nodes.slice(-3).map((n) => [n.level, n.marker, n.name])).toEqual([
      ['program', 'LXXXIX', 'PROGRAM 89'],
      ['program', 'XC', 'PROGRAM 90'],
      ['program', 'CI.', 'PROGRAM 101'],
    ]);
    expect(notes).toEqual([]);
  });

  it('reads the same name text anew once the table has counted to LXXXIX (names are read once a string)', () => {
    const rows: Array<Array<CellValue | undefined>> = [['No', 'Uraian', 'Pagu']];
    rows.push([undefined, 'CV PROGRAM LAIN', 1]);
    for (let n = 1; n <= 89; n++) rows.push([undefined, `${toRoman(n)} PROGRAM ${n}`, 1]);
    rows.push([undefined, 'CV PROGRAM LAIN', 1]);
    const { tables } = recogniseBudgetTables(sheetOf(rows));
    const nodes = tables[0].nodes;
    expect([nodes[0], nodes[nodes.length - 1]].map((n) => [n.marker, n.name])).toEqual([
      [undefined, 'CV PROGRAM LAIN'],
      ['CV', 'PROGRAM LAIN'],
    ]);
  });

  it('does not take letter groups (A. B. C.) or names starting like C, D, M numerals for Roman markers', () => {
    const { tables, notes } = recogniseBudgetTables(
      sheetOf([
        ['No', 'Uraian', 'Pagu'],
        ['A.', 'PENDAPATAN', 300],
        ['1.', 'Program A', 300],
        ['1.1', 'Kegiatan A', 300],
        ['B.', 'BELANJA', 300],
        ['C.', 'PEMBIAYAAN', 300],
        ['2.', 'Program B', 200],
        ['2.1', 'Kegiatan B', 200],
        [undefined, 'DI Yogyakarta', 100],
        [undefined, 'CV Maju Jaya', 50],
      ]),
    );
    // Dotted numbering without Roman numerals: `1.` is a program, `1.1` a kegiatan (C. must not change that).
    expect(tables[0].nodes.map((n) => [n.level, n.marker ?? '', n.name])).toEqual([
      ['program', '1.', 'Program A'],
      ['kegiatan', '1.1', 'Kegiatan A'],
      ['program', '2.', 'Program B'],
      ['kegiatan', '2.1', 'Kegiatan B'],
    ]);
    // The letter groups and the two names without a marker are reported, not placed.
    expect(notes.filter((n) => n.rule === 'STR-01').map((n) => n.cell)).toEqual([
      'B2',
      'B5',
      'B6',
      'B9',
      'B10',
    ]);
  });

  it('reads every kind of leading marker and code, and leaves names that only start like one', () => {
    const { tables } = recogniseBudgetTables(
      sheetOf([
        ['No', 'Uraian', 'Pagu'],
        [undefined, 'II PROGRAM PENUNJANG', 300],
        [undefined, '7.01.01.2.01 Administrasi Keuangan', 300],
        [undefined, '(1) Penyediaan Gaji', 200],
        [undefined, '\u2013 Belanja Gaji Pokok', 200],
        [undefined, '1) Penyediaan Administrasi', 100],
        [undefined, '* Belanja ATK', 100],
        [undefined, 'ISIAN tanpa nomor', 5],
      ]),
    );
    expect(tables[0].nodes.map((n) => [n.level, n.marker ?? n.code, n.name])).toEqual([
      ['program', 'II', 'PROGRAM PENUNJANG'],
      ['kegiatan', '7.01.01.2.01', 'Administrasi Keuangan'],
      ['subkegiatan', '(1)', 'Penyediaan Gaji'],
      ['rekening', '\u2013', 'Belanja Gaji Pokok'],
      ['subkegiatan', '1)', 'Penyediaan Administrasi'],
      ['rekening', '*', 'Belanja ATK'],
    ]);
  });

  it('places unnumbered lines under a heading whose pagu is their sum, and leaves them unplaced where it is not', () => {
    const { tables } = recogniseBudgetTables(
      sheetOf([
        ['No', 'Uraian', 'Pagu'],
        ['1.', 'PROGRAM PENUNJANG', 300],
        [undefined, 'Administrasi Keuangan', 200],
        [undefined, 'Administrasi Umum', 100],
        ['2.', 'PROGRAM PENGAWASAN', 500],
        [undefined, 'Pengawasan Internal', 100],
      ]),
    );
    const t = tables[0];
    // 200 + 100 = 300: the program's kegiatan; 100 ≠ 500: left out, and the program's sums are not judged.
    expect(t.nodes.map((n) => [n.level, n.name, n.parent])).toEqual([
      ['program', 'PROGRAM PENUNJANG', undefined],
      ['kegiatan', 'Administrasi Keuangan', 0],
      ['kegiatan', 'Administrasi Umum', 0],
      ['program', 'PROGRAM PENGAWASAN', undefined],
    ]);
    expect(t.unplaced.map((u) => u.row)).toEqual([5]);
    expect(t.nodes[3].incomplete).toBe(true);
  });

  it('attaches a rekening right under a kegiatan to that kegiatan (a level skipped)', () => {
    const { tables } = recogniseBudgetTables(
      sheetOf([
        ['Kode', 'Uraian', 'Anggaran'],
        ['7.01.01', 'Program A', 100],
        ['7.01.01.2.01', 'Kegiatan A', 100],
        ['5.1.02', 'Belanja Barang dan Jasa', 100],
        ['5.1.02.01.01.0024', 'Belanja Alat Tulis Kantor', 100],
      ]),
    );
    const t = tables[0];
    expect(t.nodes.map((n) => [n.level, n.code, n.parent])).toEqual([
      ['program', '7.01.01', undefined],
      ['kegiatan', '7.01.01.2.01', 0],
      ['rekening', '5.1.02.01.01.0024', 1],
    ]);
  });

  it('ends a table at "Sumber", and reads a second table below as its own', () => {
    const { tables } = recogniseBudgetTables(
      sheetOf([
        ['No', 'Uraian', 'Pagu'],
        ['I', 'Program A', '100'],
        [],
        ['Sumber: DPA 2023'],
        [],
        ['No', 'Uraian', 'Pagu Anggaran'],
        ['I', 'Program B', '200'],
        ['JUMLAH', undefined, '200'],
        ['Catatan lepas tanpa angka'],
      ]),
    );
    expect(tables.map((t) => [t.range.top, t.range.bottom, t.nodes.map((n) => n.name)])).toEqual([
      [0, 1, ['Program A']],
      [5, 7, ['Program B']],
    ]);
  });
});
