import { tableOfOwnerMark, type SheetPlan, type TableId } from '../core/plan/sheet-plan';
import { placeInputSheets, placeSheets } from '../core/plan/placement';
import { freeTemplateTableName } from '../core/recognise/template-spec';
import { chartXml, drawingXml } from './chart-xml';
import {
  contentTypeOf,
  must,
  overrides,
  REL,
  type Relationship,
  SourcePackage,
  type Splice,
  spliced,
  STRICT_REL,
} from './package-parts';
import { worksheetXml } from './sheet-xml';
import { EMPTY_STYLES, StyleSheetEditor } from './styles-xml';
import { tableXml } from './table-xml';
import { editWorkbook, ownedSheets, readWorkbookXml, type WrittenEntry } from './workbook-xml';
import { XlsxWriteError } from './write-error';
import { xmlAttr } from './xml-text';
import { XmlCursor, XmlUnreadable } from './xml-cursor';
import { hostInflater, zipDirectory, ZIP64_MARK } from './zip-directory';
import { copiedPart, deflatedPart, hostDeflates, type ZipPart, zipFile } from './zip-write';

/** What writing the plans did to each sheet. */
export interface WriteReport {
  sheets: Array<{
    table: TableId;
    /** The sheet's name in the workbook. */
    sheet: string;
    /** True when an earlier generated sheet of the same table was replaced. */
    replaced: boolean;
    /** The name the plan wanted, when a user sheet had it and another name was chosen. */
    wantedName?: string;
  }>;
}

/** A written workbook: its bytes, and whether it is macro-enabled (to be saved as .xlsm). */
export interface WrittenWorkbook<R> {
  bytes: Uint8Array;
  report: R;
  macroEnabled: boolean;
}

/**
 * Writes generated sheets into a copy of an .xlsx or .xlsm file by editing its package: every part
 * of the user's workbook is copied through as it is stored (their sheets, charts, pictures, pivot
 * tables, macros — `vbaProject.bin` byte for byte), the generated sheets are written as new parts —
 * the worksheet, its charts as DrawingML, its Excel tables — and only the parts that list sheets,
 * names, styles and content types are edited: the workbook, its relationships, the content types and
 * styles.xml (appended to). A macro-enabled workbook stays macro-enabled; a template (.xltx, .xltm)
 * gives the workbook made from it.
 *
 * Where each sheet goes is placement.ts's decision: the add-in's earlier sheet of a table (its owner
 * mark) is replaced in place under its name, a user sheet is never touched, and a new sheet takes a
 * free name when a user sheet has the wanted one. Each sheet gets its owner mark `SAKIP_<id>` and its
 * print titles; the workbook recalculates fully on open (generated formulas have no cached values)
 * and its calculation chain is dropped, as Excel rebuilds it.
 *
 * Rejects with an `XlsxWriteError` when the package cannot be edited (Strict Open XML, a ZIP64
 * container, a damaged part it must edit, a host without CompressionStream); the source is never changed.
 * Example: `(await writePlansToPackage(bytes, susunWorkbook(result, settings).plans)).report.sheets[0].sheet` → `'Tabel 3.2'`.
 */
export async function writePlansToPackage(
  source: Uint8Array,
  plans: readonly SheetPlan[],
): Promise<WrittenWorkbook<WriteReport>> {
  return edit(source, (facts) => {
    const placed = placeSheets({ names: facts.sheetNames, owned: facts.owned }, plans);
    return placed.map((p) => ({
      plan: p.plan,
      name: p.sheet,
      mark: p.plan.table,
      replaces: p.replaces,
    }));
  }).then(({ bytes, written, macroEnabled }) => ({
    bytes,
    macroEnabled,
    report: {
      sheets: written.map((w, i) => {
        const plan = plans[i];
        return {
          table: plan.table,
          sheet: w.name,
          replaced: w.replaces !== undefined,
          ...(w.name !== plan.name && w.replaces === undefined ? { wantedName: plan.name } : {}),
        };
      }),
    },
  }));
}

/** What writing the template's input sheets did. */
export interface InputSheetsReport {
  written: string[];
  /** Sheets left out because a sheet of that name exists (the user's data is never replaced). */
  skipped: string[];
}

/**
 * Writes input sheets (the canonical template: Anggaran, Kinerja, SKM as Excel tables with drop-down
 * lists) into a copy of the workbook. They belong to the user: no owner mark, never over an existing
 * sheet (placement.ts), their tables under free names when a table or defined name has theirs.
 * Example: `(await writeInputSheetsToPackage(bytes, planTemplateSheets())).report.skipped` → `['Anggaran']` when that sheet exists.
 */
