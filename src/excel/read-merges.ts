import { parseRange, type CellRange } from '../core/snapshot';
import { splitAreas } from './addresses';
import { isWorkbookStateError } from './errors';
import { cellCount, halves, type SheetRegion } from './regions';

/**
 * Most merged areas one `Range.getMergedAreasOrNullObject` may answer; with more "this method will fail
 * to return the result", under a code the page does not name:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 * A region of at most this many cells can never pass it, as each merged area starts in its own cell.
 */
export const MERGED_AREAS_LIMIT = 512;
/** Requests per sync: each is two short object paths and a load, some 300 bytes of the 5 MB request. */
const REQUESTS_PER_SYNC = 1_000;

/**
 * The merged areas of the regions, per sheet (indexed like `worksheets`). Excel answers for a range the
 * merged areas whose top-left cell lies in it (https://github.com/OfficeDev/office-js/issues/3611), so
 * regions that do not overlap find each area once. A batch Excel refuses is cut: every region in it of
 * more than MERGED_AREAS_LIMIT cells is halved and the batch tried again, until each region is small
 * enough that the limit cannot be the cause; a refusal then, or one about the workbook's state (cell-edit
 * mode, protection), is thrown. Sheets pasted from Word hold hundreds of merged areas: none is dropped.
 * Example: 2 000 one-row merges in one region of 2 000 × 4 cells take three syncs (1, 2, then 4 regions).
 */
export async function readMergedAreas(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  regions: SheetRegion[],
): Promise<CellRange[][]> {
  const out: CellRange[][] = worksheets.map(() => []);
  let pending = [...regions];
  while (pending.length > 0) {
    const batch = pending.slice(0, REQUESTS_PER_SYNC);
    const loads = batch.map((region) => {
      const { top, left, bottom, right } = region.rect;
      const areas = worksheets[region.sheet]
        .getRangeByIndexes(top, left, bottom - top + 1, right - left + 1)
        .getMergedAreasOrNullObject()
        .load('address');
      return { region, areas };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of regions; a refused batch is cut smaller and tried again
      await context.sync();
    } catch (error) {
      const cut = batch.flatMap((r) => (cellCount(r.rect) > MERGED_AREAS_LIMIT ? halves(r) : [r]));
      if (isWorkbookStateError(error) || cut.length === batch.length) throw error;
      pending = [...cut, ...pending.slice(batch.length)];
      continue;
    }
    pending = pending.slice(batch.length);
    for (const { region, areas } of loads) {
      if (areas.isNullObject) continue;
      for (const a of splitAreas(areas.address)) {
        const range = parseRange(a);
        if (range) out[region.sheet].push(range);
      }
    }
  }
  return out;
}
