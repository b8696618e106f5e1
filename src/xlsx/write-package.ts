import { ownerMarkName, tableOfOwnerMark, type SheetPlan } from '../core/plan/sheet-plan';
import { firstFreeName, quoteSheetName } from './plan-look';
import { firstArea, resolvePath, sheetOfReference } from './scan-snapshot';
import { worksheetXml } from './sheet-xml';
import { StyleSheetEditor } from './styles-xml';
import type { WriteReport } from './write-plans';
import { xmlAttr, xmlText } from './xml-text';
import { XmlCursor, XmlUnreadable } from './xml-cursor';
import {
  hostInflater,
  type Inflater,
  unpackEntry,
  type ZipEntry,
  zipDirectory,
  ZIP64_MARK,
} from './zip-directory';
import { copiedPart, deflatedPart, hostDeflates, type ZipPart, zipFile } from './zip-write';

/**
 * Writes generated sheets into a copy of an .xlsx file by editing its package: every part of the
 * user's workbook is copied through as it is stored (their sheets, charts, pictures, pivot tables,
 * comments — byte for byte, nothing re-read or re-written), the generated sheets' XML is written
 * directly, and only the parts that list sheets, names and styles are edited: the workbook, its
 * relationships, the content types and styles.xml (appended to). That is several times faster and
 * lighter than loading the whole workbook into ExcelJS and saving it again, and it loses nothing
 * ExcelJS does not understand.
 *
 * Same rules as `writePlans` (write-plans.ts): a sheet the add-in generated earlier for the same table
 * (found by its owner mark) is replaced in place under its name; a user sheet is never touched — when
 * one has the wanted name, the new sheet gets a free one; each sheet gets its owner mark `SAKIP_<id>`
 * and its print titles; the workbook recalculates fully on open (generated formulas have no cached
 * values) and its calculation chain is dropped, as Excel rebuilds it.
 *
 * Resolves to undefined when the package is not one this writer edits (a macro-enabled workbook or a
 * template, strict OOXML, a prefixed or unusual workbook or styles part, a damaged or ZIP64 container,
 * a plan with Excel tables, a host without CompressionStream): the caller then writes through ExcelJS.
 */
export async function writePlansToPackage(
  source: Uint8Array,
  plans: readonly SheetPlan[],
): Promise<{ bytes: Uint8Array; report: WriteReport } | undefined> {
  if (plans.some((p) => (p.excelTables?.length ?? 0) > 0)) return undefined;
  const entries = zipDirectory(source);
  const inflater = hostInflater();
  if (entries === undefined || inflater === undefined || !hostDeflates()) return undefined;
  if (entries.some((e) => e.uncompressed === ZIP64_MARK || e.compressed === ZIP64_MARK)) return undefined;
  try {
    return await edit(new Package(source, entries, inflater), plans);
  } catch (e) {
    // XML the cursor cannot follow is left to ExcelJS too; anything else is this writer's own fault.
    if (e instanceof NotEditable || e instanceof XmlUnreadable) return undefined;
    throw e;
  }
}

/** The package holds something this writer does not edit; the caller writes another way. */
class NotEditable extends Error {
  override readonly name = 'NotEditable';
}

function must<T>(value: T | undefined | null | false, what: string): T {
  if (value === undefined || value === null || value === false) throw new NotEditable(what);
  return value;
}

const MAIN_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = `${RELATIONSHIPS_NS}/`;

interface Relationship {
  id: string;
  type: string;
  /** The target as a part name; undefined for an external target. */
  part: string | undefined;
  start: number;
  end: number;
}

