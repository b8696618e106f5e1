import { perObject } from '../memo';
import type { CellRange, CellValue, SheetSnapshot } from '../snapshot';
import { cellAt } from '../snapshot';
import { cleanText, nameKey } from '../text';

/**
 * Finding table headers by their words (DESIGN.md §5), shared by the budget, indicator and survey
 * recognisers: one or two header rows anywhere on a sheet, merged header cells, a column-number row
 * ("1 2 3" or "(1) (2)") under the header, and the header repeated after a page break.
 */

/**
 * A header text as a matching key: cleaned, lower case, punctuation dropped, `%` kept as the word
 * `persen` (nameKey alone would drop it). Examples: `'CAPAIAN (%)'` → `'capaian persen'`,
 * `'Realisasi (Rp)'` → `'realisasi rp'`, `'%'` → `'persen'`, `'J U M L A H'` → `'jumlah'`.
 */
export function headerKey(text: string): string {
  return nameKey(text.replace(/%/g, ' persen '));
}

/** Maps a header key to the field it names (`'pagu anggaran'` → `pagu`), or undefined. */
export type HeaderMatcher<F extends string> = (key: string) => F | undefined;

/**
 * A matcher from a table of patterns per field, tried in order; a key matches a pattern when the
 * pattern matches the whole key. Example: `patternMatcher({ pagu: [/pagu( anggaran)?/] })('pagu anggaran')` → `'pagu'`.
 */
export function patternMatcher<F extends string>(
  patterns: ReadonlyArray<readonly [F, RegExp]>,
): HeaderMatcher<F> {
  const anchored = patterns.map(([field, re]) => [field, new RegExp(`^(?:${re.source})$`)] as const);
  return (key) => {
    for (const [field, re] of anchored) if (re.test(key)) return field;
    return undefined;
  };
}

/** One header column: the text of its header cells, top and (for two-row headers) bottom. */
export interface HeaderColumn {
  col: number;
  /** Top header text; for a cell under a merged group, the group's text (`Anggaran`). */
  top: string;
  /** Second header row text, empty for a one-row header or a cell merged down. */
  bottom: string;
}

/** A header found on a sheet, with the field each column names. */
export interface FoundHeader<F extends string> {
  /** First and last header row (a two-row header has bottom = top + 1). */
  top: number;
  bottom: number;
  /** The column-number row under the header, if any. */
  numberRow?: number;
  /** First row after the header (and after the column-number row). */
  bodyStart: number;
  left: number;
  right: number;
  columns: HeaderColumn[];
  /** Column of each field found; the first column wins when two name the same field. */
  fields: Partial<Record<F, number>>;
  /** Columns whose field was already taken by an earlier column (STR-02 material). */
  duplicates: Array<{ field: F; col: number }>;
}

/**
 * The text of a cell as a recogniser reads it: strings cleaned, numbers in plain JavaScript form,
 * empty for blanks, booleans and errors. Example: a cell holding `' <i>8,854,400</i>'` → `'8,854,400'`.
 */
export function cellText(sheet: SheetSnapshot, row: number, col: number): string {
  return valueText(cellAt(sheet, row, col)?.value ?? null);
}

/** Anything cleanText would change (non-ASCII, controls, tags, entities, doubled or edge spaces). */
const NEEDS_CLEANING = /[^\x21-\x7e ]|[<&]| {2}|^ | $/;

/** cleanText, skipping the work for the plain ASCII text most cells hold (large sheets read faster). */
export function cleanCellText(s: string): string {
  return NEEDS_CLEANING.test(s) ? cleanText(s) : s;
}

/** The text of a snapshot value as in cellText. */
export function valueText(v: CellValue): string {
  if (typeof v === 'string') return cleanCellText(v);
  if (typeof v === 'number') return String(v);
  return '';
}

/** A figure as typed: sign, `Rp`, digits and separators, a Rupiah `,-`/`.-` ending, a `%`. */
const FIGURE_TEXT = /^\(?[-+]?(?:Rp\.?\s*)?\d[\d.,\s]*(?:[.,]-)?\s*%?\)?$/i;

/** Whether a cleaned text looks like a figure: `2.399.800`, `99,97 %`, `Rp 1.000`. */
export function isFigureText(text: string): boolean {
  return FIGURE_TEXT.test(text);
}

/** Whether a cell value looks like a figure: a number, or a text such as `2.399.800`, `99,97 %`, `Rp 1.000`. */
export function isFigure(v: CellValue): boolean {
  if (typeof v === 'number') return true;
  return typeof v === 'string' && FIGURE_TEXT.test(cleanCellText(v));
}

