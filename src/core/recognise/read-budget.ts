import {
  budgetNode,
  type BudgetColumns,
  type BudgetLevel,
  type BudgetNode,
  type BudgetTable,
} from '../model/budget';
import { amountOf, BudgetFigures, FIGURE_FIELDS, type FigureField } from '../model/budget-figures';
import { Decimal } from '../decimal';
import { BUDGET_LEVELS } from '../model/budget';
import type { TableContext, UnplacedRow } from '../model/roles';
import type { StatedNumber } from '../model/source';
import type { NumberKind } from '../numbers/types';
import { readNativeShape, readNumber } from '../numbers/read-number';
import type { CellValue, SheetSnapshot, SnapshotCell } from '../snapshot';
import { isCellError } from '../snapshot';
import type { Temuan } from '../temuan';
import { nameKey } from '../text';
import { fromRoman } from '../roman';
import { KEANDALAN } from '../messages/keandalan';
import { NAMA_TINGKAT_ANGGARAN } from '../messages/temuan';
import { BUKTI, KOLOM_ANGGARAN, PESAN_PENGENALAN as msg } from '../messages/recognise';
import { isFigureText, note, readOptions, valueText } from './cells';
import {
  LAST_LOW_ROMAN,
  budgetCodeLevel,
  levelWord,
  markerKind,
  markerLevels,
  nameAlone,
  splitLeading,
  type LeadingParts,
  type LevelWord,
  type MarkerKind,
} from './budget-numbering';
import type { ClassifiedTable } from './classify-table';
import type { ScannedTable } from './sheet-scan';

/** The figures of a row without any: one array for them all, never written to. */
const NO_FIGURES: readonly number[] = [];

/**
 * One body row split into what it holds. Plain fields, not an object per part: a budget keeps every
 * row's parts until its tree is built, so each object per row outlives the young generation.
 * A part's column means nothing while the part is undefined. A class, not an object literal: for a
 * literal, V8 decides at its allocation site, once the rows' parts survive, to make them in the old
 * generation, which throws away the optimised splitRow.
 */
class RowParts {
  /** The numbering marker's text (`II`, `1.`, `a)`), its kind and column. */
  marker: string | undefined = undefined;
  markerKind: MarkerKind | undefined = undefined;
  markerCol = -1;
  /** The budget code's text, the level its shape names, and its column. */
  code: string | undefined = undefined;
  codeLevel: BudgetLevel | 'kelompok' | undefined = undefined;
  codeCol = -1;
  name: string | undefined = undefined;
  nameCol = -1;
  /** The level word leading the name (`Program …`, `Sub Kegiatan …`, `Belanja …`). */
  word: LevelWord | undefined = undefined;
  /**
   * Columns of the row's figures, in order. Only the columns: the cells are read again from the sheet
   * when the tree is built, so that nothing per figure is kept from the first pass to the second (at
   * 100 000 lines, 384 000 figure objects outliving the young generation were the pass's largest cost).
   * Shared by rows with the same columns (see FigureColumns): never written to.
   */
  figures: readonly number[] = NO_FIGURES;

  constructor(
    readonly row: number,
    /** Last column holding anything. */
    public right: number,
  ) {}
}

const KIND_OF: Record<FigureField, NumberKind> = {
  pagu: 'rupiah',
  realisasi: 'rupiah',
  capaian: 'persen',
  sisa: 'rupiah',
};

/** Significant digits an Excel cell keeps. */
const EXCEL_DIGITS = 15;
const EXCEL_WHOLE_LIMIT = 1e15;

/** A whole number below 10^15 has at most 15 digits: no need to count them on its Decimal. */
function fitsExcelDigits(value: CellValue): boolean {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < EXCEL_WHOLE_LIMIT;
}

/** Labels of the closing total row (`JUMLAH`, `J U M L A H`, `Total Belanja`, `TOTAL APBD`). */
export const TOTAL_LABEL =
  /^(jumlah|total|grand total)( total| keseluruhan| anggaran| belanja( langsung| daerah)?| seluruhnya| program| kegiatan| akhir| apbd( perubahan)?| dpa| opd| skpd)?$/;

/** Names of a unit, an urusan or a bidang: the rows a SIPD export states above its programs. */
const UNIT_HEADING =
  /^(urusan|bidang|organisasi|sub ?unit|unit|dinas|badan|kantor|kecamatan|sekretariat|inspektorat|satuan|rsud|rumah sakit|biro|kelurahan|pemerintah)\b/;

/** Whether a row is a unit's or urusan's heading: so named, or coded as an urusan (`2.16`) or bidang (`2.16.2`). */
function isUnitHeading(p: RowParts): boolean {
  if (p.code !== undefined) return p.codeLevel === undefined && /^\d{1,2}\.\d{2}(\.\d)?$/.test(p.code);
  return p.name !== undefined && UNIT_HEADING.test(nameKey(p.name));
}

/** Labels of a subtotal inside the lines (`Sub Total`, `Jumlah Program 2`, `Total Kegiatan A`): no line of the tree. */
const SUBTOTAL_LABEL = /^(sub ?total|jumlah|total)\b/;

const EMPTY_CELL: SnapshotCell = { value: null };

/**
 * Where a table's rows gather their figure columns (the first ones of `scratch`, which is never
 * shortened: emptying an array drops its storage, and the next row's first column would allocate it
 * again), and the last list kept. The lines of a budget state their figures in the same columns, row
 * after row: a row whose columns equal the last list's shares it, so that a budget keeps a handful of
 * lists rather than one per row until its tree is built.
 */
interface FigureColumns {
  scratch: number[];
  last: readonly number[];
}

