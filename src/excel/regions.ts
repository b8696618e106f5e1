import type { CellRange } from '../core/snapshot';

/** A rectangle of cells on one of the workbook's sheets (`sheet` indexes the worksheets read). */
export interface SheetRegion {
  sheet: number;
  rect: CellRange;
}

/** Cells in a range: `B2:D5` → 12. */
export function cellCount(rect: CellRange): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** A region cut in two across its rows, or across its columns when it is one row; a cell stays whole. */
export function halves(region: SheetRegion): SheetRegion[] {
  const { top, left, bottom, right } = region.rect;
  if (bottom > top) {
    const middle = top + Math.floor((bottom - top + 1) / 2);
    return [
      { sheet: region.sheet, rect: { top, left, bottom: middle - 1, right } },
      { sheet: region.sheet, rect: { top: middle, left, bottom, right } },
    ];
  }
  if (right > left) {
    const middle = left + Math.floor((right - left + 1) / 2);
    return [
      { sheet: region.sheet, rect: { top, left, bottom, right: middle - 1 } },
      { sheet: region.sheet, rect: { top, left: middle, bottom, right } },
    ];
  }
  return [region];
}

/** Rows and columns of a worksheet (Excel's grid). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/**
 * A region cut in two across the side that spans more of the sheet's grid (its rows on a tie), so a
 * table many rows long stays whole across and a stray cell far to the right or below ends up apart.
 * Example: A1:XFD300000 is cut into its left and right halves; A1:D300000 into its upper and lower halves.
 */
export function halvesOfLongerSide(region: SheetRegion): SheetRegion[] {
  const { top, left, bottom, right } = region.rect;
  const rowShare = (bottom - top + 1) / SHEET_ROWS;
  const columnShare = (right - left + 1) / SHEET_COLUMNS;
  if (columnShare > rowShare && right > left) {
    const middle = left + Math.floor((right - left + 1) / 2);
    return [
      { sheet: region.sheet, rect: { top, left, bottom, right: middle - 1 } },
      { sheet: region.sheet, rect: { top, left: middle, bottom, right } },
    ];
  }
  return halves(region);
}
