import type { BudgetColumns, BudgetLevel, BudgetNode, BudgetTable } from '../model/budget';
import { BUDGET_LEVELS } from '../model/budget';
import type { CellRef, StatedNumber, StatedText } from '../model/source';
import type { NumberKind, ReadNumberOptions } from '../numbers/types';
import { readNumber } from '../numbers/read-number';
import type { CellValue, SheetSnapshot, SnapshotCell } from '../snapshot';
import { columnLetters, isCellError } from '../snapshot';
import type { Temuan } from '../temuan';
import { nameKey } from '../text';
import { fromRoman } from '../roman';
import { KOLOM_ANGGARAN, recogniseAnggaranMessages as msg } from '../messages/recognise-anggaran';
import { KEANDALAN } from '../messages/keandalan';
import {
  findHeaderRows,
  headerRepeatLength,
  isBlankRow,
  isColumnNumberRow,
  isFigureText,
  patternMatcher,
  titleAbove,
  valueText,
  type FoundHeader,
} from './header';
import { templateTableRanges } from './template-spec';
import { note } from './indicator-cells';

/** Fields of a budget table header. */
export type BudgetField = 'marker' | 'code' | 'name' | 'pagu' | 'realisasi' | 'capaian';

/**
 * Header words of budget tables (DESIGN.md §5), matched against headerKey: `Pagu`, `Pagu Anggaran`,
 * `Anggaran`, `Anggaran Setelah Perubahan`, `Realisasi (Rp)`, `Capaian (%)`, `%`, `Persentase`, `No`,
 * `Kode Rekening`, `Kegiatan`, `Program/Kegiatan`, `Uraian`, `Nama` … A group text with a sub-header
 * is matched together (`Anggaran` + `Sebelum Perubahan` matches nothing, so that column is not read).
 */
export const budgetHeader = patternMatcher<BudgetField>([
  ['marker', /no|nomor|no urut/],
  ['code', /kode( rekening| rek| program| kegiatan| sub kegiatan| anggaran)?/],
  [
    'capaian',
    /(capaian( anggaran| keuangan)?|persentase( capaian| realisasi)?|realisasi persen|persen)( persen)?/,
  ],
  ['realisasi', /realisasi( anggaran| keuangan| belanja)?( rp)?/],
  [
    'pagu',
    /(pagu( anggaran)?|anggaran|jumlah anggaran|alokasi( anggaran)?|dpa)( setelah perubahan| sesudah perubahan| perubahan)?( rp)?|anggaran pagu( rp)?/,
  ],
  ['name', /(uraian|nama|program|kegiatan|sub kegiatan|rekening)( [a-z ]+)?/],
]);

/** The numbering conventions of LKjIP budget tables. */
type MarkerKind = 'roman' | 'arabic' | 'dotted' | 'paren' | 'dash';

const MARKER_PATTERNS: ReadonlyArray<readonly [MarkerKind, RegExp]> = [
  // Up to LXXXIX as written (`IIII` too); from XC on see HIGH_ROMAN.
  ['roman', /^[IVXL]+\.?$/],
  ['arabic', /^\d{1,3}\.?$/],
  ['dotted', /^\d{1,3}(?:\.\d{1,3})+\.?$/],
  ['paren', /^\(?\d{1,3}\)$|^[a-z]\)$/],
  ['dash', /^[-\u2013\u2014\u2022\u00b7*]$/],
];

