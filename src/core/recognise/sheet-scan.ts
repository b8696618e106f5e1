import type { CellRange, CellValue, SheetSnapshot } from '../snapshot';
import { rowExtent } from '../snapshot';
import { cellText, firstRowText, isBlankRow, isFigure, rowCells, rowCellText, valueText } from './cells';
import { headerKey, headerYear, readHeaderWord, type HeaderWord } from './header-words';

/**
 * The one sheet scanner every table kind shares (DESIGN.md §5, docs/recognition.md): it finds header
 * blocks anywhere on a sheet — one to three header rows with merged or unmerged group headers, and the
 * column-number row under them (`1 2 3`, `(1) (2)`, `6=5/3`) — the body under each (data rows, with
 * spacer rows, header repeats after a page break and stray column-number rows left out), where the body
 * ends (a `Sumber :` line, a new title, the next header, three blank rows, a paragraph after a gap),
 * and the title lines above. What the columns mean is decided later (classify-table.ts).
 */

/** One column of a header block: its header texts from the top row down, and what they say. */
export interface HeaderColumn {
  col: number;
  /** Texts from the top header row down; a cell under a merged or spanning group carries the group's text. */
  texts: string[];
  words: HeaderWord[];
  /** The row of the column's own (lowest) header text, where notes about the column point. */
  row: number;
  /** The column-number row's label (`5`, `6=5/3`), if any. */
  number?: string;
}

/** A line of text above a table (title or caption). */
export interface TitleLine {
  row: number;
  col: number;
  text: string;
}

export interface ScannedTable {
  sheet: SheetSnapshot;
  /** First and last header row. */
  top: number;
  headerBottom: number;
  numberRow?: number;
  left: number;
  right: number;
  columns: HeaderColumn[];
  /** Body rows in order: every non-blank row under the header up to where the table ends. */
  body: number[];
  /** Rows repeating the header after a page break (with their column-number rows), skipped. */
  repeats: number[];
  /** Title lines just above the header (one block, a blank row allowed before the header), top to bottom. */
  title: TitleLine[];
  /** Text lines further up (blocks separated by single blank rows), top to bottom: captions, sasaran statements. */
  above: TitleLine[];
}

/** Longest text a header cell holds; longer ones are data (a name, a sentence). */
const HEADER_TEXT_LIMIT = 70;
/** Blank rows a body may contain (spacers, page breaks) before the table is taken to have ended. */
const MAX_BLANK_RUN = 2;
/** Rows above a header searched for title lines. */
const TITLE_ROWS = 6;

/** The lines under a table that end it: a source, a remark, the next table's title. */
const END_LINE =
  /^(\*+\s*\p{L}|keterangan\s*:?$|sumber( data)?\s*:|sumber\s*:?\s*(data|dpa|dokumen|lkj|hasil|olahan|diolah|renstra|pk|sipd|bappeda)|keterangan\s*:|ket\s*:|catatan\s*:|tabel\s+[\divxl]+(\.\d+)*\b|grafik\s+\d|gambar\s+\d|uraian penjelasan|dari tabel)/iu;

/**
 * Whether a text may match END_LINE, told from its first two characters: `*`; a first letter of one of
 * its words in either case, followed by that word's second letter (a, e, r or u: `Ket`, `Sumber`,
 * `Catatan`, `Tabel`, `Grafik`, `Gambar`, `Uraian`, `Dari`) or by a character cleaning may drop or change
 * (a space, a control, `<`, `&`); or a character beyond ASCII (case folding under `iu` maps some to
 * those letters, as `ſ` to `s`). Every body row's first cell is asked: a marker (`-`, `CXII`), a code or
 * most names fail here without the pattern.
 */
function mayBeEndLine(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 42 || c >= 128) return true;
  // An ASCII character ORed with 32 is one of these lower-case letters only when it is that letter in either case.
  const lower = c | 32;
  const startsWord =
    lower === 107 || // k
    lower === 115 || // s
    lower === 99 || // c
    lower === 116 || // t
    lower === 103 || // g
    lower === 117 || // u
    lower === 100; // d
  // Every one of the words is two letters long at least.
  if (!startsWord || text.length < 2) return false;
  const next = text.charCodeAt(1);
  if (next <= 32 || next >= 127 || next === 60 || next === 38) return true;
  const second = next | 32;
  return second === 97 || second === 101 || second === 114 || second === 117;
}