/** The source package: its parts by name, unpacked on demand (only the small ones this writer edits). */
class Package {
  readonly byName = new Map<string, ZipEntry>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    readonly bytes: Uint8Array,
    readonly entries: ZipEntry[],
    private readonly inflater: Inflater,
  ) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  async text(name: string): Promise<string> {
    const entry = must(this.byName.get(name), `bagian ${name}`);
    const data = must(await unpackEntry(this.bytes, entry, this.inflater), `bagian ${name} rusak`);
    try {
      return this.decoder.decode(data).replace(/^\uFEFF/, '');
    } catch {
      throw new NotEditable(`bagian ${name} bukan UTF-8`);
    }
  }

  /** The relationships part of `name` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
  static relsOf(name: string): string {
    const slash = name.lastIndexOf('/');
    return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
  }

  async relationships(source: string): Promise<{ text: string; list: Relationship[] } | undefined> {
    const relsName = Package.relsOf(source);
    if (!this.byName.has(relsName)) return undefined;
    const text = await this.text(relsName);
    const folder = source.slice(0, source.lastIndexOf('/') + 1);
    const list: Relationship[] = [];
    const xml = new XmlCursor(text);
    while (xml.next()) {
      if (xml.name !== 'Relationship' || xml.closing) continue;
      const start = xml.tagStart;
      const id = must(xml.attr('Id'), 'Id');
      const type = xml.attr('Type') ?? '';
      const target = xml.attr('Target') ?? '';
      const external = xml.attr('TargetMode') === 'External';
      if (!xml.selfClosing) xml.text();
      list.push({
        id,
        type,
        part: external ? undefined : resolvePath(folder, target),
        start,
        end: xml.afterTag,
      });
    }
    return { text, list };
  }
}

interface SheetEntry {
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

interface WorkbookXml {
  text: string;
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

function readWorkbookXml(text: string): WorkbookXml {
  const root = must(/^(?:<\?[\s\S]*?\?>)?\s*<workbook\s[^>]*>/.exec(text), 'workbook')[0];
  const r = must(new RegExp(`xmlns:(\\w+)="${RELATIONSHIPS_NS}"`).exec(root), 'namespace r')[1];
  const xml = new XmlCursor(text);
  const out: WorkbookXml = {
    text,
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

interface Placed {
  plan: SheetPlan;
  name: string;
  part: string;
  /** Set when a new `<sheet>` and relationship are added. */
  added?: { rid: string; sheetId: number };
  replaced: boolean;
}