/** Whether the first `count` columns of `a` are the columns of `b`, in the same order. */
function sameColumns(a: readonly number[], count: number, b: readonly number[]): boolean {
  if (count !== b.length) return false;
  for (let i = 0; i < count; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What splitRow reads in a name cell's string: its text (valueText), whether it names the line (no
 * marker, figure or code), and, if so, what leads it and the level word of the rest. A class, as
 * LeadingParts is: kept for the whole table.
 */
class NameText {
  readonly text: string;
  readonly named: boolean;
  readonly lead: LeadingParts;
  readonly word: LevelWord | undefined;

  constructor(value: string, highRoman: boolean) {
    const text = valueText(value);
    this.text = text;
    this.named =
      text !== '' &&
      markerKind(text, highRoman) === undefined &&
      !isFigureText(text) &&
      budgetCodeLevel(text) === undefined;
    this.lead = this.named ? splitLeading(text, highRoman) : nameAlone(text);
    this.word = this.named ? levelWord(this.lead.name) : undefined;
  }
}

/**
 * The name texts a table's rows have read, by string: a budget's names repeat (the same rekening under
 * every sub kegiatan, one shared string), and each is read once. A name that says its level (`Program
 * …`, `Kegiatan …`, `Sub Kegiatan …`) names one line and is not kept: the map stays small (quick to
 * ask) and keeps nothing a table reads once. Whether a text is a marker, and what leads it, depend on
 * whether high Roman numerals count: a map for each (they never stop counting once they do), chosen by
 * index rather than a branch first taken deep into the table.
 */
class NameTexts {
  private readonly byString = [new Map<string, NameText>(), new Map<string, NameText>()];

  of(value: string, highRoman: boolean): NameText {
    const texts = this.byString[highRoman ? 1 : 0];
    let read = texts.get(value);
    if (read === undefined) {
      read = new NameText(value, highRoman);
      if (read.word === undefined || !read.word.strong) texts.set(value, read);
    }
    return read;
  }
}

/** What a code column's cell holds: digits, dots and X (`7.01.01`, `29`, `5.1.02.01.01.0024`). */
const CODE_TEXT = /^[\dX][\dX.]*$/;

/**
 * What splitRow reads in a string left of a row's name, other than the name column's: its text
 * (valueText), the level of the code it is (budgetCodeLevel), whether the code column takes it as a
 * code (a level's shape first, each also a CODE_TEXT; else CODE_TEXT), and, where it is not so taken,
 * its marker kind. Only a string is asked: another value's text is empty (a blank, a formula without
 * its value) or an error's code (`#REF!`), which no code or marker pattern matches.
 */
class MarkText {
  readonly text: string;
  readonly codeLevel: BudgetLevel | 'kelompok' | undefined;
  readonly coded: boolean;
  readonly markerKind: MarkerKind | undefined;

  constructor(value: string, highRoman: boolean, codeColumn: boolean) {
    const text = valueText(value);
    this.text = text;
    this.codeLevel = budgetCodeLevel(text);
    this.coded = codeColumn && (this.codeLevel !== undefined || CODE_TEXT.test(text));
    this.markerKind = this.coded ? undefined : markerKind(text, highRoman);
  }
}

/**
 * The texts left of the names that a table's rows have read, by string, as NameTexts keeps the names:
 * markers repeat (`-`, `1)`, a handful of numbers), and so does a rekening's code under every sub
 * kegiatan; the code of a program, kegiatan or sub kegiatan names one line and is not kept. A map for
 * each column kind (code column or not) and for whether high Roman numerals count, chosen by index.
 */
class MarkTexts {
  private readonly byString = [
    new Map<string, MarkText>(),
    new Map<string, MarkText>(),
    new Map<string, MarkText>(),
    new Map<string, MarkText>(),
  ];

  of(value: string, highRoman: boolean, codeColumn: boolean): MarkText {
    const texts = this.byString[(highRoman ? 2 : 0) + (codeColumn ? 1 : 0)];
    let read = texts.get(value);
    if (read === undefined) {
      read = new MarkText(value, highRoman, codeColumn);
      if (read.coded ? read.codeLevel === 'rekening' : read.markerKind !== undefined) texts.set(value, read);
    }
    return read;
  }
}

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
  else if (field === 'capaian') into.capaian = n;
  else into.sisa = n;
}

/** Notes a figure no sum may use (a sisa is no sum's part). A function, not a closure made per figure. */
function markUnreadable(
  into: { unreadable?: Array<'pagu' | 'realisasi' | 'capaian'> },
  field: FigureField,
): void {
  if (field !== 'sisa') (into.unreadable ??= []).push(field);
}

/**
 * Splits a body row into marker, code, name and figures. The name is the name column's text where it
 * has one; else (rows pasted ragged from a PDF) the first text from the table's left edge that is no
 * marker or code. A marker or code leading the name, or glued to it, is split off, and so is a level
 * word. Figures are the numbers and figure texts after the name, and any text standing in a figure
 * column (so that an unreadable figure is reported rather than dropped). A code written in parts
 * across `split.columns` (`1 | 20 | 05 | 29 | 01`) is joined with dots (`1.20.05.29.01`), leading parts
 * left blank taken from the row above (`split.carried`); its level is set later, from how many parts
 * the rows have. A row with a label there (JUMLAH) is read as any other.
 */
function splitRow(
  sheet: SheetSnapshot,
  row: number,
  left: number,
  columns: BudgetColumns,
  figureCols: ReadonlySet<number>,
  highRoman: boolean,
  groupColumn: number | undefined,
  split: SplitCode | undefined,
  figureColumns: FigureColumns,
  nameTexts: NameTexts,
  markTexts: MarkTexts,
): RowParts {
  const cells = sheet.rows[row] ?? [];
  // All fields set from the start: one object shape for every row.
  const p = new RowParts(row, left);
  // The columns gather in the table's scratch array and are copied once, at their exact length: an
  // array grown by push keeps room for 17, and every row's array lives as long as the table is read.
  const figures = figureColumns.scratch;
  let count = 0;
  const nameCol = columns.name;
  // The name column names the line when it holds a name (not a marker or figure of a row pasted ragged).
  const nameValue = nameCol !== undefined && nameCol < cells.length ? cells[nameCol]?.value : undefined;
  const nameText = typeof nameValue === 'string' ? nameTexts.of(nameValue, highRoman) : undefined;
  const named = nameText !== undefined && nameText.named;
  // A grouping column (Sasaran) between the numbering and the name: the numbers are the group's, not the line's.
  const grouped = groupColumn !== undefined && nameCol !== undefined && named;
  const pieces = split === undefined ? undefined : codePieces(sheet, row, split.columns, split.carried);
  if (split !== undefined && pieces !== undefined) {
    split.carried = pieces;
    p.code = pieces.join('.');
    p.codeCol = split.columns[0];
  }
  for (let c = left; c < cells.length; c++) {
    const cell = cells[c];
    if (cell === undefined) continue;
    if (pieces !== undefined && c >= (split as SplitCode).columns[0] && c <= (split as SplitCode).last)
      continue;
    if (grouped && c < (nameCol as number) && c !== columns.code) continue;
    const value = cell.value;
    // Numbers first, without their text: a budget row is mostly figures, and the text is only for messages.
    if (typeof value === 'number') {
      p.right = c;
      if (p.name === undefined && c === columns.code) {
        const text = String(value);
        setCode(p, text, budgetCodeLevel(text), c);
        continue;
      }
      if (
        p.name === undefined &&
        count === 0 &&
        Number.isInteger(value) &&
        value > 0 &&
        value < 1000 &&
        !figureCols.has(c)
      ) {
        setMarker(p, String(value), 'arabic', c);
        continue;
      }
      if (named && c < (nameCol as number)) continue;
      figures[count++] = c;
      continue;
    }
    // The name column's text was read and judged above: a name, not a marker, code or figure.
    const isName = named && c === nameCol;
    // A string before the name, read once per distinct string (MarkTexts).
    const mark =
      p.name === undefined && typeof value === 'string' && (!isName || c === columns.code)
        ? markTexts.of(value, highRoman, c === columns.code)
        : undefined;
    const text = isName
      ? (nameText as NameText).text
      : mark !== undefined
        ? mark.text
        : figureValueText(value);
    if (text === '') {
      if (cell.formula !== undefined && value === null && p.name !== undefined && figureCols.has(c)) {
        figures[count++] = c;
        p.right = c;
      }
      continue;
    }
    p.right = c;
    if (p.name === undefined) {
      // The code column holds codes; a label merged across it ("TOTAL KEGIATAN") is read as a name.
      // (Only a string can be a code or marker: another value's text is no code, see MarkText.)
      if (mark !== undefined && mark.coded) {
        setCode(p, text, mark.codeLevel, c);
        continue;
      }
      if (!isName) {
        const kind = mark?.markerKind;
        if (kind !== undefined && count === 0) {
          setMarker(p, text, kind, c);
          continue;
        }
        const codeLevel = mark?.codeLevel;
        if (codeLevel !== undefined) {
          setCode(p, text, codeLevel, c);
          continue;
        }
        if (named) continue;
        if (typeof value !== 'string' || isFigureText(text)) {
          figures[count++] = c;
          continue;
        }
      }
      const lead = isName ? (nameText as NameText).lead : splitLeading(text, highRoman);
      if (lead.code !== undefined && p.code === undefined) setCode(p, lead.code, lead.codeLevel, c);
      else if (lead.marker !== undefined && p.marker === undefined)
        setMarker(p, lead.marker, lead.markerKind as MarkerKind, c);
      const name =
        lead.code !== undefined && p.codeCol !== c
          ? text
          : lead.marker !== undefined && p.markerCol !== c
            ? text
            : lead.name;
      p.name = name;
      p.nameCol = c;
      p.word = isName && name === lead.name ? (nameText as NameText).word : levelWord(name);
      continue;
    }
    if (isCellError(value) || isFigureText(text) || figureCols.has(c)) figures[count++] = c;
  }
  if (count > 0) {
    if (!sameColumns(figures, count, figureColumns.last)) figureColumns.last = figures.slice(0, count);
    p.figures = figureColumns.last;
  }
  return p;
}

