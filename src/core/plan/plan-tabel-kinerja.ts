/**
 * Tabel 3.2–3.5: the IKU rows (tujuan and sasaran) of the indicator table against this year's target,
 * last year, the Renstra end target and the national standard.
 */
import type { IndicatorRow, IndicatorTable, Measure } from '../model/indicator';
import type { Settings } from '../settings';
import type { PlanCell, PlanStyle, TableId } from './sheet-plan';
import { FORMAT, PlanGrid, ref, type HeaderColumn, type Planned, type SheetLayout } from './layout';
import type { BandScale } from '../formulas/scales';
import { averageFormula, kategoriFormula } from './excel-formulas';
import { capaianCell, kategoriScale, measureCell } from './indicator-cells';
import { tableLocation } from './sources';
import { BARIS, CATATAN, KOLOM } from '../messages/susun';

/** The IKU rows of an indicator table: its tujuan and sasaran, in table order. */
export function ikuRows(table: IndicatorTable): IndicatorRow[] {
  return table.rows.filter((r) => r.level === 'tujuan' || r.level === 'sasaran');
}

/** Clean numbering of IKU rows: tujuan 1, 2 …; sasaran 1.1, 1.2 … under their tujuan (or 1, 2 … alone). */
function ikuNumbering(rows: IndicatorRow[]): string[] {
  let tujuan = 0;
  let sasaran = 0;
  return rows.map((r) => {
    if (r.level === 'tujuan') {
      tujuan++;
      sasaran = 0;
      return String(tujuan);
    }
    sasaran++;
    return tujuan > 0 ? `${tujuan}.${sasaran}` : String(sasaran);
  });
}

interface DataColumn extends HeaderColumn {
  /** The cell of this column for a row written at sheet row `r` (0-based). */
  cell(row: IndicatorRow, r: number, style: PlanStyle): PlanCell;
}

interface KinerjaSheetOptions {
  table: TableId;
  unitLine?: string;
  data: DataColumn[];
  notes: string[];
  /** Column (index into the whole table) of the capaian averaged in a closing row, its kategori column and scale. */
  average?: { capaian: number; kategori: number; scale: BandScale };
}

const FIRST_DATA_COL = 3;

/** Where a sheet of Tabel 3.2–3.5 put each indicator row, and its closing average row. */
export interface KinerjaLayout extends SheetLayout {
  /** Sheet row per `IndicatorRow.index` of the source table. */
  rowOf: Map<number, number>;
  averageRow?: number;
}

function planKinerjaSheet(
  source: IndicatorTable,
  rows: IndicatorRow[],
  opts: KinerjaSheetOptions,
): Planned<KinerjaLayout> {
  const columns: HeaderColumn[] = [
    { label: KOLOM.no, width: 6 },
    { label: KOLOM.tujuanSasaran, width: 38 },
    { label: KOLOM.indikator, width: 34 },
    ...opts.data,
  ];
  const grid = new PlanGrid(opts.table, columns);
  grid.addTitle(opts.unitLine);
  grid.addHeader();
  const numbers = ikuNumbering(rows);
  const first = grid.row;
  const rowOf = new Map<number, number>();
  let averageRow: number | undefined;
  rows.forEach((row, i) => {
    const style: PlanStyle = row.level === 'tujuan' ? 'program' : 'kegiatan';
    const r = grid.addRow([], row.level === 'tujuan' ? 0 : 1);
    rowOf.set(row.index, r);
    grid.set(r, 0, { value: numbers[i], style });
    grid.set(r, 1, { value: row.name.text, style });
    grid.set(r, 2, { value: row.indikator?.text ?? null, style });
    opts.data.forEach((c, k) => grid.set(r, FIRST_DATA_COL + k, c.cell(row, r, style)));
  });
  const last = grid.row - 1;
  if (opts.average && rows.length > 0) {
    const { capaian, kategori, scale } = opts.average;
    const r = grid.addRow([]);
    averageRow = r;
    grid.set(r, 0, { value: BARIS.rataRata, style: 'jumlah' });
    for (let c = 1; c < columns.length; c++) grid.set(r, c, { style: 'jumlah' });
    grid.merge(r, 0, r, capaian - 1);
    grid.set(r, capaian, {
      formula: averageFormula(`${ref(first, capaian)}:${ref(last, capaian)}`),
      numberFormat: FORMAT.persen,
      style: 'jumlah',
    });
    grid.set(r, kategori, { formula: kategoriFormula(ref(r, capaian), scale), style: 'jumlah' });
  }
  grid.skip();
  const loc = tableLocation(source);
  grid.addNote(CATATAN.sumber(loc.sheet, loc.range));
  for (const n of opts.notes) grid.addNote(n);
  if (rows.some((r) => r.polaritas === 'negatif')) grid.addNote(CATATAN.polaritas);
  return {
    plan: grid.toPlan(),
    layout: { ...grid.layout(), rowOf, ...(averageRow !== undefined ? { averageRow } : {}) },
  };
}

