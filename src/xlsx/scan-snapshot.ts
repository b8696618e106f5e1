import type { CellRange, CellValue, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../core/snapshot';
import { parseRange } from '../core/snapshot';
import { tableOfOwnerMark } from '../core/plan/sheet-plan';
import { hostInflater, type Inflater, unpackEntry, type ZipEntry, zipDirectory } from './zip-directory';
import { isXmlTrue, XmlCursor } from './xml-cursor';
import { slideFormula } from './shared-formula';
import { BUILT_IN_FORMATS } from './built-in-formats';

/**
 * Reads an .xlsx file's snapshot straight from its XML, without building the ExcelJS workbook: about
 * five times faster and lighter for a large workbook, which is what `sakip periksa` needs (it never
 * writes). It reads what the snapshot holds — values as saved (formula results as cached, rich text as
 * plain text, dates as serial numbers, errors as `{error}`), formulas (shared ones moved to each
 * cell), number formats, merges, hidden rows and columns, Excel tables and the add-in's owner marks —
 * and gives the same snapshot as `snapshotFromWorkbook` over ExcelJS (tests hold the two together).
 * Resolves to undefined when the file holds anything it does not read (a part it cannot find or that
 * is reached twice, XML it does not understand, no DecompressionStream in the host): the caller then
 * loads it with ExcelJS, which also produces the error message for a damaged file.
 * Call it after the declared part sizes are checked: it trusts them (and stops each part at its size).
 *
 * Where it differs from ExcelJS on purpose (none of it reaches what the engine reads in real files):
 * a shared formula's string literals are not moved with it (ExcelJS rewrites `"B4"` too); `_xHHHH_`
 * escapes are undone in any case and in inline strings as well; a boolean is true for `1` or `true`
 * only; an empty `<v>` gives no value, and a number or shared-string index of only spaces no cell
 * (ExcelJS: NaN); overlapping merges and cells past the sheet's limits are not read (below);
 * a date cell stays its serial number, a hyperlinked cell keeps its formula, and built-in format 22 is
 * `m/d/yy h:mm`; a row split over two `<row>` elements is one row.
 */
export async function scanSnapshot(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot | undefined> {
  const entries = zipDirectory(bytes);
  const inflater = hostInflater();
  if (entries === undefined || inflater === undefined) return undefined;
  const parts = new PartReader(bytes, entries, inflater);
  try {
    return await readWorkbook(parts, name);
  } catch (e) {
    if (e instanceof BeyondSheetLimits) throw e;
    return undefined;
  }
}

/**
 * A cell past Excel's last row (1 048 576) or column (XFD): no copy of Excel wrote it, and every reader
 * would walk up to it (ExcelJS too), so the file is refused rather than handed on.
 */
export class BeyondSheetLimits extends Error {
  override readonly name = 'BeyondSheetLimits';

  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
  ) {
    super(`${sheet}: baris ${row + 1}, kolom ${col + 1}`);
  }
}

class PartReader {
  private readonly byName = new Map<string, ZipEntry>();
  /** Parts already unpacked: a file that points at one part many times would otherwise cost that many reads. */
  private readonly read = new Set<string>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly inflater: Inflater,
  ) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  has(path: string): boolean {
    return this.byName.has(path);
  }

  /** A part's XML text; throws when the part is missing or cannot be unpacked. */
  async text(path: string): Promise<string> {
    const entry = this.byName.get(path);
    if (entry === undefined) throw new Error(`bagian ${path} tidak ada`);
    if (this.read.has(path)) throw new Error(`bagian ${path} dirujuk dua kali`);
    this.read.add(path);
    const data = await unpackEntry(this.bytes, entry, this.inflater);
    if (data === undefined) throw new Error(`bagian ${path} rusak`);
    const text = this.decoder.decode(data);
    if (!text.startsWith('<')) throw new Error(`bagian ${path} bukan XML UTF-8`);
    return text;
  }

  /** The relationships of a part (`xl/workbook.xml` → its `_rels` file), Id → target path and type. */
  async relationships(path: string): Promise<Map<string, { type: string; target: string }>> {
    const slash = path.lastIndexOf('/');
    const folder = path.slice(0, slash + 1);
    const relsPath = `${folder}_rels/${path.slice(slash + 1)}.rels`;
    const out = new Map<string, { type: string; target: string }>();
    if (!this.has(relsPath)) return out;
    const xml = new XmlCursor(await this.text(relsPath));
    while (xml.next()) {
      if (xml.name !== 'Relationship' || xml.closing) continue;
      const id = xml.attr('Id');
      const target = xml.attr('Target');
      if (id === undefined || target === undefined || xml.attr('TargetMode') === 'External') continue;
      out.set(id, { type: xml.attr('Type') ?? '', target: resolvePath(folder, target) });
    }
    return out;
  }
}

