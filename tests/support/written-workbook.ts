/**
 * What a workbook shows once the generated sheets are written, described the same way whichever host
 * wrote them — the recording fake of Excel (tests/excel/fake-excel.ts) or an .xlsx package read with
 * its own XML, independently of the writer — so that the two can be compared entry by entry: values,
 * formulas, number formats, fonts, fills, borders, alignment, merges, outline, widths, heights, frozen
 * panes, print setup, links, validations, Excel tables, charts and defined names.
 *
 * A description is a map from `sheet|what` to the text of its setting; what a host leaves at the
 * default (no fill, General, the workbook's font …) is not in it, on either side.
 */
import JSZip from 'jszip';
import { BUILT_IN_FORMATS } from '../../src/xlsx/built-in-formats';
import { cellAddress, columnLetters } from '../../src/core/snapshot';
import type { FakeSheet, FakeState } from '../excel/fake-excel';
import { childrenNamed, descendants, parseXml, type XmlElement } from './xml';

export type Description = Map<string, string>;

/** Every entry that differs between two descriptions, missing on one side included, sorted. */
export function differences(fake: Description, written: Description): string[] {
  const out: string[] = [];
  for (const key of new Set([...fake.keys(), ...written.keys()])) {
    const a = fake.get(key);
    const b = written.get(key);
    if (a !== b) out.push(`${key}: Excel ${a ?? '—'} · .xlsx ${b ?? '—'}`);
  }
  return out.sort();
}

// ---------------------------------------------------------------------------------------------- fake

const hex = (color: unknown) => String(color).replace(/^#/, '').toUpperCase();

/** The generated sheets `sheets` of a fake workbook, and its defined names. */
export function describeFake(state: FakeState, sheets: readonly string[]): Description {
  const out: Description = new Map();
  for (const name of sheets) {
    const sheet = state.sheets.find((s) => s.name === name && !s.deleted);
    if (!sheet) throw new Error(`no sheet ${name} in Excel`);
    describeFakeSheet(sheet, (what, value) => out.set(`${name}|${what}`, value));
  }
  for (const [name, { sheet, rect }] of state.names)
    out.set(`name ${name}`, `${sheet.name}!${cellAddress(rect.top, rect.left)}`);
  for (const t of state.tables)
    if (sheets.includes(t.sheet.name)) out.set(`${t.sheet.name}|table ${t.name}`, rangeText(t.rect));
  return out;
}

function rangeText(r: { top: number; left: number; bottom: number; right: number }): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

function describeFakeSheet(sheet: FakeSheet, put: (what: string, value: string) => void): void {
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    const at = cellAddress(r, c);
    if (cell.formula !== undefined) put(`${at} formula`, cell.formula);
    else if (cell.value !== null) put(`${at} value`, JSON.stringify(cell.value));
    if (cell.numberFormat !== undefined) put(`${at} format`, cell.numberFormat);
    const f = cell.format ?? {};
    if (Object.keys(f).some((k) => k.startsWith('font.')))
      put(
        `${at} font`,
        fontText(
          f['font.bold'] === true,
          f['font.italic'] === true,
          f['font.underline'] === 'Single',
          f['font.size'] as number | undefined,
          f['font.color'] === undefined ? undefined : hex(f['font.color']),
        ),
      );
    if (f['fill.color'] !== undefined) put(`${at} fill`, hex(f['fill.color']));
    for (const side of ['top', 'bottom', 'left', 'right']) {
      const style = f[`border.${side}.style`];
      if (style === undefined) continue;
      const thin = style === 'Continuous' && f[`border.${side}.weight`] === 'Thin';
      put(`${at} border.${side}`, `${thin ? 'thin' : String(style)} ${hex(f[`border.${side}.color`] ?? 'auto')}`);
    }
    const align = alignText(
      (f.horizontalAlignment as string | undefined)?.toLowerCase(),
      (f.verticalAlignment as string | undefined)?.toLowerCase(),
      f.wrapText === true,
      Number(f.indentLevel ?? 0),
    );
    if (align) put(`${at} align`, align);
    if (cell.hyperlink?.documentReference) put(`${at} link`, cell.hyperlink.documentReference);
  }
  if (sheet.merges.length > 0) put('merges', sheet.merges.map(rangeText).sort().join(' '));
  const levels = new Map<number, number>();
  for (const [top, bottom] of sheet.rowGroups)
    for (let r = top; r <= bottom; r++) levels.set(r, (levels.get(r) ?? 0) + 1);
  for (const [r, level] of levels) put(`row ${r + 1} outline`, String(level));
  for (const [c, points] of sheet.columnWidths)
    put(`col ${columnLetters(c)} width`, ((points / 0.75 - 5) / 7).toFixed(2));
  for (const [r, height] of sheet.rowHeights) put(`row ${r + 1} height`, String(height));
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0))
    put('freeze', `${sheet.freeze.rows} rows, ${sheet.freeze.columns} columns`);
  const layout = sheet.pageLayout;
  const zoom = layout.zoom as { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
  put(
    'print',
    printText(
      String(layout.orientation ?? 'portrait').toLowerCase(),
      String(layout.paperSize ?? 'default'),
      zoom ? `${zoom.horizontalFitToPages}x${zoom.verticalFitToPages}` : 'none',
      (layout.printTitleRows as string | undefined) ?? 'none',
    ),
  );
  if (sheet.rowBreaks.length > 0)
    put('page breaks above rows', [...sheet.rowBreaks].sort((a, b) => a - b).map((r) => r + 1).join(' '));
  for (const v of sheet.validations) {
    const rule = v.rule as { list?: { source?: string } };
    put(`validation ${rangeText(v.rect)}`, rule.list?.source ?? JSON.stringify(rule));
  }
  sheet.charts.forEach((chart, i) =>
    put(
      `chart ${i + 1}`,
      JSON.stringify({
        type: chart.type,
        title: chart.title,
        series: chart.series.map((s) => ({
          name: s.name,
          values: s.values,
          categories: s.xValues,
          color: s.color === undefined ? undefined : hex(s.color),
        })),
        categoriesTopDown: chart.axes.category.reversePlotOrder === true,
        valueAxisAtLastCategory: chart.axes.category.position === 'Maximum',
        valueMin: chart.axes.value.minimum,
        valueFormat: chart.axes.value.numberFormat,
        legend: String(chart.legend.position ?? 'none').toLowerCase(),
        from: chart.position?.start,
        to: chart.position?.end,
      }),
    ),
  );
}

