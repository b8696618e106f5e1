import { numberingOf, readPolaritas } from '../../../src/core/recognise/read-indicator';
import { indicatorTablesOf as recogniseIndicatorTables, recogniseSheet } from './recognise-sheet';
import type { IndicatorRow, IndicatorTable, Measure } from '../../../src/core/model/indicator';
import type { EfficiencyRow } from '../../../src/core/model/efficiency';
import { CASCADE_LEVELS } from '../../../src/core/model/indicator';
import type { StatedNumber, StatedText } from '../../../src/core/model/source';
import {
  seedTabel25,
  seedTabel26,
  seedTabel32,
  seedTabel33,
  seedTabel34,
  seedTabel35,
  seedTabel36,
  seedTabel37,
  seedTabel39,
} from '../../fixtures/seed-kinerja';
import { sheetFromText, sheetFromValues } from '../../fixtures/text-sheet';

/** The one table of a sheet, failing loudly when there is not exactly one. */
function only(result: { tables: IndicatorTable[] }): IndicatorTable {
  expect(result.tables).toHaveLength(1);
  return result.tables[0];
}

function countPerLevel(table: IndicatorTable): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const level of CASCADE_LEVELS) counts[level] = 0;
  for (const row of table.rows) counts[row.level]++;
  return counts;
}

function byName(table: IndicatorTable, start: string): IndicatorRow {
  const found = table.rows.filter((r) => r.name.text.startsWith(start));
  expect(found).toHaveLength(1);
  return found[0];
}

function numberOf(m: Measure | undefined): { value: string; unit?: string } {
  if (m?.kind !== 'angka') throw new Error(`expected a number, got ${JSON.stringify(m)}`);
  return m.unit === undefined ? { value: m.value.toString() } : { value: m.value.toString(), unit: m.unit };
}

function fraction(s: StatedNumber | StatedText | undefined): string {
  if (s === undefined || !('value' in s))
    throw new Error(`expected a stated number, got ${JSON.stringify(s)}`);
  return s.value.toString();
}

describe('readPolaritas', () => {
  it.each([
    ['positif', 'positif'],
    ['Positif', 'positif'],
    ['+', 'positif'],
    ['naik', 'positif'],
    ['negatif', 'negatif'],
    ['-', 'negatif'],
    ['Turun', 'negatif'],
    ['negatif-rasio', 'negatif-rasio'],
    ['Negatif Rasio', 'negatif-rasio'],
  ])('reads %s as %s', (text, expected) => {
    expect(readPolaritas(text)).toBe(expected);
  });
  it('leaves an unknown text unread', () => {
    expect(readPolaritas('sedang')).toBeUndefined();
  });
});

