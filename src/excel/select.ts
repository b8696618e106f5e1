import { toExcelError } from './errors';

/**
 * Activates a sheet and selects a cell or range on it, e.g. `selectRange(context, 'Anggaran', 'D12')`.
 * One `context.sync()`; rejects with an ExcelAdapterError (`not-found` when the sheet is gone).
 */
export async function selectRange(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  try {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  } catch (error) {
    throw toExcelError(error);
  }
}