function fontText(bold: boolean, italic: boolean, underline: boolean, size: number | undefined, color: string | undefined) {
  return `${bold ? 'bold ' : ''}${italic ? 'italic ' : ''}${underline ? 'underline ' : ''}${size ?? 'default'}pt ${color ?? 'auto'}`;
}

function alignText(horizontal: string | undefined, vertical: string | undefined, wrap: boolean, indent: number) {
  return [
    horizontal ? `h=${horizontal}` : '',
    vertical ? `v=${vertical}` : '',
    wrap ? 'wrap' : '',
    indent > 0 ? `indent=${indent}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function printText(orientation: string, paper: string, fit: string, titles: string) {
  return `${orientation} ${paper} fit=${fit} titles=${titles}`;
}

// ------------------------------------------------------------------------------------------- package

/** The sheets `sheets` of an .xlsx package, and its workbook-level defined names (print titles go with their sheets). */
export async function describePackage(bytes: Uint8Array, sheets: readonly string[]): Promise<Description> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (part: string) => {
    const file = zip.file(part);
    if (!file) throw new Error(`${part} is not in the package`);
    return file.async('string');
  };
  const rels = async (part: string) => {
    const relsPart = part.replace(/([^/]*)$/, '_rels/$1.rels');
    const file = zip.file(relsPart);
    const out = new Map<string, string>();
    if (!file) return out;
    const folder = part.slice(0, part.lastIndexOf('/') + 1);
    for (const r of childrenNamed(parseXml(await file.async('string')), 'Relationship'))
      out.set(r.attributes.Id, new URL(r.attributes.Target, `file:///${folder}`).pathname.slice(1));
    return out;
  };
  const workbook = parseXml(await text('xl/workbook.xml'));
  const workbookRels = await rels('xl/workbook.xml');
  const styles = readStyles(parseXml(await text('xl/styles.xml')));
  const sheetList = descendants(workbook).filter((e) => local(e) === 'sheet');
  const names = descendants(workbook).filter((e) => local(e) === 'definedName');
  const out: Description = new Map();
  for (const name of sheets) {
    const entry = sheetList.find((s) => s.attributes.name === name);
    if (!entry) throw new Error(`no sheet ${name} in the package`);
    const part = workbookRels.get(entry.attributes['r:id']) as string;
    const put = (what: string, value: string) => out.set(`${name}|${what}`, value);
    const index = sheetList.indexOf(entry);
    const titles = names.find((n) => n.attributes.name === '_xlnm.Print_Titles' && Number(n.attributes.localSheetId) === index);
    const sheetRels = await rels(part);
    const xml = parseXml(await text(part));
    describeSheetXml(xml, styles, put, titles ? titles.text.replace(/^.*!/, '') : 'none');
    for (const t of descendants(xml).filter((e) => local(e) === 'tablePart')) {
      const table = parseXml(await text(sheetRels.get(t.attributes['r:id']) as string));
      out.set(`${name}|table ${table.attributes.name}`, table.attributes.ref);
    }
    const drawing = descendants(xml).find((e) => local(e) === 'drawing');
    if (drawing) {
      const drawingPart = sheetRels.get(drawing.attributes['r:id']) as string;
      const drawingRels = await rels(drawingPart);
      const anchors = descendants(parseXml(await text(drawingPart))).filter((e) => local(e) === 'twoCellAnchor');
      for (const [i, anchor] of anchors.entries()) {
        const chartRef = descendants(anchor).find((e) => local(e) === 'chart') as XmlElement;
        const chart = parseXml(await text(drawingRels.get(chartRef.attributes['r:id']) as string));
        put(`chart ${i + 1}`, chartText(anchor, chart));
      }
    }
  }
  for (const n of names) {
    if (n.attributes.localSheetId !== undefined || n.attributes.name.startsWith('_xlnm.')) continue;
    const [sheet, address] = n.text.split('!');
    out.set(`name ${n.attributes.name}`, `${sheet.replace(/^'(.*)'$/, '$1').replace(/''/g, "'")}!${address.replace(/\$/g, '')}`);
  }
  return out;
}