describe('recogniseIndicatorTables on the seed Tabel 3.6 (cascade with page-break header repeats)', () => {
  // Placed at B3 to show a table is found anywhere on a sheet.
  const result = recogniseIndicatorTables(seedTabel36({ top: 2, left: 1 }));
  const table = only(result);

  it('finds the header, the title and the extent, ending before the explanation that follows', () => {
    // Title lines at rows 3 and 5, header at row 7 (0-based 6); the last row "Pemeliharaan/Rehabilitasi Gedung"
    // is seed line 715, the 69th line after the title line 647 → sheet row 2 + 68 = 70 (0-based).
    expect(table.headerRange).toEqual({ top: 6, left: 1, bottom: 6, right: 8 });
    expect(table.range).toEqual({ top: 6, left: 1, bottom: 70, right: 8 });
    expect(table.title).toBe('Tabel 3.6 Analisis Keberhasilan, Kegagalan dan Solusi');
    expect(table.columns).toMatchObject({
      numbering: 1,
      name: 2,
      indikator: 3,
      target: 4,
      realisasi: 5,
      capaian: 6,
      analisis: 7,
      solusi: 8,
    });
  });

  it('counts 2 tujuan, 3 sasaran, 6 program, 14 kegiatan and 28 unnumbered sub kegiatan (counted by hand)', () => {
    expect(countPerLevel(table)).toEqual({
      tujuan: 2,
      sasaran: 3,
      program: 6,
      kegiatan: 14,
      subkegiatan: 28,
    });
    expect(table.rows).toHaveLength(53);
    expect(table.roots.map((i) => table.rows[i].numbering)).toEqual(['1', '2']);
  });

  it('links numbered rows to the row with their prefix and unnumbered rows to the numbered row above', () => {
    const parentOf = (r: IndicatorRow) => (r.parent === undefined ? undefined : table.rows[r.parent]);
    const p111 = table.rows.find((r) => r.numbering === '1.1.1');
    expect(parentOf(p111!)?.numbering).toBe('1.1');
    expect(parentOf(table.rows.find((r) => r.numbering === '2.1.1.7')!)?.numbering).toBe('2.1.1');
    const sinergi = byName(table, 'Koordinasi/Sinergi Perencanaan');
    expect(sinergi.level).toBe('subkegiatan');
    expect(parentOf(sinergi)?.numbering).toBe('1.1.1.1');
    // Across a page break: the first row after the repeated header belongs to the kegiatan before it.
    expect(parentOf(byName(table, 'Harmonisasi Hubungan'))?.numbering).toBe('1.2.2.1');
    expect(parentOf(byName(table, 'Fasilitasi Pengelolaan Keuangan Desa'))?.numbering).toBe('1.2.4.1');
    const perencanaan = table.rows.find((r) => r.numbering === '2.1.1.1')!;
    expect(perencanaan.children.map((i) => table.rows[i].name.text)).toEqual([
      'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      'Koordinasi dan Penyusunan Dokumen RKA-SKPD',
      'Koordinasi dan Penyusunan DPA-SKPD',
      'Evaluasi Kinerja Perangkat Daerah',
    ]);
    for (const row of table.rows) {
      for (const c of row.children) expect(table.rows[c].parent).toBe(row.index);
    }
  });

  it('makes each row with the keys of the literal it replaced, in order', () => {
    const p111 = table.rows.find((r) => r.numbering === '1.1.1')!;
    expect(Object.keys(p111).slice(0, 8)).toEqual([
      'index',
      'row',
      'lastRow',
      'depth',
      'level',
      'name',
      'children',
      'numbering',
    ]);
  });

  it('joins the continuation row "yang disusun" to the indicator of the row before the page break', () => {
    const keuangan = table.rows.find((r) => r.numbering === '2.1.1.2')!;
    expect(keuangan.indikator?.text).toBe(
      'Jumlah Laporan Administrasi Keuangan Perangkat Daerah yang disusun',
    );
    expect(keuangan.lastRow).toBeGreaterThan(keuangan.row);
    expect(keuangan.children.map((i) => table.rows[i].name.text)).toEqual([
      'Penyediaan Gaji dan Tunjangan ASN',
    ]);
    const joins = result.notes.filter((n) => n.rule === 'STR-01' && n.severity === 'info');
    expect(joins).toHaveLength(1);
    expect(joins[0].row).toBe(keuangan.lastRow);
  });

  it('reads targets and realisasi as number + unit, percentage or grade, and stated capaian as fractions', () => {
    const t1 = table.rows.find((r) => r.numbering === '1')!;
    expect(numberOf(t1.target)).toEqual({ value: '82', unit: 'Nilai' });
    expect(numberOf(t1.realisasi)).toEqual({ value: '81', unit: 'Nilai' });
    expect(fraction(t1.capaian)).toBe('0.9878');
    const s12 = table.rows.find((r) => r.numbering === '1.2')!;
    expect(numberOf(s12.target)).toEqual({ value: '1', unit: '%' });
    const t2 = table.rows.find((r) => r.numbering === '2')!;
    expect(t2.target).toMatchObject({ kind: 'predikat', grade: 'BB', unit: 'Nilai' });
    expect(t2.realisasi).toMatchObject({ kind: 'predikat', grade: 'BB', unit: 'Nilai' });
    expect(t2.capaian).toMatchObject({ text: 'Belum ada penilaian' });
    expect(numberOf(byName(table, 'Penyediaan Gaji').target)).toEqual({ value: '72', unit: 'Orang/bulan' });
    expect(numberOf(byName(table, 'Penyediaan Barang Cetak').target)).toEqual({
      value: '4800',
      unit: 'Paket',
    });
    expect(byName(table, 'Peningkatan Partisipasi').realisasi).toMatchObject({
      unit: 'Lembaga Kemasyarakatan',
    });
    // The seed's own typo stays as written: target "1 kgiatan", realisasi "1 kegiatan".
    const wawasan = byName(table, 'Pembinaan Wawasan Kebangsaan');
    expect(numberOf(wawasan.target)).toEqual({ value: '1', unit: 'kgiatan' });
    expect(numberOf(wawasan.realisasi)).toEqual({ value: '1', unit: 'kegiatan' });
  });

  it('keeps the analysis and solution texts of the program rows', () => {
    const p = table.rows.find((r) => r.numbering === '1.2.4')!;
    expect(p.analisis?.text).toBe('Tingkat Pendidikan dan Pengetahuan Aparatur Desa kurang memadai');
    expect(p.solusi?.text).toMatch(
      /^Pembinaan dan bimbingan atas Peraturan Bupati Sumenep Nomor 86 Tahun 2018/,
    );
    expect(table.rows.find((r) => r.numbering === '1.2.4.1')!.analisis).toBeUndefined();
  });

  it('keeps the two "4.800 Paket" readings as guesses (a lone separator before three digits) for NUM-02', () => {
    const cetak = byName(table, 'Penyediaan Barang Cetak');
    const guesses = [cetak.target, cetak.realisasi].map((m) =>
      m?.kind === 'angka' ? m.reading.guesses : [],
    );
    expect(guesses).toEqual([['pemisah-tunggal'], ['pemisah-tunggal']]);
    // The recogniser leaves no NUM-02 note of its own: the check reports each guess once.
    expect(result.notes.filter((n) => n.rule === 'NUM-02')).toEqual([]);
  });
});