/** A marker leading the name: `1) Penyusunan …`, `- Belanja …`, `II PROGRAM …`, `1.1 Koordinasi …`. */
const LEADING_MARKER = /^([IVXLCDM]+\.?|\d{1,3}(?:\.\d{1,3})*[.)]?|\(\d{1,3}\))\s+(\p{L}.*)$/u;
const LEADING_DASH = /^([-\u2013\u2014\u2022\u00b7*])\s*(\S.*)$/;
/** A budget code leading the name: `7.01.01.2.01 Administrasi …`. */
const LEADING_CODE = /^(\d{1,2}(?:\.[\dX]{1,4}){2,})\s+(\S.*)$/;
/** A first character LEADING_MARKER, LEADING_DASH or LEADING_CODE can match: most names need none of them. */
const LEADS_WITH_MARKER_OR_CODE = /^[\dIVXLCDM(\-\u2013\u2014\u2022\u00b7*]/;

/** SIPD code shapes (Kepmendagri 050-5889 numbering). */
const CODE_LEVELS: ReadonlyArray<readonly [BudgetLevel | 'kelompok', RegExp]> = [
  ['rekening', /^[4-6]\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}$/],
  ['kelompok', /^[4-6](?:\.\d(?:\.\d{2}){0,3})?$/],
  ['program', /^[\dX]{1,2}\.[\dX]{2}\.\d{2}$/],
  ['kegiatan', /^[\dX]{1,2}\.[\dX]{2}\.\d{2}\.\d\.\d{2}$/],
  ['subkegiatan', /^[\dX]{1,2}\.[\dX]{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/],
];

/**
 * The level a SIPD budget code names: `7.01.01` → program, `7.01.01.2.01` → kegiatan,
 * `7.01.01.2.01.0001` → subkegiatan, `5.1.02.01.01.0024` → rekening, `5.1.02` → kelompok (an account
 * group line); undefined for anything else.
 */
export function budgetCodeLevel(code: string): BudgetLevel | 'kelompok' | undefined {
  // Every code starts with a digit or X: a name (each row has one) fails here without five patterns.
  const first = code.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 88)) return undefined;
  for (const [level, re] of CODE_LEVELS) if (re.test(code)) return level;
  return undefined;
}

/**
 * A well-formed numeral with C, D or M (XC, C, CXXXIII …). It counts as a marker only where the table
 * already numbers programs up to LXXXIX: alone, `C.`, `D`, `CV` or `DI` are as likely a letter group
 * (`A. Pendapatan`, `B. Belanja`, `C. Pembiayaan`) or the start of a name.
 */