/** An element's name without its prefix. */
const local = (e: XmlElement) => e.name.replace(/^.*:/, '');
const child = (e: XmlElement | undefined, name: string) => e?.children.find((c) => local(c) === name);
const all = (e: XmlElement | undefined, name: string) => e?.children.filter((c) => local(c) === name) ?? [];

interface Styles {
  cellXfs: XmlElement[];
  fonts: XmlElement[];
  fills: XmlElement[];
  borders: XmlElement[];
  formats: Map<number, string>;
}

function readStyles(sheet: XmlElement): Styles {
  const formats = new Map(Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [Number(id), code]));
  for (const f of all(child(sheet, 'numFmts'), 'numFmt')) formats.set(Number(f.attributes.numFmtId), f.attributes.formatCode);
  return {
    cellXfs: all(child(sheet, 'cellXfs'), 'xf'),
    fonts: all(child(sheet, 'fonts'), 'font'),
    fills: all(child(sheet, 'fills'), 'fill'),
    borders: all(child(sheet, 'borders'), 'border'),
    formats,
  };
}

const argb = (e: XmlElement | undefined) => e?.attributes.rgb?.replace(/^FF/i, '').toUpperCase();

/** `_x000D_` and its kind back to the characters they stand for, `_x005F_` to an underscore. */
function unescapeCellText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

