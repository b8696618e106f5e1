import ExcelJS from 'exceljs';
import { toRoman } from '../src/core/roman';

/**
 * Seeded, deterministic synthetic workbooks for the benchmark: a budget tree of N account lines
 * (LKjIP markers or SIPD codes), an indicator cascade and a survey sheet in proportion, and a known
 * number of planted inconsistencies. The same seed and N always give the same file.
 */

export type SyntheticLayout = 'lkjip' | 'sipd';

export interface PlantedCounts {
  /** A parent's pagu differs from the sum of its children (ANG-01). */
  parentSum: number;
  /** A stated capaian differs from realisasi/pagu (ANG-02). */
  statedCapaian: number;
  /** A leaf whose realisasi exceeds its pagu (ANG-03). */
  overspend: number;
}

export interface SyntheticWorkbook {
  workbook: ExcelJS.Workbook;
  lines: number;
  programs: number;
  kegiatan: number;
  subkegiatan: number;
  planted: PlantedCounts;
}

/** mulberry32: a tiny seeded PRNG, enough for reproducible test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BELANJA = [
  'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor',
  'Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover',
  'Belanja Makanan dan Minuman Rapat',
  'Belanja Perjalanan Dinas Dalam Kota',
  'Belanja Jasa Tenaga Administrasi',
  'Belanja Pemeliharaan Komputer-Komputer Unit-Personal Computer',
];

interface Line {
  level: 0 | 1 | 2 | 3;
  marker: string;
  code: string;
  name: string;
  pagu: number;
  realisasi: number;
  children: Line[];
}

/** Builds the budget tree: ~5 kegiatan per program, ~3 sub kegiatan per kegiatan, ~5 rekening per sub. */
function buildTree(lines: number, rnd: () => number, every: number, planted: PlantedCounts): Line[] {
  const programs: Line[] = [];
  let made = 0;
  let p = 0;
  while (made < lines) {
    p++;
    const prog: Line = {
      level: 0,
      marker: toRoman(p),
      // SIPD numbers programs within a bidang (two digits): twenty per bidang, as a regency's units have.
      code: `7.${String(Math.ceil(p / 20)).padStart(2, '0')}.${String(((p - 1) % 20) + 1).padStart(2, '0')}`,
      name: `PROGRAM SINTETIS ${p}`,
      pagu: 0,
      realisasi: 0,
      children: [],
    };
    for (let k = 1; k <= 5 && made < lines; k++) {
      const keg: Line = {
        level: 1,
        marker: String(k),
        code: `${prog.code}.2.${String(k).padStart(2, '0')}`,
        name: `Kegiatan ${p}.${k}`,
        pagu: 0,
        realisasi: 0,
        children: [],
      };
      for (let s = 1; s <= 3 && made < lines; s++) {
        const sub: Line = {
          level: 2,
          marker: `${s})`,
          code: `${keg.code}.${String(s).padStart(4, '0')}`,
          name: `Sub Kegiatan ${p}.${k}.${s}`,
          pagu: 0,
          realisasi: 0,
          children: [],
        };
        for (let r = 1; r <= 5 && made < lines; r++) {
          const pagu = Math.round(100 + rnd() * 49900) * 1000;
          let realisasi = Math.round((pagu * (0.7 + rnd() * 0.3)) / 1000) * 1000;
          // Overspending is planted while building, so every parent's sum includes it consistently.
          if ((made + 1) % (every * 3) === 0) {
            realisasi = pagu + 1000;
            planted.overspend++;
          }
          sub.children.push({
            level: 3,
            marker: '-',
            code: `5.1.02.01.01.${String(r).padStart(4, '0')}`,
            name: BELANJA[(r + s) % BELANJA.length],
            pagu,
            realisasi,
            children: [],
          });
          made++;
        }
        keg.children.push(sub);
      }
      prog.children.push(keg);
    }
    programs.push(prog);
  }
  const sum = (l: Line): void => {
    if (l.children.length === 0) return;
    l.children.forEach(sum);
    l.pagu = l.children.reduce((a, c) => a + c.pagu, 0);
    l.realisasi = l.children.reduce((a, c) => a + c.realisasi, 0);
  };
  programs.forEach(sum);
  return programs;
}