export async function writeInputSheetsToPackage(
  source: Uint8Array,
  plans: ReadonlyArray<Omit<SheetPlan, 'table'>>,
): Promise<WrittenWorkbook<InputSheetsReport>> {
  let skipped: string[] = [];
  const { bytes, written, macroEnabled } = await edit(source, (facts) => {
    const placed = placeInputSheets(facts.sheetNames, facts.tableNames, plans);
    skipped = placed.skipped;
    return placed.written.map((w) => ({ plan: w.plan, name: w.sheet }));
  });
  return { bytes, macroEnabled, report: { written: written.map((w) => w.name), skipped } };
}

/**
 * A new workbook holding only the generated sheets (for a workbook made from nothing, such as a
 * rekap of many files), written by the same package writer.
 */
export async function writePlansToNewWorkbook(
  plans: readonly SheetPlan[],
): Promise<WrittenWorkbook<WriteReport>> {
  if (plans.length === 0) throw new Error('buku kerja baru perlu sedikitnya satu lembar');
  return writePlansToPackage(await emptyPackage(), plans);
}

/**
 * Whether an .xlsx-family file is macro-enabled (its workbook part's content type), so that a copy is
 * saved as .xlsm; undefined when the package cannot be read. Example: an .xlsm from Excel → `'xlsm'`.
 */
export async function workbookKind(source: Uint8Array): Promise<'xlsx' | 'xlsm' | undefined> {
  const entries = zipDirectory(source);
  const inflater = hostInflater();
  if (entries === undefined || inflater === undefined) return undefined;
  try {
    const pkg = new SourcePackage(source, entries, inflater);
    const types = await pkg.text('[Content_Types].xml');
    const main = (await pkg.relationships(''))?.list.find((r) => r.type === `${REL}officeDocument`)?.part;
    const type = main === undefined ? undefined : contentTypeOf(types, main);
    return type === undefined ? undefined : MACRO_ENABLED.has(type) ? 'xlsm' : 'xlsx';
  } catch {
    return undefined;
  }
}

const MAIN = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  template: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  macroWorkbook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  macroTemplate: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
};
const MACRO_ENABLED: ReadonlySet<string> = new Set([MAIN.macroWorkbook, MAIN.macroTemplate]);
/** The workbook a template gives (its content type once written). */
const WORKBOOK_OF: Record<string, string> = {
  [MAIN.workbook]: MAIN.workbook,
  [MAIN.template]: MAIN.workbook,
  [MAIN.macroWorkbook]: MAIN.macroWorkbook,
  [MAIN.macroTemplate]: MAIN.macroWorkbook,
};
const TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
};

/** What the writer reads of the workbook before placing sheets. */
interface Facts {
  sheetNames: string[];
  owned: Map<TableId, string>;
  /** Names of the workbook's Excel tables and defined names (one namespace in Excel). */
  tableNames: string[];
}

/** A sheet to write: its plan, its name, the owner mark it gets and the add-in's sheet it replaces. */
interface Target {
  plan: Omit<SheetPlan, 'table'>;
  name: string;
  mark?: TableId;
  replaces?: string;
}

/** A target once given its parts. */
interface Placed extends Target {
  part: string;
  added?: { rid: string; sheetId: number };
}

/** A new part of the package: its name, content type (none for relationships) and text in pieces. */
interface NewPart {
  name: string;
  type?: string;
  pieces: Iterable<string>;
}

async function edit(
  source: Uint8Array,
  place: (facts: Facts) => Target[],
): Promise<{ bytes: Uint8Array; written: Placed[]; macroEnabled: boolean }> {
  const entries = zipDirectory(source);
  const inflater = hostInflater();
  if (inflater === undefined || !hostDeflates()) throw new XlsxWriteError('tanpa-kompresi');
  if (entries === undefined) throw new XlsxWriteError('rusak', 'arsip zip');
  if (entries.some((e) => e.uncompressed === ZIP64_MARK || e.compressed === ZIP64_MARK))
    throw new XlsxWriteError('zip64');
  try {
    return await editPackage(new SourcePackage(source, entries, inflater), place);
  } catch (e) {
    if (e instanceof XmlUnreadable) throw new XlsxWriteError('rusak', e.message);
    throw e;
  }
}