function setCode(p: RowParts, text: string, level: BudgetLevel | 'kelompok' | undefined, col: number): void {
  p.code = text;
  p.codeLevel = level;
  p.codeCol = col;
}

function setMarker(p: RowParts, text: string, kind: MarkerKind, col: number): void {
  p.marker = text;
  p.markerKind = kind;
  p.markerCol = col;
}

/**
 * The levels of marker kinds that the lines' own words give (`1. Program …`, `2. Program …`): where at
 * least two lines of a kind carry a level word, they all name one level, and they are at least half the
 * lines of that kind. Dotted numbers are left out: their depth is their level. Counted as the lines are
 * split, not in a pass of their own.
 */
class MarkerWords {
  private readonly seen = new Map<MarkerKind, { levels: Set<BudgetLevel>; worded: number; all: number }>();

  count(kind: MarkerKind, word: LevelWord | undefined): void {
    if (kind === 'dotted') return;
    let entry = this.seen.get(kind);
    if (entry === undefined) {
      entry = { levels: new Set<BudgetLevel>(), worded: 0, all: 0 };
      this.seen.set(kind, entry);
    }
    entry.all++;
    if (word !== undefined && word.strong) {
      entry.levels.add(word.level);
      entry.worded++;
    }
  }

  levels(): Map<MarkerKind, BudgetLevel> {
    const out = new Map<MarkerKind, BudgetLevel>();
    for (const [kind, e] of this.seen)
      if (e.levels.size === 1 && e.worded >= 2 && e.worded * 2 >= e.all) out.set(kind, [...e.levels][0]);
    return out;
  }
}

/**
 * Reads a budget table (Tabel 2.7/3.8/3.10 style, a SIPD export) from a classified block: the tree of
 * programs, kegiatan, sub kegiatan and rekening, each line's figures as stated, the closing JUMLAH row,
 * and every row it could not place (STR-01, kept in `unplaced`: such rows take part in no sum). Levels
 * come from budget codes, then from a level word leading the name, then from numbering markers (see
 * markerLevels), in their own column, leading the name or glued to it. A row without any of these but
 * with figures equal to the sum of the lines right under it is their parent. Text rows without marker
 * or figures continue the line above.
 * Example: the seed's Tabel 3.8 gives one table of 5 programs, 13 kegiatan, 27 sub kegiatan, 82 rekening.
 */
