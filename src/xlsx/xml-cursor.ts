/**
 * A forward-only cursor over the XML of an .xlsx part, built for speed on worksheets of millions of
 * tags: it moves from tag to tag in one string without building a tree or an object per tag, and reads
 * attributes and text on demand. It reads what spreadsheet writers produce (well-formed XML, optional
 * namespace prefixes, comments, CDATA, both quote styles) and throws `XmlUnreadable` on anything else,
 * so the caller can fall back to a full parser.
 */

export class XmlUnreadable extends Error {
  override readonly name = 'XmlUnreadable';
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const QUESTION = 63; // ?
const BANG = 33; // !
const COLON = 58; // :
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

function isNameEnd(code: number): boolean {
  // Whitespace, '/' and '>' end a tag name; names hold nothing below '0' apart from '-' and '.'.
  return code <= 32 || code === SLASH || code === GT;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML's character references resolved (`&amp;` → `&`, `&#10;` → newline). */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35) {
      const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES[ref];
    if (named === undefined) throw new XmlUnreadable(`entitas ${whole}`);
    return named;
  });
}

export class XmlCursor {
  /** Local name of the current tag (prefix removed): `c` for both `<c>` and `<x:c>`. */
  name = '';
  /** The current tag is a closing tag (`</row>`). */
  closing = false;
  /** The current tag closes itself (`<c r="A1"/>`). */
  selfClosing = false;
  /** Index of the current tag's `<`. */
  tagStart = 0;
  private attrFrom = 0;
  private attrTo = 0;
  /** Index just after the current tag's `>`. */
  private at = 0;

  constructor(private readonly xml: string) {}

  /** Moves to the next start or end tag, skipping declarations, comments and text; false at the end. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.at);
      if (lt < 0) return false;
      const first = xml.charCodeAt(lt + 1);
      if (first === QUESTION) {
        this.at = this.after(xml.indexOf('?>', lt), 2);
        continue;
      }
      if (first === BANG) {
        if (xml.startsWith('<!--', lt)) this.at = this.after(xml.indexOf('-->', lt), 3);
        else if (xml.startsWith('<![CDATA[', lt)) this.at = this.after(xml.indexOf(']]>', lt), 3);
        else throw new XmlUnreadable('DOCTYPE');
        continue;
      }
      this.tagStart = lt;
      this.closing = first === SLASH;
      let i = this.closing ? lt + 2 : lt + 1;
      const nameStart = i;
      let colon = -1;
      for (; i < xml.length; i++) {
        const code = xml.charCodeAt(i);
        if (isNameEnd(code)) break;
        if (code === COLON) colon = i;
      }
      this.name = xml.slice(colon >= 0 ? colon + 1 : nameStart, i);
      const gt = this.tagEnd(i);
      this.selfClosing = !this.closing && xml.charCodeAt(gt - 1) === SLASH;
      this.attrFrom = i;
      this.attrTo = this.selfClosing ? gt - 1 : gt;
      this.at = gt + 1;
      return true;
    }
  }

  /** Index just after the current tag's `>` (after its end tag once `text()` has read an element). */
  get afterTag(): number {
    return this.at;
  }

  /** The value of attribute `name` (qualified as written, e.g. `r:id`) of the current tag, decoded. */
  attr(name: string): string | undefined {
    const xml = this.xml;
    let i = this.attrFrom;
    const end = this.attrTo;
    while (i < end) {
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      if (i >= end) break;
      const eq = xml.indexOf('=', i);
      if (eq < 0 || eq >= end) throw new XmlUnreadable('atribut');
      let nameEnd = eq;
      while (xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
      let q = eq + 1;
      while (xml.charCodeAt(q) <= 32) q++;
      const quote = xml.charCodeAt(q);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) throw new XmlUnreadable('atribut');
      const close = xml.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", q + 1);
      if (close < 0 || close >= end) throw new XmlUnreadable('atribut');
      if (nameEnd - i === name.length && xml.startsWith(name, i)) return decodeXml(xml.slice(q + 1, close));
      i = close + 1;
    }
    return undefined;
  }

  /**
   * The text content of the current element up to its end tag, decoded, with CDATA sections taken as
   * they are; the cursor ends on that end tag. '' for a self-closing tag. Child elements are not
   * expected here (`<v>`, `<f>`, `<t>`) and make it throw.
   */
  text(): string {
    if (this.selfClosing) return '';
    const xml = this.xml;
    let out = '';
    for (;;) {
      const lt = xml.indexOf('<', this.at);
      if (lt < 0) throw new XmlUnreadable('teks');
      if (xml.startsWith('<![CDATA[', lt)) {
        out += decodeXml(lineEnds(xml.slice(this.at, lt)));
        const close = xml.indexOf(']]>', lt);
        if (close < 0) throw new XmlUnreadable('CDATA');
        out += lineEnds(xml.slice(lt + 9, close));
        this.at = close + 3;
        continue;
      }
      if (xml.startsWith('<!--', lt)) {
        out += decodeXml(lineEnds(xml.slice(this.at, lt)));
        this.at = this.after(xml.indexOf('-->', lt), 3);
        continue;
      }
      out += decodeXml(lineEnds(xml.slice(this.at, lt)));
      this.at = lt;
      if (!this.next() || !this.closing) throw new XmlUnreadable('teks');
      return out;
    }
  }

  /** Index of the `>` that ends a tag whose attributes start at `from`, skipping quoted values. */
  private tagEnd(from: number): number {
    const xml = this.xml;
    let i = from;
    for (;;) {
      const code = xml.charCodeAt(i);
      if (Number.isNaN(code)) throw new XmlUnreadable('tag');
      if (code === GT) return i;
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        const close = xml.indexOf(code === DOUBLE_QUOTE ? '"' : "'", i + 1);
        if (close < 0) throw new XmlUnreadable('tag');
        i = close + 1;
        continue;
      }
      if (code === LT) throw new XmlUnreadable('tag');
      i++;
    }
  }

  private after(index: number, length: number): number {
    if (index < 0) throw new XmlUnreadable('akhir');
    return index + length;
  }
}

/**
 * Line ends as an XML parser hands them on: a written CR LF or lone CR is LF (a CR written as `&#13;`
 * stays, so this comes before the references are resolved).
 */
function lineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/** Whether a text is one of the XML attribute values meaning true. */
export function isXmlTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
