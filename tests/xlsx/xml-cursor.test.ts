import { decodeXml, XmlCursor, XmlUnreadable } from '../../src/xlsx/xml-cursor';

/** Every tag the cursor stops at, as `name`, `/name` or `name/`. */
function tags(xml: string): string[] {
  const cursor = new XmlCursor(xml);
  const out: string[] = [];
  while (cursor.next())
    out.push(cursor.closing ? `/${cursor.name}` : cursor.selfClosing ? `${cursor.name}/` : cursor.name);
  return out;
}

describe('XmlCursor', () => {
  it('walks start, end and self-closing tags, skipping the declaration, comments and text', () => {
    expect(
      tags('<?xml version="1.0"?><!-- catatan --><row r="1"><c r="A1"/>teks<c r="B1"><v>2</v></c></row>'),
    ).toEqual(['row', 'c/', 'c', 'v', '/v', '/c', '/row']);
  });

  it('gives local names without the namespace prefix', () => {
    expect(tags('<x:worksheet xmlns:x="urn:x"><x:sheetData/></x:worksheet>')).toEqual([
      'worksheet',
      'sheetData/',
      '/worksheet',
    ]);
  });

  it('reads attributes in either quote style, with spaces around "=", decoded, and only whole names', () => {
    const cursor = new XmlCursor(`<c  rr="X" r = 'B7' t="s" title="a &amp; b &quot;c&quot; &#65;&#x42;" />`);
    expect(cursor.next()).toBe(true);
    expect(cursor.selfClosing).toBe(true);
    expect(cursor.attr('r')).toBe('B7');
    expect(cursor.attr('rr')).toBe('X');
    expect(cursor.attr('t')).toBe('s');
    expect(cursor.attr('title')).toBe('a & b "c" AB');
    expect(cursor.attr('s')).toBeUndefined();
  });

  it('does not end a tag at a ">" inside a quoted attribute value', () => {
    expect(tags('<numFmt formatCode="[>=1000]#,##0;0"/><xf/>')).toEqual(['numFmt/', 'xf/']);
  });

  it('reads element text with entities decoded and CDATA taken as written, ending on the end tag', () => {
    const cursor = new XmlCursor('<t>Program &amp; <![CDATA[a<b]]> Kegiatan</t><v>1</v>');
    cursor.next();
    expect(cursor.text()).toBe('Program & a<b Kegiatan');
    expect(cursor.closing).toBe(true);
    expect(cursor.name).toBe('t');
    cursor.next();
    expect(cursor.text()).toBe('1');
  });

  it('reads written line ends CR LF and CR as LF, in text and CDATA, and keeps a CR written as &#13;', () => {
    const cursor = new XmlCursor('<t>a\r\nb\rc&#13;<![CDATA[d\r\ne]]></t>');
    cursor.next();
    expect(cursor.text()).toBe('a\nb\nc\rd\ne');
  });

  it('gives "" as the text of a self-closing element', () => {
    const cursor = new XmlCursor('<t/><v>3</v>');
    cursor.next();
    expect(cursor.text()).toBe('');
    cursor.next();
    expect(cursor.name).toBe('v');
  });

  it('throws XmlUnreadable on what it does not read: a DOCTYPE, an unknown entity, a child inside text', () => {
    expect(() => tags('<!DOCTYPE x [<!ENTITY a "b">]><x/>')).toThrow(XmlUnreadable);
    expect(() => decodeXml('&nbsp;')).toThrow(XmlUnreadable);
    const cursor = new XmlCursor('<v><b>1</b></v>');
    cursor.next();
    expect(() => cursor.text()).toThrow(XmlUnreadable);
  });

  it('throws on a tag that never ends', () => {
    expect(() => tags('<c r="A1"')).toThrow(XmlUnreadable);
    expect(() => tags('<c r="A1><v>1</v></c>')).toThrow(XmlUnreadable);
  });
});