/** True when a row has no non-blank cell between columns left and right (inclusive). */
export function isBlankRow(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  const cells = sheet.rows[row];
  if (cells === undefined) return true;
  const end = Math.min(right, cells.length - 1);
  for (let c = left; c <= end; c++) {
    const v = cells[c]?.value;
    if (typeof v === 'number') return false;
    if (typeof v !== 'string') continue;
    // A text starting with a letter or digit keeps it when cleaned: most cells need no cleaning here.
    if (isAsciiLetterOrDigit(v.charCodeAt(0))) return false;
    if (v.trim() !== '' && valueText(v) !== '') return false;
  }
  return true;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a text's first non-blank character, in lower case, is the character code `first`: a cheap
 * test before a full header key. ASCII directly; anything else as trim and toLowerCase see it.
 */
function startsLike(v: string, first: number): boolean {
  for (let i = 0; i < v.length; i++) {
    const code = v.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128) return (code >= 65 && code <= 90 ? code + 32 : code) === first;
    return v.trim().charAt(0).toLowerCase().charCodeAt(0) === first;
  }
  return false;
}

/**
 * True for a row of column numbers under a header: at least three cells, each a small whole number
 * written bare or in parentheses (`1 2 3 4 5`, `(1) (2) (3)`, or the seed's `1 3 4 5 7`), increasing.
 */
export function isColumnNumberRow(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  const cells = sheet.rows[row];
  if (cells === undefined) return false;
  let last = 0;
  let count = 0;
  const end = Math.min(right, cells.length - 1);
  for (let c = left; c <= end; c++) {
    const t = valueText(cells[c]?.value ?? null);
    if (t === '') continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= last) return false;
    last = n;
    count++;
  }
  return count >= 3;
}

/** Merges indexed by every cell they cover, for header reading. */
function mergeIndex(sheet: SheetSnapshot): Map<string, CellRange> {
  const map = new Map<string, CellRange>();
  for (const m of sheet.merges) {
    // Header merges are small; a huge merge (a whole column block) is not a header and is skipped.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 200) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) map.set(`${r}:${c}`, m);
  }
  return map;
}

/** Text cells of one row as [col, text]; figures excluded. */
function rowTexts(sheet: SheetSnapshot, row: number): Array<[number, string]> {
  const cells = sheet.rows[row];
  const out: Array<[number, string]> = [];
  if (cells === undefined) return out;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]?.value;
    if (typeof v !== 'string') continue;
    const t = cleanCellText(v);
    if (t !== '' && !FIGURE_TEXT.test(t)) out.push([c, t]);
  }
  return out;
}

/** Whether a row has at least two text cells that are not figures (a header needs two), without allocating. */
function hasTwoTexts(sheet: SheetSnapshot, row: number): boolean {
  const cells = sheet.rows[row];
  if (cells === undefined) return false;
  let n = 0;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]?.value;
    if (typeof v !== 'string') continue;
    const t = cleanCellText(v);
    if (t !== '' && !FIGURE_TEXT.test(t) && ++n >= 2) return true;
  }
  return false;
}

/** Whether a row holds any figure (number or numeric text). */
function hasFigure(sheet: SheetSnapshot, row: number): boolean {
  const cells = sheet.rows[row];
  if (cells === undefined) return false;
  for (const cell of cells) if (cell !== undefined && isFigure(cell.value)) return true;
  return false;
}

/**
 * Every header on the sheet that names all `required` fields, top to bottom. A header is one row, or
 * two when the row under it holds only texts that sit under a merged group or an empty top cell
 * (`Anggaran` over `Pagu | Realisasi`). A bottom text is matched together with its group first
 * (`Anggaran` + `Setelah Perubahan`), then alone; a group text alone names a column only where no
 * bottom text stands under it. Repeats of a header after a page break are returned too; a recogniser
 * that consumed the first copy skips them (see isHeaderRepeat).
 * Example: `findHeaderRows(sheet, budgetHeader, ['name', 'pagu'])`.
 */
export function findHeaderRows<F extends string>(
  sheet: SheetSnapshot,
  matcher: HeaderMatcher<F>,
  required: readonly F[],
): Array<FoundHeader<F>> {
  const merges = sheet.merges.length > 0 ? mergeIndex(sheet) : new Map<string, CellRange>();
  const found: Array<FoundHeader<F>> = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    if (!hasTwoTexts(sheet, r)) continue;
    const top = rowTexts(sheet, r);
    if (top.length < 2 || !top.some(([, t]) => matcher(headerKey(t)) !== undefined)) continue;
    const header = readHeader(sheet, r, top, matcher, merges);
    if (header === undefined || !required.every((f) => header.fields[f] !== undefined)) continue;
    found.push(header);
    r = header.bodyStart - 1;
  }
  return found;
}

