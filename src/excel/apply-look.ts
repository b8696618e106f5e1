import type { CellLook } from '../core/plan/look';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center' } as const;
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;

/**
 * Gives a range (or a set of areas: both expose the same `format`) a cell look decided in core
 * (look.ts). Only what differs from a new sheet's default is set, as the package writer writes only
 * that: each set property is an action of its own in the request. The indent needs ExcelApi 1.9;
 * without it the text stays left-aligned, unindented.
 */
export function applyLook(format: Excel.RangeFormat, look: CellLook, withIndent: boolean): void {
  const font = look.font;
  if (font?.bold) format.font.bold = true;
  if (font?.italic) format.font.italic = true;
  if (font?.underline) format.font.underline = 'Single';
  if (font) format.font.size = font.size;
  if (font?.color) format.font.color = `#${font.color}`;
  if (look.fill) format.fill.color = `#${look.fill}`;
  if (look.wrap) format.wrapText = true;
  if (look.horizontal) format.horizontalAlignment = HORIZONTAL[look.horizontal];
  if (look.vertical) format.verticalAlignment = VERTICAL[look.vertical];
  if (look.indent > 0 && withIndent) format.indentLevel = look.indent;
  if (look.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = `#${look.border}`;
    }
  }
}

/**
 * How many properties applyLook sets for a look: each is an action of its own in the request, which
 * the writer counts when it packs batches under Excel's 5 MB limit.
 */
export function lookSets(look: CellLook, withIndent: boolean): number {
  const font = look.font;
  let sets = 0;
  for (const set of [
    font?.bold,
    font?.italic,
    font?.underline,
    font !== undefined,
    font?.color,
    look.fill,
    look.wrap,
    look.horizontal,
    look.vertical,
    look.indent > 0 && withIndent,
  ])
    if (set) sets++;
  return look.border ? sets + EDGES.length * 3 : sets;
}

/** Excel column width in points for a width in characters of the default font (7 px per character + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
