import { ownerMarkName, type TableId } from '../core/plan/sheet-plan';
import { quoteSheetName } from './sheet-xml';
import { firstArea, sheetOfReference } from './scan-snapshot';
import { must, RELATIONSHIPS_NS, type Splice, spliced } from './package-parts';
import { xmlAttr, xmlText } from './xml-text';
import { XmlCursor } from './xml-cursor';

/** A `<sheet>` of the workbook: its name, id and relationship. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
}

interface DefinedName {
  name: string;
  localSheetId: number | undefined;
  text: string;
  /** The element as written, kept as it is when the name stays. */
  markup: string;
  /** The element's start tag without its closing `>`, to write the name with other areas. */
  startTag: string;
}

/** What the writer reads of workbook.xml, and where it edits it. */
export interface WorkbookXml {
  text: string;
  /** The prefix (with its colon, or empty) of the SpreadsheetML namespace: `x:` in some generators' files. */
  p: string;
  /** The prefix bound to the relationships namespace (`r` in every common writer). */
  r: string;
  sheets: SheetEntry[];
  sheetsEnd: number;
  /** Where `<definedNames>` is, or where it goes (after sheets, function groups, external references). */
  namesFrom: number;
  namesTo: number;
  names: DefinedName[];
  calcPr: { start: number; end: number; tag: string } | undefined;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Reads the sheets, defined names and calculation properties of workbook.xml, whatever its prefixes. */
export function readWorkbookXml(text: string): WorkbookXml {
  const root = must(/^(?:<\?[\s\S]*?\?>)?\s*<(\w+:)?workbook\s[^>]*>/.exec(text), 'workbook');
  const p = root[1] ?? '';
  const mainNs = p === '' ? 'xmlns' : `xmlns:${p.slice(0, -1)}`;
  must(root[0].includes(`${mainNs}="${MAIN_NS}"`), 'namespace workbook');
  const r = must(new RegExp(`xmlns:(\\w+)="${RELATIONSHIPS_NS}"`).exec(root[0]), 'namespace r')[1];
  const xml = new XmlCursor(text);
  const out: WorkbookXml = {
    text,
    p,
    r,
    sheets: [],
    sheetsEnd: -1,
    namesFrom: -1,
    namesTo: -1,
    names: [],
    calcPr: undefined,
  };
  let insertNamesAt = -1;
  while (xml.next()) {
    const start = xml.tagStart;
    if (xml.name === 'sheet' && !xml.closing) {
      out.sheets.push({
        name: must(xml.attr('name'), 'nama lembar'),
        sheetId: Number(xml.attr('sheetId')),
        rid: must(xml.attr(`${r}:id`), 'r:id'),
      });
    } else if (xml.name === 'sheets' && (xml.closing || xml.selfClosing)) {
      must(!xml.selfClosing, 'sheets kosong');
      out.sheetsEnd = start;
      insertNamesAt = xml.afterTag;
    } else if (
      (xml.name === 'functionGroups' || xml.name === 'externalReferences') &&
      (xml.closing || xml.selfClosing)
    ) {
      insertNamesAt = xml.afterTag;
    } else if (xml.name === 'definedNames' && !xml.closing) {
      out.namesFrom = start;
      if (xml.selfClosing) out.namesTo = xml.afterTag;
    } else if (xml.name === 'definedNames') {
      out.namesTo = xml.afterTag;
    } else if (xml.name === 'definedName' && !xml.closing) {
      const startTag = text.slice(start, xml.afterTag - 1).replace(/\/$/, '');
      const name = must(xml.attr('name'), 'nama');
      const local = xml.attr('localSheetId');
      const value = xml.text();
      out.names.push({
        name,
        localSheetId: local === undefined ? undefined : Number(local),
        text: value,
        markup: text.slice(start, xml.afterTag),
        startTag,
      });
    } else if (xml.name === 'calcPr' && !xml.closing) {
      must(xml.selfClosing, 'calcPr');
      out.calcPr = { start, end: xml.afterTag, tag: text.slice(start, xml.afterTag) };
    }
  }
  must(out.sheetsEnd >= 0 && out.sheets.every((s) => Number.isInteger(s.sheetId)), 'sheets');
  if (out.namesFrom < 0) {
    out.namesFrom = insertNamesAt;
    out.namesTo = insertNamesAt;
  }
  return out;
}

/**
 * For each table with an owner mark on a sheet of the workbook: that sheet. Only the workbook's names
 * mark: Excel gives a copied sheet its own (sheet-local) copies of them.
 */
export function ownedSheets(
  book: WorkbookXml,
  tableOf: (name: string) => TableId | undefined,
): Map<TableId, SheetEntry> {
  const owned = new Map<TableId, SheetEntry>();
  for (const n of book.names) {
    if (n.localSheetId !== undefined) continue;
    const table = tableOf(n.name);
    const sheet = table && sheetOfReference(firstArea(n.text));
    const entry = sheet === undefined ? undefined : book.sheets.find((s) => s.name === sheet);
    if (table && entry && !owned.has(table)) owned.set(table, entry);
  }
  return owned;
}

/** The areas of a name that is a list of references, or undefined for a formula. */
function areasOf(text: string): string[] | undefined {
  const areas: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const area = firstArea(rest);
    if (area.includes('(') || sheetOfReference(area) === undefined) return undefined;
    areas.push(area);
    rest = rest.slice(area.length + 1);
  }
  return areas;
}