describe('recogniseIndicatorTables on the seed Tabel 3.7 (paired: sasaran left, supporting programs right)', () => {
  const result = recogniseIndicatorTables(seedTabel37());
  const table = only(result);
  const parentName = (r: IndicatorRow) =>
    r.parent === undefined ? undefined : table.rows[r.parent].name.text;

  it('reads the right-hand side as program / kegiatan / sub kegiatan rows (counted by hand)', () => {
    expect(table.columns).toMatchObject({
      name: 1,
      indikator: 2,
      capaian: 3,
      'child.name': 4,
      'child.indikator': 5,
      'child.capaian': 6,
      'child.analisis': 7,
    });
    // Left: 1., 1.1, 1.2, 2., 2.1. Right: programs by name, kegiatan marked "Menunjang …", the rest sub kegiatan.
    expect(countPerLevel(table)).toEqual({
      tujuan: 2,
      sasaran: 3,
      program: 6,
      kegiatan: 14,
      subkegiatan: 35,
    });
    expect(result.notes.filter((n) => n.severity !== 'info')).toEqual([]);
  });

  it('puts each program under the sasaran of its line or above, and sub kegiatan under their kegiatan', () => {
    expect(parentName(byName(table, 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik'))).toBe(
      'Meningkatnya Mutu Layanan Publik',
    );
    expect(parentName(byName(table, 'Program Koordinasi Ketentraman'))).toBe(
      'Meningkatkan Fasilitas dan Koordinasi Desa',
    );
    expect(parentName(byName(table, 'Program Penunjang Urusan'))).toBe(
      'Meningkatnya Capaian Kinerja Perangkat Daerah',
    );
    expect(parentName(byName(table, 'Koordinasi/Sinergi'))).toBe(
      'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
    );
    expect(parentName(byName(table, 'Pengadaan Kendaraan Dinas'))).toBe(
      'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah',
    );
    const sasaran = table.rows.find((r) => r.numbering === '2.1')!;
    expect(fraction(sasaran.capaian)).toBe('1');
    expect(table.rows.find((r) => r.numbering === '2')!.capaian).toMatchObject({
      text: 'Belum ada penilaian',
    });
  });

  it('joins the right-hand continuation after the page break and keeps the "Menunjang" remark', () => {
    const kesadaran = byName(table, 'Peningkatan Kesadaran Keluarga');
    expect(kesadaran.name.text).toBe(
      'Peningkatan Kesadaran Keluarga dalam Membangun Kerja Sama antar-Keluarga, Warga, dan Kelompok Masyarakat',
    );
    expect(kesadaran.indikator?.text).toMatch(/Warga, dan Kelompok Masyarakat$/);
    expect(kesadaran.level).toBe('subkegiatan');
    const kegiatan = byName(table, 'Koordinasi Kegiatan Pemberdayaan Desa');
    expect([kegiatan.level, kegiatan.analisis?.text]).toEqual([
      'kegiatan',
      'Menunjang, Capaian Realisasi Kinerja Kegiatan Sangat Tinggi',
    ]);
  });
});

describe('the seed Tabel 3.9 (kinerja, anggaran and efisiensi) is an efficiency table', () => {
  const result = recogniseSheet(seedTabel39());
  const rupiah = (r: EfficiencyRow) => [r.pagu?.value.toString(), r.realisasiAnggaran?.value.toString()];

  it('is read as one efficiency table, not as an indicator table', () => {
    expect(result.indicators).toEqual([]);
    expect(result.efficiencies).toHaveLength(1);
  });

  const table = result.efficiencies[0];

  it('maps the KINERJA and ANGGARAN groups and the efficiency column', () => {
    expect(Object.fromEntries(table.roles.map((r) => [r.role, r.col]))).toEqual({
      numbering: 0,
      name: 1,
      target: 2,
      realisasi: 3,
      capaian: 4,
      pagu: 5,
      realisasiAnggaran: 6,
      capaianAnggaran: 7,
      efisiensi: 8,
    });
    expect(table.title).toBe('Tabel 3.9 Perbandingan Pencapaian Kinerja Anggaran Dengan Tujuan/Sasaran');
  });

  it('reads 13 rows across the repeated header; a row without a name is one more of the sasaran above (a merged cell)', () => {
    expect(table.rows).toHaveLength(13);
    expect(table.rows[2].name.text).toBe(table.rows[1].name.text);
    expect(table.rows[12].name.text).toBe('Meningkatnya Pembinaan Dan Pengawasan Pemerintahan Desa');
  });

  it('reads kinerja, anggaran and the stated efficiency as written', () => {
    const first = table.rows[0];
    expect(numberOf(first.target)).toEqual({ value: '1', unit: '%' });
    expect(fraction(first.capaian)).toBe('0.78');
    expect(rupiah(first)).toEqual(['0', '0']);
    expect(first.efisiensi?.value.toString()).toBe('0.22');
    expect(rupiah(table.rows[2])).toEqual(['2375742798', '2001542560']);
    expect(table.rows[2].capaianAnggaran?.value.toString()).toBe('0.8425');
    expect(table.rows[2].efisiensi?.value.toString()).toBe('0.1575');
    // The seed states an efficiency of 100% beside capaian 100% / 100% (EFI-01 material).
    expect(table.rows[4].efisiensi?.value.toString()).toBe('1');
    expect(table.rows[12].efisiensi?.value.toString()).toBe('0.0364');
  });
});

describe('recogniseIndicatorTables on the seed Tabel 3.2 (average row, KIN-05 case)', () => {
  const result = recogniseIndicatorTables(seedTabel32());
  const table = only(result);

  it('reads two top-level rows with their stated capaian', () => {
    expect(table.rows.map((r) => [r.numbering, r.level])).toEqual([
      ['1', 'tujuan'],
      ['2', 'tujuan'],
    ]);
    expect(fraction(table.rows[0].capaian)).toBe('0.9993');
    expect(fraction(table.rows[1].capaian)).toBe('0.993');
    expect(table.columns.kategori).toBe(6);
  });

  it('reads target "87.15" and realisasi "14.671.200" as written, for KIN-05 to compare', () => {
    expect(numberOf(table.rows[0].target)).toEqual({ value: '87.15' });
    expect(numberOf(table.rows[0].realisasi)).toEqual({ value: '14671200' });
    expect(numberOf(table.rows[1].target)).toEqual({ value: '100' });
    expect(numberOf(table.rows[1].realisasi)).toEqual({ value: '12600000' });
  });

  it('reads the "Rata-Rata Capaian Kinerja" row as the stated average, not as an indicator', () => {
    expect(table.average?.label.text).toBe('Rata-Rata Capaian Kinerja');
    expect(table.average?.capaian?.value.toString()).toBe('0.9962');
    expect(table.average?.kategori?.text).toBe('Sangat Tinggi');
    expect(table.range.bottom).toBe(table.average?.label.ref.row);
  });
});

describe('recogniseIndicatorTables on the seed Tabel 3.3 (two years)', () => {
  const result = recogniseIndicatorTables(seedTabel33());
  const table = only(result);

  it('reads the earlier year as lalu and the later as the main figures', () => {
    expect(table.headerRange.bottom - table.headerRange.top).toBe(1);
    expect(table.columns).toMatchObject({
      targetLalu: 3,
      realisasiLalu: 4,
      capaianLalu: 5,
      target: 6,
      realisasi: 7,
      capaian: 8,
    });
    const first = table.rows[0];
    expect(numberOf(first.lalu?.target)).toEqual({ value: '81', unit: 'Nilai' });
    expect(numberOf(first.lalu?.realisasi)).toEqual({ value: '80', unit: 'Nilai' });
    expect(fraction(first.lalu?.capaian)).toBe('0.9877');
    expect(numberOf(first.target)).toEqual({ value: '82', unit: 'Nilai' });
    expect(fraction(first.capaian)).toBe('0.9878');
  });

  it('builds the cascade 1 > 1.1, 1.2 and 2 > 2.1', () => {
    expect(table.rows.map((r) => [r.numbering, r.depth, r.parent])).toEqual([
      ['1', 0, undefined],
      ['1.1', 1, 0],
      ['1.2', 1, 0],
      ['2', 0, undefined],
      ['2.1', 1, 3],
    ]);
  });

  it('keeps "Belum ada penilaian" as text and reads the bare "75,25" in a capaian column as 75,25%', () => {
    const sakip = table.rows[3];
    expect(sakip.capaian).toMatchObject({ text: 'Belum ada penilaian' });
    expect(fraction(sakip.lalu?.capaian)).toBe('0.7525');
    // The bare "75,25" (no % sign) is read as points, and that guess stays on the reading for NUM-02.
    const capaian = sakip.lalu?.capaian;
    expect(capaian !== undefined && 'reading' in capaian ? capaian.reading.guesses : []).toEqual([
      'persen-tanpa-tanda',
    ]);
  });
});

describe('recogniseIndicatorTables on the seed Tabel 3.4 and 3.5', () => {
  it('reads the Renstra end target and the tingkat kemajuan, joining the row split by a page break', () => {
    const table = only(recogniseIndicatorTables(seedTabel34()));
    expect(table.rows).toHaveLength(5);
    expect(table.columns).toMatchObject({ realisasi: 3, targetAkhir: 4, kemajuan: 5 });
    // Header, then the column-number row "1 2 3 4 5 $6=4/5*100$".
    expect(table.headerRange.bottom).toBe(table.headerRange.top + 1);
    expect(numberOf(table.rows[0].targetAkhir)).toEqual({ value: '85', unit: 'Nilai' });
    expect(fraction(table.rows[0].kemajuan)).toBe('0.9529');
    const desa = table.rows[2];
    expect(desa.name.text).toBe('Meningkatkan Fasilitasi dan Koordinasi Desa');
    expect(desa.indikator?.text).toBe('Rasio Jumlah Desa Yang Terfasilitasi');
    expect(table.rows[3].targetAkhir).toMatchObject({ kind: 'predikat', grade: 'A', unit: 'Nilai' });
    expect(table.rows[3].kemajuan).toMatchObject({ text: 'Belum ada penilaian' });
  });

  it('reads the national standard and the capaian against it', () => {
    const table = only(recogniseIndicatorTables(seedTabel35()));
    expect(table.rows).toHaveLength(5);
    expect(table.columns.capaian).toBeUndefined();
    expect(table.columns).toMatchObject({ realisasi: 3, standarNasional: 4, perbandinganStandar: 5 });
    expect(numberOf(table.rows[1].standarNasional)).toEqual({ value: '87', unit: 'Nilai' });
    expect(fraction(table.rows[1].perbandinganStandar)).toBe('0.931');
    expect(table.rows[1].target).toBeUndefined();
  });
});

describe('recogniseIndicatorTables on the seed Tabel 2.6 (revised target)', () => {
  it('reads the target after the revision and notes the one before', () => {
    const result = recogniseIndicatorTables(seedTabel26());
    const table = only(result);
    expect(table.columns).toMatchObject({ numbering: 0, name: 1, indikator: 2, satuan: 3, target: 5 });
    expect(table.rows.map((r) => r.numbering)).toEqual(['1', '2', '3']);
    expect(numberOf(table.rows[0].target)).toEqual({ value: '87', unit: 'layanan' });
    expect(numberOf(table.rows[1].target)).toEqual({ value: '1', unit: '%' });
    expect(result.notes.some((n) => n.rule === 'STR-02' && n.col === 4)).toBe(true);
  });
});

describe('recogniseIndicatorTables on the seed Tabel 2.5 (Tujuan | Sasaran columns)', () => {
  it('makes the tujuan written on the line of its first sasaran a row of its own, with four sasaran under it', () => {
    const result = recogniseIndicatorTables(seedTabel25());
    const table = only(result);
    expect(table.rows.map((r) => [r.level, r.parent, r.numbering])).toEqual([
      ['tujuan', undefined, undefined],
      ['sasaran', 0, undefined],
      ['sasaran', 0, undefined],
      ['sasaran', 0, '1.1'],
      ['sasaran', 0, '1.2'],
    ]);
    expect(table.rows[0].name.text).toBe('Meningkatkan Pelayanan Publik di Kecamatan');
    expect(table.rows[0].target).toBeUndefined();
    // The seed writes Satuan "%" beside the target 82 of Nilai SKM: read as it says, 82%.
    expect(table.rows[1].satuan?.text).toBe('%');
    expect(numberOf(table.rows[1].target)).toEqual({ value: '0.82', unit: '%' });
    expect(numberOf(table.rows[2].target)).toEqual({ value: '1', unit: '%' });
    expect(table.rows[3].target).toMatchObject({ kind: 'predikat', grade: 'A', unit: 'Nilai' });
    expect(table.rows[3].name.text).toBe('Meningkatkan akuntabilitas kinerja perangkat daerah');
    expect(table.rows[3].target).toMatchObject({ kind: 'predikat', grade: 'A' });
    // The sentence after the table ends it.
    expect(table.range.bottom).toBe(table.rows[4].row);
  });
});

describe('recogniseIndicatorTables on other layouts', () => {
  it('takes the level from the column the name sits in, with polaritas and Renstra columns', () => {
    const sheet = sheetFromValues('Cascade', [
      [
        'Tujuan',
        'Sasaran',
        'Program',
        'Indikator',
        'Polaritas',
        'Target',
        'Realisasi',
        'Target Akhir Renstra',
      ],
      [
        'Meningkatnya pelayanan',
        undefined,
        undefined,
        'Nilai IKM',
        'positif',
        '82 Nilai',
        '81 Nilai',
        '85 Nilai',
      ],
      [undefined, 'Mutu layanan', undefined, 'Nilai SKM', '+', 82, 81, 85],
      [undefined, undefined, 'Program Pelayanan Publik', 'Persentase layanan', 'turun', '5 %', '4 %', '3 %'],
      [undefined, 'Fasilitasi desa', undefined, 'Rasio desa', 'sedang', 100, 100, 100],
    ]);
    const result = recogniseIndicatorTables(sheet);
    const table = only(result);
    expect(table.rows.map((r) => [r.level, r.parent])).toEqual([
      ['tujuan', undefined],
      ['sasaran', 0],
      ['program', 1],
      ['sasaran', 0],
    ]);
    expect(table.rows.map((r) => r.polaritas)).toEqual(['positif', 'positif', 'negatif', undefined]);
    expect(numberOf(table.rows[1].target)).toEqual({ value: '82' });
    expect(numberOf(table.rows[2].targetAkhir)).toEqual({ value: '0.03', unit: '%' });
    expect(result.notes.filter((n) => n.rule === 'STR-02').map((n) => n.cell)).toEqual(['E5']);
  });

  it('reads yearly Renstra targets under one Target heading: the last year is the end-period target', () => {
    const sheet = sheetFromText(
      'Renstra',
      [
        'No\tSasaran Strategis\tIndikator Kinerja\tTarget Kinerja pada Tahun\t\t',
        '\t\t\t2024\t2025\t2026',
        '1\tMutu layanan\tNilai SKM\t87,3\t87,45\t87,55',
      ].join('\n'),
    );
    const result = recogniseIndicatorTables(sheet);
    const table = only(result);
    expect(table.columns).toMatchObject({ targetAkhir: 5 });
    expect(table.columns.target).toBeUndefined();
    expect(numberOf(table.rows[0].targetAkhir)).toEqual({ value: '87.55' });
    expect(result.notes.filter((n) => n.rule === 'STR-02').map((n) => n.cell)).toEqual(['D2', 'E2']);
  });

  it('reads a bare capaian among points as points too, and leaves a column without such a value as read', () => {
    const capaianOf = (capaian: string[]) => {
      const sheet = sheetFromText(
        'Capaian',
        [
          'No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian',
          ...capaian.map((c, i) => `1.${i + 1}\tSasaran ${i + 1}\tIndikator ${i + 1}\t100\t90\t${c}`),
        ].join('\n'),
      );
      return only(recogniseIndicatorTables(sheet)).rows.map((r) => {
        const n = r.capaian as StatedNumber | undefined;
        return [n?.value.toString(), n?.reading.guesses];
      });
    };
    // 0,94 beside 98,5 and 102,3 is 0,94 %, not 94 %.
    expect(capaianOf(['98,5', '0,94', '102,3'])).toEqual([
      ['0.985', ['persen-tanpa-tanda']],
      ['0.0094', ['persen-tanpa-tanda']],
      ['1.023', ['persen-tanpa-tanda']],
    ]);
    expect(capaianOf(['98,5 %', '0,94', '90 %'])).toEqual([
      ['0.985', []],
      ['0.94', ['persen-pecahan']],
      ['0.9', []],
    ]);
    expect(capaianOf(['98,5', '94 %', '102,3'])).toEqual([
      ['0.985', ['persen-tanpa-tanda']],
      ['0.94', []],
      ['1.023', ['persen-tanpa-tanda']],
    ]);
  });

  it('reads a line without a level name but with figures as another indicator of the line above', () => {
    const sheet = sheetFromValues('Dua indikator', [
      ['Tujuan', 'Sasaran', 'Indikator', 'Target'],
      ['T', 'S', 'Nilai SAKIP', 'BB'],
      [undefined, undefined, 'Persentase capaian', '100 %'],
    ]);
    const table = only(recogniseIndicatorTables(sheet));
    expect(table.rows.map((r) => [r.level, r.name.text, r.indikator?.text, r.parent])).toEqual([
      ['tujuan', 'T', undefined, undefined],
      ['sasaran', 'S', 'Nilai SAKIP', 0],
      ['sasaran', 'S', 'Persentase capaian', 0],
    ]);
  });

  it('finds two tables on one sheet and ignores a sheet without an indicator column', () => {
    const two = sheetFromText(
      'Dua',
      [
        'No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi',
        '1\tA\tX\t10 Unit\t9 Unit',
        'Sumber : data',
        '',
        'No\tSasaran Strategis\tIndikator Kinerja\tCapaian',
        '1\tB\tY\t90%',
      ].join('\n'),
    );
    const result = recogniseIndicatorTables(two);
    expect(result.tables.map((t) => [t.range.top, t.range.bottom, t.rows.length])).toEqual([
      [0, 1, 1],
      [4, 5, 1],
    ]);
    const none = sheetFromText('Anggaran', 'No\tProgram\tPagu\tRealisasi\n1\tA\t100\t90');
    expect(recogniseIndicatorTables(none).tables).toHaveLength(0);
  });

  it('reads typed Excel numbers with the Satuan as unit; a percent-formatted 1 is 100 %', () => {
    const sheet = sheetFromValues('Angka', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      [
        1,
        'Mutu layanan',
        'Nilai SKM',
        'Nilai',
        82,
        81,
        { value: 0.9878, numberFormat: '0.00%' },
        'Sangat Tinggi',
      ],
      [
        2,
        'Fasilitasi desa',
        'Rasio desa',
        '%',
        { value: 1, numberFormat: '0%' },
        { value: 1, numberFormat: '0%' },
        { value: 1, numberFormat: '0.00%' },
        'Sangat Tinggi',
      ],
    ]);
    const result = recogniseIndicatorTables(sheet);
    const table = only(result);
    expect(numberOf(table.rows[0].target)).toEqual({ value: '82', unit: 'Nilai' });
    expect(fraction(table.rows[0].capaian)).toBe('0.9878');
    expect(numberOf(table.rows[1].target)).toEqual({ value: '1', unit: '%' });
    expect(table.rows[1].kategori?.text).toBe('Sangat Tinggi');
    expect(result.notes).toEqual([]);
  });

  it('reads a row under a name merged down from the row above as another indicator of that row', () => {
    const sheet = sheetFromText(
      'Merge',
      [
        'No\tTujuan/Sasaran\tIndikator\tTarget\tRealisasi',
        '1\tMeningkatnya akuntabilitas\tNilai SAKIP\tBB\tBB',
        '\t\tPersentase capaian kinerja\t100 %\t100 %',
        '1.1\tMeningkatnya capaian kinerja\tPersentase capaian\t100 %\t100 %',
      ].join('\n'),
    );
    sheet.merges.push({ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 });
    const table = only(recogniseIndicatorTables(sheet));
    expect(table.rows.map((r) => [r.depth, r.name.text, r.indikator?.text, r.parent])).toEqual([
      [0, 'Meningkatnya akuntabilitas', 'Nilai SAKIP', undefined],
      [0, 'Meningkatnya akuntabilitas', 'Persentase capaian kinerja', undefined],
      [1, 'Meningkatnya capaian kinerja', 'Persentase capaian', 0],
    ]);
    expect(table.roots).toEqual([0, 1]);
  });

  it('reads a plan table with indicators, targets and Anggaran (Tabel 2.7 style) as one budget table, its JUMLAH the total', () => {
    const sheet = sheetFromText(
      'Jumlah',
      [
        'No\tProgram / Kegiatan\tIndikator Kinerja\tTarget\tAnggaran',
        '1.\tProgram A\tPersentase X\t100 %\t1.000.000',
        '1.1\tKegiatan B\tJumlah Y\t2 Laporan\t1.000.000',
        '\tJUMLAH\t\t\t1.000.000',
      ].join('\n'),
    );
    const result = recogniseSheet(sheet);
    expect(result.indicators).toEqual([]);
    expect(result.budgets).toHaveLength(1);
    const table = result.budgets[0];
    expect(table.nodes.map((n) => [n.level, n.name, n.pagu?.value.toString()])).toEqual([
      ['program', 'Program A', '1000000'],
      ['kegiatan', 'Kegiatan B', '1000000'],
    ]);
    expect([table.total?.label.text, table.total?.pagu?.value.toString(), table.range.bottom]).toEqual([
      'JUMLAH',
      '1000000',
      3,
    ]);
  });

  it('skips a JUMLAH row under an indicator table with a note, and reads an indicator named "Jumlah …" as an indicator', () => {
    const sheet = sheetFromText(
      'Jumlah',
      [
        'No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian',
        '1\tJumlah kegiatan pemberdayaan yang difasilitasi\t12 Kegiatan\t10 Kegiatan\t100 %',
        '2\tPersentase desa berkembang\t80 %\t80 %\t100 %',
        '\tJUMLAH\t\t\t200 %',
      ].join('\n'),
    );
    const result = recogniseIndicatorTables(sheet);
    const table = only(result);
    expect(table.rows.map((r) => r.indikator?.text)).toEqual([
      'Jumlah kegiatan pemberdayaan yang difasilitasi',
      'Persentase desa berkembang',
    ]);
    expect(table.range.bottom).toBe(3);
    expect(result.notes.filter((n) => n.rule === 'STR-01').map((n) => n.cell)).toEqual(['B4']);
  });

  it('does not end the table at a sub kegiatan named "Sumber Daya …", only at a "Sumber :" line', () => {
    const sheet = sheetFromText(
      'Sumber',
      [
        'No\tProgram/Kegiatan\tIndikator\tTarget',
        '1.1.1.1\tPengelolaan Air\tJumlah laporan\t2 Laporan',
        '\tSumber Daya Air Kecamatan\tJumlah sumur\t4 Unit',
        'Sumber : DPA 2023',
      ].join('\n'),
    );
    const table = only(recogniseIndicatorTables(sheet));
    expect(table.rows.map((r) => [r.name.text, r.parent])).toEqual([
      ['Pengelolaan Air', undefined],
      ['Sumber Daya Air Kecamatan', 0],
    ]);
    expect(table.range.bottom).toBe(2);
  });

  it('notes a numbered row whose parent numbering is missing and attaches it to the row above', () => {
    const sheet = sheetFromText(
      'Lompat',
      ['No\tTujuan/Sasaran\tIndikator\tTarget', '1\tA\tX\t1', '1.1.1\tB\tY\t2'].join('\n'),
    );
    const result = recogniseIndicatorTables(sheet);
    expect(only(result).rows.map((r) => [r.depth, r.parent])).toEqual([
      [0, undefined],
      [2, 0],
    ]);
    expect(result.notes.map((n) => [n.rule, n.cell])).toEqual([['STR-01', 'A3']]);
  });
});

describe('numberingOf', () => {
  it('reads what the numbering pattern reads, on every short text of a digit, a dot and a letter', () => {
    const pattern = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
    const alphabet = ['1', '.', 'a'];
    const differing: string[] = [];
    for (let length = 0; length <= 8; length++) {
      for (let i = 0; i < alphabet.length ** length; i++) {
        let text = '';
        for (let k = 0, n = i; k < length; k++, n = Math.floor(n / alphabet.length))
          text += alphabet[n % alphabet.length];
        if (numberingOf(text) !== pattern.exec(text)?.[1]) differing.push(text);
      }
    }
    expect(differing).toEqual([]);
    expect(numberingOf('1.1.')).toBe('1.1');
    expect(numberingOf('2.10.101')).toBe('2.10.101');
    expect(numberingOf('1234')).toBeUndefined();
    expect(numberingOf('1. 1')).toBeUndefined();
  });
});