/** A cell of the column-number row: `5`, `(5)`, `[5]`, `6=5/3`, `(7)=(5)-(6)`, `$6=4/5*100$`, `4=3/2x100%`, `8 (7-6)`. */
const NUMBER_LABEL =
  /^[([$]?\d{1,2}[)\]]?$|^[$(]?\(?\d{1,2}\)?\s*=.*$|^\d{1,2}\s*\(\s*\d{1,2}\s*[-+x×*/:]\s*\d{1,2}[^)]*\)$/;
const PLAIN_NUMBER_LABEL = /^[([]?(\d{1,2})[)\]]?$/;

/**
 * Whether a text starting with a digit may be a column label as NUMBER_LABEL reads it (with its spaces
 * removed): each of its forms starts with one or two digits followed by no other digit and no point.
 */
function leadsLikeLabel(text: string): boolean {
  let i = 1;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i <= 2 && text.charCodeAt(i) !== 46;
}

/**
 * Whether a row is a column-number row between columns left and right: at least three cells, each a
 * small number (bare, in parentheses) or a formula label (`6=5/3`), at least two of them plain numbers,
 * rising. Example: `1 2 3 4 5 6=5/3 7=5/4` → true; `1 | Meningkatnya … | 82` → false.
 */
export function isColumnNumberRow(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  // Asked of every body row: read cell by cell, so a data row is rejected on its first cell.
  const cells = sheet.rows[row];
  if (cells === undefined) return false;
  const end = Math.min(right, cells.length - 1);
  let count = 0;
  let plain = 0;
  let last = 0;
  for (let c = Math.max(0, left); c <= end; c++) {
    const cell = cells[c];
    if (cell === undefined) continue;
    const v = cell.value;
    let n: number;
    if (typeof v === 'number') {
      // A number's text is a label only as a plain whole number up to 99: no string needed.
      if (!(Number.isInteger(v) && v >= 0 && v <= 99)) return false;
      count++;
      n = v;
    } else {
      // A text led by an ASCII letter keeps it when cleaned, and no label starts with a letter.
      if (typeof v === 'string' && isAsciiLetter(v.charCodeAt(0))) return false;
      // Nor does it drop the digits leading a text or a point after them: a budget code (`5.1.02.01`)
      // fails on the value as leadsLikeLabel fails on the text below.
      if (typeof v === 'string' && isAsciiDigit(v.charCodeAt(0)) && !leadsLikeLabel(v)) return false;
      const text = rowCellText(v);
      if (text === '') continue;
      // Every label starts with a digit, `(`, `[` or `$`: a dash or a Roman marker fails without a copy.
      const first = text.charCodeAt(0);
      if (!((first >= 48 && first <= 57) || first === 40 || first === 91 || first === 36)) return false;
      count++;
      // A label led by a digit leads with one or two, and no point follows them: a budget code
      // (`5.1.02.01`) or a dotted marker fails without the copy and the patterns.
      if (first >= 48 && first <= 57 && !leadsLikeLabel(text)) return false;
      const t = text.replace(/\s+/g, '');
      if (!NUMBER_LABEL.test(t)) return false;
      const m = PLAIN_NUMBER_LABEL.exec(t);
      if (m === null) continue;
      n = Number(m[1]);
    }
    if (n <= last) return false;
    last = n;
    plain++;
  }
  return count >= 3 && plain >= 2;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/** A year written as a number or text (`2022`, `Tahun 2023`), which a header row may hold. */
function isYearCell(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1990 && v <= 2100;
  return typeof v === 'string' && headerYear(v) !== undefined;
}

/** Header texts of a row: its text cells that are not figures (years count as text); undefined when it has figures. */
function headerTexts(sheet: SheetSnapshot, row: number): Array<[number, string]> | undefined {
  const cells = sheet.rows[row];
  if (cells === undefined) return undefined;
  // A number other than a year makes it a data row wherever it stands: found before any text is read.
  // Indexed loops here and in looksLikeHeaderRow: every body row is asked, and a for-of makes an
  // iterator object per call until its code is optimised.
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]?.value;
    if (typeof v === 'number' && !isYearCell(v)) return undefined;
  }
  const out: Array<[number, string]> = [];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell === undefined) continue;
    const v = cell.value;
    if (v === null || typeof v === 'boolean' || typeof v === 'object') continue;
    if (isYearCell(v)) {
      out.push([c, String(v)]);
      continue;
    }
    if (typeof v === 'number') return undefined;
    const t = cellText(sheet, row, c);
    if (t === '') continue;
    // A figure, or a number with its unit (`82 Nilai`, `100 %`): a data row, not a header.
    if (t !== '%' && (isFigure(t) || /^\d/.test(t))) return undefined;
    out.push([c, t]);
  }
  return out;
}