function readHeader<F extends string>(
  sheet: SheetSnapshot,
  r: number,
  top: Array<[number, string]>,
  matcher: HeaderMatcher<F>,
  merges: Map<string, CellRange>,
): FoundHeader<F> | undefined {
  const topText = new Map(top);
  let left = top[0][0];
  let right = top[top.length - 1][0];
  for (const [c] of top) {
    const m = merges.get(`${r}:${c}`);
    if (m !== undefined && m.right > right) right = m.right;
  }
  const groupOf = (c: number): string => {
    const m = merges.get(`${r}:${c}`);
    if (m !== undefined) return topText.get(m.left) ?? '';
    return topText.get(c) ?? '';
  };

  const bottomTexts =
    sheet.rows[r + 1] !== undefined && !hasFigure(sheet, r + 1) ? rowTexts(sheet, r + 1) : [];
  const bottomIsHeader =
    bottomTexts.length > 0 &&
    bottomTexts.every(([c]) => c >= left - 1 && c <= right + 1) &&
    bottomTexts.some(([c]) => {
      const m = merges.get(`${r}:${c}`);
      if (m !== undefined && m.right > m.left) return true;
      // An unmerged group: empty top cell whose left neighbour is a group text with a bottom text under it.
      return !topText.has(c) && !merges.has(`${r}:${c}`);
    });
  const bottomText = new Map(bottomIsHeader ? bottomTexts : []);
  if (bottomIsHeader) {
    left = Math.min(left, bottomTexts[0][0]);
    right = Math.max(right, bottomTexts[bottomTexts.length - 1][0]);
  }

  const columns: HeaderColumn[] = [];
  const fields: Partial<Record<F, number>> = {};
  const duplicates: Array<{ field: F; col: number }> = [];
  let lastGroup = '';
  for (let c = left; c <= right; c++) {
    let group = groupOf(c);
    const bottom = bottomText.get(c) ?? '';
    if (group === '' && bottom !== '') group = lastGroup;
    if (group !== '') lastGroup = group;
    if (group === '' && bottom === '') continue;
    columns.push({ col: c, top: group, bottom });
    const candidates = bottom !== '' ? [`${group} ${bottom}`, bottom] : [group];
    let field: F | undefined;
    for (const text of candidates) {
      field = matcher(headerKey(text));
      if (field !== undefined) break;
    }
    if (field === undefined) continue;
    if (fields[field] === undefined) fields[field] = c;
    else duplicates.push({ field, col: c });
  }
  if (Object.keys(fields).length < 2) return undefined;

  const bottomRow = bottomIsHeader ? r + 1 : r;
  const numberRow = isColumnNumberRow(sheet, bottomRow + 1, left, right + 2) ? bottomRow + 1 : undefined;
  const header: FoundHeader<F> = {
    top: r,
    bottom: bottomRow,
    bodyStart: (numberRow ?? bottomRow) + 1,
    left,
    right,
    columns,
    fields,
    duplicates,
  };
  if (numberRow !== undefined) header.numberRow = numberRow;
  return header;
}

/** The header keys of a header's top texts, computed once per header. */
const topKeys = perObject((header: FoundHeader<string>): Array<{ col: number; key: string }> =>
  header.columns
    .filter(
      (c) =>
        c.top !== '' &&
        !(c.col > header.left && header.columns.some((d) => d.col === c.col - 1 && d.top === c.top)),
    )
    .map((c) => ({ col: c.col, key: headerKey(c.top) }))
    .filter((k) => k.key !== ''),
);

/**
 * How many rows a repeat of `header` starting at `row` spans (header rows plus a column-number row),
 * or 0 when the row is no repeat: at least two of the header's field texts stand in the same columns.
 */
export function headerRepeatLength<F extends string>(
  sheet: SheetSnapshot,
  row: number,
  header: FoundHeader<F>,
): number {
  const cells = sheet.rows[row];
  if (cells === undefined) return 0;
  let same = 0;
  for (const { col, key } of topKeys(header)) {
    const v = cells[col]?.value;
    // Cheap first-letter test before the full key: body rows almost never start like a header word.
    if (typeof v !== 'string' || !startsLike(v, key.charCodeAt(0))) continue;
    if (headerKey(v) === key) same++;
  }
  if (same < 2) return 0;
  let length = header.bottom - header.top + 1;
  if (isColumnNumberRow(sheet, row + length, header.left, header.right + 2)) length++;
  return length;
}

/**
 * The title lines just above a header: up to three consecutive non-blank text rows (a blank row may
 * separate them from the header), joined with a space. Example: `'Tabel 3.8 Capaian Anggaran Program dan Kegiatan'`.
 */
export function titleAbove(
  sheet: SheetSnapshot,
  headerTop: number,
  left: number,
  right: number,
): string | undefined {
  const lines: string[] = [];
  let r = headerTop - 1;
  if (r >= 0 && isBlankRow(sheet, r, 0, right)) r--;
  for (; r >= 0 && lines.length < 3; r--) {
    if (isBlankRow(sheet, r, 0, right) || hasFigure(sheet, r)) break;
    const texts = rowTexts(sheet, r).filter(([c]) => c >= Math.max(0, left - 2));
    if (texts.length !== 1) break;
    lines.unshift(texts[0][1]);
  }
  return lines.length > 0 ? lines.join(' ') : undefined;
}
