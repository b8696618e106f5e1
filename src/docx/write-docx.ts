/**
 * The Bab III document (core/laporan) as a Word file, with the `docx` package (MIT): A4 sections in
 * portrait or landscape, captions above each table and the source line under it, header rows repeated
 * on every page, merged cells as in the sheet, charts as PNG pictures, placeholders highlighted yellow.
 * Runs in Node and in the browser; the chart pictures come from the host (`renderChart`).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, LaporanCell, LaporanDocument, LaporanTable, Run } from '../core/laporan/document';
import { fitColumns } from '../core/laporan/column-fit';
import type { PlanChart, PlanStyle } from '../core/plan/sheet-plan';
import { BORDER_COLOR, STYLE_LOOK } from '../core/plan/look';

/** A PNG picture and its size in pixels. */
export interface ChartPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

/** A chart picture from the host (CanvasKit in Node, the browser's canvas in the pane). */
export type RenderChart = (chart: PlanChart) => Promise<ChartPicture>;

/** A4 in twips, and the margins Indonesian reports use (3 cm binding side, 2,5 cm elsewhere). */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, right: 1418, bottom: 1418, left: 1701 };
const TEXT_WIDTH = {
  portrait: PAGE.width - MARGIN.left - MARGIN.right,
  landscape: PAGE.height - MARGIN.left - MARGIN.right,
};
const TWIPS_PER_PIXEL = 15;
const FONT = 'Arial';
/** Half-points. */
const BODY_SIZE = 22;
const TABLE_SIZE = 18;
const NOTE_SIZE = 16;
/** The paragraph style of table cells: 9-pt Arial, no spacing. */
const CELL_STYLE = 'SelTabel';

/**
 * A plan style in a Word table: the generated sheets' look (core/plan/look.ts), one point smaller, as
 * the document's tables are set in 9 pt where the sheets' are in 10 pt. Sizes in half-points.
 */
function wordLook(style: PlanStyle | undefined): {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
  fill?: string;
  indent?: number;
} {
  const look = style ? STYLE_LOOK[style] : undefined;
  if (!look) return {};
  const size = (look.font.size - 1) * 2;
  return {
    ...(look.font.bold ? { bold: true } : {}),
    ...(look.font.italic ? { italics: true } : {}),
    ...(look.font.color ? { color: look.font.color } : {}),
    ...(size !== TABLE_SIZE ? { size } : {}),
    ...(look.fill ? { fill: look.fill } : {}),
    indent: look.indent ?? 0,
  };
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: BORDER_COLOR };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function runOf(run: Run, size = BODY_SIZE): TextRun {
  return new TextRun({
    text: run.text,
    bold: run.bold,
    size,
    font: FONT,
    ...(run.placeholder ? { highlight: 'yellow' } : {}),
  });
}

function cellOf(
  cell: LaporanCell,
  col: number,
  span: { rows: number; cols: number },
  width: number,
): TableCell {
  const look = wordLook(cell.style);
  const indent = cell.align === 'left' && col > 0 && look.indent ? look.indent * 170 : 0;
  const centred = cell.style === 'header' || cell.style === 'nomor-kolom';
  // Only what differs from the cell paragraph style is written: Tabel 3.8 of a large DPA has tens of
  // thousands of cells, and each property is XML the writer builds and the reader parses.
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(span.cols > 1 ? { columnSpan: span.cols } : {}),
    ...(span.rows > 1 ? { rowSpan: span.rows } : {}),
    ...(centred ? { verticalAlign: VerticalAlign.CENTER } : {}),
    ...(look.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: look.fill } } : {}),
    children: [
      new Paragraph({
        style: CELL_STYLE,
        ...(cell.align !== 'left' ? { alignment: ALIGN[cell.align] } : {}),
        ...(indent ? { indent: { left: indent } } : {}),
        children: [
          new TextRun({
            text: cell.text,
            ...(look.size ? { size: look.size } : {}),
            ...(look.bold ? { bold: true } : {}),
            ...(look.italics ? { italics: true } : {}),
            ...(look.color ? { color: look.color } : {}),
            ...(cell.placeholder ? { highlight: 'yellow' } : {}),
          }),
        ],
      }),
    ],
  });
}