async function edit(
  pkg: Package,
  plans: readonly SheetPlan[],
): Promise<{ bytes: Uint8Array; report: WriteReport }> {
  const types = await pkg.text('[Content_Types].xml');
  const root = must(await pkg.relationships(''), 'relasi paket');
  const workbookPart = must(
    root.list.find((r) => r.type === `${REL}officeDocument`)?.part,
    'bagian workbook',
  );
  must(contentTypeOf(types, workbookPart) === MAIN_WORKBOOK, 'jenis workbook');
  const book = readWorkbookXml(await pkg.text(workbookPart));
  const rels = must(await pkg.relationships(workbookPart), 'relasi workbook');
  const relById = new Map(rels.list.map((r) => [r.id, r]));
  const stylesRel = must(
    rels.list.find((r) => r.type === `${REL}styles`),
    'styles',
  );
  const styles = must(StyleSheetEditor.open(await pkg.text(must(stylesRel.part, 'styles'))), 'styles.xml');

  // Owner marks → the sheets the add-in generated earlier.
  const owned = new Map<string, SheetEntry>();
  for (const n of book.names) {
    // Only the workbook's names mark: Excel gives a copied sheet its own copies of them.
    if (n.localSheetId !== undefined) continue;
    const table = tableOfOwnerMark(n.name);
    const sheet = table && sheetOfReference(firstArea(n.text));
    const entry = sheet === undefined ? undefined : book.sheets.find((s) => s.name === sheet);
    if (table && entry && !owned.has(table)) owned.set(table, entry);
  }

  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  // Part names compare without case (OPC), against the parts and every name the content types list.
  const partNames = new Set(pkg.entries.map((e) => e.name.toLowerCase()));
  for (const [, partName] of types.matchAll(/PartName="\/?([^"]*)"/g)) partNames.add(partName.toLowerCase());
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  const usedIds = new Set(rels.list.map((r) => r.id));
  let nextSheetId = Math.max(0, ...book.sheets.map((s) => s.sheetId)) + 1;
  let nextPart = 1;
  const placed: Placed[] = [];
  for (const plan of plans) {
    const old = owned.get(plan.table);
    const oldRel = old && relById.get(old.rid);
    if (old && oldRel) {
      must(oldRel.type === `${REL}worksheet` && oldRel.part && pkg.byName.has(oldRel.part), 'lembar lama');
      placed.push({ plan, name: old.name, part: oldRel.part as string, replaced: true });
      continue;
    }
    const name = firstFreeName(taken, plan.name);
    taken.add(name.toLowerCase());
    while (partNames.has(`${folder}worksheets/sheet${nextPart}.xml`.toLowerCase())) nextPart++;
    let n = placed.length + 1;
    while (usedIds.has(`rIdSakip${n}`)) n++;
    usedIds.add(`rIdSakip${n}`);
    placed.push({
      plan,
      name,
      part: `${folder}worksheets/sheet${nextPart++}.xml`,
      added: { rid: `rIdSakip${n}`, sheetId: nextSheetId++ },
      replaced: false,
    });
  }

  // Parts that go: the calculation chain, and what only the replaced sheets used (their drawings,
  // comments, tables …) with those parts' own relationships.
  const dropped = new Set<string>();
  const calcChain = rels.list.find((r) => r.type === `${REL}calcChain`);
  if (calcChain?.part) dropped.add(calcChain.part);
  const replacedParts = placed.filter((p) => p.replaced).map((p) => p.part);
  for (const part of replacedParts) dropped.add(Package.relsOf(part));
  for (const part of await orphans(pkg, replacedParts)) {
    dropped.add(part);
    dropped.add(Package.relsOf(part));
  }

  const sheetIndex = (name: string) =>
    [...book.sheets.map((s) => s.name), ...placed.filter((p) => p.added).map((p) => p.name)].indexOf(name);
  const newWorkbook = editWorkbook(book, placed, sheetIndex);
  const newRels = editRelationships(rels.text, placed, folder, calcChain);
  const newTypes = editContentTypes(types, placed, dropped);

  const modified = pkg.byName.get(workbookPart)?.modified ?? 0;
  const written = new Map<string, ZipPart>();
  for (const p of placed)
    written.set(
      p.part,
      await deflatedPart(
        p.part,
        worksheetXml(p.plan, (s) => styles.index(s)),
        modified,
      ),
    );
  written.set('[Content_Types].xml', await deflatedPart('[Content_Types].xml', [newTypes], modified));
  written.set(workbookPart, await deflatedPart(workbookPart, [newWorkbook], modified));
  const relsName = Package.relsOf(workbookPart);
  written.set(relsName, await deflatedPart(relsName, [newRels], modified));
  const stylesPart = stylesRel.part as string;
  written.set(stylesPart, await deflatedPart(stylesPart, [styles.text()], modified));

  const parts: ZipPart[] = [];
  for (const e of pkg.entries) {
    if (dropped.has(e.name)) continue;
    const own = written.get(e.name);
    if (own) {
      parts.push(own);
      written.delete(e.name);
    } else {
      parts.push(must(copiedPart(pkg.bytes, e), `bagian ${e.name}`));
    }
  }
  parts.push(...written.values());
  const bytes = must(zipFile(parts), 'ukuran zip');

  const report: WriteReport = {
    sheets: placed.map((p) => ({
      table: p.plan.table,
      sheet: p.name,
      replaced: p.replaced,
      ...(p.name !== p.plan.name && !p.replaced ? { wantedName: p.plan.name } : {}),
      ...(p.plan.charts && p.plan.charts.length > 0
        ? { omittedCharts: p.plan.charts.map((c) => c.title) }
        : {}),
    })),
  };
  return { bytes, report };
}

/**
 * Parts reachable from the replaced sheets through relationships that nothing else in the package
 * reaches once those sheets' relationships are gone.
 */
async function orphans(pkg: Package, replacedSheets: string[]): Promise<string[]> {
  if (replacedSheets.length === 0) return [];
  const targets = new Map<string, string[]>();
  for (const e of pkg.entries) {
    if (!e.name.endsWith('.rels')) continue;
    const source = e.name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const rels = await pkg.relationships(source);
    targets.set(
      source,
      (rels?.list ?? []).flatMap((r) => (r.part === undefined ? [] : [r.part])),
    );
  }
  const walk = (from: string[], skip: ReadonlySet<string>) => {
    const seen = new Set<string>();
    const stack = [...from];
    while (stack.length > 0) {
      const part = stack.pop() as string;
      if (seen.has(part)) continue;
      seen.add(part);
      if (!skip.has(part)) stack.push(...(targets.get(part) ?? []));
    }
    return seen;
  };
  const replaced = new Set(replacedSheets);
  const kept = walk([''], replaced);
  const reached = walk(replacedSheets, new Set());
  return [...reached].filter((p) => !kept.has(p) && !replaced.has(p));
}