/** Writes the budget sheet and returns the planted counts. */
function writeBudgetSheet(
  ws: ExcelJS.Worksheet,
  tree: Line[],
  layout: SyntheticLayout,
  every: number,
  planted: PlantedCounts,
  unit?: string,
): void {
  if (unit !== undefined) ws.addRow([`${unit} Kabupaten Sintetis Tahun 2023`]);
  ws.addRow(['Tabel 3.8']);
  ws.addRow(['Capaian Anggaran Program dan Kegiatan']);
  ws.addRow([]);
  ws.addRow(
    layout === 'lkjip'
      ? ['NO', 'KEGIATAN', 'PAGU ANGGARAN', 'REALISASI', 'CAPAIAN (%)']
      : ['KODE', 'URAIAN', 'PAGU', 'REALISASI', 'CAPAIAN (%)'],
  );
  ws.addRow([1, 2, 3, 4, 5]);
  let n = 0;
  let totalPagu = 0;
  let totalReal = 0;
  let programs = 0;
  const emit = (l: Line): void => {
    n++;
    let pagu = l.pagu;
    const realisasi = l.realisasi;
    let capaian = Math.round((realisasi / pagu) * 10000) / 10000;
    // A wrong program total is planted on programs only, and JUMLAH adds the programs as stated, so
    // each plant is exactly one parent-sum mismatch; a wrong stated capaian touches only its own cell.
    if (l.level === 0 && ++programs % 4 === 0) {
      pagu += 1000;
      capaian = Math.round((realisasi / pagu) * 10000) / 10000;
      planted.parentSum++;
    } else if (l.level === 3 && n % every === 0) {
      capaian = capaian > 0.5 ? capaian - 0.25 : capaian + 0.25;
      planted.statedCapaian++;
    }
    if (l.level === 0) {
      totalPagu += pagu;
      totalReal += realisasi;
    }
    const head = layout === 'lkjip' ? l.marker : l.code;
    const row = ws.addRow([head, l.name, pagu, realisasi, capaian]);
    row.getCell(3).numFmt = '#,##0';
    row.getCell(4).numFmt = '#,##0';
    row.getCell(5).numFmt = '0.00%';
    l.children.forEach(emit);
  };
  tree.forEach(emit);
  const total = ws.addRow([
    '',
    'JUMLAH',
    totalPagu,
    totalReal,
    Math.round((totalReal / totalPagu) * 10000) / 10000,
  ]);
  total.getCell(3).numFmt = '#,##0';
  total.getCell(4).numFmt = '#,##0';
  total.getCell(5).numFmt = '0.00%';
  ws.getColumn(2).width = 60;
}

function writeIndicatorSheet(ws: ExcelJS.Worksheet, tree: Line[], rnd: () => number): void {
  const add = (values: Array<string | number>) => {
    ws.addRow(values).getCell(6).numFmt = '0.00%';
  };
  ws.addRow(['Tabel 3.6 Analisis Keberhasilan, Kegagalan dan Solusi']);
  ws.addRow([]);
  ws.addRow([
    'No',
    'Tujuan/ Sasaran/ Program/ Kegiatan/ Sub Kegiatan',
    'Indikator Kinerja',
    'Target',
    'Realisasi',
    'Capaian',
  ]);
  const sasaranCount = Math.max(1, Math.ceil(tree.length / 5));
  for (let s = 0; s < sasaranCount; s++) {
    if (s % 3 === 0)
      add([
        `${s / 3 + 1}.`,
        `Tujuan Sintetis ${s / 3 + 1}`,
        'Nilai IKM Kecamatan',
        '82 Nilai',
        '81 Nilai',
        81 / 82,
      ]);
    const t = Math.floor(s / 3) + 1;
    const sNo = `${t}.${(s % 3) + 1}`;
    add([sNo, `Sasaran Sintetis ${s + 1}`, 'Persentase capaian kinerja', '100 %', '100 %', 1]);
    tree.slice(s * 5, s * 5 + 5).forEach((p, i) => {
      const target = 10 + Math.floor(rnd() * 90);
      add([
        `${sNo}.${i + 1}`,
        p.name,
        `Persentase layanan ${p.name}`,
        `${target} Laporan`,
        `${target} Laporan`,
        1,
      ]);
      p.children.forEach((k, j) =>
        add([`${sNo}.${i + 1}.${j + 1}`, k.name, `Jumlah laporan ${k.name}`, '12 Laporan', '12 Laporan', 1]),
      );
    });
  }
}

function writeSurveySheet(ws: ExcelJS.Worksheet, respondents: number, rnd: () => number): void {
  ws.addRow(['Survei Kepuasan Masyarakat']);
  ws.addRow(['Responden', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
  for (let r = 1; r <= respondents; r++) {
    const row: number[] = [r];
    for (let u = 0; u < 9; u++) row.push(1 + Math.min(3, Math.floor(rnd() * 2.2 + 1.8)));
    ws.addRow(row);
  }
}

/**
 * A synthetic unit workbook with `lines` account lines. Planted mistakes: every 4th program's pagu
 * is 1.000 off its kegiatan (ANG-01); a stated capaian 25 points off on every `lines/100`-th line when
 * it is a rekening (ANG-02); every `3·lines/100`-th rekening overspent by 1.000 (ANG-03). With `unit`,
 * a title line above the budget names the unit and the year 2023 (the rekap's units).
 */
export function syntheticWorkbook(
  lines: number,
  layout: SyntheticLayout,
  seed = 20231231,
  unit?: string,
): SyntheticWorkbook {
  const rnd = prng(seed);
  const every = Math.max(10, Math.floor(lines / 100));
  const planted: PlantedCounts = { parentSum: 0, statedCapaian: 0, overspend: 0 };
  const tree = buildTree(lines, rnd, every, planted);
  const workbook = new ExcelJS.Workbook();
  writeBudgetSheet(workbook.addWorksheet('Anggaran'), tree, layout, every, planted, unit);
  writeIndicatorSheet(workbook.addWorksheet('Kinerja'), tree, rnd);
  writeSurveySheet(workbook.addWorksheet('SKM'), Math.max(30, Math.floor(lines / 100)), rnd);
  const kegiatan = tree.reduce((a, p) => a + p.children.length, 0);
  const subkegiatan = tree.reduce((a, p) => a + p.children.reduce((b, k) => b + k.children.length, 0), 0);
  return { workbook, lines, programs: tree.length, kegiatan, subkegiatan, planted };
}