/**
 * Whether a row can start a header: two short texts at least, no figure but years, and header words
 * enough — two strong ones, or one strong and one weak (`No`, `Keterangan`), or three unsur (`U1 U2 U3`).
 */
export function looksLikeHeaderRow(sheet: SheetSnapshot, row: number): boolean {
  const cells = sheet.rows[row];
  if (cells === undefined) return false;
  let strings = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell !== undefined && typeof cell.value === 'string' && ++strings >= 2) break;
  }
  if (strings < 2) return false;
  const texts = headerTexts(sheet, row);
  return texts !== undefined && namesColumns(texts);
}

/** Whether header texts have header words enough to be a table's header (see looksLikeHeaderRow). */
function namesColumns(texts: ReadonlyArray<[number, string]>): boolean {
  if (texts.length < 2) return false;
  let strong = 0;
  let weak = 0;
  for (const [, t] of texts) {
    // A long text (a name, a sentence) is data; a long header text counts as no header word.
    if (t.length > HEADER_TEXT_LIMIT) continue;
    const w = readHeaderWord(t);
    if (w.concept === undefined) continue;
    if (w.strong) strong++;
    else weak++;
  }
  return strong >= 2 || (strong >= 1 && weak >= 1);
}

/** Merges by the cells they cover (small ones only: a huge merge is not a header). */
function mergeIndex(sheet: SheetSnapshot, top: number, bottom: number): Map<string, CellRange> {
  const map = new Map<string, CellRange>();
  for (const m of sheet.merges) {
    if (m.bottom < top || m.top > bottom) continue;
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 400) continue;
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++)
      for (let c = m.left; c <= m.right; c++) map.set(`${r}:${c}`, m);
  }
  return map;
}

interface HeaderBlock {
  top: number;
  bottom: number;
  numberRow?: number;
  left: number;
  right: number;
  columns: HeaderColumn[];
}

/**
 * Whether the row under the header rows so far is one more header row: short texts only (years,
 * header words, `(Rp)`, `%`), inside the header's span, each under a merged group, under an empty
 * cell of the row above, or itself a header word or year; unsur names under U1…U9 name those columns.
 */
function isSubHeaderRow(
  sheet: SheetSnapshot,
  row: number,
  above: ReadonlyMap<number, string>,
  left: number,
  right: number,
  merges: Map<string, CellRange>,
  aboveRow: number,
): boolean {
  const texts = headerTexts(sheet, row);
  if (texts === undefined || texts.length === 0) return false;
  if (isColumnNumberRow(sheet, row, left, right + 2)) return false;
  let underGroup = 0;
  let known = 0;
  // An unmerged group's sub-headers run on right of its one text (`2023` over Target | Realisasi | Capaian,
  // "Nilai Unsur Pelayanan" over U1 … U9): beyond the header's right edge they must follow on without a gap.
  let reach = right + 1;
  for (const [c] of texts) if (c > right && c <= reach + 1) reach = c;
  for (const [c, t] of texts) {
    if (c < left - 1 || c > reach || t.length > HEADER_TEXT_LIMIT) return false;
    const w = readHeaderWord(t);
    const isKnown =
      w.concept !== undefined ||
      w.year !== undefined ||
      w.revision !== undefined ||
      w.persen === true ||
      w.rupiah === true;
    const m = merges.get(`${aboveRow}:${c}`);
    const grouped = (m !== undefined && m.right > m.left) || !above.has(c);
    // An unsur's name under its code ("Persyaratan" under "U1") describes the column above.
    const named = w.concept === 'unsur' && readHeaderWord(above.get(c) ?? '').concept === 'unsur';
    if (!isKnown && !grouped) return false;
    if (isKnown) known++;
    if (grouped || named || w.year !== undefined || w.revision !== undefined) underGroup++;
  }
  // Half of a sub-header's words at least are header words ("Volume | Satuan"); a unit's name alone
  // under the header ("Inspektorat Kabupaten Jombang") is a title line inside the table, not a header.
  return underGroup > 0 && known * 2 >= texts.length;
}