/** A relationship target as a part name: relative to the source's folder, or absolute from the root. */
export function resolvePath(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter((s) => s !== '');
  for (const s of target.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(decodeURIComponent(s));
  }
  return segments.join('/');
}

function isType(type: string, suffix: string): boolean {
  return type.endsWith(`/${suffix}`);
}

async function readWorkbook(parts: PartReader, name: string): Promise<WorkbookSnapshot> {
  const root = await parts.relationships('');
  const document = [...root.values()].find((r) => isType(r.type, 'officeDocument'));
  const workbookPath = document?.target ?? 'xl/workbook.xml';
  const rels = await parts.relationships(workbookPath);
  const book = readWorkbookXml(await parts.text(workbookPath));

  let strings: string[] = [];
  let formats: Array<string | undefined> = [];
  for (const rel of rels.values()) {
    if (isType(rel.type, 'sharedStrings') && parts.has(rel.target))
      strings = readSharedStrings(await parts.text(rel.target));
    if (isType(rel.type, 'styles') && parts.has(rel.target))
      formats = readCellFormats(await parts.text(rel.target));
  }

  const marks = ownerMarks(book.definedNames);
  const sheets: SheetSnapshot[] = [];
  for (const entry of book.sheets) {
    const rel = rels.get(entry.rid);
    if (rel === undefined) throw new Error(`lembar ${entry.name} tanpa bagian`);
    if (!isType(rel.type, 'worksheet')) continue;
    const sheet = readWorksheet(entry.name, await parts.text(rel.target), strings, formats);
    const mark = marks.get(entry.name);
    if (mark !== undefined) sheet.ownerMark = mark;
    const tables = await readTables(parts, rel.target, sheet.tablePartIds);
    delete sheet.tablePartIds;
    if (tables.length > 0) sheet.tables = tables;
    sheets.push(sheet);
  }
  return { name, sheets };
}

interface WorkbookXml {
  sheets: Array<{ name: string; rid: string }>;
  /** The workbook's own names (not a sheet's). */
  definedNames: Array<{ name: string; text: string }>;
}

function readWorkbookXml(text: string): WorkbookXml {
  const xml = new XmlCursor(text);
  const out: WorkbookXml = { sheets: [], definedNames: [] };
  while (xml.next()) {
    if (xml.closing) continue;
    if (xml.name === 'sheet') {
      const name = xml.attr('name');
      const rid = xml.attr('r:id') ?? relationshipIdAttr(xml);
      if (name === undefined || rid === undefined) throw new Error('lembar tanpa nama');
      out.sheets.push({ name, rid });
    } else if (xml.name === 'definedName') {
      const name = xml.attr('name');
      // A sheet's own names (Excel copies workbook names onto a copied sheet) are not owner marks.
      const local = xml.attr('localSheetId') !== undefined;
      const text = xml.text();
      if (name !== undefined && !local) out.definedNames.push({ name, text });
    }
  }
  return out;
}

