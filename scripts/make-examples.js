#!/usr/bin/env node
/**
 * Writes the sample workbooks of examples/ from the seed LKjIP's figures (Kecamatan Kalianget 2023):
 * - examples/contoh-kecamatan.xlsx: Anggaran (Tabel 3.8 layout with numbering markers), Kinerja (the
 *   Tabel 3.6 cascade with 2022, Renstra end target and national standard columns) and SKM (respondents
 *   × 9 unsur), laid out as staff keep them;
 * - examples/contoh-kecamatan-sipd.xlsx: the same budget as a SIPD-style export with codes.
 * Run: node scripts/make-examples.js. The budget lines come from examples/anggaran-kalianget-2023.txt;
 * every cleaning decision is in examples/README.md.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
const JSZip = require('jszip');

const ROOT = path.resolve(__dirname, '..');
const EXAMPLES = path.join(ROOT, 'examples');
const RUPIAH = '#,##0';
const PERSEN = '0.00%';
const THIN = { style: 'thin' };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
// A fixed document date, so regenerating changes only what the data changes.
const FIXED_DATE = new Date(Date.UTC(2024, 1, 1));

/** Budget lines: { marker, name, pagu, realisasi, capaian (fraction, as stated) }. */
function readBudgetLines() {
  const text = fs.readFileSync(path.join(EXAMPLES, 'anggaran-kalianget-2023.txt'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [marker, name, pagu, realisasi, capaian] = l.split('|').map((s) => s.trim());
      return { marker, name, pagu: Number(pagu), realisasi: Number(realisasi), capaian: Number(capaian) / 100 };
    });
}

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Subbag Program Kecamatan Kalianget';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function header(ws, row, labels, widths) {
  labels.forEach((label, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BOX;
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function boxRow(ws, row, count) {
  for (let c = 1; c <= count; c++) ws.getCell(row, c).border = BOX;
}

/** Sheet "Anggaran": Tabel 3.8 as staff keep it — marker column, name, pagu, realisasi, stated capaian. */
function writeAnggaran(wb, lines) {
  const ws = wb.addWorksheet('Anggaran');
  ws.getCell('A1').value = 'REALISASI ANGGARAN PROGRAM DAN KEGIATAN';
  ws.getCell('A2').value = 'Kecamatan Kalianget Tahun 2023';
  ws.getCell('A1').font = { bold: true };
  header(ws, 4, ['NO', 'KEGIATAN', 'PAGU ANGGARAN', 'REALISASI', 'CAPAIAN (%)'], [7, 70, 18, 18, 12]);
  [1, 2, 3, 4, 5].forEach((n, i) => {
    const cell = ws.getCell(5, i + 1);
    cell.value = n;
    cell.alignment = { horizontal: 'center' };
    cell.border = BOX;
  });
  let row = 6;
  for (const line of lines) {
    const total = line.marker === 'JUMLAH';
    ws.getCell(row, 1).value = line.marker;
    ws.getCell(row, 1).alignment = { horizontal: 'center', vertical: 'top' };
    if (!total) ws.getCell(row, 2).value = line.name;
    ws.getCell(row, 2).alignment = { wrapText: true, vertical: 'top' };
    ws.getCell(row, 3).value = line.pagu;
    ws.getCell(row, 4).value = line.realisasi;
    ws.getCell(row, 5).value = line.capaian;
    ws.getCell(row, 3).numFmt = RUPIAH;
    ws.getCell(row, 4).numFmt = RUPIAH;
    ws.getCell(row, 5).numFmt = PERSEN;
    boxRow(ws, row, 5);
    if (/^[IVX]+$/.test(line.marker) || total) for (let c = 1; c <= 5; c++) ws.getCell(row, c).font = { bold: true };
    if (total) ws.mergeCells(row, 1, row, 2);
    row++;
  }
  ws.views = [{ state: 'frozen', ySplit: 5 }];
}

/** The Tabel 3.6 cascade of the seed, with last year (Tabel 3.3), Renstra end (3.4) and standard (3.5). */
const KINERJA = [
  ['1.', 'Meningkatkan Pelayanan Publik di Kecamatan', 'Nilai IKM Kecamatan', '81 Nilai', '80 Nilai', 0.9877, '82 Nilai', '81 Nilai', 0.9878, '85 Nilai', '87 Nilai'],
  ['1.1', 'Meningkatnya Mutu Layanan Publik', 'Nilai SKM Kecamatan', '81 Nilai', '80 Nilai', 0.9877, '82 Nilai', '81 Nilai', 0.9878, '85 Nilai', '87 Nilai'],
  ['1.1.1', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 'Persentase Layanan Publik yang diselenggarakan di Kecamatan', '', '', '', '100 %', '100 %', 1],
  ['1.1.1.1', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 'Jumlah Laporan Pelaksanaan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', '', '', '', '4 Laporan', '4 Laporan', 1],
  ['', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait', 'Jumlah Laporan Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait', '', '', '', '4 Laporan', '4 Laporan', 1],
  ['1.1.1.2', 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', 'Jumlah Laporan Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', '', '', '', '12 Laporan', '12 Laporan', 1],
  ['', 'Pelaksanaan Urusan Pemerintahan yang terkait dengan Nonperizinan', 'Jumlah Laporan Pelaksanaan Nonperizinan pada Urusan Pemerintahan', '', '', '', '12 Laporan', '12 Laporan', 1],
  ['1.2', 'Meningkatkan Fasilitasi dan Koordinasi Desa', 'Rasio Jumlah Desa Yang Terfasilitasi', '100 %', '100 %', 1, '100 %', '100 %', 1, '100 %', '100 %'],
  ['1.2.1', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 'Persentase Lembaga dan Organisasi Masyarakat yang Terlibat dalam Pembangunan di Kecamatan', '', '', '', '100 %', '100 %', 1],
  ['1.2.1.1', 'Koordinasi Kegiatan Pemberdayaan Desa', 'Jumlah laporan pelaksanaan pemberdayaan desa yang dilaksanakan', '', '', '', '1 Laporan', '1 Laporan', 1],
  ['', 'Peningkatan Partisipasi Masyarakat Dalam Forum Musyawarah Perencanaan Pembangunan di Desa', 'Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah Perencanaan Pembangunan di Desa', '', '', '', '7 Lembaga Kemasyarakatan', '7 Lembaga Kemasyarakatan', 1],
  ['1.2.1.2', 'Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan', 'Jumlah Laporan Keluarga yang mengikuti Pemberdayaan dan Kesejahteraan keluarga di tingkat desa dan kelurahan', '', '', '', '4 Laporan', '4 Laporan', 1],
  ['', 'Peningkatan Kesadaran Keluarga dalam Membangun Kerja Sama antar-Keluarga, Warga, dan Kelompok Masyarakat', 'Jumlah Keluarga yang Mengikuti Peningkatan Kesadaran Keluarga dalam Membangun Kerja Sama antar-Keluarga, Warga, dan Kelompok Masyarakat', '', '', '', '60 Keluarga', '60 Keluarga', 1],
  ['1.2.2', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 'Persentase Kerjasama Penanganan dalam Memelihara Ketentraman dan Ketertiban Umum yang terlaksana', '', '', '', '100 %', '100 %', 1],
  ['1.2.2.1', 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', 'Jumlah laporan koordinasi lintas sektor ketentraman dan ketertiban umum yang dilaksanakan', '', '', '', '13 Laporan', '13 Laporan', 1],
  ['', 'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan instansi vertikal di wilayah kecamatan', 'Jumlah Laporan Hasil Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan', '', '', '', '12 Laporan', '12 Laporan', 1],
  ['', 'Harmonisasi Hubungan Dengan Tokoh Agama dan Tokoh Masyarakat', 'Jumlah Laporan Pelaksanaan Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat', '', '', '', '1 Laporan', '1 Laporan', 1],
  ['1.2.3', 'Program Penyelenggaraan Urusan Pemerintahan Umum', 'Persentase koordinasi yang dilaksanakan di tingkat kecamatan', '', '', '', '100 %', '100 %', 1],
  ['1.2.3.1', 'Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah', 'Jumlah laporan kegiatan pembinaan wawasan kebangsaan dan ketahanan nasional', '', '', '', '13 Laporan', '13 Laporan', 1],
  ['', 'Pembinaan Wawasan Kebangsaan dan Ketahanan Nasional dalam rangka Memantapkan Pengamalan Pancasila, Pelaksanaan Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, Pelestarian Bhinneka Tunggal Ika serta Pemertahanan dan Pemeliharaan Keutuhan Negara Kesatuan Republik Indonesia', 'Jumlah Orang yang Mengikuti Pembinaan Wawasan Kebangsaan dan Ketahanan Nasional', '', '', '', '1 kgiatan', '1 kegiatan', 1],
  ['', 'Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan', 'Jumlah Dokumen Tugas Forum Koordinasi Pimpinan di Kecamatan', '', '', '', '12 Dokumen', '12 Dokumen', 1],
  ['1.2.4', 'Program Pembinaan dan Pengawasan Pemerintahan Desa', 'Persentase pemerintahan desa yang sudah diberikan pembekalan', '', '', '', '100 %', '100 %', 1],
  ['1.2.4.1', 'Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa', 'Jumlah Laporan Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa', '', '', '', '2 Laporan', '2 Laporan', 1],
  ['', 'Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa', 'Jumlah Dokumen yang Difasilitasi dalam rangka Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa', '', '', '', '2 Dokumen', '2 Dokumen', 1],
  ['2.', 'Meningkatnya Akuntabilitas Kinerja Perangkat Daerah', 'SAKIP Perangkat Daerah', 'BB Nilai', 'BB Nilai', 0.7525, 'BB Nilai', 'BB Nilai', 'Belum ada penilaian', 'A Nilai', 'A Nilai'],
  ['2.1', 'Meningkatnya Capaian Kinerja Perangkat Daerah', 'Persentase Capaian Kinerja Perangkat Daerah', '100 %', '100 %', 1, '100 %', '100 %', 1, '100 %', '100 %'],
  ['2.1.1', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'Persentase terpenuhinya kebutuhan sarana dan prasarana kantor', '', '', '', '100 %', '100 %', 1],
  ['2.1.1.1', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Jumlah dokumen perencanaan, penganggaran dan evaluasi kinerja perangkat daerah yang disusun', '', '', '', '6 Dokumen', '6 Dokumen', 1],
  ['2.1.1.2', 'Administrasi Keuangan Perangkat Daerah', 'Jumlah Laporan Administrasi Keuangan Perangkat Daerah yang disusun', '', '', '', '14 Laporan', '14 Laporan', 1],
  ['', 'Penyediaan Gaji dan Tunjangan ASN', 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', '', '', '', '72 Orang/bulan', '72 Orang/bulan', 1],
  ['2.1.1.3', 'Administrasi Kepegawaian Perangkat Daerah', 'Jumlah Jenis Layanan Kepegawaian yang disediakan', '', '', '', '2 Jenis', '2 Jenis', 1],
  ['2.1.1.4', 'Administrasi Umum Perangkat Daerah', 'Jumlah peralatan dan perlengkapan kantor yang disediakan', '', '', '', '72 Jenis', '72 Jenis', 1],
  ['2.1.1.5', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah', 'Jumlah barang milik daerah yang diadakan', '', '', '', '5 Unit', '5 Unit', 1],
  ['2.1.1.6', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 'Jumlah layanan jasa yang disediakan', '', '', '', '48 Jenis', '48 Jenis', 1],
  ['2.1.1.7', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Jumlah barang milik daerah yang dipelihara', '', '', '', '21 Unit', '21 Unit', 1],
];

/** Sheet "Kinerja": two header rows (2022 | 2023 over Target, Realisasi, Capaian) and a column-number row. */
function writeKinerja(wb) {
  const ws = wb.addWorksheet('Kinerja');
  ws.getCell('A1').value = 'PENGUKURAN KINERJA';
  ws.getCell('A2').value = 'Kecamatan Kalianget Tahun 2023';
  ws.getCell('A1').font = { bold: true };
  const top = ['NO', 'TUJUAN/ SASARAN/ PROGRAM/ KEGIATAN/ SUB KEGIATAN', 'INDIKATOR KINERJA', '2022', '', '', '2023', '', '', 'TARGET AKHIR RENSTRA 2026', 'STANDAR NASIONAL'];
  const sub = ['', '', '', 'TARGET', 'REALISASI', 'CAPAIAN', 'TARGET', 'REALISASI', 'CAPAIAN', '', ''];
  header(ws, 4, top, [8, 55, 50, 11, 11, 11, 13, 13, 12, 14, 12]);
  header(ws, 5, sub, []);
  for (const c of [1, 2, 3, 10, 11]) ws.mergeCells(4, c, 5, c);
  ws.mergeCells(4, 4, 4, 6);
  ws.mergeCells(4, 7, 4, 9);
  for (let c = 1; c <= 11; c++) {
    const cell = ws.getCell(6, c);
    cell.value = c;
    cell.alignment = { horizontal: 'center' };
    cell.border = BOX;
  }
  KINERJA.forEach((r, i) => {
    const row = 7 + i;
    r.forEach((v, c) => {
      if (v === '') return;
      const cell = ws.getCell(row, c + 1);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = PERSEN;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    boxRow(ws, row, 11);
  });
  ws.views = [{ state: 'frozen', ySplit: 6 }];
}

/** Answers per unsur that are 4 (the rest are 3): 54 fours of 225 answers → mean NRR 3,24 → IKM 81,00. */
const FOURS_PER_UNSUR = [8, 5, 7, 4, 6, 9, 3, 6, 6];
const RESPONDENTS = 25;
const UNSUR = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];

/** Sheet "SKM": respondents × 9 unsur (PermenPANRB 14/2017), the NRR row, IKM and mutu. */
function writeSkm(wb) {
  const ws = wb.addWorksheet('SKM');
  ws.getCell('A1').value = 'DATA SURVEI KEPUASAN MASYARAKAT (SKM) TAHUN 2023';
  ws.getCell('A1').font = { bold: true };
  header(ws, 3, ['NO', ...UNSUR], [14, ...UNSUR.map(() => 7)]);
  for (let i = 0; i < RESPONDENTS; i++) {
    const row = 4 + i;
    ws.getCell(row, 1).value = i + 1;
    UNSUR.forEach((_, u) => {
      // Respondent i answers 4 on unsur u for FOURS_PER_UNSUR[u] of the 25 respondents, spread out.
      const four = (i * 7 + u * 3) % RESPONDENTS < FOURS_PER_UNSUR[u];
      ws.getCell(row, u + 2).value = four ? 4 : 3;
    });
    boxRow(ws, row, 10);
  }
  const nrrRow = 4 + RESPONDENTS;
  ws.getCell(nrrRow, 1).value = 'NRR per Unsur';
  UNSUR.forEach((_, u) => {
    const cell = ws.getCell(nrrRow, u + 2);
    cell.value = 3 + FOURS_PER_UNSUR[u] / RESPONDENTS;
    cell.numFmt = '0.00';
  });
  boxRow(ws, nrrRow, 10);
  ws.getCell(nrrRow + 2, 1).value = 'IKM';
  ws.getCell(nrrRow + 2, 2).value = 81;
  ws.getCell(nrrRow + 2, 2).numFmt = '0.00';
  ws.getCell(nrrRow + 3, 1).value = 'Mutu Pelayanan';
  ws.getCell(nrrRow + 3, 2).value = 'B (Baik)';
}

const PROGRAM_CODES = {
  II: '7.01.01',
  IV: '7.01.03',
  V: '7.01.04',
  VI: '7.01.05',
  VIII: '7.01.06',
};

/**
 * The SIPD export: a consistent tree (every parent is the sum of its lines, as SIPD computes it) with
 * codes instead of markers. Two structural slips of the seed are put right, as SIPD would show them:
 * the two lines after "Penyediaan Gaji" become their own sub kegiatan, and the two Kepegawaian lines
 * become rekening of "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya".
 */
function sipdTree(lines) {
  const body = lines.filter((l) => l.marker !== 'JUMLAH');
  const nodes = [];
  const stack = [];
  const level = (m) => (/^[IVX]+$/.test(m) ? 0 : /^\d+$/.test(m) ? 1 : /^\d+\)$/.test(m) ? 2 : 3);
  for (const l of body) {
    let lv = level(l.marker);
    let node = { level: lv, name: l.name, pagu: l.pagu, realisasi: l.realisasi, children: [] };
    if (l.name === 'Tambahan Penghasilan berdasarkan Beban Kerja PNS') {
      const sub = { level: 2, name: 'Penyediaan Administrasi Pelaksanaan Tugas ASN', children: [] };
      attach(nodes, stack, sub);
    }
    if (l.name.startsWith('Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan') && lv === 2) {
      if (l.name.endsWith('Perlengkapan Dinas')) {
        attach(nodes, stack, { level: 2, name: 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya', children: [] });
      }
      lv = 3;
      node = { ...node, level: 3 };
    }
    node.marker = l.marker;
    attach(nodes, stack, node);
  }
  return nodes.filter((n) => n.level === 0);
}

function attach(nodes, stack, node) {
  while (stack.length > 0 && stack[stack.length - 1].level >= node.level) stack.pop();
  if (stack.length > 0) stack[stack.length - 1].children.push(node);
  nodes.push(node);
  stack.push(node);
}

function sumTree(node) {
  if (node.children.length === 0) return;
  node.children.forEach(sumTree);
  node.pagu = node.children.reduce((a, c) => a + c.pagu, 0);
  node.realisasi = node.children.reduce((a, c) => a + c.realisasi, 0);
}

/** Illustrative account codes: pegawai 5.1.01, barang dan jasa 5.1.02, modal 5.2.02, one per distinct name. */
function accountCoder() {
  const codes = new Map();
  const counters = { '5.1.01.01.01': 0, '5.1.02.01.01': 0, '5.2.02.01.01': 0 };
  return (name) => {
    if (!codes.has(name)) {
      const group = /PNS|Gaji/.test(name) ? '5.1.01.01.01' : /Modal/.test(name) ? '5.2.02.01.01' : '5.1.02.01.01';
      counters[group]++;
      codes.set(name, `${group}.${String(counters[group]).padStart(4, '0')}`);
    }
    return codes.get(name);
  };
}

function writeSipd(wb, lines) {
  const ws = wb.addWorksheet('Realisasi SIPD');
  ws.getCell('A1').value = 'LAPORAN REALISASI ANGGARAN BELANJA';
  ws.getCell('A2').value = 'SKPD: Kecamatan Kalianget — Tahun Anggaran 2023';
  header(ws, 4, ['KODE REKENING', 'URAIAN', 'ANGGARAN', 'REALISASI', '%'], [22, 70, 18, 18, 10]);
  const programs = sipdTree(lines);
  programs.forEach(sumTree);
  const account = accountCoder();
  let row = 5;
  const put = (code, node) => {
    ws.getCell(row, 1).value = code;
    ws.getCell(row, 2).value = node.name;
    ws.getCell(row, 3).value = node.pagu;
    ws.getCell(row, 4).value = node.realisasi;
    ws.getCell(row, 5).value = node.pagu === 0 ? 0 : Math.round((node.realisasi / node.pagu) * 10000) / 10000;
    ws.getCell(row, 3).numFmt = RUPIAH;
    ws.getCell(row, 4).numFmt = RUPIAH;
    ws.getCell(row, 5).numFmt = PERSEN;
    if (node.level <= 1) for (let c = 1; c <= 5; c++) ws.getCell(row, c).font = { bold: true };
    boxRow(ws, row, 5);
    row++;
  };
  for (const p of programs) {
    const pc = PROGRAM_CODES[p.marker];
    put(pc, p);
    p.children.forEach((k, ki) => {
      const kc = `${pc}.2.${String(ki + 1).padStart(2, '0')}`;
      put(kc, k);
      k.children.forEach((s, si) => {
        const sc = `${kc}.${String(si + 1).padStart(4, '0')}`;
        put(sc, s);
        s.children.forEach((r) => put(account(r.name), r));
      });
    });
  }
  const total = { name: 'JUMLAH', pagu: 0, realisasi: 0, level: 0 };
  for (const p of programs) {
    total.pagu += p.pagu;
    total.realisasi += p.realisasi;
  }
  put('', total);
  ws.views = [{ state: 'frozen', ySplit: 4 }];
}

/** A font's children in the order of the schema (CT_Font as the Open XML SDK checks it). */
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

/**
 * Saves the workbook as Excel would: ExcelJS writes the default font's `<sz>` after its `<color>`,
 * `<family>` and `<scheme>`, which Excel opens but the Open XML SDK validator reports; the examples
 * are sources for the tests that validate what `susun` writes, so they are put in order here.
 */
async function save(wb, file) {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = await zip.file('xl/styles.xml').async('string');
  const ordered = styles.replace(/<font>((?:<[A-Za-z]+(?:\s[^>]*)?\/>)+)<\/font>/g, (_, inner) => {
    const children = inner.match(/<[A-Za-z]+(?:\s[^>]*)?\/>/g);
    const rank = (c) => FONT_ORDER.indexOf(/^<([A-Za-z]+)/.exec(c)[1]);
    return `<font>${children.sort((a, b) => rank(a) - rank(b)).join('')}</font>`;
  });
  zip.file('xl/styles.xml', ordered);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', date: FIXED_DATE }));
}

async function main() {
  const lines = readBudgetLines();
  const wb = newWorkbook();
  writeAnggaran(wb, lines);
  writeKinerja(wb);
  writeSkm(wb);
  await save(wb, path.join(EXAMPLES, 'contoh-kecamatan.xlsx'));
  const sipd = newWorkbook();
  writeSipd(sipd, lines);
  await save(sipd, path.join(EXAMPLES, 'contoh-kecamatan-sipd.xlsx'));
  process.stdout.write('examples/contoh-kecamatan.xlsx dan examples/contoh-kecamatan-sipd.xlsx ditulis.\n');
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