/** Rows under a header looked at to tell an empty column between two tables from a gap in a header. */
const GAP_ROWS = 12;

/**
 * The header texts up to a column left empty in the header and the rows under it, where two tables
 * stand side by side (an indicator table, a blank column, a budget table): each is read on its own.
 * A gap under a merged or unmerged group header has its sub-headers below, and is no such column.
 */
function beforeEmptyColumn(
  sheet: SheetSnapshot,
  top: number,
  texts: Array<[number, string]>,
  merges: Map<string, CellRange>,
): Array<[number, string]> {
  for (let i = 2; i <= texts.length - 2; i++) {
    for (let g = texts[i - 1][0] + 1; g < texts[i][0]; g++) {
      if (merges.has(`${top}:${g}`)) continue;
      let empty = true;
      for (let r = top; r <= top + GAP_ROWS && empty; r++) if (cellText(sheet, r, g) !== '') empty = false;
      if (empty) return texts.slice(0, i);
    }
  }
  return texts;
}

/** Reads the header block starting at `top` (from column `fromCol`), or undefined when the rows there are no header. */
function readHeaderBlock(sheet: SheetSnapshot, top: number, fromCol = 0): HeaderBlock | undefined {
  const all = headerTexts(sheet, top)?.filter(([c]) => c >= fromCol);
  if (all === undefined || all.length < 2) return undefined;
  const merges = mergeIndex(sheet, top, top + 3);
  const first = beforeEmptyColumn(sheet, top, all, merges);
  let left = first[0][0];
  let right = first[first.length - 1][0];
  for (const [c] of first) {
    const m = merges.get(`${top}:${c}`);
    if (m !== undefined) right = Math.max(right, m.right);
  }
  const rows: Array<Map<number, string>> = [new Map(first)];
  let bottom = top;
  while (bottom - top < 2) {
    const next = bottom + 1;
    if (!isSubHeaderRow(sheet, next, rows[rows.length - 1], left, right, merges, bottom)) break;
    const texts = headerTexts(sheet, next) ?? [];
    rows.push(new Map(texts));
    left = Math.min(left, texts[0][0]);
    right = Math.max(right, texts[texts.length - 1][0]);
    bottom = next;
  }
  const numberRow = isColumnNumberRow(sheet, bottom + 1, left, right + 2) ? bottom + 1 : undefined;

  // Text of header row h at column c: its own, the text a merge carries there, or, for an unmerged
  // group (text in its first cell only, sub-headers under each cell), the group's text.
  const textAt = (h: number, c: number): string => {
    const own = rows[h].get(c);
    if (own !== undefined) return own;
    const row = top + h;
    const m = merges.get(`${row}:${c}`);
    if (m !== undefined && m.top >= top) return rows[m.top - top]?.get(m.left) ?? '';
    if (h < rows.length - 1 && rows[h + 1].has(c)) {
      for (let k = c - 1; k >= left; k--) {
        if (rows[h + 1].get(k) === undefined) break;
        const t = rows[h].get(k);
        if (t !== undefined) return t;
        const mk = merges.get(`${row}:${k}`);
        if (mk !== undefined && mk.top >= top) return rows[mk.top - top]?.get(mk.left) ?? '';
      }
    }
    return '';
  };
  const columns: HeaderColumn[] = [];
  for (let c = left; c <= right; c++) {
    const texts: string[] = [];
    let row = top;
    for (let h = 0; h < rows.length; h++) {
      const t = textAt(h, c);
      if (t !== '' && texts[texts.length - 1] !== t) {
        texts.push(t);
        row = top + h;
      }
    }
    if (texts.length === 0) continue;
    const column: HeaderColumn = { col: c, texts, words: texts.map(readHeaderWord), row };
    if (numberRow !== undefined) {
      const label = cellText(sheet, numberRow, c);
      if (label !== '') column.number = label;
    }
    columns.push(column);
  }
  if (columns.length < 2) return undefined;
  const block: HeaderBlock = { top, bottom, left, right, columns };
  if (numberRow !== undefined) block.numberRow = numberRow;
  return block;
}

/**
 * Whether the sheet row repeats at least `least` of a header row's texts (`wanted`) in the same columns,
 * with no more than `misses` of the texts it holds there differing; the count stops once more differ.
 */
