import {
  packBudgetTable,
  type BudgetLevel,
  type BudgetNode,
  type BudgetTable,
  type BudgetTableDraft,
} from '../../../src/core/model/budget';
import type { EfficiencyRow, EfficiencyTable } from '../../../src/core/model/efficiency';
import type { IndicatorRow, IndicatorTable, Measure, Polaritas } from '../../../src/core/model/indicator';
import type { StatedNumber, StatedText } from '../../../src/core/model/source';
import type { SurveyTable } from '../../../src/core/model/survey';
import type { WorkbookModel } from '../../../src/core/model/workbook-model';
import type { NumberKind, NumberReadingOk } from '../../../src/core/numbers/types';
import type { Decimal } from '../../../src/core/decimal';
import { readNumber } from '../../../src/core/numbers/read-number';
import { gradeCode } from '../../../src/core/formulas/scales';

/**
 * Small recognised models built directly (not through the recognisers), so each rule can be tested on
 * exactly the mistake planted. A value is a native number (typed in Excel; Rupiah get `#,##0`,
 * percentages `0.00%`) or a string (pasted text, read as the reader reads it).
 */
export type Value = number | string;

const FORMAT: Record<NumberKind, string | undefined> = { rupiah: '#,##0', persen: '0.00%', angka: undefined };

/** A stated number at (row, col) of `sheet`, read like a cell holding `value`. */
export function stated(
  sheet: string,
  row: number,
  col: number,
  value: Value,
  kind: NumberKind,
): StatedNumber {
  const reading = readNumber(value, kind, typeof value === 'number' ? { numberFormat: FORMAT[kind] } : {});
  if (!reading.ok) throw new Error(`test value ${String(value)} is not a number (${reading.reason})`);
  return { ref: { sheet, row, col }, value: reading.value, reading };
}

/** A stated number of exactly this value, as a native cell number (for arithmetic beyond a double's digits). */
export function statedDecimal(value: Decimal): StatedNumber {
  const reading: NumberReadingOk = {
    ok: true,
    value,
    style: 'bilangan',
    asText: false,
    percent: false,
    decimals: Math.max(0, value.decimalPlaces()),
    guesses: [],
  };
  return { ref: { sheet: 'A', row: 1, col: 1 }, value, reading };
}

export function statedText(sheet: string, row: number, col: number, text: string): StatedText {
  return { ref: { sheet, row, col }, text };
}

/** A target or realisasi as written: `82 Nilai`, `100 %`, `BB`, `Belum ada penilaian`, or ''. */
export function measure(sheet: string, row: number, col: number, value: Value): Measure {
  const ref = { sheet, row, col };
  if (value === '') return { kind: 'kosong', ref };
  if (typeof value === 'string') {
    const words = value.trim().split(/\s+/);
    const grade = gradeCode(words[0]);
    if (grade !== undefined) {
      const unit = words.slice(1).join(' ');
      return unit === '' ? { kind: 'predikat', ref, grade } : { kind: 'predikat', ref, grade, unit };
    }
  }
  const r = readNumber(value, 'angka', { allowUnit: true });
  if (!r.ok) return { kind: 'teks', ref, text: String(value) };
  return r.unit === undefined
    ? { kind: 'angka', ref, value: r.value, reading: r }
    : { kind: 'angka', ref, value: r.value, reading: r, unit: r.unit };
}

/** Budget table columns used by the builder: A marker, B name, C pagu, D realisasi, E capaian. */
export const COL = { marker: 0, name: 1, pagu: 2, realisasi: 3, capaian: 4 } as const;

export interface LineSpec {
  level: BudgetLevel;
  marker?: string;
  name: string;
  pagu?: Value;
  realisasi?: Value;
  capaian?: Value;
  code?: string;
}

export interface BudgetSpec {
  sheet?: string;
  /** 0-based row of the header; lines start on the row below. */
  top?: number;
  lines: LineSpec[];
  total?: { pagu?: Value; realisasi?: Value; capaian?: Value };
}

const DEPTH: Record<BudgetLevel, number> = { program: 0, kegiatan: 1, subkegiatan: 2, rekening: 3 };

