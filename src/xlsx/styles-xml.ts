import type ExcelJS from 'exceljs';
import { BUILT_IN_FORMATS } from './built-in-formats';
import { xmlAttr } from './xml-text';

/** The collections of styles.xml that cell styles are made of, in the order the schema puts them. */
const COLLECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;
type Collection = (typeof COLLECTIONS)[number];
const CHILD: Record<Collection, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
};

/** Built-in number format codes → their ids (Excel does not save these). */
const BUILT_IN_IDS = new Map(Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [code, Number(id)]));
/** Ids from here on are the workbook's own number formats. */
const FIRST_CUSTOM_FORMAT = 164;

/** One collection of styles.xml: its children as written, where it sits, and what is appended. */
interface Entries {
  /** The collection's start tag as written (its other attributes are kept), `<numFmts>` when there was none. */
  open: string;
  children: string[];
  added: string[];
  byXml: Map<string, number>;
  start: number;
  end: number;
}

/**
 * Adds cell styles to a workbook's styles.xml without touching what is there: fonts, fills, borders,
 * number formats and cell formats (`xf`) are appended, each reused when an identical one exists — also
 * one appended by an earlier `susun` on the same file, so repeated runs do not grow the file.
 * Understands the styles.xml every writer produces (unprefixed, with fonts, fills, borders and
 * cellXfs); `open` gives undefined for anything else, and the caller writes the workbook another way.
 */
export class StyleSheetEditor {
  private readonly entries = new Map<Collection, Entries>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly fontName: string;
  private readonly indexes = new Map<Partial<ExcelJS.Style>, number>();