function repeatsRow(
  sheet: SheetSnapshot,
  row: number,
  header: HeaderBlock,
  wanted: readonly WantedText[],
  misses: number,
  least: number,
): boolean {
  let same = 0;
  let checked = 0;
  const cells = sheet.rows[row];
  for (let c = header.left; c <= header.right; c++) {
    const want = wanted[c - header.left];
    if (want.text === '') continue;
    const v = cells?.[c]?.value ?? null;
    if (leadsOtherwise(v, want.leadCode)) {
      // Neither equal to the header text nor sharing its key: counted without making the cell's text.
      checked++;
    } else {
      const got = valueText(v);
      if (got === '') continue;
      checked++;
      if (got === want.text || (mayHaveKeyLetters(got, want.letters) && headerKey(got) === want.key)) same++;
    }
    if (checked >= 6 || checked - same > misses) break;
  }
  return same >= least && checked - same <= misses;
}

/** A header cell's text with what every body row's cell under it is compared by. */
interface WantedText {
  text: string;
  key: string;
  /** The key's letters and digits, its spaces left out. */
  letters: string;
  /** The key's first character code (a to z, 0 to 9), or -1 when the key is empty. */
  leadCode: number;
}

/** The header rows' texts over its columns, read once per body: every body row is compared with them. */
function headerRowTexts(sheet: SheetSnapshot, header: HeaderBlock): WantedText[][] {
  const texts: WantedText[][] = [];
  for (let r = header.top; r <= header.bottom; r++) {
    const row: WantedText[] = [];
    for (let c = header.left; c <= header.right; c++) {
      const text = cellText(sheet, r, c);
      const key = headerKey(text);
      row.push({ text, key, letters: key.replace(/ /g, ''), leadCode: key === '' ? -1 : key.charCodeAt(0) });
    }
    texts.push(row);
  }
  return texts;
}

/**
 * Whether a cell's text surely has a key other than one led by the character coded `leadCode` (a to z,
 * 0 to 9), told from the value without making the text: a finite number's text leads with a digit,
 * cleaning keeps a text's first character when it is an ASCII letter or digit, and a lone printable
 * mark other than `%` (the `-` of a budget line) is kept and has no key at all. Such a text can neither
 * equal a header text with that lead nor share its key.
 */
function leadsOtherwise(v: CellValue, leadCode: number): boolean {
  if (leadCode < 0) return false;
  if (typeof v === 'number') return leadCode >= 97 && Number.isFinite(v);
  if (typeof v !== 'string') return false;
  const c = v.charCodeAt(0);
  if (c >= 48 && c <= 57) return c !== leadCode;
  if (isAsciiLetter(c)) return (c | 32) !== leadCode;
  return v.length === 1 && c > 32 && c < 127 && c !== 37;
}

/**
 * Whether a text may have a headerKey whose letters and digits are `letters`, told without making the
 * key: cleaning and keying keep every letter and digit of plain ASCII (no `<`, `&`, `%`), in order and
 * in lower case, and what follows such a run cannot change it, so the key's letters begin with the
 * run's own. Past the run the text may have any key. Asked of every body cell that starts like the
 * header text above it (a name under `Kegiatan`), so that most are turned down without a key.
 */
function mayHaveKeyLetters(text: string, letters: string): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 60 || c === 38 || c === 37) return true;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (!((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57))) continue;
    if (k === letters.length || lower !== letters.charCodeAt(k)) return false;
    k++;
  }
  return k === letters.length;
}

/**
 * How many rows a repeat of the header starting at `row` spans (its header rows as far as they repeat,
 * and a column-number row), or 0 when it is no repeat: two of the first header row's texts at least, in
 * the same columns.
 */
function repeatLength(
  sheet: SheetSnapshot,
  row: number,
  header: HeaderBlock,
  wanted: readonly WantedText[][],
): number {
  // Two of the first row's texts at least, one other allowed; every text of each row under it.
  if (!repeatsRow(sheet, row, header, wanted[0], 1, 2)) return 0;
  let length = 1;
  for (let h = 1; h <= header.bottom - header.top; h++) {
    if (!repeatsRow(sheet, row + h, header, wanted[h], 0, 1)) break;
    length++;
  }
  if (isColumnNumberRow(sheet, row + length, header.left, header.right + 2)) length++;
  return length;
}