/** A recognised budget table laid out A:E from `top`, parents taken from the levels in order. */
export function budgetTable(spec: BudgetSpec): BudgetTable {
  const sheet = spec.sheet ?? 'Tabel 3.8';
  const top = spec.top ?? 0;
  const nodes: BudgetNode[] = [];
  const roots: number[] = [];
  const stack: BudgetNode[] = [];
  spec.lines.forEach((l, index) => {
    const row = top + 1 + index;
    while (stack.length > 0 && DEPTH[stack[stack.length - 1].level] >= DEPTH[l.level]) stack.pop();
    const parent = stack[stack.length - 1];
    const node: BudgetNode = {
      index,
      level: l.level,
      name: l.name,
      row,
      lastRow: row,
      nameRef: statedText(sheet, row, COL.name, l.name),
      children: [],
      // A line's marker cell is read-only: given with the line.
      ...(l.marker === undefined ? {} : { marker: l.marker, markerRef: { sheet, row, col: COL.marker } }),
    };
    if (l.code !== undefined) node.code = l.code;
    if (l.pagu !== undefined) node.pagu = stated(sheet, row, COL.pagu, l.pagu, 'rupiah');
    if (l.realisasi !== undefined) node.realisasi = stated(sheet, row, COL.realisasi, l.realisasi, 'rupiah');
    if (l.capaian !== undefined) node.capaian = stated(sheet, row, COL.capaian, l.capaian, 'persen');
    if (parent === undefined) roots.push(index);
    else {
      node.parent = parent.index;
      parent.children.push(index);
    }
    nodes.push(node);
    stack.push(node);
  });
  const last = top + spec.lines.length + (spec.total === undefined ? 0 : 1);
  const table: BudgetTableDraft = {
    kind: 'anggaran',
    sheet,
    range: { top, left: 0, bottom: last, right: COL.capaian },
    headerRange: { top, left: 0, bottom: top, right: COL.capaian },
    style: 'lkjip',
    columns: {
      marker: COL.marker,
      name: COL.name,
      pagu: COL.pagu,
      realisasi: COL.realisasi,
      capaian: COL.capaian,
    },
    roles: [],
    context: {},
    unplaced: [],
    nodes,
    roots,
  };
  if (spec.total !== undefined) {
    const row = last;
    const t = spec.total;
    table.total = { row, label: statedText(sheet, row, COL.name, 'JUMLAH') };
    if (t.pagu !== undefined) table.total.pagu = stated(sheet, row, COL.pagu, t.pagu, 'rupiah');
    if (t.realisasi !== undefined)
      table.total.realisasi = stated(sheet, row, COL.realisasi, t.realisasi, 'rupiah');
    if (t.capaian !== undefined) table.total.capaian = stated(sheet, row, COL.capaian, t.capaian, 'persen');
  }
  return packBudgetTable(table);
}

/**
 * A consistent Tabel 3.8 (worked out by hand): every parent is the sum of its children, every capaian
 * realisasi ÷ pagu, numbering in order, native numbers.
 * Rows (0-based, header at 0): 1 program I, 2 kegiatan 1, 3 sub 1), 4–5 rekening, 6 sub 2),
 * 7 kegiatan 2, 8 program II, 9 kegiatan 1, 10 JUMLAH.
 */
export function cleanBudgetLines(): LineSpec[] {
  return [
    {
      level: 'program',
      marker: 'I',
      name: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH',
      pagu: 3_000_000,
      realisasi: 2_700_000,
      capaian: 0.9,
    },
    {
      level: 'kegiatan',
      marker: '1',
      name: 'Administrasi Umum Perangkat Daerah',
      pagu: 2_000_000,
      realisasi: 1_800_000,
      capaian: 0.9,
    },
    {
      level: 'subkegiatan',
      marker: '1)',
      name: 'Penyediaan Bahan Logistik Kantor',
      pagu: 1_500_000,
      realisasi: 1_350_000,
      capaian: 0.9,
    },
    {
      level: 'rekening',
      marker: '-',
      name: 'Belanja Makanan dan Minuman Rapat',
      pagu: 1_000_000,
      realisasi: 900_000,
      capaian: 0.9,
    },
    {
      level: 'rekening',
      marker: '-',
      name: 'Belanja Alat Tulis Kantor',
      pagu: 500_000,
      realisasi: 450_000,
      capaian: 0.9,
    },
    {
      level: 'subkegiatan',
      marker: '2)',
      name: 'Penyediaan Barang Cetak dan Penggandaan',
      pagu: 500_000,
      realisasi: 450_000,
      capaian: 0.9,
    },
    {
      level: 'kegiatan',
      marker: '2',
      name: 'Administrasi Keuangan Perangkat Daerah',
      pagu: 1_000_000,
      realisasi: 900_000,
      capaian: 0.9,
    },
    {
      level: 'program',
      marker: 'II',
      name: 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
      pagu: 1_000_000,
      realisasi: 1_000_000,
      capaian: 1,
    },
    {
      level: 'kegiatan',
      marker: '1',
      name: 'Koordinasi Kegiatan Pemberdayaan Desa',
      pagu: 1_000_000,
      realisasi: 1_000_000,
      capaian: 1,
    },
  ];
}

export const CLEAN_TOTAL = { pagu: 4_000_000, realisasi: 3_700_000, capaian: 0.925 };