export function readBudgetTable(
  c: ClassifiedTable,
  context: TableContext,
  notes: Temuan[],
): BudgetTable | undefined {
  const { scanned } = c;
  const sheet = scanned.sheet;
  if (c.columnOf.pagu === undefined) return undefined;
  const columns: BudgetColumns = { pagu: c.columnOf.pagu };
  if (c.columnOf.name !== undefined) columns.name = c.columnOf.name;
  if (c.columnOf.numbering !== undefined) columns.marker = c.columnOf.numbering;
  if (c.columnOf.code !== undefined) columns.code = c.columnOf.code;
  if (c.columnOf.realisasi !== undefined) columns.realisasi = c.columnOf.realisasi;
  if (c.columnOf.capaian !== undefined) columns.capaian = c.columnOf.capaian;
  if (c.columnOf.sisa !== undefined) columns.sisa = c.columnOf.sisa;
  const headerCols = new Set(scanned.columns.map((x) => x.col));
  const figureFields = FIGURE_FIELDS.filter((k) => columns[k] !== undefined).sort(
    (a, b) => (columns[a] as number) - (columns[b] as number),
  );
  const figureCols = new Set(figureFields.map((k) => columns[k] as number));
  const codeColumns = splitCodeColumns(scanned, columns);
  const split: SplitCode | undefined =
    codeColumns === undefined
      ? undefined
      : { columns: codeColumns, last: codeColumns[codeColumns.length - 1], carried: [] };
  if (codeColumns !== undefined && columns.marker !== undefined && codeColumns.includes(columns.marker))
    delete columns.marker;

  // First pass: split rows. The first JUMLAH/TOTAL row is the table's total (also when it stands above
  // the lines, "TOTAL APBD" first); total rows after it ("Jumlah Belanja Tidak Langsung", "Jumlah Total")
  // are closing rows that add up more than this table.
  const parts: RowParts[] = [];
  const figureColumns: FigureColumns = { scratch: [], last: NO_FIGURES };
  const nameTexts = new NameTexts();
  const markTexts = new MarkTexts();
  let totalParts: RowParts | undefined;
  const closingParts: RowParts[] = [];
  // The marker kinds of the lines and the words beside them, gathered as they are split (not in a pass
  // of their own).
  const kinds = new Set<MarkerKind>();
  const markerWords = new MarkerWords();
  // Whether a program was numbered LXXXIX or higher: from then on, high Roman numerals count.
  let highRoman = false;
  let lastContent = scanned.headerBottom;
  // Indexed loops over a budget's rows and lines: a loop that runs before the reader is optimised makes
  // no iterator result per row.
  for (let b = 0; b < scanned.body.length; b++) {
    const r = scanned.body[b];
    const p = splitRow(
      sheet,
      r,
      scanned.left,
      columns,
      figureCols,
      highRoman,
      c.groupColumn,
      split,
      figureColumns,
      nameTexts,
      markTexts,
    );
    if (!highRoman && p.markerKind === 'roman')
      highRoman = (fromRoman((p.marker as string).replace(/\.$/, '')) ?? 0) >= LAST_LOW_ROMAN;
    // Only an unnumbered row can be a total: skip the name key for the rest.
    // (A grouping column's text stands where a name would: the total's label is read there too.)
    const label =
      p.name !== undefined && p.marker === undefined && p.code === undefined ? nameKey(p.name) : '';
    if (
      label !== '' &&
      (TOTAL_LABEL.test(label) || (totalParts !== undefined && /^(jumlah|total)\b/.test(label)))
    ) {
      if (totalParts === undefined) totalParts = p;
      else closingParts.push(p);
      lastContent = r;
      continue;
    }
    // The unit's or an urusan's own row ("DINAS KOMUNIKASI …", "2.16 URUSAN …"): above every line, the
    // table's total (a SIPD export states it first); further down, a subtotal of the urusan's programs.
    const heading = p.figures.length > 0 && p.marker === undefined && isUnitHeading(p);
    if (heading && parts.length === 0 && totalParts === undefined) {
      totalParts = p;
      lastContent = r;
      continue;
    }
    // A subtotal among the lines sums some of them: it is no line, and no sum may count it again; its
    // own capaian is checked, as a closing row's is.
    if (
      heading ||
      (label !== '' && totalParts === undefined && SUBTOTAL_LABEL.test(label) && p.figures.length > 0)
    ) {
      notes.push(
        note(
          sheet.name,
          r,
          p.name === undefined ? scanned.left : p.nameCol,
          'STR-01',
          'info',
          msg.barisSubtotal(p.name ?? ''),
        ),
      );
      closingParts.push(p);
      lastContent = r;
      continue;
    }
    // A plain text row after a gap, or after the total, is no continuation: the table has ended.
    if (
      p.marker === undefined &&
      p.code === undefined &&
      p.figures.length === 0 &&
      (r - lastContent > 2 || totalParts !== undefined)
    )
      break;
    parts.push(p);
    if (p.markerKind !== undefined) {
      kinds.add(p.markerKind);
      markerWords.count(p.markerKind, p.word);
    }
    lastContent = r;
  }
  if (parts.length === 0) {
    notes.push(note(sheet.name, scanned.top, scanned.left, 'STR-03', 'info', KEANDALAN.judulTanpaBaris()));
    return undefined;
  }

  // One kind of bullet on every line (`- RTM OPD …` throughout) is no hierarchy: the lines are one level,
  // the one the name column's header names.
  const bulletsOnly =
    kinds.size === 1 &&
    kinds.has('dash') &&
    parts.every((p) => p.marker !== undefined || p.name === undefined || p.figures.length === 0);
  // One kind of number on every line, no codes or level words, under a header that names the level
  // ("Program" over 1. 2. 3.): the lines are that level, whatever the number kind usually marks.
  const oneNamedLevel =
    c.defaultLevel !== undefined &&
    kinds.size === 1 &&
    !kinds.has('dotted') &&
    parts.every((p) => p.code === undefined && p.word?.strong !== true);
  const levelOfMarker =
    bulletsOnly || oneNamedLevel
      ? () => c.defaultLevel ?? 'program'
      : markerLevels(kinds, markerWords.levels());
  const lineLevel = (p: RowParts): BudgetLevel | 'kelompok' | undefined => {
    if (p.codeLevel !== undefined) return p.codeLevel;
    if (p.word?.strong === true) return p.word.level;
    // A marker that is no level (a capital letter grouping the programs) is not overruled by "Belanja".
    if (p.markerKind !== undefined) return levelOfMarker(p.markerKind, p.marker as string);
    return p.word?.level;
  };
  const fieldAtCol = new Map<number, FigureField>(figureFields.map((k) => [columns[k] as number, k]));
  const unplaced: UnplacedRow[] = [];
  /** An STR-01 warning at a cell of the table. */
  const warn = (row: number, col: number, message: string) =>
    notes.push(note(sheet.name, row, col, 'STR-01', 'peringatan', message));
  // Whether a list of figure columns stands in header columns, and the field of each figure: rows share
  // their lists (FigureColumns), so both are worked out once a list, not once a row.
  let placedFigures: readonly number[] | undefined;
  let placedInHeader = true;
  let placedFields: Array<FigureField | undefined> = [];
  const placeFigures = (figures: readonly number[]): void => {
    if (figures === placedFigures) return;
    placedFigures = figures;
    let inHeader = true;
    for (const col of figures) if (!headerCols.has(col)) inHeader = false;
    placedInHeader = inHeader;
    placedFields = figures.map((col, i) => (inHeader ? fieldAtCol.get(col) : figureFields[i]));
  };
  /**
   * Reads a row's figures into `into`: by column when every figure stands in a header column, else in
   * order (rows pasted shifted to the right), noting figures that fit no column or cannot be read.
   */
  const readFigures = (
    p: RowParts,
    into: {
      pagu?: StatedNumber;
      realisasi?: StatedNumber;
      capaian?: StatedNumber;
      sisa?: StatedNumber;
      unreadable?: Array<'pagu' | 'realisasi' | 'capaian'>;
    },
    line?: number,
  ): void => {
    const cells = sheet.rows[p.row] ?? [];
    placeFigures(p.figures);
    const inHeader = placedInHeader;
    for (let i = 0; i < p.figures.length; i++) {
      const col = p.figures[i];
      const cell = cells[col] ?? EMPTY_CELL;
      const field = placedFields[i];
      if (field === undefined) {
        if (!inHeader) warn(p.row, col, msg.angkaBerlebih(figureText(cell)));
        continue;
      }
      if (isUncached(cell)) {
        markUnreadable(into, field);
        warn(p.row, col, KEANDALAN.rumusTanpaNilai(KOLOM_ANGGARAN[field]));
        continue;
      }
      // A line's native figure, as nearly all are, goes into the table's columns without a Decimal.
      if (
        line !== undefined &&
        typeof cell.value === 'number' &&
        (field === 'capaian' || fitsExcelDigits(cell.value))
      ) {
        const shape = readNativeShape(cell.value, KIND_OF[field], cell.numberFormat);
        if (shape !== undefined) {
          lineFigures.putNative(field, line, p.row, col, cell.value, shape);
          if (field === 'pagu' && cell.value < 0) warn(p.row, col, KEANDALAN.paguNegatif(figureText(cell)));
          continue;
        }
      }
      const reading = readNumber(cell.value, KIND_OF[field], readOptions(cell.numberFormat));
      if (
        reading.ok &&
        field !== 'capaian' &&
        !fitsExcelDigits(cell.value) &&
        reading.value.precision(true) > EXCEL_DIGITS
      ) {
        // Excel keeps 15 significant digits: such an amount cannot be summed or written back exactly.
        markUnreadable(into, field);
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
        markUnreadable(into, field);
        warn(p.row, col, msg.nilaiTakTerbaca(KOLOM_ANGGARAN[field], figureText(cell)));
      }
    }
  };

  if (split !== undefined) levelSplitCodes(parts);
  // Second pass: the level of each row, and how many rows it leaves without one.
  let unlevelled = 0;
  // Only a line with a code can be mistyped: a table without codes skips that pass over its lines.
  let anyCode = false;
  const levels: Array<BudgetLevel | 'kelompok' | undefined> = parts.map((p) => {
    const level = lineLevel(p);
    if (level === undefined) unlevelled++;
    if (p.code !== undefined) anyCode = true;
    return level;
  });
  if (anyCode)
    mendMistypedCodes(parts, levels, (row, code) =>
      notes.push(note(sheet.name, row, scanned.left, 'STR-02', 'info', msg.kodeSalahKetik(code))),
    );
  // These place only rows without a level (mending a code leaves none without one): a pass over every
  // line each, skipped where there are none, as in a budget numbered or coded throughout.
  if (unlevelled > 0) {
    inferParentsBySums(sheet, parts, levels, columns);
    inferChildrenOfHeadings(parts, levels, figureCols, (p) => rupiahAt(sheet, p.row, columns.pagu));
    inferRekeningRuns(parts, levels);
  }
  // No number, code or level word on any line (`Kegiatan | Anggaran | Realisasi | %` as a plain list): the
  // lines are one level, the one the name column's header names, each checked on its own and in the JUMLAH.
  if (parts.every((p) => p.marker === undefined && p.code === undefined && p.word === undefined)) {
    const flat = c.defaultLevel ?? 'program';
    let any = false;
    parts.forEach((p, i) => {
      if (levels[i] === undefined && p.name !== undefined && p.figures.length > 0) {
        levels[i] = flat;
        any = true;
      }
    });
    if (any)
      notes.push(
        note(
          sheet.name,
          scanned.top,
          scanned.left,
          'STR-02',
          'info',
          msg.daftarTanpaTingkat(NAMA_TINGKAT_ANGGARAN[flat]),
        ),
      );
  }
  // A list of one level whose lines mostly say it ("Kegiatan …") and a few do not: those are of it too.
  // Mostly: more than twice as many lines say it as do not, or the few would be unnumbered children
  // (two programs with four kegiatan under them that ANG-01 must still judge) read as siblings.
  const placed = new Set<BudgetLevel | 'kelompok'>();
  // Two levels found are enough to know the list is not of one.
  for (let i = 0; i < levels.length && placed.size < 2; i++) {
    const level = levels[i];
    if (level !== undefined) placed.add(level);
  }
  const only = placed.size === 1 ? [...placed][0] : undefined;
  // The unsaid lines are counted only for a list of one level: a tree has none to give it.
  if (only !== undefined && only !== 'kelompok') {
    const unsaid = parts.filter(
      (p, i) => levels[i] === undefined && p.name !== undefined && p.figures.length > 0,
    );
    if (unsaid.length > 0 && levels.filter((l) => l === only).length > 2 * unsaid.length)
      parts.forEach((p, i) => {
        if (levels[i] === undefined && p.name !== undefined && p.figures.length > 0) levels[i] = only;
      });
  }

  // Third pass: build the tree.
  const nodes: BudgetNode[] = [];
  // Whether any line has a code (a SIPD export), noted as the lines are made.
  let coded = false;
  // Each line's figures go straight into the table's columns; there are at most as many lines as rows.
  const lineFigures = new BudgetFigures(sheet.name, parts.length);
  const roots: number[] = [];
  // The lines with children, in row order: a line's first child is the line right after it, or it has none.
  const parents: number[] = [];
  const childSums = new ChildSums(parts.length);
  // Each line's depth in BUDGET_LEVELS, at its index: the lines on the stack are compared by it.
  const depthOf = new Int8Array(parts.length);
  const stack: number[] = [];
  let right = scanned.right;
  let bottom = scanned.numberRow ?? scanned.headerBottom;
  const markIncomplete = () => {
    for (const i of stack) nodes[i].incomplete = true;
  };
  // The highest level any line has, and the lines placed at it for want of a parent (with their own level).
  let topDepth = BUDGET_LEVELS.length - 1;
  // No level is above a program's: the first one found ends the search.
  for (let i = 0; i < levels.length && topDepth > 0; i++) {
    const l = levels[i];
    if (l !== undefined && l !== 'kelompok') topDepth = Math.min(topDepth, BUDGET_LEVELS.indexOf(l));
  }
  const promoted = new Map<number, BudgetLevel>();
  const samePagu = (n: BudgetNode, pagu: number | undefined) =>
    n.pagu !== undefined && pagu !== undefined && n.pagu.value.eq(pagu);
  // Lines after a closing total (Belanja Tidak Langsung under TOTAL KEGIATAN) start a tree of their own.
  const closesLines = totalParts !== undefined && parts.length > 0 && totalParts.row > parts[0].row;
  let pastTotal = false;
  /** Notes a row the tree has no place for (at its column `at`); a warned one is kept as unplaced. */
  const place = (p: RowParts, at: number, reason: string, severity: 'peringatan' | 'info') => {
    notes.push(note(sheet.name, p.row, at, 'STR-01', severity, reason));
    if (severity === 'peringatan') {
      const row: UnplacedRow = {
        row: p.row,
        ref: { sheet: sheet.name, row: p.row, col: at },
        reason,
        hasFigures: p.figures.length > 0,
      };
      if (p.figures.length > 0) {
        markIncomplete();
        const figures: NonNullable<UnplacedRow['figures']> = { name: p.name ?? '' };
        readFigures(p, figures);
        row.figures = figures;
      }
      unplaced.push(row);
    }
  };
  parts.forEach((p, i) => {
    if (!pastTotal && closesLines && p.row > (totalParts as RowParts).row) {
      pastTotal = true;
      stack.length = 0;
    }
    const level = levels[i];
    const at =
      p.name !== undefined
        ? p.nameCol
        : p.marker !== undefined
          ? p.markerCol
          : (p.figures[0] ?? scanned.left);
    if (level === 'kelompok') {
      notes.push(note(sheet.name, p.row, at, 'STR-01', 'info', msg.kelompokRekening(p.code ?? '')));
      return;
    }
    if (level === undefined) {
      if (p.name === undefined) place(p, at, msg.angkaTanpaUraian(), 'peringatan');
      else if (p.figures.length > 0 || p.code !== undefined)
        place(p, at, msg.barisTanpaTingkat(p.name), 'peringatan');
      else if (nodes.length === 0) place(p, at, msg.sambunganTanpaInduk(p.name), 'info');
      else {
        const prev = nodes[nodes.length - 1];
        // Its name cell's text is the name (see budgetNode).
        prev.name = `${prev.name} ${p.name}`;
        prev.lastRow = p.row;
        bottom = Math.max(bottom, p.row);
      }
      return;
    }
    if (p.name === undefined && p.figures.length === 0) {
      notes.push(note(sheet.name, p.row, at, 'STR-01', 'info', msg.penandaSaja(p.marker ?? p.code ?? '')));
      return;
    }
    if (p.name === undefined) {
      place(p, at, msg.angkaTanpaUraian(), 'peringatan');
      return;
    }
    // A line at the start of a tree, with nothing above it to hang under, in a table whose higher lines
    // come later ("1 Belanja Tidak Langsung" before "A. Program …"), is a top line itself; so is the next
    // line of its level — unless it repeats the first one's pagu, which makes it that line's detail.
    const levelDepth = BUDGET_LEVELS.indexOf(level);
    const top = stack.length === 0 ? undefined : nodes[stack[0]];
    const orphan =
      levelDepth > topDepth &&
      (stack.length === 0 ||
        (stack.length === 1 &&
          top !== undefined &&
          promoted.get(top.index) === level &&
          !samePagu(top, rupiahAt(sheet, p.row, columns.pagu))));
    const placedLevel: BudgetLevel = orphan ? BUDGET_LEVELS[topDepth] : level;
    const depth = orphan ? topDepth : levelDepth;
    while (stack.length > 0 && depthOf[stack[stack.length - 1]] >= depth) stack.pop();
    const index = nodes.length;
    depthOf[index] = depth;
    if (orphan) promoted.set(index, level);
    const node = budgetNode(lineFigures, index, placedLevel, p.name, p.row, p.nameCol, p.markerCol);
    if (p.marker !== undefined) node.marker = p.marker;
    if (p.code !== undefined) {
      node.code = p.code;
      coded = true;
    }
    readFigures(p, node, index);
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (parent === undefined) roots.push(index);
    else {
      node.parent = parent;
      // The first child gives the parent an array of its own (budgetNode's is shared, frozen).
      const above = nodes[parent];
      if (above.children.length === 0) {
        above.children = [index];
        parents.push(parent);
      } else above.children.push(index);
      childSums.add(lineFigures, parent, index);
    }
    stack.push(index);
    nodes.push(node);
    right = Math.max(right, p.right);
    bottom = Math.max(bottom, p.row);
  });

  const table: BudgetTable = {
    kind: 'anggaran',
    sheet: sheet.name,
    range: { top: scanned.top, left: scanned.left, bottom, right },
    headerRange: {
      top: scanned.top,
      left: scanned.left,
      bottom: scanned.numberRow ?? scanned.headerBottom,
      right: scanned.right,
    },
    style: coded ? 'sipd' : 'lkjip',
    columns,
    roles: c.roles,
    context,
    unplaced,
    nodes,
    roots,
    figures: lineFigures,
  };
  if (context.title !== undefined) table.title = context.title;
  const totalRow = (p: RowParts): NonNullable<BudgetTable['total']> => {
    const total: NonNullable<BudgetTable['total']> = {
      row: p.row,
      label: { ref: { sheet: sheet.name, row: p.row, col: p.nameCol }, text: p.name as string },
    };
    readFigures(p, total);
    table.range.bottom = Math.max(table.range.bottom, p.row);
    table.range.right = Math.max(table.range.right, p.right);
    return total;
  };
  if (totalParts !== undefined) table.total = totalRow(totalParts);
  if (closingParts.length > 0) table.closing = closingParts.map(totalRow);
  addTreeEvidence(table, parents, childSums);
  return table;
}

