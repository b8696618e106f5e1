/**
 * A small strict XML reader for tests of our own files (manifest.xml): it rejects what a conforming parser
 * rejects in such files — unclosed or mismatched tags, unquoted or duplicate attributes, stray `&` or `<`,
 * text or a second element outside the root — and keeps element order, which the manifest schema cares
 * about. DOCTYPE declarations are refused (a manifest has none).
 */

/** One element: qualified name as written (`bt:Image`), attributes, child elements, own text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

/** Thrown for input that is not well-formed XML; `line` is 1-based. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Parses a whole document and returns its root element.
 * @example parseXml('<a x="1"><b/></a>').children[0].name → 'b'
 */
export function parseXml(source: string): XmlElement {
  let pos = source.startsWith('\uFEFF') ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const lineAt = (index: number): number => source.slice(0, index).split('\n').length;
  const fail = (message: string, index = pos): never => {
    throw new XmlSyntaxError(message, lineAt(index));
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(source);
    if (!match) return fail('expected a name');
    pos += match[0].length;
    return match[0];
  };
  const skipSpace = (): boolean => {
    const start = pos;
    while (pos < source.length && ' \t\r\n'.includes(source[pos])) pos++;
    return pos > start;
  };
  const decode = (raw: string, start: number): string =>
    raw.replace(/&([^;]*);|&/g, (whole, ref: string | undefined, offset: number) => {
      if (ref === undefined) return fail('bare "&" (write &amp;)', start + offset);
      if (ref in PREDEFINED) return PREDEFINED[ref];
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (!numeric) return fail(`unknown entity &${ref};`, start + offset);
      return String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]));
    });
  const skipUntil = (terminator: string, what: string): string => {
    const end = source.indexOf(terminator, pos);
    if (end < 0) fail(`unterminated ${what}`);
    const body = source.slice(pos, end);
    pos = end + terminator.length;
    return body;
  };

  if (source.startsWith('<?xml', pos)) skipUntil('?>', 'XML declaration');

  while (pos < source.length) {
    if (source[pos] !== '<') {
      const start = pos;
      const end = source.indexOf('<', pos);
      pos = end < 0 ? source.length : end;
      const raw = source.slice(start, pos);
      if (raw.includes(']]>')) fail('"]]>" in text', start);
      const text = decode(raw, start);
      if (stack.length === 0) {
        if (text.trim() !== '') fail('text outside the root element', start);
      } else {
        stack[stack.length - 1].text += text;
      }
      continue;
    }
    const tagStart = pos;
    if (source.startsWith('<!--', pos)) {
      pos += 4;
      const body = skipUntil('-->', 'comment');
      if (body.includes('--')) fail('"--" inside a comment', tagStart);
    } else if (source.startsWith('<![CDATA[', pos)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      pos += 9;
      stack[stack.length - 1].text += skipUntil(']]>', 'CDATA section');
    } else if (source.startsWith('<!', pos)) {
      fail('DOCTYPE and other declarations are not accepted');
    } else if (source.startsWith('<?', pos)) {
      pos += 2;
      if (/^xml\b/i.test(source.slice(pos, pos + 4))) fail('XML declaration not at the start');
      skipUntil('?>', 'processing instruction');
    } else if (source.startsWith('</', pos)) {
      pos += 2;
      const name = readName();
      skipSpace();
      if (source[pos] !== '>') fail(`expected ">" after </${name}`);
      pos++;
      const open = stack.pop();
      if (!open) return fail(`closing tag </${name}> without an open element`, tagStart);
      if (open.name !== name) fail(`</${name}> closes <${open.name}> (line ${open.line})`, tagStart);
    } else {
      pos++;
      const element: XmlElement = {
        name: readName(),
        attributes: {},
        children: [],
        text: '',
        line: lineAt(tagStart),
      };
      let selfClosing = false;
      for (;;) {
        const spaced = skipSpace();
        if (source.startsWith('/>', pos)) {
          selfClosing = true;
          pos += 2;
          break;
        }
        if (source[pos] === '>') {
          pos++;
          break;
        }
        if (pos >= source.length) fail(`unterminated start tag <${element.name}>`, tagStart);
        if (!spaced) fail('attributes must be separated by white space');
        const attrStart = pos;
        const attr = readName();
        skipSpace();
        if (source[pos] !== '=') fail(`attribute ${attr} has no "="`);
        pos++;
        skipSpace();
        const quote = source[pos];
        if (quote !== '"' && quote !== "'") fail(`value of ${attr} is not quoted`);
        pos++;
        const valueStart = pos;
        const raw = skipUntil(quote, `value of ${attr}`);
        if (raw.includes('<')) fail(`"<" in the value of ${attr}`, valueStart);
        if (attr in element.attributes) fail(`duplicate attribute ${attr}`, attrStart);
        element.attributes[attr] = decode(raw, valueStart);
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) fail('a second root element', tagStart);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length > 0)
    fail(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (!root) return fail('no root element');
  return root;
}

/** Direct children named `name`, in document order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The one direct child named `name`; throws when there is none or more than one. */
export function onlyChild(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1)
    throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

/** Every element below `element` (depth first, document order), not including itself. */
export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((c) => [c, ...descendants(c)]);
}
