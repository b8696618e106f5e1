/**
 * Reads a generated .docx back for tests, straight from its XML (not through the writer's library):
 * the body in order as paragraphs and tables, each table's rows with merged cells laid out on the grid
 * as a spreadsheet shows them (the text in the first cell, the covered ones empty), which cells are
 * highlighted, which rows repeat as header, and each section's orientation.
 */
import { hostInflater, unpackEntry, zipDirectory } from '../../src/xlsx/zip-directory';
import { childrenNamed, descendants, parseXml, type XmlElement } from './xml';

export interface DocxParagraph {
  kind: 'paragraph';
  text: string;
  /** The text of its highlighted runs. */
  highlighted: string[];
  hasPicture: boolean;
}

export interface DocxTable {
  kind: 'table';
  /** Cell texts on the grid, row by row. */
  rows: string[][];
  /** Whether each grid cell's text is highlighted (a placeholder). */
  highlighted: boolean[][];
  headerRows: number;
  gridWidths: number[];
}

export interface DocxBody {
  blocks: Array<DocxParagraph | DocxTable>;
  /** Orientation of each section, in order. */
  sections: Array<'portrait' | 'landscape'>;
  /** Names of the parts under word/media/. */
  media: string[];
  part: (name: string) => Uint8Array | undefined;
}

const runsText = (el: XmlElement) =>
  descendants(el)
    .filter((e) => e.name === 'w:t' || e.name === 'w:br' || e.name === 'w:tab')
    .map((e) => (e.name === 'w:t' ? e.text : e.name === 'w:br' ? '\n' : '\t'))
    .join('');

function paragraphOf(p: XmlElement): DocxParagraph {
  const runs = childrenNamed(p, 'w:r');
  return {
    kind: 'paragraph',
    text: runsText(p),
    highlighted: runs.filter((r) => descendants(r).some((e) => e.name === 'w:highlight')).map(runsText),
    hasPicture: descendants(p).some((e) => e.name === 'pic:pic'),
  };
}

function tableOf(tbl: XmlElement): DocxTable {
  const grid = childrenNamed(childrenNamed(tbl, 'w:tblGrid')[0], 'w:gridCol').map((g) => Number(g.attributes['w:w']));
  const rows: string[][] = [];
  const highlighted: boolean[][] = [];
  let headerRows = 0;
  childrenNamed(tbl, 'w:tr').forEach((tr, r) => {
    const trPr = childrenNamed(tr, 'w:trPr')[0];
    if (trPr && childrenNamed(trPr, 'w:tblHeader').length > 0 && headerRows === r) headerRows++;
    const row: string[] = [];
    const marks: boolean[] = [];
    for (const tc of childrenNamed(tr, 'w:tc')) {
      const tcPr = childrenNamed(tc, 'w:tcPr')[0];
      const span = Number(childrenNamed(tcPr ?? tc, 'w:gridSpan')[0]?.attributes['w:val'] ?? 1);
      const vMerge = tcPr ? childrenNamed(tcPr, 'w:vMerge')[0] : undefined;
      const continued = vMerge !== undefined && vMerge.attributes['w:val'] !== 'restart';
      const text = continued ? '' : childrenNamed(tc, 'w:p').map(runsText).join('\n');
      const mark = !continued && descendants(tc).some((e) => e.name === 'w:highlight');
      row.push(text, ...new Array<string>(span - 1).fill(''));
      marks.push(mark, ...new Array<boolean>(span - 1).fill(false));
    }
    rows.push(row);
    highlighted.push(marks);
  });
  return { kind: 'table', rows, highlighted, headerRows, gridWidths: grid };
}

/** The body of a .docx: blocks in order, section orientations, media parts. */
export async function readDocx(bytes: Uint8Array): Promise<DocxBody> {
  const entries = zipDirectory(bytes);
  if (!entries) throw new Error('not a zip package');
  const inflater = hostInflater();
  if (!inflater) throw new Error('no inflater');
  const parts = new Map<string, Uint8Array>();
  for (const e of entries) {
    const data = await unpackEntry(bytes, e, inflater);
    if (data) parts.set(e.name, data);
  }
  const xml = new TextDecoder().decode(parts.get('word/document.xml'));
  const body = childrenNamed(parseXml(xml), 'w:body')[0];
  const blocks: Array<DocxParagraph | DocxTable> = [];
  const sections: Array<'portrait' | 'landscape'> = [];
  const orientation = (sectPr: XmlElement) =>
    childrenNamed(sectPr, 'w:pgSz')[0]?.attributes['w:orient'] === 'landscape' ? 'landscape' : 'portrait';
  for (const el of body.children) {
    if (el.name === 'w:p') {
      blocks.push(paragraphOf(el));
      const pPr = childrenNamed(el, 'w:pPr')[0];
      const sectPr = pPr ? childrenNamed(pPr, 'w:sectPr')[0] : undefined;
      if (sectPr) sections.push(orientation(sectPr));
    } else if (el.name === 'w:tbl') blocks.push(tableOf(el));
    else if (el.name === 'w:sectPr') sections.push(orientation(el));
  }
  return {
    blocks,
    sections,
    media: [...parts.keys()].filter((n) => n.startsWith('word/media/')),
    part: (name) => parts.get(name),
  };
}
