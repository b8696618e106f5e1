import type { CellRange, SheetSnapshot } from '../snapshot';
import { columnLetters } from '../snapshot';
import { nameKey } from '../text';
import type { Temuan } from '../temuan';
import { recogniseKinerjaMessages as msg } from '../messages/recognise-kinerja';
import { CASCADE_LEVELS, type CascadeLevel } from '../model/indicator';
import { cellText, countTextMatches, note } from './indicator-cells';
import {
  classifyIndicatorHeader,
  headerYear,
  isColumnNumberRow,
  isPercentHeader,
  type IndicatorField,
} from './indicator-header';

/** Fields of an indicator row that sit in one column each (the `IndicatorTable.columns` keys). */
export type IndicatorColumn =
  | 'numbering'
  | 'code'
  | 'name'
  | 'indikator'
  | 'satuan'
  | 'polaritas'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'kategori'
  | 'targetAkhir'
  | 'standarNasional'
  | 'kemajuan'
  | 'perbandinganStandar'
  | 'efisiensi'
  | 'analisis'
  | 'solusi'
  | 'lalu.target'
  | 'lalu.realisasi'
  | 'lalu.capaian'
  | 'child.name'
  | 'child.indikator'
  | 'child.capaian'
  | 'child.analisis'
  | 'anggaran.pagu'
  | 'anggaran.realisasi'
  | 'anggaran.capaian';

/** Where an indicator table's header is and what each column holds. */
export interface IndicatorLayout {
  headerTop: number;
  /** Last header row, the column-number row included when present. */
  headerBottom: number;
  left: number;
  right: number;
  columns: Partial<Record<IndicatorColumn, number>>;
  /** Separate name columns per level (Tujuan | Sasaran | Program …), when the table is laid out so. */
  levelColumns: Array<{ col: number; depth: number }>;
  /** nameKey of each header row (top, sub-header, column numbers), from `left`, to spot page-break repeats. */
  headerKeys: string[][];
  notes: Temuan[];
}

const FIELD_TO_COLUMN: Partial<Record<IndicatorField, IndicatorColumn>> = {
  no: 'numbering',
  kode: 'code',
  name: 'name',
  indikator: 'indikator',
  satuan: 'satuan',
  polaritas: 'polaritas',
  target: 'target',
  realisasi: 'realisasi',
  capaian: 'capaian',
  kategori: 'kategori',
  targetAkhir: 'targetAkhir',
  standarNasional: 'standarNasional',
  kemajuan: 'kemajuan',
  efisiensi: 'efisiensi',
  analisis: 'analisis',
  solusi: 'solusi',
  menunjang: 'analisis',
  pagu: 'anggaran.pagu',
  realisasiAnggaran: 'anggaran.realisasi',
  capaianAnggaran: 'anggaran.capaian',
};

/** Sub-headers under an "Anggaran" group (Tabel 3.9, Tabel 2.7): the budget's own columns. */
const UNDER_ANGGARAN: Partial<Record<IndicatorField, IndicatorField>> = {
  target: 'pagu',
  pagu: 'pagu',
  setelah: 'pagu',
  realisasi: 'realisasiAnggaran',
  realisasiAnggaran: 'realisasiAnggaran',
  capaian: 'capaianAnggaran',
  capaianAnggaran: 'capaianAnggaran',
};

/**
 * Columns of the right-hand side of a paired table (Tabel 3.7: Tujuan/Sasaran | Indikator | Capaian |
 * Program/ Kegiatan/ Sub Kegiatan | Indikator | Capaian | Menunjang): the programs and kegiatan that
 * support the sasaran on the left.
 */
const CHILD_COLUMN: Partial<Record<IndicatorField, IndicatorColumn>> = {
  indikator: 'child.indikator',
  capaian: 'child.capaian',
  menunjang: 'child.analisis',
  analisis: 'child.analisis',
};

const LALU: Partial<Record<IndicatorField, IndicatorColumn>> = {
  target: 'lalu.target',
  realisasi: 'lalu.realisasi',
  capaian: 'lalu.capaian',
};

function rowTexts(sheet: SheetSnapshot, row: number): string[] {
  const cells = sheet.rows[row] ?? [];
  const out: string[] = [];
  for (let c = 0; c < cells.length; c++) out.push(cellText(sheet, row, c));
  return out;
}

function classify(text: string): IndicatorField | undefined {
  return isPercentHeader(text) ? 'capaian' : classifyIndicatorHeader(text);
}

/** The text heading column `col` in a top header row: its own, a merge's, or the nearest one to its left. */
function groupText(sheet: SheetSnapshot, top: string[], row: number, col: number): string {
  if (top[col]) return top[col];
  const merge = sheet.merges.find((m) => m.top <= row && m.bottom >= row && m.left < col && m.right >= col);
  if (merge) return top[merge.left] ?? '';
  for (let c = col - 1; c >= 0; c--) if (top[c]) return top[c];
  return '';
}