const HIGH_ROMAN = /^(?=[CDMX])(?=.*[CDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.?$/;
/** The program number after which HIGH_ROMAN numerals count (LXXXIX). */
const LAST_LOW_ROMAN = 89;

function markerKind(text: string, highRoman: boolean): MarkerKind | undefined {
  for (const [kind, re] of MARKER_PATTERNS) if (re.test(text)) return kind;
  return highRoman && HIGH_ROMAN.test(text) ? 'roman' : undefined;
}

/** One body row split into what it holds. */
interface RowParts {
  row: number;
  marker?: { text: string; kind: MarkerKind; ref: CellRef };
  code?: { text: string; level: BudgetLevel | 'kelompok' | undefined; col: number };
  name?: { text: string; col: number };
  /**
   * Columns of the row's figures, in order. Only the columns: the cells are read again from the sheet
   * when the tree is built, so that nothing per figure is kept from the first pass to the second (at
   * 100 000 lines, 384 000 figure objects outliving the young generation were the pass's largest cost).
   */
  figures: number[];
  /** Last column holding anything. */
  right: number;
}

const FIGURE_FIELDS = ['pagu', 'realisasi', 'capaian'] as const;
type FigureField = (typeof FIGURE_FIELDS)[number];
const KIND_OF: Record<FigureField, NumberKind> = { pagu: 'rupiah', realisasi: 'rupiah', capaian: 'persen' };
const NO_OPTIONS: ReadNumberOptions = {};
/**
 * readNumber's options per number format, made once instead of per figure: a workbook uses a handful
 * of formats. Bounded, as nameKey's memo is, so a long-lived task pane cannot grow it without end.
 */
const OPTIONS_BY_FORMAT = new Map<string, ReadNumberOptions>();
const OPTIONS_LIMIT = 1000;

function readOptions(numberFormat: string | undefined): ReadNumberOptions {
  if (numberFormat === undefined) return NO_OPTIONS;
  let options = OPTIONS_BY_FORMAT.get(numberFormat);
  if (options === undefined) {
    options = { numberFormat };
    if (OPTIONS_BY_FORMAT.size < OPTIONS_LIMIT) OPTIONS_BY_FORMAT.set(numberFormat, options);
  }
  return options;
}

/** Significant digits an Excel cell keeps. */
const EXCEL_DIGITS = 15;
const EXCEL_WHOLE_LIMIT = 1e15;

/** A whole number below 10^15 has at most 15 digits: no need to count them on its Decimal. */
function fitsExcelDigits(value: CellValue): boolean {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < EXCEL_WHOLE_LIMIT;
}

const TOTAL_LABEL = /^(jumlah|total)( total| keseluruhan| anggaran| belanja| seluruhnya)?$/;
const END_LABEL = /^(sumber|keterangan|catatan|ket)\b|^tabel \d/;

/**
 * Every budget table on a sheet (Tabel 2.7/3.8/3.10 style or a SIPD export), with notes about rows
 * that could not be placed (STR-01) and doubled header columns (STR-02). Levels come from budget codes
 * where a row has one, else from numbering markers — Roman = program, Arabic = kegiatan, `1)` = sub
 * kegiatan, `-` = rekening (with dotted numbering and no Roman numerals, `1.` = program, `1.1` =
 * kegiatan) — in their own column or leading the name. Text rows without marker and figures continue
 * the line above. Figures are read with readNumber (Rupiah for pagu/realisasi, persen for capaian).
 * Canonical template tables are left to the template recogniser.
 * Example: the seed's Tabel 3.8 gives one table of 5 programs, 13 kegiatan, 27 sub kegiatan, 82 rekening.
 */
export function recogniseBudgetTables(sheet: SheetSnapshot): { tables: BudgetTable[]; notes: Temuan[] } {
  const templates = templateTableRanges(sheet);
  const headers = findHeaderRows(sheet, budgetHeader, ['name', 'pagu']).filter(
    (h) =>
      !templates.some((t) => h.top >= t.top && h.top <= t.bottom && h.left >= t.left && h.left <= t.right),
  );
  const tables: BudgetTable[] = [];
  const notes: Temuan[] = [];
  let consumedTo = -1;
  for (let h = 0; h < headers.length; h++) {
    const header = headers[h];
    if (header.top <= consumedTo) continue;
    const nextTop = headers.slice(h + 1).find((x) => headerRepeatLength(sheet, x.top, header) === 0)?.top;
    const table = readBudgetTable(sheet, header, nextTop ?? Number.MAX_SAFE_INTEGER, notes);
    if (table === undefined) continue;
    tables.push(table);
    consumedTo = table.range.bottom;
  }
  return { tables, notes };
}

function readBudgetTable(
  sheet: SheetSnapshot,
  header: FoundHeader<BudgetField>,
  stopRow: number,
  notes: Temuan[],
): BudgetTable | undefined {
  const f = header.fields;
  const columns: BudgetColumns = { name: f.name as number, pagu: f.pagu as number };
  if (f.marker !== undefined) columns.marker = f.marker;
  if (f.code !== undefined) columns.code = f.code;
  if (f.realisasi !== undefined) columns.realisasi = f.realisasi;
  if (f.capaian !== undefined) columns.capaian = f.capaian;
  for (const d of header.duplicates) {
    const label = header.columns.find((c) => c.col === d.col);
    const text = label ? [label.top, label.bottom].filter((t) => t !== '').join(' ') : d.field;
    notes.push(
      note(
        sheet.name,
        header.top,
        d.col,
        'STR-02',
        'info',
        msg.kolomGanda(text, columnLetters(f[d.field] as number)),
      ),
    );
  }

  const headerCols = new Set(header.columns.map((c) => c.col));
  const figureFields = FIGURE_FIELDS.filter((k) => f[k] !== undefined).sort(
    (a, b) => (f[a] as number) - (f[b] as number),
  );
  const figureCols = new Set(figureFields.map((k) => f[k] as number));

  // First pass: split rows and find where the table ends.
  const parts: RowParts[] = [];
  let totalParts: RowParts | undefined;
  let blankRun = 0;
  let highestRoman = 0;
  let lastContent = header.bodyStart - 1;
  const lastRow = Math.min(sheet.rows.length - 1, stopRow - 1);
  for (let r = header.bodyStart; r <= lastRow; r++) {
    if (isBlankRow(sheet, r, header.left, Number.MAX_SAFE_INTEGER)) {
      if (++blankRun >= 3) break;
      continue;
    }
    const repeat = headerRepeatLength(sheet, r, header);
    if (repeat > 0) {
      r += repeat - 1;
      blankRun = 0;
      continue;
    }
    if (isColumnNumberRow(sheet, r, header.left, header.right + 2)) continue;
    const p = splitRow(sheet, r, header.left, columns.code, figureCols, highestRoman >= LAST_LOW_ROMAN);
    if (p.marker?.kind === 'roman')
      highestRoman = Math.max(highestRoman, fromRoman(p.marker.text.replace(/\.$/, '')) ?? 0);
    // Only an unnumbered row can end the table: skip the name key for the rest.
    const label = p.name && !p.marker && !p.code ? nameKey(p.name.text) : '';
    if (!p.marker && !p.code && END_LABEL.test(label)) break;
    if (!p.marker && !p.code && TOTAL_LABEL.test(label)) {
      totalParts = p;
      lastContent = r;
      break;
    }
    // A plain text row after a gap is no continuation: the table has ended.
    if (!p.marker && !p.code && p.figures.length === 0 && r - lastContent > 2) break;
    blankRun = 0;
    parts.push(p);
    lastContent = r;
  }
  if (parts.length === 0 && totalParts === undefined) {
    notes.push(note(sheet.name, header.top, header.left, 'STR-03', 'info', KEANDALAN.judulTanpaBaris()));
    return undefined;
  }

  const hasRoman = parts.some((p) => p.marker?.kind === 'roman');
  const hasDotted = parts.some((p) => p.marker?.kind === 'dotted');
  const levelOfMarker = (m: { text: string; kind: MarkerKind }): BudgetLevel => {
    switch (m.kind) {
      case 'roman':
        return 'program';
      case 'arabic':
        return hasDotted && !hasRoman ? 'program' : 'kegiatan';
      case 'dotted': {
        const depth = m.text.replace(/\.$/, '').split('.').length - 1 + (hasRoman ? 1 : 0);
        return BUDGET_LEVELS[Math.min(depth, 3)];
      }
      case 'paren':
        return 'subkegiatan';
      case 'dash':
        return 'rekening';
    }
  };

  const fieldAtCol = new Map<number, FigureField>(figureFields.map((k) => [f[k] as number, k]));
  /** An STR-01 warning at a cell of the table. */
  const warn = (row: number, col: number, message: string) =>
    notes.push(note(sheet.name, row, col, 'STR-01', 'peringatan', message));
  /**
   * Reads a row's figures into `into`: by column when every figure stands in a header column, else in
   * order (rows pasted shifted to the right), noting figures that fit no column or cannot be read.
   */
  const readFigures = (p: RowParts, into: Partial<Record<FigureField, StatedNumber>>): void => {
    const cells = sheet.rows[p.row] ?? [];
    let inHeader = true;
    for (const col of p.figures) if (!headerCols.has(col)) inHeader = false;
    for (let i = 0; i < p.figures.length; i++) {
      const col = p.figures[i];
      const cell = cells[col] ?? EMPTY_CELL;
      const field = inHeader ? fieldAtCol.get(col) : figureFields[i];
      if (field === undefined) {
        if (!inHeader) warn(p.row, col, msg.angkaBerlebih(figureText(cell)));
        continue;
      }
      if (isUncached(cell)) {
        warn(p.row, col, KEANDALAN.rumusTanpaNilai(KOLOM_ANGGARAN[field]));
        continue;
      }
      const reading = readNumber(cell.value, KIND_OF[field], readOptions(cell.numberFormat));
      if (
        reading.ok &&
        field !== 'capaian' &&
        !fitsExcelDigits(cell.value) &&
        reading.value.precision(true) > EXCEL_DIGITS
      ) {
        // Excel keeps 15 significant digits: such an amount cannot be summed or written back exactly.
        warn(p.row, col, KEANDALAN.angkaTerlaluPanjang(KOLOM_ANGGARAN[field], figureText(cell)));
      } else if (reading.ok) {
        setFigure(into, field, {
          ref: { sheet: sheet.name, row: p.row, col },
          value: reading.value,
          reading,
        });
        if (field === 'pagu' && reading.value.isNegative())
          warn(p.row, col, KEANDALAN.paguNegatif(figureText(cell)));
      } else if (reading.reason !== 'kosong') {
        warn(p.row, col, msg.nilaiTakTerbaca(KOLOM_ANGGARAN[field], figureText(cell)));
      }
    }
  };

  // Second pass: build the tree.
  const nodes: BudgetNode[] = [];
  const roots: number[] = [];
  const stack: number[] = [];
  let right = header.right;
  let bottom = header.numberRow ?? header.bottom;
  for (const p of parts) {
    const level: BudgetLevel | 'kelompok' | undefined =
      p.code?.level ?? (p.marker ? levelOfMarker(p.marker) : undefined);
    const at = p.name?.col ?? p.marker?.ref.col ?? p.figures[0] ?? header.left;
    if (level === 'kelompok') {
      notes.push(note(sheet.name, p.row, at, 'STR-01', 'info', msg.kelompokRekening(p.code?.text ?? '')));
      continue;
    }
    if (level === undefined) {
      if (p.name === undefined) {
        warn(p.row, at, msg.angkaTanpaUraian());
      } else if (p.figures.length > 0 || p.code !== undefined) {
        warn(p.row, at, msg.barisTanpaTingkat(p.name.text));
      } else if (nodes.length === 0) {
        notes.push(note(sheet.name, p.row, at, 'STR-01', 'info', msg.sambunganTanpaInduk(p.name.text)));
      } else {
        const prev = nodes[nodes.length - 1];
        prev.name = `${prev.name} ${p.name.text}`;
        prev.nameRef = { ref: prev.nameRef.ref, text: prev.name };
        prev.lastRow = p.row;
        bottom = Math.max(bottom, p.row);
      }
      continue;
    }
    if (p.name === undefined && p.figures.length === 0) {
      notes.push(
        note(sheet.name, p.row, at, 'STR-01', 'info', msg.penandaSaja(p.marker?.text ?? p.code?.text ?? '')),
      );
      continue;
    }
    if (p.name === undefined) {
      warn(p.row, at, msg.angkaTanpaUraian());
      continue;
    }
    const depth = BUDGET_LEVELS.indexOf(level);
    while (stack.length > 0 && BUDGET_LEVELS.indexOf(nodes[stack[stack.length - 1]].level) >= depth)
      stack.pop();
    const index = nodes.length;
    const nameRef: StatedText = {
      ref: { sheet: sheet.name, row: p.row, col: p.name.col },
      text: p.name.text,
    };
    const node: BudgetNode = {
      index,
      level,
      name: p.name.text,
      row: p.row,
      lastRow: p.row,
      nameRef,
      children: [],
    };
    if (p.marker) {
      node.marker = p.marker.text;
      node.markerRef = p.marker.ref;
    }
    if (p.code) node.code = p.code.text;
    readFigures(p, node);
    const parent = stack[stack.length - 1];
    if (parent === undefined) roots.push(index);
    else {
      node.parent = parent;
      nodes[parent].children.push(index);
    }
    stack.push(index);
    nodes.push(node);
    right = Math.max(right, p.right);
    bottom = Math.max(bottom, p.row);
  }

  const table: BudgetTable = {
    kind: 'anggaran',
    sheet: sheet.name,
    range: { top: header.top, left: header.left, bottom, right },
    headerRange: {
      top: header.top,
      left: header.left,
      bottom: header.numberRow ?? header.bottom,
      right: header.right,
    },
    style: nodes.some((n) => n.code !== undefined) ? 'sipd' : 'lkjip',
    columns,
    nodes,
    roots,
  };
  const title = titleAbove(sheet, header.top, header.left, header.right);
  if (title !== undefined) table.title = title;
  if (totalParts !== undefined && totalParts.name !== undefined) {
    const total: NonNullable<BudgetTable['total']> = {
      row: totalParts.row,
      label: {
        ref: { sheet: sheet.name, row: totalParts.row, col: totalParts.name.col },
        text: totalParts.name.text,
      },
    };
    readFigures(totalParts, total);
    table.total = total;
    table.range.bottom = totalParts.row;
    table.range.right = Math.max(table.range.right, totalParts.right);
  }
  return table;
}

/**
 * Splits a body row into marker, code, name and figures, reading cells left to right from the
 * table's left edge: cells before the name that are markers or codes, the first other text as the
 * name (a marker or code leading it split off), and the figures after it (with any text standing in a
 * pagu/realisasi/capaian column, so that an unreadable figure is reported rather than dropped).
 */
function splitRow(
  sheet: SheetSnapshot,
  row: number,
  left: number,
  codeCol: number | undefined,
  figureCols: ReadonlySet<number>,
  highRoman: boolean,
): RowParts {
  const cells = sheet.rows[row] ?? [];
  // All fields set from the start: one object shape for every row.
  const p: RowParts = { row, marker: undefined, code: undefined, name: undefined, figures: [], right: left };
  for (let c = left; c < cells.length; c++) {
    const cell = cells[c];
    if (cell === undefined) continue;
    const value = cell.value;
    // Numbers first, without their text: a budget row is mostly figures, and the text is only for messages.
    if (typeof value === 'number') {
      p.right = c;
      if (p.name === undefined && c === codeCol) {
        const text = String(value);
        p.code = { text, level: budgetCodeLevel(text), col: c };
        continue;
      }
      if (
        p.name === undefined &&
        p.figures.length === 0 &&
        Number.isInteger(value) &&
        value > 0 &&
        value < 1000
      ) {
        p.marker = { text: String(value), kind: 'arabic', ref: { sheet: sheet.name, row, col: c } };
        continue;
      }
      p.figures.push(c);
      continue;
    }
    const text = figureValueText(value);
    if (text === '') {
      if (cell.formula !== undefined && value === null && p.name !== undefined && figureCols.has(c)) {
        p.figures.push(c);
        p.right = c;
      }
      continue;
    }
    p.right = c;
    if (p.name === undefined) {
      if (c === codeCol) {
        p.code = { text, level: budgetCodeLevel(text), col: c };
        continue;
      }
      const kind = markerKind(text, highRoman);
      if (kind !== undefined && p.figures.length === 0) {
        p.marker = { text, kind, ref: { sheet: sheet.name, row, col: c } };
        continue;
      }
      const codeLevel = typeof value === 'string' ? budgetCodeLevel(text) : undefined;
      if (codeLevel !== undefined) {
        p.code = { text, level: codeLevel, col: c };
        continue;
      }
      if (typeof value !== 'string' || isFigureText(text)) {
        p.figures.push(c);
        continue;
      }
      p.name = { text, col: c };
      splitLeading(p, sheet.name, row, c, highRoman);
      continue;
    }
    if (isCellError(value) || isFigureText(text) || figureCols.has(c)) {
      p.figures.push(c);
    }
  }
  return p;
}

/**
 * Stores a figure under its field's own name: a store under a variable key (`into[field]`) on nodes of
 * several shapes is a dictionary-style store in V8, the hottest line of the budget recogniser at
 * 100 000 lines (a quarter of a second in a CPU profile).
 */
function setFigure(
  into: Partial<Record<FigureField, StatedNumber>>,
  field: FigureField,
  n: StatedNumber,
): void {
  if (field === 'pagu') into.pagu = n;
  else if (field === 'realisasi') into.realisasi = n;
  else into.capaian = n;
}

const EMPTY_CELL: SnapshotCell = { value: null };

/** A formula saved without its value: the figure is unknown, not empty. */
function isUncached(cell: SnapshotCell): boolean {
  return cell.formula !== undefined && cell.value === null;
}

/** A value's text as the budget reader splits rows by it: valueText, and an Excel error's code (`#REF!`). */
function figureValueText(value: CellValue): string {
  return isCellError(value) ? value.error : valueText(value);
}

/** A figure cell's text as a message shows it: the formula of an uncached one, else figureValueText. */
function figureText(cell: SnapshotCell): string {
  return isUncached(cell) ? `=${cell.formula}` : figureValueText(cell.value);
}

/** Moves a code or marker that leads the name text into the row's code or marker. */
function splitLeading(p: RowParts, sheet: string, row: number, col: number, highRoman: boolean): void {
  if (p.name === undefined) return;
  const text = p.name.text;
  if (!LEADS_WITH_MARKER_OR_CODE.test(text)) return;
  const code = LEADING_CODE.exec(text);
  if (code && p.code === undefined) {
    const level = budgetCodeLevel(code[1]);
    if (level !== undefined) {
      p.code = { text: code[1], level, col };
      p.name.text = code[2];
      return;
    }
  }
  const m = LEADING_MARKER.exec(text) ?? LEADING_DASH.exec(text);
  if (!m) return;
  const kind = markerKind(m[1], highRoman);
  if (kind === undefined) return;
  p.marker = { text: m[1], kind, ref: { sheet, row, col } };
  p.name.text = m[2];
}