/** A row's Rupiah figure in its column as a plain number, for the sum evidence (undefined when none). */
function rupiahAt(sheet: SheetSnapshot, row: number, col: number | undefined): number | undefined {
  if (col === undefined) return undefined;
  const cell = sheet.rows[row]?.[col];
  if (cell === undefined) return undefined;
  const r = readNumber(cell.value, 'rupiah', readOptions(cell.numberFormat));
  return r.ok ? r.value.toNumber() : undefined;
}

/**
 * Rows without code, word or marker but with figures: where the rows right under one, down to the
 * next such row, have a top level whose pagu adds up to its pagu, it is their parent — one level up
 * (the numbers say it, DESIGN.md §5). Programs typed in bold without a number are found so.
 */
function inferParentsBySums(
  sheet: SheetSnapshot,
  parts: readonly RowParts[],
  levels: Array<BudgetLevel | 'kelompok' | undefined>,
  columns: BudgetColumns,
): void {
  for (let i = 0; i < parts.length; i++) {
    if (levels[i] !== undefined || parts[i].name === undefined || parts[i].figures.length === 0) continue;
    const own = rupiahAt(sheet, parts[i].row, columns.pagu);
    if (own === undefined) continue;
    let j = i + 1;
    const under: number[] = [];
    while (j < parts.length && !(levels[j] === undefined && parts[j].figures.length > 0)) {
      if (levels[j] !== undefined && levels[j] !== 'kelompok') under.push(j);
      j++;
    }
    if (under.length === 0) continue;
    // A loop, not Math.min(...): a unit row over 150 000 coded lines is more arguments than a call takes.
    let top: number = BUDGET_LEVELS.length;
    for (const k of under) top = Math.min(top, BUDGET_LEVELS.indexOf(levels[k] as BudgetLevel));
    if (top === 0) continue;
    const sum = under
      .filter((k) => BUDGET_LEVELS.indexOf(levels[k] as BudgetLevel) === top)
      .reduce((s, k) => s + (rupiahAt(sheet, parts[k].row, columns.pagu) ?? 0), 0);
    if (sum === own) levels[i] = BUDGET_LEVELS[top - 1];
  }
}