/** An empty model with the given tables. */
export function model(parts: Partial<WorkbookModel> = {}): WorkbookModel {
  return {
    budgets: [],
    indicators: [],
    efficiencies: [],
    surveys: [],
    notes: [],
    narrative: [],
    generatedSheets: [],
    ...parts,
  };
}

/** Indicator table columns: A no, B name, C indikator, D target, E realisasi, F capaian, G kategori, H efisiensi, I–K anggaran. */
export const ICOL = {
  no: 0,
  name: 1,
  indikator: 2,
  target: 3,
  realisasi: 4,
  capaian: 5,
  kategori: 6,
  efisiensi: 7,
  pagu: 8,
  realisasiRp: 9,
  capaianRp: 10,
} as const;

export interface IndicatorSpec {
  numbering?: string;
  name: string;
  indikator?: string;
  target?: Value;
  realisasi?: Value;
  capaian?: Value;
  kategori?: string;
  polaritas?: Polaritas;
  depth?: number;
}

/** A row of an efficiency table (Tabel 3.9 as typed): its kinerja and its anggaran, and the stated efficiency. */
export interface EfficiencySpec {
  name: string;
  indikator?: string;
  target?: Value;
  realisasi?: Value;
  capaian?: Value;
  anggaran?: { pagu: Value; realisasi: Value; capaian?: Value };
  efisiensi?: Value;
}

/** A recognised efficiency table laid out A:K like indicatorTable (efisiensi H, anggaran I–K). */
export function efficiencyTable(spec: {
  sheet?: string;
  top?: number;
  rows: EfficiencySpec[];
}): EfficiencyTable {
  const sheet = spec.sheet ?? 'Tabel 3.9';
  const top = spec.top ?? 0;
  const rows: EfficiencyRow[] = spec.rows.map((r, index) => {
    const row = top + 1 + index;
    const er: EfficiencyRow = { index, row, lastRow: row, name: statedText(sheet, row, ICOL.name, r.name) };
    if (r.indikator !== undefined) er.indikator = statedText(sheet, row, ICOL.indikator, r.indikator);
    if (r.target !== undefined) er.target = measure(sheet, row, ICOL.target, r.target);
    if (r.realisasi !== undefined) er.realisasi = measure(sheet, row, ICOL.realisasi, r.realisasi);
    if (r.capaian !== undefined) er.capaian = stated(sheet, row, ICOL.capaian, r.capaian, 'persen');
    if (r.efisiensi !== undefined) er.efisiensi = stated(sheet, row, ICOL.efisiensi, r.efisiensi, 'persen');
    if (r.anggaran !== undefined) {
      er.pagu = stated(sheet, row, ICOL.pagu, r.anggaran.pagu, 'rupiah');
      er.realisasiAnggaran = stated(sheet, row, ICOL.realisasiRp, r.anggaran.realisasi, 'rupiah');
      if (r.anggaran.capaian !== undefined)
        er.capaianAnggaran = stated(sheet, row, ICOL.capaianRp, r.anggaran.capaian, 'persen');
    }
    return er;
  });
  const range = { top, left: 0, bottom: top + rows.length, right: ICOL.capaianRp };
  return {
    kind: 'efisiensi',
    sheet,
    range,
    headerRange: { ...range, bottom: top },
    roles: [],
    context: {},
    rows,
    unplaced: [],
  };
}