/** Whether a row under a header is a sub-header: every non-blank cell is a header word, a percent sign or a year. */
function isSubHeader(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  return (
    filled.length > 0 &&
    !isColumnNumberRow(texts) &&
    filled.every((t) => classify(t) !== undefined || headerYear(t) !== undefined)
  );
}

function overlaps(range: CellRange, row: number): boolean {
  return row >= range.top && row <= range.bottom;
}

/**
 * The layout of an indicator table whose header starts at `row`, or undefined when the row is no such
 * header. A header needs an indicator column (or, as in Tabel 3.9, a stated efficiency) and a target,
 * realisasi or capaian column (or their Tabel 3.3–3.5 equivalents). A second header row is read as
 * sub-headers under years (`2022 | 2023`: the earlier year becomes `lalu`), under a revised target
 * (`Sebelum | Setelah Perubahan`), under yearly Renstra targets (the last year is the end target), or
 * under the KINERJA and ANGGARAN groups of Tabel 3.9 (ANGGARAN → `anggaran.*`). A second name column after
 * the indicator (Tabel 3.7) starts the right-hand side (`child.*`).
 * Example: the seed's Tabel 3.6 header `No | Tujuan/ Sasaran/ … | Indikator Kinerja | Target | Realisasi
 * | Capaian | Analisis … | Solusi …` → columns numbering 0, name 1, indikator 2, target 3 … solusi 7.
 */