/** Column letter ref of data column k (0-based among the data columns) at sheet row r. */
const at = (r: number, k: number) => ref(r, FIRST_DATA_COL + k);

const measureColumn = (
  label: string,
  get: (row: IndicatorRow) => Measure | undefined,
  group?: string,
): DataColumn => ({
  label,
  group,
  width: 13,
  cell: (row, _r, style) => measureCell(get(row), style),
});

/** A capaian column comparing the measures of data columns `t` and `real` (indices among the data columns). */
const capaianColumn = (
  label: string,
  t: number,
  real: number,
  getT: (row: IndicatorRow) => Measure | undefined,
  getR: (row: IndicatorRow) => Measure | undefined,
  group?: string,
): DataColumn => ({
  label,
  group,
  width: 13,
  cell: (row, r, style) => capaianCell(getT(row), getR(row), row.polaritas, at(r, t), at(r, real), style),
});

export interface KinerjaPlanContext {
  settings: Settings;
  unitLine?: string;
  tahun?: number;
}

/**
 * Tabel 3.2 "Capaian Indikator Kinerja Utama": each tujuan and sasaran with target, realisasi, capaian
 * (polarity formula) and kategori (built-in formula on the Permendagri 86/2017 bands or the user's
 * scale), and a closing row with the average capaian and its kategori.
 */
export function planTabel32(source: IndicatorTable, ctx: KinerjaPlanContext): Planned<KinerjaLayout> {
  const scale = kategoriScale(ctx.settings);
  const kategori: DataColumn = {
    label: KOLOM.kategori,
    width: 15,
    cell: (_row, r, style) => ({ formula: kategoriFormula(at(r, 2), scale), style }),
  };
  return planKinerjaSheet(source, ikuRows(source), {
    table: '3.2',
    unitLine: ctx.unitLine,
    data: [
      measureColumn(KOLOM.target, (r) => r.target),
      measureColumn(KOLOM.realisasi, (r) => r.realisasi),
      capaianColumn(
        KOLOM.capaian,
        0,
        1,
        (r) => r.target,
        (r) => r.realisasi,
      ),
      kategori,
    ],
    notes: [CATATAN.kategori(scale.source)],
    average: { capaian: FIRST_DATA_COL + 2, kategori: FIRST_DATA_COL + 3, scale },
  });
}

/** Tabel 3.3 "Perbandingan Capaian Kinerja": last year's and this year's target, realisasi and capaian. */
export function planTabel33(source: IndicatorTable, ctx: KinerjaPlanContext): Planned<KinerjaLayout> {
  const lalu = KOLOM.tahun(ctx.tahun, true);
  const kini = KOLOM.tahun(ctx.tahun, false);
  return planKinerjaSheet(source, ikuRows(source), {
    table: '3.3',
    unitLine: ctx.unitLine,
    data: [
      measureColumn(KOLOM.target, (r) => r.lalu?.target, lalu),
      measureColumn(KOLOM.realisasi, (r) => r.lalu?.realisasi, lalu),
      capaianColumn(
        KOLOM.capaian,
        0,
        1,
        (r) => r.lalu?.target,
        (r) => r.lalu?.realisasi,
        lalu,
      ),
      measureColumn(KOLOM.target, (r) => r.target, kini),
      measureColumn(KOLOM.realisasi, (r) => r.realisasi, kini),
      capaianColumn(
        KOLOM.capaian,
        3,
        4,
        (r) => r.target,
        (r) => r.realisasi,
        kini,
      ),
    ],
    notes: [],
  });
}

/** Tabel 3.4 "Tingkat Kemajuan Capaian Sasaran Strategis": this year's realisasi against the Renstra end target. */
export function planTabel34(source: IndicatorTable, ctx: KinerjaPlanContext): Planned<KinerjaLayout> {
  return planKinerjaSheet(source, ikuRows(source), {
    table: '3.4',
    unitLine: ctx.unitLine,
    data: [
      measureColumn(KOLOM.realisasiTahun(ctx.tahun), (r) => r.realisasi),
      measureColumn(KOLOM.targetAkhir, (r) => r.targetAkhir),
      capaianColumn(
        KOLOM.kemajuan,
        1,
        0,
        (r) => r.targetAkhir,
        (r) => r.realisasi,
      ),
    ],
    notes: [CATATAN.kemajuan],
  });
}

/** Tabel 3.5 "Perbandingan Capaian dengan Standar Nasional": this year's realisasi against the national standard. */
export function planTabel35(source: IndicatorTable, ctx: KinerjaPlanContext): Planned<KinerjaLayout> {
  return planKinerjaSheet(source, ikuRows(source), {
    table: '3.5',
    unitLine: ctx.unitLine,
    data: [
      measureColumn(KOLOM.realisasiTahun(ctx.tahun), (r) => r.realisasi),
      measureColumn(KOLOM.standar, (r) => r.standarNasional),
      capaianColumn(
        KOLOM.capaian,
        1,
        0,
        (r) => r.standarNasional,
        (r) => r.realisasi,
      ),
    ],
    notes: [CATATAN.standar],
  });
}