/**
 * Whether the first text between columns from and to may pass mayBeEndLine, told from its value where
 * that says: a number's text begins with a digit, `-`, `I` or `N`, and cleaning keeps a text's first
 * character when it is printable ASCII other than a space, `<` or `&` (a budget code, a name, the `-`
 * marker of a budget row). Otherwise true.
 */
function firstMayBeEndLine(sheet: SheetSnapshot, row: number, from: number, to: number): boolean {
  const cells = sheet.rows[row];
  if (cells === undefined) return false;
  const end = Math.min(to, cells.length - 1);
  for (let c = from; c <= end; c++) {
    const v = cells[c]?.value;
    if (v === undefined || v === null || typeof v === 'boolean') continue;
    if (typeof v === 'number') return false;
    if (typeof v !== 'string') return true;
    const code = v.charCodeAt(0);
    return code > 32 && code < 127 && code !== 60 && code !== 38 ? mayBeEndLine(v) : true;
  }
  return false;
}

/** Whether a row ends the table: a source line, a remark, the next table's title. */
function isEndLine(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  if (!firstMayBeEndLine(sheet, row, Math.max(0, left - 1), right + 3)) return false;
  const first = firstRowText(sheet, row, Math.max(0, left - 1), right + 3);
  if (first === '' || !mayBeEndLine(first) || !END_LINE.test(first)) return false;
  const cells = rowCells(sheet, row, Math.max(0, left - 1), right + 3);
  // "Sumber Daya …" or "Keterangan" as a name in a row with figures is a line of the table.
  return cells.every(([, t]) => !isFigure(t)) || /^(sumber|keterangan|ket|catatan)\s*:/i.test(first);
}

/** Whether a row is only text — no figures — lying at or left of the table's first column (a paragraph). */
function isParagraph(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  const cells = rowCells(sheet, row);
  if (cells.length !== 1) return false;
  const [c, t] = cells[0];
  return (c <= left || c > right) && t.length > HEADER_TEXT_LIMIT && !isFigure(t);
}

/**
 * Whether a row holds between columns left and right a number that is neither a whole number up to 99
 * (a column label) nor a year. Such a row is no blank row (a number is not blank), no column-number row
 * (a cell that is no label fails it) and no header row (a number other than a year fails it), nor a
 * paragraph (its one cell would be a number, never a long text): a budget row's figures answer these
 * four tests at once.
 */
function holdsDataNumber(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  const cells = sheet.rows[row];
  if (cells === undefined) return false;
  const end = Math.min(right, cells.length - 1);
  for (let c = left; c <= end; c++) {
    const v = cells[c]?.value;
    if (typeof v !== 'number') continue;
    if (!Number.isInteger(v) || v < 0 || (v > 99 && v < 1990) || v > 2100) return true;
  }
  return false;
}

function readBody(
  sheet: SheetSnapshot,
  header: HeaderBlock,
  extent: number,
): { body: number[]; repeats: number[] } {
  const body: number[] = [];
  const repeats: number[] = [];
  let blankRun = 0;
  const start = (header.numberRow ?? header.bottom) + 1;
  const wanted = headerRowTexts(sheet, header);
  for (let r = start; r < extent; r++) {
    const dataNumber = holdsDataNumber(sheet, r, header.left, header.right);
    if (!dataNumber && isBlankRow(sheet, r, Math.max(0, header.left - 2), header.right + 3)) {
      if (++blankRun > MAX_BLANK_RUN) break;
      continue;
    }
    const repeat = repeatLength(sheet, r, header, wanted);
    if (repeat > 0) {
      for (let k = 0; k < repeat; k++) repeats.push(r + k);
      r += repeat - 1;
      blankRun = 0;
      continue;
    }
    if (!dataNumber && isColumnNumberRow(sheet, r, header.left, header.right + 2)) {
      repeats.push(r);
      continue;
    }
    if (isEndLine(sheet, r, header.left, header.right)) break;
    if (!dataNumber && blankRun > 0 && isParagraph(sheet, r, header.left, header.right)) break;
    if (!dataNumber && looksLikeHeaderRow(sheet, r) && readHeaderBlock(sheet, r) !== undefined) break;
    blankRun = 0;
    body.push(r);
  }
  return { body, repeats };
}