/** A recognised indicator table laid out A:K from `top`; `average` adds a "Rata-Rata" row. */
export function indicatorTable(spec: {
  sheet?: string;
  top?: number;
  rows: IndicatorSpec[];
  average?: { capaian?: Value; kategori?: string };
}): IndicatorTable {
  const sheet = spec.sheet ?? 'Tabel 3.2';
  const top = spec.top ?? 0;
  const rows: IndicatorRow[] = [];
  const roots: number[] = [];
  const stack: IndicatorRow[] = [];
  spec.rows.forEach((r, index) => {
    const row = top + 1 + index;
    const depth = r.depth ?? 1;
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    const levels = ['tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan'] as const;
    const ir: IndicatorRow = {
      index,
      row,
      lastRow: row,
      depth,
      level: levels[depth],
      name: statedText(sheet, row, ICOL.name, r.name),
      children: [],
    };
    if (r.numbering !== undefined) ir.numbering = r.numbering;
    if (r.indikator !== undefined) ir.indikator = statedText(sheet, row, ICOL.indikator, r.indikator);
    if (r.target !== undefined) ir.target = measure(sheet, row, ICOL.target, r.target);
    if (r.realisasi !== undefined) ir.realisasi = measure(sheet, row, ICOL.realisasi, r.realisasi);
    if (r.capaian !== undefined) {
      const isText = typeof r.capaian === 'string' && !readNumber(r.capaian, 'persen').ok;
      ir.capaian = isText
        ? statedText(sheet, row, ICOL.capaian, r.capaian as string)
        : stated(sheet, row, ICOL.capaian, r.capaian, 'persen');
    }
    if (r.kategori !== undefined) ir.kategori = statedText(sheet, row, ICOL.kategori, r.kategori);
    if (r.polaritas !== undefined) ir.polaritas = r.polaritas;
    if (parent === undefined) roots.push(index);
    else {
      ir.parent = parent.index;
      parent.children.push(index);
    }
    rows.push(ir);
    stack.push(ir);
  });
  const last = top + spec.rows.length + (spec.average === undefined ? 0 : 1);
  const table: IndicatorTable = {
    kind: 'kinerja',
    sheet,
    range: { top, left: 0, bottom: last, right: ICOL.capaianRp },
    headerRange: { top, left: 0, bottom: top, right: ICOL.capaianRp },
    style: 'lkjip',
    columns: {
      name: ICOL.name,
      indikator: ICOL.indikator,
      target: ICOL.target,
      realisasi: ICOL.realisasi,
      capaian: ICOL.capaian,
      kategori: ICOL.kategori,
    },
    roles: [],
    context: {},
    unplaced: [],
    rows,
    roots,
  };
  if (spec.average !== undefined) {
    const row = last;
    table.average = { label: statedText(sheet, row, ICOL.name, 'Rata-Rata Capaian Kinerja') };
    if (spec.average.capaian !== undefined)
      table.average.capaian = stated(sheet, row, ICOL.capaian, spec.average.capaian, 'persen');
    if (spec.average.kategori !== undefined)
      table.average.kategori = statedText(sheet, row, ICOL.kategori, spec.average.kategori);
  }
  return table;
}

/**
 * A consistent indicator table (by hand): 81/82 = 98,780…% → 98,78% Sangat Tinggi; 100/100 = 100%;
 * average (0,987804… + 1)/2 = 0,993902… → 99,39% Sangat Tinggi.
 */
export function cleanIndicatorRows(): IndicatorSpec[] {
  return [
    {
      numbering: '1',
      name: 'Meningkatnya Mutu Layanan Publik',
      indikator: 'Nilai SKM Kecamatan',
      target: '82 Nilai',
      realisasi: '81 Nilai',
      capaian: 0.9878,
      kategori: 'Sangat Tinggi',
    },
    {
      numbering: '2',
      name: 'Meningkatnya Fasilitasi dan Koordinasi Desa',
      indikator: 'Rasio Jumlah Desa yang Terfasilitasi',
      target: '100 %',
      realisasi: '100 %',
      capaian: 1,
      kategori: 'Sangat Tinggi',
    },
  ];
}

export const CLEAN_AVERAGE = { capaian: 0.9939, kategori: 'Sangat Tinggi' };

/**
 * A consistent survey (by hand): 4 respondents × 3 unsur; NRR 3,5 (4,4,3,3), 3 (all 3), 4 (all 4);
 * IKM = mean 3,5 × 25 = 87,5 → B (Baik). Answers in B2:D5, NRR row 6, IKM F2, mutu G2.
 */
export function surveyTable(
  parts: Partial<Pick<SurveyTable, 'ikm' | 'mutu' | 'nrr'>> & {
    answers?: number[][];
    nrr?: Array<StatedNumber | undefined>;
  } = {},
): SurveyTable {
  const sheet = 'SKM';
  const answers = parts.answers ?? [
    [4, 3, 4],
    [4, 3, 4],
    [3, 3, 4],
    [3, 3, 4],
  ];
  const table: SurveyTable = {
    kind: 'skm',
    sheet,
    range: { top: 0, left: 0, bottom: 5, right: 3 },
    headerRange: { top: 0, left: 0, bottom: 0, right: 3 },
    style: 'lkjip',
    roles: [],
    context: {},
    unplaced: [],
    form: 'responden',
    unsur: [
      { name: 'U1', col: 1 },
      { name: 'U2', col: 2 },
      { name: 'U3', col: 3 },
    ],
    answers: answers.map((r, i) => r.map((v, j) => ({ ref: { sheet, row: 1 + i, col: 1 + j }, value: v }))),
  };
  table.nrr = 'nrr' in parts ? parts.nrr : [3.5, 3, 4].map((v, j) => stated(sheet, 5, 1 + j, v, 'angka'));
  table.ikm = 'ikm' in parts ? parts.ikm : stated(sheet, 1, 5, 87.5, 'angka');
  table.mutu = 'mutu' in parts ? parts.mutu : statedText(sheet, 1, 6, 'B (Baik)');
  return table;
}

/** Rule ids and cells of findings, the shape the tests compare whole. */
export function ruleCells(findings: Array<{ rule: string; sheet: string; cell: string }>): string[] {
  return findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}