async function editPackage(
  pkg: SourcePackage,
  place: (facts: Facts) => Target[],
): Promise<{ bytes: Uint8Array; written: Placed[]; macroEnabled: boolean }> {
  const types = await pkg.text('[Content_Types].xml');
  for (const { part } of overrides(types)) pkg.partNames.add(part.toLowerCase());
  const root = must(await pkg.relationships(''), 'relasi paket');
  if (root.list.some((r) => r.type.startsWith(STRICT_REL))) throw new XlsxWriteError('strict');
  const workbookPart = must(
    root.list.find((r) => r.type === `${REL}officeDocument`)?.part,
    'bagian workbook',
  );
  const mainType = must(contentTypeOf(types, workbookPart), 'jenis workbook');
  const workbookType = must(WORKBOOK_OF[mainType], `jenis workbook ${mainType}`);
  const book = readWorkbookXml(await pkg.text(workbookPart));
  const rels = must(await pkg.relationships(workbookPart), 'relasi workbook');
  const relById = new Map(rels.list.map((r) => [r.id, r]));
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);

  const stylesRel = rels.list.find((r) => r.type === `${REL}styles`);
  const stylesPart = stylesRel?.part ?? pkg.freePart(folder, 'styles');
  const stylesText = stylesRel ? await pkg.text(must(stylesRel.part, 'styles')) : EMPTY_STYLES;
  const styles = must(StyleSheetEditor.open(stylesText), 'styles.xml');

  const owned = new Map<TableId, string>();
  for (const [table, entry] of ownedSheets(book, tableOfOwnerMark)) owned.set(table, entry.name);
  const existingTables = await tablesOf(pkg, types);
  const targets = place({
    sheetNames: book.sheets.map((s) => s.name),
    owned,
    tableNames: [...existingTables.map((t) => t.name), ...book.names.map((n) => n.name)],
  });

  // Parts of the new sheets: a replaced sheet keeps its part, a new one takes a free name.
  const usedIds = new Set(rels.list.map((r) => r.id));
  let nextSheetId = Math.max(0, ...book.sheets.map((s) => s.sheetId)) + 1;
  const placed: Placed[] = targets.map((t, i) => {
    const old = t.replaces === undefined ? undefined : book.sheets.find((s) => s.name === t.replaces);
    const oldRel = old && relById.get(old.rid);
    if (old && oldRel) {
      must(oldRel.type === `${REL}worksheet` && oldRel.part && pkg.byName.has(oldRel.part), 'lembar lama');
      return { ...t, part: oldRel.part as string };
    }
    let n = i + 1;
    while (usedIds.has(`rIdSakip${n}`)) n++;
    usedIds.add(`rIdSakip${n}`);
    return {
      ...t,
      replaces: undefined,
      part: pkg.freePart(`${folder}worksheets/`, 'sheet'),
      added: { rid: `rIdSakip${n}`, sheetId: nextSheetId++ },
    };
  });

  // Parts that go: the calculation chain, and what only the replaced sheets used (their drawings,
  // comments, tables …) with those parts' own relationships.
  const dropped = new Set<string>();
  const calcChain = rels.list.find((r) => r.type === `${REL}calcChain`);
  if (calcChain?.part) dropped.add(calcChain.part);
  const replacedParts = placed.filter((p) => p.replaces !== undefined).map((p) => p.part);
  for (const part of replacedParts) dropped.add(SourcePackage.relsOf(part));
  for (const part of await orphans(pkg, replacedParts)) {
    dropped.add(part);
    dropped.add(SourcePackage.relsOf(part));
  }

  // The dropped parts' names are free again: a regenerated sheet's charts take the names its old ones had.
  for (const part of dropped) pkg.partNames.delete(part.toLowerCase());

  // Excel tables of the written sheets: unique names and ids among the tables that stay.
  const keptTables = existingTables.filter((t) => !dropped.has(t.part));
  const tableNames = new Set(
    [...keptTables.map((t) => t.name), ...book.names.map((n) => n.name)].map((n) => n.toLowerCase()),
  );
  let nextTableId = Math.max(0, ...keptTables.map((t) => t.id)) + 1;

  const modified = pkg.byName.get(workbookPart)?.modified ?? 0;
  const newParts: NewPart[] = [];
  for (const p of placed) {
    const sheetRels: string[] = [];
    const relation = (type: string, target: string) => {
      const id = `rId${sheetRels.length + 1}`;
      sheetRels.push(
        `<Relationship Id="${id}" Type="${REL}${type}" Target="${xmlAttr(relativeTarget(p.part, target))}"/>`,
      );
      return id;
    };
    const charts = p.plan.charts ?? [];
    let drawing: string | undefined;
    if (charts.length > 0) {
      const drawingPart = pkg.freePart('xl/drawings/', 'drawing');
      const chartRels = charts.map((chart, k) => {
        const chartPart = pkg.freePart('xl/charts/', 'chart');
        newParts.push({ name: chartPart, type: TYPE.chart, pieces: [chartXml(chart, p.plan, p.name)] });
        return `<Relationship Id="rId${k + 1}" Type="${REL}chart" Target="${xmlAttr(relativeTarget(drawingPart, chartPart))}"/>`;
      });
      newParts.push({
        name: drawingPart,
        type: TYPE.drawing,
        pieces: [
          drawingXml(
            charts,
            charts.map((_, k) => `rId${k + 1}`),
          ),
        ],
      });
      newParts.push({ name: SourcePackage.relsOf(drawingPart), pieces: [relationshipsXml(chartRels)] });
      drawing = relation('drawing', drawingPart);
    }
    const tables = (p.plan.excelTables ?? []).map((t) => {
      const name = freeTemplateTableName(t.name, tableNames);
      tableNames.add(name.toLowerCase());
      const tablePart = pkg.freePart('xl/tables/', 'table');
      newParts.push({ name: tablePart, type: TYPE.table, pieces: [tableXml({ ...t, name }, nextTableId++)] });
      return relation('table', tablePart);
    });
    newParts.push({
      name: p.part,
      ...(p.added ? { type: TYPE.worksheet } : {}),
      pieces: worksheetXml(p.plan, (look, format) => styles.index(look, format), {
        ...(drawing ? { drawing } : {}),
        ...(tables.length > 0 ? { tables } : {}),
      }),
    });
    if (sheetRels.length > 0)
      newParts.push({ name: SourcePackage.relsOf(p.part), pieces: [relationshipsXml(sheetRels)] });
  }

  const entries: WrittenEntry[] = placed.map((p) => ({
    name: p.name,
    replaced: p.replaces !== undefined,
    ...(p.added ? { added: p.added } : {}),
    ...(p.mark ? { mark: p.mark } : {}),
    ...(p.plan.print.titleRows ? { titleRows: p.plan.print.titleRows } : {}),
  }));
  const relsName = SourcePackage.relsOf(workbookPart);
  const workbookRels = [
    ...placed.flatMap((p) =>
      p.added
        ? [
            `<Relationship Id="${p.added.rid}" Type="${REL}worksheet" Target="${xmlAttr(p.part.slice(folder.length))}"/>`,
          ]
        : [],
    ),
    ...(stylesRel
      ? []
      : [
          `<Relationship Id="${freeId(usedIds)}" Type="${REL}styles" Target="${xmlAttr(stylesPart.slice(folder.length))}"/>`,
        ]),
  ];
  const edited: NewPart[] = [
    {
      name: '[Content_Types].xml',
      pieces: [
        editContentTypes(types, {
          dropped,
          added: [
            ...newParts.flatMap((n) => (n.type ? [{ part: n.name, type: n.type }] : [])),
            ...(stylesRel ? [] : [{ part: stylesPart, type: TYPE.styles }]),
          ],
          main: mainType === workbookType ? undefined : { part: workbookPart, type: workbookType },
        }),
      ],
    },
    { name: workbookPart, pieces: [editWorkbook(book, entries)] },
    { name: relsName, pieces: [editRelationships(rels.text, workbookRels, calcChain)] },
  ];
  // The style sheet last: the worksheets add their styles to it as they are written.
  const written = new Map<string, ZipPart>();
  for (const part of [...newParts, ...edited])
    written.set(part.name, await deflatedPart(part.name, part.pieces, modified));
  written.set(stylesPart, await deflatedPart(stylesPart, [styles.text()], modified));

  const parts: ZipPart[] = [];
  for (const e of pkg.entries) {
    if (dropped.has(e.name) && !written.has(e.name)) continue;
    const own = written.get(e.name);
    if (own) {
      parts.push(own);
      written.delete(e.name);
    } else {
      parts.push(must(copiedPart(pkg.bytes, e), `bagian ${e.name}`));
    }
  }
  parts.push(...written.values());
  const bytes = zipFile(parts);
  if (bytes === undefined) throw new XlsxWriteError('terlalu-besar');
  return { bytes, written: placed, macroEnabled: MACRO_ENABLED.has(workbookType) };
}

