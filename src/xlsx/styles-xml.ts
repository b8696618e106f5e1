import type { CellLook, Rgb } from '../core/plan/look';
import { BUILT_IN_FORMATS } from './built-in-formats';
import { xmlAttr } from './xml-text';

/**
 * The collections of styles.xml, in the order the schema puts them (CT_Stylesheet); the first six are
 * the ones cell styles are made of, the rest only matter as places to insert before.
 */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;
const EDITED = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;
type Collection = (typeof EDITED)[number];
const CHILD: Record<Collection, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
};

/** What a style sheet must hold before anything is appended (Excel's own first entries), by collection. */
const REQUIRED: Record<'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs', string[]> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

const REQUIRED_CHILD: Record<keyof typeof REQUIRED, string> = {
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
};

/** A style sheet for a new workbook: Excel's defaults, nothing else. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  (['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const)
    .map((n) => `<${n} count="${REQUIRED[n].length}">${REQUIRED[n].join('')}</${n}>`)
    .join('') +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

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
 * one appended by an earlier `susun` on the same file, so repeated runs do not grow the file. Any
 * prefix the file binds to the SpreadsheetML namespace (`x:`) is kept and used for what is added; a
 * collection the file lacks (a minimal writer's style sheet) is added with Excel's defaults.
 * Only what is not XML a style sheet can be (no `styleSheet` element) gives undefined.
 */
export class StyleSheetEditor {
  private readonly entries = new Map<Collection, Entries>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly fontName: string;
  private readonly indexes = new Map<CellLook | undefined, Map<string, number>>();