function contentTypeOf(types: string, part: string): string | undefined {
  const xml = new XmlCursor(types);
  let byDefault: string | undefined;
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  while (xml.next()) {
    if (xml.closing) continue;
    if (xml.name === 'Override' && xml.attr('PartName')?.toLowerCase() === `/${part}`.toLowerCase())
      return xml.attr('ContentType');
    if (xml.name === 'Default' && xml.attr('Extension')?.toLowerCase() === extension)
      byDefault = xml.attr('ContentType');
  }
  return byDefault;
}

interface Splice {
  from: number;
  to: number;
  text: string;
}

function spliced(text: string, splices: Splice[]): string {
  let out = text;
  // From the end back; of two at the same place the wider first, so an insertion there lands before it.
  for (const s of [...splices].sort((a, b) => b.from - a.from || b.to - a.to))
    out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}

function editWorkbook(book: WorkbookXml, placed: Placed[], sheetIndex: (name: string) => number): string {
  const replaced = new Set(placed.filter((p) => p.replaced).map((p) => p.name));
  const replacedIndexes = new Set([...replaced].map(sheetIndex));
  const marks = new Set(placed.map((p) => ownerMarkName(p.plan.table).toUpperCase()));
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
    else if (kept.length > 0) names.push(`${n.startTag}>${xmlText(kept.join(','))}</definedName>`);
  }
  for (const p of placed) {
    const sheet = quoteSheetName(p.name);
    names.push(
      `<definedName name="${ownerMarkName(p.plan.table)}">${xmlText(`${sheet}!$A$1`)}</definedName>`,
    );
    const titles = p.plan.print.titleRows;
    if (titles)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex(p.name)}">${xmlText(`${sheet}!$${titles[0]}:$${titles[1]}`)}</definedName>`,
      );
  }
  const sheets = placed
    .filter((p) => p.added)
    .map(
      (p) =>
        `<sheet name="${xmlAttr(p.name)}" sheetId="${p.added?.sheetId}" ${book.r}:id="${p.added?.rid}"/>`,
    )
    .join('');
  const calc = book.calcPr
    ? book.calcPr.tag
        .replace(/\s+fullCalcOnLoad=(?:"[^"]*"|'[^']*')/, '')
        .replace(/\s*\/>$/, ' fullCalcOnLoad="1"/>')
    : '<calcPr fullCalcOnLoad="1"/>';
  const splices: Splice[] = [
    { from: book.sheetsEnd, to: book.sheetsEnd, text: sheets },
    {
      from: book.namesFrom,
      to: book.namesTo,
      text:
        (names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '') +
        (book.calcPr ? '' : calc),
    },
  ];
  if (book.calcPr) splices.push({ from: book.calcPr.start, to: book.calcPr.end, text: calc });
  return spliced(book.text, splices);
}

function editRelationships(
  text: string,
  placed: Placed[],
  folder: string,
  calcChain: Relationship | undefined,
): string {
  const added = placed
    .filter((p) => p.added)
    .map(
      (p) =>
        `<Relationship Id="${p.added?.rid}" Type="${REL}worksheet" Target="${xmlAttr(p.part.slice(folder.length))}"/>`,
    )
    .join('');
  const end = text.lastIndexOf('</Relationships>');
  must(end >= 0, 'Relationships');
  const splices: Splice[] = [{ from: end, to: end, text: added }];
  if (calcChain) splices.push({ from: calcChain.start, to: calcChain.end, text: '' });
  return spliced(text, splices);
}

function editContentTypes(text: string, placed: Placed[], dropped: ReadonlySet<string>): string {
  const splices: Splice[] = [];
  const xml = new XmlCursor(text);
  while (xml.next()) {
    if (xml.name !== 'Override' || xml.closing) continue;
    const start = xml.tagStart;
    const part = (xml.attr('PartName') ?? '').replace(/^\//, '');
    if (!xml.selfClosing) xml.text();
    if (dropped.has(part)) splices.push({ from: start, to: xml.afterTag, text: '' });
  }
  const added = placed
    .filter((p) => p.added)
    .map((p) => `<Override PartName="/${xmlAttr(p.part)}" ContentType="${WORKSHEET_TYPE}"/>`)
    .join('');
  const end = text.lastIndexOf('</Types>');
  must(end >= 0, 'Types');
  splices.push({ from: end, to: end, text: added });
  return spliced(text, splices);
}