/** A Word table from a document table, its columns fitted to `available` twips. */
function tableOf(table: LaporanTable, available: number): Table {
  const widths = fitColumns(table, available);
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of table.merges) {
    spans.set(`${m.top}:${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const rows = table.rows.map((row, r) => {
    const cells: TableCell[] = [];
    row.forEach((cell, c) => {
      if (covered.has(`${r}:${c}`)) return;
      const span = spans.get(`${r}:${c}`) ?? { rows: 1, cols: 1 };
      const width = widths.slice(c, c + span.cols).reduce((a, b) => a + b, 0);
      cells.push(cellOf(cell, c, span, width));
    });
    return new TableRow({
      children: cells,
      ...(r < table.headerRows ? { tableHeader: true, cantSplit: true } : {}),
    });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: available, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
  });
}

function captionOf(table: LaporanTable): Paragraph[] {
  return table.caption.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        keepLines: true,
        spacing: { before: i === 0 ? 240 : 0, after: i === table.caption.length - 1 ? 120 : 0 },
        children: [new TextRun({ text: line, bold: true, font: FONT, size: BODY_SIZE })],
      }),
  );
}

function notesOf(table: LaporanTable): Paragraph[] {
  const line = (runs: Run[]) =>
    new Paragraph({
      children: runs.map(
        (r) =>
          new TextRun({
            text: r.text,
            italics: true,
            font: FONT,
            size: NOTE_SIZE,
            ...(r.placeholder ? { highlight: 'yellow' } : {}),
          }),
      ),
    });
  return [
    new Paragraph({ spacing: { before: 60 }, children: [] }),
    line(table.sumber),
    ...table.notes.map((n) => line([{ text: n }])),
    new Paragraph({}),
  ];
}

async function blockOf(
  block: Block,
  available: number,
  renderChart: RenderChart,
): Promise<Array<Paragraph | Table>> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          alignment: block.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext: true,
          children: block.text.split('\n').map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : 0 })),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120, line: 300 },
          ...(block.bullet ? { numbering: { reference: 'butir', level: 0 } } : {}),
          children: block.runs.map((r) => runOf(r)),
        }),
      ];
    case 'table':
      return [...captionOf(block.table), tableOf(block.table, available), ...notesOf(block.table)];
    case 'chart': {
      const pic = await renderChart(block.chart);
      // At most a portrait page's width, on landscape pages too: a wider picture is taller than the page.
      const widthPx = Math.min(TEXT_WIDTH.portrait / TWIPS_PER_PIXEL, pic.width);
      const heightPx = Math.round((pic.height * widthPx) / pic.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 240 },
          children: [
            new ImageRun({
              type: 'png',
              data: pic.png,
              transformation: { width: Math.round(widthPx), height: heightPx },
              altText: { name: block.caption, title: block.caption, description: block.caption },
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [new TextRun({ text: block.caption, bold: true, font: FONT, size: BODY_SIZE })],
        }),
      ];
    }
  }
}

/**
 * The .docx bytes of the chapter. `renderChart` draws each chart as PNG (chartPng in Node, the
 * browser's canvas in the task pane).
 */
export async function writeDocx(doc: LaporanDocument, renderChart: RenderChart): Promise<Uint8Array> {
  const sections = [];
  for (const s of doc.sections) {
    const available = TEXT_WIDTH[s.orientation];
    const children: Array<Paragraph | Table> = [];
    for (const b of s.blocks) children.push(...(await blockOf(b, available, renderChart)));
    sections.push({
      properties: {
        page: {
          size: {
            width: PAGE.width,
            height: PAGE.height,
            orientation: s.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: MARGIN,
        },
      },
      children,
    });
  }
  const document = new Document({
    title: doc.title,
    creator: 'SAKIP untuk Excel',
    styles: {
      default: { document: { run: { font: FONT, size: BODY_SIZE } } },
      paragraphStyles: [
        {
          id: CELL_STYLE,
          name: 'Sel Tabel',
          basedOn: 'Normal',
          run: { size: TABLE_SIZE, font: FONT },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 28, font: FONT, color: '000000' },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 24, font: FONT, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'butir',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '-',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