/** The Excel tables of the package (parts of the table content type): part, id and name. */
async function tablesOf(
  pkg: SourcePackage,
  types: string,
): Promise<Array<{ part: string; id: number; name: string }>> {
  const out: Array<{ part: string; id: number; name: string }> = [];
  for (const { part, type } of overrides(types)) {
    if (type !== TYPE.table || !pkg.byName.has(part)) continue;
    const xml = new XmlCursor(await pkg.text(part));
    while (xml.next()) {
      if (xml.name !== 'table' || xml.closing) continue;
      out.push({ part, id: Number(xml.attr('id')) || 0, name: xml.attr('name') ?? '' });
      break;
    }
  }
  return out;
}

/** A relationship target from the part `from` to the part `to` (both from the package root). */
function relativeTarget(from: string, to: string): string {
  const base = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < base.length && common < target.length - 1 && base[common] === target[common]) common++;
  return [...base.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

function relationshipsXml(relationships: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`
  );
}

function freeId(used: Set<string>): string {
  let n = 1;
  while (used.has(`rIdSakip${n}`)) n++;
  used.add(`rIdSakip${n}`);
  return `rIdSakip${n}`;
}

/**
 * Parts reachable from the replaced sheets through relationships that nothing else in the package
 * reaches once those sheets' relationships are gone.
 */
async function orphans(pkg: SourcePackage, replacedSheets: string[]): Promise<string[]> {
  if (replacedSheets.length === 0) return [];
  const targets = new Map<string, string[]>();
  for (const e of pkg.entries) {
    if (!e.name.endsWith('.rels')) continue;
    const source = e.name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const rels = await pkg.relationships(source);
    targets.set(
      source,
      (rels?.list ?? []).flatMap((r: Relationship) => (r.part === undefined ? [] : [r.part])),
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

function editRelationships(text: string, added: string[], calcChain: Relationship | undefined): string {
  const end = text.lastIndexOf('</Relationships>');
  must(end >= 0, 'Relationships');
  const splices: Splice[] = [{ from: end, to: end, text: added.join('') }];
  if (calcChain) splices.push({ from: calcChain.start, to: calcChain.end, text: '' });
  return spliced(text, splices);
}

/**
 * The content types with the dropped parts' Overrides taken out, the new parts' added, and the main
 * part's type changed where a template becomes a workbook.
 */
function editContentTypes(
  text: string,
  change: {
    dropped: ReadonlySet<string>;
    added: Array<{ part: string; type: string }>;
    main: { part: string; type: string } | undefined;
  },
): string {
  const splices: Splice[] = [];
  const addedParts = new Set(change.added.map((a) => a.part));
  const xml = new XmlCursor(text);
  while (xml.next()) {
    if (xml.name !== 'Override' || xml.closing) continue;
    const start = xml.tagStart;
    const part = (xml.attr('PartName') ?? '').replace(/^\//, '');
    if (!xml.selfClosing) xml.text();
    if (change.dropped.has(part) || addedParts.has(part) || part === change.main?.part)
      splices.push({ from: start, to: xml.afterTag, text: '' });
  }
  const added = [...change.added, ...(change.main ? [change.main] : [])]
    .map((a) => `<Override PartName="/${xmlAttr(a.part)}" ContentType="${a.type}"/>`)
    .join('');
  const end = text.lastIndexOf('</Types>');
  must(end >= 0, 'Types');
  splices.push({ from: end, to: end, text: added });
  return spliced(text, splices);
}

/** The package of a workbook without sheets, which the writer then fills (a workbook needs one sheet). */
async function emptyPackage(): Promise<Uint8Array> {
  const files: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${MAIN.workbook}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${TYPE.styles}"/>` +
        '</Types>',
    ],
    [
      '_rels/.rels',
      relationshipsXml([`<Relationship Id="rId1" Type="${REL}officeDocument" Target="xl/workbook.xml"/>`]),
    ],
    [
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      relationshipsXml([`<Relationship Id="rId1" Type="${REL}styles" Target="styles.xml"/>`]),
    ],
    ['xl/styles.xml', EMPTY_STYLES],
  ];
  const parts = await Promise.all(files.map(([name, text]) => deflatedPart(name, [text], DOS_2024)));
  return must(zipFile(parts), 'buku kerja kosong');
}

/** 1 January 2024, 00:00, as a zip's DOS date and time: the date of a new workbook's parts. */
const DOS_2024 = ((2024 - 1980) << 25) | (1 << 21) | (1 << 16);