/** The relationship id under another prefix than `r:` (strict files and some writers choose their own). */
function relationshipIdAttr(xml: XmlCursor): string | undefined {
  for (const prefix of ['r', 'ns1', 'x', 'rel', 'relationships']) {
    const v = xml.attr(`${prefix}:id`);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Sheet name → TableId of each owner mark (`SAKIP_<id>` defined name pointing at a sheet). */
function ownerMarks(definedNames: Array<{ name: string; text: string }>): Map<string, string> {
  const marks = new Map<string, string>();
  for (const { name, text } of definedNames) {
    const table = tableOfOwnerMark(name);
    if (table === undefined) continue;
    const sheet = sheetOfReference(firstArea(text));
    if (sheet !== undefined) marks.set(sheet, table);
  }
  return marks;
}

/** The first area of a reference list (`'A, B'!$A$1,C!$B$2` → `'A, B'!$A$1`): commas in quotes are names'. */
export function firstArea(references: string): string {
  let quoted = false;
  for (let i = 0; i < references.length; i++) {
    const ch = references[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) return references.slice(0, i);
  }
  return references;
}

/** The sheet name of a reference such as `'Tabel 3.8'!$A$1`, quotes undone; undefined without one. */
export function sheetOfReference(reference: string): string | undefined {
  const bang = reference.lastIndexOf('!');
  if (bang <= 0) return undefined;
  return reference
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
}

/** Shared strings as plain text: runs joined, phonetic guides (`<rPh>`) left out, `_xHHHH_` undone. */
function readSharedStrings(text: string): string[] {
  const xml = new XmlCursor(text);
  const out: string[] = [];
  while (xml.next()) {
    if (xml.name === 'si' && !xml.closing) out.push(xml.selfClosing ? '' : readRichText(xml, 'si'));
  }
  return out;
}

/** The text of an `<si>` or `<is>` element, from just after its start tag to its end tag. */
function readRichText(xml: XmlCursor, element: string): string {
  let out = '';
  let phonetic = 0;
  while (xml.next()) {
    if (xml.name === element && xml.closing) return undoEscapes(out);
    if (xml.name === 'rPh' && !xml.selfClosing) phonetic += xml.closing ? -1 : 1;
    else if (xml.name === 't' && !xml.closing && phonetic === 0) out += xml.text();
  }
  throw new Error(`${element} tidak ditutup`);
}

/** Excel's `_x000D_` escapes for characters XML cannot hold. */
function undoEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The number format of each cell style (`s` index), undefined for General. */
function readCellFormats(text: string): Array<string | undefined> {
  const xml = new XmlCursor(text);
  const custom = new Map<number, string>();
  const out: Array<string | undefined> = [];
  let inCellXfs = false;
  // Only the workbook's formats: the differential formats of conditional formatting (`<dxfs>`) reuse ids.
  let inNumFmts = false;
  while (xml.next()) {
    if (xml.name === 'numFmts') {
      inNumFmts = !xml.closing && !xml.selfClosing;
    } else if (inNumFmts && xml.name === 'numFmt' && !xml.closing) {
      const id = Number(xml.attr('numFmtId'));
      const code = xml.attr('formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (xml.name === 'cellXfs') {
      inCellXfs = !xml.closing && !xml.selfClosing;
    } else if (inCellXfs && xml.name === 'xf' && !xml.closing) {
      const id = Number(xml.attr('numFmtId') ?? 0);
      const code = id === 0 ? undefined : (custom.get(id) ?? BUILT_IN_FORMATS[id]);
      out.push(code === 'General' ? undefined : code);
    }
  }
  return out;
}

/** A worksheet while it is read: the snapshot plus the ids of its Excel table parts. */
type SheetInProgress = SheetSnapshot & { tablePartIds?: string[] };

/** A shared formula's first cell: its text and position, from which the group's other cells slide. */
interface SharedFormula {
  formula: string;
  row: number;
  col: number;
}

function readWorksheet(
  name: string,
  text: string,
  strings: readonly string[],
  formats: ReadonlyArray<string | undefined>,
): SheetInProgress {
  const xml = new XmlCursor(text);
  const rows: SheetSnapshot['rows'] = [];
  const merges: CellRange[] = [];
  const hiddenRows = new Set<number>();
  const hiddenColumnSpans: Array<[number, number]> = [];
  const tablePartIds: string[] = [];
  const shared = new Map<string, SharedFormula>();
  // Rows that hold cells, in the order they were first written (ascending in any file Excel saved).
  const present: number[] = [];
  let row = -1;
  let col = -1;
  let cells: Array<SnapshotCell | undefined> | undefined;
  while (xml.next()) {
    const tag = xml.name;
    if (tag === 'c' && !xml.closing) {
      const ref = xml.attr('r');
      if (ref !== undefined) {
        col = columnInRow(ref, row);
        if (col < 0) throw new Error(`alamat sel ${ref} di baris ${row + 1}`);
      } else col++;
      if (col >= MAX_COLUMNS) throw new BeyondSheetLimits(name, row, col);
      const cell = xml.selfClosing ? undefined : readCell(xml, row, col, strings, formats, shared);
      if (cell !== undefined) {
        if (cells === undefined) {
          cells = rows[row] = [];
          present.push(row);
        }
        cells[col] = cell;
      }
    } else if (tag === 'row') {
      if (xml.closing) continue;
      const r = xml.attr('r');
      row = r === undefined ? row + 1 : Number(r) - 1;
      if (!Number.isInteger(row) || row < 0) throw new Error(`baris ${r}`);
      if (row >= MAX_ROWS) throw new BeyondSheetLimits(name, row, 0);
      col = -1;
      cells = rows[row];
      if (isXmlTrue(xml.attr('hidden'))) hiddenRows.add(row);
    } else if (tag === 'mergeCell' && !xml.closing) {
      const range = rangeOfAttr(xml.attr('ref'));
      if (range !== undefined) merges.push(range);
    } else if (tag === 'col' && !xml.closing) {
      if (!isXmlTrue(xml.attr('hidden'))) continue;
      // Whole numbers as ExcelJS reads them (`2.5` → 2).
      const min = Number.parseInt(xml.attr('min') ?? '', 10);
      const max = Math.min(Number.parseInt(xml.attr('max') ?? '', 10), MAX_COLUMNS);
      if (min >= 1 && max >= min) hiddenColumnSpans.push([min - 1, max - 1]);
    } else if (tag === 'tablePart' && !xml.closing) {
      const id = xml.attr('r:id') ?? relationshipIdAttr(xml);
      if (id !== undefined) tablePartIds.push(id);
    }
  }
  const hiddenColumns = columnsOfSpans(hiddenColumnSpans);
  present.sort((a, b) => a - b);
  clearCovered(rows, present, merges);
  trimEnd(rows);
  for (const r of hiddenRows) if (rows[r] === undefined) hiddenRows.delete(r);
  const sheet: SheetInProgress = { name, rows, merges, hiddenRows, hiddenColumns };
  if (tablePartIds.length > 0) sheet.tablePartIds = tablePartIds;
  return sheet;
}

/**
 * One `<c>` element's snapshot (the cursor is on its start tag and ends on its end tag), or undefined
 * for a cell without value or formula (only a style).
 */
function readCell(
  xml: XmlCursor,
  row: number,
  col: number,
  strings: readonly string[],
  formats: ReadonlyArray<string | undefined>,
  shared: Map<string, SharedFormula>,
): SnapshotCell | undefined {
  const type = xml.attr('t');
  const style = xml.attr('s');
  let raw: string | undefined;
  let inline: string | undefined;
  let formula: string | undefined;
  while (xml.next()) {
    const tag = xml.name;
    if (tag === 'c' && xml.closing) break;
    if (xml.closing) continue;
    if (tag === 'v') raw = xml.text();
    else if (tag === 'is') inline = xml.selfClosing ? '' : readRichText(xml, 'is');
    else if (tag === 'f') formula = readFormula(xml, row, col, shared);
  }
  // An empty `<v/>` or `<is>` holds no value, whatever the type says.
  const value = cellValue(type, raw === '' ? undefined : raw, inline === '' ? undefined : inline, strings);
  const hasFormula = formula !== undefined && formula !== '';
  if (value === null && !hasFormula) return undefined;
  const cell: SnapshotCell = { value };
  if (hasFormula) cell.formula = formula;
  if (style !== undefined) {
    const format = formats[Number(style)];
    if (format !== undefined) cell.numberFormat = format;
  }
  return cell;
}

/** An `<f>` element's formula for this cell; a shared group's other cells take the first's, moved. */
function readFormula(xml: XmlCursor, row: number, col: number, shared: Map<string, SharedFormula>): string {
  const kind = xml.attr('t');
  const group = kind === 'shared' ? xml.attr('si') : undefined;
  const text = xml.text();
  if (group === undefined) return text;
  if (text !== '') {
    shared.set(group, { formula: text, row, col });
    return text;
  }
  const first = shared.get(group);
  if (first === undefined) throw new Error(`rumus bersama ${group} tanpa sel pertama`);
  return slideFormula(first.formula, row - first.row, col - first.col);
}

function cellValue(
  type: string | undefined,
  raw: string | undefined,
  inline: string | undefined,
  strings: readonly string[],
): CellValue {
  switch (type) {
    case undefined:
    case 'n':
      return raw === undefined || isBlank(raw) ? null : numberOf(raw);
    case 's': {
      if (raw === undefined || isBlank(raw)) return null;
      const s = strings[Number(raw)];
      if (s === undefined) throw new Error(`teks bersama ${raw}`);
      return s;
    }
    case 'str':
      return raw ?? null;
    case 'inlineStr':
      return inline ?? raw ?? null;
    case 'b':
      return raw === undefined ? null : raw === '1' || raw === 'true';
    case 'e':
      return raw === undefined ? null : { error: raw };
    default:
      // `d` (ISO dates) and anything newer: ExcelJS decides.
      throw new Error(`jenis sel ${type}`);
  }
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function numberOf(raw: string): number {
  const n = Number(raw);
  if (Number.isNaN(n)) throw new Error(`angka ${raw}`);
  return n;
}

/** The 0-based column of an A1 address in row `row` (0-based), or -1 when it is not one of that row's. */
function columnInRow(ref: string, row: number): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0 || i > 3 || i === ref.length) return -1;
  let r = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    r = r * 10 + (code - 48);
  }
  return r - 1 === row ? col - 1 : -1;
}

/** A `ref` attribute (`A1:C3`, also written `C3:A1`) as a range with its corners in order. */
function rangeOfAttr(ref: string | undefined): CellRange | undefined {
  return ref === undefined ? undefined : parseRange(ref);
}

const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** The columns of `<col>` spans (0-based, inclusive), each column added once however the spans overlap. */
function columnsOfSpans(spans: Array<[number, number]>): Set<number> {
  const out = new Set<number>();
  spans.sort((x, y) => x[0] - y[0]);
  let next = 0;
  for (const [from, to] of spans) {
    for (let c = Math.max(from, next); c <= to; c++) out.add(c);
    next = Math.max(next, to + 1);
  }
  return out;
}

/**
 * A merge shows its first cell only; whatever the file holds under the rest is not seen in Excel.
 * One sweep down the rows that hold cells (`present`, ascending), with the merges that span the row
 * kept in column order: each column up to a row's last cell asks one binary search, so the cost is
 * the rows' lengths times the log of the merges, however tall or many the merges are. Merges that
 * overlap on a row with cells throw, and the file goes to ExcelJS, which refuses them as Excel does.
 */
function clearCovered(
  rows: SheetSnapshot['rows'],
  present: readonly number[],
  merges: readonly CellRange[],
): void {
  if (merges.length === 0) return;
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  // Merges that started above the current row, column-disjoint, ordered by left column; ones that
  // ended above it are dropped when met.
  const open: CellRange[] = [];
  let next = 0;
  for (const r of present) {
    while (next < byTop.length && byTop[next].top <= r) openMerge(open, byTop[next++], r);
    if (open.length === 0) continue;
    const cells = rows[r];
    if (cells === undefined) continue;
    for (let c = 0; c < cells.length; c++) {
      if (cells[c] === undefined) continue;
      const m = mergeAt(open, r, c);
      if (m !== undefined && (r !== m.top || c !== m.left)) delete cells[c];
    }
    trimEnd(cells);
    if (cells.length === 0) delete rows[r];
  }
}

/** Puts a merge among the open ones in column order, dropping ended neighbours; throws on an overlap. */
function openMerge(open: CellRange[], m: CellRange, row: number): void {
  let at = firstLeftAbove(open, m.left);
  while (at > 0 && open[at - 1].right >= m.left) {
    if (open[at - 1].bottom >= row) throw new Error('sel gabungan bertumpuk');
    open.splice(--at, 1);
  }
  while (at < open.length && open[at].left <= m.right) {
    if (open[at].bottom >= row) throw new Error('sel gabungan bertumpuk');
    open.splice(at, 1);
  }
  open.splice(at, 0, m);
}

/** The open merge covering column `col` on row `row`, dropping the one found there if it has ended. */
function mergeAt(open: CellRange[], row: number, col: number): CellRange | undefined {
  const at = firstLeftAbove(open, col) - 1;
  if (at < 0) return undefined;
  const m = open[at];
  if (m.bottom < row) {
    open.splice(at, 1);
    return undefined;
  }
  return m.right >= col ? m : undefined;
}

/** Index of the first open merge whose left column is greater than `col`. */
function firstLeftAbove(open: readonly CellRange[], col: number): number {
  let lo = 0;
  let hi = open.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (open[mid].left <= col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Drops trailing holes, so an array's length is one past its last entry, as in the ExcelJS snapshot. */
function trimEnd(items: unknown[]): void {
  let n = items.length;
  while (n > 0 && items[n - 1] === undefined) n--;
  items.length = n;
}

async function readTables(
  parts: PartReader,
  sheetPath: string,
  ids: readonly string[] | undefined,
): Promise<Array<{ name: string; range: CellRange }>> {
  if (ids === undefined) return [];
  const rels = await parts.relationships(sheetPath);
  const out: Array<{ name: string; range: CellRange }> = [];
  for (const id of ids) {
    const rel = rels.get(id);
    if (rel === undefined || !parts.has(rel.target)) continue;
    const xml = new XmlCursor(await parts.text(rel.target));
    while (xml.next()) {
      if (xml.name !== 'table' || xml.closing) continue;
      // `name`, as ExcelJS reads it (Excel writes the same text in `displayName`).
      const name = xml.attr('name') ?? xml.attr('displayName');
      const range = rangeOfAttr(xml.attr('ref'));
      if (name !== undefined && range !== undefined && xml.attr('ref')?.includes(':'))
        out.push({ name, range });
      break;
    }
  }
  return out;
}
