import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { cellAddress } from '../snapshot';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { temuanAt, type RuleDescriptor } from './rule';
import { numberColumns, someShape, writtenWithUnit } from './number-sites';

export const NUM_01: RuleDescriptor = { id: 'NUM-01', severity: 'info', title: JUDUL_ATURAN['NUM-01'] };

/**
 * NUM-01: numbers stored as text. One finding per column of a table (per field — pagu, realisasi … —
 * not per cell, so a pasted table with 200 text numbers gives three lines, not 200), at the first such
 * cell, with the count and the range from the first to the last. Targets and realisasi written with their unit (`82 Nilai`) are text by the table's layout and
 * are not counted. Example: a pasted Tabel 3.8 → one info each for the pagu, realisasi and capaian columns.
 */
export function checkTextNumbers(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const column of numberColumns(model)) {
    if (!someShape(column, (shape) => shape.asText)) continue;
    const text: number[] = [];
    for (let k = 0; k < column.size; k++)
      if (column.reading(k).asText && !writtenWithUnit(column, k)) text.push(k);
    if (text.length === 0) continue;
    const first = column.site(text[0]).ref;
    const last = column.site(text[text.length - 1]).ref;
    const rentang =
      first.row === last.row
        ? cellAddress(first.row, first.col)
        : `${cellAddress(first.row, first.col)}:${cellAddress(last.row, last.col)}`;
    const message = PESAN_TEMUAN.angkaSebagaiTeks({ jumlah: text.length, kolom: column.field, rentang });
    out.push(temuanAt(NUM_01, first, message));
  }
  return out;
}