/** A sheet as the workbook is to list it once written. */
export interface WrittenEntry {
  name: string;
  /** Set for a new `<sheet>` (a replaced one keeps its element). */
  added?: { rid: string; sheetId: number };
  replaced: boolean;
  /** The owner mark to give it, for a generated sheet. */
  mark?: TableId;
  /** Print title rows (1-based, inclusive). */
  titleRows?: [number, number];
}

/**
 * workbook.xml with the written sheets: new `<sheet>` elements, the owner marks and print titles of the
 * written sheets, every name that referred only to a replaced sheet dropped (and a replaced sheet's areas
 * taken out of a longer name), and a full calculation on load (generated formulas have no cached
 * values). Elements are written with the file's own prefix.
 */
export function editWorkbook(book: WorkbookXml, written: WrittenEntry[]): string {
  const p = book.p;
  const order = [...book.sheets.map((s) => s.name), ...written.filter((w) => w.added).map((w) => w.name)];
  const sheetIndex = (name: string) => order.indexOf(name);
  const replaced = new Set(written.filter((w) => w.replaced).map((w) => w.name));
  const replacedIndexes = new Set([...replaced].map(sheetIndex));
  const marks = new Set(written.flatMap((w) => (w.mark ? [ownerMarkName(w.mark).toUpperCase()] : [])));
  const names: string[] = [];
  for (const n of book.names) {
    if (n.localSheetId === undefined && marks.has(n.name.toUpperCase())) continue;
    if (n.localSheetId !== undefined && replacedIndexes.has(n.localSheetId) && n.name.startsWith('_xlnm.'))
      continue;
    const areas = areasOf(n.text);
    if (areas === undefined) {
      names.push(n.markup);
      continue;
    }
    const kept = areas.filter((a) => !replaced.has(sheetOfReference(a) as string));
    if (kept.length === areas.length) names.push(n.markup);
    else if (kept.length > 0) names.push(`${n.startTag}>${xmlText(kept.join(','))}</${p}definedName>`);
  }
  for (const w of written) {
    const sheet = quoteSheetName(w.name);
    if (w.mark)
      names.push(
        `<${p}definedName name="${ownerMarkName(w.mark)}">${xmlText(`${sheet}!$A$1`)}</${p}definedName>`,
      );
    if (w.titleRows)
      names.push(
        `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex(w.name)}">${xmlText(`${sheet}!$${w.titleRows[0]}:$${w.titleRows[1]}`)}</${p}definedName>`,
      );
  }
  const sheets = written
    .filter((w) => w.added)
    .map(
      (w) =>
        `<${p}sheet name="${xmlAttr(w.name)}" sheetId="${w.added?.sheetId}" ${book.r}:id="${w.added?.rid}"/>`,
    )
    .join('');
  const calc = book.calcPr
    ? book.calcPr.tag
        .replace(/\s+fullCalcOnLoad=(?:"[^"]*"|'[^']*')/, '')
        .replace(/\s*\/>$/, ' fullCalcOnLoad="1"/>')
    : `<${p}calcPr fullCalcOnLoad="1"/>`;
  const splices: Splice[] = [
    { from: book.sheetsEnd, to: book.sheetsEnd, text: sheets },
    {
      from: book.namesFrom,
      to: book.namesTo,
      text:
        (names.length > 0 ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : '') +
        (book.calcPr ? '' : calc),
    },
  ];
  if (book.calcPr) splices.push({ from: book.calcPr.start, to: book.calcPr.end, text: calc });
  return spliced(book.text, splices);
}
