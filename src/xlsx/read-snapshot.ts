import { columnLetters, type WorkbookSnapshot } from '../core/snapshot';
import { KEANDALAN } from '../core/messages/keandalan';
import { classifyPackage } from './classify-package';
import { refuseIf, XlsxReadError } from './read-error';
import { BeyondSheetLimits, MAX_ROWS, scanSnapshot } from './scan-snapshot';
import { checkDeclaredSizes, checkInflatedSizes } from './zip-guard';

/**
 * Reads the snapshot of an .xlsx file (every command and the pane's file mode; `susun` keeps the bytes
 * beside it for the package writer):
 * straight from the XML when it can (scan-snapshot.ts, several times faster on large workbooks), else
 * through ExcelJS, which is loaded only then (loading it is most of the command line's start).
 * Refuses what is not a workbook, and declared sizes over the limits, as `loadXlsx` does, with the
 * same `XlsxReadError`s. A part that inflates past its declared size is refused only when ExcelJS is
 * to read it; the scanner stops each part it opens at that size instead. So a file that `loadXlsx`
 * refuses or fails on for a part the snapshot does not need (a lying media file, a damaged drawing)
 * is read here. A cell past row 1 048 576 or column XFD is refused (`ditolak`) here only.
 * Example: `const snapshot = await readSnapshot(await fs.readFile('lkjip.xlsx'), 'lkjip.xlsx')`.
 */
export async function readSnapshot(
  data: Buffer | ArrayBuffer | Uint8Array,
  name = '',
): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  classifyPackage(bytes);
  refuseIf(checkDeclaredSizes(bytes));
  // The scanner unpacks only the parts it reads, each stopping at its declared size; the streaming check
  // of every part is needed only before ExcelJS, which unpacks them all at once.
  const scanned = await scanBounded(bytes, name);
  if (scanned !== undefined) return scanned;
  refuseIf(await checkInflatedSizes(bytes));
  const { loadChecked } = await import('./read-workbook');
  return (await loadChecked(bytes, name)).snapshot;
}

/** scanSnapshot, with a cell past the sheet's limits refused (`ditolak`) by a message naming the sheet. */
async function scanBounded(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot | undefined> {
  try {
    return await scanSnapshot(bytes, name);
  } catch (e) {
    if (!(e instanceof BeyondSheetLimits)) throw e;
    const cell = e.row < MAX_ROWS ? `${columnLetters(e.col)}${e.row + 1}` : `di baris ${e.row + 1}`;
    throw new XlsxReadError('ditolak', KEANDALAN.diLuarBatasLembar(e.sheet, cell));
  }
}
