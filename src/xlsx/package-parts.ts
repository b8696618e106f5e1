import { resolvePath } from './scan-snapshot';
import { XmlCursor } from './xml-cursor';
import { type Inflater, unpackEntry, type ZipEntry } from './zip-directory';
import { XlsxWriteError } from './write-error';

/** Relationship types of the transitional schema: `${REL}worksheet`, `${REL}styles` … */
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL = `${RELATIONSHIPS_NS}/`;
/** Strict Open XML's relationship types begin so. */
export const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** One relationship of a part, and where its element is in the relationships part's text. */
export interface Relationship {
  id: string;
  type: string;
  /** The target as a part name; undefined for an external target. */
  part: string | undefined;
  start: number;
  end: number;
}

/** Throws `XlsxWriteError('rusak')` naming `what` unless `value` is there. */
export function must<T>(value: T | undefined | null | false, what: string): T {
  if (value === undefined || value === null || value === false) throw new XlsxWriteError('rusak', what);
  return value;
}

/**
 * The source package: its parts by name, unpacked on demand (only the small ones the writer reads).
 * Text parts are read as UTF-8 or, with a byte-order mark, UTF-16 (Excel reads both; the writer
 * writes what it edits back as UTF-8).
 */
export class SourcePackage {
  readonly byName = new Map<string, ZipEntry>();
  /** Part names in lower case, with every name the content types list (OPC compares without case). */
  readonly partNames = new Set<string>();

  constructor(
    readonly bytes: Uint8Array,
    readonly entries: ZipEntry[],
    private readonly inflater: Inflater,
  ) {
    for (const e of entries) {
      this.byName.set(e.name, e);
      this.partNames.add(e.name.toLowerCase());
    }
  }

  async text(name: string): Promise<string> {
    const entry = must(this.byName.get(name), `bagian ${name} tidak ada`);
    const data = must(await unpackEntry(this.bytes, entry, this.inflater), `bagian ${name}`);
    const encoding =
      data[0] === 0xff && data[1] === 0xfe
        ? 'utf-16le'
        : data[0] === 0xfe && data[1] === 0xff
          ? 'utf-16be'
          : 'utf-8';
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(data).replace(/^\uFEFF/, '');
      return encoding === 'utf-8' ? text : text.replace(/^(<\?xml[^>]*encoding=")UTF-16(")/i, '$1UTF-8$2');
    } catch {
      throw new XlsxWriteError('rusak', `bagian ${name} bukan teks UTF-8 atau UTF-16`);
    }
  }

  /** The relationships part of `name` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
  static relsOf(name: string): string {
    const slash = name.lastIndexOf('/');
    return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
  }

  async relationships(source: string): Promise<{ text: string; list: Relationship[] } | undefined> {
    const relsName = SourcePackage.relsOf(source);
    if (!this.byName.has(relsName)) return undefined;
    const text = await this.text(relsName);
    const folder = source.slice(0, source.lastIndexOf('/') + 1);
    const list: Relationship[] = [];
    const xml = new XmlCursor(text);
    while (xml.next()) {
      if (xml.name !== 'Relationship' || xml.closing) continue;
      const start = xml.tagStart;
      const id = must(xml.attr('Id'), 'Id relasi');
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

  /** A free part name `${folder}${stem}N.xml` (N from 1), taking it. */
  freePart(folder: string, stem: string): string {
    for (let n = 1; ; n++) {
      const name = `${folder}${stem}${n}.xml`;
      if (!this.partNames.has(name.toLowerCase())) {
        this.partNames.add(name.toLowerCase());
        return name;
      }
    }
  }
}

/** The content type of `part` in `[Content_Types].xml`: its Override, else the Default of its extension. */
export function contentTypeOf(types: string, part: string): string | undefined {
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

/** Every part the content types list by an Override, with its content type. */
export function overrides(types: string): Array<{ part: string; type: string }> {
  const out: Array<{ part: string; type: string }> = [];
  const xml = new XmlCursor(types);
  while (xml.next()) {
    if (xml.closing || xml.name !== 'Override') continue;
    const part = xml.attr('PartName');
    const type = xml.attr('ContentType');
    if (part !== undefined && type !== undefined) out.push({ part: part.replace(/^\//, ''), type });
  }
  return out;
}

/** A splice of a text: `[from, to)` replaced by `text`. */
export interface Splice {
  from: number;
  to: number;
  text: string;
}

/** The text with its splices made; of two at the same place the wider goes first, so an insertion there lands before it. */
export function spliced(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.from - a.from || b.to - a.to))
    out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}
