/**
 * Tabel 3.6 "Analisis Keberhasilan, Kegagalan dan Solusi": the whole cascade with target, realisasi,
 * capaian (the same live formula as Tabel 3.2) and the user's own analysis and solution texts.
 */
import type { CascadeLevel, IndicatorRow, IndicatorTable, Measure } from '../model/indicator';
import type { PlanCell, PlanStyle } from './sheet-plan';
import { PlanGrid, ref, type HeaderColumn, type Planned, type SheetLayout } from './layout';
import { capaianCell, measureCell } from './indicator-cells';
import { tableLocation } from './sources';
import { nameKey } from '../text';
import { formatAngka } from '../numbers/format-number';
import { CATATAN_ANALISIS, KOLOM_ANALISIS } from '../messages/analisis';

/** Columns of Tabel 3.6 (0-based). */
export const KOLOM_36 = {
  no: 0,
  nama: 1,
  indikator: 2,
  target: 3,
  realisasi: 4,
  capaian: 5,
  analisis: 6,
  solusi: 7,
} as const;

/** Row style per cascade level: tujuan and sasaran stand out, sub kegiatan is the plainest. */
export const CASCADE_STYLE: Record<CascadeLevel, PlanStyle> = {
  tujuan: 'program',
  sasaran: 'program',
  program: 'kegiatan',
  kegiatan: 'subkegiatan',
  subkegiatan: 'rekening',
};

/** Levels whose analysis and solution are expected (the seed writes them for programs; the IKU too). */
const ANALYSED: readonly CascadeLevel[] = ['tujuan', 'sasaran', 'program'];

/** Where Tabel 3.6 put each indicator row, for sheets that refer to its cells (3.7, Ringkasan). */
export interface Tabel36Layout extends SheetLayout {
  /** Sheet row (0-based) per `IndicatorRow.index` of the source table. */
  rowOf: Map<number, number>;
}

/**
 * Clean numbering of the cascade as the seed writes it: tujuan `1`, sasaran `1.1`, program `1.1.1`,
 * kegiatan `1.1.1.1` (each number its place among its siblings), sub kegiatan `-`.
 * Example: the second kegiatan of the first program of sasaran 1.2 → `1.2.1.2`.
 */
export function cascadeNumbering(table: IndicatorTable): Map<number, string> {
  const out = new Map<number, string>();
  const walk = (indices: number[], prefix: string) => {
    let k = 0;
    for (const i of indices) {
      const row = table.rows[i];
      if (row.level === 'subkegiatan') {
        out.set(i, '-');
        walk(row.children, prefix);
        continue;
      }
      k++;
      const n = prefix === '' ? String(k) : `${prefix}.${k}`;
      out.set(i, n);
      walk(row.children, n);
    }
  };
  walk(table.roots, '');
  return out;
}

/** Rows of a table in cascade order (parents before children, siblings in table order). */
export function cascadeOrder(table: IndicatorTable): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const walk = (indices: number[]) => {
    for (const i of indices) {
      out.push(table.rows[i]);
      walk(table.rows[i].children);
    }
  };
  walk(table.roots);
  return out;
}

/**
 * Width (characters) for a column of measures: a number with its unit format does not wrap and shows
 * `###` when too narrow, so the column fits the longest (`7 Lembaga Kemasyarakatan` → 26), within 12–30.
 */
function measureColumnWidth(measures: Array<Measure | undefined>): number {
  let longest = 0;
  for (const m of measures) {
    if (m?.kind !== 'angka') continue;
    const shown = m.reading.percent
      ? formatAngka(m.value.times(100), m.reading.decimals) + '%'
      : formatAngka(m.value, m.reading.decimals);
    const unit = m.reading.percent ? '' : (m.unit ?? m.reading.unit ?? '');
    longest = Math.max(longest, shown.length + (unit ? unit.length + 1 : 0));
  }
  return Math.min(Math.max(longest + 2, 12), 30);
}

interface AnalisisText {
  analisis?: string;
  solusi?: string;
}

const matchKey = (row: IndicatorRow) => nameKey(row.indikator?.text ?? row.name.text);

/**
 * The analysis and solution texts the user wrote, by indicator (name key of the indicator, else of
 * the row's name), from every indicator table; the first non-empty text of each wins.
 */