export function readIndicatorLayout(
  sheet: SheetSnapshot,
  row: number,
  skip: CellRange[] = [],
): IndicatorLayout | undefined {
  if (skip.some((r) => overlaps(r, row))) return undefined;
  if (countTextMatches(sheet, row, /indikator|efisiensi/i) === 0) return undefined;
  const top = rowTexts(sheet, row);
  if (!top.some((t) => classify(t) === 'indikator' || classify(t) === 'efisiensi')) return undefined;
  const next = rowTexts(sheet, row + 1);
  const hasSub = isSubHeader(next);
  const notes: Temuan[] = [];
  const width = Math.max(top.length, hasSub ? next.length : 0);

  const plain: Array<{ col: number; field: IndicatorField }> = [];
  const byYear: Array<{ col: number; year: number; field: IndicatorField }> = [];
  const targetYears: Array<{ col: number; year: number }> = [];
  for (let c = 0; c < width; c++) {
    const sub = hasSub ? (next[c] ?? '') : '';
    const own = top[c] ?? '';
    if (sub !== '') {
      const group = groupText(sheet, top, row, c);
      const year = headerYear(group);
      const subField = classify(sub);
      const groupField = classify(group);
      const underAnggaran =
        groupField === 'pagu' && subField !== undefined ? UNDER_ANGGARAN[subField] : undefined;
      const subYear = headerYear(sub);
      if (year !== undefined && subField !== undefined) byYear.push({ col: c, year, field: subField });
      else if (subYear !== undefined && groupField === 'target') targetYears.push({ col: c, year: subYear });
      else if (underAnggaran !== undefined) plain.push({ col: c, field: underAnggaran });
      else if (groupField === 'target' && subField === 'setelah') plain.push({ col: c, field: 'target' });
      else if ((groupField === 'target' || groupField === 'pagu') && subField === 'sebelum') {
        notes.push(note(sheet.name, row + 1, c, 'STR-02', 'info', msg.targetSebelumPerubahan()));
      } else if (groupField === undefined && own === '') {
        // A sub-header under a group heading this recogniser does not know.
        notes.push(note(sheet.name, row + 1, c, 'STR-02', 'info', msg.headerTidakDikenal(`${group} ${sub}`)));
      } else if (subField !== undefined && subField !== 'sebelum' && subField !== 'setelah') {
        plain.push({ col: c, field: subField });
      }
    } else if (own !== '') {
      const field = classify(own);
      if (field === undefined)
        notes.push(note(sheet.name, row, c, 'STR-02', 'info', msg.headerTidakDikenal(own)));
      else plain.push({ col: c, field });
    }
  }

  const years = [...new Set(byYear.map((y) => y.year))].sort((a, b) => b - a);
  for (const y of byYear) {
    if (y.year === years[0]) plain.push({ col: y.col, field: y.field });
  }
  // Targets per year of the Renstra period (Tabel 2.2): the last year is the end-period target.
  const lastTargetYear = Math.max(...targetYears.map((t) => t.year));
  for (const t of targetYears) {
    if (t.year === lastTargetYear) plain.push({ col: t.col, field: 'targetAkhir' });
    else
      notes.push(
        note(
          sheet.name,
          row + 1,
          t.col,
          'STR-02',
          'info',
          msg.targetTahunDiabaikan(String(t.year), String(lastTargetYear)),
        ),
      );
  }
  const laluPairs: Array<{ col: number; column: IndicatorColumn }> = [];
  for (const y of byYear) {
    if (y.year === years[0]) continue;
    const lalu = LALU[y.field];
    if (y.year === years[1] && lalu !== undefined) laluPairs.push({ col: y.col, column: lalu });
    else if (y.year !== years[1])
      notes.push(note(sheet.name, row, y.col, 'STR-02', 'info', msg.tahunDiabaikan(String(y.year))));
  }

  const columns: Partial<Record<IndicatorColumn, number>> = {};
  const levels: Array<{ col: number; depth: number }> = [];
  const assign = (column: IndicatorColumn, col: number, headerRow: number) => {
    const used = columns[column];
    if (used === undefined) columns[column] = col;
    else {
      const text = (hasSub && next[col]) || top[col] || '';
      notes.push(
        note(sheet.name, headerRow, col, 'STR-02', 'peringatan', msg.headerGanda(text, columnLetters(used))),
      );
    }
  };
  let childStart: number | undefined;
  for (const p of plain.sort((a, b) => a.col - b.col)) {
    if (p.field.startsWith('level:')) {
      levels.push({ col: p.col, depth: CASCADE_LEVELS.indexOf(p.field.slice(6) as CascadeLevel) });
      continue;
    }
    if (
      p.field === 'name' &&
      childStart === undefined &&
      columns.name !== undefined &&
      columns.indikator !== undefined &&
      p.col > columns.indikator
    ) {
      childStart = p.col;
      columns['child.name'] = p.col;
      continue;
    }
    const column =
      childStart !== undefined && p.col > childStart
        ? (CHILD_COLUMN[p.field] ?? FIELD_TO_COLUMN[p.field])
        : FIELD_TO_COLUMN[p.field];
    if (column !== undefined) assign(column, p.col, row);
  }
  for (const l of laluPairs) assign(l.column, l.col, row);

  if (levels.length === 1 && columns.name === undefined) columns.name = levels.pop()?.col;
  if (columns.target === undefined && columns.capaian !== undefined) {
    // Tabel 3.4 and 3.5 put a "Capaian" against the end target or the national standard.
    if (columns.standarNasional !== undefined) columns.perbandinganStandar = columns.capaian;
    else if (columns.targetAkhir !== undefined && columns.kemajuan === undefined)
      columns.kemajuan = columns.capaian;
    if (columns.standarNasional !== undefined || columns.targetAkhir !== undefined) delete columns.capaian;
  }

  const hasFigures = [
    'target',
    'realisasi',
    'capaian',
    'kemajuan',
    'perbandinganStandar',
    'targetAkhir',
    'lalu.target',
    'lalu.realisasi',
    'lalu.capaian',
  ].some((k) => columns[k as IndicatorColumn] !== undefined);
  const hasName = columns.name !== undefined || levels.length >= 2;
  // Tabel 3.9 names no indicator column but states the efficiency against the sasaran.
  const hasIndicator = columns.indikator !== undefined || columns.efisiensi !== undefined;
  if (!hasIndicator || !hasFigures || !hasName) return undefined;

  const filledCols = (texts: string[]) => texts.map((t, c) => (t !== '' ? c : -1)).filter((c) => c >= 0);
  const used = [...filledCols(top), ...(hasSub ? filledCols(next) : [])];
  const left = Math.min(...used);
  const right = Math.max(...used);
  let headerBottom = hasSub ? row + 1 : row;
  const headerRows = [top, ...(hasSub ? [next] : [])];
  const numbers = rowTexts(sheet, headerBottom + 1);
  if (isColumnNumberRow(numbers)) {
    headerBottom += 1;
    headerRows.push(numbers);
  }
  const headerKeys = headerRows.map((texts) => {
    const keys: string[] = [];
    for (let c = left; c <= right; c++) keys.push(nameKey(texts[c] ?? ''));
    return keys;
  });
  return { headerTop: row, headerBottom, left, right, columns, levelColumns: levels, headerKeys, notes };
}

/** Whether the row repeats header row `which` of the layout (a header repeated after a page break). */
export function repeatsHeaderRow(
  sheet: SheetSnapshot,
  layout: IndicatorLayout,
  row: number,
  which: number,
): boolean {
  const keys = layout.headerKeys[which];
  if (keys === undefined) return false;
  let filled = 0;
  for (let c = layout.left; c <= layout.right; c++) {
    const want = keys[c - layout.left];
    if (want === '') continue;
    filled++;
    if (nameKey(cellText(sheet, row, c)) !== want) return false;
  }
  return filled > 0;
}
