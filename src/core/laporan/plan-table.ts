/**
 * A generated sheet's table as a document table: its caption lines, its header (repeated on each
 * page), its rows with every formula computed and shown as the sheet shows it, its merges and notes.
 */
import type { CellRange } from '../snapshot';
import type { PlanCell, SheetPlan } from '../plan/sheet-plan';
import { CATATAN_ANALISIS } from '../messages/analisis';
import { CATATAN } from '../messages/susun';
import { LAPORAN } from '../messages/laporan';
import { Decimal } from '../decimal';
import type { LaporanCell, LaporanTable } from './document';
import type { PlanEvaluator } from './evaluate-plans';
import { displayText } from './format-code';

/** Notes under a sheet that speak of the workbook (its sheets, names, colours), not of the report. */
const WORKBOOK_NOTES: ReadonlySet<string> = new Set([
  CATATAN_ANALISIS.isian,
  CATATAN_ANALISIS.rujukan36,
  CATATAN_ANALISIS.rujukanRingkasan,
  CATATAN_ANALISIS.rujukanRingkasan38,
  CATATAN.induk,
]);
/** `Sumber: lembar 'Anggaran' (A5:F120).`: where the sheet read its data, replaced by the report's source line. */
const SUMBER_LEMBAR = CATATAN.sumber('\u0000', '\u0000').split('\u0000')[0];

const text = (cell: PlanCell | undefined): string =>
  cell?.value === undefined || cell.value === null ? '' : String(cell.value);

/**
 * The table of a generated sheet (Tabel 3.2–3.10), computed through `evaluator` (which holds every
 * plan the sheet refers to); numbers right-aligned, budget codes and other texts left. The header is the rows the sheet repeats when printed (its `titleRows`); the
 * body runs to the last row before the notes. An empty cell the sheet marks for the user (`isian`)
 * becomes a placeholder naming its column: `[isi analisis keberhasilan / kegagalan]`.
 * Example: Tabel 3.8 of the sample → caption `['Tabel 3.8', 'Capaian Anggaran Program dan Kegiatan', …]`.
 */
export function tableFromPlan(plan: SheetPlan, evaluator: PlanEvaluator): LaporanTable {
  const [first, last] = plan.print.titleRows ?? [1, 1];
  const headerTop = first - 1;
  const headerBottom = last - 1;
  const caption: string[] = [];
  for (let r = 0; r < headerTop; r++) {
    const t = text(plan.cells[r]?.[0]).trim();
    if (t) caption.push(t);
  }
  let end = plan.cells.length - 1;
  const notes: string[] = [];
  for (let r = headerBottom + 1; r < plan.cells.length; r++) {
    if (plan.cells[r]?.[0]?.style === 'catatan') {
      end = Math.min(end, r - 1);
      const note = text(plan.cells[r]?.[0]);
      if (!WORKBOOK_NOTES.has(note) && !note.startsWith(SUMBER_LEMBAR)) notes.push(note);
    }
  }
  while (end > headerBottom && (plan.cells[end] ?? []).every((c) => c === undefined)) end--;

  const width = plan.columnWidths.length;
  const label = (c: number): string => {
    for (let r = headerBottom - 1; r >= headerTop; r--) {
      const t = text(plan.cells[r]?.[c]);
      if (t) return t;
    }
    return '';
  };
  const rows: LaporanCell[][] = [];
  for (let r = headerTop; r <= end; r++) {
    const row: LaporanCell[] = [];
    for (let c = 0; c < width; c++) {
      const cell = plan.cells[r]?.[c];
      const value = evaluator.value(plan, r, c);
      const shown = displayText(value, cell?.numberFormat);
      const style = cell?.style;
      if (style === 'isian' && shown === '') {
        row.push({ text: LAPORAN.isiSel(label(c)), style, align: 'left', placeholder: true });
        continue;
      }
      const align: LaporanCell['align'] =
        style === 'header' || style === 'nomor-kolom' || c === 0
          ? 'center'
          : Decimal.isDecimal(value) || shown === '-'
            ? 'right'
            : 'left';
      row.push({ text: shown, ...(style ? { style } : {}), align });
    }
    rows.push(row);
  }
  const merges: CellRange[] = plan.merges
    .filter((m) => m.top >= headerTop && m.bottom <= end)
    .map((m) => ({ ...m, top: m.top - headerTop, bottom: m.bottom - headerTop }));
  return {
    id: plan.table,
    caption,
    headerRows: headerBottom - headerTop + 1,
    rows,
    merges,
    sumber: [{ text: LAPORAN.sumber }, { text: LAPORAN.isiSumber, placeholder: true }],
    notes,
  };
}
