import type { RecognisedTable, WorkbookModel } from './model/workbook-model';
import { tableRoles } from './model/roles';
import { sheetRank } from './checks/sheet-order';
import { columnLetters, rangeAddress } from './snapshot';
import { NAMA_PERAN, SUMBER_TAHUN } from './messages/recognise';

/**
 * What "Periksa struktur" shows of each recognised table (DESIGN.md §5), decided once for the task pane
 * and the command line: kind, place, size, the report year taken, and each column's role with the
 * evidence for it ("pagu: judul 'Alokasi'; angka Rupiah bulat di 41 dari 42 baris; induk = jumlah …").
 */
export interface TableStructure {
  kind: RecognisedTable['kind'];
  sheet: string;
  /** A1 range of the whole table, e.g. `B8:F52`. */
  range: string;
  /** Lines read: budget lines, indicator or efficiency rows, respondents (or unsur of an NRR list). */
  rows: number;
  /** Rows that could not be placed. */
  unplaced: number;
  title?: string;
  /** The report year whose columns were read, with where it came from, as a phrase. */
  year?: string;
  columns: Array<{ column: string; role: string; header: string; evidence: string[] }>;
}

/** Lines of a recognised table: budget lines, indicator rows, respondents (or the unsur of an NRR list). */
export function tableRowCount(t: RecognisedTable): number {
  if (t.kind === 'anggaran') return t.nodes.length;
  if (t.kind === 'kinerja' || t.kind === 'efisiensi') return t.rows.length;
  return t.form === 'responden' ? t.answers.length : t.unsur.length;
}

/** Every recognised table in workbook order: sheet, then top row, then left column. */
export function tablesInOrder(model: WorkbookModel): RecognisedTable[] {
  const rank = sheetRank(model);
  return [...model.budgets, ...model.indicators, ...model.efficiencies, ...model.surveys].sort(
    (a, b) => rank(a.sheet) - rank(b.sheet) || a.range.top - b.range.top || a.range.left - b.range.left,
  );
}

/** The structure of every recognised table, in workbook order. */
export function describeTables(model: WorkbookModel): TableStructure[] {
  return tablesInOrder(model).map((t) => {
    const s: TableStructure = {
      kind: t.kind,
      sheet: t.sheet,
      range: rangeAddress(t.range),
      rows: tableRowCount(t),
      unplaced: t.unplaced.length,
      columns: tableRoles(t).map((r) => ({
        column: columnLetters(r.col),
        role: NAMA_PERAN[r.role],
        header: r.header,
        evidence: r.evidence.map((e) => e.text),
      })),
    };
    if (t.title !== undefined) s.title = t.title;
    const year = t.context.year;
    if (year !== undefined) s.year = `${year.value} (${SUMBER_TAHUN[year.source] ?? year.source})`;
    return s;
  });
}