/**
 * The text lines above a header: rows with one text (a title, a caption, a merged heading) and no
 * figures, up to TITLE_ROWS rows up; a row of several cells ends them. `title` is the block just above
 * the header (a blank row may separate it from the header); `above` goes on over single blank rows.
 * Example: title `['Tabel 3.5', 'Analisis Pencapaian Sasaran 1']`, above also `['Sasaran Strategis 1', …]`.
 */
export function titleLinesAbove(
  sheet: SheetSnapshot,
  top: number,
  right: number,
): { title: TitleLine[]; above: TitleLine[] } {
  const above: TitleLine[] = [];
  let titleEnd = -1;
  let blank = 0;
  for (let r = top - 1; r >= 0 && r >= top - TITLE_ROWS - 1; r--) {
    const cells = rowCells(sheet, r, 0, right + 3);
    if (cells.length === 0) {
      if (++blank > 1) break;
      if (above.length > 0 && titleEnd < 0) titleEnd = above.length;
      continue;
    }
    if (cells.length > 1 || cells.some(([, t]) => isFigure(t) && !/^\d{1,2}\.?$/.test(t))) break;
    const [c, text] = cells[0];
    if (c > right) break;
    blank = 0;
    above.push({ row: r, col: c, text });
    if (above.length >= 6) break;
  }
  let block = titleEnd < 0 ? above : above.slice(0, titleEnd);
  // "Tabel 3.6" on a line of its own, a blank row, then the caption: the number belongs to the title.
  const numbered = above[block.length];
  if (
    numbered !== undefined &&
    !/^tabel\b/i.test(block[block.length - 1]?.text ?? '') &&
    /^tabel\s*[\divxl]/i.test(numbered.text)
  )
    block = above.slice(0, block.length + 1);
  const title = block.slice(0, 3).reverse();
  return { title, above: above.reverse() };
}

/**
 * Whether a row holds only group headings over the header below it: years (`2020 | 2022 | 2024`,
 * `Tahun 2021`) or the KINERJA / ANGGARAN groups, which name no column alone.
 */
function isGroupRow(sheet: SheetSnapshot, row: number): boolean {
  if (row < 0) return false;
  const texts = headerTexts(sheet, row);
  if (texts === undefined || texts.length === 0) return false;
  const groups = texts.filter(([, t]) => {
    const w = readHeaderWord(t);
    return (
      (w.year !== undefined && w.concept === undefined) ||
      w.concept === 'kinerja' ||
      /^(anggaran|keuangan)$/i.test(t.trim())
    );
  });
  return (
    groups.length === texts.length &&
    (texts.length >= 2 || sheet.merges.some((m) => m.top === row && m.right > m.left))
  );
}

/**
 * Every header block on a sheet with its body and title, top to bottom; blocks that start inside
 * `skip` (the canonical template's Excel tables) are left out. Example: the seed's Tabel 3.8 pasted on
 * a sheet → one block, header B8:H8, body B9:H145, title "Tabel 3.8 Capaian Anggaran …".
 */
export function scanSheet(sheet: SheetSnapshot, skip: readonly CellRange[] = []): ScannedTable[] {
  const out: ScannedTable[] = [];
  const extent = rowExtent(sheet);
  for (let r = 0; r < extent; r++) {
    if (skip.some((s) => r >= s.top && r <= s.bottom)) continue;
    if (!looksLikeHeaderRow(sheet, r)) continue;
    let header =
      (isGroupRow(sheet, r - 1) ? readHeaderBlock(sheet, r - 1) : undefined) ?? readHeaderBlock(sheet, r);
    let last = r;
    // Tables side by side share the header row: each block right of the one before is read on its own.
    while (header !== undefined) {
      const { body, repeats } = readBody(sheet, header, extent);
      out.push({
        sheet,
        top: header.top,
        headerBottom: header.bottom,
        ...(header.numberRow !== undefined ? { numberRow: header.numberRow } : {}),
        left: header.left,
        right: header.right,
        columns: header.columns,
        body,
        repeats,
        ...titleLinesAbove(sheet, header.top, header.right),
      });
      last = Math.max(
        last,
        header.numberRow ?? header.bottom,
        body[body.length - 1] ?? 0,
        repeats[repeats.length - 1] ?? 0,
      );
      const from = header.right + 2;
      const rest = headerTexts(sheet, header.top)?.filter(([c]) => c >= from);
      header =
        rest !== undefined && namesColumns(rest) ? readHeaderBlock(sheet, header.top, from) : undefined;
    }
    r = last;
  }
  return out;
}