function analisisByIndicator(tables: IndicatorTable[]): Map<string, AnalisisText> {
  const out = new Map<string, AnalisisText>();
  for (const t of tables) {
    for (const row of t.rows) {
      const analisis = row.analisis?.text.trim();
      const solusi = row.solusi?.text.trim();
      if (!analisis && !solusi) continue;
      const key = matchKey(row);
      const have = out.get(key) ?? {};
      out.set(key, {
        analisis: have.analisis ?? (analisis || undefined),
        solusi: have.solusi ?? (solusi || undefined),
      });
    }
  }
  return out;
}

/**
 * Plans Tabel 3.6 from the indicator table `source`: every cascade row (tujuan → sasaran → program →
 * kegiatan → sub kegiatan) with indicator, target, realisasi and capaian (live formula, as in Tabel
 * 3.2); analysis and solution copied from any of `allTables` where a row with the same indicator has
 * them, else — for tujuan, sasaran and program rows — empty cells styled `isian` for the user to fill.
 * Returns the plan and where each row went.
 * Example: the seed's program 1.1.1 with "Profesionalisme pelaksana …" in its analysis column keeps it.
 */
export function planTabel36(
  source: IndicatorTable,
  allTables: IndicatorTable[],
  ctx: { unitLine?: string },
): Planned<Tabel36Layout> {
  const columns: HeaderColumn[] = [
    { label: KOLOM_ANALISIS.no, width: 9 },
    { label: KOLOM_ANALISIS.uraian36, width: 40 },
    { label: KOLOM_ANALISIS.indikator, width: 36 },
    { label: KOLOM_ANALISIS.target, width: measureColumnWidth(source.rows.map((r) => r.target)) },
    { label: KOLOM_ANALISIS.realisasi, width: measureColumnWidth(source.rows.map((r) => r.realisasi)) },
    { label: KOLOM_ANALISIS.capaian, width: 11 },
    { label: KOLOM_ANALISIS.analisis, width: 36 },
    { label: KOLOM_ANALISIS.solusi, width: 36 },
  ];
  const C = KOLOM_36;
  const grid = new PlanGrid('3.6', columns);
  grid.addTitle(ctx.unitLine);
  grid.addHeader();

  const numbers = cascadeNumbering(source);
  const texts = analisisByIndicator([source, ...allTables.filter((t) => t !== source)]);
  const rowOf = new Map<number, number>();
  let copied = 0;
  let empty = 0;
  for (const row of cascadeOrder(source)) {
    const style = CASCADE_STYLE[row.level];
    const r = grid.addRow([], row.depth);
    rowOf.set(row.index, r);
    grid.set(r, C.no, { value: numbers.get(row.index) ?? '', style });
    grid.set(r, C.nama, { value: row.name.text, style });
    grid.set(r, C.indikator, { value: row.indikator?.text ?? null, style });
    grid.set(r, C.target, measureCell(row.target, style));
    grid.set(r, C.realisasi, measureCell(row.realisasi, style));
    grid.set(
      r,
      C.capaian,
      capaianCell(row.target, row.realisasi, row.polaritas, ref(r, C.target), ref(r, C.realisasi), style),
    );
    const text = texts.get(matchKey(row));
    const expected = ANALYSED.includes(row.level);
    const textCell = (t: string | undefined): PlanCell => {
      if (t) return { value: t, style: 'teks' };
      return expected ? { value: null, style: 'isian' } : { value: null, style };
    };
    grid.set(r, C.analisis, textCell(text?.analisis));
    grid.set(r, C.solusi, textCell(text?.solusi));
    if (text?.analisis || text?.solusi) copied++;
    else if (expected) empty++;
  }

  grid.skip();
  const loc = tableLocation(source);
  grid.addNote(CATATAN_ANALISIS.sumber(loc.sheet, loc.range));
  grid.addNote(CATATAN_ANALISIS.capaian36);
  if (empty > 0) grid.addNote(CATATAN_ANALISIS.isian);
  if (copied > 0) grid.notes.push(CATATAN_ANALISIS.disalin(copied));
  if (empty > 0) grid.notes.push(CATATAN_ANALISIS.kosong(empty));
  return { plan: grid.toPlan(), layout: { ...grid.layout(), rowOf } };
}