/**
 * A line coded one level too deep (`2.16.01.1.08.01` where the kegiatan `2.16.01.1.08` belongs): its
 * code's parent is not the line above it at that level, no line has that parent code, and the lines
 * that follow are coded under it — so the line is that parent, its code mistyped. Said once per line.
 */
function mendMistypedCodes(
  parts: readonly RowParts[],
  levels: Array<BudgetLevel | 'kelompok' | undefined>,
  said: (row: number, code: string) => void,
): void {
  // Every code of the table, gathered only for a line that every other test below finds mistyped: a
  // SIPD kegiatan's code (`7.01.01.2.01`) never extends its program's (`7.01.01`) as written, and the
  // line after it is a sub kegiatan, not a second kegiatan under the same missing parent.
  let codes: Set<string> | undefined;
  const lastAt = new Map<BudgetLevel, string>();
  for (let i = 0; i < parts.length; i++) {
    const level = levels[i];
    // Rekening codes are accounts, not under their sub kegiatan's code, and no code is under one: only
    // the other codes, which extend their parent's, are looked at (a rekening is most lines of a budget,
    // and its line, an object far apart in memory, is not read at all).
    if (level === undefined || level === 'kelompok' || level === 'rekening') continue;
    const code = parts[i].code;
    if (code === undefined) continue;
    // No level above a program's, no index below 0: the arrays are not read out of their bounds.
    const depth = BUDGET_LEVELS.indexOf(level);
    const parentLevel = depth > 0 ? BUDGET_LEVELS[depth - 1] : undefined;
    const grandparent = depth > 1 ? lastAt.get(BUDGET_LEVELS[depth - 2]) : undefined;
    const parentCode = code.slice(0, code.lastIndexOf('.'));
    const next = i + 1 < parts.length ? parts[i + 1].code : undefined;
    if (
      (grandparent === undefined || extendsCode(code, grandparent)) &&
      parentLevel !== undefined &&
      lastAt.has(parentLevel) &&
      lastAt.get(parentLevel) !== parentCode &&
      next !== undefined &&
      levels[i + 1] === level &&
      extendsCode(next, parentCode) &&
      !(codes ??= allCodes(parts)).has(parentCode)
    ) {
      levels[i] = parentLevel;
      said(parts[i].row, code);
      lastAt.set(parentLevel, parentCode);
      continue;
    }
    lastAt.set(level, code);
  }
}