function describeSheetXml(
  sheet: XmlElement,
  styles: Styles,
  put: (what: string, value: string) => void,
  titles: string,
): void {
  const data = child(sheet, 'sheetData');
  for (const row of all(data, 'row')) {
    const r = Number(row.attributes.r);
    if (row.attributes.outlineLevel) put(`row ${r} outline`, row.attributes.outlineLevel);
    if (row.attributes.customHeight === '1') put(`row ${r} height`, String(Number(row.attributes.ht)));
    for (const c of all(row, 'c')) {
      const at = c.attributes.r;
      const f = child(c, 'f');
      if (f) put(`${at} formula`, f.text);
      else if (c.attributes.t === 'inlineStr')
        put(`${at} value`, JSON.stringify(unescapeCellText(all(child(c, 'is'), 't').map((t) => t.text).join(''))));
      else if (c.attributes.t === 'b') put(`${at} value`, JSON.stringify(child(c, 'v')?.text === '1'));
      else if (child(c, 'v')) put(`${at} value`, JSON.stringify(c.attributes.t === 'e' ? child(c, 'v')?.text : Number(child(c, 'v')?.text)));
      const xf = styles.cellXfs[Number(c.attributes.s ?? 0)];
      if (!xf) continue;
      const format = styles.formats.get(Number(xf.attributes.numFmtId ?? 0)) ?? 'General';
      if (format !== 'General') put(`${at} format`, format);
      const fontId = Number(xf.attributes.fontId ?? 0);
      if (fontId > 0) {
        const font = styles.fonts[fontId];
        const size = child(font, 'sz')?.attributes.val;
        put(
          `${at} font`,
          fontText(!!child(font, 'b'), !!child(font, 'i'), !!child(font, 'u'), size === undefined ? undefined : Number(size), argb(child(font, 'color'))),
        );
      }
      const fill = child(styles.fills[Number(xf.attributes.fillId ?? 0)], 'patternFill');
      if (fill?.attributes.patternType === 'solid') put(`${at} fill`, argb(child(fill, 'fgColor')) ?? 'auto');
      const border = styles.borders[Number(xf.attributes.borderId ?? 0)];
      for (const side of ['top', 'bottom', 'left', 'right']) {
        const edge = child(border, side);
        if (edge?.attributes.style) put(`${at} border.${side}`, `${edge.attributes.style} ${argb(child(edge, 'color')) ?? 'AUTO'}`);
      }
      const a = child(xf, 'alignment')?.attributes ?? {};
      const align = alignText(a.horizontal, a.vertical, a.wrapText === '1', Number(a.indent ?? 0));
      if (align) put(`${at} align`, align);
    }
  }
  const merges = all(child(sheet, 'mergeCells'), 'mergeCell').map((m) => m.attributes.ref);
  if (merges.length > 0) put('merges', merges.sort().join(' '));
  for (const col of all(child(sheet, 'cols'), 'col'))
    for (let c = Number(col.attributes.min); c <= Number(col.attributes.max); c++)
      put(`col ${columnLetters(c - 1)} width`, Number(col.attributes.width).toFixed(2));
  const pane = child(child(child(sheet, 'sheetViews'), 'sheetView'), 'pane');
  if (pane?.attributes.state === 'frozen')
    put('freeze', `${Number(pane.attributes.ySplit ?? 0)} rows, ${Number(pane.attributes.xSplit ?? 0)} columns`);
  const setup = child(sheet, 'pageSetup')?.attributes ?? {};
  const fits = child(child(sheet, 'sheetPr'), 'pageSetUpPr')?.attributes.fitToPage === '1';
  put(
    'print',
    printText(
      setup.orientation ?? 'portrait',
      setup.paperSize === '9' ? 'A4' : (setup.paperSize ?? 'default'),
      fits ? `${setup.fitToWidth ?? 1}x${setup.fitToHeight ?? 1}` : 'none',
      titles,
    ),
  );
  const breaks = all(child(sheet, 'rowBreaks'), 'brk').filter((b) => b.attributes.man === '1');
  if (breaks.length > 0)
    put('page breaks above rows', breaks.map((b) => Number(b.attributes.id) + 1).sort((a, b) => a - b).join(' '));
  for (const link of all(child(sheet, 'hyperlinks'), 'hyperlink')) put(`${link.attributes.ref} link`, link.attributes.location);
  for (const v of all(child(sheet, 'dataValidations'), 'dataValidation'))
    put(`validation ${v.attributes.sqref}`, (child(v, 'formula1')?.text ?? '').replace(/^"(.*)"$/, '$1'));
}

/** A chart part and its anchor as the fake describes a chart the adapter made. */
function chartText(anchor: XmlElement, space: XmlElement): string {
  const chart = child(space, 'chart');
  const plot = child(chart, 'plotArea');
  const bars = child(plot, 'barChart');
  const catAx = child(plot, 'catAx');
  const valAx = child(plot, 'valAx');
  const val = (e: XmlElement | undefined) => e?.attributes.val;
  const range = (f: XmlElement | undefined) => f?.text.replace(/^.*!/, '').replace(/\$/g, '');
  const marker = (m: XmlElement | undefined) => ({ col: Number(child(m, 'col')?.text), row: Number(child(m, 'row')?.text) });
  const from = marker(child(anchor, 'from'));
  const to = marker(child(anchor, 'to'));
  const grouping = val(child(bars, 'grouping'));
  return JSON.stringify({
    type: `${val(child(bars, 'barDir')) === 'bar' ? 'Bar' : 'Column'}${grouping === 'clustered' ? 'Clustered' : grouping}`,
    title: descendants(child(chart, 'title') as XmlElement).filter((e) => local(e) === 't').map((t) => t.text).join(''),
    series: all(bars, 'ser').map((s) => ({
      name: child(child(s, 'tx'), 'v')?.text,
      values: range(child(child(child(s, 'val'), 'numRef'), 'f')),
      categories: range(child(child(child(s, 'cat'), 'strRef'), 'f')),
      color: descendants(child(s, 'spPr') as XmlElement).find((e) => local(e) === 'srgbClr')?.attributes.val,
    })),
    categoriesTopDown: val(child(child(catAx, 'scaling'), 'orientation')) === 'maxMin',
    valueAxisAtLastCategory: val(child(valAx, 'crosses')) === 'max',
    valueMin: child(child(valAx, 'scaling'), 'min') ? Number(val(child(child(valAx, 'scaling'), 'min'))) : undefined,
    valueFormat: child(valAx, 'numFmt')?.attributes.formatCode,
    legend: { b: 'bottom', t: 'top', l: 'left', r: 'right' }[val(child(child(chart, 'legend'), 'legendPos')) ?? ''] ?? 'none',
    from: cellAddress(from.row, from.col),
    to: cellAddress(to.row - 1, to.col - 1),
  });
}
