import { maxOf } from '../core/arrays';
import { planRowHeights, sheetLooks, type CellLook } from '../core/plan/look';
import type { PlanCell, SheetPlan } from '../core/plan/sheet-plan';
import { columnLetters } from '../core/snapshot';
import { cellText, needsPreserve, xmlAttr, xmlText } from './xml-text';

/** The cell-style index of a look and number format (styles-xml.ts's StyleSheetEditor.index). */
export type StyleIndex = (look: CellLook | undefined, numberFormat: string | undefined) => number;

/** The parts a worksheet refers to through its relationships: its drawing (charts) and its Excel tables. */
export interface SheetParts {
  drawing?: string;
  tables?: string[];
}

/** A sheet name as it appears in references: `'Tabel 3.8'`, with inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const NAMESPACES =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Characters gathered before a piece is handed on: large enough to deflate well, small against memory. */
const PIECE = 1 << 16;

/**
 * A generated sheet's worksheet XML, in pieces (see zip-write.ts's deflatedPart): the plan's cells in
 * their looks (look.ts, the cells of a merge in its first cell's), column widths, row heights, outline,
 * frozen panes, merges, list validations, links to cells, the print setup, and the references to its
 * drawing and Excel tables (`parts`, relationship ids). Formulas carry no cached value: the workbook asks
 * for a full calculation on open. Elements follow the schema's order (ECMA-376 CT_Worksheet), which
 * Excel enforces.
 */