/** Whether a code extends another (`7.01.01.2` of `7.01.01`): startsWith(`${code}.`), without making that text. */
function extendsCode(code: string, parent: string): boolean {
  return code.length > parent.length && code.charCodeAt(parent.length) === 46 && code.startsWith(parent);
}

function allCodes(parts: readonly RowParts[]): Set<string> {
  const codes = new Set<string>();
  for (let i = 0; i < parts.length; i++) {
    const code = parts[i].code;
    if (code !== undefined) codes.add(code);
  }
  return codes;
}

/**
 * Unnumbered lines among rekening lines that their word placed (`Belanja Alat/Bahan …`, then
 * `Honorarium Narasumber …` in an RFK): the same kind of detail line, one more rekening.
 */
function inferRekeningRuns(
  parts: readonly RowParts[],
  levels: Array<BudgetLevel | 'kelompok' | undefined>,
): void {
  let previousRekening = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (levels[i] !== undefined) {
      previousRekening = levels[i] === 'rekening' && p.marker === undefined && p.code === undefined;
      continue;
    }
    if (
      previousRekening &&
      p.name !== undefined &&
      p.figures.length > 0 &&
      p.marker === undefined &&
      p.code === undefined
    )
      levels[i] = 'rekening';
  }
}

/** A code written in parts across columns, and the parts of the row above for blanks to take. */
interface SplitCode {
  columns: readonly number[];
  last: number;
  carried: string[];
}

const CODE_PART = /^\d{1,4}$/;

/**
 * A row's code parts under split code columns: each part a number; a blank before the first written
 * part taken from `carried` (the row above), blanks after it ending the code. Undefined for a row with
 * no part, or with a text that is no part (a JUMLAH label).
 * Example: `| | | | 01` under `1 | 20 | 05 | 29 |` → `['1', '20', '05', '29', '01']`.
 */
function codePieces(
  sheet: SheetSnapshot,
  row: number,
  columns: readonly number[],
  carried: readonly string[],
): string[] | undefined {
  const cells = sheet.rows[row] ?? [];
  const texts = columns.map((k) => valueText(cells[k]?.value ?? null));
  if (texts.some((t) => t !== '' && !CODE_PART.test(t))) return undefined;
  const first = texts.findIndex((t) => t !== '');
  if (first < 0) return undefined;
  const pieces: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = i < first ? (carried[i] ?? '') : texts[i];
    if (t === '') {
      if (i < first) return undefined;
      break;
    }
    pieces.push(t);
  }
  return pieces;
}

/**
 * The columns of a code written in parts under one merged "Kode Rekening" heading (urusan | bidang |
 * unit | program | kegiatan, as budgets printed before SIPD have it), left of the names — when the rows'
 * codes have at least two lengths, so that the parts tell the levels apart. Undefined otherwise: the
 * columns are then read as before (a code, a numbering).
 */
function splitCodeColumns(scanned: ScannedTable, columns: BudgetColumns): number[] | undefined {
  const at = columns.code;
  if (at === undefined) return undefined;
  const merge = scanned.sheet.merges.find(
    (m) => m.top >= scanned.top && m.top <= scanned.headerBottom && m.left === at && m.right - m.left >= 2,
  );
  if (merge === undefined || (columns.name !== undefined && merge.right >= columns.name)) return undefined;
  const cols = Array.from({ length: merge.right - merge.left + 1 }, (_, i) => merge.left + i);
  const lengths = new Set<number>();
  let carried: string[] = [];
  for (const r of scanned.body) {
    const pieces = codePieces(scanned.sheet, r, cols, carried);
    if (pieces === undefined) continue;
    carried = pieces;
    lengths.add(pieces.length);
  }
  return lengths.size >= 2 ? cols : undefined;
}

/** Levels of codes written in parts, by how many parts a row has beyond the fewest: program, kegiatan, … */
function levelSplitCodes(parts: readonly RowParts[]): void {
  const depth = (p: RowParts) => (p.code === undefined ? 0 : p.code.split('.').length);
  let fewest = Number.POSITIVE_INFINITY;
  for (const p of parts) if (p.code !== undefined) fewest = Math.min(fewest, depth(p));
  for (const p of parts) {
    if (p.code === undefined) continue;
    const level = SPLIT_CODE_LEVELS[depth(p) - fewest];
    if (level !== undefined) p.codeLevel = level;
  }
}

const SPLIT_CODE_LEVELS: readonly BudgetLevel[] = ['program', 'kegiatan', 'subkegiatan', 'rekening'];

/**
 * Lines without code, word or marker under a heading line (`1. Program …` with its kegiatan unnumbered
 * below it): the heading's children, one level down — where the heading states no figures, or its pagu
 * is the sum of theirs. An unnumbered line under a line whose figures say otherwise stays unplaced.
 */