  private constructor(
    private readonly xml: string,
    private readonly p: string,
  ) {
    for (const name of EDITED) {
      const found = collection(xml, p, name);
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
    this.fontName = new RegExp(`<${p}name\\s+val="([^"]*)"`).exec(firstFont)?.[1] ?? 'Calibri';
  }

  /** The editor over styles.xml, or undefined when it is not a style sheet. */
  static open(xml: string): StyleSheetEditor | undefined {
    const root = /<(\w+:)?styleSheet[\s>]/.exec(xml);
    if (root === null || !xml.includes(`</${root[1] ?? ''}styleSheet>`)) return undefined;
    return new StyleSheetEditor(withRequired(xml, root[1] ?? ''), root[1] ?? '');
  }

  /**
   * The index (`s` attribute) of a cell with this look and number format; 0 (the workbook's default)
   * for neither. The same look object and format always give the same index.
   */
  index(look: CellLook | undefined, numberFormat: string | undefined): number {
    const format = numberFormat ?? 'General';
    if (look === undefined && format === 'General') return 0;
    let byFormat = this.indexes.get(look);
    if (byFormat === undefined) this.indexes.set(look, (byFormat = new Map()));
    let index = byFormat.get(format);
    if (index === undefined) {
      index = this.add('cellXfs', this.xf(look, format));
      byFormat.set(format, index);
    }
    return index;
  }

  /** styles.xml with the added entries and every changed count. */
  text(): string {
    let out = this.xml;
    // From the end of the file back, so that earlier positions stay valid; of two at one place (numFmts
    // added where fonts start) the wider first, so the insertion lands before it.
    const changed = EDITED.filter((n) => (this.entries.get(n)?.added.length ?? 0) > 0)
      .map((n) => ({ name: n, entries: this.entries.get(n) as Entries }))
      .sort((a, b) => b.entries.start - a.entries.start || b.entries.end - a.entries.end);
    for (const { name, entries } of changed) {
      const all = [...entries.children, ...entries.added];
      const open = entries.open.replace(/\s*\/?>$/, '').replace(/\scount=(?:"[^"]*"|'[^']*')/, '');
      const element = `${open} count="${all.length}">${all.join('')}</${this.p}${name}>`;
      out = out.slice(0, entries.start) + element + out.slice(entries.end);
    }
    return out;
  }

  private add(name: Collection, xml: string): number {
    let entries = this.entries.get(name);
    if (entries === undefined) {
      // Only numFmts may be missing (withRequired added the rest); it is the style sheet's first child.
      const at = this.xml.indexOf('>', this.xml.search(new RegExp(`<${this.p}styleSheet[\\s>]`))) + 1;
      entries = { open: `<${this.p}${name}>`, children: [], added: [], byXml: new Map(), start: at, end: at };
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

  private formatId(code: string): number {
    if (code === 'General') return 0;
    const known = this.formatIds.get(code) ?? BUILT_IN_IDS.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.add('numFmts', `<${this.p}numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    return id;
  }

  private xf(look: CellLook | undefined, format: string): string {
    const p = this.p;
    const numFmtId = this.formatId(format);
    const fontId = look?.font ? this.add('fonts', this.fontXml(look.font)) : 0;
    const fillId = look?.fill ? this.add('fills', this.fillXml(look.fill)) : 0;
    const borderId = look?.border ? this.add('borders', this.borderXml(look.border)) : 0;
    const alignment = look ? this.alignmentXml(look) : '';
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '');
    const open = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return alignment ? `${open}>${alignment}</${p}xf>` : `${open}/>`;
  }

  /** A font's children in the order the Open XML SDK checks (b, i, u, sz, color, name). */
  private fontXml(font: NonNullable<CellLook['font']>): string {
    const p = this.p;
    return (
      `<${p}font>` +
      (font.bold ? `<${p}b/>` : '') +
      (font.italic ? `<${p}i/>` : '') +
      (font.underline ? `<${p}u/>` : '') +
      `<${p}sz val="${font.size}"/>` +
      (font.color ? `<${p}color rgb="${argb(font.color)}"/>` : '') +
      `<${p}name val="${xmlAttr(this.fontName)}"/>` +
      `</${p}font>`
    );
  }

  private fillXml(color: Rgb): string {
    const p = this.p;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(color)}"/></${p}patternFill></${p}fill>`;
  }

  private borderXml(color: Rgb): string {
    const p = this.p;
    const edge = (name: string) =>
      `<${p}${name} style="thin"><${p}color rgb="${argb(color)}"/></${p}${name}>`;
    return `<${p}border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<${p}diagonal/></${p}border>`;
  }

  private alignmentXml(look: CellLook): string {
    const attrs =
      (look.horizontal ? ` horizontal="${look.horizontal}"` : '') +
      (look.vertical ? ` vertical="${look.vertical}"` : '') +
      (look.wrap ? ' wrapText="1"' : '') +
      (look.indent ? ` indent="${look.indent}"` : '');
    return attrs ? `<${this.p}alignment${attrs}/>` : '';
  }
}

/** `D9E1F2` → `FFD9E1F2` (opaque), as styles.xml writes colours. */
function argb(rgb: Rgb): string {
  return `FF${rgb.toUpperCase()}`;
}

/**
 * The style sheet with Excel's defaults added for each collection cell styles need that it lacks,
 * each in its place in the schema's order (before the first later collection it has).
 */
function withRequired(xml: string, p: string): string {
  let out = xml;
  for (const name of ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const) {
    const found = new RegExp(`<${p}${name}(\\s[^>]*)?>`).exec(out);
    const children = REQUIRED[name].map((c) => c.replace(/<(\/?)(\w)/g, `<$1${p}$2`));
    if (found !== null && !found[0].endsWith('/>')) {
      const close = out.indexOf(`</${p}${name}>`, found.index);
      const inner = close < 0 ? '' : out.slice(found.index + found[0].length, close);
      if (new RegExp(`<${p}${REQUIRED_CHILD[name]}[\\s/>]`).test(inner)) continue;
      out = out.slice(0, found.index) + out.slice(close + `</${p}${name}>`.length);
    } else if (found !== null) {
      out = out.slice(0, found.index) + out.slice(found.index + found[0].length);
    }
    const element = `<${p}${name} count="${children.length}">${children.join('')}</${p}${name}>`;
    out = insertBeforeLater(out, p, name, element);
  }
  return out;
}

/** `element` inserted before the first collection after `name` in the schema order, else before the end. */
function insertBeforeLater(xml: string, p: string, name: (typeof ORDER)[number], element: string): string {
  for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
    const at = xml.search(new RegExp(`<${p}${later}[\\s/>]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  const end = xml.lastIndexOf(`</${p}styleSheet>`);
  return xml.slice(0, end) + element + xml.slice(end);
}

/** A collection element of styles.xml (`<fonts count="2">…</fonts>` or `<fonts/>`), its children as written. */
function collection(xml: string, p: string, name: Collection): Entries | undefined {
  const open = new RegExp(`<${p}${name}(\\s[^>]*)?>`).exec(xml);
  if (open === null) return undefined;
  const start = open.index;
  if (open[0].endsWith('/>')) {
    return { open: open[0], children: [], added: [], byXml: new Map(), start, end: start + open[0].length };
  }
  const closeTag = `</${p}${name}>`;
  const close = xml.indexOf(closeTag, start);
  if (close < 0) return undefined;
  const inner = xml.slice(start + open[0].length, close);
  const child = `${p}${CHILD[name]}`;
  const children =
    inner.match(new RegExp(`<${child}(?:\\s[^>]*)?/>|<${child}(?:\\s[^>]*)?>[\\s\\S]*?</${child}>`, 'g')) ??
    [];
  const byXml = new Map<string, number>();
  children.forEach((c, i) => {
    if (!byXml.has(c)) byXml.set(c, i);
  });
  return { open: open[0], children, added: [], byXml, start, end: close + closeTag.length };
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