  private constructor(private readonly xml: string) {
    for (const name of COLLECTIONS) {
      const found = collection(xml, name);
      if (found) this.entries.set(name, found);
    }
    for (const numFmt of this.entries.get('numFmts')?.children ?? []) {
      const id = Number(attribute(numFmt, 'numFmtId'));
      const code = attribute(numFmt, 'formatCode');
      if (!Number.isInteger(id)) continue;
      if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    const firstFont = this.entries.get('fonts')?.children[0] ?? '';
    this.fontName = /<name\s+val="([^"]*)"/.exec(firstFont)?.[1] ?? 'Calibri';
  }

  /** The editor over styles.xml, or undefined when its form is not one this editor understands. */
  static open(xml: string): StyleSheetEditor | undefined {
    if (!/<styleSheet[\s>]/.test(xml) || !xml.includes('</styleSheet>')) return undefined;
    const editor = new StyleSheetEditor(xml);
    for (const name of ['fonts', 'fills', 'borders', 'cellXfs'] as const) {
      if (!editor.entries.get(name)?.children.length) return undefined;
    }
    // Every added format refers to the first cell style (xfId="0").
    if (!/<cellStyleXfs[^>]*>\s*<xf[\s/>]/.test(xml)) return undefined;
    return editor;
  }

  /** The index (`s` attribute) of a cell with this style; the same object always gives the same index. */
  index(style: Partial<ExcelJS.Style>): number {
    let index = this.indexes.get(style);
    if (index === undefined) {
      index = this.add('cellXfs', this.xf(style));
      this.indexes.set(style, index);
    }
    return index;
  }

  /** styles.xml with the added entries and every changed count. */
  text(): string {
    let out = this.xml;
    // From the end of the file back, so that earlier positions stay valid; of two at one place (numFmts
    // added where fonts start) the wider first, so the insertion lands before it.
    const changed = COLLECTIONS.filter((n) => (this.entries.get(n)?.added.length ?? 0) > 0)
      .map((n) => ({ name: n, entries: this.entries.get(n) as Entries }))
      .sort((a, b) => b.entries.start - a.entries.start || b.entries.end - a.entries.end);
    for (const { name, entries } of changed) {
      const all = [...entries.children, ...entries.added];
      const open = entries.open.replace(/\s*\/?>$/, '').replace(/\scount=(?:"[^"]*"|'[^']*')/, '');
      const element = `${open} count="${all.length}">${all.join('')}</${name}>`;
      out = out.slice(0, entries.start) + element + out.slice(entries.end);
    }
    return out;
  }

  private add(name: Collection, xml: string): number {
    let entries = this.entries.get(name);
    if (entries === undefined) {
      // Only numFmts may be missing (open() checks the rest); it is the style sheet's first child.
      const at = this.xml.indexOf('>', this.xml.search(/<styleSheet[\s>]/)) + 1;
      entries = { open: `<${name}>`, children: [], added: [], byXml: new Map(), start: at, end: at };
      this.entries.set(name, entries);
    }
    let index = entries.byXml.get(xml);
    if (index === undefined) {
      index = entries.children.length + entries.added.length;
      entries.added.push(xml);
      entries.byXml.set(xml, index);
    }
    return index;
  }

  private formatId(code: string | undefined): number {
    if (code === undefined || code === 'General') return 0;
    const known = this.formatIds.get(code) ?? BUILT_IN_IDS.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.add('numFmts', `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    return id;
  }

  private xf(style: Partial<ExcelJS.Style>): string {
    const numFmtId = this.formatId(style.numFmt);
    const fontId = style.font ? this.add('fonts', this.fontXml(style.font)) : 0;
    const fillId = style.fill ? this.add('fills', fillXml(style.fill)) : 0;
    const borderId = style.border ? this.add('borders', borderXml(style.border)) : 0;
    const alignment = style.alignment ? alignmentXml(style.alignment) : '';
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (style.font ? ' applyFont="1"' : '') +
      (style.fill ? ' applyFill="1"' : '') +
      (style.border ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '');
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return alignment ? `${open}>${alignment}</xf>` : `${open}/>`;
  }

  private fontXml(font: Partial<ExcelJS.Font>): string {
    return (
      '<font>' +
      (font.bold ? '<b/>' : '') +
      (font.italic ? '<i/>' : '') +
      (font.underline ? '<u/>' : '') +
      (font.size !== undefined ? `<sz val="${font.size}"/>` : '') +
      colorXml('color', font.color) +
      `<name val="${this.fontName}"/>` +
      '</font>'
    );
  }
}

function colorXml(element: string, color: Partial<ExcelJS.Color> | undefined): string {
  return color?.argb ? `<${element} rgb="${xmlAttr(color.argb)}"/>` : '';
}

function fillXml(fill: ExcelJS.Fill): string {
  if (fill.type !== 'pattern') throw new Error(`isian ${fill.type} tidak didukung`);
  return `<fill><patternFill patternType="${fill.pattern}">${colorXml('fgColor', fill.fgColor)}${colorXml('bgColor', fill.bgColor)}</patternFill></fill>`;
}

function borderXml(border: Partial<ExcelJS.Borders>): string {
  const edge = (name: string, b: Partial<ExcelJS.Border> | undefined) =>
    b?.style ? `<${name} style="${b.style}">${colorXml('color', b.color)}</${name}>` : `<${name}/>`;
  return `<border>${edge('left', border.left)}${edge('right', border.right)}${edge('top', border.top)}${edge('bottom', border.bottom)}<diagonal/></border>`;
}

/** ExcelJS's alignment in the schema's words: its vertical `middle` is the XML's `center`. */
function alignmentXml(a: Partial<ExcelJS.Alignment>): string {
  const attrs =
    (a.horizontal ? ` horizontal="${a.horizontal}"` : '') +
    (a.vertical ? ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"` : '') +
    (a.wrapText ? ' wrapText="1"' : '') +
    (a.indent ? ` indent="${a.indent}"` : '');
  return attrs ? `<alignment${attrs}/>` : '';
}

/** A collection element of styles.xml (`<fonts count="2">…</fonts>` or `<fonts/>`), its children as written. */
function collection(xml: string, name: Collection): Entries | undefined {
  const open = new RegExp(`<${name}(\\s[^>]*)?>`).exec(xml);
  if (open === null) return undefined;
  const start = open.index;
  if (open[0].endsWith('/>')) {
    return { open: open[0], children: [], added: [], byXml: new Map(), start, end: start + open[0].length };
  }
  const close = xml.indexOf(`</${name}>`, start);
  if (close < 0) return undefined;
  const inner = xml.slice(start + open[0].length, close);
  const child = CHILD[name];
  const children =
    inner.match(new RegExp(`<${child}(?:\\s[^>]*)?/>|<${child}(?:\\s[^>]*)?>[\\s\\S]*?</${child}>`, 'g')) ??
    [];
  const byXml = new Map<string, number>();
  children.forEach((c, i) => {
    if (!byXml.has(c)) byXml.set(c, i);
  });
  return { open: open[0], children, added: [], byXml, start, end: close + name.length + 3 };
}

/** An attribute's raw value in one element's markup (values here hold no quotes or references). */
function attribute(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return m?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