export function* worksheetXml(
  plan: Omit<SheetPlan, 'table'>,
  styleIndex: StyleIndex,
  parts: SheetParts = {},
): Generator<string> {
  refuseOverlappingMerges(plan);
  const looks = sheetLooks(plan);
  const indexOf = (cell: PlanCell | undefined, row: number, col: number) =>
    styleIndex(looks.at(row, col), cell?.numberFormat);
  const heights = planRowHeights(plan);
  const covered = coveredCells(plan, indexOf);
  const maxLevel = maxOf(plan.outline, 0);
  let lastRow = Math.max(plan.cells.length, plan.outline.length, heights.length);
  let lastCol = plan.columnWidths.length;
  for (const m of plan.merges) {
    lastRow = Math.max(lastRow, m.bottom + 1);
    lastCol = Math.max(lastCol, m.right + 1);
  }
  for (const row of plan.cells) if (row) lastCol = Math.max(lastCol, row.length);

  let out =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NAMESPACES}>` +
    `<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/>${plan.print.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>` +
    `<dimension ref="A1${lastRow > 0 && lastCol > 0 ? `:${columnLetters(lastCol - 1)}${lastRow}` : ''}"/>` +
    sheetViews(plan.freeze) +
    `<sheetFormatPr defaultRowHeight="15"${maxLevel > 0 ? ` outlineLevelRow="${maxLevel}"` : ''}/>` +
    columns(plan.columnWidths) +
    '<sheetData>';

  const links: string[] = [];
  for (let r = 0; r < lastRow; r++) {
    const row = plan.cells[r];
    const coveredInRow = covered.get(r);
    const level = plan.outline[r] ?? 0;
    const height = heights[r];
    let cells = '';
    const width = Math.max(row?.length ?? 0, coveredInRow ? maxOf([...coveredInRow.keys()], 0) + 1 : 0);
    for (let c = 0; c < width; c++) {
      const cell = row?.[c];
      const ref = `${columnLetters(c)}${r + 1}`;
      if (cell) {
        cells += cellXml(ref, cell, indexOf(cell, r, c));
        if (cell.link) links.push(linkXml(ref, cell));
      } else {
        const s = coveredInRow?.get(c);
        if (s !== undefined) cells += `<c r="${ref}"${s ? ` s="${s}"` : ''}/>`;
      }
    }
    if (cells === '' && height === undefined && level === 0) continue;
    out +=
      `<row r="${r + 1}"` +
      (height !== undefined ? ` ht="${height}" customHeight="1"` : '') +
      (level > 0 ? ` outlineLevel="${level}"` : '') +
      (cells === '' ? '/>' : `>${cells}</row>`);
    if (out.length >= PIECE) {
      yield out;
      out = '';
    }
  }
  out += '</sheetData>';

  if (plan.merges.length > 0) {
    out += `<mergeCells count="${plan.merges.length}">`;
    for (const m of plan.merges) out += `<mergeCell ref="${rangeRef(m)}"/>`;
    out += '</mergeCells>';
  }
  const validations = plan.validations ?? [];
  if (validations.length > 0) {
    out += `<dataValidations count="${validations.length}">`;
    for (const v of validations)
      out +=
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${rangeRef(v.range)}">` +
        `<formula1>${xmlText(`"${v.list.join(',')}"`)}</formula1></dataValidation>`;
    out += '</dataValidations>';
  }
  if (links.length > 0) out += `<hyperlinks>${links.join('')}</hyperlinks>`;
  out +=
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${plan.print.orientation}" fitToWidth="1" fitToHeight="0"/>`;
  const breaks = plan.print.rowBreaks ?? [];
  // A break's id is the 0-based row it comes above, as Excel writes it; max: across every column.
  if (breaks.length > 0)
    out +=
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
      breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('') +
      '</rowBreaks>';
  if (parts.drawing) out += `<drawing r:id="${parts.drawing}"/>`;
  const tables = parts.tables ?? [];
  if (tables.length > 0)
    out += `<tableParts count="${tables.length}">${tables.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
  yield `${out}</worksheet>`;
}

/**
 * Throws for merges that overlap: a planner's mistake, which Excel "repairs" by dropping merges (and
 * reporting the file damaged), so nothing is written.
 */
function refuseOverlappingMerges(plan: Omit<SheetPlan, 'table'>): void {
  const taken = new Set<string>();
  for (const m of plan.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        const key = `${r}:${c}`;
        if (taken.has(key))
          throw new Error(`gabungan sel bertumpuk di ${plan.name}!${columnLetters(c)}${r + 1}`);
        taken.add(key);
      }
}

/** Cells inside a merge other than its first that the plan leaves empty, with their style index, by row. */
function coveredCells(
  plan: Omit<SheetPlan, 'table'>,
  indexOf: (cell: PlanCell | undefined, row: number, col: number) => number,
): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const m of plan.merges) {
    const s = indexOf(undefined, m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++) {
      let row = out.get(r);
      if (row === undefined) out.set(r, (row = new Map()));
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row.set(c, s);
    }
  }
  return out;
}

function cellXml(ref: string, cell: PlanCell, s: number): string {
  const style = s ? ` s="${s}"` : '';
  if (cell.formula !== undefined) return `<c r="${ref}"${style}><f>${xmlText(cell.formula)}</f></c>`;
  const value = cell.link ? String(cell.value ?? cell.link.cell) : cell.value;
  if (typeof value === 'string') {
    const space = needsPreserve(value) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${cellText(value)}</t></is></c>`;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? `<c r="${ref}"${style}><v>${value}</v></c>`
      : `<c r="${ref}"${style} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style}/>`;
}

/** A link to a cell of this workbook: a location, no relationship (Excel writes internal links so). */
function linkXml(ref: string, cell: PlanCell): string {
  const link = cell.link as NonNullable<PlanCell['link']>;
  return `<hyperlink ref="${ref}" location="${xmlAttr(`${quoteSheetName(link.sheet)}!${link.cell}`)}" display="${xmlAttr(String(cell.value ?? link.cell))}"/>`;
}

function sheetViews(freeze: SheetPlan['freeze']): string {
  const { rows, columns } = freeze;
  if (rows <= 0 && columns <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}` +
    ` topLeftCell="${columnLetters(columns)}${rows + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function columns(widths: number[]): string {
  let out = '';
  widths.forEach((w, i) => {
    if (w !== undefined) out += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
  });
  return out === '' ? '' : `<cols>${out}</cols>`;
}

function rangeRef(m: { top: number; left: number; bottom: number; right: number }): string {
  const a = `${columnLetters(m.left)}${m.top + 1}`;
  const b = `${columnLetters(m.right)}${m.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}