function inferChildrenOfHeadings(
  parts: readonly RowParts[],
  levels: Array<BudgetLevel | 'kelompok' | undefined>,
  figureCols: ReadonlySet<number>,
  pagu: (p: RowParts) => number | undefined,
): void {
  // The unnumbered lines right under line i, while no other line comes between.
  const runUnder = (i: number): number[] => {
    const run: number[] = [];
    for (let j = i + 1; j < parts.length && levels[j] === undefined; j++)
      if (parts[j].figures.length > 0 && parts[j].name !== undefined) run.push(j);
    return run;
  };
  // An indexed loop, not figures.some with a callback or for-of: asked of nearly every line of a
  // numbered table, before it is optimised.
  const states = (i: number): boolean => {
    const figures = parts[i].figures;
    for (let k = 0; k < figures.length; k++) if (figureCols.has(figures[k])) return true;
    return false;
  };
  // The run first: in a numbered table it is empty at once (the next line has its level), and the pagu
  // is not read at all.
  const addsUp = (i: number): boolean => {
    if ((i + 1 < parts.length && levels[i + 1] !== undefined) || !states(i)) return false;
    const run = runUnder(i);
    if (run.length === 0) return false;
    const own = pagu(parts[i]);
    return own !== undefined && run.reduce((s, j) => s + (pagu(parts[j]) ?? Number.NaN), 0) === own;
  };
  // Where two headings at least are the sums of the unnumbered lines under them, that is the table's
  // layout: a heading whose lines do not add up heads them still, and ANG-01 says that it does not.
  let adding = 0;
  for (let i = 0; i < parts.length && adding < 2; i++)
    if (levels[i] !== undefined && levels[i] !== 'kelompok' && addsUp(i)) adding++;
  const layout = adding >= 2;
  let heading: number | undefined;
  for (let i = 0; i < parts.length; i++) {
    const level = levels[i];
    if (level !== undefined) {
      // A line one level down keeps the heading: its unnumbered siblings belong to the heading too.
      const under =
        heading !== undefined &&
        level !== 'kelompok' &&
        BUDGET_LEVELS.indexOf(level) > BUDGET_LEVELS.indexOf(levels[heading] as BudgetLevel);
      if (under) continue;
      // A line that states its pagu heads the unnumbered lines under it when they add up to it.
      const heads = !states(i) || addsUp(i) || (layout && runUnder(i).length > 0);
      heading = level !== 'kelompok' && heads && parts[i].name !== undefined ? i : undefined;
      continue;
    }
    if (heading === undefined || parts[i].figures.length === 0 || parts[i].name === undefined) continue;
    const depth = BUDGET_LEVELS.indexOf(levels[heading] as BudgetLevel);
    levels[i] = BUDGET_LEVELS[Math.min(depth + 1, BUDGET_LEVELS.length - 1)];
  }
}

/**
 * What addTreeEvidence compares a line's pagu and realisasi with: whether any of its children states
 * the field, and their sum as wholeSum adds them (NaN once a figure or running sum is no whole number
 * below 2^53). Added up child by child as the tree is built, not in a pass over the parents after: a
 * child's figures are read before it is placed, and a line's children are placed in row order, the
 * order wholeSum adds them in.
 */
class ChildSums {
  private readonly paguSums: Float64Array;
  private readonly realisasiSums: Float64Array;
  private readonly paguStated: Uint8Array;
  private readonly realisasiStated: Uint8Array;

  constructor(lines: number) {
    this.paguSums = new Float64Array(lines);
    this.realisasiSums = new Float64Array(lines);
    this.paguStated = new Uint8Array(lines);
    this.realisasiStated = new Uint8Array(lines);
  }

  add(figures: BudgetFigures, parent: number, child: number): void {
    if (figures.has('pagu', child)) {
      this.paguStated[parent] = 1;
      this.paguSums[parent] = addWhole(this.paguSums[parent], figures.amount('pagu', child));
    }
    if (figures.has('realisasi', child)) {
      this.realisasiStated[parent] = 1;
      this.realisasiSums[parent] = addWhole(this.realisasiSums[parent], figures.amount('realisasi', child));
    }
  }

  /** Whether any child of the line states the field. */
  anyStates(field: 'pagu' | 'realisasi', line: number): boolean {
    return (field === 'pagu' ? this.paguStated : this.realisasiStated)[line] === 1;
  }

  /** wholeSum of the line's children. */
  sum(field: 'pagu' | 'realisasi', line: number): number {
    return (field === 'pagu' ? this.paguSums : this.realisasiSums)[line];
  }
}

/** A running sum plus an amount as wholeSum adds them: NaN once either is no whole number below 2^53. */
function addWhole(sum: number, amount: number): number {
  const next = sum + amount;
  return Number.isSafeInteger(amount) && Number.isSafeInteger(next) ? next : Number.NaN;
}

/**
 * Evidence the tree gives its Rupiah columns: parents (the lines with children, in row order) equal to
 * their children's sum, the JUMLAH row.
 */
function addTreeEvidence(table: BudgetTable, parents: readonly number[], childSums: ChildSums): void {
  const figures = table.figures;
  for (const field of ['pagu', 'realisasi'] as const) {
    const role = table.roles.find((r) => r.role === field);
    if (role === undefined) continue;
    let holds = 0;
    let of = 0;
    // By line index, from the columns: a line itself (one object each, far apart in memory) is read
    // only where the doubles cannot tell.
    for (let i = 0; i < parents.length; i++) {
      const line = parents[i];
      if (!figures.has(field, line) || !childSums.anyStates(field, line)) continue;
      of++;
      // linesAddUpTo's doubles, with the line's amount (amountOf its figure) from the column: the
      // figure itself is built only where they cannot tell.
      const sum = childSums.sum(field, line);
      const expected = figures.amount(field, line);
      if (
        Number.isSafeInteger(sum) && Number.isSafeInteger(expected)
          ? sum === expected
          : linesAddUpTo(table, field, table.nodes[line].children, table.nodes[line][field] as StatedNumber)
      )
        holds++;
    }
    if (of > 0) role.evidence.push({ kind: 'hitungan', text: BUKTI.induk(holds, of) });
    const total = table.total?.[field];
    if (total !== undefined)
      role.evidence.push({
        kind: 'hitungan',
        text: BUKTI.jumlah(linesAddUpTo(table, field, table.roots, total)),
      });
  }
}

/**
 * Whether the figures of some lines add up to `total` exactly: with doubles while every figure and
 * running sum is a whole number below 2^53 (a budget's amounts are), else with Decimals.
 */
function linesAddUpTo(
  table: BudgetTable,
  field: 'pagu' | 'realisasi',
  lines: readonly number[],
  total: StatedNumber,
): boolean {
  const sum = wholeSum(table.figures, field, lines);
  const expected = amountOf(total);
  return Number.isSafeInteger(sum) && Number.isSafeInteger(expected)
    ? sum === expected
    : decimalSum(table, field, lines).eq(total.value);
}

/** The lines' figures added up as doubles; NaN once a figure or running sum is no whole number below 2^53. */
function wholeSum(figures: BudgetFigures, field: 'pagu' | 'realisasi', lines: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!figures.has(field, lines[i])) continue;
    const amount = figures.amount(field, lines[i]);
    sum += amount;
    if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(sum)) return Number.NaN;
  }
  return sum;
}

function decimalSum(table: BudgetTable, field: 'pagu' | 'realisasi', lines: readonly number[]): Decimal {
  let sum = new Decimal(0);
  for (const k of lines) {
    const v = table.nodes[k][field];
    if (v !== undefined) sum = sum.plus(v.value);
  }
  return sum;
}
